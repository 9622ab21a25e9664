"""Hostile input to the explorer itself: what the command line hands the app."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from warta.search.errors import WartaError
from warta.search.model import Article, UpdateReport
from warta.search.paths import bundled_seeds
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.screens.main import MainScreen

from .test_hostile_terminal import (
    APP_FORBIDDEN,
    FORBIDDEN_TEXT,
    _read_until,
    hostile,
    warta_in_a_terminal,
)
from .test_tui_flows import SIZE, search, settle

__all__ = ["hostile"]  # the fixture, shared with the terminal tests

#: A startup query (``warta QUERY``) carrying a clipboard write, a title change, a title
#: report request and an 8-bit CSI; only the words may survive.
HOSTILE_QUERY = "\x1b]52;c;QVJHVjUy\x1b\\kuncijahat \x1b]0;ARGVPWN\x07\x1b[21t\u009b21t durian"
QUERY_PAYLOADS = ["QVJHVjUy", "ARGVPWN", "21t"]


async def test_a_hostile_startup_query_is_cleaned_before_it_is_shown(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service, initial_query=HOSTILE_QUERY)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        value = screen.search_bar.value
        assert FORBIDDEN_TEXT.search(value) is None
        assert value.split() == ["kuncijahat", "durian"]
        drawn = app.export_screenshot()
        assert "kuncijahat" in drawn
        for payload in ["\x1b", "\x9b", *QUERY_PAYLOADS]:
            assert payload not in value and payload not in drawn


def test_a_hostile_startup_query_never_reaches_the_terminal(hostile: tuple[Path, Path]) -> None:
    corpus, index = hostile
    with warta_in_a_terminal(corpus, index, HOSTILE_QUERY) as (master, seen, _):
        assert _read_until(master, seen, b" result", time.monotonic() + 60), "no search ran"
        os.write(master, b"\x11")  # Ctrl+Q: the focus is in the search bar
    assert b"kuncijahat" in seen
    forbidden = [*APP_FORBIDDEN, b"\x1b[21t", b"\xc2\x9b21t", b"\x1b]0;"]
    forbidden += [payload.encode() for payload in QUERY_PAYLOADS]
    assert [payload for payload in forbidden if payload in seen] == []


class _FailingArticles(SearchService):
    """Its articles cannot be read, with a message that quotes a hostile file name."""

    def article(self, article_id: str) -> Article | None:
        raise WartaError(f"cannot read racun-\x1b]0;ARGVPWN\x07-\u009b21t.txt ({article_id})")


async def test_a_warning_quoting_a_hostile_name_is_cleaned(seeds_index: Path) -> None:
    service = _FailingArticles([bundled_seeds()], seeds_index)
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")  # previewing the first hit fails
        warnings = [str(note.message) for note in app._notifications]
        assert warnings and all(message.startswith("cannot read racun-") for message in warnings)
        for message in warnings:
            assert FORBIDDEN_TEXT.search(message) is None
            assert "ARGVPWN" not in message and "21t" not in message
    service.close()


class _FailingBuild(SearchService):
    """Its index build trips over a file whose content the error message quotes."""

    def has_index(self) -> bool:
        return False

    def update(self, *args: Any, **kwargs: Any) -> UpdateReport:
        raise RuntimeError("bad entity \x1b]0;ARGVPWN\x07\u009b21t in entities.json")


async def test_an_indexing_failure_quoting_hostile_text_is_cleaned(tmp_path: Path) -> None:
    service = _FailingBuild([bundled_seeds()], tmp_path / "index")
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        messages = [str(note.message) for note in app._notifications]
        assert messages and all("bad entity" in message for message in messages)
        for message in messages:
            assert FORBIDDEN_TEXT.search(message) is None
            assert "ARGVPWN" not in message and "21t" not in message
    service.close()
