"""Metrics of the geoparsing benchmark on tiny hand-made fixtures (no corpus text, no gazetteer index)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import cast

import pytest
from benchmarks.geoparsing import (
    Gold,
    Recognition,
    accuracy,
    align,
    coverage,
    error_km,
    haversine_km,
    load,
)

from warlog.geo import Gazetteer
from warlog.geo.place import Match, Place
from warlog.models import GeoRef

# One degree of arc on the mean Earth sphere (R = 6371.0088 km): 2 * pi * R / 360.
ONE_DEGREE_KM = 2 * math.pi * 6371.0088 / 360  # 111.195 km


def test_haversine_one_degree_along_the_equator_and_a_meridian() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(ONE_DEGREE_KM, abs=1e-6)
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(ONE_DEGREE_KM, abs=1e-6)


def test_haversine_by_hand_between_two_known_points() -> None:
    # Kyiv (50.45, 30.52) to Kharkiv (50.00, 36.23), worked by hand with the haversine formula:
    # dlat = -0.45 deg, dlon = 5.71 deg; a = sin^2(dlat/2) + cos(50.45) cos(50.00) sin^2(dlon/2)
    #   = 1.5421e-5 + 0.63675 * 0.64279 * 2.4809e-3 = 1.03084e-3; c = 2 asin(sqrt(a)) = 0.064224 rad
    # d = 6371.0088 * 0.064224 = 409.2 km.
    assert haversine_km(50.45, 30.52, 50.00, 36.23) == pytest.approx(409.2, abs=0.1)
    assert haversine_km(50.00, 36.23, 50.45, 30.52) == pytest.approx(409.2, abs=0.1)  # symmetric


def test_accuracy_at_161_counts_unresolved_as_wrong() -> None:
    errors: list[float | None] = [0.0, 100.0, 161.0, 161.5, None]
    got = accuracy(errors)
    assert got["n"] == 5
    assert got["acc@161"] == 0.6  # 0, 100 and exactly 161 km are within; 161.5 and the unresolved one are not
    assert got["unresolved"] == 1
    assert got["mean_km"] == pytest.approx((0 + 100 + 161 + 161.5) / 4, abs=0.05)
    assert got["median_km"] == pytest.approx(130.5)


def test_accuracy_on_two_known_points() -> None:
    gold = Gold(0, 4, "Kyiv", lat=50.45, lon=30.52, geonames_id="703448")

    def geo(gid: str, lat: float, lon: float) -> GeoRef:
        return GeoRef(gazetteer_id=gid, name="x", lat=lat, lon=lon, admin1=None, country="UA",
                      precision="settlement")

    kharkiv = error_km(gold, geo("geonames:706483", 50.00, 36.23))
    brovary = error_km(gold, geo("geonames:711660", 50.51, 30.79))  # about 20 km east of Kyiv
    assert kharkiv == pytest.approx(409.2, abs=0.1)
    assert accuracy([kharkiv, brovary])["acc@161"] == 0.5
    # The gold's own GeoNames id is right whatever point warlog gives it (a country at its capital).
    assert error_km(gold, geo("geonames:703448", 48.0, 31.0)) == 0.0
    assert error_km(gold, None) is None


def test_recognition_overlap_and_exact_spans() -> None:
    rec = Recognition()
    gold = [(0, 5), (10, 15), (20, 25)]
    pred = [(0, 5), (11, 14), (30, 35)]
    rec.add(gold, pred)
    s = rec.scores()
    assert (s["precision"], s["recall"]) == (0.6667, 0.6667)  # two of three overlap each way
    assert s["f1"] == 0.6667
    assert (s["exact_precision"], s["exact_recall"]) == (0.3333, 0.3333)  # only (0, 5) is exact


def test_recognition_ignores_predictions_on_ignored_gold_types_and_sums_documents() -> None:
    rec = Recognition()
    rec.add([(0, 6)], [(0, 6), (10, 18)], ignored=[(10, 18)])  # a PLACE on a Demonym: neither hit nor miss
    rec.add([(0, 4), (9, 12)], [(2, 3)])
    s = rec.scores()
    assert (s["gold"], s["predicted"]) == (3, 2)
    assert s["precision"] == 1.0
    assert s["recall"] == 0.6667


def test_recognition_with_nothing_predicted_is_zero_not_an_error() -> None:
    rec = Recognition()
    rec.add([(0, 3)], [])
    assert rec.scores()["f1"] == 0.0


def test_align_moves_a_shifted_span_to_the_nearest_occurrence() -> None:
    text = "Talks in Oslo, then Oslo again."
    assert align(text, "Oslo", 9, 13) == (9, 13)  # already right
    assert align(text, "Oslo", 11, 15) == (9, 13)  # two characters late
    assert align(text, "Oslo", 21, 25) == (20, 24)
    assert align(text, "Bergen", 9, 15) is None


GWN_FIXTURE = """<?xml version="1.0" ?>
<articles>
 <article file="7">
  <title>t</title><link>l</link>
  <text>Troops left Avdiivka for Kharkiv; locals said the town was quiet.</text>
  <toponyms>
   <toponym><extractedName>Avdiivka</extractedName><normalisedName>Avdiivka</normalisedName>
    <type>Literal</type><modifierType/><nonLocational>No</nonLocational><start>12</start><end>20</end>
    <geonamesID>713174</geonamesID><latitude>48.14</latitude><longitude>37.74</longitude></toponym>
   <toponym><extractedName>Kharkiv</extractedName><normalisedName/><type>Metonymic</type><modifierType/>
    <nonLocational>No</nonLocational><start>25</start><end>32</end><geonamesID/>
    <latitude>50.0</latitude><longitude>36.23</longitude></toponym>
   <toponym><extractedName>locals</extractedName><normalisedName/><type>Non_Lit_Expression</type>
    <modifierType/><nonLocational>Yes</nonLocational><start>34</start><end>40</end></toponym>
   <toponym><extractedName>town</extractedName><normalisedName/><type>Demonym</type><modifierType/>
    <nonLocational>No</nonLocational><start>50</start><end>54</end></toponym>
  </toponyms>
 </article>
