"""Watching the corpus folders while the explorer is open, so new articles are found
without F5.

Whether to watch is the ``watch`` setting; without it, warta watches any corpus of the
user's own (the bundled seeds never change). An update after a change scans only the
folders of the changed paths, so its cost does not grow with the corpus; watching itself
costs one operating-system watch per folder. ``watchfiles`` is imported only when watching
starts.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from warta.search.errors import UpdateCancelled
from warta.search.model import UpdateReport
from warta.search.paths import bundled_seeds
from warta.tui.i18n import _, ngettext, warning_line
from warta.tui.skipped import more_skipped
from warta.tui.text import show_number
from warta.tui.widgets.answers import Notice

#: Quiet milliseconds after a change before warta updates (an editor saves in bursts).
DEBOUNCE_MS = 1600

#: How often warta looks for a corpus folder that went away to be back.
ROOT_POLL_SECONDS = 1.0


def percent_progress(
    show: Callable[[int], None], stopped: Callable[[], bool]
) -> Callable[[int, int], None]:
    """An update's ``progress``: ``show`` once per percent (not per file), and
    :class:`UpdateCancelled` once ``stopped`` (the explorer quitting must not wait for the
    rest of a build)."""
    shown = -1

    def progress(done: int, total: int) -> None:
        nonlocal shown
        if stopped():
            raise UpdateCancelled
        percent = 100 * done // max(total, 1)
        if percent != shown:
            shown = percent
            show(percent)

    return progress


def should_watch(setting: bool | None, roots: Sequence[Path]) -> bool:
    """The ``watch`` setting when given; else True for a corpus of the user's own."""
    if setting is not None:
        return setting
    return tuple(roots) != (bundled_seeds(),)


def can_change_the_corpus(path: str) -> bool:
    """Whether a changed path can change what warta reads: an article file (``.txt``,
    ``.md``, ``.jsonl``), a folder (moved in, it brings its articles), or something gone
    (a folder that held some); not a hidden file or an editor's swap file."""
    from warta.search.reader import FORMATS  # not at start-up: the reader imports ~50 ms

    name = os.path.basename(path)
    if name.startswith("."):
        return False
    if os.path.splitext(name)[1].lower() in FORMATS:
        return True
    return os.path.isdir(path) or not os.path.lexists(path)


def corpus_changes(
    roots: Sequence[Path], stop: threading.Event, debounce_ms: int = DEBOUNCE_MS
) -> Iterator[set[str]]:
    """Block until article files under ``roots`` change; yield the paths that did, once
    per burst of changes, until ``stop`` is set.

    Each folder the scan reads gets a watch of its own: a recursive watch would follow a
    symlinked folder the scan never reads (a link to ``/`` had the system walk and watch
    the whole disk, then give up on the first folder it could not read). A folder that
    appears is watched from then on, and read again once it is. A corpus folder deleted,
    moved away or replaced by a file takes its watch with it: warta waits for it to be
    back, then yields the corpus folders themselves (read them whole) and watches again.
    """
    from warta.search.reader import folders_read
    from watchfiles import watch

    # What to read again once the new watches are in place (what changes before is missed):
    # folders that appeared, and the corpus folders when they came back.
    recheck: set[str] = set()
    reread: set[str] = set()
    # The folders' times when a watch was given up for a new one: what changes before the
    # new watches are in place is no event (a copy of 40 folders into a corpus of 3,000
    # lost 21 of them: each new folder made the watches anew, 5 s each, and the folders
    # that appeared meanwhile were watched but never read).
    before: dict[str, int] | None = None
    roots_at = {os.path.abspath(root) for root in roots}
    while not stop.is_set():
        folders = folders_read(roots)
        known = {os.path.abspath(folder) for folder in folders}
        watched = [_identity(root) for root in roots]
        gone = False
        changes_of = watch(
            *folders,
            watch_filter=lambda _change, path: _wanted(path, roots_at),
            debounce=debounce_ms,
            stop_event=stop,
            raise_interrupt=False,
            recursive=False,
            yield_on_timeout=True,
            # A folder unreadable, or gone since the listing: the others are watched.
            ignore_permission_denied=True,
        )
        try:
            for changes in changes_of:
                changed = {path for _change, path in changes}
                if before is not None:  # the first news of the watches made again
                    changed |= _changed_since(before, folders)
                    before = None
                if paths := changed | recheck | reread:
                    yield paths
                reread = set()
                # A corpus folder's own event: deleted, moved, replaced (maybe by a new
                # folder with the same inode); another identity: moved away and made anew.
                gone = any(os.path.abspath(path) in roots_at for path in changed)
                if gone or [_identity(root) for root in roots] != watched:
                    gone = True
                    break
                recheck = {os.path.abspath(p) for p in changed if _is_folder(p)} - known
                if recheck:
                    before = _folder_times(folders)
                    break
            else:
                return
        except RuntimeError as error:
            # watchfiles gives up on a changed name that is not UTF-8 (``berita\xff.txt``,
            # saved by a program of another encoding), and its watch ends with it: the
            # explorer stopped watching without a word. Read that folder again (the
            # reader names such a file), and watch on.
            if not str(error).startswith(UNDECODABLE):
                raise
            folder = _folder_named_in(str(error), known)
            reread = {folder} if folder else {str(root) for root in roots}
            continue
        if gone:
            while not all(root.is_dir() for root in roots):
                if stop.wait(ROOT_POLL_SECONDS):
                    return
            reread = {str(root) for root in roots}


