"""The explorer's way to the user's workspace (``search/workspace.py``): stars, tags, saved
searches, kept in SQLite beside the index.

An SQLite connection belongs to the thread that opened it, and opening one costs ~17 ms
(WAL set-up, the migration check): so the explorer keeps one connection on one thread of its
own, opened at the first use, and every workspace job queues there. Workers hand it a job
and wait for the answer in their own thread (``call``); the UI thread never touches SQLite.
The thread is a daemon: quitting never waits for a read, but the command line waits (a
bounded time, :meth:`WorkspaceThread.finish`) for the writes queued before the screen
closed. A star, tag or note given just before quitting, while another warta wrote the
workspace, was lost without a word: the process ended while the write waited on SQLite's
busy timeout. Once open, the workspace is lent to the search
service too, for ``tag:``, ``is:starred`` and ``has:note`` in queries (a ``Workspace`` may be
used from several threads).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from textual.dom import DOMNode
from textual.message import Message
from textual.signal import Signal
from warta.search.errors import N_, WartaError
from warta.search.sanitize import clean_line
from warta.tui.widgets.answers import trouble

if TYPE_CHECKING:
    from warta.search.service import SearchService
    from warta.search.workspace import Workspace

_T = TypeVar("_T")

#: Put before the title of a starred article, in the results and the reader's header.
STAR = "★"
#: Put before an article's note in the reader's header.
NOTE = "✎"

#: Seconds of waiting for the workspace's last writes after which quitting says why it waits.
NOTICEABLE_SECONDS = 0.5

#: A job for the workspace thread, and where its answer goes.
_Job = tuple[Callable[["Workspace"], Any], "Future[Any]"]


@dataclass(frozen=True)
class Marks:
    """What the user put on one article."""

    article_id: str
    starred: bool = False
    tags: tuple[str, ...] = ()
    note: str | None = None


def marks_of(workspace: Workspace, article_id: str) -> Marks:
    tags = tuple(workspace.article_tags(article_id))
    return Marks(article_id, workspace.is_starred(article_id), tags, workspace.note(article_id))


def marked_articles(workspace: Workspace) -> dict[str, Marks]:
    """The marks of every article the user marked (a star, tags, a note), by id: what the
    results rows show (newsboat and notmuch show flags in the list). Three reads, not three
    per hit; a note is only said to be there (``""``), its text is the reader's."""
    found: dict[str, Marks] = {}

    def mark(article_id: str, **change: Any) -> None:
        found[article_id] = replace(found.get(article_id, Marks(article_id)), **change)

    for article_id in workspace.starred():
        mark(article_id, starred=True)
    for article_id, tags in workspace.tags_by_article().items():
        mark(article_id, tags=tuple(tags))
    for article_id in workspace.noted():
        mark(article_id, note="")
    return found


def write_note(workspace: Workspace, article_id: str, text: str, opened: str | None) -> Marks:
    """Write the article's note; an empty one removes it. ``opened`` is the note as the
    prompt showed it: one that another warta changed meanwhile is kept (``NoteChanged``,
    raised in the same write transaction), not replaced without a word."""
    if text.strip():
        workspace.set_note(article_id, text, opened)
    else:
        workspace.clear_note(article_id, opened)
    return marks_of(workspace, article_id)


def toggle_star(workspace: Workspace, article_id: str) -> Marks:
    """Star the article, or take its star away if it had one."""
    if not workspace.unstar(article_id):
        workspace.star(article_id)
    return marks_of(workspace, article_id)


def tag_changes(text: str) -> tuple[list[str], list[str]]:
    """Tags to add and to remove, written as notmuch does: ``+tag`` or ``tag`` adds,
    ``-tag`` removes. Every tag is checked before anything is written."""
    from warta.search.workspace import clean_tag

    added: list[str] = []
    removed: list[str] = []
    for word in text.split():
        target = removed if word.startswith("-") else added
        target.append(clean_tag(word[1:] if word[0] in "+-" else word))
    return added, removed


def retag(
    workspace: Workspace, article_id: str, added: Iterable[str], removed: Iterable[str]
) -> Marks:
    for tag in removed:
        workspace.untag(article_id, tag)
    for tag in added:
        workspace.tag(article_id, tag)
    return marks_of(workspace, article_id)


