"""Hostile input, round nineteen: round eighteen's leftovers (3,000 saved searches, tags
written by other programs, a second ``warta index`` during a rebuild, ``\\u`` escapes in
``[keys]``), then new cases of ``--json``, exports, the watcher and the environment. Each
test failed before its fix."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.search.workspace import Workspace, result_ids
from warta.tui.cli import main

from tests.conftest import SEEDS


def _common(seeds_index: Path, data: Path) -> list[str]:
    return ["--corpus", str(SEEDS), "--index-dir", str(seeds_index), "--data-dir", str(data)]


# -- 1. warta saved with thousands of saved searches ---------------------------------------------


def test_listing_saved_searches_starts_no_thread_for_each(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds_index: Path,
    tmp_path: Path,
) -> None:
    """``warta saved`` counts what is new in each saved search by running it; every search
    started a timer thread (Whoosh's time limit), and 3,000 saved searches took 16 s on a
    loaded machine, most of it starting threads. Now a search polls its deadline."""
    with Workspace(tmp_path / "data") as workspace:
        for number in range(60):
            workspace.save_search(f"cari{number:02d}", f"musk tesla {number}", [])
    started: list[str] = []
    start = threading.Thread.start
    monkeypatch.setattr(
        threading.Thread, "start", lambda thread: (started.append(thread.name), start(thread))[1]
    )
    assert main([*_common(seeds_index, tmp_path / "data"), "saved"]) == 0
    out = capsys.readouterr().out
    assert "cari59" in out
    assert len(started) < 10, started[:5]


@pytest.mark.parametrize(
    "query", ["musk", "musk tesla", "banjir jakarta", "title:musk", "musk -tesla", "zzzqqq"]
)
def test_a_saved_search_remembers_the_hits_its_search_lists(
    seeds_service: SearchService, query: str
) -> None:
    """What a saved search remembers (and counts new against) is what its search lists,
    newest first, now read without scoring the page."""
    listed = seeds_service.search(query, limit=1000, sort="date", snippets=False)
    assert result_ids(seeds_service, query) == [hit.id for hit in listed.hits]
