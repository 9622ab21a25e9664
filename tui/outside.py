"""Other programs: the pager or editor an article is handed to, the opener of its address.

Every command is an argument list, never a shell string: an article's address comes from
untrusted text.
"""

from __future__ import annotations

import errno
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence

from textual.app import App, SuspendNotSupported

from tui.i18n import _
from tui.text import literal


class CannotRun(Exception):
    """A pager or editor command that cannot be started: ``command`` and ``reason``."""

    def __init__(self, command: str, reason: str) -> None:
        super().__init__(command, reason)
        self.command = command
        self.reason = reason

    def message(self) -> str:
        text = _("Could not run {command}: {error}")
        return text.format(command=literal(self.command).plain, error=self.reason)


def outside_command(configured: Sequence[str | None], default: str) -> list[str]:
    """The argument list of the first configured command that is not blank, else of
    ``default`` (``$PAGER='  '`` would otherwise run the article file itself).

    Raises ``CannotRun`` for an unbalanced quote or a program not on the PATH, so the
    caller can say so before it hands the screen over.
    """
    command = next((chosen for chosen in configured if chosen and chosen.strip()), default)
    try:
        argv = shlex.split(command)
    except ValueError as error:
        raise CannotRun(command, str(error)) from None
    if not argv or shutil.which(argv[0]) is None:
        raise CannotRun(command, os.strerror(errno.ENOENT))
    return argv


def hand_over(app: App[None], text: str, configured: Sequence[str | None], default: str) -> None:
    """Give ``text`` to another program in the terminal; come back to the same screen.

    The command is checked before the screen is handed over: a program that cannot start
    raises ``CannotRun`` and the app stays, instead of a blank suspended terminal.
    """
    command = outside_command(configured, default)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", prefix="warta-", suffix=".txt", delete=False
    ) as handle:
        handle.write(text + "\n")
    failure: OSError | None = None
    try:
        # Textual's suspend has no try/finally: an exception inside it would leave the
        # terminal handed over for good, so nothing may escape the block.
        with app.suspend():
            try:
                subprocess.run([*command, handle.name], check=False)
            except OSError as error:
                failure = error
    except SuspendNotSupported:
        app.notify(_("This terminal cannot hand the screen to another program."))
    finally:
        os.unlink(handle.name)
        app.refresh()
    if failure is not None:
        raise CannotRun(shlex.join(command), failure.strerror or str(failure))


def web_address(url: str | None) -> str | None:
    """``url`` when it is a web address safe to hand to an opener, else None (an article
    could name ``file:`` or a scheme some handler runs)."""
    if not url:
        return None
    address = url.strip()
    if not address.lower().startswith(("http://", "https://")) or any(
        char.isspace() or not char.isprintable() for char in address
    ):
        return None
    return address


def system_opener() -> list[str] | None:
    """The desktop's opener of addresses as an argument list, or None (a bare server)."""
    name = "open" if sys.platform == "darwin" else "xdg-open"
    path = shutil.which(name)
    return [path] if path else None


def open_address(address: str) -> bool:
    """Open a web address with the system opener, detached, its output discarded; False
    when there is none or it cannot start."""
    opener = system_opener()
    if opener is None:
        return False
    try:
        subprocess.Popen(
            [*opener, address],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return False
    return True
