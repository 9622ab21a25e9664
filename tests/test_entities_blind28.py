"""Entity rules of the blind28 round (issue #14), on sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_pc_and_lte_are_no_entities() -> None:
    body = (
        "Menurut Acer, peluncuran mobile PC tahun depan akan memperluas pasar Chromebook. "
        "Bagi Lenovo, kehadiran mobile PC akan melengkapi jajaran laptopnya, dan modem LTE "
        "ikut dipasang."
    )
    found = _kinds(body)
    assert "PC" not in found
    assert "LTE" not in found
    assert found.get("Lenovo") == {"organisation"}