</articles>
"""

LGL_FIXTURE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Shelling hit Kramatorsk, Donetsk Oblast.]]></text>
    <toponyms>
      <toponym><start>14</start><end>24</end><phrase>Kramatorsk</phrase>
        <gaztag geonameid="704147"><name>Kramatorsk</name><fclass>P</fclass><fcode>PPL</fcode>
          <lat>48.72</lat><lon>37.56</lon></gaztag></toponym>
      <toponym><start>26</start><end>40</end><phrase>Donetsk Oblast</phrase>
        <gaztag geonameid="709716"><name>Donetsk Oblast</name><fclass>A</fclass><fcode>ADM1</fcode>
          <lat>48.0</lat><lon>37.8</lon></gaztag></toponym>
      <toponym><start>0</start><end>8</end><phrase>Shelling</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_load_gwn_keeps_toponym_types_and_sets_aside_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "gwn.xml"
    path.write_text(GWN_FIXTURE, encoding="utf-8")
    articles, stats = load(path)
    (art,) = articles
    assert art.id == "7"
    assert [(g.text, g.type, g.geonames_id) for g in art.gold] == [("Avdiivka", "Literal", "713174"),
                                                                  ("Kharkiv", "Metonymic", None)]
    assert art.ignored == [(50, 54)]  # the Demonym
    assert stats["not_toponym:Non_Lit_Expression"] == 1


def test_load_lgl_reads_the_gaztag(tmp_path: Path) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text(LGL_FIXTURE, encoding="utf-8")
    (art,), _ = load(path)
    kram, oblast, no_tag = art.gold
    assert (kram.lat, kram.lon, kram.kind, kram.name) == (48.72, 37.56, "settlement", "Kramatorsk")
    assert oblast.kind == "region"
    assert no_tag.lat is None  # kept for recognition, left out of resolution


class _FakeGazetteer:
    def __init__(self, ids: set[str], places: list[Place]) -> None:
        self.ids, self.places = ids, places

    def place(self, place_id: str) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None) if place_id in self.ids else None

    def matches(self, name: str) -> list[Match]:
        return [Match(p, name.casefold(), True, 0) for p in self.places if p.name == name]


def _place(pid: str, name: str, lat: float, lon: float) -> Place:
    return Place(pid, name, name, lat, lon, "P", None, "UA", "05", "Donetsk Oblast", None, 1000, "settlement")


def test_coverage_by_id_or_by_a_same_name_place_within_161_km() -> None:
    near = _place("geonames:1", "Siversk", 48.87, 38.10)
    gaz = cast(Gazetteer, _FakeGazetteer({"geonames:1"}, [near]))
    assert coverage(gaz, Gold(0, 7, "Siversk", lat=48.86, lon=38.09, geonames_id="1")) == (True, True)
    # Not in the index by id, but a namesake 1 km away counts; one 300 km away does not.
    assert coverage(gaz, Gold(0, 7, "Siversk", lat=48.86, lon=38.11, geonames_id="9")) == (False, True)
    assert coverage(gaz, Gold(0, 7, "Siversk", lat=46.2, lon=37.0)) == (False, False)


def test_the_tune_and_report_halves_split_a_corpus_by_article_id() -> None:
    from benchmarks.geoparsing import Article
    from benchmarks.splits import select

    articles = [Article(str(i), "", []) for i in range(200)]
    tune = select(articles, "geoparsing:lgl_dev.xml", "tune", key=lambda a: a.id)
    report = select(articles, "geoparsing:lgl_dev.xml", "report", key=lambda a: a.id)
    assert {a.id for a in tune}.isdisjoint(a.id for a in report) and len(tune) + len(report) == 200
    assert 60 < len(tune) < 140  # about half
    other = select(articles, "geoparsing:gwn_dev.xml", "tune", key=lambda a: a.id)
    assert [a.id for a in other] != [a.id for a in tune]  # each corpus has its own split
