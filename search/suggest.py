"""Did-you-mean: the words of an index as people type them, and the closest one to a typo.

Whoosh's own ``suggest`` walked the whole lexicon for each word (~1.5 s for a long question)
and ranked by its own measure, so it proposed other forms of a word and commoner words
for queries that had hits (``code`` became "model"). Here:

* :class:`Lexicon` holds the index's surface words (the exact field: words, not stems) with
  their document frequencies, bucketed by length and by their first and last two letters.
  A typo of ``n`` letters is compared only with the words of ``n - 2`` to ``n + 2`` letters
  that begin or end like it, by rapidfuzz's optimal-string-alignment distance in C (a swap
  of two letters is one edit). Memory is bounded: at most ``MAX_WORDS`` words, the
  most frequent ones.
* The best candidate has the lowest edit distance weighted by document frequency
  (:func:`candidate_cost`): one edit more is worth a word ~10,000 times as frequent.
* :func:`correctable_words` finds the words of a query that may be corrected: never a
  quoted phrase, an operator, a ``field:`` term, a pattern (``*``, ``?``, ``~``), an
  exclusion, nor a word with digits.
* :func:`correct_query` swaps only the words the caller does not know (the service says
  which: a stopword or a word of the index is never swapped) for their best candidate.

Whether a correction is worth offering (it must find more articles than the typed query)
is the service's call, through the same search path as the query itself.
"""

from __future__ import annotations

import heapq
import json
import math
import os
import re
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from operator import itemgetter
from pathlib import Path

#: Words shorter than this are too ambiguous to correct (and are rarely typos of anything).
MIN_WORD_CHARS = 3
#: Words longer than this are not typos worth correcting: each costs a comparison as long.
MAX_WORD_CHARS = 24
#: The most frequent words kept (~100 bytes each): bounds memory on a huge archive, where
#: the rarest words are mostly typos and names seen once.
MAX_WORDS = 300_000
#: Changes when the layout :meth:`Lexicon.write` saves, or the rules of which words it keeps
#: (``is_lexicon_word``, ``MAX_WORDS``, ``ENDS``), change: an older file is then built again.
LEXICON_FORMAT = 1
#: Where in an index generation's folder the lexicon is kept.
LEXICON_FILE = "lexicon.bin"
#: Letters at each end a candidate must share with the typo (see ``Lexicon.best``).
ENDS = 2
#: Edits allowed for a word of at most ``SHORT_WORD_CHARS`` letters; longer words allow 2
#: (Elasticsearch's AUTO fuzziness: two edits in five letters make another word).
SHORT_WORD_CHARS = 5
#: How much a tenfold document frequency makes up for one edit (0.25: 10,000 times as
#: frequent is worth one edit more).
FREQUENCY_WEIGHT = 0.25
#: One article in this many: a word of the index found in fewer articles may be a typo in
#: the archive itself, and is corrected like an unknown word (a 100,000-article archive
#: keeps every word it has; a million-article one corrects words seen in under 10).
KNOWN_WORD_SHARE = 100_000
#: Unknown words one query corrects at most (a pasted paragraph of names stays cheap).
MAX_CORRECTED_WORDS = 8

#: A query word at least this long is also looked for as a story may have misspelt it.
MIN_TYPO_CHARS = 6
#: A form one letter off a query word is taken for the archive's slip when at most one in
#: this many of the articles writing the word write it (and at least one fewer).
ARCHIVE_TYPO_SHARE = 20

#: Whoosh's operators, written in capitals; in lowercase they are words.
OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
#: A quoted phrase (closed or not), or a run of anything else but spaces and quotes.
_TOKEN = re.compile(r'"[^"]*"?|[^\s"]+')
#: Punctuation around a word that is text, not syntax: brackets, sign, sentence marks.
_AROUND = "()+?!.,;:'"
#: Marks that make a token syntax: a field, a pattern, a fuzzy word.
_SYNTAX = frozenset(":*?~")


def max_edits(word: str) -> int:
    """Edits a correction may make: one in a short word, two in a longer one."""
    return 1 if len(word) <= SHORT_WORD_CHARS else 2


def candidate_cost(distance: int, frequency: int) -> float:
    """Lower is better: the edit distance, less a little for each tenfold frequency."""
    return distance - FREQUENCY_WEIGHT * math.log10(max(frequency, 1))


