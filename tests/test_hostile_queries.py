"""Any query gives results or one line; the analyzer and the parser never raise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warta.search.analysis import exact_analyzer, stemmed_analyzer
from warta.search.sanitize import clean_line
from warta.search.service import SearchService

OPERATORS = [
    "AND",
    "OR",
    "NOT",
    "ANDNOT",
    "ANDMAYBE",
    "-",
    "+",
    "~",
    "~2",
    "*",
    "?",
    "^2",
    ":",
    "(",
    ")",
    '"',
    "[",
    "]",
    "{",
    "}",
    "TO",
    "title:",
    "date:",
    "entity:",
    "source:",
    "judul:",
    "/",
]
QUERY_PIECES = st.sampled_from(
    [
        *OPERATORS,
        "musk",
        "altman",
        "grok",
        "2023",
        " ",
        "\x00",
        "\ud800",
        "\x1b[2J",
        "\u202e",
        "[/bar]",
        "\u200b",
        "\u0301",
        "~/9",
        " ANDNOT -(",
    ]
)


def _one_line_or_results(service: SearchService, query: str) -> None:
    result = service.search(query)
    assert result.error is None or ("\n" not in result.error and result.error.strip())
    assert len(result.hits) <= 20
    for echoed in (result.query, result.suggestion or ""):  # shown by the CLI and the app
        assert clean_line(echoed) == echoed and len(echoed.splitlines()) <= 1


@pytest.mark.parametrize(
    "query",
    ["\x1b]52;c;RVZJTA==\x07musk", "\n", "musk \x1b[2J" + "a" * 1200, "title:(\u2028 AND)"],
    ids=["osc52", "newline", "too-long", "line-separator"],
)
def test_a_refused_or_odd_query_is_echoed_clean(seeds_service: SearchService, query: str) -> None:
    """Found by bench/fuzz_hostile.py: a refused query came back raw in SearchResult.query,
    and U+2028 survived in the echo and the suggestion."""
    _one_line_or_results(seeds_service, query)


@pytest.mark.parametrize("operator", OPERATORS)
@pytest.mark.parametrize("where", ["alone", "first", "last", "doubled", "between"])
def test_every_operator_misplaced(seeds_service: SearchService, operator: str, where: str) -> None:
    query = {
        "alone": operator,
        "first": f"{operator} musk",
        "last": f"musk {operator}",
        "doubled": f"{operator} {operator}",
        "between": f"musk {operator}{operator} altman",
    }[where]
    _one_line_or_results(seeds_service, query)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "\x00",
        "\ud800",
        "\udfff musk",
        "x" * 10_000,
        "musk " * 2_000,
        "(" * 500,
        ")" * 500,
        '"' * 501,
        "title:" * 300,
        "*" * 50,
        "a" + "?" * 50,
        "musk~" * 100,
    ],
    ids=lambda query: repr(query[:12]),
)
def test_extreme_queries(seeds_service: SearchService, query: str) -> None:
    _one_line_or_results(seeds_service, query)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(QUERY_PIECES, max_size=8).map("".join) | st.text(max_size=40))
def test_any_query_gives_results_or_one_line(seeds_service: SearchService, query: str) -> None:
    _one_line_or_results(seeds_service, query)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_analyzers_accept_any_text(text: str) -> None:
    for analyzer in (stemmed_analyzer(), exact_analyzer()):
        for token in analyzer(text, chars=True, positions=True, mode="index"):
            assert 0 <= token.startchar <= token.endchar <= len(text)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=60), st.text(max_size=300))
def test_match_spans_stay_inside_the_text(
    seeds_service: SearchService, query: str, text: str
) -> None:
    for start, end in seeds_service.match_spans(query, text):
        assert 0 <= start < end <= len(text)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("date:[9999-99-99 TO x]", "not a date: 9999-99-99"),
        ("date:[2023 TO x]", "not a date: x"),
        ("date:2023-02-30", "not a date: 2023-02-30"),
        ("musk date:kemarin", "not a date: kemarin"),
        ("path:etc", "the field path cannot be searched"),
        ("musk OR url:x", "the field url cannot be searched"),
    ],
)
def test_a_bad_field_or_date_is_named_in_the_message(
    seeds_service: SearchService, query: str, message: str
) -> None:
    result = seeds_service.search(query)
    assert result.error is not None and result.error.startswith(message)
    assert "\n" not in result.error and not result.hits


def test_a_bad_date_is_one_line_on_the_command_line(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    from warta.tui.cli import main

    code = main(["--index-dir", str(seeds_index), "search", "date:[9999-99-99 TO x]"])
    assert code == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "warta: not a date: 9999-99-99 (write 2023-03-31, 2023-03 or 2023)"
    ]


def test_a_quoted_word_is_cut_in_the_message(seeds_service: SearchService) -> None:
    result = seeds_service.search("date:" + "9" * 500)
    assert result.error is not None and len(result.error) < 120


@pytest.mark.parametrize(
    "query", ["date:2023", "date:[2023-01 TO 2023-12]", "date:2023*", "date:*"]
)
def test_good_dates_are_no_error(seeds_service: SearchService, query: str) -> None:
    assert seeds_service.search(query).error is None


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(["open", "Source", "source", "open-source", "x", ",", "\n"])))
def test_a_phrase_is_marked_whole_in_any_text(
    seeds_service: SearchService, pieces: list[str]
) -> None:
    """A phrase's words are marked only together (B27: a lone "Source" was marked); as in
    the search, punctuation between them does not part them."""
    text = " ".join(pieces)
    for start, end in seeds_service.match_spans('"open source"', text):
        assert re.findall(r"\w+", text[start:end].lower()) == ["open", "source"], text
