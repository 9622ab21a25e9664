"""Entity rules of the blind44 round (issue #14, older news), on sentences written for
these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_an_unknown_name_closed_by_sdn_bhd_is_a_company() -> None:
    found = _kinds(
        "Nota kesepahaman antara investor Karya Makmur Holdings Sdn Bhd dan Pemprov Riau "
        "ditandatangani pada hari Senin."
    )
    assert found["Karya Makmur Holdings Sdn Bhd"] == {"organisation"}
    assert found["Pemprov Riau"] == {"organisation"}


def test_a_river_basin_named_after_das_is_a_place() -> None:
    found = _kinds("Kerusakan DAS Bengawan Solo makin parah setelah hutan di hulunya ditebang.")
    assert found["DAS Bengawan Solo"] == {"place"}


def test_an_independence_day_names_only_its_country() -> None:
    found = _kinds("Warga merayakan HUT Kemerdekaan RI ke-72 dengan lomba di lapangan desa.")
    assert found["RI"] == {"place"}
    assert "HUT Kemerdekaan RI" not in found
