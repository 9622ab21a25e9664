"""The top-k collector gives the page an exhaustive pass gives, on random queries.

The collector skips ranges of postings that cannot reach the page (search.scoring); every
page it gives must be the one that scoring every posting gives: the same articles in the
same order, the same scores, the same count and the same ``matched``. The index has two
segments and deleted documents (an update changed some files), as a long-lived index has.
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from search import scoring
from search.analysis import tokenize
from search.index import update_index
from search.model import SearchResult
from search.service import SearchService

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
import synth  # noqa: E402

ARTICLES = 1500
CHANGED = 60
QUERIES = 60
PAGE = 50


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    corpus = tmp_path_factory.mktemp("topk-corpus")
    index_dir = tmp_path_factory.mktemp("topk-index") / "index"
    paths = list(synth.generate(corpus, ARTICLES, seed=7))
    update_index(index_dir, [corpus], entities=False)
    lexicon = synth.Lexicon(8)
    for number, path in enumerate(paths[:: ARTICLES // CHANGED]):  # a second segment
        path.write_text(synth.article_text(lexicon, number), encoding="utf-8")
        os.utime(path, ns=(number + 1, number + 1))
    update_index(index_dir, [corpus], entities=False)
    found = SearchService([corpus], index_dir)
    yield found
    found.close()


def _exhaustive() -> type:
    """Whoosh's collector scoring every posting: what warta used before the skipping."""
    from whoosh import collectors

    class Exhaustive(collectors.TopCollector):
        def __init__(self, limit: int, poll: Any) -> None:
            super().__init__(limit, usequality=False, replace=0)

    return Exhaustive


def _queries(service: SearchService, rng: random.Random) -> list[str]:
    """Words common and rare, several at once, phrases, exclusions, prefixes, fuzzy words,
    fields and dates, drawn from the index's own words and texts."""
    reader = service._view().searcher.reader()
    words = [
        term.decode() if isinstance(term, bytes) else term
        for _, term in reader.most_frequent_terms("exact", 400)
    ]
    words = [word for word in words if word.isalpha() and len(word) > 3]
    common, rest = words[:40], words[40:]
    ids = [hit.id for hit in service.search(rng.choice(common), limit=200, snippets=False).hits]

    def phrase() -> str:
        article = service.article(rng.choice(ids))
        tokens = [text for text, _, _ in tokenize(article.body if article else "")]
        start = rng.randrange(max(1, len(tokens) - 2))
        return '"' + " ".join(tokens[start : start + 2]) + '"'

    def word() -> str:
        return rng.choice(common if rng.random() < 0.5 else rest)

    makers = [
        lambda: word(),
        lambda: rng.choice(common),
        lambda: f"{word()} {word()}",
        lambda: f"{rng.choice(common)} {rng.choice(common)}",
        lambda: f"{word()} {word()} {word()}",
        lambda: f"{word()} OR {word()}",
        lambda: f"{word()} -{rng.choice(common)}",
        lambda: phrase(),
        lambda: f"{phrase()} {word()}",
        lambda: f"{word()[:4]}*",
        lambda: f"{word()}~",
        lambda: f"title:{word()} {word()}",
        lambda: f"{word()} date:[2020 TO 2024]",
    ]
    return [makers[number % len(makers)]() for number in range(QUERIES)]


def _page(result: SearchResult) -> tuple[Any, ...]:
    return (result.total, result.matched, [hit.id for hit in result.hits])


def test_the_top_50_are_those_an_exhaustive_pass_gives(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = _queries(service, random.Random(17))
    skipping = scoring.block_max_collector()
    skipped: list[bool] = []  # whether a range was passed over unscored

    class Recording(skipping):  # type: ignore[misc, valid-type]
        def results(self) -> Any:
            skipped.append(self.passed > 0)
            return super().results()

    exhaustive = _exhaustive()
    for query in queries:
        monkeypatch.setattr(scoring, "block_max_collector", lambda: Recording)
        fast = service.search(query, limit=PAGE, snippets=False)
        monkeypatch.setattr(scoring, "block_max_collector", lambda: exhaustive)
        slow = service.search(query, limit=PAGE, snippets=False)
        assert fast.error is None and slow.error is None, query
        assert _page(fast) == _page(slow), query
        assert [hit.score for hit in fast.hits] == pytest.approx(
            [hit.score for hit in slow.hits], abs=1e-4
        ), query
    assert sum(skipped) >= 5  # the skipping was exercised, not bypassed
