"""Entity rules of the blind34 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def _surfaces(body: str) -> list[str]:
    return [mention.surface for mention in extract_mentions("", body)]


def test_a_faiths_people_is_no_person_even_after_a_cue() -> None:
    # "membela Muslim Uighur" read the two words as a person, then every "Uighur" after.
    body = (
        "Tak ada negara tetangga yang membela Muslim Uighur. Warga Uighur di Xinjiang "
        "mengeluh, kata peneliti Rina Marlina. Penganut Muslim di sana dilarang berpuasa."
    )
    surfaces = _surfaces(body)
    assert not [name for name in surfaces if "Uighur" in name or "Muslim" in name]
    assert _found(body).get("Rina Marlina") == "person"
