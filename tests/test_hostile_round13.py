"""Hostile input, round thirteen: the cases docs/hostile-input.md lists under round
thirteen that failed, each as a user would meet it, and each failing before its fix."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.tui.cli import main

from tests.conftest import SEEDS


@pytest.mark.skipif(not os.path.exists(os.devnull), reason="needs a null device")
@pytest.mark.parametrize("how", ["flag", "variable"])
def test_the_null_device_as_the_settings_file_means_the_defaults(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds_index: Path,
    how: str,
) -> None:
    """``WARTA_CONFIG=/dev/null`` (``--config /dev/null``), a script's way to say "no
    settings" as with git's and pip's, was refused: "cannot read it (not a regular file)"."""
    flags = ["--config", os.devnull] if how == "flag" else []
    if how == "variable":
        monkeypatch.setenv("WARTA_CONFIG", os.devnull)
    common = ["--corpus", str(SEEDS), "--index-dir", str(seeds_index)]
    assert main([*flags, *common, "search", "musk", "--json"]) == 0
    captured = capsys.readouterr()
    assert '"hits"' in captured.out and "not a regular file" not in captured.err


def test_a_fifo_as_the_settings_file_is_still_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Only the null device reads as empty: another device or a FIFO is no settings file."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    assert main(["--config", str(fifo), "config", "--show"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a regular file" in err


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("{a TO a}", "the range from a to a holds nothing"),
        ("title:{musk TO musk]", "the range from musk to musk holds nothing"),
        ("musk -{Elon TO elon}", "the range from elon to elon holds nothing"),
    ],
)
def test_a_range_left_open_at_its_only_word_says_it_holds_nothing(
    seeds_service: SearchService, query: str, message: str
) -> None:
    """``{a TO a}`` holds nothing by its open ends, and found nothing without a word, while
    ``[b TO a]`` said why (Whoosh made it a query of nothing before warta looked)."""
    result = seeds_service.search(query)
    assert result.error == message
    assert not result.hits


def test_a_range_closed_at_its_only_word_is_that_word(seeds_service: SearchService) -> None:
    assert seeds_service.search("title:[musk TO musk]").hits
