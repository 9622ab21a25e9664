"""Watching the corpus while the explorer is open: new articles are indexed and announced
without F5, on by default only for a small corpus of the user's own."""

from __future__ import annotations

import asyncio
import contextlib
import os
import queue
import shutil
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from warta.search import reader as reader_module
from warta.search.errors import UpdateCancelled, WartaError
from warta.search.model import UpdateReport
from warta.search.reader import folders_read
from warta.search.service import SearchService
from warta.tui import app as app_module
from warta.tui.app import WartaApp
from warta.tui.screens.main import MainScreen
from warta.tui.watch import (
    can_change_the_corpus,
    corpus_changes,
    percent_progress,
    should_watch,
)

from tests.conftest import SEEDS
from tests.test_tui_flows import SIZE, settle


def test_the_setting_decides_else_any_corpus_of_ones_own_is_watched(corpus: Path) -> None:
    """However big: an update after a change scans only the changed folders."""
    assert should_watch(None, [corpus])
    assert not should_watch(False, [corpus])
    assert not should_watch(None, [SEEDS]), "the bundled seeds never change"
    assert should_watch(True, [SEEDS])


@pytest.mark.parametrize(
    ("name", "watched"),
    [
        ("a.txt", True),
        ("b.MD", True),
        ("feed.jsonl", True),
        (".a.txt.swp", False),
        (".hidden.txt", False),
        ("picture.jpg", False),
        ("folder", True),  # moved in, it brings its articles
        ("gone", True),  # it may have been a folder of articles
        (".git", False),
    ],
)
def test_article_files_folders_and_what_is_gone_wake_the_watcher(
    tmp_path: Path, name: str, watched: bool
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / ".git").mkdir()
    for file in ("a.txt", "b.MD", "feed.jsonl", ".a.txt.swp", ".hidden.txt", "picture.jpg"):
        (tmp_path / file).write_text("x", "utf-8")
    assert can_change_the_corpus(str(tmp_path / name)) is watched


@contextlib.contextmanager
def watched(corpus: Path) -> Iterator[queue.Queue[set[str]]]:
    """``corpus_changes`` of ``corpus`` in a thread, each burst put in the queue, until the
    block ends."""
    stop = threading.Event()
    changes: queue.Queue[set[str]] = queue.Queue()

    def watching() -> None:
        for changed in corpus_changes([corpus], stop, debounce_ms=50):
            changes.put(changed)

    watcher = threading.Thread(target=watching, daemon=True)
    watcher.start()
    try:
        yield changes
    finally:
        stop.set()
        watcher.join(timeout=30)


def first_write_seen(corpus: Path, changes: queue.Queue[set[str]]) -> set[str]:
    """Write articles until the watch, once set up, reports one: what it reported."""
    for attempt in range(100):
        (corpus / f"a{attempt}.txt").write_text("A\n\nKata.\n", "utf-8")
        with contextlib.suppress(queue.Empty):
            return changes.get(timeout=0.2)
    return set()


@pytest.mark.parametrize("away", ["deleted", "moved", "a file"])
def test_a_corpus_folder_put_back_is_read_and_watched_again(tmp_path: Path, away: str) -> None:
    """The folder deleted, moved away or replaced by a file, then put back: its articles
    are found without F5 (they were missed, the watch gone with the folder)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    stop = threading.Event()
    updates: queue.Queue[None] = queue.Queue()

    def watching() -> None:
        """What the explorer's watcher does with each change."""
        for changed in corpus_changes([corpus], stop, debounce_ms=50):
            with contextlib.suppress(WartaError):  # the folder not there at that moment
                service.update(changed=changed)
            updates.put(None)

    def indexed(word: str) -> None:
        while not service.search(word).hits:
            updates.get(timeout=30)

    watcher = threading.Thread(target=watching, daemon=True)
    watcher.start()
    try:
        for attempt in range(100):  # until the watch is set up and sees a write
            (corpus / f"a{attempt}.txt").write_text("A\n\nKatapertama.\n", "utf-8")
            with contextlib.suppress(queue.Empty):
                updates.get(timeout=0.2)
                break
        indexed("katapertama")
        if away == "moved":
            corpus.rename(tmp_path / "elsewhere")
        else:
            shutil.rmtree(corpus)
        if away == "a file":
            corpus.write_text("not a folder\n", "utf-8")
            updates.get(timeout=30)
            corpus.unlink()
        corpus.mkdir()
        (corpus / "kembali.txt").write_text("Kembali\n\nKatakembali.\n", "utf-8")
        indexed("katakembali")
        (corpus / "lagi.txt").write_text("Lagi\n\nKatalagi.\n", "utf-8")
        indexed("katalagi")
    finally:
        stop.set()
        watcher.join(timeout=30)
        service.close()
    assert not watcher.is_alive()


