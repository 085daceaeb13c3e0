"""GeoNames dump readers and the (never online in tests) downloader."""

from __future__ import annotations

import io
import urllib.error
import zipfile
from pathlib import Path
from typing import Any

import pytest

from warlog.errors import GazetteerError, OfflineError
from warlog.geo import geonames

DATA = Path(__file__).parent / "data"


def test_file_kinds() -> None:
    assert geonames.file_kind("UA.txt") == "places"
    assert geonames.file_kind("allCountries.txt") == "places"
    assert geonames.file_kind("alternateNamesV2.txt") == "alternates"
    assert geonames.file_kind("admin1CodesASCII.txt") == "admin1"
    assert geonames.file_kind("admin2Codes.txt") == "admin2"
    assert geonames.file_kind("readme.txt") == "skip"


def test_read_places_keeps_settlements_and_admin_units_only() -> None:
    with (DATA / "UA.txt").open(encoding="utf-8") as fh:
        places = [p for p, _ in geonames.read_places(fh, {("UA", "05"): "Donetsk Oblast"})]
    kinds = {p.name: p.kind for p in places}
    assert kinds["Makiyivka"] == "settlement"
    assert kinds["Donetsk Oblast"] == "region"
    assert kinds["Bakhmutskyi Raion"] == "district"
    assert kinds["Ukraine"] == "country"
    assert "Siverskyi Donets" not in kinds  # a river
    makiyivka = next(p for p in places if p.name == "Makiyivka")
    assert (makiyivka.id, makiyivka.admin1, makiyivka.admin1_name) == ("geonames:702320", "05", "Donetsk Oblast")
    assert makiyivka.feature_code == "PPLA2" and makiyivka.population == 338968


def test_wrong_column_count_is_an_error() -> None:
    with pytest.raises(GazetteerError, match="19"):
        list(geonames.read_places(io.StringIO("1\tonly\tthree\n"), {}))


def test_zip_members_are_read(tmp_path: Path) -> None:
    archive = tmp_path / "UA.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(DATA / "UA.txt", "UA.txt")
        zf.writestr("readme.txt", "not data")
    members = [name for name, _ in geonames.open_texts(archive)]
    assert members == ["UA.txt", "readme.txt"]


def test_alternates_skip_links_and_codes() -> None:
    with (DATA / "alternateNamesV2.txt").open(encoding="utf-8") as fh:
        names = list(geonames.read_alternates(fh))
    assert ("geonames:713174", "Artemivsk") in names
    assert not any(n.startswith("http") for _, n in names)


class _FakeResponse(io.BytesIO):
    def __enter__(self) -> _FakeResponse:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def test_download_writes_files(tmp_path: Path) -> None:
    seen: list[str] = []

    def opener(url: str, timeout: float) -> Any:
        seen.append(url)
        return _FakeResponse(b"zip bytes")

    paths = geonames.download(["UA", "admin1CodesASCII.txt"], tmp_path, opener=opener)
    assert seen == ["https://download.geonames.org/export/dump/UA.zip",
                    "https://download.geonames.org/export/dump/admin1CodesASCII.txt"]
    assert [p.name for p in paths] == ["UA.zip", "admin1CodesASCII.txt"]
    assert (tmp_path / "UA.zip").read_bytes() == b"zip bytes"


def test_download_offline_raises_offline_error(tmp_path: Path) -> None:
    def opener(url: str, timeout: float) -> Any:
        raise urllib.error.URLError("[Errno -3] Temporary failure in name resolution")

    with pytest.raises(OfflineError) as err:
        geonames.download(["UA"], tmp_path, opener=opener)
    message = str(err.value)
    assert message.startswith("cannot reach download.geonames.org: ")
    assert "warlog gazetteer add FILE" in message and "\n" not in message
    assert list(tmp_path.iterdir()) == []  # no partial file left


def test_download_unreachable_url_raises_offline_error(tmp_path: Path) -> None:
    # Port 9 (discard) on localhost is closed: the connection is refused without leaving the machine.
    with pytest.raises(OfflineError):
        geonames.download(["UA"], tmp_path, base_url="http://127.0.0.1:9", timeout=2)


def test_download_http_error_is_not_offline(tmp_path: Path) -> None:
    def opener(url: str, timeout: float) -> Any:
        raise urllib.error.HTTPError(url, 404, "Not Found", {}, None)  # type: ignore[arg-type]

    with pytest.raises(GazetteerError, match="404"):
        geonames.download(["XX"], tmp_path, opener=opener)


def test_download_rejects_unknown_names(tmp_path: Path) -> None:
    def never(url: str, timeout: float) -> Any:
        raise AssertionError("no request for a bad name")

    with pytest.raises(GazetteerError, match="country code"):
        geonames.download(["Ukraine"], tmp_path, opener=never)
