"""The second stage of ranking: the first stage's best articles, reordered by evidence
that a bag of words does not see.

BM25 scores each query word on its own. A reader also notices whether the article has
every word (coordination), whether the words stand together as in the query (proximity),
whether it uses the very forms typed rather than other words of their family (surface),
and, for a question, whether one passage holds the question's words around the kind of
word it asks for (an answer slot: the number for "berapa", the name for "siapa").

The stage takes ``(docnum, score)`` pairs, however they were scored, and reads only those
articles' postings (and, for a question, their stored bodies), so its cost per query is
bounded by :data:`~warta.search.ranking.RERANK_DEPTH`, not by the number of matches. Its
weights live in :mod:`warta.search.ranking`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warta.search import ranking

if TYPE_CHECKING:
    from warta.search.query import Place, PlacesOf
    from whoosh.analysis import Analyzer
    from whoosh.reading import IndexReader
    from whoosh.searching import Searcher

#: The stemmed body field, whose postings give each word's position and characters.
BODY_FIELD = "content"
#: The body field that keeps the forms as typed (case folded).
SURFACE_FIELD = "exact"
#: The title's twins of the two: a word of the title counts as a word the article has.
TITLE_FIELDS = {BODY_FIELD: "title", SURFACE_FIELD: "title_exact"}
_NUMBER = re.compile(r"\d+")
#: A word's places in each candidate that has it.
Places = dict[int, dict[str, list["Place"]]]


@dataclass(frozen=True)
class QueryWords:
    """What the second stage needs to know about a query, read once per search."""

    #: Stems of the query's words, in the query's order (repeats kept).
    stems: tuple[str, ...]
    #: The query's words as typed, case folded, stopwords left out.
    surfaces: frozenset[str]
    #: Every word of the query, case folded: an answer is a word the query does not have.
    typed: frozenset[str]
    #: ``"number"``, ``"name"`` or None: the kind of word a question asks for.
    answer: str | None = None
    #: ``(stem, after)``: "berapa penumpang" gives ``("tumpang", True)``, a number right
    #: before the word; "tahun berapa" ``("tahun", False)``, a number right after it.
    counted: tuple[tuple[str, bool], ...] = ()
    #: ``(word, stem, offset, terms)``: a word of a day typed in words or digits, its place
    #: in the date (day 0, month 1, year 2) and the forms of the date in digits an article
    #: may have instead ("23" and "agustus": ``23/8``, and ``23 8`` as a tokenised archive
    #: spaces it, "Selasa (23 / 8)").
    in_digits: tuple[tuple[str, str, int, tuple[str, ...]], ...] = ()
    #: ``(stem, offset, short)``: a word of a thing typed out that has a short word, its
    #: place among them and the short word's stem ("jam", "tangan", "pintar": 0, 1, 2 and
    #: ``smartwatch``). The story writing only the short word has each of them, in the
    #: stemmed body only: it is not the form typed.
    in_short_word: tuple[tuple[str, int, str], ...] = ()
    #: ``(stem, forms)``: a word and the stems of the other forms news writes it in
    #: (``analysis.affixed_forms``: ``posting`` and "postingan", ``nikahin`` and "nikah").
    #: The story writing only a form has the word, and a word no article has as typed
    #: weighs as its rarest form: the story of "menikahi" lacked ``nikahin``, a word that
    #: weighed nothing, and ranked below those with the query's other words.
    in_other_forms: tuple[tuple[str, tuple[str, ...]], ...] = ()


def query_words(text: str) -> QueryWords:
    """The words of ``text`` as the index analyses them (a field name, an operator or an
    excluded word counts as a word too: it weighs every candidate alike)."""
    from warta.search.analysis import (
        affixed_forms,
        short_word_runs,
        spoken_stopwords,
        stem,
        stopwords,
        tokenize,
    )
    from warta.search.dates import digit_forms

    analyse = _stemmed()
    spoken = spoken_stopwords()
    stop = stopwords() | spoken
    tokens = tokenize(text)
    typed = [word for word, _, _ in tokens]
    asked = set(typed)
    answer = None
    if asked & ranking.NUMBER_QUESTIONS:
        answer = "number"
    elif asked & ranking.NAME_QUESTIONS:
        answer = "name"
    counted: list[tuple[str, bool]] = []
    for at, word in enumerate(typed):
        if word not in ranking.COUNT_QUESTIONS:
            continue
        for neighbour, after in ((at + 1, True), (at - 1, False)):
            if 0 <= neighbour < len(typed) and typed[neighbour] not in stop:
                counted.extend((token.text, after) for token in analyse(typed[neighbour]))
    in_digits = [
        (typed[at], token.text, offset, tuple(forms))
        for at, (offset, forms) in digit_forms(typed).items()
        for token in analyse(typed[at])
    ]
    in_short_word = [
        (token.text, offset, short.text)
        for at, (offset, word) in short_word_runs(typed).items()
        for token in analyse(typed[at])
        for short in analyse(word)
    ]
    in_other_forms = [
        (token.text, forms)
        for word in dict.fromkeys(typed)
        if (forms := tuple(dict.fromkeys(stem(form) for form in affixed_forms(word))))
        for token in analyse(word)
    ]
    return QueryWords(
        stems=tuple(token.text for token in analyse(_without(text, tokens, spoken))),
        surfaces=frozenset(word for word in typed if word not in stop),
        typed=frozenset(asked),
        answer=answer,
        counted=tuple(dict.fromkeys(counted)),
        in_digits=tuple(in_digits),
        in_short_word=tuple(in_short_word),
        in_other_forms=tuple(in_other_forms),
    )


def _without(text: str, tokens: Sequence[tuple[str, int, int]], words: Container[str]) -> str:
    """``text`` with the typed ``words`` among its ``tokens`` blanked: a spoken stopword typed
    (``gak``, ``udah``) is optional in the query, no word to count, but a word whose stem
    reads like one (``biarkan``, ``kayaknya``) is a word of the query."""
    kept = list(text)
    for word, start, end in tokens:
        if word in words:
            kept[start:end] = " " * (end - start)
    return "".join(kept)


@functools.cache
def _stemmed() -> Analyzer:
    from warta.search.analysis import stemmed_analyzer

    return stemmed_analyzer()


def rerank(
    searcher: Searcher,
    candidates: Sequence[tuple[int, float]],
    words: QueryWords,
    places_of: PlacesOf | None = None,
) -> tuple[dict[int, float], set[int]]:
    """The second stage's score of each candidate (docnum, first-stage score), and the
    candidates that lack at most a word or two of little weight (:func:`nearly_whole`).

    A score is multiplied by ``1 + sum(weight * evidence)``: the first stage's order
    stands where no evidence differs, and the score keeps its scale.
    """
    weights = ranking.evidence_weights()
    found = evidence(searcher, [docnum for docnum, _ in candidates], words, places_of)
    scores = {
        docnum: score * (1 + sum(weights[name] * value for name, value in found[docnum].items()))
        for docnum, score in candidates
    }
    unheard = has_unheard_word(searcher.reader(), words)
    return scores, {
        docnum for docnum, values in found.items() if nearly_whole(values, words, unheard)
    }


def nearly_whole(values: Mapping[str, float], words: QueryWords, unheard: bool = False) -> bool:
    """Whether a partial match's evidence says it lacks words of a lookup that weigh at
    most ``1 - NEARLY_EVERY_WORD`` of it: ranked among the articles with every word.

    One that has every word but not as the query asks (``2-0``: a 2 and a 0 apart) lacks
    nothing the evidence weighs, so it stays among the partial matches; unless the query
    has a word no article has (``unheard``, :func:`has_unheard_word`): then every article
    lacks it, and the one with each of the other words lacks the least (``dovizioso
    tercepat fp1 mugello`` ranked a story lacking "tercepat" above the one with all three).
    Not for a question: a passage near a number or a name (the answer slot) outscored the
    one with every word the question frames (FacQA train+valid fell)."""
    share = values["coordination"]
    return words.answer is None and share >= ranking.NEARLY_EVERY_WORD and (share < 1 or unheard)


def has_unheard_word(reader: IndexReader, words: QueryWords) -> bool:
    """Whether a word of the query weighs nothing in the evidence: no article has it in
    any form searched (a date's or a short word's forms count)."""
    stems = _stem_weights(reader, words, reader.doc_count_all())
    return any(stem not in stems for stem in words.stems)


def _stem_weights(reader: IndexReader, words: QueryWords, articles: int) -> dict[str, float]:
    """The idf of each stem of the query in the body field; a word of a date or of a thing
    typed out that no article has as typed, by its forms (:func:`_weigh_one_word`)."""
    stems = _weights(reader, BODY_FIELD, words.stems, articles)
    for stem, _, short in words.in_short_word:
        _weigh_one_word(reader, BODY_FIELD, stem, (short,), stems, articles)
    for _, stem, _, forms in words.in_digits:
        _weigh_one_word(reader, BODY_FIELD, stem, forms, stems, articles)
    for stem, forms in words.in_other_forms:
        _weigh_one_word(reader, BODY_FIELD, stem, forms, stems, articles)
    return stems


def evidence(
    searcher: Searcher,
    docnums: Sequence[int],
    words: QueryWords,
    places_of: PlacesOf | None = None,
) -> dict[int, dict[str, float]]:
    """Each candidate's evidence, by the names of ``ranking.evidence_weights``, each
    between 0 and 1: apart from the weights, so ``bench/eval_retrieval.py --evidence`` can
    dump it once and ``bench/fit_rerank.py`` try weights without searching again. The
    body's places are read through ``places_of`` (the sidecars'), else Whoosh's postings."""
    from warta.search.query import places_in

    reader = searcher.reader()
    if places_of is None:
        places_of = functools.partial(places_in, reader)
    articles = reader.doc_count_all()
    stems = _stem_weights(reader, words, articles)
    surfaces = _weights(reader, SURFACE_FIELD, words.surfaces, articles)
    ordered = sorted(set(docnums))
    places = _places(places_of, BODY_FIELD, stems, ordered)
    in_titles = _in_title(reader, BODY_FIELD, stems, ordered)
    surface_places = _places(places_of, SURFACE_FIELD, surfaces, ordered)
    surface_titles = _in_title(reader, SURFACE_FIELD, surfaces, ordered)
    for stem, offset, short in words.in_short_word:
        _add_one_word(
            places_of, reader, BODY_FIELD, stem, offset, (short,), ordered, places, in_titles
        )
    for stem, forms in words.in_other_forms:
        written = [form for form in forms if reader.doc_frequency(BODY_FIELD, form)]
        if written and stem in stems:
            _add_one_word(
                places_of, reader, BODY_FIELD, stem, 0, written, ordered, places, in_titles
            )
    # The days of a range share their forms (``22-26 agustus``: "22" and "26"): read once.
    dates: dict[tuple[str, int, tuple[str, ...]], tuple[Places, dict[int, set[str]]]] = {}
    for word, stem, offset, forms in words.in_digits:
        _weigh_one_word(reader, SURFACE_FIELD, word, forms, surfaces, articles)
        for fieldname, key, into, titles in (
            (BODY_FIELD, stem, places, in_titles),
            (SURFACE_FIELD, word, surface_places, surface_titles),
        ):
            read = (fieldname, offset, forms)
            if read not in dates:
                dates[read] = _date_places(places_of, reader, fieldname, offset, forms, ordered)
            _merge_places(key, *dates[read], into, titles)
        for docnum in _dated_on(reader, (word, *forms), ordered):
            if stem in stems:
                in_titles.setdefault(docnum, set()).add(stem)
            if word in surfaces:
                surface_titles.setdefault(docnum, set()).add(word)
    has_stems = _present(places, in_titles)
    has_surfaces = _present(surface_places, surface_titles)
    answers = _answer_pattern(words.answer)
    found = {}
    for docnum in ordered:
        here = places.get(docnum, {})
        values = {
            "coordination": _share(stems, has_stems.get(docnum, ())),
            "proximity": _proximity(words.stems, stems, here),
            "surface": _share(surfaces, has_surfaces.get(docnum, ())),
            "lead": _share(stems, _in_lead(here, in_titles.get(docnum, ()))),
            "answer": 0.0,
            "counted": 0.0,
        }
        if (answers is not None or words.counted) and here:
            body = str(reader.stored_fields(docnum).get("body", ""))
            body = body[: ranking.ANSWER_SCAN_CHARS]
            if answers is not None:
                values["answer"] = _answer_slot(body, answers, words.typed, stems, here)
            values["counted"] = _counted(body, words, here)
        found[docnum] = values
    return found


