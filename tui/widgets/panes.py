"""The row of panes under the search bar: results, the article side, the entity sidebar.

The row owns their widths and folding (the sidebar folds away on narrow screens, F2 and F3
fold either side pane, and < > - + widen or narrow them), and what passes between the
reader and the sidebar (the current mention, a jump to an entity or a figure).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from warta.tui.i18n import _
from warta.tui.navigation import Origin, Place
from warta.tui.screens.views import ArticleChoice, EntityQuotes, MoreLikeThis, RelatedEntities
from warta.tui.widgets.article_pane import ArticlePane
from warta.tui.widgets.reader import Reader
from warta.tui.widgets.results import ResultsList
from warta.tui.widgets.routing import Child, Commands
from warta.tui.widgets.sidebar import EntitySidebar

if TYPE_CHECKING:
    from warta.search.model import SearchResult
    from warta.search.service import SearchService
    from warta.tui.config import Settings
    from warta.tui.workspace import WorkspaceThread

#: Below this width the entity sidebar folds away (F3 brings it back).
NARROW_WIDTH = 100
#: Below this width the results and the entity sidebar take turns beside the reader: at 60
#: columns the three panes left the sidebar 14 cells, names cut to "Sam" and "Altman".
SIDE_BY_SIDE_WIDTH = 80
#: What the results leave the reader at least, unless widened (<, >): at 60 columns the
#: reader had 28, a few words a line.
READER_CELLS = 40


class Panes(Commands, Horizontal):
    """Results, article and entity sidebar, side by side."""

    COMMANDS: ClassVar[frozenset[str]] = frozenset(
        {
            *("toggle_results", "toggle_sidebar", "focus_sidebar"),
            *("widen_results", "widen_sidebar", "related_entities", "quotes", "more_like"),
        }
    )

    class ArticleChosen(Message):
        """An article chosen in a view's list, to open (at ``choice.link``) through the
        history, as a result is."""

        def __init__(self, choice: ArticleChoice) -> None:
            super().__init__()
            self.choice = choice

    results = Child("#results", ResultsList)
    article = Child("#main-pane", ArticlePane)
    sidebar = Child("#sidebar", EntitySidebar)

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
        self.settings = settings
        self._results_delta = 0
        self._sidebar_delta = 0
        #: F4 unfolded the sidebar (folded on a narrow screen) for a visit: Escape folds it.
        self._unfolded_for_visit = False
        #: The results folded for the sidebar on a screen too narrow for both
        #: (``SIDE_BY_SIDE_WIDTH``): they come back when it folds or the screen widens.
        self._results_folded_for_sidebar = False

    def compose(self) -> ComposeResult:
        yield ResultsList(self.service, self.workspace, self.settings.page_size, id="results")
        yield ArticlePane(self.service, self.today, self.workspace, self.settings, id="main-pane")
        yield EntitySidebar(id="sidebar")

    def capture(self, origin: Origin) -> Place:
        """The place on screen, for the history, as a visit of ``origin``."""
        hit = self.results.highlighted_hit
        place = self.article.capture(origin, self.results.query_text, hit.id if hit else None)
        if self.sidebar.has_focus:
            place = replace(place, sidebar=self.sidebar.highlighted_key)
        return place

    def searched(self, result: SearchResult, *, leave: bool) -> None:
        """The search shown, for the article side (``ArticlePane.searched``); when a new
        search (``leave``) found nothing, the open article's mentions go with it."""
        self.article.searched(result, leave=leave)
        if self.article.reader.document is None:
            self.sidebar.show_mentions(())

    def show_article(self, loaded: Reader.Loaded) -> None:
        """Show a loaded article, and its mentions in the sidebar."""
        self.article.show_article(loaded)
        self.sidebar.show_mentions(loaded.mentions, loaded.document)
        if loaded.request.sidebar is not None:  # back to where the user was in it
            self.sidebar.highlight_key(loaded.request.sidebar)
            self.sidebar.focus()

    @on(Reader.MentionChanged)
    def _mention_changed(self) -> None:
        link = self.article.reader.current_link
        self.sidebar.highlight_key(link.mention.key if link else None)

    @on(EntitySidebar.Jump)
    def _sidebar_jump(self, event: EntitySidebar.Jump) -> None:
        self.article.reader.select_entity(event.key, event.onward)

    @on(EntitySidebar.Figure)
    def _figure_highlighted(self, event: EntitySidebar.Figure) -> None:
        self.article.reader.show_spot(event.start, event.end, _("figure"))

    def selected_entity(self) -> str | None:
        """The sidebar's highlighted entity when the sidebar has focus, else the reader's
        current mention's, else the one an ``entity:`` search named, if the article
        mentions it (Enter said "select a mention first" on a search for that entity)."""
        if self.sidebar.has_focus and self.sidebar.highlighted_key:
            return self.sidebar.highlighted_key
        document = self.article.reader.document
        if document is None or self.article.showing_entity:
            return None
        link = self.article.reader.current_link
        if link is not None:
            return link.mention.key
        return document.searched[0] if document.searched else None

    def entity_to_open(self) -> str | None:
        """The entity to open the entity view of (``selected_entity``); None, after telling
        the user how to select one, when there is none."""
        key = self.selected_entity()
        if key is None:
            self.notify(self.article.how_to_select_a_mention(self._where()))
        return key

    def _where(self) -> Literal["results", "sidebar", "reader"]:
        """The pane with the focus, for a hint that depends on it."""
        if self.sidebar.has_focus:
            return "sidebar"
        return "results" if self.results.has_focus else "reader"

    # -- investigation views (tui/screens/views.py) -----------------------------------------

    def _shown_entity(self) -> str | None:
        """The entity the entity view shows, unless the sidebar has focus (its highlighted
        one is meant)."""
        entity = self.article.entity_view.entity if self.article.showing_entity else None
        return entity.id if entity and not self.sidebar.has_focus else None

    def _view_entity(self) -> str | None:
        """The entity a view is of: the one the entity view shows, else the selected one."""
        return self._shown_entity() or self.entity_to_open()

    def ready(self, command: str) -> bool:
        """More like this needs an open article, the views of an entity one shown or
        selected (see ``Commands``)."""
        if command == "more_like":
            return self._like_article() is not None
        if command in ("related_entities", "quotes"):
            return (self._shown_entity() or self.selected_entity()) is not None
        return True

    def related_entities(self) -> None:
        """The entities named with the one shown in the entity view, else the selected one."""
        key = self._view_entity()
        if key is not None:
            self.app.push_screen(RelatedEntities(self.workspace, self.service, self._chosen, key))

    def quotes(self) -> None:
        """What the entity shown in the entity view, else the selected one, said."""
        key = self._view_entity()
        if key is not None:
            self.app.push_screen(EntityQuotes(self.workspace, self.service, self._chosen, key))

    def more_like(self) -> None:
        """The articles like the open one, its copies of the same story first."""
        article = self._like_article()
        if article is None:
            self.notify(_("Open an article first: m lists the articles like it."))
            return
        self.app.push_screen(MoreLikeThis(self.workspace, self.service, self._chosen, article))

    def _like_article(self) -> str | None:
        """The article ``m`` finds others like: the open one, or in the entity view the
        highlighted mention's, as its marks take (m there said to open an article first)."""
        if self.article.showing_entity:
            mention = self.article.entity_view.highlighted_mention
            return mention.article if mention is not None else None
        document = self.article.reader.document
        return document.article.id if document is not None else None

    def _chosen(self, choice: ArticleChoice) -> None:
        self.post_message(self.ArticleChosen(choice))

    def on_resize(self) -> None:
        """Fold the sidebar on narrow screens; apply the widths chosen with < > - +. The
        sidebar shown on a narrow screen (F4, F3) shares the cells the reader leaves with
        the results: at 80 columns the reader, and the timeline under it, had 22."""
        width = self.size.width
        narrow = width < NARROW_WIDTH
        self.set_class(narrow, "-narrow")
        self._take_turns(width)
        default = min(30, width - READER_CELLS) if narrow else max(32, width // 4)
        sidebar_default = 26 if width < 150 else 30
        if narrow and self.has_class("-show-sidebar") and not self.has_class("-hide-results"):
            spare = width - READER_CELLS
            default = min(default, spare // 2)
            sidebar_default = min(sidebar_default, spare - default)
        results_width = default + self._results_delta
        sidebar_width = sidebar_default + self._sidebar_delta
        self.results.styles.width = max(16, min(results_width, width // 2))
        # Taking the results' turn, the sidebar may have more: a name and its count.
        most = width * 2 // 5 if self._results_folded_for_sidebar else width // 3
        self.sidebar.styles.width = max(16, min(sidebar_width, most))

    def _sidebar_shown(self) -> bool:
        """Whether the sidebar is to be shown: unfolded on a narrow screen, else not
        folded."""
        if self.has_class("-show-sidebar"):
            return True
        return self.size.width >= NARROW_WIDTH and not self.has_class("-hide-sidebar")

    def _take_turns(self, width: int) -> None:
        """Below ``SIDE_BY_SIDE_WIDTH`` columns the sidebar shown takes the results' place
        (the reader keeps its 40 cells, the sidebar a name's); they come back as it goes,
        or the screen widens."""
        crowded = width < SIDE_BY_SIDE_WIDTH and self._sidebar_shown()
        if crowded and not self.has_class("-hide-results"):
            self._results_folded_for_sidebar = True
            self.add_class("-hide-results")
            if self.results.has_focus:
                self.article.focus_main()
        elif self._results_folded_for_sidebar and not crowded:
            self._results_folded_for_sidebar = False
            self.remove_class("-hide-results")

    def _results_take_their_turn(self) -> None:
        """The results shown where they and the sidebar take turns: the sidebar folds."""
        self._results_folded_for_sidebar = False
        if self.size.width < SIDE_BY_SIDE_WIDTH and self._sidebar_shown():
            self._unfolded_for_visit = False
            self.set_class(False, "-show-sidebar")
            self.set_class(self.size.width >= NARROW_WIDTH, "-hide-sidebar")

    def toggle_results(self) -> None:
        if self.has_class("-hide-results"):
            self._results_take_their_turn()
        self.toggle_class("-hide-results")
        self.on_resize()
        if not self.results.display and self.results.has_focus:
            self.article.focus_main()

    def enter_results(self) -> None:
        """Unfold the results and move into them, at the first hit if none is highlighted;
        the search shown goes into the search history. At once, not after the keys
        already typed (``focus`` waits for them): q typed twice goes to the results, then
        quits."""
        self._results_take_their_turn()
        self.remove_class("-hide-results")
        self.on_resize()
        self.results.remember_search()
        self.screen.set_focus(self.results)
        self.results.land()

    def toggle_sidebar(self) -> None:
        shown = self.sidebar.display
        self._unfolded_for_visit = False  # the user chose: it stays as F3 left it
        self.set_class(shown, "-hide-sidebar")
        self.set_class(not shown, "-show-sidebar")
        self.on_resize()
        if shown and self.sidebar.has_focus:
            self.article.focus_main()

    def focus_sidebar(self) -> None:
        """Show the entity sidebar (folded on narrow screens) and move into it, at once:
        the keys typed after F4 move in it (``KeysInOrder``)."""
        if not self.sidebar.display:
            self._unfolded_for_visit = True
        self.set_class(False, "-hide-sidebar")
        self.set_class(True, "-show-sidebar")
        self.on_resize()
        self.screen.set_focus(self.sidebar)

    def leave_sidebar(self) -> None:
        """Escape in the sidebar: back to the text, the sidebar folded again if F4 only
        unfolded it for this visit (at 80 columns it left the reader 40 cells wide, and
        at 60 the names wrapped in 14)."""
        if self._unfolded_for_visit:
            self._unfolded_for_visit = False
            self.set_class(False, "-show-sidebar")
            self.on_resize()
        self.article.focus_main()

    def widen_results(self, cells: int) -> None:
        """Widen (or with negative ``cells`` narrow) the results pane."""
        self._results_delta += cells
        self.on_resize()

    def widen_sidebar(self, cells: int) -> None:
        """Widen (or with negative ``cells`` narrow) the entity sidebar."""
        self._sidebar_delta += cells
        self.on_resize()
