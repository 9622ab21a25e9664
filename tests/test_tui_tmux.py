"""Smoke test: the real ``warta`` command in a real terminal (tmux), driven by keys."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
WARTA = shutil.which("warta") or shutil.which("warta", path=str(Path(sys.executable).parent))

pytestmark = pytest.mark.skipif(
    TMUX is None or WARTA is None, reason="needs tmux and the warta console script"
)

#: Long enough for a first run to build the seeds' index on a busy machine.
DEADLINE_SECONDS = 60.0


class Terminal:
    """One tmux server of our own (its own socket), holding one 100x30 window."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def tmux(self, *args: str) -> subprocess.CompletedProcess[str]:
        assert TMUX is not None
        return subprocess.run(
            [TMUX, "-L", self.socket, *args], capture_output=True, text=True, check=False
        )

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "warta").stdout

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "warta", *keys)

    def wait_for(self, ready: Callable[[str], bool], what: str) -> str:
        """Poll the screen until ``ready`` holds, failing after the deadline."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        screen = self.screen()
        while not ready(screen):
            if time.monotonic() > deadline:
                pytest.fail(f"timed out waiting for {what}; the screen shows:\n{screen}")
            time.sleep(0.1)
            screen = self.screen()
        return screen

    def running(self) -> bool:
        return self.tmux("has-session", "-t", "warta").returncode == 0


@pytest.fixture()
def terminal(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Terminal]:
    terminal = Terminal(f"warta-test-{os.getpid()}")
    command = shlex.join(
        [str(WARTA), "--corpus", str(corpus), "--index-dir", str(tmp_path / "index"), "musk"]
    )
    monkeypatch.setenv("WARTA_LANG", "en")
    # A "pager" that keeps what it was given, to check what `o` hands over.
    monkeypatch.setenv("PAGER", f"sh -c 'cat \"$0\" > {shlex.quote(str(tmp_path / 'paged.txt'))}'")
    terminal.tmux("new-session", "-d", "-s", "warta", "-x", "100", "-y", "30", command)
    yield terminal
    terminal.tmux("kill-server")


def test_warta_builds_searches_reads_pages_and_quits(terminal: Terminal, tmp_path: Path) -> None:
    terminal.wait_for(
        lambda screen: "5 results" in screen and "Open article" in screen,
        "the first run to index, search and focus the results",
    )
    terminal.keys("Enter")
    # The first hit is already previewed; the reader's keys in the footer say it is open.
    terminal.wait_for(lambda screen: "tab Mention" in screen, "the first result to open")
    terminal.keys("Tab")
    reading = terminal.wait_for(lambda screen: " here" in screen, "a mention to be selected")

    terminal.keys("o")
    paged = tmp_path / "paged.txt"
    terminal.wait_for(lambda screen: paged.exists() and screen == reading, "the pager to return")
    title, _meta, blank, *body = paged.read_text("utf-8").splitlines()
    assert title.split()[0] in reading and not blank and body

    terminal.keys("F1")
    terminal.wait_for(lambda screen: "Keys (/ finds, Escape closes)" in screen, "the help screen")
    terminal.keys("Escape")
    terminal.wait_for(lambda screen: "Keys (/ finds" not in screen, "the help screen to close")
    terminal.keys("q")  # from the reader to the results
    terminal.wait_for(lambda screen: "Open article" in screen, "q to go back to the results")
    terminal.keys("q")
    deadline = time.monotonic() + DEADLINE_SECONDS
    while terminal.running():
        assert time.monotonic() < deadline, "warta did not quit on q"
        time.sleep(0.1)
