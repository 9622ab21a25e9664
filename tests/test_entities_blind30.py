"""Entity rules of the blind30 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def test_an_acronym_in_capitals_blending_its_name_is_one_mention_with_it() -> None:
    # UNJA: a blend of the name's syllables written in capitals, as Unja would be.
    body = "Penelitian itu digarap Universitas Jambi (UNJA) bersama warga desa."
    surfaces = [mention.surface for mention in extract_mentions("", body)]
    assert surfaces == ["Universitas Jambi (UNJA)"]