def is_lexicon_word(word: str) -> bool:
    """A word a correction may propose or replace: letters only, of a correctable length."""
    return MIN_WORD_CHARS <= len(word) <= MAX_WORD_CHARS and word.isalpha()


def known_frequency(articles: int) -> int:
    """Articles a word of the index must be found in to be taken as spelt right."""
    return max(1, articles // KNOWN_WORD_SHARE)


def match_case(typed: str, word: str) -> str:
    """``word`` cased like ``typed``: ``Zuckerbreg`` gives ``Zuckerberg``, ``NVDIA`` ``NVIDIA``."""
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _most_frequent(pairs: Iterable[tuple[str, int]], count: int) -> list[tuple[str, int]]:
    """The ``count`` pairs of highest frequency, holding at most twice as many while reading."""
    kept: list[tuple[str, int]] = []
    for pair in pairs:
        if pair[1] > 0:
            kept.append(pair)
            if len(kept) >= 2 * count:
                kept = heapq.nlargest(count, kept, key=itemgetter(1))
    return kept if len(kept) <= count else heapq.nlargest(count, kept, key=itemgetter(1))


class Lexicon:
    """Words with their document frequencies, bucketed by length, for finding a correction.

    Built once per index generation from the exact field's terms (see
    ``SearchService``), and kept beside the index with :meth:`write`, so that a new process
    reads it (:meth:`read`) instead of building it again (~1.7 s at 100,000 articles).
    ``excluded`` words (the stopwords) are never proposed, and a typo closest to one of
    them is left alone: ``dengn`` means *dengan*, not *dewan*.
    """

    def __init__(
        self,
        frequencies: Iterable[tuple[str, int]],
        excluded: frozenset[str] = frozenset(),
        max_words: int = MAX_WORDS,
    ) -> None:
        kept = _most_frequent(
            ((word, frequency) for word, frequency in frequencies if is_lexicon_word(word)),
            max_words,
        )
        words = [word for word, _ in kept]
        grouped: dict[tuple[int, str], list[int]] = defaultdict(list)
        for position, word in enumerate(words):
            grouped[len(word), word[:ENDS]].append(position)
            grouped[len(word), "-" + word[-ENDS:]].append(position)
        order = array("q")
        spans: dict[tuple[int, str], tuple[int, int]] = {}
        for key, positions in grouped.items():
            spans[key] = (len(order), len(order) + len(positions))
            order.extend(positions)
        self._set(words, array("q", (frequency for _, frequency in kept)), order, spans, excluded)

    def _set(
        self,
        words: list[str],
        frequencies: array[int],
        order: array[int],
        spans: dict[tuple[int, str], tuple[int, int]],
        excluded: frozenset[str],
    ) -> None:
        self._excluded = excluded
        self._words = words
        self._frequencies = frequencies
        #: (length, "ab" or "-yz") -> where in ``_order`` the positions of the words of that
        #: length that begin with "ab" or end with "yz" are.
        self._spans = spans
        self._order = order
        self._buckets: dict[tuple[int, str], tuple[list[str], array[int]]] = {}

    def __len__(self) -> int:
        return len(self._frequencies)

    def write(self, path: Path, source: str) -> None:
        """Save the lexicon to ``path``, marked as made from ``source`` (the index state
        it was read from); written aside, then renamed into place, so that a reader never
        sees half a file."""
        text = "\n".join(self._words).encode("utf-8")
        header = {
            "format": LEXICON_FORMAT,
            "source": source,
            "byteorder": sys.byteorder,
            "words": len(self._words),
            "text_bytes": len(text),
            "order": len(self._order),
            "spans": [
                [length, end, start, stop] for (length, end), (start, stop) in self._spans.items()
            ],
        }
        aside = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            with aside.open("wb") as out:
                out.write(json.dumps(header).encode("utf-8") + b"\n")
                out.write(text)
                out.write(self._frequencies.tobytes())
                out.write(self._order.tobytes())
            os.replace(aside, path)
        except BaseException:
            # A full disk must not leave a part file in the index's folder (as sidecars).
            aside.unlink(missing_ok=True)
            raise

    @classmethod
    def read(
        cls, path: Path, source: str, excluded: frozenset[str] = frozenset()
    ) -> Lexicon | None:
        """The lexicon :meth:`write` saved at ``path`` from ``source``, or None when it is
        missing, damaged, of another format or from another state of the index (the caller
        then builds it)."""
        try:
            data = path.read_bytes()
            newline = data.index(b"\n")
            header = json.loads(data[:newline])
            if (header["format"], header["source"], header["byteorder"]) != (
                LEXICON_FORMAT,
                source,
                sys.byteorder,
            ):
                return None
            count, text_end = header["words"], newline + 1 + header["text_bytes"]
            words = data[newline + 1 : text_end].decode("utf-8").split("\n") if count else []
            frequencies, order = array("q"), array("q")
            frequencies.frombytes(data[text_end : text_end + 8 * count])
            order.frombytes(data[text_end + 8 * count :])
            spans = {
                (int(length), str(end)): (int(start), int(stop))
                for length, end, start, stop in header["spans"]
            }
        except (OSError, ValueError, KeyError, TypeError):
            return None
        well_formed = (
            len(words) == len(frequencies) == count
            and len(order) == header["order"]
            and (not order or (min(order) >= 0 and max(order) < count))
            and all(0 <= start <= stop <= len(order) for start, stop in spans.values())
        )
        if not well_formed:
            return None
        lexicon = cls.__new__(cls)
        lexicon._set(words, frequencies, order, spans, excluded)
        return lexicon

    def _bucket(self, key: tuple[int, str]) -> tuple[list[str], array[int]]:
        """The words of one bucket and their positions, gathered on first need."""
        bucket = self._buckets.get(key)
        if bucket is None:
            start, stop = self._spans.get(key, (0, 0))
            positions = self._order[start:stop]
            bucket = ([self._words[position] for position in positions], positions)
            self._buckets[key] = bucket
        return bucket

    def best(self, word: str) -> str | None:
        """The other word of the lexicon with the lowest :func:`candidate_cost` for
        ``word`` (lowercased), or None. Equal costs go to the alphabetically first, so the
        same index always gives the same answer.

        Only words that begin or end with the same ``ENDS`` letters are compared: one edit
        cannot change both ends of a word of 4 letters or more, and two seldom do. On
        IndoSum's words that is 1 in 15 of the words of the right lengths.
        """
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        typed = word.lower()
        if not is_lexicon_word(typed):
            return None
        limit = max_edits(typed)
        chosen: tuple[float, str] | None = None
        for length in range(len(typed) - limit, len(typed) + limit + 1):
            for end in (typed[:ENDS], "-" + typed[-ENDS:]):
                words, positions = self._bucket((length, end))
                found = process.extract(
                    typed, words, scorer=OSA.distance, score_cutoff=limit, limit=None
                )
                for candidate, distance, index in found:
                    if distance == 0:
                        continue
                    frequency = self._frequencies[positions[index]]
                    ranked = (candidate_cost(distance, frequency), candidate)
                    if chosen is None or ranked < chosen:
                        chosen = ranked
        if chosen is None or chosen[1] in self._excluded:
            return None
        return chosen[1]


def one_letter_off(word: str) -> list[str]:
    """``word`` with one letter left out or two letters next to each other swapped: the
    slips a writer makes most (``putara`` for *putaran*, ``pemilhian``)."""
    dropped = {word[:at] + word[at + 1 :] for at in range(len(word))}
    swapped = {word[:at] + word[at + 1] + word[at] + word[at + 2 :] for at in range(len(word) - 1)}
    return sorted((dropped | swapped) - {word})


def archive_typos(
    word: str, frequency: Callable[[str], int], is_word: Callable[[str], bool]
) -> list[str]:
    """How the archive misspells ``word`` (lowercased): its forms one letter off
    (:func:`one_letter_off`) that some article writes, far more rarely than the word
    (``frequency``: articles writing a form), and that are no word of their own
    (``is_word``). A story writing "putara kedua" lacked ``putaran`` and ranked among the
    stories missing a word. Empty for a word shorter than ``MIN_TYPO_CHARS``."""
    if len(word) < MIN_TYPO_CHARS or not word.isalpha():
        return []
    count = frequency(word)
    most = min(count - 1, max(1, count // ARCHIVE_TYPO_SHARE))
    if most < 1:
        return []
    return [
        form for form in one_letter_off(word) if 0 < frequency(form) <= most and not is_word(form)
    ]


def correctable_words(text: str) -> list[tuple[int, int]]:
    """Where the plain words of a query are, as ``(start, end)`` spans of ``text``.

    Left out: quoted phrases (closed or not), operators, ``field:`` terms, patterns and
    fuzzy words, exclusions (``-word``, ``NOT word``) and words with digits or hyphens:
    they say exactly what the user wants, or correcting them cannot find more.
    """
    spans = []
    excluding = False
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.startswith('"'):
            excluding = False
            continue
        if token in OPERATORS:
            excluding = token in {"NOT", "ANDNOT"}
            continue
        after_not, excluding = excluding, False
        if after_not or token.startswith("-"):
            continue
        if token.endswith(":") and text.startswith('"', match.end()):
            continue  # a field before its phrase: ``entity:"Jakarta"``, ``title:"..."``
        core = token.lstrip(_AROUND)
        start = match.start() + len(token) - len(core)
        core = core.rstrip(_AROUND)
        if not core or _SYNTAX & set(core) or not core.isalpha():
            continue
        spans.append((start, start + len(core)))
    return spans


def quoted_words(text: str) -> list[tuple[int, int]]:
    """Where the words of the closed quoted phrases of a query are, as ``(start, end)``
    spans of ``text``: a phrase excluded (``-"..."``, ``NOT "..."``) or of a field
    (``title:"..."``) left out, as a word with digits, hyphens or syntax marks."""
    spans = []
    excluding = False
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in OPERATORS:
            excluding = token in {"NOT", "ANDNOT"}
            continue
        after_not, excluding = excluding, False
        before = text[match.start() - 1] if match.start() else " "
        if not (token.startswith('"') and token.endswith('"') and len(token) > 1):
            continue
        if after_not or (not before.isspace() and before != "("):
            continue
        inside = match.start() + 1
        for start, stop in correctable_words(token[1:-1]):
            spans.append((inside + start, inside + stop))
    return spans


def corrections(
    text: str,
    known: Callable[[str], bool],
    best: Callable[[str], str | None],
    max_corrected: int = MAX_CORRECTED_WORDS,
    quoted: bool = False,
) -> dict[str, str | None]:
    """The unknown plain words of ``text`` (lowercased) and their best corrections (None
    where the lexicon has none); with ``quoted``, the words of its quoted phrases too
    (:func:`quoted_words`).

    ``known(word)`` (lowercased) says a word must stay: a stopword, a word of the index.
    ``best(word)`` gives the correction or None; it is called once per distinct unknown
    word and at most ``max_corrected`` times, and only when some word is unknown (so a
    lexicon behind it can be built lazily).
    """
    chosen: dict[str, str | None] = {}
    spans = correctable_words(text) + (quoted_words(text) if quoted else [])
    for start, stop in spans:
        lowered = text[start:stop].lower()
        if lowered in chosen or not is_lexicon_word(lowered) or known(lowered):
            continue
        if len(chosen) == max_corrected:
            break
        chosen[lowered] = best(lowered)
    return chosen


def apply_corrections(text: str, chosen: Mapping[str, str | None]) -> str:
    """``text`` with each plain word that ``chosen`` names (lowercased) swapped for its
    correction, in the case typed; and each two words in a row it names together
    (``"toko pedia"``: tokopedia) for the one word they make."""
    spans = correctable_words(text)
    pieces = []
    end = 0
    for index, (start, stop) in enumerate(spans):
        if start < end:
            continue  # the second of two words swapped together
        typed = text[start:stop]
        replacement = chosen.get(typed.lower())
        if index + 1 < len(spans):
            after, last = spans[index + 1]
            joined = chosen.get(f"{typed} {text[after:last]}".lower())
            if joined is not None and not text[stop:after].strip():
                typed, stop, replacement = text[start:last], last, joined
        if replacement is not None:
            pieces += [text[end:start], match_case(typed, replacement)]
            end = stop
    return "".join([*pieces, text[end:]])


def correct_query(
    text: str,
    known: Callable[[str], bool],
    best: Callable[[str], str | None],
    max_corrected: int = MAX_CORRECTED_WORDS,
) -> str:
    """``text`` with each unknown plain word swapped for its best correction (see
    :func:`corrections`). Case is kept as typed."""
    return apply_corrections(text, corrections(text, known, best, max_corrected))
