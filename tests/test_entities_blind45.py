"""Entity rules of the blind45 round (issue #14: older news from another source, FacQA
sample h), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def test_places_spelt_the_indonesian_or_english_way_are_known() -> None:
    # Older news writes "Hongkong" in one word, "Geneva" for Jenewa and "Makao" for Macau;
    # the tagger read the first two of a list as persons and missed the city before a title.
    found = _found(
        "Ekspor tekstil naik, kecuali ke Hongkong, Makao, dan Taiwan. Dari Geneva, juru "
        "bicara lembaga itu menolak berkomentar."
    )
    assert found.get("Hongkong") == "place"
    assert found.get("Makao") == "place"
    assert found.get("Geneva") == "place"


def test_spacecraft_are_known_products() -> None:
    # The tagger, trained on 2017-era news, read a probe as a person and missed capsules.
    found = _found(
        "Badan antariksa itu memantau komet dengan wahana Deep Impact. Dua antariksawan "
        "kembali ke Bumi dengan kapsul Soyuz, sedangkan kapsul Shenzhou 7 bersiap terbang."
    )
    assert found.get("Deep Impact") == "product"
    assert found.get("Soyuz") == "product"
    assert found.get("Shenzhou 7") == "product"


def test_a_known_spacecraft_run_into_the_agency_after_it_stays_the_spacecraft() -> None:
    # "misi <probe> Badan Antariksa ...": the tagger read probe and agency as one body.
    found = _found(
        "Misi Voyager Badan Antariksa Amerika Serikat (NASA) sudah melewati batas tata "
        "surya, kata para peneliti di Pasadena."
    )
    assert found.get("Voyager") == "product"
    assert not any(surface.startswith("Voyager ") for surface in found)


def test_a_known_craft_keeps_its_number_after_a_spaced_hyphen() -> None:
    # Older news spaces the hyphen of a numbered craft: "Tiangong - 2".
    found = _found(
        "China meluncurkan laboratorium Tiangong - 1 pada 2011. Kini Tiangong - 1 jatuh ke "
        "Samudra Pasifik, sedangkan 10 persen serpihannya tidak terbakar."
    )
    assert found.get("Tiangong - 1") == "product"
    assert "Tiangong" not in found


def test_a_known_player_whose_name_ends_in_a_conjunctions_spelling_is_whole() -> None:
    # "Dan" reads as the conjunction "dan": the tagger cut the champion's name to "Lin".
    found = _found("Di perempat final, Sony Dwi Kuncoro melawan Lin Dan dari China.")
    assert found.get("Lin Dan") == "person"
    assert "Lin" not in found
