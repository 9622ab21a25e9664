"""Top-k collection that skips the blocks of postings that cannot reach the page.

Whoosh scores every posting of every matching term through Python matchers (~2.3 µs a
posting): a common word at 100,000 articles cost hundreds of milliseconds. Whoosh's own
block-quality skipping (``TopCollector(usequality=True)``) is wrong for more than one term:
``UnionMatcher.skip_to_quality`` and ``IntersectionMatcher.skip_to_quality`` skip a block
of one sub-matcher when its quality plus the *current* block quality of the other is too
low, but the other's current block covers other documents than the skipped one; a document
in the skipped block whose other term sits in the other's next, better block is lost, or
scored without the skipped term's part. warta turned the skipping off for that.

:class:`BlockMaxCollector` bounds document ranges instead: for the range from the current
document to the first end of a block among the terms (the only range where every term's
block bound holds), the bound is the sum of the block bounds of the terms that have a
posting in it. When it cannot beat the page's lowest score, the range's matches are counted
without being scored (scoring is most of a match's cost; the count stays exact). The scores
of the documents that are scored are Whoosh's own, so the page is the exhaustive one. A tree
holding a matcher it has no bound for (a phrase, a constant score) is scored exhaustively.

Postings blocks pickle ids with positions, so reading them costs about a microsecond a
posting whether or not they are scored: this halves the cost of the ranges it passes over,
no more. Skipping the reads too needs postings without positions (see BENCHMARKS.md).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any

#: A bound on a matcher's scores from its current document up to a last document number.
Bound = tuple[float, int]


def block_bound(matcher: Any) -> Bound | None:
    """No document from ``matcher.id()`` up to the returned number scores above the returned
    value; None when the tree holds a matcher without such a bound.

    The matcher must be active.
    """
    kind = _kinds().get(type(matcher))
    if kind is None:
        return _leaf_bound(matcher)
    if kind in ("wrapper", "filter"):  # the child's score times a boost (deletions, ...)
        found = block_bound(matcher.child)
        return None if found is None else (found[0] * matcher.boost, found[1])
    if kind == "andnot":  # the score of ``a`` alone
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
        binary.AndMaybeMatcher: "maybe",
        binary.AndNotMatcher: "andnot",
        wrappers.WrappingMatcher: "wrapper",
        wrappers.FilterMatcher: "filter",
        wrappers.SingleTermMatcher: "wrapper",
    }


@functools.cache
def block_max_collector() -> type:
    """Whoosh's ``TopCollector`` whose matches skip the ranges that cannot reach the page."""
    from whoosh import collectors

    class BlockMaxCollector(collectors.TopCollector):
        """The best ``limit`` documents, as an exhaustive pass ranks them, and their count.

        ``poll`` is called between ranges passed over and may raise to stop the search.
        """

        def __init__(self, limit: int, poll: Callable[[], None]) -> None:
            super().__init__(limit, usequality=False, replace=0)
            self.poll = poll
            #: Matches counted without being scored.
            self.passed = 0

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
                        self._pass_over(last)
                        continue
                yield docnum
                matcher.next()

        def _pass_over(self, last: int) -> None:
            """Count the matches up to ``last`` without scoring them (scoring is most of a
            match's cost; the count must stay exact)."""
            matcher = self.matcher
            passed = 0
            while matcher.is_active() and matcher.id() <= last:
                passed += 1
                matcher.next()
            self.total += passed
            self.passed += passed
            self.poll()

    return BlockMaxCollector
