"""Entity rules of the org31 round (issue #14, organisations in older news), on sentences
written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_dynasty_is_an_organisation_not_a_person() -> None:
    found = _kinds(
        "Pada abad ke-11 wilayah itu dikuasai Dinasti Ghaznawi sebelum jatuh ke tangan "
        "penguasa lain."
    )
    assert found["Dinasti Ghaznawi"] == {"organisation"}


def test_a_dynasty_ends_before_a_title_opening_its_ruler() -> None:
    found = _kinds("Istana itu dibangun pada masa Dinasti Tudor Raja Henry berkuasa.")
    assert found["Dinasti Tudor"] == {"organisation"}
    assert "Dinasti Tudor Raja Henry" not in found


def test_a_ministry_under_its_old_departemen_name_is_an_organisation() -> None:
    found = _kinds(
        "Hal itu dikatakan Direktur Jenderal Mineral Departemen ESDM Bambang Wiyono di "
        "Jakarta, Senin."
    )
    assert found["Departemen ESDM"] == {"organisation"}
    assert found["Bambang Wiyono"] == {"person"}


def test_a_ministry_under_its_old_name_is_the_ministry_of_today() -> None:
    body = (
        "Direktur Jenderal Mineral Departemen ESDM Bambang Wiyono menyebut Kementerian ESDM "
        "akan mengkaji usul itu."
    )
    old, today = (
        next(m.key for m in extract_mentions("", body) if m.surface == surface)
        for surface in ("Departemen ESDM", "Kementerian ESDM")
    )
    assert old == today


def test_a_centre_named_before_its_institute_is_one_organisation() -> None:
    found = _kinds(
        "Kepala Pusat Penelitian Oseanografi LIPI Agus Santoso mengatakan ombak tinggi. "
        "Rapat Dewan Pimpinan Pusat Golkar memutuskan hal lain."
    )
    assert found["Pusat Penelitian Oseanografi LIPI"] == {"organisation"}
    assert found["Golkar"] == {"organisation"}  # a board's level opens no centre
    assert "Pusat Golkar" not in found


def test_a_group_named_in_italian_or_spanish_is_a_company() -> None:
    found = _kinds(
        "Produsen kulit asal Italia, Gruppo Bellandi, membuka pabrik di Bogor. Kemarin "
        "Grupo Carvajal dari Meksiko juga berminat."
    )
    assert found["Gruppo Bellandi"] == {"organisation"}
    assert found["Grupo Carvajal"] == {"organisation"}


def test_a_name_after_maskapai_penerbangan_is_the_airline() -> None:
    found = _kinds(
        "Pesawat milik maskapai penerbangan Rajawali jurusan Medan-Jakarta mendarat darurat "
        "di Pekanbaru."
    )
    assert found["Rajawali"] == {"organisation"}


def test_a_body_s_acronym_takes_pusat_its_central_board() -> None:
    found = _kinds(
        "Hal itu disampaikan Sekjen KONI Pusat Rina A Wulandari di Jakarta. Dana itu "
        "disalurkan KONI Pusat untuk atlet."
    )
    assert found["KONI Pusat"] == {"organisation"}
    assert found["Rina A Wulandari"] == {"person"}
    assert "KONI" not in found
