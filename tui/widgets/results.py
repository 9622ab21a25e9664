"""The results pane: one option per hit (title, source and date, snippet)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich._wrap import divide_line
from textual import events, work
from textual.binding import BindingType
from textual.content import Content
from textual.css.styles import RulesMap
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker
from warta.search.errors import WartaError
from warta.search.model import Entity, Hit, SearchResult, Snippet
from warta.search.query import QueryError, text_window
from warta.tui.config import DEFAULT_PAGE_SIZE
from warta.tui.i18n import _, ngettext
from warta.tui.keys import RESULTS
from warta.tui.navigation import Request
from warta.tui.screens.views import CoverageOverTime
from warta.tui.screens.workspace import (
    SavedRow,
    SavedSearches,
    SearchHistory,
    ask_export,
    ask_note,
    ask_search_name,
    ask_tags,
    mark_opened,
    record_search,
)
from warta.tui.text import join_parts, literal, marked, show_date, show_number
from warta.tui.widgets.answers import Answer
from warta.tui.widgets.routing import Commands, KeysInOrder, hold_keys
from warta.tui.workspace import (
    NOTE,
    STAR,
    Marks,
    WorkspaceThread,
    marked_articles,
    toggle_star,
)

if TYPE_CHECKING:
    from warta.search.query import MatchTerms
    from warta.search.service import SearchService
    from warta.search.workspace import HistoryEntry

#: How many hits a search fetches at first, and how many more each page at the end adds.
RESULT_LIMIT = DEFAULT_PAGE_SIZE

#: Characters of snippet shown per hit, so several hits fit a short pane.
SNIPPET_CHARS = 120
#: Of which at most this many come before the first match.
SNIPPET_LEAD = 30


def trim_snippet(snippet: Snippet, limit: int = SNIPPET_CHARS) -> Snippet:
    """Cut a snippet to ``limit`` characters starting a little before its first match, at
    words (``search.query.text_window``, the one home of that rule)."""
    if len(snippet.text) <= limit:
        return snippet
    first, first_end = min(snippet.marks, default=(0, 0))
    begin = max(0, min(first - SNIPPET_LEAD, len(snippet.text) - limit))
    end = begin + limit
    inside = [(start, min(stop, end)) for start, stop in snippet.marks if begin <= start < end]
    return text_window(snippet.text, begin, end, inside, (first, min(first_end, end)))


def hit_prompt(hit: Hit, marks: Marks | None = None) -> Content:
    """Three lines for a hit: the title (after a star if starred, a pen if it has a
    note; before its tags), where and when, the snippet with matches marked. Notes and
    tags showed only in the reader's header, where newsboat and notmuch flag their lists."""
    title = literal(hit.title or _("(untitled)"), "bold")
    flags = []
    if marks is not None and marks.starred:
        flags.append(Content.styled(STAR, "bold $text-warning"))
    if marks is not None and marks.note is not None:
        flags.append(Content.styled(NOTE, "bold $text-accent"))
    if flags:
        title = Content.assemble(Content("").join(flags), " ", title)
    if marks is not None and marks.tags:
        # After the title, as notmuch lists them: on the source's line a wrap left "·" alone.
        tags = literal(" ".join(f"#{tag}" for tag in marks.tags), "$text-accent")
        title = Content.assemble(title, " ", tags)
    meta = join_parts([literal(hit.source), Content(show_date(hit.date))]).stylize("dim")
    short = trim_snippet(hit.snippet)
    # A style of the list's (``.results--match``): without colour, the row's own ink.
    snippet = marked(short.text, short.marks, ".results--match")
    return Content("\n").join(line for line in (title, meta, snippet) if line.plain)


