"""Indonesian text analysis for the Whoosh index: tokenising, stopwords and stemming.

Two analyzers share one tokenizer so that the stemmed field (``title``, ``content``) and the
exact field always agree on what a token and its character span are:

* :func:`stemmed_analyzer` folds case, drops Indonesian stopwords and stems with Sastrawi,
  so ``latih`` finds *pelatihan*, *melatih*, *dilatih* and *latihan*;
* :func:`exact_analyzer` only folds case (exact-form search, phrases on the surface form,
  spelling suggestions).

Whoosh runs the same analyzer on query text (``mode="query"``), and only one filter depends
on the mode, so a query word is normalised exactly like the indexed text. That filter adds,
in indexed text only, today's spelling of a word in the old one (``Soeharto`` is also
``suharto``): a query in either spelling then asks for just what was typed.

One normalisation for query and text: what the stemmed analyzer does to a word depends on
the word alone, never on its case or its place in a sentence, so a word typed in any case
finds every occurrence of it (``selamatkan`` finds "Koalisi Selamatkan Komnas HAM", and
``terawan`` "Menteri Terawan"). Names Sastrawi would turn into another word (*Bekasi* into
*bekas*, *Bali* into *bal*) are kept whole wherever they occur, in any case: they are a list
learnt from news text (``search/data/stem_names_id.txt``), not guessed from capitals, which
a query does not have. Numbers lose their thousands separators (``10.000`` is ``10000``).

Every analyzer is picklable (Whoosh pickles the schema into indexing subprocesses): the
filters hold no stemmer; the Sastrawi stemmer is a lazily created module-level object.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from warta.search.dates import indexed_digit_forms
from warta.search.spelling import modern_spelling
from whoosh.analysis import (
    Analyzer,
    Filter,
    LowercaseFilter,
    StopFilter,
    Token,
    Tokenizer,
)

#: Recorded in the index manifest; bump it whenever any token this module emits changes
#: (code, stopword exceptions or stem overrides), so existing indexes are rebuilt.
ANALYZER_VERSION = (
    "id-17"  # 17: a verb with -i whose root begins as a prefix does (memenangi: menang)
)

#: Letters a word must keep once its clitic -nya comes off (Kenya and Sonya keep theirs).
MIN_CLITIC_STEM = 3

#: Distinct words a large archive meets; a miss costs a full Sastrawi run (~0.1 ms).
STEM_CACHE_SIZE = 262_144

# Characters that may sit inside a word without splitting it and are then removed:
# soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_TABLE = str.maketrans("", "", _INVISIBLE)
# Combining marks, so that decomposed accents stay inside their word until NFKC joins them.
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = rf"[^\W_](?:[^\W_]|[{_COMBINING}{_INVISIBLE}])*"
_HYPHEN = "[-\u2010\u2011]"
_HYPHEN_RE = re.compile(_HYPHEN)
_NUMBER = r"\d+(?:[.,/:]\d+)*"
_CURRENCY = r"(?:[Rr][Pp]\.?|US\$|S\$|\$|€|£|¥)"
# A number or amount must not run into letters ("5G" and "2019an" are words).
_TOKEN_RE = re.compile(
    rf"(?P<amount>{_CURRENCY}{_NUMBER})(?![^\W_])"
    rf"|{_NUMBER}(?![^\W_])"
    rf"|{_WORD}(?:{_HYPHEN}{_WORD})*"
)
_WORD_RE = re.compile(_WORD)
_AMOUNT_RE = re.compile(rf"{_CURRENCY}(?P<number>{_NUMBER})", re.IGNORECASE)
#: A number grouped in thousands with full stops, as Indonesian writes it (``25.000.000``,
#: ``1.500,75``), after an optional currency; a time (``10.30``) or date is not grouped so.
_GROUPED_RE = re.compile(
    rf"(?P<currency>{_CURRENCY}?)(?P<number>\d{{1,3}}(?:\.\d{{3}})+)(?P<decimals>,\d+)?",
    re.IGNORECASE,
)

#: Clitics written after a hyphen (``AI-nya``, ``Jakarta-lah``): dropped, the word stays.
_HYPHEN_CLITICS = frozenset({"nya", "ku", "mu", "lah", "kah", "tah", "pun"})


def _normalise(text: str) -> str:
    """Remove invisible characters, compose accents and fold compatibility forms (NFKC),
    as queries and text need: fullwidth letters and digits (``ｊａｋａｒｔａ``, ``２０２３``, as
    East Asian keyboards and sites write them), ligatures (``ﬁ``) and superscripts are the
    word they spell. Under NFC alone ``ｊａｋａｒｔａ`` found nothing, and articles written
    so were never found by ``jakarta``."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", text.translate(_INVISIBLE_TABLE))


