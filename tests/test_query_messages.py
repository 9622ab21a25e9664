"""A query that cannot mean anything says so in one line; one that can is searched.

The cases of issue #12 and the new-user report (B4, B17, B27): a dangling operator, a
one-letter pattern, an empty range, a field with no value give a message (the CLI's
stderr, exit 2); an unknown ``foo:`` is text; ``-word`` alone is every article without
it; "newest first" puts the undated last; a phrase is marked only where it stands whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from warta.search.errors import WartaError
from warta.search.index import build_schema
from warta.search.query import parse_query
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.cli import main

from tests.test_tui_flows import SIZE, search

SAM = "002_c0de79780e8f4f90"
GROK = "003_1e43ee1f4da0086e"
TELSET = "004_5a1b6cf5f990128b"
INSIDER = "000_57ce1d9c2516dadd"
GIZMODO = "001_6e86bfa91c2c7f27"

MESSAGES = [
    ("musk AND", "AND needs a word on each side"),
    ("AND musk", "AND needs a word on each side"),
    ("AND", "AND needs a word on each side"),
    ("musk AND AND altman", "AND needs a word on each side"),
    ("musk OR", "OR needs a word on each side"),
    ("(musk OR) altman", "OR needs a word on each side"),
    ("NOT", "NOT needs a word after it"),
    ("musk NOT", "NOT needs a word after it"),
    ("z*", "write at least 2 letters before * or ?: z*"),
    ("title:z*", "write at least 2 letters before * or ?: z*"),
    ("*ab", "write at least 2 letters before * or ?: *ab"),
    ("z?b", "write at least 2 letters before * or ?: z?b"),
    ("date:[2024-01-01 TO 2023-01-01]", "the range from 2024-01-01 to 2023-01-01 holds nothing"),
    ("musk date:[2024 TO 2023]", "the range from 2024 to 2023 holds nothing"),
    ("[c TO a]", "the range from c to a holds nothing"),
    ("title:", "type what to search after title:"),
    ("musk judul:", "type what to search after judul:"),
    ('title:"', "type what to search after title:"),
    ('musk title:""', "type what to search after title:"),
    ("source:( )", "type what to search after source:"),
    ("title:(", "type what to search after title:"),
]


@pytest.mark.parametrize(("query", "message"), MESSAGES)
def test_a_query_that_cannot_mean_anything_says_why(
    seeds_service: SearchService, query: str, message: str
) -> None:
    """Each of these gave "0 results" and no message (B4)."""
    result = seeds_service.search(query)
    assert result.error == message
    assert not result.hits


def test_a_query_message_is_a_template_the_interface_can_translate() -> None:
    """The English template and its values travel apart (the TUI translates the template)."""
    with pytest.raises(WartaError) as raised:
        parse_query("musk OR", build_schema(), lambda _: [])
    assert raised.value.template == "{operator} needs a word on each side"
    assert raised.value.translated(lambda _: "{operator} perlu kata di kedua sisinya") == (
        "OR perlu kata di kedua sisinya"
    )


@pytest.mark.parametrize(("query", "message"), [MESSAGES[0], MESSAGES[8], MESSAGES[12]])
def test_a_query_message_is_one_line_on_stderr_with_exit_2(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, query: str, message: str
) -> None:
    code = main(["--index-dir", str(seeds_index), "search", query])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.splitlines() == [f"warta: {message}"]


async def test_a_query_message_is_the_status_line_of_the_explorer(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk AND")
        status = str(screen.query_one("#status").render())
        assert "AND needs a word on each side" in status
        assert screen.results.option_count == 0


@pytest.mark.parametrize("query", ['"AND"', "title:AND", "musk and", "musk AND (altman)"])
def test_an_operator_word_that_is_quoted_fielded_or_complete_is_no_error(
    seeds_service: SearchService, query: str
) -> None:
    """A guard for the check above: only an operator missing its words is refused."""
    assert seeds_service.search(query).error is None


def test_an_unknown_field_is_text_and_says_so(seeds_service: SearchService) -> None:
    """``titel:grok`` searched one glued word "titel grok" in one field: nothing, silently.
    Now it is the words titel and grok (as notmuch reads an unknown prefix): grok's
    articles come as partial matches, and the notice names the fields."""
    result = seeds_service.search("titel:grok")
    assert result.error is None
    assert {hit.id for hit in result.hits} == {GROK, TELSET, SAM}
    assert result.matched == "some"
    assert result.notice is not None and result.notice.startswith("titel: is not a field")
    assert "title, content, source, date" in result.notice


def test_a_number_before_a_colon_gives_no_notice(seeds_service: SearchService) -> None:
    """A guard for the notice above: ``10:30`` is an hour, not a mistyped field."""
    assert seeds_service.search("10:30 musk").notice is None


def test_an_unknown_field_on_the_command_line(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    code = main(["--index-dir", str(seeds_index), "search", "titel:grok", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["hits"] and data["matched"] == "some"
    assert data["notice"].startswith("titel: is not a field")


@pytest.mark.parametrize("query", ["-altman", "(-altman) grok", "grok (-altman)"])
def test_an_exclusion_alone_or_in_parentheses_excludes(
    seeds_service: SearchService, query: str
) -> None:
    """``-altman`` found nothing while ``NOT altman`` found three articles, and ``(-altman)``
    gave "cannot read this query (NotImplementedError)"."""
    result = seeds_service.search(query)
    assert result.error is None
    expected = seeds_service.search(query.replace("-altman", "NOT altman"))
    assert [hit.id for hit in result.hits] == [hit.id for hit in expected.hits]
    assert result.hits and SAM not in {hit.id for hit in result.hits}


def test_grouped_exclusions_and_alternatives(seeds_service: SearchService) -> None:
    ids = {hit.id for hit in seeds_service.search("(grok -altman) OR zuckerberg").hits}
    assert ids == {GROK, TELSET, SAM}


def _dated_first(service: SearchService, query: str) -> None:
    hits = service.search(query, sort="date").hits
    undated = [hit.date is None for hit in hits]
    assert undated == sorted(undated), [(hit.id, hit.date) for hit in hits]
    dates = [hit.date for hit in hits if hit.date is not None]
    assert dates == sorted(dates, reverse=True)


def test_newest_first_puts_the_undated_last(seeds_service: SearchService) -> None:
    """B17: `s` and ``--sort date`` listed the three undated seeds before the dated ones."""
    _dated_first(seeds_service, "musk")
    hits = seeds_service.search("musk", sort="date").hits
    assert [hit.id for hit in hits][:2] == [INSIDER, GIZMODO]


def test_newest_first_orders_the_full_matches_then_the_partial_ones(
    seeds_service: SearchService,
) -> None:
    """Every word first (newest first among them), then the partial matches, newest first,
    the undated last."""
    result = seeds_service.search("grok altman", sort="date")
    assert result.matched == "some"
    assert [hit.id for hit in result.hits] == [SAM, GIZMODO, GROK, TELSET]


def test_newest_first_keeps_the_relevance_score(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """The JSON score of a date-sorted hit was Whoosh's sort key (1.8e19 for the undated)."""
    main(["--index-dir", str(seeds_index), "search", "musk", "--sort", "date", "--json"])
    hits = json.loads(capsys.readouterr().out)["hits"]
    by_score = main(["--index-dir", str(seeds_index), "search", "musk", "--json"])
    scores = {hit["id"]: hit["score"] for hit in json.loads(capsys.readouterr().out)["hits"]}
    assert by_score == 0
    assert {hit["id"]: hit["score"] for hit in hits} == scores
    assert [hit["date"] is None for hit in hits] == [False, False, True, True, True]