class HitPrompt(Visual):
    """A hit's option, styled only when it is drawn and measured without styling.

    OptionList learns the height of every option as soon as the list is filled, but draws
    only those on screen. Wrapping each styled prompt to measure it was most of the time
    from a search's answer to its painted hits (issue #13); counting the lines of the plain
    text at the same word wrap (``divide_line``, what ``Content`` wraps with) gives the same
    height at a fraction of the cost.
    """

    def __init__(self, hit: Hit, marks: Marks | None = None) -> None:
        self.hit = hit
        self.marks = marks
        self._content: Content | None = None
        self._heights: dict[int, int] = {}

    @property
    def content(self) -> Content:
        if self._content is None:
            self._content = hit_prompt(self.hit, self.marks)
        return self._content

    def __str__(self) -> str:
        return self.content.plain

    def get_height(self, rules: RulesMap, width: int) -> int:
        """Lines at ``width`` cells, word-wrapped as the results pane draws (its rules keep
        Textual's defaults: wrap, fold long words, no line padding)."""
        if width not in self._heights:
            lines = self.content.plain.split("\n")
            self._heights[width] = sum(
                len(divide_line(line, width, fold=True)) + 1 for line in lines
            )
        return self._heights[width]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.get_optimal_width(rules, container_width)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.content.render_strips(width, height, style, options)


#: The cells of an entity's name in the results' line ("Tab: 13 articles name …"), so the
#: line fits one row at 80 columns with its count and order.
NAMED_CELLS = 18


def result_status(
    result: SearchResult, sort: str = "score", named: Entity | None = None
) -> Content:
    """The line under the search bar: count, order, notice, "did you mean", the entity
    ``named`` in more articles than the words (``SearchService.entity_beyond_words``), or
    the problem."""
    parts: list[Content] = []
    if result.error:
        problem = literal(result.problem.translated(_) if result.problem else result.error)
        if result.problem is None or isinstance(result.problem, QueryError):
            # Not before an index that cannot be read: the query is not what is wrong.
            problem = Content.assemble(Content(_("Query: ")), problem)
        parts.append(problem.stylize("$text-error"))
    if result.hits or not result.error:
        count = ngettext("{count} result", "{count} results", result.total)
        parts.append(Content(count.format(count=show_number(result.total))))
    if named is not None and not result.suggestion:  # first: it says what else there is
        # Tab puts the entity's query in the search bar, which shows it: this line need
        # not, and with it the line took two at 80 columns.
        naming = ngettext(
            "Tab: {count} article names {name}", "Tab: {count} articles name {name}", named.articles
        )
        name = literal(named.name).truncate(NAMED_CELLS, ellipsis=True).plain
        parts.append(literal(naming.format(count=show_number(named.articles), name=name)))
    if len(result.hits) < result.total:
        shown = _("showing the first {shown}").format(shown=show_number(len(result.hits)))
        parts.append(Content(shown))
    if result.hits and result.order == "date" and sort != "date":
        # ``*``, ``is:starred``, a date alone: "most relevant first" meant nothing there.
        parts.append(Content(_("newest first (no words to rank by)")))
    elif result.hits:
        parts.append(Content(_("newest first") if sort == "date" else _("most relevant first")))
    if result.hits and result.matched == "some":  # partial matches follow the full ones
        # Lowercase: a part of the line, after " · " (the CLI's own line has a capital).
        parts.append(Content(_("also articles with only some of the words")))
    if result.notices:  # how the search was narrowed (a capped fuzzy distance, a cut range)
        notice = "; ".join(message.translated(_) for message in result.notices)
        parts.append(literal(notice, "$text-warning"))
    if result.suggestion:
        parts.append(Content.assemble(_("did you mean: "), literal(result.suggestion, "bold")))
        parts.append(Content(_("Tab searches it")))

    return join_parts(parts)