def fold(text: str) -> str:
    """``text`` as search compares it: :func:`_normalise` (NFKC) and case folded."""
    return _normalise(text).casefold()


#: A character outside ASCII with the combining marks after it, folded as one (NFKC joins
#: them), or a run of ASCII, whose folding keeps every offset.
_FOLD_PIECE = re.compile(rf"[\x00-\x7f]+|.[{_COMBINING}]*", re.DOTALL)


@dataclass(frozen=True)
class Folded:
    """A text folded as search folds it (:func:`fold`), with the way back to its offsets:
    a find in the text as shown matches ``ｍｕｓｋ`` to "Musk" as the search does."""

    text: str
    #: ``(folded start, original start, original end, same length)`` of each piece.
    pieces: tuple[tuple[int, int, int, bool], ...]

    @classmethod
    def of(cls, text: str) -> Folded:
        folded: list[str] = []
        pieces: list[tuple[int, int, int, bool]] = []
        at = 0
        for piece in _FOLD_PIECE.finditer(text):
            part = piece.group()
            same = part.isascii()
            part = part.lower() if same else fold(part)
            pieces.append((at, piece.start(), piece.end(), same))
            folded.append(part)
            at += len(part)
        return cls("".join(folded), tuple(pieces))

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that ``[start, end)`` of the folded text covers
        (a part of a folded character is the whole character)."""
        starts = self._starts
        first = self.pieces[bisect.bisect_right(starts, start) - 1]
        last = self.pieces[bisect.bisect_right(starts, end - 1) - 1]
        begin = first[1] + (start - first[0]) if first[3] else first[1]
        finish = last[1] + (end - last[0]) if last[3] else last[2]
        return begin, finish

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [piece[0] for piece in self.pieces]


def _split_hyphenated(value: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Split ``open-source`` into parts, drop a trailing clitic, merge ``anak-anak``."""
    parts = [
        (_normalise(m.group()), m.start(), m.end()) for m in _WORD_RE.finditer(value, start, end)
    ]
    kept = [parts[0], *(p for p in parts[1:] if p[0].lower() not in _HYPHEN_CLITICS)]
    if len({text.lower() for text, _, _ in kept}) == 1:
        return [(kept[0][0], kept[0][1], kept[-1][2])]
    return kept


class IndonesianTokenizer(Tokenizer):
    """Words, hyphenated forms and numbers with exact character spans in the input.

    Text is normalised per token (NFKC, invisible characters removed), so ``startchar`` and
    ``endchar`` always index the string the caller passed, for highlighting.
    """

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        spans = _surface_tokens(value) if tokenize else [(_normalise(value), 0, len(value))]
        for pos, (text, start, end) in enumerate(spans, start_pos):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = text  # type: ignore[attr-defined]  # Whoosh's option
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


#: The last text tokenised and its tokens: an article body is analysed for the stemmed and
#: the exact field one after the other, and tokenising is a third of each analysis.
_last_tokens: tuple[str, list[tuple[str, int, int]]] = ("", [])


def _surface_tokens(value: str) -> list[tuple[str, int, int]]:
    global _last_tokens
    last_value, tokens = _last_tokens
    if value is last_value:  # the cache holds a reference, so the identity cannot be reused
        return tokens
    tokens = []
    for match in _TOKEN_RE.finditer(value):
        start, end = match.span()
        if _HYPHEN_RE.search(match.group()):
            tokens.extend(_split_hyphenated(value, start, end))
        else:
            tokens.append((_normalise(match.group()), start, end))
    _last_tokens = (value, tokens)
    return tokens


