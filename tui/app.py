"""The warta explorer: a Textual app over a ``SearchService``.

The service is handed in (the command line builds it from flags and settings) and the
app only imports light modules before its first frame; Whoosh, Sastrawi, the tagger and
Babel load in worker threads when first needed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import signal
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, ParamSpec, TypeVar

from rich.align import Align
from rich.text import Text
from textual import events, on, work
from textual.actions import parse as parse_action
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import BindingType
from textual.command import CommandInput, CommandList, CommandPalette
from textual.message import Message
from textual.notifications import Notify
from textual.reactive import reactive
from textual.screen import Screen
from textual.theme import ThemeProvider
from textual.widgets.option_list import Option
from warta.search.errors import (
    IndexBusyError,
    UpdateCancelled,
    WartaError,
    error_reason,
    excerpt,
)
from warta.search.paths import data_dir
from warta.search.sanitize import clean_text
from warta.tui.config import Settings
from warta.tui.i18n import _
from warta.tui.keys import APP, COUNTED, PALETTE, apply_keymap, binding, shown_key
from warta.tui.screens.main import MainScreen
from warta.tui.watch import corpus_changes, corpus_news, percent_progress, skipped_notice
from warta.tui.widgets.answers import Notice, Quote
from warta.tui.widgets.bars import CappedInput
from warta.tui.workspace import MarksChanged, WorkspaceThread

if TYPE_CHECKING:
    from warta.search.model import UpdateReport
    from warta.search.service import SearchService


_P = ParamSpec("_P")
_T = TypeVar("_T")


class DaemonExecutor(ThreadPoolExecutor):
    """Runs each thread worker on a daemon thread of its own, and never waits for them.

    Textual runs thread workers on the event loop's default executor, whose threads the
    interpreter joins at exit: a search still scoring (a huge fuzzy query, a snippet over
    60,000 matches) kept the process alive at 100 % CPU after ``q``. Workers are cancelled
    when the app exits and searches poll that; this makes sure nobody waits for them.
    (A ThreadPoolExecutor only because asyncio accepts no other; its pool stays unused.)
    """

    def submit(self, fn: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> Future[_T]:
        future: Future[_T] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as error:  # handed to whoever waits on the future
                future.set_exception(error)
            else:
                future.set_result(result)

        threading.Thread(target=run, name="warta-worker", daemon=True).start()
        return future


#: The most digits a count before a move takes (``9999j``; more is a key held down).
MAX_COUNT_DIGITS = 4

#: The most characters a copy puts on the clipboard (a quote with its citation is far less).
CLIPBOARD_LIMIT = 10_000
#: Seconds between the watcher's tries to update an index another warta process is
#: updating (each try also waits for its lock, as long as ``warta index`` would).
BUSY_RETRY_SECONDS = 1.0


class PaletteInput(CommandInput, CappedInput):
    """The palette's line, a capped line as warta's own are: it takes a burst of keys in
    the order they came (Ctrl+U then "bantuan" left it empty) and a huge paste costs
    nothing. Textual's class first: its styles and queries follow the first base."""


