"""The main screen: a router between the panes, and the keeper of the history.

The panes do the work: the results list runs searches, the article pane loads and shows
articles and entity views, each in its own worker that posts an ``Answer`` carrying the
``Request`` it answers. ``_answered`` is the one place an answer nobody waits for any more
is dropped; ``Navigator`` (tui/navigation.py) decides what the history records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.actions import parse as parse_action
from textual.app import ComposeResult
from textual.binding import ActiveBinding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Label
from warta.search.model import Hit, SearchResult
from warta.search.sanitize import clean_line
from warta.tui.config import Settings
from warta.tui.i18n import _
from warta.tui.keys import SCREEN, HelpSection
from warta.tui.navigation import Navigator, Origin, Request
from warta.tui.screens.help import HelpFooter, HelpScreen, help_sections
from warta.tui.widgets.answers import Answer
from warta.tui.widgets.article_pane import ArticlePane
from warta.tui.widgets.bars import SearchBar
from warta.tui.widgets.entity_view import EntityView
from warta.tui.widgets.panes import Panes
from warta.tui.widgets.reader import Reader
from warta.tui.widgets.results import RESULT_LIMIT, ResultsList
from warta.tui.widgets.routing import Child, KeyHold
from warta.tui.widgets.sidebar import EntitySidebar
from warta.tui.widgets.status import StatusLine
from warta.tui.widgets.timeline import Timeline

if TYPE_CHECKING:
    from warta.search.service import SearchService
    from warta.tui.workspace import WorkspaceThread

__all__ = ["RESULT_LIMIT", "MainScreen"]


#: The actions that mark an article (star, tags, note), each pane's under one name.
MARKS = frozenset({"toggle_star", "edit_tags", "edit_note"})


class MainScreen(KeyHold, Screen[None]):
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
        #: The search asked for while the index was building, run as asked when it is ready.
        self._waiting: Request | None = None

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

    # -- keys typed while a pane loads (``KeyHold``) -----------------------------------------

    def _ask(self, request: Request) -> Request:
        """``request``, numbered; when its answer moves the focus (into the results, an
        article, the entity view, the sidebar), the keys typed until then are held for the
        pane it moves to, whatever asked for it: a key, back or forward, a mention."""
        request = self.navigator.ask(request)
        if request.focus or request.sidebar is not None:
            self.hold_keys(until=request)
        return request

    def same(self, answer_to: object, waiting: object) -> bool:
        """One request, even when answered at another place than asked (the next article
        that mentions an entity arrives at its mention)."""
        if isinstance(answer_to, Request) and isinstance(waiting, Request):
            return (answer_to.slot, answer_to.number) == (waiting.slot, waiting.number)
        return super().same(answer_to, waiting)

    def still_holding(self) -> bool:
        """Not once the request is replaced (a preview): its answer will not come. Before
        the request, a pane's Enter held them for the message it posted (``hold_keys``)."""
        held = self._holding_for
        return not isinstance(held, Request) or self.navigator.requests.wanted(held)

    def on_mount(self) -> None:
        """Start in the results when launched on a query, else in the search bar (the
        status line opens the index, the article pane says how to begin)."""
        if self.initial_query:
            # Launched on a search: start in the results, where q and ? are keys, not text.
            self.search_bar.set_query(self.initial_query)
            self.results.focus()
        else:
            self.search_bar.focus()

    # -- focus -----------------------------------------------------------------------------

    def typeahead(self) -> Widget | None:
        """Where keys typed while nothing has the focus go: where ``on_mount`` puts it (the
        search bar, the results when launched on a query). ``warta`` then "musk" typed at
        once came before the search bar had the focus, and the screen dropped them."""
        try:
            return self.results if self.initial_query else self.search_bar
        except NoMatches:  # not composed yet: Textual's way, the keys to the screen
            return None

    def action_focus_search(self) -> None:
        """Like a browser's address bar: focused with the query selected, to type over;
        at once, so that the keys typed after it go there (see ``KeysInOrder``)."""
        self.set_focus(self.search_bar)
        self.search_bar.select_all()

    def action_focus_results(self) -> None:
        if self.results.option_count:
            self._enter_results()

    def _enter_results(self) -> None:
        """Into the results, even empty: the search shown is the one the user stopped at."""
        self.navigator.search_settled = True
        self.panes.enter_results()

    def action_escape(self) -> None:
        """Stop a running search; then from the search bar to the results (of the query
        as typed, as ↓ goes, when its search has not started yet) or the reader; in the
        reader, away with find's marks or the timeline first; from the entity sidebar to
        the text it lists; from anywhere else back (to the search bar when there is
        nothing to go back to)."""
        if self.results.stop():
            self.navigator.requests.withdraw("search")
            self.status_line.update(Content(_("Search stopped.")))
        focused = self.focused
        if focused is self.reader and self.article.put_away():
            return
        if focused is self.search_bar and self.search_bar.typing and self.search_bar.value.strip():
            self.action_results_of_query()
        elif focused is self.search_bar and self.results.option_count:
            self.action_focus_results()
        elif focused is self.search_bar:
            self.article.focus_main()
        elif focused is self.sidebar and self.reader.document is not None:
            # A panel beside the text, not a page: back went to the article before.
            self.panes.leave_sidebar()
        elif self.navigator.history.can_go_back:
            self.action_travel(-1)
        else:
            self.search_bar.focus()

    def action_close(self) -> None:
        """q, as in mutt and newsboat: out of what is open, one level at a time. The
        timeline closes, the entity view goes back to where it was opened from, the
        reader and the entity sidebar go to the results (even when a search found
        nothing: quitting is one level up from there, not from an article still shown);
        from the results warta quits. Ctrl+Q quits from anywhere."""
        focused = self.focused
        in_entity_view = self.showing_entity and focused is self.entity_view.option_list
        # Left open under the article after Enter read there: q went to the results with
        # the timeline still shown, and the next q quit with it open.
        left_open = focused is self.reader and self.timeline.has_class("-open")
        if focused is self.timeline:
            self.timeline.action_close()
        elif left_open:
            self.article.close_timeline()
        elif in_entity_view and self.navigator.history.can_go_back:
            self.action_travel(-1)
        elif focused is not self.results:
            self._enter_results()
        else:
            self.app.exit()

    # -- the index -------------------------------------------------------------------------

    def action_update_index(self) -> None:
        self.index_ready = False
        self.status_line.build_index(always=True)

    @on(StatusLine.IndexReady)
    def _index_ready(self, event: StatusLine.IndexReady) -> None:
        self.index_ready = True
        self.reader.forget()
        query = self.search_bar.value
        waiting, self._waiting = self._waiting, None
        if waiting is None and self.navigator.history.current and self.results.query_text.strip():
            # F5 once the user has a place: the same search, hit and article, as after the
            # watcher's update (it went back to the first hit, the results focused).
            self._search_again()
        elif query.strip():
            origin: Origin | None = None if self.navigator.history.current else "search"
            asked = Request("search", origin, focus=bool(self.initial_query))
            self._run_search(query, waiting or asked)
        elif not event.failed:
            self._say_at_rest()

    # -- searching -------------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _query_edited(self) -> None:
        # The user typed: whatever is still scoring answers a question nobody asks now.
        self.results.stop()

    @on(SearchBar.Typed)
    @on(SearchBar.SuggestionAccepted)
    def _query_typed(self, event: SearchBar.Typed | SearchBar.SuggestionAccepted) -> None:
        self._run_search(event.query, Request("search", "search"))

    @on(Input.Submitted, "#search")
    def _query_submitted(self, event: Input.Submitted) -> None:
        """Enter opens the highlighted hit of the query as typed (as in fzf)."""
        self._act_on_query(event.value, read=True)

    def action_results_of_query(self) -> None:
        """Down in the search bar: into the results of the query as typed."""
        self._act_on_query(self.search_bar.value, read=False)

    def _act_on_query(self, query: str, *, read: bool) -> None:
        """Open the highlighted hit of ``query`` (``read``) or move into its results,
        however fast it was typed: on the hits shown when they are ``query``'s, else once
        its search has run, never on the hits of the query typed before it."""
        self.search_bar.stop_typing()
        hit = self.results.hit_to_open(query)
        if hit is None:
            self._run_search(query, Request("search", "search", focus=True, read=read))
        elif read:
            self._read_hit(hit)
        else:
            self.action_focus_results()

    def _read_hit(self, hit: Hit) -> None:
        """Open ``hit`` from the results, which keep it highlighted for when q comes back."""
        self.results.remember_search()
        self.results.highlight_hit(hit.id)
        self._open_article(hit.id, Request("main", "article", focus=True))

    @on(ResultsList.MoreWanted)
    def _more_results(self, event: ResultsList.MoreWanted) -> None:
        self._search_again(event.limit)

    def corpus_updating(self, percent: int) -> None:
        """The watcher is updating the index: the line says so until it ends (10,000 files
        dropped in take half a minute)."""
        if self.index_ready:  # else the first build's progress is on the line
            updating = _("Updating the index: {percent}%…").format(percent=percent)
            self.status_line.update(Content(updating))

    def corpus_updated(self, changed: bool) -> None:
        """The watcher's update ended: when articles ``changed``, the same search again (the
        open article stays, its next opening reads the new version); else the line says
        what it said before."""
        if not self.index_ready:
            return  # the first build is still running: its end shows the results
        if changed:
            self.reader.forget()
        if changed and self.results.query_text.strip():
            self._search_again()
        else:
            self._say_at_rest()

    def _say_at_rest(self) -> None:
        """What the line says when no search runs: what the shown one found, else that
        searches may start."""
        if self.results.query_text.strip():
            self._say_results()
        else:
            self.status_line.update(Content(_("Ready. Type to search.")))

    def _say_results(self) -> None:
        """What the shown search found, or why it could not."""
        self.status_line.update(self.results.status())

    def action_toggle_sort(self) -> None:
        """Newest first, or most relevant first; the same query runs again. A query with
        no words to rank by is newest first either way: s changed nothing, unsaid."""
        shown = self.results.result
        if shown.hits and shown.order == "date" and self.results.sort == "score":
            self.notify(_("No search words to rank by: the articles are newest first."))
            return
        self.results.toggle_sort()
        self._search_again()

    def _search_again(self, limit: int = 0) -> None:
        """The query shown runs again (for ``limit`` hits, else a page), with the same hit
        highlighted."""
        hit = self.results.highlighted_hit
        request = Request("search", highlight=hit.id if hit else None, limit=limit)
        self._run_search(self.results.query_text, request)

    @on(ResultsList.SearchChosen)
    def _search_for(self, event: ResultsList.SearchChosen) -> None:
        """A query chosen from a list goes in the search bar and runs, as if typed and
        submitted."""
        self.search_bar.set_query(event.query)
        self._run_search(event.query, Request("search", "search", focus=True))

    def _run_search(self, query: str, request: Request) -> None:
        request = self._ask(request)
        if not query.strip():
            self._answered(ResultsList.Results(request, query, SearchResult(query="")))
        elif not self.index_ready:
            self._waiting = request  # Enter typed now still opens the first hit then
            waiting = _("The index is still building; the search runs when it is ready.")
            self.status_line.update(Content(waiting))
        else:
            self.results.search(request, query)

    def _show_results(self, answer: ResultsList.Results) -> None:
        self.results.show_answer(answer)
        # A search the user settled on (Enter, Down, one chosen from a list) leaves the open
        # article when it found nothing, as a browser leaves the page; not each one typed.
        request = answer.request
        self.panes.searched(answer.result, leave=request.origin is not None and request.focus)
        self.search_bar.suggestion = answer.result.suggestion
        self._say_results()

    # -- answers ---------------------------------------------------------------------------

    @on(Answer)
    def _answered(self, answer: Answer) -> None:
        """The one place answers arrive: one to a request since replaced is dropped."""
        if not self.navigator.requests.wanted(answer.request):
            self.answered(answer.request)
            return
        if isinstance(answer, ResultsList.Results):
            show_results = partial(self._show_results, answer)
            self.navigator.arrive(answer.request, "search", show_results, self.panes.capture)
            hits = answer.result.hits
            if answer.request.read and hits:
                self._read_hit(hits[0])
            elif answer.request.focus:
                self.results.remember_search()
                # After the hits are painted: focusing previews the first one, whose
                # loading would otherwise hold up that paint.
                self.call_after_refresh(self.action_focus_results)
        elif isinstance(answer, ResultsList.Named):
            self.results.named = answer.entity
            if self.search_bar.value == self.results.query_text:  # not typed over since
                self.search_bar.suggestion = self.search_bar.suggestion or answer.entity.query
            self._say_results()
        elif isinstance(answer, Reader.Loaded):
            show_article = partial(self.panes.show_article, answer)
            self.navigator.arrive(answer.request, "article", show_article, self.panes.capture)
        elif isinstance(answer, EntityView.Loaded):
            show_entity = partial(self.article.show_entity, answer)
            self.navigator.arrive(answer.request, "entity", show_entity, self.panes.capture)
        self.refresh_bindings()  # Back (or Forward) may do something now, or no longer
        self.answered(answer.request)

    # -- opening articles and entities -----------------------------------------------------

    def _open_article(self, article_id: str, request: Request) -> None:
        self.reader.load(self._ask(request), article_id, self.results.terms)

    @on(Panes.ArticleChosen)
    def _article_chosen(self, event: Panes.ArticleChosen) -> None:
        request = Request("main", "article", focus=True, link=event.choice.link)
        self._open_article(event.choice.article, request)

    @on(ResultsList.Opened)
    def _result_opened(self, event: ResultsList.Opened) -> None:
        self._read_hit(event.hit)  # with the mouse, the results may never have had focus

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
        request = self._ask(Request("main", "article", focus=True))
        self.reader.continue_entity(request, event.mention, event.step, self.results.terms)

    def action_open_entity(self, anyway: bool = False) -> None:
        """The entity view of the selected mention, or what to do first. Enter runs it
        where there may be a mention to open; ``e`` (``anyway``) everywhere: its
        ``check_action`` gate is the key's, not a copy of the action under another name."""
        key = self.panes.entity_to_open()
        if key is not None:
            request = self._ask(Request("main", "entity", focus=True))
            self.entity_view.load(request, key, None if self.showing_entity else self.reader.here)

    # -- history ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Back and Forward only where there is somewhere to go, as a browser's buttons:
        the footer offered "Back" at start, where it did nothing; the commands on the open
        article only when one is, sorting only when there are hits, the entity view not
        from an empty reader or sidebar."""
        if action == "travel":
            history = self.navigator.history
            return history.can_go_back if parameters[0] == -1 else history.can_go_forward
        if action == "article":  # c and / only with an article to act on; C, t, o, ...
            return self.article.can_run(str(parameters[0]))  # say what to do first
        if action in MARKS:  # the palette's Star, Tags and Note: with an article to mark
            return self.marked_pane() is not None
        if action == "toggle_sort":  # s only with hits to sort
            return bool(self.results.option_count)
        if action == "open_entity" and not parameters:  # Enter, not e: in an empty reader or
            # sidebar it has nothing to open, and the footer leaves it out
            focused = self.focused
            empty_reader = focused is self.reader and self.reader.document is None
            return not (empty_reader or (focused is self.sidebar and not self.sidebar.option_count))
        return super().check_action(action, parameters)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The keys that answer now; of the screen's, the footer shows only those with
        something to act on (``offers``): c runs over an empty reader to say what to do
        first, where a footer offering "c Quote" would say it quotes."""
        bindings = super().active_bindings
        for key, active in bindings.items():
            if active.node is self and active.binding.show:
                _target, action, parameters = parse_action(active.binding.action)
                if not self.offers(action, parameters):
                    hidden = replace(active.binding, show=False)
                    bindings[key] = active._replace(binding=hidden)
        return bindings

    def offers(self, action: str, parameters: tuple[object, ...]) -> bool:
        """Whether the command palette offers ``action``: as the keys (``check_action``),
        and only when it has something to act on now (a palette lists what can be done, as
        harlequin's), while the key of one that has not still says what to do first."""
        if not self.check_action(action, parameters):
            return False
        if action == "results":
            return self.results.ready(str(parameters[0]))
        if action == "panes":
            return self.panes.ready(str(parameters[0]))
        if action == "article":
            return self.article.ready(str(parameters[0]))
        if action == "open_entity":
            return self.panes.selected_entity() is not None
        return True

    def action_travel(self, step: int) -> None:
        """Back (``step`` -1) or forward (1) in the history."""
        place = self.navigator.travel(step, self.panes.capture)
        self.refresh_bindings()
        if place is None:
            return
        search, main = self.navigator.restore(place, self.results.query_text)
        if search is not None:
            self.search_bar.set_query(place.query)
            self._run_search(place.query, search)
        else:
            self.results.highlight_hit(place.result)
        if place.entity is not None and main is not None:
            self.entity_view.load(self._ask(main), place.entity)
        elif place.article is not None and main is not None:
            self._open_article(place.article, main)
        if place.origin != "search" or place.sidebar is not None:
            return  # the article or entity focuses itself (or the sidebar) as it arrives
        if self.results.option_count:
            self.action_focus_results()
        else:
            self.search_bar.focus()

    # -- the open article, other programs, help --------------------------------------------

    def marked_pane(self) -> Reader | ResultsList | EntityView | None:
        """The pane whose article the palette's Star, Tags and Note mark, as their keys
        there would: the results' highlighted hit, the entity view's highlighted mention,
        else the open article, else the highlighted hit (the palette had none of them:
        "tag" found no command)."""
        results = self.results
        if self.focused is results and results.highlighted_hit is not None:
            return results
        if self.showing_entity:
            return self.entity_view if self.entity_view.highlighted_mention else None
        if self.reader.document is not None:
            return self.reader
        return results if results.highlighted_hit is not None else None

    def action_toggle_star(self) -> None:
        self._mark("toggle_star")

    def action_edit_tags(self) -> None:
        self._mark("edit_tags")

    def action_edit_note(self) -> None:
        self._mark("edit_note")

    def _mark(self, action: str) -> None:
        pane = self.marked_pane()
        if pane is not None:
            getattr(pane, f"action_{action}")()

    def action_article(self, command: str) -> None:
        """A command on the open article (find, quote, pager, ...), wherever the focus is;
        going to the timeline remembers where the reader is, for Back after a date read
        there (``_timeline_jump``)."""
        current = self.navigator.history.current
        if command == "toggle_timeline" and current is not None and self.article.article_open():
            self.navigator.set_out(self.panes.capture(current.origin))
        self.article.run(command)

    @on(Timeline.Jump)
    def _timeline_jump(self, event: Timeline.Jump) -> None:
        """A date read there (Enter, not the preview of j and k) is a visit: Backspace went
        from it past the article to the results."""
        if event.chosen:
            self.navigator.jump(self.panes.capture("article"))
            self.refresh_bindings()

    def action_panes(self, command: str, *arguments: int) -> None:
        """A command on the row of panes (fold, widen, the sidebar), wherever the focus is."""
        self.panes.run(command, *arguments)

    def action_results(self, command: str) -> None:
        """A command on the search shown (save, export, saved searches, history)."""
        self.results.run(command)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.help_sections()))

    def help_sections(self) -> list[HelpSection]:
        """Every key of the app, by where it works and as the user's keymap binds it."""
        return help_sections(self.app)
