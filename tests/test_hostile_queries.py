"""Any query gives results or one line; the analyzer and the parser never raise."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.analysis import exact_analyzer, stemmed_analyzer
from search.service import SearchService

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
    ]
)


def _one_line_or_results(service: SearchService, query: str) -> None:
    result = service.search(query)
    assert result.error is None or ("\n" not in result.error and result.error.strip())
    assert len(result.hits) <= 20


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
