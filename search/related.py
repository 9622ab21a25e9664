"""Who appears with whom, and which articles tell the same story.

At index time each article gets its *shape* (:func:`article_shape`): the sentence number of
every mention, its sentence count, its near-duplicate fingerprint and its attributed
quotes. The views read them from the store with indexed SQL.

Co-occurrence is ranked by Dunning's log-likelihood ratio (G², Dunning 1993) on the 2x2
table of sentences (or articles) with and without each entity, keeping only pairs seen
together more often than chance and at least ``MIN_COUNT`` times. Raw counts put the
archive's most frequent names (Indonesia, Jakarta) first for everyone; pointwise mutual
information does the opposite and tops the list with names seen once, beside the entity by
accident. G² weighs surprise by evidence: a pair ranks high when it is both frequent and
more frequent than the two names' own counts predict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warta.search.model import Article, Entity, Mention
from warta.search.neardup import simhash
from warta.search.sentences import Sentences

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from warta.search.quotes import Quote

#: Fewest shared sentences (or articles) for a pair to be ranked: one shared sentence
#: is an anecdote, and G² is unreliable on counts that small.
MIN_COUNT = 2
#: Co-occurrence scopes: within one sentence, within one article.
SCOPES = ("sentence", "article")
#: Characters of a shared sentence shown either side of the two names: a 2,000-character
#: "sentence" (a text without full stops) stays a line or two.
SENTENCE_CONTEXT_CHARS = 160


@dataclass(frozen=True)
class ArticleShape:
    """What the views need of an article, computed once while indexing it."""

    #: The sentence number of each mention, in the mentions' order (per field: a title
    #: is its own sentence 0).
    mention_sentences: tuple[int, ...]
    #: Sentences in the title and body.
    sentences: int
    #: The body's SimHash (search.neardup), None for a body too short.
    fingerprint: int | None
    #: The body's quotes with a speaker (``attributed_quotes``).
    quotes: tuple[Quote, ...] = ()


def article_shape(article: Article, mentions: Sequence[Mention]) -> ArticleShape:
    """The shape of ``article``: one sentence split and one fingerprint of its body, and
    who said what in it."""
    body = Sentences(article.body)
    title = Sentences(article.title)
    numbers = tuple(
        (title if mention.field == "title" else body).number(mention.start) for mention in mentions
    )
    return ArticleShape(
        numbers,
        len(title) + len(body),
        simhash(article.body),
        attributed_quotes(article.body, mentions),
    )


def attributed_quotes(body: str, mentions: Sequence[Mention]) -> tuple[Quote, ...]:
    """The quotes of ``body`` whose speaker was found (``search.quotes``): the only ones
    listed, so the only ones stored. A body naming no person or organisation has none, and
    its text is not scanned."""
    from warta.search.quotes import SPEAKER_KINDS, extract_quotes

    if not any(m.field == "body" and m.kind in SPEAKER_KINDS for m in mentions):
        return ()
    return tuple(quote for quote in extract_quotes(body, mentions) if quote.speaker is not None)


@dataclass(frozen=True)
class RelatedEntity:
    """An entity found beside another: in how many sentences and articles, and how
    strongly (G² in the scope it was ranked by)."""

    entity: Entity
    sentences: int
    articles: int
    score: float


@dataclass(frozen=True)
class SharedSentence:
    """A sentence naming two entities: ``text`` is the field's ``start:end`` (cut to
    ``SENTENCE_CONTEXT_CHARS`` around the names, ``…`` marking a cut), and ``marks`` are
    the names' spans in ``text``."""

    article: str
    title: str
    date: dt.date | None
    field: str
    start: int
    end: int
    text: str
    marks: tuple[tuple[int, int], ...]


def log_likelihood(both: int, first: int, second: int, total: int) -> float:
    """Signed G² of two events seen ``first`` and ``second`` times, ``both`` together, out
    of ``total``: positive when together more often than chance, negative when less."""
    return float(log_likelihoods([both], [first], [second], [total])[0])