class Palette(CommandPalette):
    """Textual's command palette, all of it in the interface language."""

    def compose(self) -> ComposeResult:
        """Textual's, with its line to type in a ``PaletteInput``."""
        for widget in super().compose():
            if type(widget) is CommandInput:
                widget = PaletteInput(placeholder=widget.placeholder, select_on_focus=False)
            yield widget

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """Textual's, whose "No matches found" is English in every interface."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:  # not in the list of every command, shown before typing
                nothing = Option(
                    Align.center(Text(_("No matches."), style="not bold")),
                    disabled=True,
                    id=self._NO_MATCHES,
                )
                self.query_one(CommandList).add_option(nothing)
            self._list_visible = bool(search_value)

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


class WartaApp(App[None]):
    """Search, read and follow entity mentions from the keyboard."""

    #: Absolute, so subclasses defined elsewhere (benchmarks, tests) find it too.
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "warta"

    #: Textual's own keys, with texts in the interface language (its defaults are English).
    #: The palette key given here stops Textual adding its own, labelled "palette".
    BINDINGS: ClassVar[list[BindingType]] = list(APP)

    #: The digits of a count typed before a move (see ``_check_bindings``), shown while
    #: they wait for it (``PendingCount``).
    count: reactive[str] = reactive("")

    def __init__(
        self,
        service: SearchService,
        initial_query: str | None = None,
        today: dt.date | None = None,
        settings: Settings | None = None,
        watch: bool = False,
        data_folder: Path | None = None,
        stop_signals: Iterable[int] = (),
    ) -> None:
        """``data_folder`` holds the user's workspace (default: ``--data-dir``'s default);
        ``stop_signals`` close the explorer as ``q`` does, and set :attr:`interrupted`."""
        super().__init__()
        self.service = service
        self.workspace = WorkspaceThread(data_folder or data_dir(), self, service)
        self.initial_query = initial_query
        #: What relative ages ("2 years ago") count from; tests fix it to stay deterministic.
        self.today = today or dt.date.today()
        self.settings = settings or Settings()
        if self.settings.theme:
            self.theme = self.settings.theme
        apply_keymap(self, self.settings.keys)  # the command line refused unknown ids
        #: Index changed corpus files while open (the command line decides, see tui/watch.py).
        self.watch_corpus = watch
        self._stop_watching = threading.Event()
        self._stop_signals = tuple(stop_signals)
        #: Closed by one of ``stop_signals`` (``kill``, a closed SSH session).
        self.interrupted = False

    def on_load(self) -> None:
        """Before any worker starts: quitting must not wait for a busy one. A stop signal
        closes the explorer as ``q`` does: raised as KeyboardInterrupt in the middle of the
        event loop, it cut Textual's shutdown short, and under load the terminal was left on
        the alternate screen (the bytes that leave it were still queued)."""
        loop = asyncio.get_running_loop()
        loop.set_default_executor(DaemonExecutor())
        for number in self._stop_signals:
            loop.add_signal_handler(number, self._stop_on_signal)

    def _stop_on_signal(self) -> None:
        self.interrupted = True
        self.exit()

    def on_unmount(self) -> None:
        self._stop_watching.set()
        self.workspace.close()
        loop = asyncio.get_running_loop()
        for number in self._stop_signals:  # a second one, while closing, interrupts again
            loop.remove_signal_handler(number)
            signal.signal(number, signal.default_int_handler)

    async def on_event(self, event: events.Event) -> None:
        """A key that comes while nothing has the focus goes where the screen would put it
        (``MainScreen.typeahead``), as less and vim keep type-ahead: the keys typed as
        warta started were given to the screen, which dropped them."""
        if isinstance(event, events.Key) and not event.is_forwarded and self.focused is None:
            typeahead = getattr(self.screen, "typeahead", None)
            target = typeahead() if typeahead is not None else None
            if target is not None and target.focusable:
                self.screen.set_focus(target)
        await super().on_event(event)

    def get_default_screen(self) -> Screen[None]:
        return MainScreen(
            self.service, self.workspace, self.initial_query, self.today, self.settings
        )

    def on_mount(self) -> None:
        self.app_resume_signal.subscribe(self, self._repaint_after_resume)
        if self.watch_corpus:
            self._watch_corpus()

    class CorpusUpdated(Message):
        """The watcher updated the index: what changed, or why it could not."""

        def __init__(self, report: UpdateReport | None, error: str | None = None) -> None:
            super().__init__()
            self.report = report
            self.error = error

    class CorpusUpdating(Message):
        """The watcher is updating the index: how far, in percent."""

        def __init__(self, percent: int) -> None:
            super().__init__()
            self.percent = percent

    @work(thread=True, group="watch", exit_on_error=False)
    def _watch_corpus(self) -> None:
        """Update the index after each burst of changes to article files, until exit."""

        def show(percent: int) -> None:
            self.post_message(self.CorpusUpdating(percent))

        # Paths whose update failed: read again with the next. An update told "another
        # warta process is updating this index" dropped them, and the next change's update
        # read only its own folders: an article added during another process's rebuild was
        # never indexed, while later ones were.
        pending: set[str] = set()
        try:
            for changed in corpus_changes(self.service.corpora, self._stop_watching):
                pending |= changed
                if self._update_changed(pending, show):
                    pending = set()
                if self._stop_watching.is_set():
                    return
        except (OSError, RuntimeError) as error:  # the system's limit of watches, a folder
            # gone, watchfiles' own errors: said, not a watcher that stopped without a word
            message = _("Not watching the corpus folders ({reason}); F5 updates the index.")
            reason = error_reason(error)
            self.post_message(Notice(message.format(reason=reason), severity="warning"))

    def _update_changed(self, changed: set[str], show: Callable[[int], None]) -> bool:
        """Update the index with the ``changed`` paths; whether it is done. Another warta
        process updating the index is waited for (said once), as long as the explorer runs;
        any other failure is said, and the paths are left for the next change."""
        told_busy = False
        while not self._stop_watching.is_set():
            progress = percent_progress(show, self._stop_watching.is_set)
            try:
                progress(0, 1)  # reading the files comes before the first written one
                report = self.service.update(changed=changed, progress=progress)
            except UpdateCancelled:  # the explorer is quitting
                return False
            except IndexBusyError:  # its lock is waited for inside update: try again
                if not told_busy:
                    told_busy = True
                    waits = _(
                        "another warta process is updating this index; the changed files "
                        "are indexed once it is done"
                    )
                    self.post_message(Notice(waits, severity="warning"))
                self._stop_watching.wait(BUSY_RETRY_SECONDS)
            except WartaError as error:  # a damaged index, a full disk: say so, go on
                self.post_message(self.CorpusUpdated(None, error.translated(_)))
                return False
            else:
                self.post_message(self.CorpusUpdated(report))
                return True
        return False

    def on_warta_app_corpus_updating(self, event: CorpusUpdating) -> None:
        if isinstance(main := self._main_screen(), MainScreen):
            main.corpus_updating(event.percent)

    def on_warta_app_corpus_updated(self, event: CorpusUpdated) -> None:
        news = corpus_news(event.report) if event.report is not None else None
        if event.error is not None:
            self.notify(event.error, title=_("Indexing failed"), severity="error", markup=False)
        elif news:
            self.notify(news, markup=False)
        if event.report is not None and (
            skipped := skipped_notice(event.report, self.service.index_dir)
        ):
            self.post_message(skipped)
        if isinstance(main := self._main_screen(), MainScreen):
            main.corpus_updated(changed=bool(news))

    def _main_screen(self) -> Screen[Any] | None:
        return self.screen_stack[0] if self.screen_stack else None

    async def _check_bindings(self, key: str, priority: bool = False) -> bool:
        """A count typed before a move repeats it, as in less and vim: ``5j`` scrolls five
        lines, ``3n`` goes three matches on (``COUNTED``). Digits bound to nothing start
        the count (a 0 only continues one); before any other key it is dropped."""
        if priority:
            return await super()._check_bindings(key, priority)
        chain = self.screen._modal_binding_chain
        bound = [
            found for _node, bindings in chain for found in bindings.key_to_bindings.get(key, ())
        ]
        if key.isdigit() and not bound and (self.count or key != "0"):
            self.count = (self.count + key)[:MAX_COUNT_DIGITS]
            return True
        count, self.count = int(self.count or 1), ""
        handled = await super()._check_bindings(key)
        if handled and bound[0].id in COUNTED:
            screen = self.screen
            for _again in range(count - 1):
                if self.screen is not screen or not await super()._check_bindings(key):
                    break
        return handled

    def _on_notify(self, event: Notify) -> None:
        """A notice replaces the one of its kind (information, warning, error) still shown,
        as less and fzf show one message line: ``}`` at an entity's last mention pressed
        three times stacked the same toast three times over the reader, and ``C w c`` three
        toasts that covered the reader and the dialog opened after them at 80x24."""
        new = event.notification
        for shown in list(self._notifications):
            if shown.severity == new.severity:
                self._unnotify(shown, refresh=False)
        super()._on_notify(event)

    @on(Notice)
    def _notice(self, event: Notice) -> None:
        """A pane's notice (of trouble, or of work done); its text may quote a path, a
        query or a library message."""
        self.notify(
            clean_text(event.message), title=event.title, severity=event.severity, markup=False
        )

    def copy_to_clipboard(self, text: str) -> None:
        """At most ``CLIPBOARD_LIMIT`` characters, cut in the middle so that a quote keeps
        its start and its citation: the sentence of an article without full stops is the
        whole 2 MiB of it, and its OSC 52 write (2.8 MB of base64 in one escape sequence)
        stalled the terminal, or tmux, that had to take it."""
        super().copy_to_clipboard(excerpt(text, CLIPBOARD_LIMIT, middle=True))

    @on(Quote)
    def _copy(self, event: Quote) -> None:
        """A quote from the reader, the entity view or the quotes list, for the clipboard."""
        self.copy_to_clipboard(event.text)
        self.notify(
            _("Quote copied to the clipboard (OSC 52: works over SSH if the terminal allows)."),
            markup=False,
        )

    def on_marks_changed(self, event: MarksChanged) -> None:
        """Tell the widgets that show marks (the results rows, the reader's header)."""
        self.workspace.changed.publish(event.marks)

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_command_palette(self) -> None:
        """Textual's palette, with its prompt in the interface language."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            palette = Palette(placeholder=_("Search for commands…"), id="--command-palette")
            self.push_screen(palette)

    def action_change_theme(self) -> None:
        """Textual's theme picker, with its prompt in the interface language."""
        self.push_screen(Palette(providers=[ThemeProvider], placeholder=_("Search for themes…")))

    def _repaint_after_resume(self, _app: App[Any]) -> None:
        """Back from Ctrl+Z (``fg``): the terminal holds the shell's lines, and Textual drew
        nothing until the next change (the screen stayed blank)."""
        self.refresh(layout=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ctrl+Z only where the system has job control and the terminal can be handed
        back (Textual's suspend does nothing on Windows)."""
        if action == "suspend_process":
            driver = self._driver
            return hasattr(signal, "SIGTSTP") and driver is not None and driver.can_suspend
        return super().check_action(action, parameters)

    def action_help_quit(self) -> None:
        """Ctrl+C does not quit (it copies in text boxes): say which key does, as the user's
        keymap binds it."""
        key = shown_key(self, binding("warta.app.quit"))
        message = _("Press {key} to quit warta.").format(key=key)
        self.notify(message, title=_("Do you want to quit?"), markup=False)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The main actions, for the command palette (Ctrl+P).

        Textual's own commands are given here rather than inherited, with their texts in
        the interface language. Left out: "Keys" (Textual's English help panel; F1 lists
        every key) and "Screenshot" (it writes an SVG into the working folder).
        """
        yield SystemCommand(_("Theme"), _("Choose a theme from the list"), self.action_change_theme)
        yield SystemCommand(_("Quit"), _("Quit warta"), self.action_quit)
        if self.check_action("suspend_process", ()):
            stop = _("Stop warta for the shell, as less and vim do; fg brings it back")
            said = f"{stop} · {shown_key(self, binding('warta.app.suspend'))}"
            yield SystemCommand(_("Suspend"), said, self.action_suspend_process)
        if screen.maximized is not None:
            yield SystemCommand(
                _("Minimize"), _("Give the pane back its normal size"), screen.action_minimize
            )
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(
                _("Maximize"), _("Let the focused pane fill the screen"), screen.action_maximize
            )
        yield SystemCommand(_("Light/dark theme"), _("Switch themes"), self.action_toggle_theme)
        if not isinstance(screen, MainScreen):
            return
        for binding_id, title, help_text in PALETTE:
            bound = binding(binding_id)
            _namespace, name, arguments = parse_action(bound.action)
            if screen.offers(name, arguments):  # not Back where there is no back
                # With its key, as the keymap binds it: the palette teaches the keys.
                said = f"{help_text} · {shown_key(self, bound)}"
                yield SystemCommand(title, said, partial(screen.run_action, bound.action))
