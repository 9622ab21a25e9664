"""Entity rules of the blind40 round (issue #14: older news from another source), on
sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def _surfaces(body: str) -> list[str]:
    return [mention.surface for mention in extract_mentions("", body)]


def test_agencies_listed_with_slashes_in_a_closing_credit_are_no_mentions() -> None:
    # Older news closes with its sources and the editor's initials: "(AFP / Reuters / xyz)".
    body = (
        "Ribuan warga berunjuk rasa di depan gedung parlemen di Tegucigalpa, Senin. "
        "(AFP / Reuters / dhn)"
    )
    surfaces = _surfaces(body)
    assert "AFP" not in surfaces
    assert "Reuters" not in surfaces
    assert "Tegucigalpa" in surfaces


def test_agencies_named_inside_a_sentence_stay_mentions() -> None:
    body = "Menurut laporan kantor berita (AFP / Reuters) kemarin, harga minyak turun di Oslo."
    surfaces = _surfaces(body)
    assert "AFP" in surfaces
    assert "Reuters" in surfaces


def test_a_person_ends_before_a_weekday_and_a_degree_written_after_the_name() -> None:
    # The tagger ran the name into "Kamis" (the sentence's date) and into "SE".
    found = _found(
        "Rapat itu dipimpin Hendarto Wisnu Saputra Kamis kemarin di Kendari. Laporannya "
        "dibacakan Rusdianto Halim SE di depan anggota."
    )
    assert found.get("Hendarto Wisnu Saputra") == "person"
    assert found.get("Rusdianto Halim") == "person"
    assert "Hendarto Wisnu Saputra Kamis" not in found
    assert "Rusdianto Halim SE" not in found


def test_initials_in_capitals_before_a_name_are_the_persons() -> None:
    found = _found(
        "Kepala Badan Pusat Statistik (BPS) S Marulam Sihombing menjelaskan hal itu. "
        "Laksamana Muda TNI Y Bagus Hendrawan juga hadir."
    )
    assert found.get("S Marulam Sihombing") == "person"
    assert found.get("Y Bagus Hendrawan") == "person"


def test_known_acronyms_and_titles_before_a_name_stay_apart() -> None:
    found = _found("Ketua DPR RI Darmanto Sulaiman menyambut KH Faisal Rahman di Serang.")
    assert "RI Darmanto Sulaiman" not in found
    assert "KH Faisal Rahman" not in found
    assert found.get("Faisal Rahman") == "person"


def test_an_aircraft_makers_type_number_is_the_aircraft() -> None:
    # "Boeing" was the company and its type number no part of any name.
    found = _found(
        "Pesawat jet Boeing 727-200 milik maskapai itu mendarat darurat di Ambon. Sebuah "
        "pesawat Boeing 747 400 lain menunggu di apron."
    )
    assert found.get("Boeing 727-200") == "product"
    assert found.get("Boeing 747 400") == "product"


def test_a_number_after_a_company_elsewhere_is_no_aircraft() -> None:
    found = _found("Saham Boeing 150 lembar dijual di bursa New York kemarin.")
    assert "Boeing 150" not in found


def test_a_name_before_pimpinan_and_its_leader_is_the_group() -> None:
    # The troupe was read as a place; a group is led, a place or a person is not.
    found = _found(
        "Tiga kelompok tampil malam itu, antara lain Teater Gandrik pimpinan Butet "
        "Santoso dari Yogyakarta."
    )
    assert found.get("Teater Gandrik") == "organisation"
    assert found.get("Butet Santoso") == "person"


def test_the_words_before_a_weekday_opening_a_dateline_are_the_city() -> None:
    # Wire news filed with the day instead of the publisher: the city was missed, or read
    # in part, or written in lowercase.
    assert (
        _found("Tegucigalpa, Rabu - Presiden Honduras berpidato di depan parlemen.").get(
            "Tegucigalpa"
        )
        == "place"
    )
    assert (
        _found("Kota kinabalu, senin - Hujan deras melanda kota itu.").get("Kota kinabalu")
        == "place"
    )


def test_a_weekday_later_in_the_text_makes_no_dateline() -> None:
    found = _found("Menurut Hartono, Senin - Jumat kantor itu buka sampai sore.")
    assert found.get("Hartono") == "person"


def test_a_company_opens_at_its_pt_after_a_department_word() -> None:
    # The department after an English job title was read into the company.
    found = _found(
        "Senior Manager Purchasing PT International Honda Indonesia Rudi Santoso "
        "mengatakan hal itu."
    )
    assert found.get("PT International Honda Indonesia") == "organisation"
    assert found.get("Rudi Santoso") == "person"
    assert "Purchasing PT International Honda Indonesia" not in found


def test_an_airport_named_after_a_sultan_is_one_place() -> None:
    found = _found("Pesawat itu diparkir di apron Bandara Sultan Syarif Kasim II menunggu teknisi.")
    assert found.get("Bandara Sultan Syarif Kasim II") == "place"
    assert "Syarif Kasim II" not in found


def test_a_country_run_into_its_players_name_is_parted_from_it() -> None:
    found = _found("Di final ia menundukkan pemain Malaysia Kuan Beng Hong dua set langsung.")
    assert found.get("Malaysia") == "place"
    assert found.get("Kuan Beng Hong") == "person"


def test_a_name_after_a_newspapers_noun_is_the_medium() -> None:
    # The daily was read as a person, the magazine not at all.
    found = _found(
        "Survei yang dimuat harian Yediot Ahronot menunjukkan hal itu. Ia memulai kariernya "
        "di majalah Ekspress."
    )
    assert found.get("Yediot Ahronot") == "organisation"
    assert found.get("Ekspress") == "organisation"


def test_a_capitalised_harian_is_a_titles_word() -> None:
    assert (
        _found("Ketua Harian Rusdi Hartawan membuka rapat itu.").get("Rusdi Hartawan") == "person"
    )


def test_a_satellite_with_its_number_after_a_spaced_hyphen_is_a_product() -> None:
    # Older news capitalises the noun; the operator's name was read as the company.
    found = _found(
        "Bandung, Kompas - Satelit Palapa - 3 berhasil mencapai orbitnya. Siaran dipindah "
        "sementara ke Satelit AsiaSat - 5."
    )
    assert found.get("Palapa - 3") == "product"
    assert found.get("AsiaSat - 5") == "product"


def test_a_weapons_code_after_its_noun_is_a_product() -> None:
    found = _found(
        "Polisi menemukan dua pucuk senjata SS - 1 dan selongsong peluru FN - 45 di gudang."
    )
    assert found.get("SS - 1") == "product"
    assert found.get("FN - 45") == "product"


def test_an_acronym_after_harian_as_daily_is_no_medium() -> None:
    found = _found("Pemerintah memangkas kuota harian BBM bersubsidi di Balikpapan.")
    assert "BBM" not in found