class OldSpellingFilter(Filter):
    """Indexes a word written in the old spelling in today's too, at its position:
    ``suharto`` and ``sukarno``, as people type them, find "Soeharto" and "Soekarno".

    Not where today's spelling is a word of the dictionary: ``cahaya`` (light) would find
    every "Basuki Tjahaja Purnama", ``kuman`` (germs) every "Ronald Koeman".

    In indexed text only (``mode="index"``, also for marking matches): a query in the old
    spelling finds that spelling alone, as its words asked. Added to a query, today's
    spelling weighed as a word of its own (``djoko`` also asked for every ``joko``) and
    moved 14 of FacQA's 2,806 train and valid questions down."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:  # type: ignore[override]
        for token in tokens:
            if token.mode != "index":
                yield token
                continue
            modern = modern_spelling(token.text)  # before the filters after this change it
            yield token
            if modern is not None and not _sastrawi().dictionary.contains(modern):
                token.text = modern
                yield token


@functools.cache
def _compounds() -> dict[str, tuple[str, str]]:
    """joined -> its two words, for the compounds news writes both ways (data file)."""
    rows = (line.split("\t") for line in _read_data_lines("compounds_id.tsv"))
    return {joined: (first, second) for joined, first, second in rows}


@functools.cache
def _compounds_apart() -> dict[tuple[str, str], str]:
    return {words: joined for joined, words in _compounds().items()}


@functools.cache
def _compounds_ending_in_stopword() -> dict[tuple[str, str], str]:
    """(first word, stopword) -> joined, for the compounds whose second word the stopword
    filter drops (kerja sama)."""
    return {
        words: joined for words, joined in _compounds_apart().items() if words[1] in stopwords()
    }


class StopwordCompoundMarker(Filter):
    """Before the stopwords go, marks the first word of a compound whose second word is a
    stopword (``kerja`` in "kerja sama") with the joined form, for :class:`CompoundFilter`,
    which comes after the stopword filter and so never sees ``sama``: ``kerjasama`` found
    only the 40 IndoSum articles writing it joined, not the ~120 writing "kerja sama".

    In indexed text only. Holds a copy of such a first word until the next token is read
    (the tokenizer reuses one token object)."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:  # type: ignore[override]
        pairs = _compounds_ending_in_stopword()
        firsts = {first for first, _ in pairs}
        held: Token | None = None
        for token in tokens:
            if held is not None:
                held.compound = pairs.get((held.text, token.text))  # type: ignore[attr-defined]
                yield held
                held = None
            if token.mode == "index" and token.text in firsts:
                held = token.copy()
                continue
            yield token
        if held is not None:
            yield held


class CompoundFilter(Filter):
    """Indexes a compound news writes both ways in the other form too, at its position:
    ``sepak bola`` finds "sepakbola" and ``sepakbola`` finds "sepak bola" (IndoSum writes
    the one in 56 articles, the other in 88; ``ibukota`` 14 and ``ibu kota`` 61).

    In indexed text only, as :class:`OldSpellingFilter`: a query keeps the words typed, and
    a quoted phrase finds them as written. After the stopwords: their positions are
    renumbered there, and the two words of a compound are then next to each other."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:  # type: ignore[override]
        joined, apart = _compounds(), _compounds_apart()
        previous: Token | None = None
        for token in tokens:
            if token.mode != "index":
                yield token
                continue
            if previous is not None:
                together = apart.get((previous.text, token.text))
                if together is not None:
                    extra = previous.copy()
                    extra.text = together
                    yield extra
            yield token
            marked = getattr(token, "compound", None)
            if marked is not None:  # its second word was a stopword (StopwordCompoundMarker)
                extra = token.copy()
                extra.text = marked
                yield extra
            words = joined.get(token.text)
            previous = token.copy()
            if words is not None:
                for word in words:
                    extra = token.copy()
                    extra.text = word
                    yield extra


class IndonesianStemFilter(Filter):
    """Stems each token with :func:`stem`, whatever its case or place in the text."""

    is_morph = True

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:  # type: ignore[override]
        for token in tokens:
            token.text = stem(token.text)
            yield token


#: The numbers news writes out in one word (up to nine, and "sepuluh", "sebelas", "seratus",
#: "seribu"), as the digits it writes them in just as often. Those up to five are Sastrawi
#: stopwords and stay so (dropped before this filter): indexed as numbers, they lengthened
#: every text and "Lima" was a 5, and FacQA train+valid fell (MRR 0.821 -> 0.820).
_NUMBER_WORDS = {
    "satu": "1",
    "dua": "2",
    "tiga": "3",
    "empat": "4",
    "lima": "5",
    "enam": "6",
    "tujuh": "7",
    "delapan": "8",
    "sembilan": "9",
    "sepuluh": "10",
    "sebelas": "11",
    "seratus": "100",
    "seribu": "1000",
}


#: The numbers among them that are their digits only before what they count ("lima korban",
#: "seribu warga"): up to five they are stopwords everywhere else (the city of Lima, the
#: "dua" of "kedua belah pihak"), and "Seribu" and "Seratus" name islands and places.
_COUNTED_ONLY = frozenset({"dua", "tiga", "empat", "lima", "seratus", "seribu"})
#: Those the index holds as digits before what they count (:class:`CountedNumberFilter`).
#: Not up to five: indexed so, they moved 28 of FacQA's 2,806 train and valid questions
#: (MRR 0.8210 -> 0.8208, text lengths changing); a query finds them as typed instead
#: (:func:`counted_word`).
_COUNTED_IN_TEXT = frozenset({"seratus", "seribu"})
_COUNTED_WORDS = {_NUMBER_WORDS[word]: word for word in _COUNTED_ONLY}


def counted_digits(word: str) -> str | None:
    """The digits of a number word that is its digits only before what it counts
    (:data:`_COUNTED_ONLY`, lowercase), None for any other word. A query typing it alone
    searches the word and these digits (the word's next word is not the analyzer's)."""
    return _NUMBER_WORDS[word] if word in _COUNTED_ONLY else None


def counted_word(words: Sequence[str], at: int) -> str | None:
    """The word of the number typed in digits at ``words[at]`` before what it counts (``5
    korban``: lima), None otherwise: the story writing "lima korban" has it only in its
    exact words (up to five, a stopword, is not indexed as its digits)."""
    word = _COUNTED_WORDS.get(words[at])
    if word is None or at + 1 >= len(words) or not _counts(words[at + 1].lower()):
        return None
    return word


def number_digits(word: str) -> str | None:
    """The digits of a number written out in one lowercase word (``tujuh``: 7), or of an
    ordinal Sastrawi stems to it (``ketujuh``: 7, as it found "tujuh" before); None for
    any other word. A word of several (``dua puluh``) stays as its words."""
    digits = _NUMBER_WORDS.get(word)
    if digits is None and word.startswith("ke"):
        root = stem(word)
        digits = _NUMBER_WORDS.get(root) if root != word else None
    return digits


class NumberWordFilter(Filter):
    """A number written out in one word as its digits (:func:`number_digits`), in the
    index and the query alike: ``7 wakil`` finds "tujuh wakil ketua" and ``tujuh`` finds
    "7 wakil", where each found only the stories writing it as typed. Before the stemmer,
    which took "sepuluh" for "puluh" (the "dua puluh" of twenty)."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:  # type: ignore[override]
        for token in tokens:
            digits = number_digits(token.text) if token.text not in _COUNTED_ONLY else None
            if digits is not None:
                token.text = digits
            yield token


