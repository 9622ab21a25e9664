"""Entity rules of the blind23 round (issue #14), on sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_commodity_glossed_in_english_with_its_acronym_is_no_organisation() -> None:
    body = (
        "Pabrik di Riau menimbun bijih nikel olahan (Nickel Pig Iron / NPI) sejak Maret. "
        "Harga NPI turun, kata Kepala Dinas Perindustrian Riau Sardi Hasan. "
        "Selain pajak NPI, Kementerian Perdagangan juga menaikkan bea keluar. "
        "Ekspor NPI ke Tiongkok tetap naik."
    )
    found = _kinds(body)
    assert "NPI" not in found
    assert found["Kementerian Perdagangan"] == {"organisation"}
    assert found["Tiongkok"] == {"place"}


def test_a_body_glossed_in_english_with_its_acronym_stays_an_organisation() -> None:
    body = (
        "Utusan badan pangan dunia (Food Agriculture Organization / FAO) tiba di Kupang. "
        "FAO menyebut panen jagung di sana membaik."
    )
    assert _kinds(body).get("FAO") == {"organisation"}


def test_a_regional_office_written_short_before_its_province_is_the_office() -> None:
    body = (
        "Empat dinas ikut pameran itu, yakni Dispar Maluku membawa dua biro perjalanan, "
        "Disbudpar Prov. Kalimantan Barat membawa tiga, Disporapar Jawa Timur membawa satu "
        "dan Dinkes Kota Ambon membuka stan kesehatan. Warga Maluku ikut menonton."
    )
    found = _kinds(body)
    for name in (
        "Dispar Maluku",
        "Disbudpar Prov. Kalimantan Barat",
        "Disporapar Jawa Timur",
        "Dinkes Kota Ambon",
    ):
        assert found.get(name) == {"organisation"}, name
    assert found["Maluku"] == {"place"}


def test_a_name_apposed_to_organisasi_is_an_organisation_in_every_mention() -> None:
    body = (
        "Malam amal itu digelar oleh Larasati, organisasi nirlaba yang beranggotakan ibu rumah "
        "tangga di Ambon. Ketua Larasati, Sari Dewi, menyebut dana terkumpul Rp 1 miliar. "
        "Larasati menyalurkan dana itu ke puskesmas."
    )
    found = _kinds(body)
    assert found["Larasati"] == {"organisation"}
    assert found["Sari Dewi"] == {"person"}


def test_a_person_apposed_to_a_member_stays_a_person() -> None:
    found = _kinds("Warga desa itu, Budi Santoso, anggota koperasi, ikut hadir di Ambon.")
    assert found["Budi Santoso"] == {"person"}


def test_the_prosecutor_written_jpu_is_a_role_not_an_organisation() -> None:
    body = (
        "Hakim Pengadilan Negeri Ambon menjatuhkan vonis 7 tahun kepada terdakwa. Jaksa "
        "Penuntut Umum (JPU) Rahmat Lessy menuntut 9 tahun. JPU menyatakan pikir-pikir. "
        "Sesuai dakwaan JPU, terdakwa menikam korban di Jalan Sultan Hairun."
    )
    found = _kinds(body)
    assert "JPU" not in found
    assert found["Rahmat Lessy"] == {"person"}


def test_the_panel_of_judges_before_a_court_is_no_part_of_its_name() -> None:
    body = (
        "Majelis Hakim Pengadilan Negeri (PN) Ambon menjatuhkan vonis 7 tahun kepada "
        "terdakwa. Terdakwa lalu dibawa ke ruang tahanan PN Ambon. Majelis Ulama Indonesia "
        "(MUI) Maluku menyambut putusan itu."
    )
    found = _kinds(body)
    assert found.get("Pengadilan Negeri (PN) Ambon") == {"organisation"}
    assert not any(name.startswith("Majelis Hakim") for name in found)
    assert any(name.startswith("Majelis Ulama Indonesia") for name in found)


def test_a_navy_command_read_as_a_place_is_an_organisation() -> None:
    found = _kinds("Kapal itu kini berada di bawah Komando Armada Barat yang bermarkas di Jakarta.")
    assert found.get("Komando Armada Barat") == {"organisation"}
    assert found["Jakarta"] == {"place"}


def test_an_addresss_rt_and_rw_numbers_stay_out_of_the_place_name() -> None:
    body = (
        "Jemaat menggunakan bangunan rumah kantor di RT 011 RW 03 Kelurahan Pondok Labu "
        "Kecamatan Cilandak dan tidak memiliki izin."
    )
    found = _kinds(body)
    assert any(name.startswith("Kelurahan Pondok Labu") for name in found)
    assert not any(name.startswith(("RT", "011")) for name in found)
