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


# -- 2. tags written into the workspace by another program -----------------------------------------


def test_a_tag_another_program_wrote_past_the_limit_is_shown_cut(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """A tag of 200,000 characters put in the workspace by another program (a script, a
    sync tool) was listed whole by ``warta tags`` and in every result's marks; typed, a tag
    has at most 64 characters. Now it is read back cut as one, and can still be removed."""
    import sqlite3

    with Workspace(tmp_path / "data") as workspace:
        workspace.tag("000_57ce1d9c2516dadd", "penting")
    huge = "banjir" * 40_000
    with sqlite3.connect(tmp_path / "data" / "state.sqlite") as db:
        db.execute(
            "INSERT INTO tags (article_id, tag, added) VALUES (?, ?, ?)",
            ("000_57ce1d9c2516dadd", huge + "\x1b]52;c;aGk=\x07", "2026-12-06T10:00:00"),
        )
    common = _common(seeds_index, tmp_path / "data")
    assert main([*common, "tags"]) == 0
    assert main([*common, "tags", "--json"]) == 0
    assert main([*common, "search", "musk", "--json"]) == 0
    out = capsys.readouterr().out
    assert "penting" in out and "banjirbanjir" in out
    assert len(out) < 20_000 and "\x1b" not in out
    with Workspace(tmp_path / "data") as workspace:
        (shown,) = [
            tag for tag in workspace.article_tags("000_57ce1d9c2516dadd") if "banjir" in tag
        ]
        assert len(shown) <= 64
        assert workspace.untag("000_57ce1d9c2516dadd", huge + "\x1b]52;c;aGk=\x07") is not None
        assert workspace.article_tags("000_57ce1d9c2516dadd") == ["penting"]


# -- 3. a second warta index while another rebuilds ---------------------------------------------


def test_a_second_index_waits_for_the_one_running_and_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``warta index`` while another warta rebuilds the index (a timer, a second terminal):
    it gave up after 10 s, "another warta process is updating this index; try again when
    it is done", though a rebuild of a real corpus takes minutes. Now it says once that it
    waits, and updates the index when the other is done (here after 30 s of its clock)."""
    import time
    import types

    import warta.search.index as index_module
    from warta.search.index import IndexLock

    common = ["--corpus", str(SEEDS), "--index-dir", str(tmp_path / "index")]
    (tmp_path / "index").mkdir()
    other = IndexLock(tmp_path / "index", timeout=0).__enter__()  # the running rebuild
    clock = [time.monotonic()]

    def sleep(seconds: float) -> None:
        clock[0] += 5
        if clock[0] - start > 30:
            other.__exit__()

    start = clock[0]
    fake = types.SimpleNamespace(
        **{name: getattr(time, name) for name in ("perf_counter", "time", "time_ns")},
        monotonic=lambda: clock[0],
        sleep=sleep,
    )
    monkeypatch.setattr(index_module, "time", fake)
    assert main([*common, "index"]) == 0
    captured = capsys.readouterr()
    assert captured.err.count("another warta is indexing") == 1
    assert "5 articles indexed" in captured.out


# -- 4. \u escapes in the settings file's keys ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "said"),
    [
        (  # a binding id with an escape, in [keys]
            '[keys]\n"warta.screen.theme" = "f8"\n"warta.screen.th\\u0065mx" = "f9"\n',
            3,
            "keys.warta.screen.themx is not a binding id",
        ),
        (  # the table's own name written with an escape
            'page_size = 20\n["k\\u0065ys"]\n"warta.app.nope" = "f9"\n',
            3,
            "keys.warta.app.nope is not a binding id",
        ),
        (  # a key that cannot work, its id with an escape
            '[keys]\n"warta.app.\\u0071uit" = "ctrl+"\n',
            2,
            "keys.warta.app.quit must be a key",
        ),
        ('"p\\u0061ge" = 3\n', 1, "unknown setting page"),  # a setting
    ],
)
def test_a_key_written_with_escapes_is_said_with_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, line: int, said: str
) -> None:
    """TOML reads ``"th\\u0065me"`` as ``theme``; the line was looked for as typed, and the
    message named no line ("keys.… is not a binding id" with the file's name alone)."""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"warta: {path} line {line}: {said}"), err


def test_a_saved_search_name_another_program_wrote_past_the_limit_is_listed_cut(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """The same for a saved search's name: ``warta saved --json`` printed a name of
    200,000 characters whole (a typed name has at most 64). Its new articles still count."""
    import json
    import sqlite3

    with Workspace(tmp_path / "data") as workspace:
        workspace.save_search("biasa", "musk", [])
    with sqlite3.connect(tmp_path / "data" / "state.sqlite") as db:
        db.execute(
            "INSERT INTO saved_searches (name, query, created, opened) VALUES (?, ?, ?, ?)",
            ("n" * 200_000, "musk", "2026-01-01T00:00:00", "2026-01-01T00:00:00"),
        )
    assert main([*_common(seeds_index, tmp_path / "data"), "saved", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [len(saved["name"]) <= 64 for saved in listed] == [True, True]
    assert [saved["new"] for saved in listed] == [5, 5]


def test_the_explorers_saved_list_shows_such_a_name_cut() -> None:
    """The explorer's saved searches (J) drew that name whole in its row: opening the list
    took 2.9 s instead of 0.6 s with one name of 200,000 characters (linear in it)."""
    from warta.tui.screens.workspace import SavedRow, saved_row_prompt

    shown = saved_row_prompt(SavedRow("n" * 200_000, "banjir", 3)).plain
    assert "banjir" in shown and len(shown) < 120


# -- 6. the watcher: folders made while its watches are made again --------------------------------


def test_a_folder_made_while_the_watches_are_made_again_is_read_and_watched(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A new folder makes the watcher list the corpus and make its watches again; what
    changed before they were in place was no event. Copying 40 folders into a corpus of
    3,000, one every 0.15 s, 21 were never read (nor their articles indexed) until F5.
    Here a folder with an article appears just as the corpus is listed again: it is read,
    and an article written in it afterwards is seen too."""
    import contextlib
    import queue

    import warta.search.reader as reader_module
    from warta.search.reader import folders_read

    from tests.test_watch import first_write_seen, watched

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    listings = [0]

    def listed_while_a_copy_runs(roots: list[Path]) -> list[str]:
        listings[0] += 1
        folders = folders_read(roots)
        if listings[0] == 2:  # the watches given up for new ones: the copy goes on
            (corpus / "kedua").mkdir()
            (corpus / "kedua" / "b.txt").write_text("B\n\nKata.\n", "utf-8")
        return folders

    monkeypatch.setattr(reader_module, "folders_read", listed_while_a_copy_runs)
    with watched(corpus) as changes:
        assert first_write_seen(corpus, changes)
        (corpus / "pertama").mkdir()
        (corpus / "pertama" / "a.txt").write_text("A\n\nKata.\n", "utf-8")
        seen: set[str] = set()
        for _attempt in range(50):
            with contextlib.suppress(queue.Empty):
                seen |= changes.get(timeout=0.2)
            if str(corpus / "kedua") in seen:
                break
        assert str(corpus / "kedua") in seen
        for attempt in range(50):
            (corpus / "kedua" / f"c{attempt}.txt").write_text("C\n\nKata.\n", "utf-8")
            with contextlib.suppress(queue.Empty):
                seen |= changes.get(timeout=0.2)
            if any("/kedua/c" in path for path in seen):
                break
        assert any("/kedua/c" in path for path in seen)
