"""Conventions the annotated news sets agree on and warta follows."""

from warta.search.entities import extract_mentions


def _surfaces(body: str) -> list[tuple[str, str]]:
    return [(mention.surface, mention.kind) for mention in extract_mentions("", body)]


def test_language_named_after_bahasa_is_no_mention_of_the_country() -> None:
    mentions = _surfaces(
        "Novel karya Dewi Lestari itu diterjemahkan ke bahasa Jerman dan bahasa Korea "
        "oleh penerbit di Surabaya."
    )
    assert ("Jerman", "place") not in mentions
    assert ("Korea", "place") not in mentions
    assert ("Surabaya", "place") in mentions


def test_speaking_a_language_is_no_mention_but_living_there_is() -> None:
    mentions = _surfaces(
        "Rudi Hartono fasih berbahasa Belanda karena pernah tinggal di Belanda selama lima tahun."
    )
    assert mentions.count(("Belanda", "place")) == 1
    assert ("Rudi Hartono", "person") in mentions