def _dated_on(reader: IndexReader, forms: Iterable[str], docnums: Sequence[int]) -> list[int]:
    """The candidates dated (the index's ``date``: the record's, the address's or the
    dateline's) on a day the forms of a day typed name (``dates.named_days``): the date
    shown beside the title has each word of that day, as the title would. An article dated
    only in its record, whose text says "Kamis", lacked ``5 oktober`` and ranked below the
    stories of other days."""
    from warta.search.dates import day_terms, named_days

    days = set(named_days(forms))
    if not days or not docnums:
        return []
    column = _date_column(reader)
    found = []
    for docnum in docnums:
        when = column(docnum)
        if when is not None and days.intersection(day_terms(when)):
            found.append(docnum)
    return found


def _date_column(reader: IndexReader) -> Callable[[int], dt.date | None]:
    """Each article's date from the index's date column (None where undated)."""
    from whoosh.util.times import long_to_datetime

    column = reader.column_reader("date", translate=False)
    column_type = reader.schema["date"].column_type
    assert column_type is not None  # sortable (index.build_schema)
    missing = column_type.default_value(False)

    def date_of(docnum: int) -> dt.date | None:
        stamp = column[docnum]
        return None if stamp == missing else long_to_datetime(stamp).date()

    return date_of


def _weights(
    reader: IndexReader, fieldname: str, words: Sequence[str] | frozenset[str], articles: int
) -> dict[str, float]:
    """The idf of each distinct word the body field (else the title's twin) has; a word no
    article has weighs nothing."""
    found = {}
    for word in dict.fromkeys(words):
        frequency = reader.doc_frequency(fieldname, word) or reader.doc_frequency(
            TITLE_FIELDS[fieldname], word
        )
        if frequency:
            found[word] = ranking.idf(frequency, articles)
    return found


