"""Tokens and CRF features for the Indonesian entity tagger.

Tagging speed is dominated by feature extraction in Python, so everything that depends
only on a word (its own features and the prefixed copies its neighbours use) is computed
once per distinct word and cached; a sequence then only concatenates cached lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence, Set
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from warta.search.entities.names import DOMAIN_SUFFIXES

#: A word: letters/digits joined by inner hyphens or apostrophes (``GPT-4``, ``Jokowi-JK``,
#: ``Ma'ruf``), an optional decimal tail (``GPT-3.5``, ``10.000``); a clitic after a hyphen
#: (``Bing-nya``) is its own token so the name before it stays clean; anything else is one
#: punctuation character.
_TOKEN_RE = re.compile(
    r"\w+(?:(?:-(?!(?:nya|lah|kah|pun|ku|mu)\b)|['’])\w+)*(?:[.,]\d+)*"
    r"|-(?:nya|lah|kah|pun|ku|mu)\b|[^\w\s]"
)
_SENTENCE_END = frozenset({".", "!", "?"})
#: Quotation marks that may close a sentence after its stop (straight ones close too).
_CLOSING_MARKS = frozenset({'"', "'", "”", "’", "»"})
#: Words whose full stop shortens them rather than ends the sentence: titles and name
#: suffixes (``Ir. Soprijanto``, ``Harold Belafonte, Jr. dilahirkan``) and a company's form
#: (``PT. Sat Nusapersada``, which was a person alone in a sentence of its own); one capital
#: letter (an initial: ``Arifin C. Noer``) counts too.
_ABBREVIATIONS = frozenset(
    [
        "dr",
        "drs",
        "ir",
        "prof",
        "h",
        "hj",
        "kh",
        "jr",
        "sr",
        "st",
        "mr",
        "mrs",
        "ms",
        "no",
        "nn",
        "ny",
        "tn",
        "dll",
        "dsb",
        "pt",
    ]
)
#: The longest sentence the tagger is given; longer runs are cut. The training sentences
#: (idner-news-2k, NERGrit) have at most 216 tokens.
MAX_SENTENCE_TOKENS = 250
_SHAPE_TABLE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
#: Neighbour offsets whose word, shape and cluster the tagger sees.
CONTEXT_OFFSETS: tuple[int, ...] = (-2, -1, 1, 2)
CLUSTERS_RESOURCE = "clusters.tsv"


class Token(NamedTuple):
    """One token with its character offsets in the text it came from."""

    text: str
    start: int
    end: int


#: The texts whose tokens are remembered (by ``len``): an article body, not a name or a
#: title (they would push it out), nor a huge one (its tokens would stay in memory).
REMEMBERED_CHARS = range(256, 100_000)
#: The last such text tokenized, and its tokens.
_last_tokenized: tuple[str, tuple[Token, ...]] | None = None


def tokenize(text: str) -> list[Token]:
    """Split text into word and punctuation tokens, keeping offsets for mentions.

    While indexing, the quote rules (``search.quotes``) tokenize the very body the
    extractor just did, in the same worker: the last body's tokens are remembered (for
    the same string object), and the second tokenizing costs a copy (it was 60% of the
    quotes' CPU).
    """
    global _last_tokenized
    last = _last_tokenized
    if last is not None and last[0] is text:
        return list(last[1])
    tokens = [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
    if len(text) in REMEMBERED_CHARS:
        _last_tokenized = (text, tuple(tokens))
    return tokens


def split_sentences(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token index ranges of sentences: the tagger was trained on sentences, not pages.

    A sentence ends after ``.``, ``!`` or ``?`` (not the full stop of an initial or an
    abbreviation, see ``_ABBREVIATIONS``), at every line break, and after
    ``MAX_SENTENCE_TOKENS`` tokens: the tagger's memory grows with the sentence, and one
    2 MiB line without a full stop cost 1 GB as a single sentence.
    """
    ranges: list[tuple[int, int]] = []
    begin = 0
    mark_closes = False  # the token before stopped the sentence, and this mark closes it
    for index, token in enumerate(tokens):
        is_last = index + 1 == len(tokens)
        breaks_line = not is_last and "\n" in text[token.end : tokens[index + 1].start]
        too_long = index + 1 - begin >= MAX_SENTENCE_TOKENS
        stops = token.text in _SENTENCE_END and not _shortens(tokens, index)
        held = stops and _closing_mark_after(tokens, index)  # the mark after it ends it
        ends = mark_closes or (stops and not held)
        mark_closes = held
        if is_last or breaks_line or too_long or ends:
            ranges.append((begin, index + 1))
            begin = index + 1
    return ranges


def _closing_mark_after(tokens: Sequence[Token], index: int) -> bool:
    """Whether the token after ``index`` is a quotation mark glued to it that closes (no
    word glued after it): after a stop it ends the sentence with it (``sebagai
    "pengusaha legendaris."``; the mark opened the next sentence and cut the quotation)."""
    after = index + 1
    if after >= len(tokens):
        return False
    mark = tokens[after]
    return (
        mark.text in _CLOSING_MARKS
        and mark.start == tokens[index].end
        and (after + 1 == len(tokens) or tokens[after + 1].start > mark.end)
    )


def _shortens(tokens: Sequence[Token], index: int) -> bool:
    """Whether the full stop at ``index`` is glued to an initial or an abbreviation, or is
    a dot of a web address (``CNNIndonesia.com``, ``REPUBLIKA.CO.ID``)."""
    if tokens[index].text != "." or index == 0:
        return False
    word = tokens[index - 1]
    if word.end != tokens[index].start:
        return False
    is_initial = len(word.text) == 1 and word.text.isupper()
    return is_initial or word.text.lower() in _ABBREVIATIONS or is_domain_dot(tokens, index)


def is_domain_dot(tokens: Sequence[Token], index: int) -> bool:
    """Whether the token at ``index`` is a dot glued between a word and a web domain's
    last label (``.com``, ``.id``; see ``names.DOMAIN_SUFFIXES``)."""
    after = index + 1
    return (
        index > 0
        and after < len(tokens)
        and tokens[index].text == "."
        and tokens[index - 1].end == tokens[index].start
        and tokens[index].end == tokens[after].start
        and tokens[after].text.lower() in DOMAIN_SUFFIXES
    )


def word_shape(word: str) -> str:
    """``Elon`` -> ``Xx``, ``GPT-4`` -> ``X-d``: case and digit pattern, repeats collapsed."""
    mapped = word.translate(_SHAPE_TABLE)
    if not mapped.isascii():
        mapped = "".join(
            "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
            for ch in mapped
        )
    shape = []
    previous = ""
    for ch in mapped:
        if ch != previous:
            shape.append(ch)
            previous = ch
    return "".join(shape)


class WordLexicon(NamedTuple):
    """What the unlabelled news corpus says about a lowercased word.

    ``clusters`` are distributional cluster ids at several granularities; ``cap`` is how
    often the word is capitalised away from a sentence start (a proper-noun signal that
    also works for headline-cased and sentence-initial words).
    """

    clusters: tuple[str, ...]
    cap: str


def parse_lexicon(lines: Sequence[str]) -> dict[str, WordLexicon]:
    """Read the ``word<TAB>cap<TAB>cluster...`` table written by ``bench/train_ner.py``."""
    lexicon: dict[str, WordLexicon] = {}
    for line in lines:
        fields = line.rstrip("\n").split("\t")
        if len(fields) >= 2 and not line.startswith("#"):
            lexicon[fields[0]] = WordLexicon(tuple(fields[2:]), fields[1])
    return lexicon


@lru_cache(maxsize=1)
def packaged_lexicon() -> dict[str, WordLexicon]:
    """The cluster table shipped with the package (empty when it was not generated)."""
    resource = resources.files(__package__).joinpath(CLUSTERS_RESOURCE)
    if not resource.is_file():
        return {}
    return parse_lexicon(resource.read_text(encoding="utf-8").splitlines())


class _WordFeatures(NamedTuple):
    """What depends on one word alone: its lowercase form, its own features (``bias``
    first) and the copies its neighbours see, one list per ``CONTEXT_OFFSETS`` entry."""

    lower: str
    own: list[str]
    context: tuple[list[str], ...]


class FeatureExtractor:
    """Turns token sequences into crfsuite feature lists.

    ``gazetteer_tags`` maps a token sequence to one tag per token (e.g. ``B-LOC``) or
    ``None``; it is how gazetteer membership reaches the tagger.
    """

    _CACHE_LIMIT = 200_000

    def __init__(
        self,
        lexicon: Mapping[str, WordLexicon],
        gazetteer_tags: Callable[[Sequence[str]], list[str | None]] | None = None,
        known: Set[str] | None = None,
    ) -> None:
        self._lexicon = lexicon
        self._gazetteer_tags = gazetteer_tags
        self._known = known
        self._cache: dict[str, _WordFeatures] = {}
        self._edge = _WordFeatures(
            "", [], tuple(self._useful([f"{offset}:edge"]) for offset in CONTEXT_OFFSETS)
        )
        #: The word pairs the model has a bigram feature for (``None``: all of them), so
        #: that a token's bigrams are looked up, not built and thrown away.
        self._pairs: tuple[dict[str, set[str]], dict[str, set[str]]] | None = None
        if known is not None:
            self._pairs = (_pairs(known, "w-1|w="), _pairs(known, "w|w+1="))

    def _useful(self, features: list[str]) -> list[str]:
        """Only features the model has weights for: unknown ones change nothing but cost
        crfsuite as much as known ones (this doubles tagging speed)."""
        known = self._known
        return features if known is None else [feature for feature in features if feature in known]

    def _word_features(self, word: str) -> _WordFeatures:
        """Own features of a word, and the copies a neighbour at each offset sees."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        lower = word.lower()
        shape = word_shape(word)
        entry = self._lexicon.get(lower)
        own = [
            "w=" + lower,
            "sh=" + shape,
            "p2=" + lower[:2],
            "p3=" + lower[:3],
            "s2=" + lower[-2:],
            "s3=" + lower[-3:],
            "s4=" + lower[-4:],
        ]
        if word[:1].isupper():
            own.append("title")
        if word.isupper() and len(word) > 1:
            own.append("upper")
        if "d" in shape:
            own.append("digit")
        shared = ["w=" + lower, "sh=" + shape]
        if entry is not None:
            own.append("cap=" + entry.cap)
            clusters = [f"c{level}={cid}" for level, cid in enumerate(entry.clusters)]
            own.extend(clusters)
            shared.append("cap=" + entry.cap)
            shared.extend(clusters)
        else:
            own.append("oov")
        features = _WordFeatures(
            lower,
            ["bias", *self._useful(own)],
            tuple(
                self._useful([f"{offset}:{feature}" for feature in shared])
                for offset in CONTEXT_OFFSETS
            ),
        )
        if len(self._cache) >= self._CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = features
        return features

    def sequence(self, words: Sequence[str]) -> list[list[str]]:
        """Features for every token of one sentence.

        The hot path of tagging: each token joins cached lists (its own, and what its
        neighbours two and one before and one and two after show it), plus its bigrams
        and gazetteer marks; a padded sentence needs no edge branches.
        """
        edge = self._edge
        rows = [edge, edge, *map(self._word_features, words), edge, edge]
        gazetteer = self._gazetteer_tags(words) if self._gazetteer_tags else []
        marks = ["", *(tag and "=" + tag for tag in gazetteer), ""] if any(gazetteer) else []
        pairs = self._pairs
        useful = self._useful
        sequence: list[list[str]] = []
        for index, (before2, before1, row, after1, after2) in enumerate(
            zip(rows, rows[1:], rows[2:], rows[3:], rows[4:], strict=False)
        ):
            features = [
                *row.own,
                *before2.context[0],
                *before1.context[1],
                *after1.context[2],
                *after2.context[3],
            ]
            word, previous, following = row.lower, before1.lower, after1.lower
            dynamic = []
            if not index:
                dynamic.append("first")
            elif pairs is None or previous in pairs[0].get(word, ()):
                dynamic.append("w-1|w=" + previous + "|" + word)
            if pairs is None or following in pairs[1].get(word, ()):
                dynamic.append("w|w+1=" + word + "|" + following)
            if marks:
                dynamic += [
                    f"g{o}{marks[index + 1 + o]}" for o in (-1, 0, 1) if marks[index + 1 + o]
                ]
            features += useful(dynamic) if dynamic else dynamic
            sequence.append(features)
        return sequence


def _pairs(known: Set[str], prefix: str) -> dict[str, set[str]]:
    """``{word: {neighbour, ...}}`` that may make a known bigram feature ``prefix + "a|b"``,
    keyed by the token's own word (``b`` for ``w-1|w=``, ``a`` for ``w|w+1=``).

    A word may hold a ``|`` itself, so every cut is entered: a superset, and the features
    then still go through ``_useful``.
    """
    pairs: dict[str, set[str]] = {}
    for feature in known:
        if feature.startswith(prefix):
            parts = feature[len(prefix) :].split("|")
            for cut in range(1, len(parts)):
                first, second = "|".join(parts[:cut]), "|".join(parts[cut:])
                own, neighbour = (second, first) if prefix == "w-1|w=" else (first, second)
                pairs.setdefault(own, set()).add(neighbour)
    return pairs
