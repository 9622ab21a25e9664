"""Every per-query cost is linear and capped: hostile queries and articles stay cheap."""

from __future__ import annotations

import inspect
import json
import random
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import overload

import pytest
from hypothesis import given
from hypothesis import strategies as st
from warta.search.index import build_schema, update_index
from warta.search.query import MAX_EXPANSIONS, SNIPPET_CHARS, _merge, make_snippet, parse_query
from warta.search.service import SearchService

from tests.conftest import index_of

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
    from warta.search.query import _densest_window

    spans = _merge((start, start + length) for start, length in raw)
    assert _densest_window(spans, SNIPPET_CHARS) == _quadratic_best_start(spans, SNIPPET_CHARS)


def test_an_article_repeating_a_word_60000_times_gets_its_snippet_at_once(
    tmp_path: Path,
) -> None:
    body = " ".join(["sawit"] * 60_000)
    service = index_of(tmp_path, {"kebun": f"Kebun\n\n{body}\n"})
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


# -- fuzzy words (report §4) -------------------------------------------------------------------


def test_a_fuzzy_distance_above_two_is_searched_as_two() -> None:
    parsed = parse_query("abcdefghijklmnopqrst~7", build_schema(), lambda _: [])
    distances = {leaf.maxdist for leaf in parsed.query.leaves() if hasattr(leaf, "maxdist")}
    assert distances == {2}
    assert any("~2" in str(notice) for notice in parsed.notices)


def test_a_huge_fuzzy_distance_returns_at_once_and_says_so(seeds_service: SearchService) -> None:
    started = time.monotonic()
    result = seeds_service.search("abcdefghijklmnopqrst~7")
    assert time.monotonic() - started < GENEROUS_SECONDS
    assert result.error is None
    assert result.notice is not None and "~2" in result.notice


def test_a_long_fuzzy_word_is_searched_as_typed() -> None:
    parsed = parse_query("a" * 900 + "~2", build_schema(), lambda _: [])
    assert not any(hasattr(leaf, "maxdist") for leaf in parsed.query.leaves())
    assert parsed.notices