def log_likelihoods(
    both: npt.ArrayLike, first: npt.ArrayLike, second: npt.ArrayLike, total: npt.ArrayLike
) -> npt.NDArray[np.float64]:
    """:func:`log_likelihood` of many pairs at once (numpy: the most mentioned entity of
    100,000 articles has tens of thousands of partners to rank)."""
    import numpy as np

    together, one, other, everything = (
        np.asarray(values, dtype=np.float64) for values in (both, first, second, total)
    )
    cells = (
        (together, one * other),
        (one - together, one * (everything - other)),
        (other - together, (everything - one) * other),
        (everything - one - other + together, (everything - one) * (everything - other)),
    )
    score = np.zeros_like(together)
    with np.errstate(divide="ignore", invalid="ignore"):
        for observed, expected_times_total in cells:
            counted = (observed > 0) & (expected_times_total > 0)
            ratio = np.where(counted, observed * everything / expected_times_total, 1.0)
            score += np.where(counted, observed * np.log(ratio), 0.0)
    score = np.where(everything > 0, np.maximum(2.0 * score, 0.0), 0.0)
    return np.where(together * everything >= one * other, score, -score)


def ranked(
    ids: Sequence[str],
    pairs: Sequence[int],
    own: int,
    totals: Sequence[int],
    total: int,
    min_count: int,
    limit: int | None = None,
) -> list[tuple[int, float]]:
    """(position in ``ids``, G²) of the partners seen together at least ``min_count`` times
    and more often than chance predicts, strongest first (the first ``limit``); ties by
    count, then id for a stable order.

    ``pairs[i]`` is how often ``ids[i]`` occurs with the entity, ``own`` how often the
    entity itself occurs, ``totals[i]`` how often ``ids[i]`` does, ``total`` the sample
    (sentences or articles). Arrays, not dicts: the most named entity of 100,000 articles
    has ~14,000 partners to rank.
    """
    import numpy as np

    together = np.asarray(pairs, dtype=np.int64)
    candidates = np.flatnonzero(together >= min_count)
    both = together[candidates]
    # A marginal may undercount (an entity's stored figures lag a changed alias list):
    # never below what was seen together.
    first = np.maximum(own, both)
    second = np.maximum(np.asarray(totals, dtype=np.int64)[candidates], both)
    scores = log_likelihoods(both, first, second, np.maximum(total, first + second - both))
    kept = np.flatnonzero(scores > 0)
    if limit is not None and len(kept) > limit:
        # Everything that ties with the limit-th best stays, so the sort below settles it.
        threshold = np.partition(scores[kept], len(kept) - limit)[len(kept) - limit]
        kept = kept[scores[kept] >= threshold]
    scored = [(int(candidates[i]), float(scores[i])) for i in kept]
    scored.sort(key=lambda item: (-item[1], -pairs[item[0]], ids[item[0]]))
    return scored[:limit]


def sentence_excerpt(
    text: str, sentence: tuple[int, int], spans: Sequence[tuple[int, int]]
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The sentence ``text[sentence]`` cut to the part around ``spans`` (sorted), and the
    spans moved into it."""
    start, end = sentence
    first = min(span[0] for span in spans)
    last = max(span[1] for span in spans)
    begin = max(start, first - SENTENCE_CONTEXT_CHARS)
    stop = min(end, last + SENTENCE_CONTEXT_CHARS)
    if begin > start:  # cut at a word
        space = text.find(" ", begin, first)
        begin = space + 1 if space != -1 else begin
    if stop < end:
        space = text.rfind(" ", last, stop)
        stop = space if space != -1 else stop
    before = "…" if begin > start else ""
    after = "…" if stop < end else ""
    shift = len(before) - begin
    marks = tuple((a + shift, b + shift) for a, b in spans)
    return before + text[begin:stop] + after, marks