def _places(
    places_of: PlacesOf, fieldname: str, words: Mapping[str, float], docnums: Sequence[int]
) -> Places:
    found: Places = {}
    for word in words:
        for docnum, places in places_of(fieldname, word, docnums):
            found.setdefault(docnum, {})[word] = places
    return found


def _weigh_one_word(
    reader: IndexReader,
    fieldname: str,
    word: str,
    terms: Sequence[str],
    weights: dict[str, float],
    articles: int,
) -> None:
    """Gives ``word`` of several an article may write as one (``QueryWords.in_digits``,
    ``in_short_word``), when no article has it as typed, the weight of its rarest form an
    article has (``terms``; a spaced date by its rarest number): "Selasa (23/8)" in an
    archive that never writes "agustus" or "23/08/2005" held a word that weighed nothing,
    and the search failed (KeyError, told as a damaged index); ``4/6/2017`` weighed
    nothing where the archive writes "(4 / 6 / 2017)"."""
    if word in weights:
        return
    found = _weights(reader, fieldname, [part for term in terms for part in term.split()], articles)
    if found:
        weights[word] = max(found.values())


def _add_one_word(
    places_of: PlacesOf,
    reader: IndexReader,
    fieldname: str,
    word: str,
    offset: int,
    terms: Sequence[str],
    docnums: Sequence[int],
    places: Places,
    in_titles: dict[int, set[str]],
) -> None:
    """Gives ``word`` of several an article may write as one (a day typed in words,
    ``23 agustus``; a thing typed out, ``jam tangan pintar``) the places of that one word
    (``terms``: "Selasa (23/8)", "smartwatch") as if they were written out there, its
    ``offset`` after the first of them: the story writing it so was taken for one lacking
    the words, and for one where they stand apart."""
    weights = dict.fromkeys(terms, 0.0)
    for docnum, here in _places(places_of, fieldname, weights, docnums).items():
        found = places.setdefault(docnum, {}).setdefault(word, [])
        found.extend(
            (at + offset, start, end) for spots in here.values() for at, start, end in spots
        )
        found.sort()
    for docnum in _in_title(reader, fieldname, weights, docnums):
        in_titles.setdefault(docnum, set()).add(word)


