"""The main screen: a router between the panes, and the keeper of the history.

The panes do the work: the results list runs searches, the reader loads and lays out
articles, the entity view finds an entity's mentions, each in its own worker that posts
an ``Answer`` carrying the ``Request`` it answers. ``_answered`` is the one place an
answer nobody waits for any more is dropped.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import ContentSwitcher, Input, Label, Static
from warta.search.model import SearchResult
from warta.search.sanitize import clean_line, clean_text
from warta.tui.i18n import _, ngettext
from warta.tui.keys import SCREEN, HelpSection, sections, user_keys
from warta.tui.navigation import History, Origin, Place, Request, Requests
from warta.tui.screens.help import HelpFooter, HelpScreen
from warta.tui.text import show_number
from warta.tui.widgets.answers import Answer, Quote, Trouble
from warta.tui.widgets.bars import FindBar, SearchBar
from warta.tui.widgets.entity_view import EntityView
from warta.tui.widgets.reader import Reader, ReaderPosition
from warta.tui.widgets.results import RESULT_LIMIT, ResultsList, result_status
from warta.tui.widgets.sidebar import EntitySidebar
from warta.tui.widgets.status import StatusLine
from warta.tui.widgets.timeline import Timeline

if TYPE_CHECKING:
    from warta.search.query import MatchTerms
    from warta.search.service import SearchService

#: Pause in typing, in seconds, before the query runs.
SEARCH_DELAY = 0.2
#: Below this width the entity sidebar folds away (F3 brings it back).
NARROW_WIDTH = 100
__all__ = ["RESULT_LIMIT", "MainScreen"]


class MainScreen(Screen[None]):
    """Search, read and follow mentions; back and forward over everything visited."""

    BINDINGS: ClassVar[list[BindingType]] = list(SCREEN)

    def __init__(
        self, service: SearchService, initial_query: str | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__()
        self.service = service
        #: Cleaned: it comes from the command line, which anything may have built, and
        #: the search bar would otherwise draw its escape sequences to the terminal.
        self.initial_query = clean_line(initial_query or "")
        self.today = today or dt.date.today()
        self.history = History()
        self.requests = Requests()
        self.query_text = ""
        #: What the shown results matched: the reader marks the same words.
        self.terms: MatchTerms | None = None
        #: "score" (most relevant first) or "date" (newest first).
        self.sort = "score"
        self.index_ready = False
        self._search_timer: Timer | None = None
        self._input_set_to: str | None = None
        #: Parts of a place put back from the history that are still loading.
        self._arriving: set[str] = set()
        #: The shown search was submitted or its results entered: typing starts a new place.
        self._search_settled = False
        self._results_delta = 0
        self._sidebar_delta = 0

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-row"):
            yield Label(Content("warta"), id="brand")
            yield SearchBar(id="search")
        yield StatusLine(self.service, id="status")
        with Horizontal(id="panes"):
            yield ResultsList(self.service, id="results")
            with Vertical(id="main-pane"):
                with ContentSwitcher(initial="reader", id="main"):
                    yield Reader(self.service, self.today, id="reader")
                    yield EntityView(self.service, id="entity-view")
                yield Timeline(id="timeline")
                yield FindBar(id="find")
                yield Static(id="reader-status")
            yield EntitySidebar(id="sidebar")
        yield HelpFooter()

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one("#search", SearchBar)

    @property
    def status_line(self) -> StatusLine:
        return self.query_one("#status", StatusLine)

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

    def _show_main(self, pane: str) -> None:
        self.query_one("#main", ContentSwitcher).current = pane
        self._update_reader_status()

    def on_mount(self) -> None:
        self.reader.show_placeholder(
            _("Type a query above. Enter opens the selected result; F1 lists every key.")
        )
        if self.initial_query:
            # Launched on a search: start in the results, where q and ? are keys, not text.
            self._set_query_text(self.initial_query)
            self.results.focus()
        else:
            self.search_bar.focus()
        self._show_status(Content(_("Opening the index…")))
        # After the first frame: the worker's imports (Whoosh, the tagger) would otherwise
        # compete with it for the interpreter.
        self.call_after_refresh(self.status_line.build_index)

    def on_resize(self) -> None:
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
        self.on_resize()

    def action_resize_sidebar(self, delta: int) -> None:
        self._sidebar_delta += delta
        self.on_resize()

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

    def action_focus_sidebar(self) -> None:
        """Show the entity sidebar (folded on narrow screens) and move into it."""
        self.set_class(False, "-hide-sidebar")
        self.set_class(True, "-show-sidebar")
        self.sidebar.focus()

    def _focus_main(self) -> None:
        if self.showing_entity:
            self.entity_view.option_list.focus()
        else:
            self.reader.focus()

    def action_escape(self) -> None:
        """Stop a running search; then from the search bar to the results (or the reader),
        from anywhere else back (to the search bar when there is nothing to go back to)."""
        if self.results.stop():
            self.requests.withdraw("search")
            self._show_status(Content(_("Search stopped.")))
        focused = self.focused
        if focused is self.reader and self.reader.find_text:
            self.reader.find("")
            self.find_bar.input.value = ""
        elif focused is self.search_bar and self.results.option_count:
            self.action_focus_results()
        elif focused is self.search_bar:
            self._focus_main()
        elif self.history.can_go_back:
            self.action_back()
        else:
            self.search_bar.focus()

    # -- the index -------------------------------------------------------------------------

    def action_update_index(self) -> None:
        self.index_ready = False
        self.status_line.build_index(always=True)

    @on(StatusLine.IndexReady)
    def _index_ready(self, event: StatusLine.IndexReady) -> None:
        self.index_ready = True
        self.reader.forget()
        self._prepare_suggestions()
        if event.report is not None:
            count = event.report.articles
            built = ngettext(
                "Index ready: {count} article.", "Index ready: {count} articles.", count
            )
            self.notify(built.format(count=show_number(count)))
        query = self.search_bar.value
        if query.strip():
            self._run_search(query, record=not self.history.current, focus=bool(self.initial_query))
        elif not event.failed:
            self._show_status(Content(_("Ready. Type to search.")))

    @work(thread=True, exclusive=True, group="suggestions", exit_on_error=False)
    def _prepare_suggestions(self) -> None:
        """Build the did-you-mean lexicon ahead, so the first search that needs it does not wait."""
        self.service.prepare_suggestions()

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
        self.results.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, lambda: self._run_search(event.value))

    @on(Input.Submitted, "#search")
    def _query_submitted(self, event: Input.Submitted) -> None:
        """Enter on the results of what is typed opens the highlighted one (as in fzf);
        on a query not searched yet, it searches and moves to the results."""
        if self._search_timer is not None:
            self._search_timer.stop()
        hit = self.results.highlighted_hit or (self.results.hits or (None,))[0]
        searching = self.results.stop()  # a search still running: its hits are not shown
        if event.value == self.query_text and hit is not None and not searching:
            self._open_article(hit.id, Request("main", "article", focus=True))
        else:
            self._run_search(event.value, focus=True)

    @on(SearchBar.SuggestionAccepted)
    def _suggestion_accepted(self, event: SearchBar.SuggestionAccepted) -> None:
        self._set_query_text(event.query)
        self._run_search(event.query)

    def _run_search(
        self,
        query: str,
        highlight: str | None = None,
        record: bool = True,
        focus: bool = False,
        limit: int = RESULT_LIMIT,
    ) -> None:
        origin: Origin | None = "search" if record else None
        request = self.requests.ask(Request("search", origin, focus, highlight, limit))
        if not query.strip():
            self._show_results(request, query, SearchResult(query=""))
        elif not self.index_ready:
            waiting = _("The index is still building; the search runs when it is ready.")
            self._show_status(Content(waiting))
        else:
            self.results.search(request, query, self.sort)

    def _show_results(self, request: Request, query: str, result: SearchResult) -> None:
        def show() -> None:
            self.query_text = query
            self.terms = result.terms
            self.results.show_result(result, request.highlight)
            self.search_bar.suggestion = result.suggestion
            self._show_status(result_status(result, self.sort) if query.strip() else Content(""))

        self._arrive(request, "search", show)
        if request.focus:
            # After the hits are painted: focusing previews the first one, whose loading
            # would otherwise hold up that paint.
            self.call_after_refresh(self.action_focus_results)

    @on(ResultsList.MoreWanted)
    def _more_results(self) -> None:
        hit = self.results.highlighted_hit
        limit = len(self.results.hits) + RESULT_LIMIT
        self._run_search(self.query_text, hit.id if hit else None, record=False, limit=limit)

    def action_toggle_sort(self) -> None:
        """Newest first, or most relevant first; the same query runs again."""
        self.sort = "date" if self.sort == "score" else "score"
        hit = self.results.highlighted_hit
        self._run_search(self.query_text, highlight=hit.id if hit else None, record=False)

    def _show_status(self, status: Content) -> None:
        self.status_line.update(status)

    # -- answers ---------------------------------------------------------------------------

    @on(Answer)
    def _answered(self, answer: Answer) -> None:
        """The one place answers arrive: one to a request since replaced is dropped."""
        if not self.requests.wanted(answer.request):
            return
        request = answer.request
        if isinstance(answer, ResultsList.Results):
            self._show_results(request, answer.query, answer.result)
        elif isinstance(answer, Reader.Loaded):
            position = None
            if request.scroll_y is not None:
                position = ReaderPosition(request.scroll_y, request.mention)

            def show_article() -> None:
                self._show_main("reader")
                self.find_bar.reset()
                self.reader.find("")
                self.reader.show_document(answer.document, position, answer.note)
                if request.link is not None:
                    self.reader.select(answer.document.link_at(*request.link))
                self.timeline.show_dates(answer.document)
                self.sidebar.show_mentions(answer.mentions, answer.document)
                self._update_reader_status()
                if request.focus:
                    self.reader.focus()

            self._arrive(request, "article", show_article)
            if answer.note:
                self.notify(answer.note, markup=False)
        elif isinstance(answer, EntityView.Loaded):

            def show_entity() -> None:
                self._show_main("entity-view")
                self.timeline.remove_class("-open")
                self.entity_view.show_entity(answer.entity, answer.mentions, request.option)
                if request.focus:
                    self.entity_view.option_list.focus()

            self._arrive(request, "entity", show_entity)

    def _arrive(self, request: Request, part: str, show: Callable[[], None]) -> None:
        """Show an answer: as a new visit when the request was one, else in place."""
        if request.origin is None:
            show()
            self._arriving.discard(part)
            return
        current = self.history.current
        merge = (
            request.origin == "search"
            and current is not None
            and current.origin == "search"
            and not self._search_settled
        )
        now = self._capture(current.origin) if current and not self._arriving else None
        self._arriving.clear()
        show()
        self._search_settled = False
        self.history.leave(now, self._capture(request.origin), merge=merge)

    @on(Trouble)
    def _trouble(self, event: Trouble) -> None:
        """A notice of trouble; its text may quote a path, a query or a library message."""
        self.notify(
            clean_text(event.message), title=event.title, severity=event.severity, markup=False
        )

    # -- opening articles and entities -----------------------------------------------------

    def _open_article(self, article_id: str, request: Request) -> None:
        self.reader.load(self.requests.ask(request), article_id, self.terms)

    @on(ResultsList.Opened)
    def _result_opened(self, event: ResultsList.Opened) -> None:
        self._open_article(event.hit.id, Request("main", "article", focus=True))

    @on(ResultsList.Previewed)
    def _result_previewed(self, event: ResultsList.Previewed) -> None:
        if self.reader.document and self.reader.document.article.id == event.hit.id:
            return
        self._open_article(event.hit.id, Request("main"))

    @on(EntityView.Chosen)
    def _mention_chosen(self, event: EntityView.Chosen) -> None:
        mention = event.mention
        link = (mention.field, mention.start)
        self._open_article(mention.article, Request("main", "article", focus=True, link=link))

    @on(Reader.EntityExhausted)
    def _entity_exhausted(self, event: Reader.EntityExhausted) -> None:
        request = self.requests.ask(Request("main", "article", focus=True))
        self.reader.continue_entity(request, event.mention, event.step, self.terms)

    def action_open_entity(self) -> None:
        link = self.reader.current_link
        key = self.sidebar.highlighted_key if self.sidebar.has_focus else None
        key = key or (link.mention.key if link and not self.showing_entity else None)
        if key is None:
            self.notify(_("Select a mention first: Tab or ] moves to the next one."))
            return
        self.entity_view.load(self.requests.ask(Request("main", "entity", focus=True)), key)

    def _update_reader_status(self) -> None:
        status = self.query_one("#reader-status", Static)
        if self.showing_entity:
            status.update(Content(_("Enter: open the article there · Backspace: back")))
        else:
            status.update(self.reader.status_line())

    @on(Reader.MentionChanged)
    def _mention_changed(self) -> None:
        link = self.reader.current_link
        self.sidebar.highlight_key(link.mention.key if link else None)
        self._update_reader_status()

    @on(EntitySidebar.Jump)
    def _sidebar_jump(self, event: EntitySidebar.Jump) -> None:
        self.reader.select_entity(event.key, event.onward)

    # -- find, dates and figures -----------------------------------------------------------

    def action_find(self) -> None:
        if self._article_open():
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

    def action_toggle_timeline(self) -> None:
        """Go to the article's timeline (``t`` or Escape there puts it away)."""
        if self._article_open():
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
        focus = place.origin != "search"
        if place.query != self.query_text:
            self._arriving.add("search")
            self._set_query_text(place.query)
            self._run_search(place.query, highlight=place.result, record=False)
        else:
            self.results.highlight_hit(place.result)
        if place.entity is not None:
            self._arriving.add("entity")
            request = Request("main", focus=place.origin == "entity", option=place.entity_option)
            self.entity_view.load(self.requests.ask(request), place.entity)
        elif place.article is not None:
            self._arriving.add("article")
            request = Request("main", focus=focus, scroll_y=place.scroll_y, mention=place.mention)
            self._open_article(place.article, request)
        if place.origin == "search" and self.results.option_count:
            self.action_focus_results()
        elif place.origin == "search":
            self.search_bar.focus()

    # -- quoting, citing, other programs ---------------------------------------------------

    def _article_open(self) -> bool:
        """Whether an article is on screen; if not, say what to do first."""
        if self.reader.document is None or self.showing_entity:
            self.notify(_("Open an article first."))
            return False
        return True

    def action_copy_quote(self) -> None:
        if self.showing_entity:
            self.entity_view.action_copy_quote()
        elif self._article_open():
            self.reader.copy_quote()

    @on(Quote)
    def _copy(self, event: Quote) -> None:
        self.app.copy_to_clipboard(event.text)
        self.notify(
            _("Quote copied to the clipboard (OSC 52: works over SSH if the terminal allows)."),
            markup=False,
        )

    def action_copy_citation(self) -> None:
        if self._article_open():
            self.reader.copy_citation()

    def action_open_pager(self) -> None:
        if self._article_open():
            self.reader.hand_over([os.environ.get("PAGER")], "less")

    def action_open_editor(self) -> None:
        if self._article_open():
            self.reader.hand_over(
                [os.environ.get("VISUAL"), os.environ.get("EDITOR")], "vi", edit=True
            )

    def action_open_address(self) -> None:
        if self._article_open():
            self.reader.open_address()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.help_sections()))

    def help_sections(self) -> list[HelpSection]:
        """Every key of the app, by where it works and as the user's keymap binds it."""
        return [HelpSection(title, user_keys(self.app, b)) for title, b in sections()]