class CountedNumberFilter(Filter):
    """A number written out before what it counts as its digits, where a stopword or a name
    would hide it: "dua puluh lima rumah" is ``25`` (two and five were stopwords, and the
    story lacked the 25 a reader types) and "seribu warga" is ``1000``. Not Kepulauan
    Seribu: a number word of :data:`_COUNTED_IN_TEXT` is its digits only before a
    lowercase word that is no stopword, and never after a capitalised word when capitalised
    itself (a name).

    First in the chain, as the case and the stopwords are still there; a query word comes
    alone, so only indexed text (and a phrase) has the words that follow."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:  # type: ignore[override]
        source = iter(tokens)
        ahead: list[Token] = []  # copies: the tokenizer reuses one token
        capitalised_before = False
        while True:
            token = ahead.pop(0) if ahead else next(source, None)
            if token is None:
                return
            word = token.text.lower()
            capitalised = token.text[:1].isupper()
            if word not in _NUMBER_WORDS:
                capitalised_before = capitalised
                yield token
                continue
            token = token.copy()
            while len(ahead) < 2 and (following := next(source, None)) is not None:
                ahead.append(following.copy())
            run = _number_of_words([word, *(t.text for t in ahead)], 0)
            if run is not None:
                size, token.text = run
                if token.chars:
                    token.endchar = ahead[size - 2].endchar
                del ahead[: size - 1]
            elif (
                word in _COUNTED_IN_TEXT
                and not (capitalised and capitalised_before)
                and ahead
                and _counts(ahead[0].text)
            ):
                token.text = _NUMBER_WORDS[word]
            capitalised_before = capitalised
            yield token


class AmountAliasFilter(Filter):
    """Also emits the bare number of an amount at its position: ``125.000`` finds ``Rp125.000``."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:  # type: ignore[override]
        for token in tokens:
            yield token
            amount = _AMOUNT_RE.fullmatch(token.text)
            if amount:
                token.text = amount.group("number")
                yield token


