"""Hostile input, round fifteen: interrupted and concurrent work (kills at points of a
build, two warta at once, the corpus changing under the explorer). Each case is one that
failed, as a user would meet it, simulated through the code's own seams (no sleeps)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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


# -- a generation removed when a kill comes ---------------------------------------------------


class _Listing:
    """What ``os.scandir`` returns, with the entries in a given order."""

    def __init__(self, entries: list[os.DirEntry[str]]) -> None:
        self._entries = entries

    def __enter__(self) -> _Listing:
        return self

    def __exit__(self, *exc_info: object) -> None:
        pass

    def __iter__(self) -> Iterator[os.DirEntry[str]]:
        return iter(self._entries)

    def close(self) -> None:
        pass


def test_ctrl_c_while_the_old_generation_is_removed_leaves_nothing_for_ever(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``warta index --rebuild``, stopped just as it removes the generation it replaced
    (a second Ctrl+C, a kill), on a file system that lists the generation's marker before
    its segments (ext4's hashed order does for some names). The marker went first, and the
    rest stayed for ever: warta removes only folders that carry it. Now the marker goes
    last; the next update removes what is left."""
    from warta.search.index import GENERATION_MARKER

    index = tmp_path / "index"
    service = SearchService([corpus], index)
    service.update()
    old = next(index.glob("gen-*"))
    scandir, unlink = os.scandir, os.unlink

    def marker_first(path: Any = ".") -> Any:
        with scandir(path) as listing:
            entries = list(listing)
        return _Listing(sorted(entries, key=lambda entry: entry.name != GENERATION_MARKER))

    marker_gone = False

    def killed_after_the_marker(path: Any, *args: Any, **options: Any) -> None:
        nonlocal marker_gone
        if marker_gone:
            marker_gone = False
            raise KeyboardInterrupt
        unlink(path, *args, **options)
        marker_gone = os.path.basename(os.fsdecode(path)) == GENERATION_MARKER

    monkeypatch.setattr(os, "scandir", marker_first)
    monkeypatch.setattr(os, "unlink", killed_after_the_marker)
    with contextlib.suppress(KeyboardInterrupt):
        service.update(rebuild=True)
    monkeypatch.undo()
    if old.exists():
        assert (old / GENERATION_MARKER).exists() or not any(old.iterdir())
    service.update()
    service.close()
    assert [folder for folder in index.glob("gen-*") if any(folder.iterdir())] == [
        index / (index / "CURRENT").read_text().strip()
    ]


# -- the user's entity file, edited while a build runs ----------------------------------------


def test_the_entity_file_edited_during_a_build_is_read_again_by_the_next_update(
    tmp_path: Path,
) -> None:
    """A long build; the user adds an entity to ``entities.json`` meanwhile (the build read
    it at its start). The store recorded the file as it was at the end, so the next
    ``warta index`` said "up to date" over mentions found without the entity, until a
    ``--rebuild``. Now it records the file the build started with: the next update sees
    the edit and builds again."""
    import json

    corpus = tmp_path / "korpus"
    corpus.mkdir()
    for number in range(3):
        (corpus / f"berita{number}.txt").write_text(
            f"Panen Sawit {number}\n\nPetani anggota KSR memanen sawit di Riau pada Senin. "
            "Ketua KSR mengatakan harga tandan buah segar naik.\n",
            "utf-8",
        )
    entities = tmp_path / "entities.json"
    entities.write_text(json.dumps({"entities": []}), "utf-8")
    service = SearchService([corpus], tmp_path / "index", entities_file=entities)
    added = {"name": "Koperasi Sawit Raya", "kind": "organisation", "aliases": ["KSR"]}

    def edited_after_the_first_file(done: int, total: int) -> None:
        entities.write_text(json.dumps({"entities": [added]}), "utf-8")

    service.update(progress=edited_after_the_first_file)
    report = service.update()
    entity = service.entity("Koperasi Sawit Raya")
    assert report.rebuilt
    assert entity is not None and len(service.mentions(entity.id)) == 6
    service.close()


# -- an update killed in the middle of its store's transaction --------------------------------


def test_an_update_killed_mid_transaction_is_rolled_back_not_built_again(
    corpus: Path, tmp_path: Path
) -> None:
    """``kill -9`` of ``warta index`` once its store transaction had outgrown SQLite's page
    cache left a hot journal, which the read-only check of the index could not roll back
    ("attempt to write a readonly database"): the next ``warta index`` or ``warta search``
    built the whole index again, without a word. Now the update rolls it back under the
    index's lock, and finds nothing to do."""
    import subprocess
    import sys

    from warta.search.index import current_generation

    index = tmp_path / "index"
    service = SearchService([corpus], index)
    service.update()
    live = current_generation(index)
    assert live is not None
    killed_writer = (
        "import os, signal, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('PRAGMA cache_size = 1')  # its pages spill to the file, as a big update's\n"
        "db.execute('BEGIN')\n"
        "db.execute('DELETE FROM mentions')\n"
        "db.execute('UPDATE articles SET title = title')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", killed_writer, str(live / "store.sqlite")], check=False)
    assert (live / "store.sqlite-journal").exists()
    report = service.update()
    assert not report.rebuilt and report.added == 0 and report.unchanged == 5
    assert current_generation(index) == live
    assert service.search("musk").hits
    service.close()