def _date_places(
    places_of: PlacesOf,
    reader: IndexReader,
    fieldname: str,
    offset: int,
    forms: Sequence[str],
    docnums: Sequence[int],
) -> tuple[Places, dict[int, set[str]]]:
    """The places a word of a day typed takes from the forms of the date in digits
    (:func:`_add_one_word`, :func:`_add_spaced_date`), under the word ``""``, and the
    candidates with a form in their title."""
    places: Places = {}
    titles: dict[int, set[str]] = {}
    terms = [form for form in forms if " " not in form]
    spaced = [form.split() for form in forms if " " in form]
    _add_one_word(places_of, reader, fieldname, "", offset, terms, docnums, places, titles)
    _add_spaced_date(places_of, fieldname, "", offset, spaced, docnums, places)
    return places, titles


def _merge_places(
    word: str,
    found: Places,
    found_in_titles: dict[int, set[str]],
    places: Places,
    in_titles: dict[int, set[str]],
) -> None:
    """Gives ``word`` the places :func:`_date_places` found."""
    for docnum, here in found.items():
        into = places.setdefault(docnum, {}).setdefault(word, [])
        into.extend(here[""])
        into.sort()
    for docnum in found_in_titles:
        in_titles.setdefault(docnum, set()).add(word)


def _add_spaced_date(
    places_of: PlacesOf,
    fieldname: str,
    word: str,
    offset: int,
    dates: Sequence[Sequence[str]],
    docnums: Sequence[int],
    places: Places,
) -> None:
    """Gives ``word`` of a day typed (``23 agustus``, ``4/6/2017``) the place of its number
    where a tokenised archive spaces the date, its numbers in a row ("(23 / 8 / 2005)":
    ``dates`` ``[["23", "8", "2005"], ...]``; "agustus" is the 8): the story was taken for
    one lacking the month, or the whole date typed in digits."""
    for numbers in dates:
        if offset >= len(numbers):
            continue
        found = _places(places_of, fieldname, dict.fromkeys(numbers, 0.0), docnums)
        for docnum, here in found.items():
            if any(number not in here for number in numbers):
                continue
            at_of = {number: {at for at, _, _ in here[number]} for number in numbers}
            runs = [
                place
                for place in here[numbers[0]]
                if all(
                    place[0] + step in at_of[number] for step, number in enumerate(numbers[1:], 1)
                )
            ]
            spots = {at: (start, end) for at, start, end in here[numbers[offset]]}
            added = [(at + offset, *spots[at + offset]) for at, _, _ in runs]
            if added:
                found_here = places.setdefault(docnum, {}).setdefault(word, [])
                found_here.extend(added)
                found_here.sort()


