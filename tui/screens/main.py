"""The main screen: a router between the panes, and the keeper of the history.

The panes do the work: the results list runs searches, the article pane loads and shows
articles and entity views, each in its own worker that posts an ``Answer`` carrying the
``Request`` it answers. ``_answered`` is the one place an answer nobody waits for any more
is dropped; ``Navigator`` (tui/navigation.py) decides what the history records.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Label
from warta.search.model import SearchResult
from warta.search.sanitize import clean_line
from warta.tui.config import Settings
from warta.tui.i18n import _
from warta.tui.keys import SCREEN, HelpSection, sections, user_keys
from warta.tui.navigation import Navigator, Origin, Request
from warta.tui.screens.help import HelpFooter, HelpScreen
from warta.tui.screens.views import (
    ArticleChoice,
    CoverageOverTime,
    MoreLikeThis,
    RelatedEntities,
)
from warta.tui.screens.workspace import (
    SavedRow,
    SavedSearches,
    SearchHistory,
    ask_export,
    ask_search_name,
    mark_opened,
    record_search,
)
from warta.tui.widgets.answers import Answer
from warta.tui.widgets.article_pane import ArticlePane
from warta.tui.widgets.bars import FindBar, SearchBar
from warta.tui.widgets.entity_view import EntityView
from warta.tui.widgets.panes import Panes
from warta.tui.widgets.reader import Reader
from warta.tui.widgets.results import RESULT_LIMIT, ResultsList
from warta.tui.widgets.routing import Child
from warta.tui.widgets.sidebar import EntitySidebar
from warta.tui.widgets.status import StatusLine
from warta.tui.widgets.timeline import Timeline

if TYPE_CHECKING:
    from warta.search.service import SearchService
    from warta.search.workspace import HistoryEntry
    from warta.tui.workspace import WorkspaceThread

__all__ = ["RESULT_LIMIT", "MainScreen"]


class MainScreen(Screen[None]):
    """Search, read and follow mentions; back and forward over everything visited."""

    BINDINGS: ClassVar[list[BindingType]] = list(SCREEN)

    panes = Child("#panes", Panes)
    search_bar = Child("#search", SearchBar)
    status_line = Child("#status", StatusLine)
    results = Child("#results", ResultsList)
    article = Child("#main-pane", ArticlePane)
    reader = Child("#reader", Reader)
    entity_view = Child("#entity-view", EntityView)
    timeline = Child("#timeline", Timeline)
    find_bar = Child("#find", FindBar)
    sidebar = Child("#sidebar", EntitySidebar)

    def __init__(
        self,
        service: SearchService,
        workspace: WorkspaceThread,
        initial_query: str | None = None,
        today: dt.date | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        self.workspace = workspace
        self.settings = settings or Settings()
        #: Cleaned: it comes from the command line, which anything may have built, and
        #: the search bar would otherwise draw its escape sequences to the terminal.
        self.initial_query = clean_line(initial_query or "")
        self.today = today or dt.date.today()
        self.navigator = Navigator()
        self.index_ready = False
        #: The last query put in the search history (a query is recorded once in a row).
        self._recorded = ""

    def compose(self) -> ComposeResult:
        with Horizontal(id="search-row"):
            yield Label(Content("warta"), id="brand")
            yield SearchBar(id="search")
        yield StatusLine(self.service, id="status")
        yield Panes(self.service, self.today, self.workspace, self.settings, id="panes")
        yield HelpFooter()

    @property
    def showing_entity(self) -> bool:
        return self.article.showing_entity

    def on_mount(self) -> None:
        self.reader.show_placeholder(
            _("Type a query above. Enter opens the selected result; F1 lists every key.")
        )
        if self.initial_query:
            # Launched on a search: start in the results, where q and ? are keys, not text.
            self.search_bar.set_query(self.initial_query)
            self.results.focus()
        else:
            self.search_bar.focus()
        self.status_line.update(Content(_("Opening the index…")))
        # After the first frame: the worker's imports (Whoosh, the tagger) would otherwise
        # compete with it for the interpreter.
        self.call_after_refresh(self.status_line.build_index)

    # -- focus -----------------------------------------------------------------------------

    def action_focus_search(self) -> None:
        """Like a browser's address bar: focused with the query selected, to type over."""
        self.search_bar.focus()
        self.search_bar.select_all()

    def action_focus_results(self) -> None:
        if self.results.option_count:
            self.navigator.search_settled = True
            self._remember_search()
            self.panes.show_results()
            self.results.focus()
            if self.results.highlighted is None:
                self.results.highlighted = 0

    def action_escape(self) -> None:
        """Stop a running search; then from the search bar to the results (or the reader),
        from anywhere else back (to the search bar when there is nothing to go back to)."""
        if self.results.stop():
            self.navigator.requests.withdraw("search")
            self.status_line.update(Content(_("Search stopped.")))
        focused = self.focused
        if focused is self.reader and self.article.clear_find():
            return
        if focused is self.search_bar and self.results.option_count:
            self.action_focus_results()
        elif focused is self.search_bar:
            self.article.focus_main()
        elif self.navigator.history.can_go_back:
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
        query = self.search_bar.value
        if query.strip():
            origin: Origin | None = None if self.navigator.history.current else "search"
            self._run_search(query, Request("search", origin, focus=bool(self.initial_query)))
        elif not event.failed:
            self.status_line.update(Content(_("Ready. Type to search.")))

    # -- searching -------------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _query_edited(self) -> None:
        # The user typed: whatever is still scoring answers a question nobody asks now.
        self.results.stop()

    @on(SearchBar.Typed)
    def _query_typed(self, event: SearchBar.Typed) -> None:
        self._run_search(event.query, Request("search", "search"))

    @on(Input.Submitted, "#search")
    def _query_submitted(self, event: Input.Submitted) -> None:
        """Enter on the results of what is typed opens the highlighted one (as in fzf);
        on a query not searched yet, it searches and moves to the results."""
        self.search_bar.stop_typing()
        hit = self.results.hit_to_open(event.value)
        if hit is not None:
            self._remember_search()
            self._open_article(hit.id, Request("main", "article", focus=True))
        else:
            self._run_search(event.value, Request("search", "search", focus=True))

    @on(SearchBar.SuggestionAccepted)
    def _suggestion_accepted(self, event: SearchBar.SuggestionAccepted) -> None:
        self.search_bar.set_query(event.query)
        self._run_search(event.query, Request("search", "search"))

    @on(ResultsList.MoreWanted)
    def _more_results(self, event: ResultsList.MoreWanted) -> None:
        request = Request("search", highlight=event.highlight, limit=event.limit)
        self._run_search(self.results.query_text, request)

    def corpus_updated(self) -> None:
        """The watcher updated the index: the same search again, the same hit highlighted
        (the open article stays, its next opening reads the new version)."""
        if not self.index_ready:
            return  # the first build is still running: its end shows the results
        self.reader.forget()
        hit = self.results.highlighted_hit
        request = Request("search", highlight=hit.id if hit else None)
        self._run_search(self.results.query_text, request)

    def action_toggle_sort(self) -> None:
        """Newest first, or most relevant first; the same query runs again."""
        self.results.toggle_sort()
        hit = self.results.highlighted_hit
        request = Request("search", highlight=hit.id if hit else None)
        self._run_search(self.results.query_text, request)

    def _run_search(self, query: str, request: Request) -> None:
        request = self.navigator.ask(request)
        if not query.strip():
            self._answered(ResultsList.Results(request, query, SearchResult(query="")))
        elif not self.index_ready:
            waiting = _("The index is still building; the search runs when it is ready.")
            self.status_line.update(Content(waiting))
        else:
            self.results.search(request, query)

    def _show_results(self, answer: ResultsList.Results) -> None:
        self.results.show_answer(answer)
        self.search_bar.suggestion = answer.result.suggestion
        self.status_line.update(self.results.status())

    # -- answers ---------------------------------------------------------------------------

    @on(Answer)
    def _answered(self, answer: Answer) -> None:
        """The one place answers arrive: one to a request since replaced is dropped."""
        if not self.navigator.requests.wanted(answer.request):
            return
        if isinstance(answer, ResultsList.Results):
            show_results = partial(self._show_results, answer)
            self.navigator.arrive(answer.request, "search", show_results, self.panes.capture)
            if answer.request.focus:
                self._remember_search()
                # After the hits are painted: focusing previews the first one, whose
                # loading would otherwise hold up that paint.
                self.call_after_refresh(self.action_focus_results)
        elif isinstance(answer, Reader.Loaded):

            def show_article() -> None:
                self.article.show_article(answer)
                self.sidebar.show_mentions(answer.mentions, answer.document)

            self.navigator.arrive(answer.request, "article", show_article, self.panes.capture)
        elif isinstance(answer, EntityView.Loaded):
            show_entity = partial(self.article.show_entity, answer)
            self.navigator.arrive(answer.request, "entity", show_entity, self.panes.capture)

    # -- opening articles and entities -----------------------------------------------------

    def _open_article(self, article_id: str, request: Request) -> None:
        self.reader.load(self.navigator.ask(request), article_id, self.results.terms)

    @on(ResultsList.Opened)
    def _result_opened(self, event: ResultsList.Opened) -> None:
        self._remember_search()  # chosen with the mouse, the results were never focused
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
        request = self.navigator.ask(Request("main", "article", focus=True))
        self.reader.continue_entity(request, event.mention, event.step, self.results.terms)

    def action_open_entity(self) -> None:
        key = self.panes.selected_entity()
        if key is None:
            self.notify(_("Select a mention first: Tab or ] moves to the next one."))
            return
        request = self.navigator.ask(Request("main", "entity", focus=True))
        self.entity_view.load(request, key)

    @on(Reader.MentionChanged)
    def _mention_changed(self) -> None:
        link = self.reader.current_link
        self.sidebar.highlight_key(link.mention.key if link else None)

    @on(EntitySidebar.Jump)
    def _sidebar_jump(self, event: EntitySidebar.Jump) -> None:
        self.reader.select_entity(event.key, event.onward)

    @on(EntitySidebar.Figure)
    def _figure_highlighted(self, event: EntitySidebar.Figure) -> None:
        self.reader.show_spot(event.start, event.end)

    # -- history ---------------------------------------------------------------------------

    def action_back(self) -> None:
        self._travel(-1)

    def action_forward(self) -> None:
        self._travel(1)

    def _travel(self, step: int) -> None:
        place = self.navigator.travel(step, self.panes.capture)
        if place is None:
            self.notify(_("Nothing further back.") if step < 0 else _("Nothing further forward."))
            return
        search, main = self.navigator.restore(place, self.results.query_text)
        if search is not None:
            self.search_bar.set_query(place.query)
            self._run_search(place.query, search)
        else:
            self.results.highlight_hit(place.result)
        if place.entity is not None and main is not None:
            self.entity_view.load(self.navigator.ask(main), place.entity)
        elif place.article is not None and main is not None:
            self._open_article(place.article, main)
        if place.origin == "search" and self.results.option_count:
            self.action_focus_results()
        elif place.origin == "search":
            self.search_bar.focus()

    # -- the open article, other programs, help --------------------------------------------

    def action_article(self, command: str) -> None:
        """A command on the open article (find, quote, pager, ...), wherever the focus is."""
        self.article.run(command)

    def action_panes(self, command: str, *arguments: int) -> None:
        """A command on the row of panes (fold, widen, the sidebar), wherever the focus is."""
        self.panes.run(command, *arguments)

    # -- the workspace: saved searches, history, export -------------------------------------

    def action_save_search(self) -> None:
        query = self.results.query_text
        if not query.strip():
            self.notify(_("Search first: Ctrl+S saves the search shown."))
            return
        ask_search_name(self, self.workspace, self.service, query)

    def action_export(self) -> None:
        query = self.results.query_text
        if not query.strip():
            self.notify(_("Search first: x exports every hit of the search shown."))
            return
        ask_export(self, self.workspace, self.service, query)

    def action_saved_searches(self) -> None:
        self.app.push_screen(SavedSearches(self.workspace, self.service), self._run_saved)

    def _run_saved(self, saved: SavedRow | None) -> None:
        if saved is not None:
            self._search_for(saved.query)
            mark_opened(self, self.workspace, self.service, saved.name, saved.query)

    def _remember_search(self) -> None:
        """The query the user stopped at (submitted, or its results entered) goes into the
        search history; what was typed on the way there does not."""
        query = self.results.query_text.strip()
        if query and query != self._recorded:
            self._recorded = query
            record_search(self, self.workspace, query)

    def action_search_history(self) -> None:
        self.app.push_screen(SearchHistory(self.workspace), self._run_from_history)

    def _run_from_history(self, entry: HistoryEntry | None) -> None:
        if entry is not None:
            self._search_for(entry.query)

    def _search_for(self, query: str) -> None:
        """Put ``query`` in the search bar and search it, as if typed and submitted."""
        self.search_bar.set_query(query)
        self._run_search(query, Request("search", "search", focus=True))

    # -- investigation views (tui/screens/views.py) -----------------------------------------

    def action_related_entities(self) -> None:
        key = self.panes.selected_entity()  # the sidebar's, else the reader's mention's
        if key is None and self.showing_entity and self.entity_view.entity:
            key = self.entity_view.entity.id
        if key is None:
            self.notify(_("Select a mention first: Tab or ] moves to the next one."))
            return
        self.app.push_screen(RelatedEntities(self.workspace, self.service, self._open_choice, key))

    def action_more_like(self) -> None:
        document = None if self.showing_entity else self.reader.document
        if document is None:
            self.notify(_("Open an article first: m lists the articles like it."))
            return
        article = document.article.id
        self.app.push_screen(MoreLikeThis(self.workspace, self.service, self._open_choice, article))

    def action_coverage(self) -> None:
        query = self.results.query_text
        if not query.strip():
            self.notify(_("Search first: T shows the search's articles per month."))
            return
        self.app.push_screen(
            CoverageOverTime(self.workspace, self.service, self._search_for, query)
        )

    def _open_choice(self, choice: ArticleChoice) -> None:
        request = Request("main", "article", focus=True, link=choice.link)
        self._open_article(choice.article, request)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.help_sections()))

    def help_sections(self) -> list[HelpSection]:
        """Every key of the app, by where it works and as the user's keymap binds it."""
        return [HelpSection(title, user_keys(self.app, b)) for title, b in sections()]
