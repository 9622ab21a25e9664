"""The main screen: search bar, results, reader (or entity view), entity sidebar.

Every call into the service runs in a thread worker and hands its answer back with a
serial number; an answer whose serial is no longer the latest is dropped, so a slow
search or article can never overwrite what the user asked for since.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shlex
import shutil
import subprocess
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult, SuspendNotSupported
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import ContentSwitcher, Input, Label, Static
from textual.worker import get_current_worker

from search.errors import WartaError
from search.model import CANCELLED, Mention, MentionInContext, SearchResult, UpdateReport
from search.sanitize import clean_line, clean_text
from tui.i18n import _, kind_name, ngettext
from tui.outside import edits_folder, for_editor, for_pager
from tui.screens.help import HelpFooter, HelpScreen, HelpSection
from tui.screens.history import History, Origin, Place
from tui.text import citation, join_parts, literal, quotation, show_date, show_number
from tui.widgets.bars import FindBar, SearchBar
from tui.widgets.document import Document, build_document
from tui.widgets.entity_view import EntityView, MentionList
from tui.widgets.reader import Reader, ReaderPosition
from tui.widgets.results import ResultsList
from tui.widgets.sidebar import EntitySidebar
from tui.widgets.timeline import Timeline, mention_dates

if TYPE_CHECKING:
    from search.model import Article, Entity
    from search.service import SearchService

#: How many hits a search fetches; the status line says when there are more.
RESULT_LIMIT = 50
#: Pause in typing, in seconds, before the query runs.
SEARCH_DELAY = 0.2
#: The entity view lists at most this many mentions (its header says how many there are).
MENTION_LIMIT = 1000
#: Below this width the entity sidebar folds away (F3 brings it back).
NARROW_WIDTH = 100

Arrival = Callable[[Document, list[Mention]], None]


def result_status(result: SearchResult, sort: str = "score") -> Content:
    """The line under the search bar: count, order, notice, "did you mean", or the problem."""
    parts: list[Content] = []
    if result.error:
        parts.append(Content.assemble(Content(_("Query: ")), literal(result.error)))
        parts[-1] = parts[-1].stylize("$text-error")
    if result.hits or not result.error:
        count = ngettext("{count} result", "{count} results", result.total)
        parts.append(Content(count.format(count=show_number(result.total))))
    if len(result.hits) < result.total:
        shown = _("showing the first {shown}").format(shown=show_number(len(result.hits)))
        parts.append(Content(shown))
    if result.hits:
        parts.append(Content(_("newest first") if sort == "date" else _("most relevant first")))
    if result.hits and result.matched == "some":  # partial matches follow the full ones
        parts.append(Content(_("Also articles with only some of the words")))
    if result.notice:  # how the search was narrowed (a capped fuzzy distance, a cut range)
        parts.append(literal(result.notice, "$text-warning"))
    if result.suggestion:
        parts.append(Content.assemble(_("did you mean: "), literal(result.suggestion, "bold")))
    return join_parts(parts)


class CannotRun(Exception):
    """A pager or editor command that cannot be started: ``command`` and ``reason``."""

    def __init__(self, command: str, reason: str) -> None:
        super().__init__(command, reason)
        self.command = command
        self.reason = reason


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


def meta_line(article: Article, today: dt.date) -> str:
    """Source, byline, date and how long ago that was, as one cleaned line."""
    parts = [literal(article.source), literal(article.byline), Content(show_date(article.date))]
    if article.date is not None:
        from tui.formatting import relative_age
        from tui.i18n import current_locale

        parts.append(Content(relative_age(article.date, today, current_locale())))
    return join_parts(parts).plain


def article_citation(document: Document) -> str:
    """How to cite the article on screen."""
    article = document.article
    return citation(
        document.title,
        literal(article.source).plain,
        show_date(article.date),
        literal(article.url).plain,
    )


class MainScreen(Screen[None]):
    """Search, read and follow mentions; back and forward over everything visited."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+l", "focus_search", _("Search"), show=False),
        Binding("backspace,alt+left", "back", _("Back")),
        Binding("alt+right", "forward", _("Forward"), show=False),
        Binding("e", "open_entity", _("Entity view"), show=False),
        Binding(
            "t",
            "toggle_timeline",
            _("Timeline"),
            show=False,
            tooltip=_("The dates the article mentions, earliest first"),
        ),
        Binding(
            "c",
            "copy_quote",
            _("Quote"),
            tooltip=_("Copy the sentence of the selected mention or find match, with citation"),
        ),
        Binding("C", "copy_citation", _("Copy the article's citation"), show=False),
        Binding("o", "open_pager", _("Open in $PAGER"), show=False),
        Binding("O", "open_editor", _("Open in $EDITOR"), show=False),
        Binding("f2", "toggle_results", _("Show/hide results"), show=False),
        Binding("f3", "toggle_sidebar", _("Show/hide entities"), show=False),
        Binding("less_than_sign", "resize_results(-4)", _("Narrower results"), show=False),
        Binding("greater_than_sign", "resize_results(4)", _("Wider results"), show=False),
        Binding("minus", "resize_sidebar(-4)", _("Narrower entities"), show=False),
        Binding("plus,equals_sign", "resize_sidebar(4)", _("Wider entities"), show=False),
        Binding("escape", "escape", _("Previous pane"), show=False),
        Binding("ctrl+t", "app.toggle_theme", _("Light/dark theme"), show=False),
        Binding("f5", "update_index", _("Update the index from the corpus"), show=False),
        Binding("f1,question_mark", "help", _("Help")),
        Binding("q", "app.quit", _("Quit"), show=False),
    ]

    AUTO_FOCUS = "#search"

    def __init__(
        self, service: SearchService, initial_query: str | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__()
        self.service = service
        #: Cleaned: it comes from the command line, which anything may have built, and
        #: the search bar would otherwise draw its escape sequences to the terminal.
        self.initial_query = clean_line(initial_query or "")
        #: What relative ages count from.
        self.today = today or dt.date.today()
        self.history = History()
        self.query_text = ""
        #: "score" (most relevant first) or "date" (newest first).
        self.sort = "score"
        self.index_ready = False
        self._search_serial = 0
        self._main_serial = 0
        self._search_timer: Timer | None = None
        self._input_set_to: str | None = None
        self._arriving: set[str] = set()
        #: The shown search was submitted or its results entered: typing starts a new place.
        self._search_settled = False
        self._index_percent = -1
        self._note: tuple[str, Content] | None = None
        self._results_delta = 0
        self._sidebar_delta = 0

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-row"):
            yield Label(Content("warta"), id="brand")
            yield SearchBar(id="search")
        yield Static(id="status")
        with Horizontal(id="panes"):
            yield ResultsList(id="results")
            with Vertical(id="main-pane"):
                with ContentSwitcher(initial="reader", id="main"):
                    yield Reader(id="reader")
                    yield EntityView(id="entity-view")
                yield Timeline(id="timeline")
                yield FindBar(id="find")
                yield Static(id="reader-status")
            yield EntitySidebar(id="sidebar")
        yield HelpFooter()

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one("#search", SearchBar)

    @property
    def results(self) -> ResultsList:
        return self.query_one("#results", ResultsList)

    @property
    def reader(self) -> Reader:
        return self.query_one("#reader", Reader)

    @property
    def entity_view(self) -> EntityView:
        return self.query_one("#entity-view", EntityView)

    @property
    def sidebar(self) -> EntitySidebar:
        return self.query_one("#sidebar", EntitySidebar)

    @property
    def timeline(self) -> Timeline:
        return self.query_one("#timeline", Timeline)

    @property
    def find_bar(self) -> FindBar:
        return self.query_one("#find", FindBar)

    @property
    def showing_entity(self) -> bool:
        return self.query_one("#main", ContentSwitcher).current == "entity-view"

    def on_mount(self) -> None:
        self.reader.show_placeholder(
            _("Type a query above. Enter opens the selected result; F1 lists every key.")
        )
        if self.initial_query:
            self._set_query_text(self.initial_query)
        self._show_status(Content(_("Opening the index…")))
        # After the first frame: the worker's imports (Whoosh, the tagger) would otherwise
        # compete with it for the interpreter.
        self.call_after_refresh(self._build_index)

    def on_resize(self) -> None:
        self._size_panes()

    def _size_panes(self) -> None:
        """Fold the sidebar on narrow screens; apply the widths chosen with < > - +."""
        width = self.size.width
        self.set_class(width < NARROW_WIDTH, "-narrow")
        results_width = (30 if width < NARROW_WIDTH else max(32, width // 4)) + self._results_delta
        sidebar_width = (26 if width < 150 else 30) + self._sidebar_delta
        self.results.styles.width = max(16, min(results_width, width // 2))
        self.sidebar.styles.width = max(16, min(sidebar_width, width // 3))

    def action_toggle_results(self) -> None:
        self.toggle_class("-hide-results")
        if not self.results.display and self.results.has_focus:
            self._focus_main()

    def action_toggle_sidebar(self) -> None:
        shown = self.sidebar.display
        self.set_class(shown, "-hide-sidebar")
        self.set_class(not shown, "-show-sidebar")
        if shown and self.sidebar.has_focus:
            self._focus_main()

    def action_resize_results(self, delta: int) -> None:
        self._results_delta += delta
        self._size_panes()

    def action_resize_sidebar(self, delta: int) -> None:
        self._sidebar_delta += delta
        self._size_panes()

    # -- focus -----------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        """Like a browser's address bar: focused with the query selected, to type over."""
        self.search_bar.focus()
        self.search_bar.select_all()

    def action_focus_results(self) -> None:
        if self.results.option_count:
            self._search_settled = True
            self.remove_class("-hide-results")
            self.results.focus()
            if self.results.highlighted is None:
                self.results.highlighted = 0

    def _focus_main(self) -> None:
        if self.showing_entity:
            self.entity_view.option_list.focus()
        else:
            self.reader.focus()

    def action_escape(self) -> None:
        """Stop a running search; step back towards the search bar: reader -> results ->
        search bar."""
        if self._abandon_search():
            self._show_status(Content(_("Search stopped.")))
        focused = self.focused
        if focused is self.reader and self.reader.find_text:
            self.reader.find("")
            self.find_bar.input.value = ""
        elif focused is self.search_bar and self.results.option_count:
            self.action_focus_results()
        elif focused is self.search_bar:
            self._focus_main()
        elif focused is not self.results and self.results.display and self.results.option_count:
            self.results.focus()
        else:
            self.search_bar.focus()

    # -- the index -------------------------------------------------------------------------

    def action_update_index(self) -> None:
        self.index_ready = False
        self._build_index(always=True)

    @work(thread=True, exclusive=True, group="index")
    def _build_index(self, always: bool = False) -> None:
        """Build the index on first run (or update it on request), in the background; then
        let searches through."""
        report: UpdateReport | None = None
        try:
            if always or not self.service.has_index():
                self._index_percent = -1
                self.app.call_from_thread(self._show_status, Content(_("Indexing the corpus…")))
                report = self.service.update(progress=self._index_progress)
        except WartaError as error:
            self._index_failed(str(error))
            return
        except Exception as error:
            # Indexing reads files nobody vetted; a bug it trips over must leave the
            # explorer running on the index it had, with the reason on screen.
            self._index_failed(
                _("indexing stopped: {error}").format(error=f"{type(error).__name__}: {error}")
            )
            return
        self.app.call_from_thread(self._index_ready, report)

    def _index_progress(self, done: int, total: int) -> None:
        """Show how far the build is, as a percentage: the service may count files or bytes."""
        percent = 100 * done // max(total, 1)
        if percent != self._index_percent:
            self._index_percent = percent
            message = _("Building the index: {percent}%…").format(percent=percent)
            self.app.call_from_thread(self._show_status, Content(message))

    def _index_failed(self, message: str) -> None:
        """Say why (in the worker thread); keep searching the previous index if there is one."""
        self.app.call_from_thread(self._show_status, literal(message, "$text-error"))
        self.app.call_from_thread(self._warn, message, _("Indexing failed"), "error")
        if self.service.has_index():
            self.app.call_from_thread(self._index_ready, None)

    def _index_ready(self, report: UpdateReport | None) -> None:
        self.index_ready = True
        if report is not None:
            built = ngettext(
                "Index ready: {count} article.", "Index ready: {count} articles.", report.articles
            )
            self.notify(built.format(count=show_number(report.articles)))
        query = self.search_bar.value
        if query.strip():
            self._run_search(
                query, record=not self.history.current, focus_results=bool(self.initial_query)
            )
        else:
            self._show_status(Content(_("Ready. Type to search.")))

    # -- searching -------------------------------------------------------------------------

    def _set_query_text(self, query: str) -> None:
        """Put ``query`` in the search bar without it counting as typing."""
        if self.search_bar.value != query:
            self._input_set_to = query
            self.search_bar.value = query
            self.search_bar.cursor_position = len(query)

    @on(Input.Changed, "#search")
    def _query_edited(self, event: Input.Changed) -> None:
        if event.value == self._input_set_to:
            self._input_set_to = None
            return
        if self._search_timer is not None:
            self._search_timer.stop()
        # The query changed: whatever is still scoring answers a question nobody asks now.
        self._abandon_search()
        self._search_timer = self.set_timer(SEARCH_DELAY, lambda: self._run_search(event.value))

    def _abandon_search(self) -> bool:
        """Stop the running search (it polls its worker's cancellation); True if one was."""
        running = [
            worker
            for worker in self.workers
            if worker.node is self and worker.group == "search" and worker.is_running
        ]
        if running:
            self._search_serial += 1
            self.workers.cancel_group(self, "search")
        return bool(running)

    @on(Input.Submitted, "#search")
    def _query_submitted(self, event: Input.Submitted) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self._run_search(event.value, focus_results=True)

    def _run_search(
        self,
        query: str,
        highlight: str | None = None,
        record: bool = True,
        focus_results: bool = False,
    ) -> None:
        self._search_serial += 1
        if not query.strip():
            self._show_result(self._search_serial, query, SearchResult(query=""), None, record)
            self._show_status(Content(""))
        elif not self.index_ready:
            waiting = _("The index is still building; the search runs when it is ready.")
            self._show_status(Content(waiting))
        else:
            self._search(query, self._search_serial, highlight, record, focus_results)

    @work(thread=True, exclusive=True, group="search")
    def _search(
        self, query: str, serial: int, highlight: str | None, record: bool, focus: bool
    ) -> None:
        worker = get_current_worker()

        def outdated() -> bool:
            # A newer search started: stop scoring this one rather than finish it unseen.
            return worker.is_cancelled or serial != self._search_serial

        result = self.service.search(query, limit=RESULT_LIMIT, sort=self.sort, cancelled=outdated)
        if result.error == CANCELLED:
            return
        self.app.call_from_thread(self._show_result, serial, query, result, highlight, record)
        if focus:
            # After the hits are painted: focusing previews the first one, whose loading
            # would otherwise hold up that paint.
            self.app.call_from_thread(self.call_after_refresh, self.action_focus_results)

    def _show_result(
        self, serial: int, query: str, result: SearchResult, highlight: str | None, record: bool
    ) -> None:
        if serial != self._search_serial:
            return

        def show() -> None:
            self.query_text = query
            self.results.show_result(result, highlight)
            if query.strip():
                self._show_status(result_status(result, self.sort))

        if record:
            self._navigate("search", show)
        else:
            show()
            self._arrived("search")

    def action_toggle_sort(self) -> None:
        """Newest first, or most relevant first; the same query runs again."""
        self.sort = "date" if self.sort == "score" else "score"
        hit = self.results.highlighted_hit
        self._run_search(self.query_text, highlight=hit.id if hit else None, record=False)

    def _show_status(self, status: Content) -> None:
        self.query_one("#status", Static).update(status)

    # -- opening articles ------------------------------------------------------------------

    @on(ResultsList.Opened)
    def _result_opened(self, event: ResultsList.Opened) -> None:
        self._open_article(event.hit.id, self._arrive_at("article", focus=True))

    @on(ResultsList.Previewed)
    def _result_previewed(self, event: ResultsList.Previewed) -> None:
        if self.reader.document and self.reader.document.article.id == event.hit.id:
            return
        self._open_article(event.hit.id, self._arrive_at(None, focus=False))

    def _arrive_at(
        self,
        origin: Origin | None,
        focus: bool,
        link: tuple[str, int] | None = None,
        position: ReaderPosition | None = None,
    ) -> Arrival:
        """What to do when an article is ready: show it, as a new visit when ``origin``."""

        def arrive(document: Document, mentions: list[Mention]) -> None:
            def show() -> None:
                self._show_document(document, mentions, position, link)
                if focus:
                    self.reader.focus()

            if origin is None:
                show()
            else:
                self._navigate(origin, show)

        return arrive

    def _open_article(self, article_id: str, arrive: Arrival) -> None:
        self._main_serial += 1
        self._load_article(article_id, self.query_text, self._main_serial, arrive)

    @work(thread=True, exclusive=True, group="main")
    def _load_article(self, article_id: str, query: str, serial: int, arrive: Arrival) -> None:
        loaded = self._fetch_document(article_id, query)
        if loaded is not None:
            self.app.call_from_thread(self._document_arrived, serial, *loaded, arrive)

    def _fetch_document(self, article_id: str, query: str) -> tuple[Document, list[Mention]] | None:
        """Load and lay out an article (in a worker thread)."""
        try:
            article = self.service.article(article_id)
            if article is None:
                self.app.call_from_thread(
                    self._warn, _("That article is no longer in the index; F5 updates it.")
                )
                return None
            if self.service.source_changed(article_id):
                self.app.call_from_thread(
                    self._warn,
                    _("This article's file changed or was deleted after indexing; F5 updates it."),
                )
            mentions = self.service.article_mentions(article_id)
            title_matches = self.service.match_spans(query, article.title) if query else []
            body_matches = self.service.match_spans(query, article.body) if query else []
        except WartaError as error:
            self.app.call_from_thread(self._warn, str(error))
            return None
        document = build_document(
            article, meta_line(article, self.today), mentions, title_matches, body_matches
        )
        document.lines(self.reader.text_width())  # laid out here, not on the UI thread
        return document, mentions

    def _document_arrived(
        self, serial: int, document: Document, mentions: list[Mention], arrive: Arrival
    ) -> None:
        if serial == self._main_serial:
            arrive(document, mentions)
            self._arrived("article")

    def _show_document(
        self,
        document: Document,
        mentions: Sequence[Mention],
        position: ReaderPosition | None = None,
        link: tuple[str, int] | None = None,
    ) -> None:
        self.query_one("#main", ContentSwitcher).current = "reader"
        self.find_bar.reset()
        self.reader.find("")
        self.reader.show_document(document, position)
        if link is not None:
            self.reader.select(document.link_at(*link))
        self.timeline.show_dates(document)
        self.sidebar.show_mentions(mentions, document)
        self._update_reader_status()

    def _warn(self, message: str, title: str = "", severity: SeverityLevel = "warning") -> None:
        """A notice of trouble; its text may quote a path, a query or a library message."""
        self.notify(clean_text(message), title=title, severity=severity, markup=False)

    # -- dates and figures -----------------------------------------------------------------

    def action_toggle_timeline(self) -> None:
        """Go to the article's timeline (``t`` or Escape there puts it away)."""
        if self.reader.document is None or self.showing_entity:
            self.notify(_("Open an article first."))
            return
        self.timeline.open()

    @on(Timeline.Jump)
    def _timeline_jump(self, event: Timeline.Jump) -> None:
        self.reader.show_spot(event.start, event.end)
        if event.chosen:
            self.reader.focus()

    @on(Timeline.Closed)
    def _timeline_closed(self) -> None:
        self._focus_main()

    @on(EntitySidebar.Figure)
    def _figure_highlighted(self, event: EntitySidebar.Figure) -> None:
        self.reader.show_spot(event.start, event.end)

    @on(EntityView.DatesWanted)
    def _dates_wanted(self, event: EntityView.DatesWanted) -> None:
        self._date_mentions(event.entity_id, event.mentions)

    @work(thread=True, exclusive=True, group="dates")
    def _date_mentions(self, entity_id: str, mentions: Sequence[MentionInContext]) -> None:
        """Date an entity's mentions: reads each of their articles, so not on the UI thread."""
        try:
            dates = mention_dates(mentions, self.service.article)
        except WartaError as error:
            self.app.call_from_thread(self._warn, str(error))
            return
        self.app.call_from_thread(self.entity_view.show_dates, entity_id, dates)

    # -- mentions and entities -------------------------------------------------------------

    @on(Reader.MentionChanged)
    def _mention_changed(self, event: Reader.MentionChanged) -> None:
        link = self.reader.current_link
        self.sidebar.highlight_key(link.mention.key if link else None)
        self._update_reader_status()

    @on(EntitySidebar.Jump)
    def _sidebar_jump(self, event: EntitySidebar.Jump) -> None:
        self.reader.select_entity(event.key, event.onward)

    def _selected_entity(self) -> str | None:
        if self.sidebar.has_focus:
            return self.sidebar.highlighted_key
        link = self.reader.current_link
        return link.mention.key if link else None

    def action_open_entity(self) -> None:
        key = self._selected_entity()
        if key is None:
            self.notify(_("Select a mention first: Tab or ] moves to the next one."))
            return
        self._open_entity(key, None, record=True, focus=True)

    def _open_entity(
        self, entity_id: str, highlighted: int | None, record: bool, focus: bool
    ) -> None:
        self._main_serial += 1
        self._load_entity(entity_id, self._main_serial, highlighted, record, focus)

    @work(thread=True, exclusive=True, group="main")
    def _load_entity(
        self, entity_id: str, serial: int, highlighted: int | None, record: bool, focus: bool
    ) -> None:
        try:
            entity = self.service.entity(entity_id)
            mentions = self.service.mentions(entity.id, limit=MENTION_LIMIT) if entity else []
        except WartaError as error:
            self.app.call_from_thread(self._warn, str(error))
            return
        if entity is None:
            self.app.call_from_thread(self._warn, _("That entity is no longer in the index."))
            return
        self.app.call_from_thread(
            self._entity_arrived, serial, entity, mentions, highlighted, record, focus
        )

    def _entity_arrived(
        self,
        serial: int,
        entity: Entity,
        mentions: list[MentionInContext],
        highlighted: int | None,
        record: bool,
        focus: bool,
    ) -> None:
        if serial != self._main_serial:
            return

        def show() -> None:
            self.query_one("#main", ContentSwitcher).current = "entity-view"
            self.timeline.remove_class("-open")
            self.entity_view.show_entity(entity, mentions, highlighted)
            self._update_reader_status()
            if focus:
                self.entity_view.option_list.focus()

        if record:
            self._navigate("entity", show)
        else:
            show()
            self._arrived("entity")

    @on(EntityView.Chosen)
    def _mention_chosen(self, event: EntityView.Chosen) -> None:
        mention = event.mention
        arrive = self._arrive_at("article", focus=True, link=(mention.field, mention.start))
        self._open_article(mention.article, arrive)

    @on(Reader.EntityExhausted)
    def _entity_exhausted(self, event: Reader.EntityExhausted) -> None:
        document = self.reader.document
        if document is not None:
            self._main_serial += 1
            self._continue_entity(
                event.mention, event.step, document.article.id, self.query_text, self._main_serial
            )

    @work(thread=True, exclusive=True, group="main")
    def _continue_entity(
        self, mention: Mention, step: int, article_id: str, query: str, serial: int
    ) -> None:
        """Past the last mention of an entity: open the next article that mentions it."""
        try:
            articles = self.service.articles_mentioning(mention.key)
            others = [article for article in articles if article != article_id]
            if not others:
                message = _("No other article mentions {name}.").format(name=mention.name)
                self.app.call_from_thread(self._warn, message)
                return
            position = articles.index(article_id) if article_id in articles else -1
            target = articles[(position + step) % len(articles)]
            in_target = [
                found for found in self.service.article_mentions(target) if found.key == mention.key
            ]
        except WartaError as error:
            self.app.call_from_thread(self._warn, str(error))
            return
        if not in_target:
            return
        chosen = in_target[0] if step > 0 else in_target[-1]
        loaded = self._fetch_document(target, query)
        if loaded is None:
            return
        note = _("{name}: continued in the next article that mentions it ({number} of {count})")
        text = note.format(
            name=literal(mention.name).plain, number=articles.index(target) + 1, count=len(articles)
        )
        arrive = self._arrive_at("article", focus=True, link=(chosen.field, chosen.start))

        def arrive_with_note(document: Document, found: list[Mention]) -> None:
            self._note = (target, Content(text).stylize("bold"))
            arrive(document, found)
            self.notify(text, markup=False)

        self.app.call_from_thread(self._document_arrived, serial, *loaded, arrive_with_note)

    def _update_reader_status(self) -> None:
        status = self.query_one("#reader-status", Static)
        document = self.reader.document
        if self.showing_entity:
            hint = _("Enter: open the article there · Backspace: back")
            status.update(Content(hint))
            return
        if document is None:
            status.update(Content(""))
            return
        parts: list[Content] = []
        if self._note is not None and self._note[0] == document.article.id:
            parts.append(self._note[1])
        link = self.reader.current_link
        if link is not None and self.reader.current is not None:
            same = document.links_of(link.mention.key)
            parts.append(
                Content.assemble(
                    literal(link.mention.name, "bold"),
                    f" ({kind_name(link.mention.kind)}) ",
                    _("{number} of {count} here").format(
                        number=same.index(self.reader.current) + 1, count=len(same)
                    ),
                )
            )
        else:
            count = ngettext("{count} mention", "{count} mentions", len(document.links))
            parts.append(Content(count.format(count=show_number(len(document.links)))))
            if document.links:
                parts.append(Content(_("Tab or ] selects the next")))
        if self.reader.find_matches and self.reader.find_index is not None:
            found = _("found {number} of {count} (n, N)").format(
                number=self.reader.find_index + 1, count=len(self.reader.find_matches)
            )
            parts.append(Content(found).stylize("bold"))
        status.update(join_parts(parts))

    # -- find ------------------------------------------------------------------------------

    def action_find(self) -> None:
        if self.reader.document is None:
            self.notify(_("Open an article first."))
            return
        self.find_bar.open()

    @on(FindBar.Changed)
    def _find_changed(self, event: FindBar.Changed) -> None:
        self.reader.find(event.text)

    @on(FindBar.Closed)
    def _find_closed(self, event: FindBar.Closed) -> None:
        if not event.keep:
            self.reader.find("")
        self.reader.focus()

    @on(Reader.FindChanged)
    def _find_moved(self) -> None:
        self.find_bar.show_count(self.reader.find_index, len(self.reader.find_matches))
        self._update_reader_status()

    # -- history ---------------------------------------------------------------------------

    def _capture(self, origin: Origin) -> Place:
        """The place the screen shows now."""
        document = self.reader.document
        hit = self.results.highlighted_hit
        entity = self.entity_view.entity if self.showing_entity else None
        position = self.reader.position
        return Place(
            origin=origin,
            query=self.query_text,
            result=hit.id if hit else None,
            article=document.article.id if document else None,
            scroll_y=position.scroll_y,
            mention=position.mention,
            entity=entity.id if entity else None,
            entity_option=self.entity_view.highlighted if entity else None,
        )

    def _navigate(self, origin: Origin, show: Callable[[], None]) -> None:
        """Show something new as a visit; the searches of one bout of typing count as one."""
        current = self.history.current
        coalesce = (
            origin == "search"
            and current is not None
            and current.origin == "search"
            and not self._search_settled
        )
        if current is not None and not coalesce and not self._arriving:
            self.history.update(self._capture(current.origin))
        self._arriving.clear()
        show()
        self._search_settled = False
        if coalesce:
            self.history.update(self._capture(origin))
        else:
            self.history.visit(self._capture(origin))

    def _arrived(self, part: str) -> None:
        self._arriving.discard(part)

    def action_back(self) -> None:
        self._travel(-1)

    def action_forward(self) -> None:
        self._travel(1)

    def _travel(self, step: int) -> None:
        current = self.history.current
        if current is not None and not self._arriving:
            self.history.update(self._capture(current.origin))
        place = self.history.back() if step < 0 else self.history.forward()
        if place is None:
            self.notify(_("Nothing further back.") if step < 0 else _("Nothing further forward."))
            return
        self._restore(place)

    def _restore(self, place: Place) -> None:
        """Put a visited place back: query and results, article and mention, entity view."""
        self._arriving = set()
        focus_reader = place.origin == "article"
        if place.query != self.query_text:
            self._arriving.add("search")
            self._set_query_text(place.query)
            self._run_search(place.query, highlight=place.result, record=False)
        else:
            self.results.highlight_hit(place.result)
        if place.entity is not None:
            self._arriving.add("entity")
            self._open_entity(
                place.entity, place.entity_option, record=False, focus=place.origin == "entity"
            )
        elif place.article is not None:
            position = ReaderPosition(place.scroll_y, place.mention)
            document = self.reader.document
            if document is not None and document.article.id == place.article:
                self._main_serial += 1
                self.query_one("#main", ContentSwitcher).current = "reader"
                self.reader.show_document(document, position)
                self._update_reader_status()
                if focus_reader:
                    self.reader.focus()
            else:
                self._arriving.add("article")
                arrive = self._arrive_at(None, focus=focus_reader, position=position)
                self._open_article(place.article, arrive)
        if place.origin == "search" and self.results.option_count:
            self.action_focus_results()
        elif place.origin == "search":
            self.search_bar.focus()

    # -- quoting, citing, other programs ---------------------------------------------------

    def action_copy_quote(self) -> None:
        document = self.reader.document
        span = self.reader.quote_span()
        if document is None or span is None:
            self.notify(_("Select a mention (Tab) or find text (/) to quote its sentence."))
            return
        self.app.copy_to_clipboard(quotation(document.sentence(*span), article_citation(document)))
        self.notify(
            _("Quote copied to the clipboard (OSC 52: works over SSH if the terminal allows)."),
            markup=False,
        )

    def action_copy_citation(self) -> None:
        document = self.reader.document
        if document is None:
            self.notify(_("Open an article first."))
            return
        self.app.copy_to_clipboard(article_citation(document))
        self.notify(
            _("Citation copied to the clipboard (OSC 52: works over SSH if the terminal allows)."),
            markup=False,
        )

    def action_open_pager(self) -> None:
        self._open_outside([os.environ.get("PAGER")], "less")

    def action_open_editor(self) -> None:
        self._open_outside([os.environ.get("VISUAL"), os.environ.get("EDITOR")], "vi", edit=True)

    def _open_outside(
        self, configured: Sequence[str | None], default: str, edit: bool = False
    ) -> None:
        """Hand the cleaned article to another program; come back to the same place.

        The command is checked before the screen is handed over: a program that cannot
        start gives a notice and the app stays, instead of a blank suspended terminal.
        """
        document = self.reader.document
        if document is None:
            self.notify(_("Open an article first."))
            return
        try:
            command = outside_command(configured, default)
        except CannotRun as error:
            self._cannot_run(error.command, error.reason)
            return
        try:
            handover = (
                for_editor(document.article, document.plain, edits_folder())
                if edit
                else for_pager(document.plain)
            )
        except OSError as error:
            self._cannot_run(shlex.join(command), error.strerror or str(error))
            return
        failure: OSError | None = None
        try:
            # Textual's suspend has no try/finally: an exception inside it would leave the
            # terminal handed over for good, so nothing may escape the block.
            with self.app.suspend():
                try:
                    subprocess.run([*command, str(handover.path)], check=False)
                except OSError as error:
                    failure = error
        except SuspendNotSupported:
            self.notify(_("This terminal cannot hand the screen to another program."))
        finally:
            saved = handover.finish()
        if failure is not None:
            self._cannot_run(shlex.join(command), failure.strerror or str(failure))
        elif saved is not None:
            self.notify(saved, markup=False)
        self.app.refresh()

    def _cannot_run(self, command: str, error: str) -> None:
        message = _("Could not run {command}: {error}")
        self._warn(message.format(command=literal(command).plain, error=error))

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.help_sections()))

    def help_sections(self) -> list[HelpSection]:
        """Every key of the app, by where it works: the help screen is made from these."""
        return [
            HelpSection(
                _("Everywhere"),
                [
                    *type(self).BINDINGS,
                    Binding(
                        self.app.COMMAND_PALETTE_BINDING,
                        "app.command_palette",
                        _("Command palette"),
                    ),
                    *type(self.app).BINDINGS,
                ],
            ),
            HelpSection(_("Search bar"), SearchBar.BINDINGS),
            HelpSection(_("Results"), ResultsList.BINDINGS),
            HelpSection(_("Reader"), Reader.BINDINGS),
            HelpSection(_("Find bar"), FindBar.BINDINGS),
            HelpSection(_("Timeline"), Timeline.BINDINGS),
            HelpSection(_("Entity sidebar"), EntitySidebar.BINDINGS),
            HelpSection(_("Entity view"), [*MentionList.BINDINGS, *EntityView.BINDINGS]),
        ]