class ThousandsFilter(Filter):
    """Drops the full stops that group thousands: ``10000`` finds ``10.000``, and
    ``Rp25.000.000`` is ``rp25000000``."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:  # type: ignore[override]
        for token in tokens:
            grouped = _GROUPED_RE.fullmatch(token.text)
            if grouped:
                number = grouped.group("number").replace(".", "")
                token.text = grouped.group("currency") + number + (grouped.group("decimals") or "")
            yield token


class DigitDayFilter(Filter):
    """Indexes a day written in digits in its other forms too, at its position
    (:func:`~warta.search.dates.indexed_digit_forms`): "(23/8/2005)" is also ``23/8``, as a
    day typed without its year (``23 agustus``, ``tgl 23/8``) is searched.

    In indexed text only, as :class:`OldSpellingFilter`: a query keeps the date typed."""

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:  # type: ignore[override]
        for token in tokens:
            yield token
            if token.mode != "index" or "/" not in token.text:
                continue
            for form in indexed_digit_forms(token.text):
                token.text = form
                yield token


def _read_data_lines(name: str) -> Iterator[str]:
    """Non-blank lines of a bundled data file, without ``#`` comments."""
    text = resources.files("warta.search.data").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        content = line.split("#", 1)[0].strip()
        if content:
            yield content


@functools.cache
def stopwords() -> frozenset[str]:
    """Sastrawi's stopword list minus the content words news search needs (see the data file)."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    kept = frozenset(_read_data_lines("stopword_exceptions_id.txt"))
    return frozenset(StopWordRemoverFactory().get_stop_words()) - kept


@functools.cache
def spoken_stopwords() -> frozenset[str]:
    """The spoken and texting forms of stopwords readers type (gak, udah, yg): optional in
    a query, as the stopwords are (data file; query time only, so no rebuild)."""
    return frozenset(line.split("\t")[0] for line in _read_data_lines("spoken_stopwords_id.tsv"))


@functools.cache
def other_words() -> dict[str, str]:
    """word -> the other words a query searches it as too: a nickname written out, a
    shortening, a synonym (data file; query time only, so no rebuild)."""
    pairs = (line.split("\t") for line in _read_data_lines("other_words_id.tsv"))
    return {word: other for word, other in pairs}


@functools.cache
def short_words() -> dict[str, str]:
    """Words written out -> the one word ``other_words`` gives them for ("setya novanto" ->
    "setnov"): a query typing them out finds the story that writes only the short word."""
    return {other: word for word, other in other_words().items() if " " in other}


def short_word_runs(words: Sequence[str]) -> dict[int, tuple[int, str]]:
    """The words (by index) of each run of two or three in a row that :func:`short_words`
    writes as one (``jam tangan pintar``: smartwatch), or that write out a number news
    writes in digits (``tiga belas``: 13, :func:`_number_of_words`), each with its place in
    the run and the short word; the longer run first, a word in one run at most. The story
    that writes only the short word has each of them (the query and the second stage read
    this)."""
    found: dict[int, tuple[int, str]] = {}
    short = short_words()
    for size in (3, 2):
        for at in range(len(words) - size + 1):
            span = range(at, at + size)
            if any(index in found for index in span):
                continue
            word = short.get(" ".join(words[index] for index in span).lower())
            if word is not None:
                found.update((index, (index - at, word)) for index in span)
    at = 0
    while at < len(words):
        number = _number_of_words(words, at) if at not in found else None
        if number is None and at not in found:
            number = _counted_number(words, at)
        if number is None or any(at + place in found for place in range(number[0])):
            at += 1
            continue
        found.update((at + place, (place, number[1])) for place in range(number[0]))
        at += number[0]
    return found


def _counted_number(words: Sequence[str], at: int) -> tuple[int, str] | None:
    """A number word up to five (or seratus, seribu) typed before what it counts (``lima
    korban``), as one word and its digits: a stopword, it was left out, and the story of
    "5 korban" lacked it."""
    digits = counted_digits(words[at].lower())
    if digits is None or at + 1 >= len(words) or not _counts(words[at + 1].lower()):
        return None
    return 1, digits


def _counts(word: str) -> bool:
    """Whether a number before ``word`` counts it: a lowercase word that is no stopword
    ("korban", "rumah"; not "Peru", "pada" or a number)."""
    return word[:1].islower() and word.isalpha() and word not in stopwords()


def _number_of_words(words: Sequence[str], at: int) -> tuple[int, str] | None:
    """The number written out in two or three words from ``words[at]`` (``tiga belas``:
    13, ``dua puluh`` 20, ``dua puluh empat`` 24), as how many words and its digits;
    None if none starts there. News writes these in digits, "13 warga", and a reader
    types them as said: ``tiga belas warga`` asked for a 3 and a "belas"."""
    units = [number_digits(word.lower()) for word in words[at : at + 3]]
    first = units[0] if units and units[0] is not None and len(units[0]) == 1 else None
    if first is None or at + 1 >= len(words):
        return None
    tens = words[at + 1].lower()
    if tens == "belas":
        return 2, str(10 + int(first))
    if tens != "puluh":
        return None
    last = units[2] if len(units) == 3 and units[2] is not None and len(units[2]) == 1 else None
    return (3, str(int(first) * 10 + int(last))) if last is not None else (2, first + "0")


@functools.cache
def _stem_overrides() -> dict[str, str]:
    """word -> stem where Sastrawi's rules disagree with the lemma convention (data file)."""
    pairs = (line.split("\t") for line in _read_data_lines("stem_overrides_id.tsv"))
    return {word: lemma for word, lemma in pairs}


