"""Hostile input, round twelve: the query language and the commands that take a name,
probed harder. Each case docs/hostile-input.md lists under round twelve that failed, as a
user would meet it, and each failing before its fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.search.workspace import Workspace
from warta.tui.cli import main

from tests.cpu_time import growth

SAM = "002_c0de79780e8f4f90"
MUSK = "001_6e86bfa91c2c7f27"


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("grok tag:baca -is:starred", {SAM}),  # README's own example
        ("altman tag:baca -is:starred", {SAM}),
        ("tag:baca altman -grok", {MUSK}),
        ("is:starred musk -zuckerberg", {MUSK}),
        ("has:note (musk) -zuckerberg", set()),
        ("tag:nope musk -altman", set()),
    ],
)
def test_a_workspace_word_beside_a_word_and_an_exclusion_is_searched(
    service: SearchService, workspace: Workspace, query: str, found: set[str]
) -> None:
    """``grok tag:baca -is:starred``, README's example of the workspace words combined, said
    "the index … is damaged (AttributeError); run `warta index --rebuild`": a tag, star or
    note filter beside a word and an exclusion could not be merged into one clause."""
    workspace.tag(SAM, "baca")
    workspace.tag(MUSK, "baca")
    workspace.star(MUSK)
    result = service.search(query)
    assert result.error is None
    assert {hit.id for hit in result.hits} == found


@pytest.mark.parametrize("query", ["musk~/9", "musk~2/9", "mu~/3", '"~/2'])
def test_a_fuzzy_prefix_longer_than_its_word_keeps_the_whole_word(
    seeds_service: SearchService, query: str
) -> None:
    """``musk~/9`` (Whoosh's "the first 9 letters as typed") said the index was damaged
    (IndexError): the automaton read letters past the word's end. The whole word is kept."""
    result = seeds_service.search(query)
    assert result.error is None
    if query.startswith("musk"):
        assert {hit.id for hit in seeds_service.search("musk").hits} <= {
            hit.id for hit in result.hits
        }


@pytest.mark.parametrize(
    "args",
    [
        ["note", "\udcff"],
        ["note", "--clear", "0\udcff"],
        ["unstar", "\udcff"],
        ["untag", "\udcff", "baca"],
    ],
)
def test_an_id_with_a_byte_not_utf8_is_no_article_when_reading_or_removing_marks(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path, args: list[str]
) -> None:
    """``warta note $'\\xff'`` (``unstar``, ``untag``, ``note --clear`` the same) ended in a
    UnicodeEncodeError traceback: the id was looked up in the workspace as typed."""
    code = main(["--index-dir", str(seeds_index), "--data-dir", str(tmp_path / "data"), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("warta: no article with id") and err.count("\n") == 1


NESTED: dict[str, Callable[[int], str]] = {
    "andnot": lambda depth: "musk" + " ANDNOT x" * depth,
    "andmaybe": lambda depth: "musk" + " ANDMAYBE x" * depth,
    "minus": lambda depth: "-(" * depth + "musk" + ")" * depth,
    "plus": lambda depth: "+(" * depth + "musk" + ")" * depth,
}


@pytest.mark.parametrize("nested", NESTED.values(), ids=NESTED.keys())
def test_nested_exclusions_cost_what_their_length_does(
    seeds_service: SearchService, nested: Callable[[int], str]
) -> None:
    """``musk`` and 20 times `` ANDNOT x`` (or ``-(`` 20 times around a word) held the CPU
    for minutes, the explorer's search bar with it: each nested operator doubled the cost
    of building the query."""
    ratio = growth(
        lambda: seeds_service.search(nested(7)), lambda: seeds_service.search(nested(14))
    )
    assert ratio < 6
    assert seeds_service.search(nested(60)).error is None


def test_parentheses_nested_too_deeply_are_said_so(seeds_service: SearchService) -> None:
    """400 parentheses around a word said "cannot read this query (RecursionError)"."""
    result = seeds_service.search("(" * 400 + "musk" + ")" * 400)
    assert result.error == "the query nests parentheses too deeply (at most 100)"
    assert seeds_service.search("(" * 100 + "musk" + ")" * 100).hits
    assert seeds_service.search('"' + "(" * 400 + 'musk" elon').hits


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("title:\u200b", "type what to search after title:"),
        ("title:\u0301", "type what to search after title:"),
        ('title:"\u00ad"', "type what to search after title:"),
        ("entity:\u200b", "type what to search after entity:"),
        ("tag:\u2060", "type what to search after tag:"),
        ("date:\ufeff", "type what to search after date:"),
        ("NOT \u200b", "NOT needs a word after it"),
        ("musk AND \u200b", "AND needs a word on each side"),
        ("\u3164", "type some words to search"),
    ],
)
def test_a_value_of_nothing_visible_is_said_missing_as_an_empty_one(
    service: SearchService, query: str, message: str
) -> None:
    """``title:\\u200b`` looks like ``title:`` on screen, but it found nothing without a
    word of why (``tag:\\u2060``: 'no article has the tag ""'), and ``NOT \\u200b`` was no
    ``NOT`` alone; a Hangul filler searched an invisible word."""
    result = service.search(query)
    assert result.error == message


@pytest.mark.parametrize(
    "args",
    [
        ["mentions", "elon\u200b musk"],
        ["quotes", "sam\u00ad altman"],
        ["related-entities", "\u200fmusk"],
        ["timeline", "--entity", "mu\u00adsk"],
        ["search", 'entity:"elon\u200b musk"'],
    ],
)
def test_a_name_pasted_with_invisible_characters_names_its_entity(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, args: list[str]
) -> None:
    """``warta mentions 'elon<U+200B> musk'`` (a name copied from a web page with a zero-width
    space or a soft hyphen) said "no entity named elon musk; closest: Elon Musk": the
    name was not read as article text is, without them."""
    assert main(["--index-dir", str(seeds_index), *args]) == 0
    out = capsys.readouterr().out
    assert "Musk" in out or "Altman" in out


@pytest.mark.parametrize("query", ["3 ANDNOT -1 ANDNOT ~", "musk ANDNOT -1 ANDNOT ~"])
def test_an_operator_whose_word_is_punctuation_keeps_the_other_side(
    seeds_service: SearchService, query: str
) -> None:
    """``3 ANDNOT -1 ANDNOT ~`` (found by a sweep of generated queries) said "cannot read
    this query (ValueError)": a side of ``ANDNOT`` that is only punctuation is no side."""
    assert seeds_service.search(query).error is None


def test_an_id_with_a_byte_not_utf8_is_echoed_with_the_byte_shown(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """The byte was removed as the lone surrogate it is, so the message named the id ``""``,
    as if none had been given; it shows as U+FFFD, as a file name's does."""
    main(["--index-dir", str(seeds_index), "--data-dir", str(tmp_path / "data"), "note", "a\udcff"])
    assert capsys.readouterr().err == "warta: no article with id a\ufffd\n"