def test_a_long_word_gets_no_did_you_mean_automaton(
    seeds_service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Correcting a 900-letter word built a 900-state automaton: 2.5 s on the seeds. The
    # lexicon (search/suggest.py) now compares only words of a correctable length.
    from warta.search.suggest import Lexicon

    corrected: list[str] = []
    best = Lexicon.best

    def recording(self: Lexicon, word: str) -> str | None:
        corrected.append(word)
        return best(self, word)

    monkeypatch.setattr(Lexicon, "best", recording)
    seeds_service.search("abcdefghij" * 90 + " muks")
    assert corrected == ["muks"]


def test_running_out_of_memory_is_not_called_damage(
    seeds_service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exhausted(*_: object) -> None:
        raise MemoryError

    monkeypatch.setattr("warta.search.query.matched_terms", exhausted)
    result = seeds_service.search("musk")
    assert result.error is not None
    assert "memory" in result.error and "damaged" not in result.error


# -- a search its caller gave up on stops in every phase ---------------------------------------


def _cancelled_while(inside: Callable[[set[str]], bool]) -> Callable[[], bool]:
    """A ``cancelled`` that turns true only when polled from the phase ``inside`` picks out
    by the names of the functions running."""

    def cancelled() -> bool:
        return inside({frame.function for frame in inspect.stack()})

    return cancelled


@pytest.mark.parametrize("query", ["ber*", "musk~", "musk~7", "[a TO c]"])
def test_a_search_stops_while_it_expands_words(seeds_service: SearchService, query: str) -> None:
    # Prefixes, fuzzy words and ranges expand in their query's ``_btexts``, whether Whoosh
    # builds the matcher or the sidecar scores them.
    result = seeds_service.search(query, cancelled=_cancelled_while(lambda f: "_btexts" in f))
    assert result.cancelled and result.error is None and not result.hits


def test_a_search_stops_while_it_marks_the_hits(seeds_service: SearchService) -> None:
    # After the collect loop: matched terms, postings, snippets, "did you mean".
    after_collecting = _cancelled_while(lambda f: "search_with_collector" not in f)
    result = seeds_service.search("musk ber*", cancelled=after_collecting)
    assert result.cancelled and result.error is None and not result.hits


# -- every article, and term ranges (report §14) -----------------------------------------------

GENERATED_ARTICLES = 300
SYLLABLES = "zo xu qa vy fo go ho jo wo yo zu xo qu vo fu gu hu ju wu yu zy xy qo vu fy gy hy jy wy"


def _write_generated_corpus(folder: Path, articles: int) -> None:
    """Small articles over a large made-up vocabulary (about 100,000 distinct words): what
    makes walking the lexicon slow, as a real archive's names and numbers do."""
    syllables = SYLLABLES.split()
    chance = random.Random(11)

    def word() -> str:
        # A digit inside keeps the stemmer out (it took a millisecond a made-up word).
        parts = [chance.choice(syllables) for _ in range(chance.randint(2, 4))]
        return "".join(parts[:1]) + str(chance.randint(0, 9)) + "".join(parts[1:])

    records = [
        {
            "id": f"gen-{number:03d}",
            "title": " ".join(word() for _ in range(6)).capitalize(),
            "text": " ".join(word() for _ in range(400)) + ".",
            "date": f"2023-03-{1 + number % 28:02d}",
        }
        for number in range(articles)
    ]
    folder.mkdir()
    lines = (json.dumps(record) for record in records)
    (folder / "generated.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def generated_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    root = tmp_path_factory.mktemp("generated")
    _write_generated_corpus(root / "corpus", GENERATED_ARTICLES)
    # Without entity extraction: it would take a minute and is not what is tested here.
    update_index(root / "index", [root / "corpus"], entities=False)
    service = SearchService([root / "corpus"], root / "index")
    yield service
    service.close()


@pytest.mark.parametrize("query", ["*", "title:*", "id:*", "judul:*"])
@pytest.mark.parametrize("sort", ["score", "date"])
def test_a_star_finds_every_article(
    generated_service: SearchService, query: str, sort: str
) -> None:
    result = generated_service.search(query, limit=1000, sort=sort, snippets=False)
    assert result.error is None
    assert result.total == GENERATED_ARTICLES


def test_a_star_reads_no_lexicon() -> None:
    parsed = parse_query("* title:*", build_schema(), lambda _: [])
    assert {leaf.field() for leaf in parsed.query.leaves()} == {None}


@pytest.mark.parametrize("query", ["[a TO z]", "{go TO}", "[fo TO ju}", "title_exact:[a TO z]"])
def test_a_term_range_is_cut_to_its_most_common_words_and_says_so(
    generated_service: SearchService, query: str
) -> None:
    result = generated_service.search(query, limit=1000)
    assert result.error is None
    assert result.total > 0
    assert result.notice is not None and str(MAX_EXPANSIONS) in result.notice


@pytest.mark.parametrize("query", ["[a TO z]", "fo*u", "fo?*", "fo*"])
def test_ranges_and_patterns_expand_a_bounded_number_of_words(
    generated_service: SearchService, query: str
) -> None:
    generated_service.search("warm-up")  # opens the index
    reader = generated_service._view().searcher.reader()
    parsed = parse_query(query, reader.schema, lambda _: [])
    for leaf in parsed.query.leaves():
        assert len(list(leaf.expanded_terms(reader))) <= MAX_EXPANSIONS


def test_did_you_mean_tries_a_bounded_number_of_words(
    seeds_service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by bench/fuzz_hostile.py: 200 copies of an unknown word took 5.1 s, each copy
    walking the lexicon for its correction."""
    from warta.search.suggest import MAX_CORRECTED_WORDS, Lexicon

    calls: list[str] = []
    best = Lexicon.best

    def counted(self: Lexicon, word: str) -> str | None:
        calls.append(word)
        return best(self, word)

    monkeypatch.setattr(Lexicon, "best", counted)
    unknown = [f"qzx{chr(ord('a') + n % 26)}{chr(ord('a') + n // 26)}" for n in range(40)]
    assert seeds_service.search("klikq " * 100 + " ".join(unknown)).error is None
    assert calls and len(calls) == len(set(calls)) <= MAX_CORRECTED_WORDS