@functools.cache
def _kept_names() -> frozenset[str]:
    """Names the stemmer would turn into another word (bekasi -> bekas), kept whole (data file)."""
    return frozenset(_read_data_lines("stem_names_id.txt"))


@functools.cache
def _sastrawi() -> Any:
    """The Sastrawi stemmer, built once per process, on first use.

    Built without Sastrawi's own cache, which grows without bound; :func:`stem` caches.
    Its dictionary holds Sastrawi's own word list as a frozenset: the stemmer only asks
    ``contains`` (``word in words``), and ``ArrayDictionary(words)`` adds the ~30,000 words
    one Python call at a time, which took ~10 of a cold search's CPU milliseconds.
    """
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    dictionary = ArrayDictionary()
    # What ArrayDictionary.add keeps: every word but blank ones.
    dictionary.words = frozenset(filter(str.strip, StemmerFactory().get_words()))
    return Stemmer(dictionary)


_STEMMABLE_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")


@functools.cache
def _standard_spellings() -> dict[str, str]:
    """variant -> standard spelling of a word or name (data file): either is found by both."""
    pairs = (line.split("\t") for line in _read_data_lines("spelling_variants_id.tsv"))
    return {variant: standard for variant, standard in pairs}


@functools.lru_cache(maxsize=STEM_CACHE_SIZE)
def stem(word: str) -> str:
    """The stem of one lowercase word; numbers, names in other scripts etc. stay as they are.
    A spelling variant is stemmed as its standard spelling (beresiko: risiko), a word
    Sastrawi leaves whole as itself without -nya (karirnya: karier)."""
    standard = _standard_spellings()
    word = standard.get(word, word)
    if word in _kept_names():
        return word
    override = _stem_overrides().get(word)
    root = override if override is not None else rule_stem(word)
    if root == word and word.endswith("nya") and len(word) >= MIN_CLITIC_STEM + 3:
        # Sastrawi stems only the words of its dictionary: a loanword or a name kept its
        # clitic, so "instagramnya", "startupnya", "fansnya" were not found by the word.
        return stem(word[:-3])
    return standard.get(root, root)


#: Letters the root of a loanword keeps once an affix comes off (:func:`affixed_forms`):
#: shorter roots are names as often ("milan" is no "mil" + -an, "diana" no "di" + "ana").
MIN_AFFIXED_ROOT = 5
#: Letters the dictionary root of a word with the -in of speech keeps (beliin: beli).
MIN_SPOKEN_ROOT = 4
_LOAN_SUFFIXES = ("kan", "an")
_LOAN_PREFIXES = ("meng", "mem", "men", "di", "ter")


def _nasal_prefix(root: str) -> str:
    """The me(N)- a root takes by its first letter (mengupload, memposting, mendownload),
    as Indonesian writes it before a loanword, whose first letter stays; "" before l, m,
    n, r, w and y, whose bare me- begins names as often (Melinda, Merina)."""
    first = root[:1]
    if first in "aiueogkh":
        return "meng"
    if first in "bpfv":
        return "mem"
    if first in "cdjtsz":
        return "men"
    return ""


