"""The article side of the screen: the reader or the entity view, with the timeline, the
find bar and the status line under them.

The pane shows what its workers loaded, routes the messages between its own parts (find
bar to reader, timeline to reader, reader to status line) and runs the actions on the
open article (quote, cite, pager, editor, web address). What other panes need (the
sidebar's mentions, opening another article) bubbles up to the screen.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import ContentSwitcher
from warta.search.sanitize import clean_line
from warta.tui.config import EDITOR_DEFAULT, PAGER_DEFAULT, editor_commands, pager_commands
from warta.tui.i18n import _
from warta.tui.navigation import Origin, Place
from warta.tui.screens.workspace import ask_mention_export
from warta.tui.text import FittedLine, literal, show_number
from warta.tui.widgets.bars import FindBar
from warta.tui.widgets.entity_view import EntityView
from warta.tui.widgets.reader import Reader, ReaderPosition
from warta.tui.widgets.routing import Child, Commands
from warta.tui.widgets.timeline import Timeline

if TYPE_CHECKING:
    from warta.search.model import SearchResult
    from warta.search.service import SearchService
    from warta.tui.config import Settings
    from warta.tui.workspace import WorkspaceThread

#: The longest query the pane repeats when it found nothing (a pasted paragraph is cut).
QUERY_CELLS = 60


class ReaderStatus(Widget):
    """The line under the reader, fitted to its width each time it is drawn: a resize
    refits it."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.line = FittedLine()

    def show(self, line: FittedLine) -> None:
        self.line = line
        self.refresh()

    def render(self) -> Content:
        return self.line.fit(self.content_size.width)


