"""The constants that order search results, in one place.

Every scorer reads them here: Whoosh's BM25F through :func:`weighting`, the query layer's
per-field boosts through :data:`FIELD_BOOSTS`, and any faster scorer must read the same
names. The index stores plain term frequencies (no index-time field boost), so changing a
constant here needs no rebuild, and ``bench/eval_retrieval.py --tune`` can try values on
one index.

Chosen on FacQA valid (311 questions as typed, ``eval_retrieval.py --split valid --tune``),
never on test: MRR@10 0.811 with Whoosh's idf, B 0.75, K1 1.2; 0.819 with BM25's idf, B
0.75, K1 0.9 (B 0.6 and 0.9, K1 1.2 and 1.6 did no better). FacQA passages have no titles,
so the title boosts are a judgement, checked by tests: a real title outranks a body that
merely uses the word, and a title derived from the body's first sentence is no title at
all (``Article.ranked_title``).
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from whoosh.scoring import WeightingModel

#: BM25's term-frequency saturation: how much a word's second, third ... occurrence adds.
BM25_K1 = 0.9
#: BM25's length normalisation: 0 ignores a field's length, 1 divides by it in full.
BM25_B = 0.75
#: A field's score for a query word is multiplied by its boost; fields not named weigh 1.
#: Plain words search ``title`` and ``content``, phrases, prefixes and fuzzy words the
#: exact twins, so each pair is weighed on its own.
FIELD_BOOSTS = {"title": 2.0, "content": 1.0, "title_exact": 2.5, "exact": 1.3}


#: Which idf weighs a word: ``"bm25"`` (Robertson-Sparck Jones, :func:`idf`) or
#: ``"whoosh"`` (Whoosh's default, log(N / (n + 1)) + 1).
IDF = "bm25"


def idf(doc_frequency: int, doc_count: int) -> float:
    """How much a word found in ``doc_frequency`` of ``doc_count`` articles weighs.

    Plain BM25's idf. Whoosh's default adds 1 to every word's log, so a word in a fifth of
    the articles weighed a third of a word in one (here: a fifth), and questions ranked
    passages that share their common words above the one that shares their rare ones.
    """
    return math.log(1 + (doc_count - doc_frequency + 0.5) / (doc_frequency + 0.5))


def weighting() -> WeightingModel:
    """The BM25F model every searcher scores with."""
    model: WeightingModel = _bm25f_class()(B=BM25_B, K1=BM25_K1)
    return model


@functools.cache
def _bm25f_class() -> type:
    from whoosh import scoring

    class WartaBM25F(scoring.BM25F):
        """Whoosh's BM25F with :func:`idf` (Whoosh caches it per searcher and word)."""

        def idf(self, searcher: Any, fieldname: str, text: str) -> float:
            if IDF == "whoosh":
                return float(super().idf(searcher, fieldname, text))
            parent = searcher.get_parent()
            return idf(parent.doc_frequency(fieldname, text), parent.doc_count_all())

    return WartaBM25F


# -- the second stage (search/rerank.py) ---------------------------------------------------------
#
# The first stage's best ``RERANK_DEPTH`` articles are reordered by evidence BM25 does not
# see: a score is multiplied by ``1 + sum(weight * evidence)``, each evidence between 0 and 1.
# Chosen on FacQA train (2,495 questions, coordinate ascent over 0-0.8), checked on valid:
# MRR@10 train 0.812 -> 0.819, valid 0.819 -> 0.836 (component figures over the first
# stage's top 30; the product's figures are in bench/eval_retrieval.py). Each evidence
# moved train and valid alone; a depth of 10, 20 or 50 did as well as 30.

#: How many of the first stage's best articles the second stage reorders (the rest keep
#: their order after them): its cost per query is bounded by this and the page, not by the
#: matches. 0 turns the second stage off.
RERANK_DEPTH = 30
#: Share of the query's distinct words (idf-weighted) the article has.
COORDINATION_WEIGHT = 0.5
#: A partial match whose coordination is at least this (it lacks only words weighing at
#: most a fifth of the query, idf-weighted) is ranked among the articles with every word,
#: by its second-stage score: "novanto andi narogong sidang" found the story about the
#: trial that never writes "sidang" 8th, below six every-word articles it outscored.
NEARLY_EVERY_WORD = 0.8
#: Share of the query's neighbouring word pairs (idf-weighted) that stand together in the
#: article, in the query's order, at most ``NEAR_WORDS`` apart: "harga beras" beside each
#: other rather than in two paragraphs.
PROXIMITY_WEIGHT = 0.2
NEAR_WORDS = 2
#: Share of the query's words (idf-weighted) the article has in the very form typed, not
#: only the stem: "mendarat" (landed) is better evidence than "darat" (land).
SURFACE_WEIGHT = 0.5
#: Share of the query's words (idf-weighted) in the article's title or its first
#: ``LEAD_CHARS`` characters: the story a reader remembers is about what its lead says, and
#: a story on the same topic that names it further down came first. Chosen on the tune
#: halves of three sets of lookups (175, MRR@10 0.946 -> 0.952); FacQA train+valid, whose
#: passages are short, did not move (0.820).
LEAD_WEIGHT = 0.3
LEAD_CHARS = 300
#: For a question, the article's best answer slot: a word of the kind the question asks
#: for (a number or a date for berapa/kapan, a name for siapa/di mana) that the query does
#: not contain, weighed by the share of the query's words (idf-weighted) within
#: ``ANSWER_RADIUS_CHARS`` of it. News questions ask about one sentence.
ANSWER_WEIGHT = 0.8
ANSWER_RADIUS_CHARS = 50
#: Characters of an article searched for answer slots: a long article costs no more.
ANSWER_SCAN_CHARS = 20_000
#: For "berapa penumpang" / "tahun berapa", a number right before "penumpang" (after "tahun")
#: within ``COUNTED_GAP_CHARS``: the count the question asks for.
COUNTED_WEIGHT = 0.5
COUNTED_GAP_CHARS = 16
#: Query words that ask for a count, for a number or a date, and for a name (lowercased).
COUNT_QUESTIONS = frozenset({"berapa", "berapakah"})
NUMBER_QUESTIONS = COUNT_QUESTIONS | {"kapan", "kapankah"}
NAME_QUESTIONS = frozenset({"siapa", "siapakah", "dimana", "dimanakah", "mana", "manakah"})
#: Words that answer a number question besides numerals: months and days.
DATE_WORDS = frozenset(
    {
        *("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus"),
        *("september", "oktober", "november", "desember"),
        *("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
    }
)


def evidence_weights() -> dict[str, float]:
    """Each evidence's weight, by the name ``rerank.evidence`` gives it (read at each call,
    so a bench that sets a constant above is heard)."""
    return {
        "coordination": COORDINATION_WEIGHT,
        "proximity": PROXIMITY_WEIGHT,
        "surface": SURFACE_WEIGHT,
        "lead": LEAD_WEIGHT,
        "answer": ANSWER_WEIGHT,
        "counted": COUNTED_WEIGHT,
    }
