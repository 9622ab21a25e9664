"""Dates in time order: the open article's timeline, and an entity's mentions placed in time.

The reader's timeline lists every date the article mentions, earliest first, each with
the sentence it stands in; moving onto one scrolls the reader there and marks it. The
entity view dates each mention the same way: by the date nearest to it in its sentence,
else by its article's date.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from warta.search.dates import DateMention, find_dates
from warta.search.model import Article, MentionInContext
from warta.tui.i18n import _, ngettext
from warta.tui.keys import TIMELINE
from warta.tui.text import Sentences, marked, show_number
from warta.tui.widgets.bars import NoticesAbove
from warta.tui.widgets.document import ARTICLE_LANGUAGE, Document
from warta.tui.widgets.routing import KeysInOrder

#: Characters of the sentence shown before a marked date or amount, so it stands near the
#: left edge of a narrow list (the timeline, one line per date, shows fewer).
CONTEXT_LEAD = 30
TIMELINE_LEAD = 16
#: Characters of the sentence shown in all, so an entry stays a line or two.
CONTEXT_CHARS = 100
#: The most dates (or figures) a list builds for one article; a line says how many more.
#: An article with 20,000 dates would otherwise take seconds to lay out at each preview.
ROW_LIMIT = 500


def show_period(value: dt.date, precision: str) -> str:
    """A date as the interface language writes it, no more precise than the text was."""
    from warta.tui.formatting import format_period
    from warta.tui.i18n import current_locale

    return format_period(value, precision, current_locale())


def in_context(document: Document, start: int, end: int, lead: int = CONTEXT_LEAD) -> Content:
    """The sentence around ``start:end`` of the document with that span marked, trimmed
    to begin shortly before it and to stay short."""
    sentence_start, sentence_end = document.sentence_bounds(start, end)
    begin = max(sentence_start, start - lead)
    if begin > sentence_start:
        space = document.plain.find(" ", begin, start)
        begin = space + 1 if space != -1 else begin
    stop = min(sentence_end, max(begin + CONTEXT_CHARS, end))
    if stop < sentence_end:
        space = document.plain.rfind(" ", end, stop)
        stop = space if space != -1 else stop
    before = "…" if begin > sentence_start else ""
    after = "…" if stop < sentence_end else ""
    text = before + document.plain[begin:stop] + after
    shift = len(before) - begin
    return marked(text, [(start + shift, end + shift)], "bold underline")


def more_rows(count: int) -> Option:
    """The last line of a capped list: how many rows were left out."""
    more = ngettext("… and {count} more", "… and {count} more", count)
    return Option(Content(more.format(count=show_number(count))).stylize("dim"), disabled=True)


def timeline(document: Document) -> list[DateMention]:
    """The article's dates, earliest first; one date mentioned twice is listed twice, each
    at its own sentence."""
    return sorted(document.dates, key=lambda date: (date.value, date.start))


class Timeline(KeysInOrder, OptionList, NoticesAbove, inherit_bindings=False):
    """The open article's dates in time order; moving onto one shows it in the reader."""

    BINDINGS: ClassVar[list[BindingType]] = list(TIMELINE)

    DEFAULT_CSS = """
    Timeline {
        display: none;
        height: auto;
        max-height: 40%;
        border: none;
        border-top: solid $panel;
        padding: 0;
        /* One line per date, so a screenful of them fits under the article. */
        text-wrap: nowrap;
        text-overflow: ellipsis;
        &.-open { display: block; }
        &:focus { border: none; border-top: solid $primary; }
        & > .option-list--option-highlighted { text-style: bold reverse; }
    }
    """

    class Jump(Message):
        """Show the date at ``start:end`` of the document, the ``number``-th of ``count``;
        ``chosen`` after Enter."""

        def __init__(self, start: int, end: int, chosen: bool, number: int, count: int) -> None:
            super().__init__()
            self.start = start
            self.end = end
            self.chosen = chosen
            self.number = number
            self.count = count

    class Closed(Message):
        """The timeline was put away."""

    class ToMention(Message):
        """Tab (``step`` 1) or Shift+Tab (-1): the next or previous mention in the text,
        read there (the timeline stays open)."""

        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.dates: list[DateMention] = []

    def show_dates(self, document: Document) -> None:
        """List ``document``'s dates (nothing is highlighted until the user moves)."""
        self.dates = timeline(document)[:ROW_LIMIT]
        self.border_title = _("Timeline")
        if len(document.dates) > ROW_LIMIT:
            # Said on the border too: the list's last line is out of sight after End.
            self.border_title = _("Timeline (the first {shown} of {count} dates)").format(
                shown=show_number(ROW_LIMIT), count=show_number(len(document.dates))
            )
        labels = [show_period(date.value, date.precision) for date in self.dates]
        width = max(map(len, labels), default=0)
        options = [
            Option(
                Content.assemble(
                    Content(label.ljust(width)).stylize("bold"),
                    "  ",
                    in_context(document, date.start, date.end, TIMELINE_LEAD),
                ),
                id=str(index),
            )
            for index, (label, date) in enumerate(zip(labels, self.dates, strict=True))
        ]
        if len(document.dates) > ROW_LIMIT:
            options.append(more_rows(len(document.dates) - ROW_LIMIT))
        if not options:
            options = [Option(Content(_("This article mentions no dates.")), disabled=True)]
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(options)
            self.highlighted = None

    def open(self) -> None:
        """Show the list and move to it, on the first date; at once, so that the keys typed
        after ``t`` move in it (``KeysInOrder``), not in the pane it was opened from."""
        self.add_class("-open")
        self.screen.set_focus(self)
        if self.highlighted is None and self.dates:
            self.highlighted = 0

    def action_close(self) -> None:
        self.remove_class("-open")
        self.post_message(self.Closed())

    def action_to_mention(self, step: int = 1) -> None:
        self.post_message(self.ToMention(step))

    def _jump(self, option: Option, chosen: bool) -> None:
        if option.id is not None:
            index = int(option.id)
            date = self.dates[index]
            count = len(self.dates)
            self.post_message(self.Jump(date.start, date.end, chosen, index + 1, count))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._jump(event.option, chosen=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._jump(event.option, chosen=True)


# -- an entity's mentions in time ------------------------------------------------------------


@dataclass(frozen=True)
class MentionDate:
    """When a mention happens: a date from its sentence, or (``own`` False) its article's."""

    value: dt.date
    precision: str
    own: bool


def nearest_date(
    sentences: Sentences, dates: Sequence[DateMention], start: int, end: int
) -> DateMention | None:
    """The date closest to ``start:end`` within its sentence, if the sentence has one.

    ``dates`` come in text order (as ``find_dates`` gives them), so the sentence's own are
    found by bisect, not by looking at every date of the article for every mention.
    """
    sentence_start, sentence_end = sentences.span(start, end)
    first = bisect.bisect_left(dates, sentence_start, key=lambda date: date.start)
    last = bisect.bisect_right(dates, sentence_end, key=lambda date: date.start)
    inside = [date for date in dates[first:last] if date.end <= sentence_end]
    return min(inside, key=lambda date: max(date.start - end, start - date.end, 0), default=None)


def mention_dates(
    mentions: Sequence[MentionInContext], load: Callable[[str], Article | None]
) -> list[MentionDate | None]:
    """The date of each mention (None when neither its sentence nor its article has one).

    ``load`` fetches an article by id (I/O: call this from a worker); each article is
    loaded and read for dates once however many mentions it holds.
    """
    texts: dict[tuple[str, str], tuple[Sentences, list[DateMention]]] = {}
    found: list[MentionDate | None] = []
    for mention in mentions:
        key = (mention.article, mention.field)
        if key not in texts:
            text = _field_text(load(mention.article), mention.field)
            texts[key] = (Sentences(text), find_dates(text, ARTICLE_LANGUAGE))
        sentences, dates = texts[key]
        date = nearest_date(sentences, dates, mention.start, mention.end)
        if date is not None:
            found.append(MentionDate(date.value, date.precision, own=True))
        elif mention.date is not None:
            found.append(MentionDate(mention.date, "day", own=False))
        else:
            found.append(None)
    return found


def _field_text(article: Article | None, field: str) -> str:
    if article is None:
        return ""
    return article.title if field == "title" else article.body


def chronological(dates: Sequence[MentionDate | None]) -> list[int]:
    """Indexes of the mentions, earliest date first; undated ones last. Ties keep the
    order given (article by article, in reading order)."""

    def when(index: int) -> tuple[bool, dt.date]:
        date = dates[index]
        return (date is None, date.value if date else dt.date.min)

    return sorted(range(len(dates)), key=when)
