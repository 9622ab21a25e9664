"""``o`` and ``O`` hand the article to $PAGER or $EDITOR; a command that cannot run gives
a notice and the app stays usable, never a terminal left handed over."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from warta.search.service import SearchService
from warta.tui.app import WartaApp

from .test_tui_flows import SIZE, open_first_result


class FakeTerminal:
    """Stands in for the terminal hand-over (the test driver cannot suspend), with
    Textual's own shape: an exception inside the block skips the resume."""

    def __init__(self) -> None:
        self.handovers = 0
        self.suspended = False
        self.ran: list[list[str]] = []
        #: The text of each file handed over, as the program read it.
        self.read: list[str] = []
        self.failure: OSError | None = None

    @contextmanager
    def suspend(self) -> Iterator[None]:
        self.handovers += 1
        self.suspended = True
        yield
        self.suspended = False

    def run(self, argv: list[str], **_kwargs: Any) -> subprocess.CompletedProcess[str]:
        """Like ``subprocess.run``: a program not on the PATH cannot be started."""
        self.ran.append(list(argv))
        self.read.append(Path(argv[-1]).read_text("utf-8"))
        if self.failure is not None:
            raise self.failure
        if shutil.which(argv[0]) is None:
            raise FileNotFoundError(2, "No such file or directory", argv[0])
        return subprocess.CompletedProcess(argv, 0)


@pytest.fixture()
def terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeTerminal:
    fake = FakeTerminal()
    monkeypatch.setattr(WartaApp, "suspend", lambda app: fake.suspend())
    monkeypatch.setattr(subprocess, "run", fake.run)
    for name in ("PAGER", "VISUAL", "EDITOR"):
        monkeypatch.delenv(name, raising=False)
    # A `less` and a `vi` of our own, so the defaults exist whatever the machine has.
    programs = tmp_path / "bin"
    programs.mkdir()
    for name in ("less", "vi"):
        (programs / name).write_text("#!/bin/sh\nexit 0\n", "utf-8")
        (programs / name).chmod(0o755)
    monkeypatch.setenv("PATH", str(programs))
    return fake


def warnings(app: WartaApp) -> list[str]:
    return [str(note.message) for note in app._notifications if note.severity == "warning"]


@pytest.mark.parametrize(
    ("variable", "command", "key", "reason"),
    [
        ("PAGER", "/nonexistent/pager", "o", "No such file or directory"),
        ("VISUAL", "/no/such editor", "O", "No such file or directory"),
        ("PAGER", 'less "', "o", "No closing quotation"),
    ],
)
async def test_a_command_that_cannot_run_gives_a_notice_and_keeps_the_screen(
    seeds_service: SearchService,
    terminal: FakeTerminal,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    command: str,
    key: str,
    reason: str,
) -> None:
    monkeypatch.setenv(variable, command)
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press(key)
        await pilot.pause()
        assert not terminal.suspended, "the app has the screen"
        assert terminal.handovers == 0, "the screen is never handed to a missing program"
        assert warnings(app) == [f"Could not run {command}: {reason}"]
        await pilot.press("t")  # the app still answers keys
        assert screen.timeline.has_focus
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0


async def test_a_blank_pager_falls_back_to_less(
    seeds_service: SearchService, terminal: FakeTerminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAGER", "  ")
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "musk")
        await pilot.press("o")
        await pilot.pause()
        ((program, article_file),) = terminal.ran
        assert program == "less" and article_file.endswith(".txt")
        assert not Path(article_file).exists(), "the temporary copy is removed"
        assert terminal.handovers == 1 and not terminal.suspended
        assert warnings(app) == []


async def test_the_pager_gets_the_article_wrapped_at_words_to_the_terminals_width(
    seeds_service: SearchService, terminal: FakeTerminal
) -> None:
    """less folds a long line at the screen's edge, in the middle of a word
    ("menggambarka" / "n"): the copy it reads is wrapped at words, as man formats a page."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("o")
        await pilot.pause()
        document = screen.reader.document
        assert document is not None
        (text,) = terminal.read
        lines = text.splitlines()
        assert max(map(len, lines)) < 80 and len(lines) > document.plain.count("\n") + 1
        assert text.split() == document.plain.split()  # every word whole, none lost
        assert "\n\n" in text  # paragraphs still apart


async def test_a_program_that_fails_to_start_still_gives_the_screen_back(
    seeds_service: SearchService, terminal: FakeTerminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", "vi -R")
    terminal.failure = PermissionError(13, "Permission denied")
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("O")
        await pilot.pause()
        assert terminal.handovers == 1 and not terminal.suspended, "the app resumed"
        assert warnings(app) == ["Could not run vi -R: Permission denied"]
        await pilot.press("t")
        assert screen.timeline.has_focus
