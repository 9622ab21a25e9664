"""Hostile input, round sixteen: two warta writing the workspace at once (a note edited in
the explorer while a script writes it, two spellings of a tag at once) and a file size
limit. Each case failed as a user would meet it; simulated through the code's own seams,
without sleeps."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input
from warta.search.service import SearchService
from warta.search.workspace import NoteChanged, Workspace
from warta.tui.app import WartaApp

from tests.conftest import SEEDS
from tests.test_tui_flows import SIZE, open_first_result, settle

# -- a note written elsewhere while the explorer's prompt is open -----------------------------


async def test_a_note_written_elsewhere_while_the_prompt_is_open_is_kept_and_said(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """``a`` opens the note prompt; ``warta note ID "B"`` runs in another shell; Enter in
    the prompt replaced "B" without a word. Now "B" is kept, the prompt opens again with
    what the user typed and says what the note is now; Enter there saves over it."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        article = screen.reader.document.article.id
        await pilot.press("a")
        await settle(pilot)
        with Workspace(tmp_path) as other:  # another warta, while the prompt is open
            other.set_note(article, "catatan dari skrip")
        await pilot.press(*"periksa lagi", "enter")
        await settle(pilot)
        with Workspace(tmp_path) as workspace:
            assert workspace.note(article) == "catatan dari skrip"
        assert app.screen.query_one("#answer", Input).value == "periksa lagi"
        info = str(app.screen.query_one("#info").render())
        assert "changed elsewhere" in info and "catatan dari skrip" in info

        await pilot.press("enter")  # the user decided: theirs over it
        await settle(pilot)
        with Workspace(tmp_path) as workspace:
            assert workspace.note(article) == "periksa lagi"
        assert "periksa lagi" in (screen.reader.border_title or "")


async def test_emptying_a_note_removed_elsewhere_meanwhile_is_no_conflict(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """The same note written (or removed) both ways is no conflict: nothing to decide."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        article = screen.reader.document.article.id
        with Workspace(tmp_path) as workspace:
            workspace.set_note(article, "lama")
        await pilot.press("a")
        await settle(pilot)
        with Workspace(tmp_path) as other:
            other.clear_note(article)
        await pilot.press("ctrl+u", "enter")
        await settle(pilot)
        assert not isinstance(app.screen.focused, Input)  # no prompt opened again
        with Workspace(tmp_path) as workspace:
            assert workspace.note(article) is None


def test_a_note_changed_meanwhile_is_not_replaced_and_the_quit_message_keeps_yours(
    tmp_path: Path,
) -> None:
    """The compare-and-set itself, as the explorer's last write meets it when it quits:
    the stored note is kept, and the message (said on the way out) holds both."""
    from warta.tui.workspace import write_note

    with Workspace(tmp_path) as workspace:
        workspace.set_note("a1", "B")
        with pytest.raises(NoteChanged) as raised:
            write_note(workspace, "a1", "punyaku", None)
        assert workspace.note("a1") == "B"
        assert "B" in str(raised.value) and "punyaku" in str(raised.value)
        with pytest.raises(NoteChanged):
            write_note(workspace, "a1", "", "A")  # clearing, too
        assert workspace.note("a1") == "B"
        assert write_note(workspace, "a1", "punyaku", "B").note == "punyaku"


# -- two spellings of a tag at once -----------------------------------------------------------


def test_two_warta_tagging_two_spellings_at_once_store_one(tmp_path: Path) -> None:
    """Two processes tag ``Penting`` and ``penting`` at once: the first looked for the
    tag's spellings outside its write transaction, so the other's ``penting``, committed
    between that look and the write, was not seen, and both spellings were stored. The
    other warta here writes just before the first one's write transaction begins."""
    first = Workspace(tmp_path)
    other = Workspace(tmp_path)
    write = first._write

    @contextmanager
    def other_writes_first() -> Iterator[Any]:
        other.tag("b2", "penting")
        with write() as db:
            yield db

    first._write = other_writes_first  # type: ignore[method-assign]
    try:
        assert first.tag("a1", "Penting") == ("penting", True)
    finally:
        first._write = write  # type: ignore[method-assign]
        first.close()
        other.close()
    with Workspace(tmp_path) as workspace:
        assert workspace.article_tags("a1") == ["penting"]
        assert workspace.tags() == [("penting", 2)]
        assert workspace._spellings("penting") == ["penting"]


# -- a file size limit ------------------------------------------------------------------------

_LIMITED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
from warta.tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_file_size_limit_is_said_as_such_not_as_a_disk_io_error(
    seeds_service: SearchService, seeds_index: Path, tmp_path: Path
) -> None:
    """``(ulimit -f 4; warta star ID)`` on a new data folder said "disk I/O error": the
    limit is what the user can act on."""
    article = seeds_service.search("musk").hits[0].id
    data = tmp_path / "data"
    base = ["--corpus", str(SEEDS), "--index-dir", str(seeds_index), "--data-dir", str(data)]
    run = subprocess.run(
        [sys.executable, "-c", _LIMITED, "star", article, *base],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.stderr
    assert "File too large" in lines[0] and str(data) in lines[0]
