"""Top-k collection that skips the blocks of postings that cannot reach the page.

Whoosh scores every posting of every matching term through Python matchers (~2.3 µs a
posting): a common word at 100,000 articles cost hundreds of milliseconds. Whoosh's own
block-quality skipping (``TopCollector(usequality=True)``) is wrong for more than one term:
``UnionMatcher.skip_to_quality`` and ``IntersectionMatcher.skip_to_quality`` skip a block
of one sub-matcher when its quality plus the *current* block quality of the other is too
low, but the other's current block covers other documents than the skipped one; a document
in the skipped block whose other term sits in the other's next, better block is lost, or
scored without the skipped term's part. warta turned the skipping off for that.

:class:`BlockMaxCollector` skips by document ranges instead: for the range from the current
document to the first end of a block among the terms (the only range where every term's
block bound holds), the bound is the sum of the block bounds of the terms that have a
posting in it; when it cannot beat the page's lowest score, the whole range is skipped at
once with ``skip_to``, which moves every term together. The scores of the documents that are
scored are Whoosh's own, so the page is the exhaustive one. A tree holding a matcher it has
no bound for (a phrase, a constant score) is scored exhaustively, as before.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any

#: A bound on a matcher's scores from its current document up to a last document number.
Bound = tuple[float, int]

#: Documents scored between two polls of a search's ``cancelled`` (~2 µs each).
POLL_EVERY = 256


def block_bound(matcher: Any) -> Bound | None:
    """No document from ``matcher.id()`` up to the returned number scores above the returned
    value; None when the tree holds a matcher without such a bound.

    The matcher must be active.
    """
    kind = _kinds().get(type(matcher))
    if kind is None:
        return _leaf_bound(matcher)
    if kind == "wrapper":  # the child's score times a boost (deletions, SingleTerm)
        found = block_bound(matcher.child)
        return None if found is None else (found[0] * matcher.boost, found[1])
    if kind == "first":  # AndNot: the score of ``a`` alone
        return block_bound(matcher.a)
    return _pair_bound(matcher.a, matcher.b, both=kind == "and", combine=kind)


def _leaf_bound(matcher: Any) -> Bound | None:
    from whoosh.matching import LeafMatcher

    if not isinstance(matcher, LeafMatcher) or not matcher.supports_block_quality():
        return None
    return float(matcher.block_quality()), int(matcher.block_max_id())  # type: ignore[attr-defined]


def _pair_bound(a: Any, b: Any, both: bool, combine: str) -> Bound | None:
    """Two sub-matchers whose scores add (or whose maximum counts, for ``max``).

    The range ends where the first of the two bounds ends; a side contributes only when it
    has a posting inside the range (its next document is at most the end).
    """
    sides = [side for side in (a, b) if side.is_active()]
    bounds = []
    for side in sides:
        found = block_bound(side)
        if found is None:
            return None
        bounds.append((side.id(), *found))
    if not bounds:
        return None
    end = min(last for _, _, last in bounds)
    inside = [quality for first, quality, _ in bounds if first <= end]
    if both:  # an intersection: a document in the range is in both sides
        return sum(quality for _, quality, _ in bounds), end
    if combine == "max":
        return max(inside, default=0.0), end
    return sum(inside), end


@functools.cache
def _kinds() -> dict[type, str]:
    """The matcher classes whose score is known in terms of their children's, exactly."""
    from whoosh.matching import binary, wrappers

    return {
        binary.UnionMatcher: "sum",
        binary.DisjunctionMaxMatcher: "max",
        binary.IntersectionMatcher: "and",
        binary.AndMaybeMatcher: "sum",
        binary.AndNotMatcher: "first",
        wrappers.WrappingMatcher: "wrapper",
        wrappers.FilterMatcher: "wrapper",
        wrappers.SingleTermMatcher: "wrapper",
    }


@functools.cache
def block_max_collector() -> type:
    """Whoosh's ``TopCollector`` whose matches skip the ranges that cannot reach the page."""
    from whoosh import collectors

    class BlockMaxCollector(collectors.TopCollector):
        """The best ``limit`` documents, as an exhaustive pass ranks them, and their count.

        ``poll`` is called between units of work and may raise to stop the search.
        """

        def __init__(self, limit: int, poll: Callable[[], None]) -> None:
            super().__init__(limit, usequality=False, replace=0)
            self.poll = poll
            #: Whether a range was skipped: the count then takes a pass of its own.
            self.skipped = False

        def matches(self) -> Iterator[int]:
            matcher = self.matcher
            items = self.items
            limit = self.limit
            usable = not self.top_searcher.weighting.use_final
            bound, last = 0.0, -1
            while matcher.is_active():
                docnum = matcher.id()
                if usable and len(items) >= limit:
                    if docnum > last:
                        found = block_bound(matcher)
                        if found is None:
                            usable = False
                        else:
                            bound, last = found
                    # The page takes only a score above its lowest (see TopCollector).
                    if usable and last >= docnum and bound <= self.minscore:
                        self.skipped = True
                        matcher.skip_to(last + 1)
                        continue
                yield docnum
                matcher.next()

        def computes_count(self) -> bool:
            return not self.skipped

        def count(self) -> int:
            """The number of matching documents; after a skip, from a pass over their ids
            (reading ids costs a fraction of scoring them)."""
            if not self.skipped:
                return int(self.total)
            total = 0
            for subsearcher, _ in self.top_searcher.leaf_searchers():
                for count, _docnum in enumerate(self.q.matcher(subsearcher).all_ids()):
                    if count % (POLL_EVERY * 16) == 0:
                        self.poll()
                    total += 1
            return total

    return BlockMaxCollector
