"""Organisation rules of the org30 round (issue #14: organisations in news from another
source, FacQA passages), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def test_well_known_bands_are_organisations() -> None:
    # Indonesia's best-known bands of the 2000s and the classics news compares them to.
    found = _found(
        "Dalam daftar itu, Slank dan Peterpan bersaing dengan Sheila on 7, sedangkan "
        "The Beatles dan Koes Plus tetap jadi acuan."
    )
    for band in ("Slank", "Peterpan", "Sheila on 7", "The Beatles", "Koes Plus"):
        assert found.get(band) == "organisation", band


def test_a_band_named_like_a_common_word_counts_only_in_an_article_about_music() -> None:
    # Radja, Ungu and Padi are also words and names: they are the bands beside music.
    found = _found("Lagu baru Radja dan Ungu diputar di radio. Padi menyusul dengan album.")
    assert found.get("Radja") == "organisation"
    assert found.get("Ungu") == "organisation"
    assert found.get("Padi") == "organisation"
    assert "Padi" not in _found("Petani menanam Padi di sawah dekat desa.")


def test_foreign_airlines_are_organisations() -> None:
    # Crash and delay reports name foreign carriers the tagger never saw.
    found = _found(
        "Pesawat Air France itu tergelincir, sedangkan sebuah pesawat China Eastern "
        "mendarat darurat di Shanghai."
    )
    assert found.get("Air France") == "organisation"
    assert found.get("China Eastern") == "organisation"
    assert found.get("Shanghai") == "place"