def affixed_forms(word: str) -> tuple[str, ...]:
    """The other forms news gives a word Sastrawi cannot stem, a loanword or slang its
    dictionary lacks: ``posting`` is also "postingan", "diposting" and "memposting", and
    ``postingan`` "posting" (the root with -an/-kan, di-, ter- or meng-/mem-/men- on it,
    or off it). Sastrawi stems only the words of its dictionary, so each was a word of its
    own and a reader typing ``posting`` missed the story about "postingan". A word with the
    -in of speech for -kan and -i (``nikahin``, ``dibocorin``) is its root (nikah, bocor),
    whose family the stemmer joins: the story of "menikahi" lacked ``nikahin``.

    Empty for a word of the dictionary (Sastrawi's own stemming joins its family), a
    stopword, a word with other characters than letters, or one whose root would be
    shorter than ``MIN_AFFIXED_ROOT`` (``MIN_SPOKEN_ROOT`` before -in); a name ending in
    -ian keeps it. Lowercase ``word``; the forms are not checked against any archive."""
    if (
        len(word) < MIN_AFFIXED_ROOT
        or not word.isascii()
        or not word.isalpha()
        or word in stopwords()
        or in_dictionary(word)
    ):
        return ()
    spoken = word[:-2]
    if word.endswith("in") and len(spoken) >= MIN_SPOKEN_ROOT and in_dictionary(spoken):
        return (stem(spoken),)
    root = word
    for suffix in _LOAN_SUFFIXES:
        if root.endswith(suffix) and len(root) - len(suffix) >= MIN_AFFIXED_ROOT:
            # Not the -ian of a name (Febrian is no Febri + -an, Christian no Christi).
            if suffix == "kan" or not root.endswith("ian"):
                root = root[: -len(suffix)]
            break
    for prefix in _LOAN_PREFIXES:
        bare = root[len(prefix) :]
        if (
            root.startswith(prefix)
            and len(bare) >= MIN_AFFIXED_ROOT
            and (not prefix.startswith("me") or _nasal_prefix(bare) == prefix)
        ):
            root = bare
            break
    forms = dict.fromkeys((root, root + "kan", "di" + root, "di" + root + "kan"))
    if not root.endswith("i"):
        forms[root + "an"] = None
    nasal = _nasal_prefix(root)
    if nasal:
        forms.update(dict.fromkeys((nasal + root, nasal + root + "kan")))
    forms["ter" + root] = None
    forms.pop(word, None)
    return tuple(forms)


def in_dictionary(word: str) -> bool:
    """Whether the lowercase ``word`` or its stem is a word of Sastrawi's dictionary: spelt
    right, even where an archive lacks it (``koran`` is no typo of "korban")."""
    dictionary = _sastrawi().dictionary
    return bool(dictionary.contains(word) or dictionary.contains(stem(word)))


def rule_stem(word: str) -> str:
    """Sastrawi with warta's rule fixes, before the learnt overrides (uncached)."""
    if not _STEMMABLE_RE.fullmatch(word):
        return word
    return _repair_root(word, _sastrawi().stem_word(word))


_CLITIC_END_RE = re.compile(r"(?:nya|lah|kah|ku|mu)$")
_VOWELS_RE = re.compile(r"[aiueo]+")
#: Endings Sastrawi strips as a suffix (-an, -is) or a particle (-tah) that end as many
#: roots: peran, kesan, pekan, basis, lukis, bantah.
_ROOT_ENDINGS = ("an", "is", "tah")
#: A root's first letter that meN-/peN- turned into its nasal (memesan: pesan; menyusun: susun).
_DENASALISED = {"m": "p", "n": "t", "ny": "s"}


def _repair_root(word: str, root: str) -> str:
    """Fix Sastrawi's mistakes where the letters it took for a suffix belong to the root.

    * A root's own final *i* taken for the suffix -i (bernilai -> nila, not nilai): when
      the word ends in ``root + "i"`` and that is a dictionary root too, it is the root.
    * A root's final *k* taken into the suffix -kan in a pe(N)-/per- noun (perpajakan ->
      paja, pergerakan -> gera, penarikan -> tari): these nouns take -an, never -kan, so
      when ``root + "k"`` is a dictionary root it is the root. The root's first letter is
      not compared, since peN- may have replaced it by a nasal (pe-narik-an).
    * A root's own -an, -is or -tah taken for a suffix, leaving a root of one syllable
      (:func:`_whole_root`).
    * A root that begins as a prefix does, cut again in a verb with -i
      (:func:`_suffix_first_root`).
    """
    bare = _CLITIC_END_RE.sub("", word)
    dictionary = _sastrawi().dictionary
    if bare.endswith(root + "i") and dictionary.contains(root + "i"):
        return root + "i"
    if (
        word.startswith("pe")
        and bare.endswith(root[1:] + "kan")
        and dictionary.contains(root + "k")
    ):
        return root + "k"
    return _suffix_first_root(bare, _whole_root(bare, root))