def _in_title(
    reader: IndexReader, fieldname: str, words: Mapping[str, float], docnums: Sequence[int]
) -> dict[int, set[str]]:
    """The words each candidate has in its title (the twin of the body ``fieldname``)."""
    from warta.search.query import postings_at

    found: dict[int, set[str]] = {}
    title = TITLE_FIELDS[fieldname]
    for word in words:  # a title field keeps no characters: only whether it has the word
        for docnum, _postings in postings_at(reader, title, word, docnums):
            found.setdefault(docnum, set()).add(word)
    return found


def _present(places: Places, in_titles: Mapping[int, set[str]]) -> dict[int, set[str]]:
    """The words each candidate has in its body (its ``places``) or title."""
    found = {docnum: set(here) for docnum, here in places.items()}
    for docnum, words in in_titles.items():
        found.setdefault(docnum, set()).update(words)
    return found


def _in_lead(here: Mapping[str, list[Place]], in_title: Iterable[str]) -> set[str]:
    """The words of a candidate's title, and those its body has in its first ``LEAD_CHARS``
    characters (``here``: its words' places, the first of each in the text first)."""
    lead = ranking.LEAD_CHARS
    return {word for word, places in here.items() if places and places[0][1] < lead}.union(in_title)


def _share(weights: Mapping[str, float], present: Iterable[str]) -> float:
    """The idf-weighted share of the words that the article has."""
    total = sum(weights.values())
    return sum(weights[word] for word in present) / total if total else 0.0


