"""Works and awards in entertainment news: an award is an organisation, never the person
its name reads as (``Emmy Awards``, ``Piala Emmy``). On sentences written for these
tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def _surfaces(body: str) -> list[tuple[str, str]]:
    return [(mention.surface, mention.kind) for mention in extract_mentions("", body)]


def test_an_award_ending_in_awards_is_one_organisation_and_its_name_alone_too() -> None:
    found = _kinds(
        "Ratna sempat menyinggung soal Emmy Awards, di mana acaranya kalah. “ Saya kecewa "
        "oleh Emmy, ” kata Ratna Sulistyo."
    )
    assert found["Emmy Awards"] == {"organisation"}
    assert found["Emmy"] == {"organisation"}


def test_a_cup_named_again_after_its_award_is_the_cup_with_its_head() -> None:
    found = _kinds(
        "Bima Arya ingin Piala Emmy. Ia menyebut Emmy Awards curang. “ Saya kecewa oleh "
        "Emmy, ” kata Bima Arya, yang masih ingin Piala Emmy."
    )
    assert found["Piala Emmy"] == {"organisation"}


def test_an_award_read_from_a_magazine_is_the_award_whole() -> None:
    found = _kinds("Dia tampil di ajang Billboard Music Awards di Las Vegas, Nevada.")
    assert found["Billboard Music Awards"] == {"organisation"}
    assert "Billboard" not in found


def test_guard_a_person_sharing_an_awards_name_stays_a_person() -> None:
    found = _kinds("Tony Wibisono menonton Tony Awards di New York. Tony lalu pulang ke Bandung.")
    assert found["Tony Wibisono"] == {"person"}
    assert found["Tony"] == {"person"}


def test_guard_a_place_before_an_awards_name_stays_the_place() -> None:
    found = _kinds("Penyanyi itu menang di Seoul Music Awards pekan lalu.")
    assert found.get("Seoul Music Awards") is None


def test_guard_a_person_or_a_company_not_before_the_awards_word_is_unchanged() -> None:
    found = _surfaces(
        "Emmy Rossum tiba di Jakarta. Telkom menerima award dari panitia. Emmy tersenyum."
    )
    assert ("Emmy Rossum", "person") in found
    assert ("Emmy", "person") in found
    assert ("Telkom", "organisation") in found