def test_a_phrase_is_marked_only_where_it_stands_whole(seeds_service: SearchService) -> None:
    """B27: ``"open source"`` marked "Source" in the title "Source Code Grok…"."""
    grok = seeds_service.article(GROK)
    assert grok is not None and grok.title.startswith("Source Code")
    assert seeds_service.match_spans('"open source"', grok.title) == []
    marked = [grok.body[s:e] for s, e in seeds_service.match_spans('"open source"', grok.body)]
    assert marked and all(text.lower() == "open-source" for text in marked)


def test_a_phrase_in_a_snippet_is_one_mark(seeds_service: SearchService) -> None:
    result = seeds_service.search('"open source"')
    assert {hit.id for hit in result.hits} == {GROK, GIZMODO}
    for hit in result.hits:
        marked = [hit.snippet.text[s:e] for s, e in hit.snippet.marks]
        assert marked and all(text.lower() == "open-source" for text in marked)


def test_a_phrase_beside_a_word_marks_the_word_everywhere(seeds_service: SearchService) -> None:
    article = seeds_service.article(GIZMODO)
    assert article is not None  # "Popularitas OpenAI Meningkat, Elon Musk Iri"
    spans = seeds_service.match_spans('"elon musk" openai', article.title)
    assert [article.title[s:e] for s, e in spans] == ["OpenAI", "Elon Musk"]


def test_a_phrase_with_slop_marks_the_words_between(seeds_service: SearchService) -> None:
    text = "open the source, then open source, and source alone"
    spans = seeds_service.match_spans('"open source"~3', text)
    assert [text[s:e] for s, e in spans] == ["open the source", "open source"]


@pytest.mark.parametrize("query", ["date:*", "musk date:*"])
def test_a_star_in_the_date_field_is_every_article(
    seeds_service: SearchService, query: str
) -> None:
    """As ``*`` and ``title:*`` are; ``date:*`` read "*" as a date and found nothing."""
    result = seeds_service.search(query)
    assert result.error is None and result.total == 5


@pytest.mark.parametrize(
    ("query", "total"), [("date:[2023 TO *]", 2), ("date:[* TO 2023-03-31]", 1), ("date:[TO]", 5)]
)
def test_a_star_bound_leaves_a_range_open(
    seeds_service: SearchService, query: str, total: int
) -> None:
    """As in Lucene: ``date:[2023 TO *]`` gave "cannot read this query (Exception)"."""
    result = seeds_service.search(query)
    assert result.error is None and result.total == total