class MarksChanged(Message):
    """An article's marks changed: posted from a worker to the workspace's owner, which
    publishes them on ``WorkspaceThread.changed`` from the UI thread."""

    def __init__(self, marks: Marks) -> None:
        super().__init__()
        self.marks = marks


class WorkspaceThread:
    """One workspace connection on a thread of its own; ``changed`` tells the widgets that
    show marks (the results rows, the reader header) when an article's marks changed."""

    def __init__(self, folder: Path, owner: DOMNode, service: SearchService | None = None) -> None:
        self.folder = folder
        self.service = service
        #: Handles ``MarksChanged`` by publishing on ``changed`` (the app).
        self.owner = owner
        self.changed: Signal[Marks] = Signal(owner, "workspace-changed")
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        #: Set by :meth:`close`: who would have been told of a failure is gone.
        self._closed = False
        #: Why the jobs that ran after :meth:`close` failed (see :meth:`finish`).
        self._late_failures: list[WartaError] = []

    def submit(self, job: Callable[[Workspace], _T]) -> Future[_T]:
        """Queue ``job`` for the workspace thread (started at the first job)."""
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._serve, name="warta-workspace", daemon=True
                )
                self._thread.start()
        future: Future[_T] = Future()
        self._jobs.put((job, future))
        return future

    def call(self, job: Callable[[Workspace], _T]) -> _T:
        """Run ``job`` on the workspace thread and wait for it: only from a worker thread.
        Raises ``WartaError`` when the workspace cannot be opened or written."""
        return self.submit(job).result()

    def change(
        self,
        node: DOMNode,
        job: Callable[[Workspace], Marks],
        refused: Callable[[WartaError], bool] = lambda _error: False,
    ) -> None:
        """Queue ``job`` (it changes an article's marks) now, so that quitting right after
        still writes it (see :meth:`finish`); a worker of ``node`` tells the widgets that show
        marks (through the owner), or the user what went wrong, unless ``refused`` (called
        in the worker) takes the error in hand."""
        future = self.submit(job)

        def work() -> None:
            try:
                marks = future.result()
            except WartaError as error:
                if not refused(error):
                    node.post_message(trouble(error))
                return
            self.owner.post_message(MarksChanged(marks))

        node.run_worker(work, thread=True, group="workspace")

    def close(self) -> None:
        """Close the connection once the queued jobs are done (without waiting for them)."""
        with self._lock:
            self._closed = True
            if self._thread is not None:
                self._jobs.put(None)

    def finish(
        self, timeout: float, waiting: Callable[[], None] = lambda: None
    ) -> list[WartaError]:
        """Wait up to ``timeout`` seconds for the jobs queued before :meth:`close`
        (calling ``waiting`` once the wait is long enough to be seen); why those that ran
        after it failed (nobody is left on screen to tell), and, when time ran out, that
        the rest are not written. The process must not end under a write that waits for
        another warta's transaction: SQLite would roll it back."""
        self.close()
        if self._thread is not None:
            self._thread.join(min(timeout, NOTICEABLE_SECONDS))
            if self._thread.is_alive():
                waiting()
                self._thread.join(max(0.0, timeout - NOTICEABLE_SECONDS))
        failed = list(self._late_failures)
        if self._thread is not None and self._thread.is_alive():
            from warta.search.workspace import FILE_NAME

            failed.append(
                WartaError(
                    N_(
                        "cannot use the workspace {path}: another program is still writing "
                        "it; what you changed just before quitting may not be saved"
                    ),
                    path=clean_line(str(self.folder / FILE_NAME)),
                )
            )
        return failed

    def _serve(self) -> None:
        from warta.search.workspace import Workspace

        workspace: Workspace | None = None
        try:
            while (item := self._jobs.get()) is not None:
                job, future = item
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    if workspace is None:
                        workspace = Workspace(self.folder)
                        if self.service is not None and self.service.workspace is None:
                            self.service.workspace = workspace
                    future.set_result(job(workspace))
                except BaseException as error:  # handed to the worker that waits on it
                    if self._closed and isinstance(error, WartaError):
                        self._late_failures.append(error)
                    future.set_exception(error)
        finally:
            if workspace is not None:
                if self.service is not None and self.service.workspace is workspace:
                    self.service.workspace = None
                workspace.close()
