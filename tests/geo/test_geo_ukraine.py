"""KATOTTG units located from GeoNames points (warlog.geo.ukraine), on a made-up oblast."""

from __future__ import annotations

from warlog.geo.katottg import Oblast, Settlement, Unit
from warlog.geo.place import Place
from warlog.geo.ukraine import Known, km, load

A1 = "05"


def _known() -> Known:
    known = Known()
    # The renamed centre's new name is also a big city district 70 km away: two namesakes.
    known.add(1, A1, (47.10, 37.50), 100_000, ["Сонячне"])
    known.add(2, A1, (47.70, 38.00), 3_000, ["Сонячне"])
    # Members with a single namesake in the oblast, both near the small namesake.
    known.add(3, A1, (47.75, 38.10), 500, ["Липове"])
    known.add(4, A1, (47.65, 37.90), 500, ["Вербове"])
    return known


def _oblast() -> Oblast:
    hromada = Unit("UA05H", "Сонячненська", [
        Settlement("UA05S1", "Сонячне", "T"), Settlement("UA05S2", "Липове", "C"),
        Settlement("UA05S3", "Вербове", "C"), Settlement("UA05S4", "Горіхове", "C"),
    ])
    raion = Unit("UA05R", "Сонячненський", hromadas=[hromada])
    return Oblast("UA05", A1, "Тестова", [raion])


def test_a_renamed_centre_is_placed_among_its_members_not_at_a_bigger_namesake() -> None:
    placed: dict[str, Place] = {}

    def add_place(place: Place, names: list[tuple[str, int]], region: bool) -> int | None:
        placed[place.id] = place
        return None

    load([_oblast()], _known(), {("UA", A1): "Test Oblast"}, add_place, lambda row, names: None)
    village = placed["katottg:UA05S4"]  # the member GeoNames lacks borrows its hromada's centre
    assert village.located_by == "hromada"
    assert km((village.lat, village.lon), (47.70, 38.00)) < 1.0
    assert km((placed["katottg:UA05H"].lat, placed["katottg:UA05H"].lon), (47.10, 37.50)) > 50


def test_without_unambiguous_members_the_bigger_namesake_still_wins() -> None:
    known = _known()
    assert known.nearest([1, 2], None, members=[Settlement("x", "Горіхове", "C")]) == 1
    assert known.nearest([1, 2], None, members=[Settlement("x", "Липове", "C")]) == 2
