"""Entity rules of the blind36 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def _surfaces(body: str) -> list[str]:
    return [mention.surface for mention in extract_mentions("", body)]


def test_a_public_offering_is_no_entity() -> None:
    # "IPO" (an initial public offering) was read as an organisation or a person.
    body = (
        "Perusahaan rintisan itu berencana melakukan IPO tahun depan. Menurut Budi Santoso, "
        "IPO akan dilakukan di Bursa Efek Indonesia."
    )
    found = _found(body)
    assert "IPO" not in found
    assert found.get("Budi Santoso") == "person"
    assert found.get("Bursa Efek Indonesia") == "organisation"