class ArticlePane(Commands, Vertical):
    """An article (or an entity's mentions) and what goes with it."""

    #: The commands the screen's keys run on the open article, wherever the focus is.
    COMMANDS: ClassVar[frozenset[str]] = frozenset(
        {
            "find",
            "toggle_timeline",
            "copy_quote",
            "copy_citation",
            "open_pager",
            "open_editor",
            "open_address",
            "export_mentions",
        }
    )

    reader = Child("#reader", Reader)
    entity_view = Child("#entity-view", EntityView)
    timeline = Child("#timeline", Timeline)
    find_bar = Child("#find", FindBar)

    def __init__(
        self,
        service: SearchService,
        today: dt.date,
        workspace: WorkspaceThread,
        settings: Settings,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.service = service
        self.today = today
        self.workspace = workspace
        #: The pager, editor and opener the user set.
        self.settings = settings
        #: Where the timeline was opened from (the results, the sidebar): closing it goes back.
        self._before_timeline: Widget | None = None
        #: The date the timeline marked in the text: closing the timeline unmarks it.
        self._date_marked: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        with ContentSwitcher(initial="reader", id="main"):
            yield Reader(self.service, self.today, self.workspace, id="reader")
            yield EntityView(self.service, self.workspace, id="entity-view")
        yield Timeline(id="timeline")
        yield FindBar(id="find")
        yield ReaderStatus(id="reader-status")

    def on_mount(self) -> None:
        self.searched(None)

    def searched(self, result: SearchResult | None, *, leave: bool = False) -> None:
        """With no article open, the pane answers the search shown: it kept saying "Type a
        query above" under a query that had found nothing, whose "0 results" was all the
        screen said of it (mutt and newsboat say "No matches"), and under one with hits.

        A search the user settled on (``leave``: submitted, not each typed) that found
        nothing leaves the open article, as a browser leaves the page: it stayed under "0
        results" as if it answered the query. Back shows it again."""
        nothing = result is not None and bool(result.query.strip() and not result.hits)
        nothing = nothing and result is not None and not result.error
        if self.reader.document is not None and leave and nothing:
            self._show("reader")
            self.timeline.remove_class("-open")
            self.find_bar.reset()
            self.reader.find("")
            self.reader.show_placeholder("")
            self._update_status()
        if self.reader.document is not None:
            return
        if nothing and result is not None and result.notices:
            # The status line says why (nothing starred or tagged yet, a cut range): other
            # spellings were no advice for ``is:starred``.
            query = literal(clean_line(result.query)).truncate(QUERY_CELLS, ellipsis=True).plain
            self.reader.show_placeholder(
                _("No article matches “{query}”: see the line under the search bar.").format(
                    query=query
                )
            )
        elif nothing and result is not None:
            query = literal(clean_line(result.query)).truncate(QUERY_CELLS, ellipsis=True).plain
            self.reader.show_placeholder(
                _(
                    "No article matches “{query}”. Fewer words, other words or another "
                    "spelling may find some; F1 lists every key."
                ).format(query=query)
            )
        elif result is not None and result.hits:
            # It still said "Type a query above" under the query typed and its hits.
            self.reader.show_placeholder(
                _("Enter opens the first result, Down moves into the list; F1 lists every key.")
            )
        else:
            # The list is empty until a search: nothing said how to see every article.
            self.reader.show_placeholder(
                _(
                    "Type a query above, or * for every article. Enter opens the selected "
                    "result; F1 lists every key."
                )
            )

    @property
    def showing_entity(self) -> bool:
        return self.query_one("#main", ContentSwitcher).current == "entity-view"

    def _show(self, part: str) -> None:
        self.query_one("#main", ContentSwitcher).current = part
        self._update_status()

    def focus_main(self) -> None:
        """Focus what the pane shows: the reader or the entity's mentions."""
        if self.showing_entity:
            self.entity_view.option_list.focus()
        else:
            self.reader.focus()

    # -- showing what was loaded -----------------------------------------------------------

    def show_article(self, loaded: Reader.Loaded) -> None:
        """Show a loaded article where its request asked: at a mention, at a place put
        back from the history, or at the top. A place put back is shown as it was, with
        no timeline: Back from a date read there left the timeline open."""
        request = loaded.request
        position = None
        if request.scroll_y is not None:
            position = ReaderPosition(request.scroll_y, request.mention)
            self._before_timeline = None
            self.timeline.remove_class("-open")
        self._show("reader")
        self.find_bar.reset()
        self.reader.find("")
        self.reader.show_document(loaded.document, position, loaded.note)
        if request.link is not None:
            self.reader.select(loaded.document.link_at(*request.link))
        self.timeline.show_dates(loaded.document)
        self._update_status()
        if request.focus:
            self.reader.focus()
        link = self.reader.current_link
        if loaded.note and link is not None:
            named = _("{name}: {note}").format(
                name=literal(link.mention.name).plain, note=loaded.note
            )
            self.notify(named, markup=False)

    def show_entity(self, loaded: EntityView.Loaded) -> None:
        self._show("entity-view")
        self.timeline.remove_class("-open")
        view = self.entity_view
        view.show_entity(loaded.entity, loaded.mentions, loaded.request.option, loaded.here)
        if loaded.request.focus:
            self.entity_view.option_list.focus()

    def capture(self, origin: Origin, query: str, result: str | None) -> Place:
        """The place on screen, with the search's ``query`` and highlighted ``result``."""
        document = self.reader.document
        entity = self.entity_view.entity if self.showing_entity else None
        position = self.reader.position
        return Place(
            origin=origin,
            query=query,
            result=result,
            article=document.article.id if document else None,
            scroll_y=position.scroll_y,
            mention=position.mention,
            entity=entity.id if entity else None,
            entity_option=self.entity_view.highlighted if entity else None,
        )

    def _update_status(self) -> None:
        """The reader's line; blank under the entity view, whose keys the footer lists (a
        hint repeating them was cut at 100x30 with the sidebar open)."""
        status = self.query_one("#reader-status", ReaderStatus)
        status.show(FittedLine() if self.showing_entity else self.reader.status_line())

    @on(Reader.MentionChanged)
    def _mention_changed(self) -> None:
        # Not stopped: the screen highlights the mention's entity in the sidebar.
        self._update_status()

    # -- find and the timeline -------------------------------------------------------------

    def put_away(self) -> bool:
        """Escape in the reader: clear the marks of find, else close the timeline left open
        under the article (after Enter read there); True if there was either. Escape went
        back to the place before instead, and the article read went with the timeline."""
        if self.reader.find_text:
            self.reader.find("")
            self.find_bar.input.value = ""
            return True
        if self.timeline.has_class("-open"):
            self.close_timeline()
            return True
        return False

    def close_timeline(self) -> None:
        """Put away the timeline left open under the article, from the reader (Escape, q):
        the reader keeps the focus. Opened from the results, then another article opened
        from the search bar, it sent the focus back to the results."""
        self._before_timeline = None
        self.timeline.action_close()

    def find(self) -> None:
        if self.article_open():
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
        found = self.reader.find_text
        if found and self.find_bar.input.value != found:
            self.find_bar.show(found)  # n found the last text again: the bar is its legend
        self.find_bar.show_count(self.reader.find_index, len(self.reader.find_matches))
        self._update_status()

    def toggle_timeline(self) -> None:
        """Go to the article's timeline (``t``, Escape or q there puts it away, back to
        where it was opened from)."""
        if self._article_first():
            self._before_timeline = self.screen.focused
            self.timeline.open()

    @on(Timeline.Jump)
    def _timeline_jump(self, event: Timeline.Jump) -> None:
        label = _("date {number} of {count}").format(
            number=show_number(event.number), count=show_number(event.count)
        )
        self.reader.show_spot(event.start, event.end, label)
        self._date_marked = (event.start, event.end)
        if event.chosen:
            self._before_timeline = None  # read there: the reader is where it closes to
            self.reader.focus()

    @on(Timeline.ToMention)
    def _timeline_to_mention(self, event: Timeline.ToMention) -> None:
        """Tab (Shift+Tab) in the timeline: into the text at the next (previous) mention
        from where the date shown is (as after Enter, the reader is where the timeline
        closes to)."""
        self._before_timeline = None
        self.reader.focus()
        self.reader.step_mention(event.step)

    @on(Timeline.Closed)
    def _timeline_closed(self) -> None:
        if self._date_marked is not None:
            self.reader.clear_spot(self._date_marked)
            self._date_marked = None
        before, self._before_timeline = self._before_timeline, None
        if before is not None and before.is_attached and before.display:
            before.focus()
        else:
            self.focus_main()

    # -- quoting, citing, other programs ---------------------------------------------------

    def article_open(self) -> bool:
        """Whether an article is on screen (not under the entity view)."""
        return self.reader.document is not None and not self.showing_entity

    #: The commands whose keys (o, O, w, C, t, c) say what to do first where there is
    #: nothing to act on: they did nothing there, unsaid.
    SAY_FIRST: ClassVar[frozenset[str]] = frozenset(
        {
            "toggle_timeline",
            "copy_citation",
            "open_pager",
            "open_editor",
            "open_address",
            "copy_quote",
        }
    )

    def can_run(self, command: str) -> bool:
        """Whether ``command``'s key runs: with something to act on (the open article),
        or to say what to do first (``SAY_FIRST``). The screen leaves out the others, as
        Back is left out where there is no back."""
        if command in self.SAY_FIRST:
            return True
        if command == "export_mentions":
            return self.showing_entity
        return self.article_open()

    def ready(self, command: str) -> bool:
        """Whether the palette (and the footer) offers ``command``: only with something to
        act on (for quoting, the entity view too)."""
        if command == "copy_quote":
            return self.showing_entity or self.article_open()
        return self.article_open() if command in self.SAY_FIRST else self.can_run(command)

    def _article_first(self) -> bool:
        """Whether an article is open; if not, say what to do first (under the entity view
        here, else as the reader says it, ``Reader.open_document``)."""
        if self.showing_entity:
            self.notify(
                _("This is the entity view: Enter opens the article at the highlighted mention.")
            )
            return False
        return self.reader.open_document() is not None

    def how_to_select_a_mention(self, where: Literal["results", "sidebar", "reader"]) -> str:
        """What to do first, in one line, when a key needs a selected mention and none is:
        in the results Tab and ] select nothing, in the sidebar a figure is highlighted."""
        document = self.reader.document
        if self.showing_entity:
            return _("This is the entity view: Enter opens the article at the highlighted mention.")
        if document is None:
            return _("Open an article first (Enter on a result), then Tab or ] selects a mention.")
        if not document.links:
            return _("No entity mentions in this article.")
        if where == "results":
            return _("Select a mention first: Enter opens the article, then Tab or ] selects one.")
        if where == "sidebar":
            return _("Move to a name first (j/k): a figure has no entity view.")
        return _("Select a mention first: Tab or ] moves to the next one.")

    def copy_quote(self) -> None:
        if self.showing_entity:
            self.entity_view.action_copy_quote()
        elif self._article_first():
            self.reader.copy_quote()

    def copy_citation(self) -> None:
        if self._article_first():
            self.reader.copy_citation()

    def open_pager(self) -> None:
        if self._article_first():
            self.reader.hand_over(pager_commands(self.settings), PAGER_DEFAULT)

    def open_editor(self) -> None:
        if self._article_first():
            self.reader.hand_over(editor_commands(self.settings), EDITOR_DEFAULT, edit=True)

    def export_mentions(self) -> None:
        """Every mention of the entity shown, with its sentence, to a file the user names."""
        entity = self.entity_view.entity
        if self.showing_entity and entity is not None:
            ask_mention_export(self, self.workspace, self.service, entity)

    def open_address(self) -> None:
        if self._article_first():
            self.reader.open_address(self.settings.opener)
