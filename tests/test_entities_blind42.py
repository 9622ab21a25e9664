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


def test_an_associations_blend_leaving_out_a_word_of_its_long_name_is_its_acronym() -> None:
    # Aptindo-style: Terigu gives no syllable; the acronym in parentheses is the body's.
    found = _found(
        "Ketua Asosiasi Pedagang Beras Ketan Indonesia (Apbindo) Suryo Wiyono di Jakarta, "
        "Kamis, mengatakan harga naik."
    )
    assert found.get("Asosiasi Pedagang Beras Ketan Indonesia (Apbindo)") == "organisation"
    assert "Apbindo" not in found


def test_a_one_word_partner_in_a_list_of_pairs_is_a_person() -> None:
    found = _found(
        "Medali perak diraih pasangan Rudi TH / Ika Saera, Bambang Faisal / Tamsir, dan "
        "Ronal Muer / Nurhayati Alil."
    )
    assert found.get("Tamsir") == "person"
    assert found.get("Bambang Faisal") == "person"


def test_a_one_word_side_of_a_lone_slash_is_not_made_a_person() -> None:
    # One pair alone: the slash may part two roles or two readings, not two partners.
    found = _found("Presiden menyapa para Warakawuri / Keluarga Pahlawan di istana.")
    assert found.get("Keluarga") != "person"


def test_an_english_bodys_name_runs_over_of() -> None:
    found = _found(
        "Hal itu dikatakan Ravi Kumar dari National Council of Rural Health Research di Mumbai."
    )
    assert found.get("National Council of Rural Health Research") == "organisation"


def test_names_a_sentence_lists_as_peoples_are_no_entities() -> None:
    found = _found(
        "Catatan itu menyebut tujuh suku bangsa di Papua, yaitu Dani, Asmat, Amungme, "
        "Kamoro, dan Biak. Presiden Joko Widodo berkunjung ke sana."
    )
    assert found.get("Papua") == "place"
    assert not {"Dani", "Asmat", "Amungme", "Kamoro", "Biak"} & set(found)
    assert found.get("Joko Widodo") == "person"


def test_names_a_copula_calls_peoples_are_no_entities() -> None:
    found = _found("Di kota itu, Bugis dan Makassar adalah suku bangsa pendatang.")
    assert "Bugis" not in found
    assert "Makassar" not in found


def test_known_bodies_of_older_news() -> None:
    # Older news names the Jakarta exchange, Islamic banks and Palestinian parties.
    found = _found(
        "Direktur Utama BEJ Sutrisno Hadi mengatakan saham Bank Muamalat naik. Di Gaza, "
        "Fatah dan Hamas kembali berunding."
    )
    assert found.get("BEJ") == "organisation"
    assert found.get("Sutrisno Hadi") == "person"
    assert found.get("Bank Muamalat") == "organisation"
    assert found.get("Fatah") == "organisation"


def test_a_masters_or_a_vets_degree_after_a_name_is_no_part_of_it() -> None:
    found = _found("Dosen itu, dr Ratna Kusumawati MA yang juga peneliti, menjelaskan hasilnya.")
    assert found.get("Ratna Kusumawati") == "person"
    assert "Ratna Kusumawati MA" not in found
    found = _found("Menurut Darmono Hadi DVM, flu burung menular lewat unggas.")
    assert found.get("Darmono Hadi") == "person"


def test_an_airport_written_with_its_head_in_full_is_parted_from_its_city() -> None:
    found = _found("Pesawat itu mendarat di Bandar Udara Sultan Thaha II Jambi, Senin pagi.")
    assert found.get("Bandar Udara Sultan Thaha II") == "place"
    assert found.get("Jambi") == "place"