class ResultsList(Commands, KeysInOrder, OptionList, inherit_bindings=False):
    """Ranked hits; runs the searches that fill it. Moving previews an article, Enter
    opens it; G or PgDn at the end fetches the next page of hits. The search it shows is
    what the workspace commands save, export and remember."""

    BINDINGS: ClassVar[list[BindingType]] = list(RESULTS)
    COMPONENT_CLASSES: ClassVar[set[str]] = {*OptionList.COMPONENT_CLASSES, "results--match"}
    #: The commands the screen's keys run on the search shown, wherever the focus is.
    COMMANDS: ClassVar[frozenset[str]] = frozenset(
        {"save_search", "export", "saved_searches", "search_history", "coverage"}
    )

    class Results(Answer):
        """A search's answer: ``result`` for ``query``; ``marks``, the marked articles'
        marks when it ran (its hits show them)."""

        def __init__(
            self,
            request: Request,
            query: str,
            result: SearchResult,
            marks: Mapping[str, Marks] | None = None,
        ) -> None:
            super().__init__(request)
            self.query = query
            self.result = result
            self.marks = dict(marks or {})

    class Named(Answer):
        """After a search's ``Results``: the entity its query names, which more articles
        name than have its words (``SearchService.entity_beyond_words``)."""

        def __init__(self, request: Request, entity: Entity) -> None:
            super().__init__(request)
            self.entity = entity

    class MoreWanted(Message):
        """The user moved past the last hit and the search has more: ``limit`` hits, with
        the last one listed still highlighted."""

        def __init__(self, limit: int) -> None:
            super().__init__()
            self.limit = limit

    class Opened(Message):
        """The user chose a hit to read."""

        def __init__(self, hit: Hit) -> None:
            super().__init__()
            self.hit = hit

    class Previewed(Message):
        """The highlight moved to a hit: the reader may show it without leaving the list."""

        def __init__(self, hit: Hit) -> None:
            super().__init__()
            self.hit = hit

    class SearchChosen(Message):
        """The user chose a query to search again (a saved search, one from the history)."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    def __init__(
        self,
        service: SearchService,
        workspace: WorkspaceThread,
        page_size: int = RESULT_LIMIT,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.service = service
        self.workspace = workspace
        #: Hits a search fetches at first, and how many more each page at the end adds.
        self.page_size = page_size
        #: The marked articles' marks, as the last search found them and changed since.
        self.marks: dict[str, Marks] = {}
        self.hits: tuple[Hit, ...] = ()
        self.total = 0
        #: Index of the first hit not listed yet (see ``show_result``), or None.
        self._unlisted: int | None = None
        #: The query of the hits shown, and what it matched: the reader marks the same words.
        self.query_text = ""
        self.terms: MatchTerms | None = None
        self.result = SearchResult(query="")
        #: The entity the query shown names, in more articles than have its words.
        self.named: Entity | None = None
        #: "score" (most relevant first) or "date" (newest first).
        self.sort = "score"
        #: The last query put in the search history (a query is recorded once in a row).
        self._recorded = ""

    @work(thread=True, exclusive=True, group="search")
    def search(self, request: Request, query: str) -> None:
        """Run ``query`` and post its ``Results``. Starting another search cancels this
        one, which stops scoring at once (the service polls the cancellation)."""
        worker = get_current_worker()
        limit = request.limit or self.page_size
        marks = self._marks_now()  # first: it opens the workspace, which tag: needs
        result = self.service.search(
            query, limit=limit, sort=self.sort, cancelled=lambda: worker.is_cancelled
        )
        if result.cancelled:
            return
        self.post_message(self.Results(request, query, result, marks))
        # After the hits: the first call loads the entity list, which can take a second.
        named = self.service.entity_beyond_words(result)
        if named is not None and not worker.is_cancelled:
            self.post_message(self.Named(request, named))

    def _marks_now(self) -> dict[str, Marks]:
        """The marked articles' marks (in a worker); none when the workspace cannot be
        read: the user hears of that when marking, not on every search."""
        try:
            return self.workspace.call(marked_articles)
        except WartaError:
            return {}

    def on_mount(self) -> None:
        self.workspace.changed.subscribe(self, self._marks_changed)

    def _marks_changed(self, marks: Marks) -> None:
        """Show the article's new marks on its row, if it is listed."""
        self.marks[marks.article_id] = marks
        listed = self.hits[: self._unlisted] if self._unlisted is not None else self.hits
        for index, hit in enumerate(listed):
            if hit.id == marks.article_id:
                self.replace_option_prompt_at_index(index, HitPrompt(hit, marks))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Enter only with a hit to open: the footer offered "Open article" before any search.
        if action == "select":
            return bool(self.option_count)
        return super().check_action(action, parameters)

    def action_toggle_star(self) -> None:
        hit = self.highlighted_hit
        if hit is not None:
            self.workspace.change(self, lambda workspace: toggle_star(workspace, hit.id))

    def action_edit_tags(self) -> None:
        hit = self.highlighted_hit
        if hit is not None:
            ask_tags(self, self.workspace, hit.id, hit.title)

    def action_edit_note(self) -> None:
        hit = self.highlighted_hit
        if hit is not None:
            ask_note(self, self.workspace, hit.id, hit.title)

    def stop(self) -> bool:
        """Stop the running search; True if there was one."""
        running = [
            worker for worker in self.workers if worker.group == "search" and worker.is_running
        ]
        self.workers.cancel_group(self, "search")
        return bool(running)

    @property
    def has_more(self) -> bool:
        return len(self.hits) < self.total

    def _wanted_more(self) -> bool:
        """At the last hit listed with more to fetch: ask for them (G and PgDn do)."""
        self.list_all()
        if self.has_more and self.highlighted == self.option_count - 1:
            self.post_message(self.MoreWanted(len(self.hits) + self.page_size))
            return True
        return False

    def action_last(self) -> None:
        if not self._wanted_more():
            super().action_last()

    def action_page_down(self) -> None:
        if not self._wanted_more():
            super().action_page_down()

    def toggle_sort(self) -> None:
        """Newest first, or most relevant first (for the next search)."""
        self.sort = "date" if self.sort == "score" else "score"

    def show_answer(self, answer: Results) -> None:
        """Show a search's answer: its hits, and its query and terms for what follows."""
        self.query_text = answer.query
        self.terms = answer.result.terms
        self.result = answer.result
        self.named = None
        self.marks = dict(answer.marks)
        self.show_result(answer.result, answer.request.highlight)

    def _on_focus(self, event: events.Focus) -> None:
        """Land on the first hit when none is highlighted, however the focus came (Down,
        Escape, q, or Tab from the search bar, Textual's): after Tab no row was
        highlighted, nothing previewed, and Enter did nothing."""
        super()._on_focus(event)
        self.land()

    def land(self) -> None:
        """At the first hit if none is highlighted (moving into the list: ``_on_focus``,
        and ``enter_results`` when the list had the focus already)."""
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def status(self) -> Content:
        """The status line for the hits shown (nothing without a query)."""
        if not self.query_text.strip():
            return Content("")
        return result_status(self.result, self.sort, self.named)

    def show_result(self, result: SearchResult, highlight: str | None = None) -> None:
        """Replace the list with ``result``'s hits, highlighting hit ``highlight`` if present.
        When it is not (sorted newest first, it fell past the page) and the user is in the
        list, the first hit is highlighted and previewed, as on a new search: else no row
        was highlighted and the reader kept an article the list no longer showed.

        Only the hits up to a screenful past the highlighted one are listed before the
        list is painted, the rest right after: each option listed is measured at once.
        """
        self.hits = result.hits
        self.total = result.total
        ids = [hit.id for hit in result.hits]
        chosen = ids.index(highlight) if highlight in ids else None
        # A hit takes at least two lines (its title and the rule under it).
        first = (chosen or 0) + self.size.height // 2 + 1
        self._unlisted = None
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(self._options_for(result.hits[:first], rule_after=first < len(ids)))
            self.highlighted = chosen
        self.scroll_to(y=0, animate=False)
        if chosen is None and highlight is not None and ids and self.has_focus:
            self.highlighted = 0
        if self.highlighted is not None:
            self.scroll_to_highlight()
        if first < len(ids):
            self._unlisted = first
            self.call_after_refresh(self.list_all)

    def list_all(self) -> None:
        """List the hits ``show_result`` left for after the paint, if it left any."""
        if self._unlisted is not None:
            rest = self.hits[self._unlisted :]
            self._unlisted = None
            self.add_options(self._options_for(rest, rule_after=False))

    def _options_for(self, hits: Sequence[Hit], *, rule_after: bool) -> list[Option | None]:
        """Options for ``hits``, a rule (``None``) between them and after the last if
        ``rule_after``."""
        options: list[Option | None] = []
        for hit in hits:
            options += [Option(HitPrompt(hit, self.marks.get(hit.id)), id=hit.id), None]
        return options if rule_after else options[:-1]

    def highlight_hit(self, hit_id: str | None) -> None:
        """Highlight hit ``hit_id`` (when listed) without previewing it."""
        ids = [hit.id for hit in self.hits]
        if hit_id in ids:
            self.list_all()
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = ids.index(hit_id)

    def hit_to_open(self, query: str) -> Hit | None:
        """The hit Enter on ``query`` in the search bar opens (as in fzf): the highlighted
        or first one, when the list shows ``query``'s hits and no search for another query
        was still running (it is stopped: its hits would not be shown)."""
        hit = self.highlighted_hit or (self.hits or (None,))[0]
        searching = self.stop()
        return hit if query == self.query_text and not searching else None

    @property
    def highlighted_hit(self) -> Hit | None:
        if self.highlighted is None or self.highlighted >= len(self.hits):
            return None
        return self.hits[self.highlighted]

    # -- the workspace: saved searches, history, export -------------------------------------

    def ready(self, command: str) -> bool:
        """Saving, exporting and the coverage act on the search shown (see ``Commands``)."""
        searched = {"save_search", "export", "coverage"}
        return command not in searched or bool(self.query_text.strip())

    def save_search(self) -> None:
        if not self.query_text.strip():
            self.notify(_("Search first: Ctrl+S saves the search shown."))
            return
        ask_search_name(self, self.workspace, self.service, self.query_text)

    def export(self) -> None:
        if not self.query_text.strip():
            self.notify(_("Search first: x exports every hit of the search shown."))
            return
        ask_export(self, self.workspace, self.service, self.query_text)

    def saved_searches(self) -> None:
        self.app.push_screen(SavedSearches(self.workspace, self.service), self._run_saved)

    def _run_saved(self, saved: SavedRow | None) -> None:
        if saved is not None:
            self._chosen(saved.query)
            mark_opened(self, self.workspace, self.service, saved.name, saved.query)

    def coverage(self) -> None:
        """The search's articles per month; choosing one narrows the search to it."""
        if not self.query_text.strip():
            self.notify(_("Search first: T shows the search's articles per month."))
            return
        query = self.query_text
        self.app.push_screen(CoverageOverTime(self.workspace, self.service, self._chosen, query))

    def _chosen(self, query: str) -> None:
        """A query chosen in a list (saved, history, a month of the coverage) runs as if
        typed."""
        self.post_message(self.SearchChosen(query))

    def search_history(self) -> None:
        self.app.push_screen(SearchHistory(self.workspace), self._run_from_history)

    def _run_from_history(self, entry: HistoryEntry | None) -> None:
        if entry is not None:
            self._chosen(entry.query)

    def remember_search(self) -> None:
        """The query the user stopped at (submitted, or its results entered) goes into the
        search history; what was typed on the way there does not."""
        query = self.query_text.strip()
        if query and query != self._recorded:
            self._recorded = query
            record_search(self.workspace, query)

    def action_select(self) -> None:
        """Open the highlighted hit; the keys typed after Enter move in its article."""
        if self.highlighted is not None and self.highlighted < len(self.hits):
            hold_keys(self)
        super().action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Opened(self.hits[event.option_index]))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Previewed(self.hits[event.option_index]))
