"""Hostile input, round fifteen: interrupted and concurrent work (kills at points of a
build, two warta at once, the corpus changing under the explorer). Each case is one that
failed, as a user would meet it, simulated through the code's own seams (no sleeps)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.search.workspace import FILE_NAME, Workspace
from warta.tui.app import WartaApp

from tests.conftest import SEEDS
from tests.test_tui_flows import SIZE, search

# -- the explorer's last writes, while another warta writes the workspace ----------------------


@contextmanager
def another_writer(folder: Path) -> Iterator[sqlite3.Connection]:
    """Another warta in the middle of a write to the workspace in ``folder`` (``warta tag``
    in a script, a second explorer): its transaction holds SQLite's write lock until the
    caller commits it."""
    Workspace(folder).close()
    other = sqlite3.connect(folder / FILE_NAME, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT OR REPLACE INTO stars (article_id, added) VALUES ('lain', 'x')")
        yield other
    finally:
        if other.in_transaction:
            other.execute("COMMIT")
        other.close()


async def test_a_star_given_just_before_quitting_is_written_once_the_other_writer_is_done(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``!`` then ``q`` while another warta wrote the workspace: the star waited on
    SQLite's busy timeout in a daemon thread, and the process ended under it, the star lost
    without a word. Now it is queued when the key is pressed, and the command line waits
    for it once the screen is closed."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await search(pilot, "musk")
        first = screen.results.hits[0].id
        with another_writer(tmp_path) as other:
            await pilot.press("exclamation_mark")
            await pilot.pause()
            await app.action_quit()
            other.execute("COMMIT")
    assert app.workspace.finish(timeout=30) == []
    with Workspace(tmp_path) as workspace:
        assert first in workspace.starred()


def test_quitting_waits_for_the_last_write_and_says_when_it_cannot_be_saved(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds_index: Path,
    tmp_path: Path,
) -> None:
    """Through the command line: the explorer closes with a star still waiting for another
    writer. It is written before warta ends (it was lost); when the other writer holds on
    past the wait, one line says so, exit 2."""
    from warta.tui import cli
    from warta.tui.workspace import toggle_star

    data = tmp_path / "data"
    base = ["--corpus", str(SEEDS), "--index-dir", str(seeds_index), "--data-dir", str(data)]
    monkeypatch.setattr(cli, "_has_terminal", lambda: True)
    with another_writer(data) as other:

        def star_then_quit(app: WartaApp) -> None:
            app.workspace.submit(lambda workspace: toggle_star(workspace, "dibintangi"))
            other.execute("COMMIT")  # the other warta is done just as the screen closes

        monkeypatch.setattr(WartaApp, "run", star_then_quit)
        assert cli.main(base) == 0
    with Workspace(data) as workspace:
        assert "dibintangi" in workspace.starred()
    assert capsys.readouterr().err == ""

    monkeypatch.setattr("warta.search.workspace.BUSY_SECONDS", 0.0)
    with another_writer(data):

        def star_then_quit_under_the_lock(app: WartaApp) -> None:
            app.workspace.submit(lambda workspace: toggle_star(workspace, "tertahan"))

        monkeypatch.setattr(WartaApp, "run", star_then_quit_under_the_lock)
        assert cli.main(base) == 2
    err = capsys.readouterr().err
    assert err.startswith("warta: ") and "Traceback" not in err
    assert "database is locked" in err or "still writing" in err


# -- the watcher, while another warta updates the index ---------------------------------------


async def test_a_file_added_while_another_warta_updates_the_index_is_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The explorer watches; ``warta index --rebuild`` holds the index's lock past the
    watcher's wait; an article is added meanwhile. The watcher said "another warta process
    is updating this index" and dropped the change: the next change (another folder) was
    indexed, that article never was, until F5. Now the watcher waits its turn and indexes
    it, and says so once."""
    import asyncio
    import threading

    from warta.search.errors import N_, IndexBusyError
    from warta.tui import app as app_module

    corpus = tmp_path / "korpus"
    for folder, name, text in (
        ("desa", "lama.txt", "Panen Raya\n\nWarga desa merayakan panen raya pada Senin.\n"),
        ("kota", "pasar.txt", "Pasar Kota\n\nHarga cabai di pasar kota naik lagi.\n"),
    ):
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / name).write_text(text, "utf-8")
    added = corpus / "desa" / "baru.txt"
    later = corpus / "kota" / "kedua.txt"
    second, done = threading.Event(), threading.Event()

    def two_changes(roots: object, stop: threading.Event) -> Iterator[set[str]]:
        yield {str(added)}
        second.wait(60)
        yield {str(later)}
        done.set()
        stop.wait(60)

    service = SearchService([corpus], tmp_path / "index")
    service.update()
    update = service.update
    calls: list[object] = []

    def update_while_another_rebuilds(**options: object) -> object:
        calls.append(options.get("changed"))
        if len(calls) == 1:  # another process's rebuild holds the lock past the wait
            raise IndexBusyError(N_("another warta process is updating this index"))
        return update(**options)  # type: ignore[arg-type]

    monkeypatch.setattr(app_module, "corpus_changes", two_changes)
    monkeypatch.setattr(app_module, "BUSY_RETRY_SECONDS", 0.0, raising=False)
    monkeypatch.setattr(service, "update", update_while_another_rebuilds)
    added.write_text("Zorglubistan\n\nWarga Zorglubistan memanen jagung di desa itu.\n", "utf-8")
    later.write_text("Kabar Kedua\n\nHarga bawang di pasar kota turun.\n", "utf-8")
    app = WartaApp(service, watch=True)
    try:
        async with app.run_test(size=SIZE) as pilot:
            second.set()
            assert await asyncio.to_thread(done.wait, 60)
            await pilot.pause()
            said = [note.message for note in app._notifications]
        assert [hit.id for hit in service.search("zorglubistan").hits] == ["desa/baru"]
        assert [hit.id for hit in service.search("bawang").hits] == ["kota/kedua"]
        assert sum("updating this index" in message for message in said) == 1
    finally:
        service.close()
