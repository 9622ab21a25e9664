"""The status line under the search bar; it also builds the index, whose progress it shows.

The index is the first thing the status line reports on and the only background job that
is no pane's: building it here keeps the screen a router.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.content import Content
from textual.message import Message
from textual.widgets import Static
from textual.worker import get_current_worker
from warta.search.errors import UpdateCancelled, WartaError
from warta.search.model import UpdateReport
from warta.tui.i18n import _, ngettext
from warta.tui.text import literal, show_number
from warta.tui.watch import corpus_news, percent_progress, skipped_notice
from warta.tui.widgets.answers import Trouble

if TYPE_CHECKING:
    from warta.search.service import SearchService


class StatusLine(Static):
    """One line, more when it must (``#status``: a line cut at 80 columns hid the
    path of "cannot read the index: …", and the did-you-mean after a long notice): the
    index's progress, then what the shown search found."""

    class Progress(Message):
        """What the index worker is doing, or why it failed, for the line."""

        def __init__(self, status: Content) -> None:
            super().__init__()
            self.status = status

    class IndexReady(Message):
        """Searches may run; ``report`` says what was built, when anything was;
        ``failed``: on the index there was, the line showing why the update failed."""

        def __init__(self, report: UpdateReport | None, failed: bool = False) -> None:
            super().__init__()
            self.report = report
            self.failed = failed

    def __init__(self, service: SearchService, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.service = service

    def on_mount(self) -> None:
        self.update(Content(_("Opening the index…")))
        # After the first frame: the worker's imports (Whoosh, the tagger) would otherwise
        # compete with it for the interpreter.
        self.call_after_refresh(self.build_index)

    def on_status_line_progress(self, event: Progress) -> None:
        event.stop()
        self.update(event.status)

    def on_status_line_index_ready(self, event: IndexReady) -> None:
        """Say what was built, when anything was (else the line's "Ready" says enough, and
        a notice would cover the reader's last rows); not stopped: the screen searches on
        it."""
        if (report := event.report) is not None:
            if report.rebuilt or corpus_news(report):
                built = ngettext(
                    "Index ready: {count} article.",
                    "Index ready: {count} articles.",
                    report.articles,
                )
                self.notify(built.format(count=show_number(report.articles)))
            if skipped := skipped_notice(report, self.service.index_dir):
                self.post_message(skipped)
        self._prepare_searches()

    @work(thread=True, exclusive=True, group="suggestions", exit_on_error=False)
    def _prepare_searches(self) -> None:
        """Load what searches need ahead (the did-you-mean lexicon, numpy), so the first
        search that needs it does not wait."""
        self.service.prepare()

    @work(thread=True, exclusive=True, group="index")
    def build_index(self, always: bool = False) -> None:
        """Build the index on first run (or update it when ``always``), in the background;
        then post ``IndexReady``. A failure leaves the explorer on the index it had."""
        worker = get_current_worker()

        def show(percent: int) -> None:
            building = _("Building the index: {percent}%…").format(percent=percent)
            self.post_message(self.Progress(Content(building)))

        report: UpdateReport | None = None
        try:
            if always or not self.service.has_index():
                self.post_message(self.Progress(Content(_("Indexing the corpus…"))))
                progress = percent_progress(show, lambda: worker.is_cancelled)
                report = self.service.update(progress=progress)
        except UpdateCancelled:  # the explorer is quitting
            return
        except Exception as error:
            # Indexing reads files nobody vetted; a bug it trips over must leave the
            # explorer running on the index it had, with the reason on screen.
            if isinstance(error, WartaError):
                message = error.translated(_)
            else:
                stopped = _("indexing stopped: {error}")
                message = stopped.format(error=f"{type(error).__name__}: {error}")
            self.post_message(Trouble(message, _("Indexing failed"), "error"))
            self.post_message(self.Progress(literal(message, "$text-error")))
            if self.service.has_index():
                self.post_message(self.IndexReady(None, failed=True))
            return
        self.post_message(self.IndexReady(report))
