"""The row of panes under the search bar: results, the article side, the entity sidebar.

The row owns their widths and folding: the sidebar folds away on narrow screens, F2 and F3
fold either side pane, and < > - + widen or narrow them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal
from warta.tui.widgets.article_pane import ArticlePane
from warta.tui.widgets.results import ResultsList
from warta.tui.widgets.sidebar import EntitySidebar

if TYPE_CHECKING:
    from warta.search.service import SearchService

#: Below this width the entity sidebar folds away (F3 brings it back).
NARROW_WIDTH = 100


class Panes(Horizontal):
    """Results, article and entity sidebar, side by side."""

    def __init__(self, service: SearchService, today: dt.date, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.service = service
        self.today = today
        self._results_delta = 0
        self._sidebar_delta = 0

    def compose(self) -> ComposeResult:
        yield ResultsList(self.service, id="results")
        yield ArticlePane(self.service, self.today, id="main-pane")
        yield EntitySidebar(id="sidebar")

    @property
    def results(self) -> ResultsList:
        return self.query_one("#results", ResultsList)

    @property
    def article(self) -> ArticlePane:
        return self.query_one("#main-pane", ArticlePane)

    @property
    def sidebar(self) -> EntitySidebar:
        return self.query_one("#sidebar", EntitySidebar)

    def on_resize(self) -> None:
        """Fold the sidebar on narrow screens; apply the widths chosen with < > - +."""
        width = self.size.width
        self.set_class(width < NARROW_WIDTH, "-narrow")
        results_width = (30 if width < NARROW_WIDTH else max(32, width // 4)) + self._results_delta
        sidebar_width = (26 if width < 150 else 30) + self._sidebar_delta
        self.results.styles.width = max(16, min(results_width, width // 2))
        self.sidebar.styles.width = max(16, min(sidebar_width, width // 3))

    def toggle_results(self) -> None:
        self.toggle_class("-hide-results")
        if not self.results.display and self.results.has_focus:
            self.article.focus_main()

    def show_results(self) -> None:
        self.remove_class("-hide-results")

    def toggle_sidebar(self) -> None:
        shown = self.sidebar.display
        self.set_class(shown, "-hide-sidebar")
        self.set_class(not shown, "-show-sidebar")
        if shown and self.sidebar.has_focus:
            self.article.focus_main()

    def focus_sidebar(self) -> None:
        """Show the entity sidebar (folded on narrow screens) and move into it."""
        self.set_class(False, "-hide-sidebar")
        self.set_class(True, "-show-sidebar")
        self.sidebar.focus()

    def widen(self, results: int = 0, sidebar: int = 0) -> None:
        """Widen (or with negative numbers narrow) the results pane and the sidebar."""
        self._results_delta += results
        self._sidebar_delta += sidebar
        self.on_resize()