def _suffix_first_root(bare: str, root: str) -> str:
    """The root of a verb with the suffix -i whose root begins as a prefix does (menang,
    perang, terang, seberang): Sastrawi takes the prefix of such a verb first, as it must
    for most (me-...-i, di-...-i), and took the root's own beginning for a second prefix,
    so memenangi was "tang", menerangi, memerangi and menyeberangi "rang", while
    memenangkan found the root. The verb without its -i, stemmed, is the root when that is
    a dictionary root other than itself, longer than the one Sastrawi gave (the second
    cut undone: memadati keeps padat, not madat) and the verb's end after a
    prefix (whose nasal may stand for its first letter): menangani keeps tangan, since
    menangan stems to menang only by taking -an off too. Where meN- may stand before m or
    p, n or t, ny or s and both are roots, it stands for the p, t or s (Sastrawi's reading
    of a verb with -i, memadati: padat): memerangi is perang, as diperangi, not merang
    (di- replaces no letter: dimerangi stays merang). The common verbs of an m-root read
    as p (memasuki: pasuk) are stem overrides."""
    if not bare.endswith("i") or root.endswith("i"):
        return root
    base = bare[:-1]
    sastrawi = _sastrawi()
    other = sastrawi.stem_word(base)
    if other in (base, root) or len(other) <= len(root) or not base.endswith(other[1:]):
        return root
    dictionary = sastrawi.dictionary
    if not dictionary.contains(other):
        return root
    nasal = "ny" if other.startswith("ny") else other[:1]
    if nasal in _DENASALISED and base.endswith("me" + other):
        plain = _DENASALISED[nasal] + other[len(nasal) :]
        if dictionary.contains(plain):
            return plain
    return other


def _whole_root(bare: str, root: str) -> str:
    """The root of two syllables Sastrawi cut to one by taking its end for a suffix:
    pemeran is pe(N)-peran, not pe(N)-per-an, berbasis ber-basis, membantah mem-bantah,
    memesan me(N)-pesan, so ``pemeran`` found the stories of springs (per) and not those
    of roles (peran), and ``bantah`` missed every "membantah". Only a root of one syllable
    is doubted: few Indonesian roots are, and those few (bas, per, tel, mes) are not the
    root of the longer words that end the same way, while a two-syllable root with -an
    (kekerasan: keras, not kerasan) mostly is. The ending must complete a dictionary root
    after a prefix; ``bare`` is the word without its clitic."""
    if len(_VOWELS_RE.findall(root)) != 1:
        return root
    dictionary = _sastrawi().dictionary
    for ending in _ROOT_ENDINGS:
        size = len(root) + len(ending)
        if len(bare) <= size or not bare.endswith(root[1:] + ending):
            continue
        written, before = bare[-size:], bare[:-size]
        if before.endswith("n") and written[0] in "gy":
            continue  # the ng or ny of meng-, peny- (pengaman: aman, not gaman)
        options = [written]
        if written[0] in _DENASALISED and before.endswith(("me", "pe")):
            options.insert(0, _DENASALISED[written[0]] + written[1:])
        for option in options:
            if dictionary.contains(option):
                return option
    return root


def stemmed_analyzer() -> Analyzer:
    """Analyzer of the main text fields: case folded, stopwords removed, compounds, old
    spellings and days in digits also in their other forms, numbers in words as digits,
    stemmed."""
    return (
        IndonesianTokenizer()
        | CountedNumberFilter()
        | LowercaseFilter()
        | StopwordCompoundMarker()
        | StopFilter(stoplist=stopwords(), minsize=1)
        | CompoundFilter()
        | OldSpellingFilter()
        | NumberWordFilter()
        | IndonesianStemFilter()
        | AmountAliasFilter()
        | ThousandsFilter()
        | DigitDayFilter()
    )


def exact_analyzer() -> Analyzer:
    """Analyzer of the exact field: the same tokens, case folded, nothing removed or stemmed
    (a day in digits is also kept without its year, :class:`DigitDayFilter`)."""
    return (
        IndonesianTokenizer()
        | LowercaseFilter()
        | AmountAliasFilter()
        | ThousandsFilter()
        | DigitDayFilter()
    )


@functools.cache
def _shared_exact_analyzer() -> Analyzer:
    return exact_analyzer()


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(normalised surface token, startchar, endchar) of every token, to mark query terms."""
    return [
        (token.text, token.startchar, token.endchar)
        for token in _shared_exact_analyzer()(text, chars=True)
    ]
