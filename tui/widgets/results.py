"""The results pane: one option per hit (title, source and date, snippet)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from search.model import Hit, SearchResult, Snippet
from search.query import text_window
from tui.i18n import _
from tui.text import join_parts, literal, marked, show_date

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


def hit_prompt(hit: Hit) -> Content:
    """Three lines for a hit: the title, where and when, the snippet with matches marked."""
    title = literal(hit.title or _("(untitled)"), "bold")
    meta = join_parts([literal(hit.source), Content(show_date(hit.date))]).stylize("dim")
    short = trim_snippet(hit.snippet)
    snippet = marked(short.text, short.marks, "bold underline $text-warning")
    return Content("\n").join(line for line in (title, meta, snippet) if line.plain)


class ResultsList(OptionList):
    """Ranked hits; moving previews an article, Enter opens it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", _("Open article")),
        Binding(
            "s", "screen.toggle_sort", _("Sort"), tooltip=_("Newest first / most relevant first")
        ),
        Binding("j", "cursor_down", _("Next result"), show=False),
        Binding("k", "cursor_up", _("Previous result"), show=False),
    ]

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

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: tuple[Hit, ...] = ()

    def show_result(self, result: SearchResult, highlight: str | None = None) -> None:
        """Replace the list with ``result``'s hits, highlighting hit ``highlight`` if present."""
        self.hits = result.hits
        with self.prevent(OptionList.OptionHighlighted):
            options: list[Option | None] = []
            for hit in result.hits:
                options += [Option(hit_prompt(hit), id=hit.id), None]
            self.set_options(options[:-1])
            ids = [hit.id for hit in result.hits]
            self.highlighted = ids.index(highlight) if highlight in ids else None
        self.scroll_to(y=0, animate=False)
        if self.highlighted is not None:
            self.scroll_to_highlight()

    def highlight_hit(self, hit_id: str | None) -> None:
        """Highlight hit ``hit_id`` (when listed) without previewing it."""
        ids = [hit.id for hit in self.hits]
        if hit_id in ids:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = ids.index(hit_id)

    @property
    def highlighted_hit(self) -> Hit | None:
        if self.highlighted is None or self.highlighted >= len(self.hits):
            return None
        return self.hits[self.highlighted]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Opened(self.hits[event.option_index]))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Previewed(self.hits[event.option_index]))