def _proximity(
    stems: Sequence[str], weights: Mapping[str, float], here: Mapping[str, list[Place]]
) -> float:
    """The idf-weighted share of the query's neighbouring word pairs found in that order at
    most ``NEAR_WORDS`` apart (stopwords do not count as words between them)."""
    known = [stem for stem in stems if stem in weights]
    pairs = [(first, second) for first, second in itertools.pairwise(known) if first != second]
    total = found = 0.0
    for first, second in dict.fromkeys(pairs):
        weight = min(weights[first], weights[second])
        total += weight
        before = {position for position, _, _ in here.get(first, ())}
        if any(
            position - gap in before
            for position, _, _ in here.get(second, ())
            for gap in range(1, ranking.NEAR_WORDS + 1)
        ):
            found += weight
    return found / total if total else 0.0


@functools.cache
def _answer_pattern(kind: str | None) -> re.Pattern[str] | None:
    """The words that answer a question of ``kind``: numerals and date words for a number,
    capitalised words for a name (a stopword, or the body's first word, is not one)."""
    if kind == "number":
        dates = "|".join(sorted(ranking.DATE_WORDS))
        return re.compile(rf"\b(?:[^\W\d_]*\d[^\W_]*|(?i:{dates}))\b")
    if kind == "name":
        return re.compile(r"(?<=\W)[A-Z][^\W_]*")
    return None


def _answer_slot(
    body: str,
    answers: re.Pattern[str],
    typed: frozenset[str],
    weights: Mapping[str, float],
    here: Mapping[str, list[Place]],
) -> float:
    """The best share (idf-weighted) of the query's words within ``ANSWER_RADIUS_CHARS`` of
    one word that answers the question and that the query does not contain."""
    from warta.search.analysis import stopwords

    stop = stopwords()
    starts = sorted((start, stem) for stem, places in here.items() for _, start, _ in places)
    offsets = [start for start, _ in starts]
    total = sum(weights.values())
    radius = ranking.ANSWER_RADIUS_CHARS
    best = 0.0
    for match in answers.finditer(body):
        word = match.group().lower()
        if word in typed or word in stop:
            continue
        low = bisect.bisect_left(offsets, match.start() - radius)
        high = bisect.bisect_right(offsets, match.end() + radius)
        near = {stem for _, stem in starts[low:high]}
        best = max(best, sum(weights[stem] for stem in near) / total)
    return best


def _counted(body: str, words: QueryWords, here: Mapping[str, list[Place]]) -> float:
    """1 when a number the query does not contain stands right before the word counted
    ("84 penumpang" for "berapa penumpang") or right after it ("tahun 1999")."""
    gap = ranking.COUNTED_GAP_CHARS
    slots = [
        (sorted(start if after else end for _, start, end in here[stem]), after)
        for stem, after in words.counted
        if stem in here
    ]
    if not slots:
        return 0.0
    for match in _NUMBER.finditer(body):
        if match.group() in words.typed:
            continue
        for edges, after in slots:
            low, high = (
                (match.end(), match.end() + gap) if after else (match.start() - gap, match.start())
            )
            at = bisect.bisect_left(edges, low)
            if at < len(edges) and edges[at] <= high:
                return 1.0
    return 0.0
