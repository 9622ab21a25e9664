"""Other programs: the pager or editor an article is handed to, the opener of its address.

Every command is an argument list, never a shell string: an article's address comes from
untrusted text.

The pager reads a temporary copy of the cleaned article, removed afterwards: nothing to
keep. The editor follows ``v`` in less: when the article is a whole file of the corpus (a
``.txt`` or ``.md`` file warta may write), the editor opens that file, and the change is
there for F5 to index. An article that is a line of a ``.jsonl`` file (or whose file is
gone or read-only) cannot be edited in place as text: the editor gets a copy that is kept,
in warta's data folder, and warta says where it is once the editor returns.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from textual.app import App, SuspendNotSupported
from warta.search.errors import error_reason
from warta.search.model import Article
from warta.search.paths import data_dir, open_regular_file
from warta.search.sanitize import clean_line
from warta.tui.i18n import _
from warta.tui.text import literal, wrap_lines

#: Corpus formats where one file is one article, as the author wrote it.
WHOLE_FILE_SUFFIXES = (".txt", ".md")
#: Characters kept from an article id in its copy's file name; the rest become "_".
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


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


@dataclass(frozen=True)
class Handover:
    """The file another program opens, and what happens to it once the program returns."""

    path: Path
    #: Removed afterwards (the pager's copy).
    temporary: bool = False
    #: The article's own corpus file, edited in place.
    in_place: bool = False
    #: Size and modification time before the program ran, to tell whether it was saved.
    before: tuple[int, int] = (0, 0)

    def finish(self) -> str | None:
        """Clean up; the message for the user, if the file was saved (None otherwise)."""
        if self.temporary:
            self.path.unlink(missing_ok=True)
            return None
        if _state(self.path) == self.before:
            return None
        shown = clean_line(str(self.path))
        if self.in_place:
            return _("Saved {path}. F5 updates the index.").format(path=shown)
        return _("Your edits are in {path}; the archive itself is unchanged.").format(path=shown)


def edits_folder() -> Path:
    """Where the editor's copies are kept: ``edits`` in warta's data folder."""
    return data_dir() / "edits"


def for_pager(plain: str, width: int) -> Handover:
    """A temporary copy of the cleaned article, for reading, wrapped at words to ``width``
    cells (a pager folds a long line in the middle of a word)."""
    wrapped = "\n".join(plain[start:end] for start, end in wrap_lines(plain, width))
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", prefix="warta-", suffix=".txt", delete=False
    ) as handle:
        handle.write(wrapped + "\n")
    return Handover(Path(handle.name), temporary=True)


def for_editor(article: Article, plain: str, folder: Path) -> Handover:
    """The article's own file when it is one, writable; else its kept copy in ``folder``.

    A copy made earlier is opened again, not overwritten: it may hold the user's edits.
    A file that is now a symbolic link gets the copy too: the index reads no link out of
    the corpus, but the editor followed one (an article swapped for a link to
    ``~/.bashrc.txt`` after indexing opened that file to edit, in place).
    """
    source = Path(article.path)
    if (
        source.suffix.lower() in WHOLE_FILE_SUFFIXES
        and not source.is_symlink()
        and source.is_file()
        and os.access(source, os.W_OK)
    ):
        return Handover(source, in_place=True, before=_state(source))
    copy = folder / copy_name(article.id)
    # Nor is a link in the copies' folder followed: one placed there (dangling, or to a file
    # elsewhere) made warta write the copy, or the editor the edits, where it pointed.
    if copy.is_symlink():
        raise OSError(errno.ELOOP, "a symbolic link, not a regular file", str(copy))
    if not copy.exists():
        folder.mkdir(parents=True, exist_ok=True)
        descriptor = open_regular_file(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(plain + "\n")
    return Handover(copy, before=_state(copy))


def copy_name(article_id: str) -> str:
    """A file name for the copy of ``article_id``: readable, safe, distinct per id."""
    digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    readable = _UNSAFE_NAME.sub("_", article_id).strip("._")[:60] or "article"
    return f"{readable}-{digest}.txt"


def _state(path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except OSError:
        return (0, 0)
    return (status.st_size, status.st_mtime_ns)


def hand_over(
    app: App[None], make: Callable[[], Handover], configured: Sequence[str | None], default: str
) -> str | None:
    """Give the file ``make`` prepares to another program in the terminal; come back to the
    same screen. Returns what to tell the user about a saved file, if anything.

    The command is checked before the file is made and the screen handed over: a program
    that cannot start raises ``CannotRun`` and the app stays, instead of a blank suspended
    terminal.
    """
    command = outside_command(configured, default)
    try:
        handover = make()
    except OSError as error:
        raise CannotRun(shlex.join(command), error_reason(error)) from None
    failure: OSError | None = None
    try:
        # Textual's suspend has no try/finally: an exception inside it would leave the
        # terminal handed over for good, so nothing may escape the block.
        with app.suspend():
            try:
                subprocess.run([*command, str(handover.path)], check=False)
            except OSError as error:
                failure = error
    except SuspendNotSupported:
        app.notify(_("This terminal cannot hand the screen to another program."))
    finally:
        saved = handover.finish()
        app.refresh()
    if failure is not None:
        raise CannotRun(shlex.join(command), error_reason(failure))
    return saved


def system_opener() -> list[str] | None:
    """The desktop's opener of addresses as an argument list, or None (a bare server)."""
    name = "open" if sys.platform == "darwin" else "xdg-open"
    path = shutil.which(name)
    return [path] if path else None


def open_address(address: str, configured: str | None = None) -> bool:
    """Open a web address with the ``configured`` opener command, else the system opener,
    detached, its output discarded; False when there is none or it cannot start."""
    if configured:
        try:
            opener: list[str] | None = outside_command([configured], configured)
        except CannotRun:
            return False
    else:
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