def test_articles_in_a_new_folder_are_indexed_without_f5(tmp_path: Path) -> None:
    """Folders made with their articles at once (an unpacked archive): written before the
    new folders' own watches start, the articles are still read once they are watched."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    try:
        with watched(corpus) as changes:
            service.update(changed=first_write_seen(corpus, changes))
            new = corpus / "baru" / "dalam"
            new.mkdir(parents=True)
            (new / "x.txt").write_text("Baru\n\nKatabaru.\n", "utf-8")
            while not service.search("katabaru").hits:
                service.update(changed=changes.get(timeout=30))
    finally:
        service.close()


def test_a_symlinked_folder_is_not_watched(tmp_path: Path) -> None:
    """The scan never reads a symlinked folder, so the watcher must not follow one either:
    a link to ``/`` had the system walk and watch the whole disk, and watching stop at the
    first folder it could not read."""
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir()
    outside.mkdir()
    (corpus / "link").symlink_to(outside, target_is_directory=True)
    with watched(corpus) as changes:
        seen = first_write_seen(corpus, changes)
        (outside / "luar.txt").write_text("Luar\n\nKata.\n", "utf-8")
        (corpus / "dalam.txt").write_text("Dalam\n\nKata.\n", "utf-8")
        while str(corpus / "dalam.txt") not in seen:
            seen |= changes.get(timeout=30)
    assert not any("luar" in path for path in seen)


def test_a_folder_gone_before_its_watch_starts_does_not_end_watching(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each folder has a watch of its own: one deleted between the listing and its watch
    (an unpacker's temporary folder) must not stop the watching of the others."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    listings: list[list[str]] = []

    def listed(roots: Sequence[Path]) -> list[str]:
        folders = folders_read(roots)
        listings.append(folders)
        return folders if len(listings) > 1 else [*folders, str(corpus / "sementara")]

    monkeypatch.setattr(reader_module, "folders_read", listed)
    with watched(corpus) as changes:
        assert first_write_seen(corpus, changes)


def test_an_unreadable_folder_does_not_stop_the_watching_of_the_others(tmp_path: Path) -> None:
    """One folder the user cannot read (the scan warns of it) used to end all watching."""
    corpus = tmp_path / "corpus"
    (corpus / "rahasia").mkdir(parents=True)
    (corpus / "rahasia").chmod(0)
    if os.access(corpus / "rahasia", os.R_OK):
        pytest.skip("permissions do not apply to this user (root)")
    try:
        with watched(corpus) as changes:
            assert first_write_seen(corpus, changes)
    finally:
        (corpus / "rahasia").chmod(0o755)


async def settle_while_watching(pilot: Pilot[None]) -> None:
    """``settle`` for every worker but the watcher, which runs until the app exits."""
    quiet = 0
    for _ in range(100):
        await pilot.pause()
        working = [w for w in pilot.app.workers if w.group != "watch" and not w.is_finished]
        if working:
            quiet = 0
            await pilot.app.workers.wait_for_complete(working)
        else:
            quiet += 1
            if quiet == 3:
                return
    raise AssertionError("workers kept running")


async def test_a_new_article_is_indexed_and_announced_without_f5(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = threading.Event()

    def one_change(roots: Sequence[Path], stop: threading.Event) -> Iterator[set[str]]:
        """The watcher, reporting the one change the test makes."""
        assert tuple(roots) == (corpus,)
        written.wait()
        yield {str(corpus / "kopi.txt")}

    monkeypatch.setattr(app_module, "corpus_changes", one_change)
    service = SearchService([corpus], tmp_path / "index")
    app = WartaApp(service, watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle_while_watching(pilot)
        await pilot.press("ctrl+l", *"kopi", "enter")
        await settle_while_watching(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen) and screen.results.total == 0
        (corpus / "kopi.txt").write_text("Harga kopi naik\n\nHarga kopi di pasar naik.\n", "utf-8")
        written.set()
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert [note.message for note in app._notifications][-1] == "1 new article"
        assert [hit.id for hit in screen.results.hits] == ["kopi"]
    service.close()


async def test_the_status_line_says_the_index_is_updating_until_it_is(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thousands of files dropped in take a while to index: the line must not say "Ready"
    meanwhile, and says what the search finds once they are in."""
    written = threading.Event()
    updating = threading.Event()
    finish = threading.Event()

    def one_change(roots: Sequence[Path], stop: threading.Event) -> Iterator[set[str]]:
        written.wait()
        yield {str(corpus / "kopi.txt")}

    service = SearchService([corpus], tmp_path / "index")
    update = service.update

    def slow_update(**options: Any) -> UpdateReport:
        """The watcher's update, held after its first progress until the test looked."""
        if options.get("changed") is None:  # the first build
            return update(**options)
        told = options.get("progress")

        def progress(done: int, total: int) -> None:
            if told is not None:
                told(done, total)
            updating.set()
            finish.wait(60)

        return update(**{**options, "progress": progress})

    monkeypatch.setattr(app_module, "corpus_changes", one_change)
    monkeypatch.setattr(service, "update", slow_update)
    app = WartaApp(service, watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle_while_watching(pilot)
        await pilot.press("ctrl+l", *"kopi", "enter")
        await settle_while_watching(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        (corpus / "kopi.txt").write_text("Harga kopi naik\n\nHarga kopi di pasar naik.\n", "utf-8")
        written.set()
        try:
            assert await asyncio.to_thread(updating.wait, 60)
            await settle_while_watching(pilot)
            assert str(screen.status_line.render()) == "Updating the index: 100%…"
        finally:
            finish.set()
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert str(screen.status_line.render()).startswith("1 result")
    service.close()


async def test_the_explorer_says_which_files_indexing_skipped_and_why(
    tmp_path: Path,
) -> None:
    """An empty file or a binary one was silently missing from the explorer's results;
    only `warta index` printed why. The notice shows the first few and says where they are
    all listed (round 5: it said how many more, and nowhere were they named)."""
    corpus = tmp_path / "korpus"
    corpus.mkdir()
    (corpus / "berita.txt").write_text("Harga kopi naik\n\nHarga kopi di pasar naik.\n", "utf-8")
    for number in range(5):
        (corpus / f"kosong{number}.txt").write_text("\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    app = WartaApp(service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        notes = [note for note in app._notifications if note.title == "Skipped while indexing"]
        assert len(notes) == 1 and notes[0].severity == "warning"
        lines = notes[0].message.splitlines()
        listed = tmp_path / "index" / "skipped.txt"
        assert lines[-1] == f"… and 2 more; all 5 are listed in {listed}"
        for number, line in enumerate(lines[:-1]):
            assert line.endswith(f"korpus/kosong{number}.txt: no text; skipped")
        whole = listed.read_text("utf-8").splitlines()[1:]
        assert whole == [
            f"{corpus / f'kosong{number}.txt'}: no text; skipped" for number in range(5)
        ]
    service.close()


async def test_the_explorer_watches_nothing_unless_asked(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not [worker for worker in app.workers if worker.group == "watch"]


async def test_a_corpus_the_system_will_not_watch_is_said_once(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(roots: Sequence[Path], stop: threading.Event) -> Iterator[set[str]]:
        raise OSError(28, "No space left on device")  # inotify's answer past max_user_watches
        yield set()

    monkeypatch.setattr(app_module, "corpus_changes", refused)
    service = SearchService([corpus], tmp_path / "index")
    app = WartaApp(service, watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle_while_watching(pilot)
        await settle(pilot)
        notes = [note.message for note in app._notifications if "watching" in note.message]
        assert notes == [
            "Not watching the corpus folders (No space left on device); F5 updates the index."
        ]
    service.close()


def test_an_update_shows_each_percent_once_and_stops_when_the_explorer_quits() -> None:
    shown: list[int] = []
    quitting = threading.Event()
    progress = percent_progress(shown.append, quitting.is_set)
    for done in (0, 1, 2, 50, 51, 200):
        progress(done, 200)
    assert shown == [0, 1, 25, 100]
    quitting.set()
    with pytest.raises(UpdateCancelled):
        progress(200, 200)
