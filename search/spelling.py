"""Indonesian spellings: the old one (before 1972) and today's, and one-letter slips.

One home for the rules that compare two spellings of a word: the analyzer also indexes a
word written in the old spelling in today's (``Soeharto`` is found typed ``suharto``), the
linker makes one person of a name respelt within an article (``Djarot Syaiful`` and
``Djarot Saiful``), and the registry does so across articles.
"""

from __future__ import annotations

import re

#: Letters only the old spelling writes, which many names keep: Soeharto, Djarot, Tjahjo.
_OLD_LETTERS_RE = re.compile("oe|dj|tj")

#: A word of fewer letters (``joe``, ``boer``, ``doel``) is not read as old spelling: it
#: would be another common word (``ju``, ``bur``, ``dul``).
_SHORTEST_OLD_SPELLING = 5

#: The shortest name word a variant spelling is linked by (``Taufik`` for Taufiq; four
#: letters would take ``Yeni`` for Yeri).
SHORTEST_MISSPELT_NAME = 5


def todays_letters(word: str) -> str:
    """A lowercase word's old letters in today's: *oe*, *dj*, *tj*, *ch* are *u*, *j*, *c*,
    *kh*, and an old *j* (also in *nj*, *sj*) is *y* (``widjaja`` is ``wijaya``)."""
    held = word.replace("dj", "\0")  # today's j, kept apart while the old j becomes y
    return (
        held.replace("tj", "c")
        .replace("oe", "u")
        .replace("ch", "kh")
        .replace("j", "y")
        .replace("\0", "j")
    )


def modern_spelling(word: str) -> str | None:
    """A lowercase word written in the old spelling, in today's, else None.

    ``soeharto`` is ``suharto``, ``djarot`` ``jarot``, ``tjahjo`` ``cahyo``. Only a word
    with *oe*, *dj* or *tj* is read as old spelling, so ``jakarta`` and ``masjid`` stay.
    """
    if len(word) < _SHORTEST_OLD_SPELLING or not _OLD_LETTERS_RE.search(word):
        return None
    return todays_letters(word)


def spelling_fold(word: str) -> str:
    """One form of a lowercase word in either spelling, to compare names: today's letters,
    with *j* and *y* made one, as an old *j* is today's *y* (``jusuf`` and ``yusuf``,
    ``djarot`` and ``jarot``, ``pandjaitan`` and ``panjaitan``)."""
    return todays_letters(word).replace("j", "y")


def one_letter_deletions(word: str) -> set[str]:
    """``word`` with one letter left out, at each place."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit_apart(short: str, long: str) -> bool:
    """Whether one letter added, dropped or replaced makes ``short`` ``long`` (not the
    first: ``Harry`` and ``Barry``, ``Leung`` and ``Yeung`` are other people)."""
    if short == long or short[:1] != long[:1] or abs(len(short) - len(long)) > 1:
        return False
    if len(short) == len(long):
        return sum(a != b for a, b in zip(short, long, strict=True)) == 1
    shorter, longer = sorted((short, long), key=len)
    return shorter in one_letter_deletions(longer)


#: The shortest word of a name of ``LONG_NAME_WORDS`` words or more, the others the same,
#: that is read as respelt: two words alike are evidence enough that ``Anie Rasyid
#: Baswedan`` is Anies Rasyid Baswedan with a letter dropped.
SHORTEST_MISSPELT_IN_LONG_NAME = 4

#: How many words a name has for the words it shares to vouch for the one it spells apart.
LONG_NAME_WORDS = 3


def shortest_misspelt_word(name_words: int) -> int:
    """The fewest letters a word of a name of ``name_words`` words needs to be read as
    respelt: ``SHORTEST_MISSPELT_NAME``, or ``SHORTEST_MISSPELT_IN_LONG_NAME`` in a name of
    ``LONG_NAME_WORDS`` words or more."""
    if name_words >= LONG_NAME_WORDS:
        return SHORTEST_MISSPELT_IN_LONG_NAME
    return SHORTEST_MISSPELT_NAME


def long_name_word_respelt(word: str, other: str) -> bool:
    """Whether two lowercase words, the one differing word of two names of
    ``LONG_NAME_WORDS`` words or more that are otherwise the same, are one word slipped:
    one letter off as written, or in one spelling (``tjahya`` and ``tjahaja``, the old
    letters kept and one dropped: ``cahya``, ``cahaya``). Two people of two words alike
    and a third one letter off are rarer than a misspelt name; in a two-word name the
    folds would add up with the letter off (``Abdul Jalil`` and ``Abdul Djamil``)."""
    if word == other or min(len(word), len(other)) < SHORTEST_MISSPELT_IN_LONG_NAME:
        return False
    folded, other_folded = spelling_fold(word), spelling_fold(other)
    return (
        one_edit_apart(word, other)
        or folded == other_folded
        or one_edit_apart(folded, other_folded)
    )
