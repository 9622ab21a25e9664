"""Entity rules of the blind46 round (issue #14, older news from another source), on
sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_dateline_in_lowercase_names_its_city_and_not_its_publisher() -> None:
    found = _kinds("surabaya, kompas - Dinas Pendidikan menunda ujian sekolah pekan depan.")
    assert found["surabaya"] == {"place"}
    assert "kompas" not in found


def test_a_city_of_common_words_before_its_publisher_keeps_the_publisher_out() -> None:
    found = _kinds("Padang Panjang, Kompas - Ratusan pedagang menggelar unjuk rasa di pasar.")
    assert "Kompas" not in found


def test_a_holder_run_into_a_body_ending_in_an_acronym_is_parted_from_it() -> None:
    found = _kinds("Menurut Sekjen PRD Safwan Mile, kongres partai itu diundur sepekan.")
    assert found["PRD"] == {"organisation"}
    assert found["Safwan Mile"] == {"person"}


def test_a_committee_head_after_a_quote_is_parted_from_the_committee() -> None:
    found = _kinds('" Kami menerima usulan itu, " kata Ketua Komisi II DPR Rahmat Mile.')
    assert found["Komisi II DPR"] == {"organisation"}
    assert found["Rahmat Mile"] == {"person"}


def test_a_seat_after_an_acronym_stays_with_the_body() -> None:
    found = _kinds("Hal itu dikatakan Ketua DPRD Sumut Budi Santoso di Medan.")
    assert found["DPRD Sumut"] == {"organisation"}
    assert found["Budi Santoso"] == {"person"}


def test_a_specialist_degree_after_a_doctor_is_no_part_of_the_name() -> None:
    found = _kinds(
        "Namun karena tidak ada biaya, Profesor dr Hartini Wiryosoedarmo SpPA terpaksa batal "
        "berangkat ke Jenewa."
    )
    assert found["Hartini Wiryosoedarmo"] == {"person"}


def test_a_satellite_after_a_capitalised_noun_is_a_product() -> None:
    found = _kinds("Siaran itu kini dipancarkan lewat Satelit Cakrawala B2 milik operator swasta.")
    assert found["Cakrawala B2"] == {"product"}


def test_names_listed_after_a_temple_are_temples() -> None:
    found = _kinds("Kompleks itu memuat Candi Gatotkaca, Nakula, Sadewa, dan Candi Bima.")
    assert found["Sadewa"] == {"place"}
    assert found["Nakula"] == {"place"}


def test_a_title_after_a_work_noun_and_bertajuk_is_the_work() -> None:
    found = _kinds("Band itu merilis album baru bertajuk Langit Biru pekan lalu di Bandung.")
    assert found["Langit Biru"] == {"product"}


def test_a_title_after_bertajuk_without_a_work_noun_is_left_alone() -> None:
    found = _kinds("Mereka menggelar konser bertajuk Malam Cinta di Bandung pekan lalu.")
    assert "Malam Cinta" not in found


def test_a_party_acronym_read_into_its_officer_is_parted_from_them() -> None:
    found = _kinds("Hal itu diutarakan Sekjen NUP Safwat al-Sherif.")
    assert found["NUP"] == {"organisation"}
    assert found["Safwat al-Sherif"] == {"person"}


def test_a_persons_initials_stay_with_the_name_after_a_title() -> None:
    found = _kinds("Menurut Jaksa Agung HM Prasetyo, berkas perkara itu sudah lengkap.")
    assert found["HM Prasetyo"] == {"person"}


def test_a_company_or_a_faction_after_an_acronym_is_no_holder() -> None:
    found = _kinds(
        "Rina pernah menjadi Komisaris PT Sarana Makmur, sementara Joko anggota Komisi I DPR "
        "Fraksi Golkar."
    )
    assert "Sarana Makmur" not in found
    assert "person" not in found.get("Fraksi Golkar", set())


def test_a_company_named_after_its_region_keeps_the_region() -> None:
    found = _kinds(
        "Polisi menyita kayu olahan dari PT Hutan Lestari Sumatera di Desa Sungai Buluh."
    )
    assert found["PT Hutan Lestari Sumatera"] == {"organisation"}
    assert "Sumatera" not in found


def test_a_company_before_its_address_stays_apart() -> None:
    found = _kinds("Kayu milik PT Adi Putra Bintang, Kalimantan Timur, disita polisi kemarin.")
    assert found["PT Adi Putra Bintang"] == {"organisation"}
    assert found["Kalimantan Timur"] == {"place"}


def test_a_ministry_defined_with_its_acronym_once_is_named() -> None:
    found = _kinds(
        "Itu sebabnya Departemen Kelautan dan Pesisir (DKP) terpaksa menjamin kredit nelayan."
    )
    assert found["Departemen Kelautan dan Pesisir (DKP)"] == {"organisation"}


def test_a_university_department_read_as_a_place_is_an_organisation() -> None:
    found = _kinds(
        "Stephen Higgs dari Departemen Biokimia, Fakultas Kedokteran Universitas Ohio, ikut "
        "meneliti."
    )
    assert found["Departemen Biokimia"] == {"organisation"}


def test_a_directors_portfolio_before_a_ministry_is_part_of_the_title() -> None:
    found = _kinds(
        "Direktur Perlindungan Satwa Liar Departemen Kehutanan Budi Harsono mengatakan "
        "populasi harimau terus turun."
    )
    assert found["Departemen Kehutanan"] == {"organisation"}


def test_the_armed_forces_main_commands_written_short_are_organisations() -> None:
    found = _kinds(
        "Dua kapal perang dari jajaran Koarmabar berpatroli di Selat Malaka, sementara "
        "prajurit Kostrad bersiaga di perbatasan."
    )
    assert found["Koarmabar"] == {"organisation"}
    assert found["Kostrad"] == {"organisation"}


def test_an_acronym_spelt_out_after_it_is_no_holder() -> None:
    found = _kinds("Bendera itu dikibarkan Sutarno, anggota PERA Pembela Rakyat.")
    assert "person" not in found.get("Pembela Rakyat", set())
