"""Entity rules of the blind42 round (issue #14: older news from another source, FacQA
passages), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def test_a_route_written_as_two_places_joined_by_a_hyphen_names_both() -> None:
    # Older news glues a route's ends with a hyphen, no spaces: each end is a place.
    found = _found("Ia kehilangan tiket kereta Surabaya-Malang di stasiun, Senin.")
    assert found.get("Surabaya") == "place"
    assert found.get("Malang") == "place"
    assert "Surabaya-Malang" not in found


def test_a_relation_or_a_summit_of_two_known_names_joined_by_a_hyphen_names_both() -> None:
    found = _found("Menurut pengamat, hubungan Korsel-China membaik sejak tahun lalu.")
    assert found.get("Korsel") == "place"
    assert found.get("China") == "place"
    found = _found("Menteri itu hadir dalam pertemuan ASEAN-PBB di Bangkok, Rabu.")
    assert found.get("ASEAN") == "organisation"
    assert found.get("PBB") == "organisation"


def test_a_hyphen_between_two_provinces_of_two_words_parts_them() -> None:
    found = _found("Pipa gas Kalimantan Barat-Kalimantan Tengah selesai dibangun Mei.")
    assert found.get("Kalimantan Barat") == "place"
    assert found.get("Kalimantan Tengah") == "place"


def test_a_hyphened_pair_of_persons_stays_one_ticket() -> None:
    # A hyphen joining a running mate is no route: the pair is left as the tagger reads it.
    surfaces = {mention.surface for mention in extract_mentions("", "Pasangan Jokowi-JK menang.")}
    assert "JK" not in surfaces


def test_an_initial_the_tagger_ran_onto_a_company_is_the_next_persons() -> None:
    found = _found("Direktur Bank Sentosa Raya M Haryanto Wibisono mengatakan, kredit macet turun.")
    assert found.get("Bank Sentosa Raya") == "organisation"
    assert found.get("M Haryanto Wibisono") == "person"


def test_a_ship_named_after_a_tanker_prefix_is_a_product() -> None:
    found = _found("Polisi menahan dua kapal tanker, MT Ocean Pride dan MT Lautan Biru, di Dumai.")
    assert found.get("MT Ocean Pride") == "product"
    assert found.get("MT Lautan Biru") == "product"


def test_a_ship_prefix_after_a_number_is_a_unit() -> None:
    # KM after a number is kilometres, not a passenger ship (KM Sinar Bangun).
    found = _found("Desa itu terletak sekitar 12 KM Utara Kota Garut.")
    assert not any(surface.startswith("KM") for surface in found)
    assert found.get("Kota Garut") == "place"


def test_a_power_plant_named_by_its_kind_and_its_site_is_a_place() -> None:
    found = _found("Warga menolak pembangunan PLTU Cilandak dan PLTPB Tambakrejo.")
    assert found.get("PLTU Cilandak") == "place"
    assert found.get("PLTPB Tambakrejo") == "place"
