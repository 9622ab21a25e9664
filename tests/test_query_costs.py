"""Every per-query cost is linear and capped: hostile queries and articles stay cheap."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import overload

from hypothesis import given
from hypothesis import strategies as st

from search.query import SNIPPET_CHARS, _merge, make_snippet
from search.service import SearchService

#: "Does not hang": the fixed code takes milliseconds, the broken one minutes.
GENEROUS_SECONDS = 10.0


class CountingSpans(Sequence[tuple[int, int]]):
    """Spans that count every span handed out, and fail once more than ``budget`` were."""

    def __init__(self, spans: list[tuple[int, int]], budget: int) -> None:
        self.spans = spans
        self.budget = budget
        self.handed_out = 0

    def _take(self, count: int) -> None:
        self.handed_out += count
        assert self.handed_out <= self.budget, "the snippet reads the spans more than linearly"

    def __len__(self) -> int:
        return len(self.spans)

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...

    @overload
    def __getitem__(self, index: slice) -> list[tuple[int, int]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, int] | list[tuple[int, int]]:
        if isinstance(index, slice):
            chosen = self.spans[index]
            self._take(len(chosen))
            return chosen
        self._take(1)
        return self.spans[index]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for span in self.spans:
            self._take(1)
            yield span


def _repeated(word: str, times: int) -> tuple[str, list[tuple[int, int]]]:
    body = " ".join([word] * times)
    step = len(word) + 1
    return body, [(i * step, i * step + len(word)) for i in range(times)]


def test_a_snippet_reads_each_match_a_bounded_number_of_times() -> None:
    body, spans = _repeated("sawit", 60_000)
    counted = CountingSpans(spans, budget=10 * len(spans))
    snippet = make_snippet(body, counted)
    assert snippet.marks
    assert all(snippet.text[s:e] == "sawit" for s, e in snippet.marks)


def _quadratic_best_start(spans: Sequence[tuple[int, int]], width: int) -> int:
    """The window choice as it was written before it was made linear (the reference)."""
    best_start, best_count = spans[0][0], 0
    for index, (start, _) in enumerate(spans):
        count = sum(1 for s, e in spans[index:] if e <= start + width)
        if count > best_count:
            best_start, best_count = start, count
    return best_start


@given(st.lists(st.tuples(st.integers(0, 3000), st.integers(1, 40)), min_size=1, max_size=60))
def test_the_linear_window_picks_what_the_quadratic_one_did(
    raw: list[tuple[int, int]],
) -> None:
    from search.query import _densest_window

    spans = _merge((start, start + length) for start, length in raw)
    assert _densest_window(spans, SNIPPET_CHARS) == _quadratic_best_start(spans, SNIPPET_CHARS)


def _index_of(tmp_path: Path, articles: dict[str, str]) -> SearchService:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in articles.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    return service


def test_an_article_repeating_a_word_60000_times_gets_its_snippet_at_once(
    tmp_path: Path,
) -> None:
    body = " ".join(["sawit"] * 60_000)
    service = _index_of(tmp_path, {"kebun": f"Kebun\n\n{body}\n"})
    try:
        started = time.monotonic()
        result = service.search("sawit")
        elapsed = time.monotonic() - started
    finally:
        service.close()
    assert elapsed < GENEROUS_SECONDS
    (hit,) = result.hits
    assert hit.snippet.marks
    assert {hit.snippet.text[s:e] for s, e in hit.snippet.marks} == {"sawit"}