#: How watchfiles starts the error of a changed path it cannot decode.
UNDECODABLE = "Unable to decode path"


def _folder_named_in(message: str, known: set[str]) -> str | None:
    """The watched folder holding the path watchfiles could not decode, as its message
    quotes it (``Unable to decode path "/c/berita\\xFF.txt" to string``); None when the
    quoted path's folder is not one warta watches (its own name undecodable too)."""
    start, end = message.find('"'), message.rfind('"')
    if start < 0 or end <= start:
        return None
    folder = os.path.dirname(message[start + 1 : end])
    return folder if folder in known else None


def _wanted(path: str, roots_at: set[str]) -> bool:
    """A change worth an update, or to a corpus folder itself (gone, whatever is there now)."""
    return os.path.abspath(path) in roots_at or can_change_the_corpus(path)


def _identity(folder: Path) -> tuple[int, int] | None:
    """The folder's device and inode, None when it is not a folder (any more)."""
    try:
        status = folder.stat()
    except OSError:
        return None
    return (status.st_dev, status.st_ino) if stat.S_ISDIR(status.st_mode) else None


def _folder_times(folders: Sequence[str]) -> dict[str, int]:
    """Each folder's modification time (an entry added, removed or renamed in it)."""
    times = {}
    for folder in folders:
        with contextlib.suppress(OSError):
            times[folder] = os.stat(folder, follow_symlinks=False).st_mtime_ns
    return times


def _changed_since(before: dict[str, int], folders: Sequence[str]) -> set[str]:
    """The ``folders`` that are new since ``before`` was taken, or whose entries changed,
    with the folders that appeared in those since ``folders`` was listed (to be watched)."""
    now = _folder_times(folders)
    changed = {folder for folder, when in now.items() if before.get(folder) != when}
    for folder in list(changed):
        with contextlib.suppress(OSError), os.scandir(folder) as entries:
            changed.update(
                entry.path
                for entry in entries
                if entry.path not in now
                and not entry.name.startswith(".")
                and entry.is_dir(follow_symlinks=False)
            )
    return changed


def _is_folder(path: str) -> bool:
    return os.path.isdir(path) and not os.path.islink(path)


def corpus_news(report: UpdateReport) -> str:
    """What an update after a change did, for the user ("3 new articles, 1 updated");
    empty when it found nothing to do. Counted in articles, not files: two lines appended
    to a ``.jsonl`` archive are two new articles, not "1 changed"."""
    parts = []
    if report.new_articles:
        template = ngettext("{count} new article", "{count} new articles", report.new_articles)
        parts.append(template.format(count=show_number(report.new_articles)))
    if report.updated_articles:
        parts.append(_("{count} updated").format(count=show_number(report.updated_articles)))
    if report.deleted_articles:
        parts.append(_("{count} deleted").format(count=show_number(report.deleted_articles)))
    return ", ".join(parts)


#: Warnings an update's notice lists before saying how many more there are.
WARNINGS_SHOWN = 3
#: Characters of a skipped file's path in that notice, which is narrower than a CLI line.
NOTICE_PATH_LIMIT = 60


def skipped_notice(report: UpdateReport, index_dir: Path) -> Notice | None:
    """What an update skipped or changed on the way, as a notice for the explorer
    ("kosong.txt: no text; skipped"): the first few, then how many more and where they
    are all listed; None when nothing. Without it a file the explorer skipped was simply
    missing from the results."""
    lines = [
        warning_line(warning, NOTICE_PATH_LIMIT) for warning in report.warnings[:WARNINGS_SHOWN]
    ]
    if more := more_skipped(report, index_dir, WARNINGS_SHOWN):
        lines.append(more)
    if not lines:
        return None
    return Notice("\n".join(lines), _("Skipped while indexing"), "warning")
