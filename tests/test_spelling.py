"""Old and today's Indonesian spellings, as search and the entity registry compare them."""

from __future__ import annotations

import pytest
from warta.search.spelling import modern_spelling, one_edit_apart, spelling_fold


@pytest.mark.parametrize(
    ("old", "today"),
    [
        ("soeharto", "suharto"),
        ("djarot", "jarot"),
        ("tjahjo", "cahyo"),
        ("widjaja", "wijaya"),
        ("pandjaitan", "panjaitan"),
        ("sjamsoeddin", "syamsuddin"),
        ("soechmad", "sukhmad"),
    ],
)
def test_an_old_spelling_reads_as_todays(old: str, today: str) -> None:
    assert modern_spelling(old) == today


@pytest.mark.parametrize("word", ["jakarta", "masjid", "menjadi", "achmad", "joe", "doel"])
def test_todays_words_and_short_words_have_no_old_spelling(word: str) -> None:
    assert modern_spelling(word) is None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("djarot", "jarot"),
        ("jusuf", "yusuf"),
        ("soekarnoputri", "sukarnoputri"),
        ("achmad", "akhmad"),
    ],
)
def test_two_spellings_of_a_name_fold_to_one(one: str, other: str) -> None:
    assert spelling_fold(one) == spelling_fold(other)


def test_a_slip_is_one_letter_but_never_the_first() -> None:
    assert one_edit_apart("syaiful", "saiful") and one_edit_apart("taufik", "taufiq")
    assert not one_edit_apart("harry", "barry") and not one_edit_apart("sukarno", "sukarno")
