"""Untrusted strings in, literal Textual ``Content`` out.

Every title, body, file name, entity name, snippet and echoed query passes through here
before a widget sees it: the sanitiser strips escape and control sequences, and building
``Content`` directly (never from markup) means ``[/bar]`` cannot crash a widget and
``[@click=app.quit]`` cannot become a link. Offsets from the library index the raw
strings, so cleaning is done piece by piece between the offsets we need to keep.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple

from rich.cells import cell_len
from textual.content import Content, Span
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from warta.search.sanitize import clean_line, clean_text
from warta.search.sentences import Sentences as Sentences  # its home moved to search


class Cleaned(NamedTuple):
    """A cleaned string and where each requested raw offset landed in it."""

    text: str
    offsets: dict[int, int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The cleaned span of a raw ``(start, end)`` that was among the cut points."""
        return self.offsets[start], self.offsets[end]


_FLATTEN = str.maketrans("\n\t", "  ")
#: A run of spaces within a line (IndoSum's bodies mix in no-break spaces: " \xa0 ").
_SPACES = re.compile(r"[^\S\n]{2,}")


def clean_keeping_offsets(raw: str, cuts: Iterable[int], one_line: bool = False) -> Cleaned:
    """Clean ``raw`` in pieces between ``cuts`` so each cut maps to an offset in the result.

    Cleaning piecewise cannot re-join an escape sequence split at a cut: its ESC is removed
    from one piece and the rest stays as harmless literal text. ``one_line`` turns line
    breaks and tabs into spaces. A run of spaces shows as one, across cuts too: bodies
    detokenised upstream (``Persija   Jakarta``) should read as prose.
    """
    points = sorted({0, len(raw), *(min(max(cut, 0), len(raw)) for cut in cuts)})
    pieces: list[str] = []
    offsets: dict[int, int] = {0: 0}
    length = 0
    after_space = False
    for start, end in pairwise(points):
        piece = clean_text(raw[start:end])
        piece = _SPACES.sub(" ", piece.translate(_FLATTEN) if one_line else piece)
        if after_space and piece[:1].isspace() and piece[0] != "\n":
            piece = piece[1:]
        if piece:
            after_space = piece[-1].isspace() and piece[-1] != "\n"
        pieces.append(piece)
        length += len(piece)
        offsets[end] = length
    return Cleaned("".join(pieces), offsets)


def literal(value: str | None, style: str = "") -> Content:
    """One line of untrusted text as literal Content (no markup is ever parsed)."""
    content = Content(clean_line(value or ""))
    return content.stylize(style) if style else content


def marked(raw: str, marks: Sequence[tuple[int, int]], mark_style: str) -> Content:
    """One line of untrusted text with ``marks`` (raw offsets) styled, e.g. a snippet."""
    valid = [(start, end) for start, end in marks if 0 <= start < end <= len(raw)]
    cleaned = clean_keeping_offsets(raw, [cut for mark in valid for cut in mark], one_line=True)
    content = Content(cleaned.text)
    for start, end in valid:
        content = content.stylize(mark_style, *cleaned.span(start, end))
    return content


def join_parts(parts: Iterable[Content], separator: str = " · ") -> Content:
    """Join the non-empty parts of a metadata line."""
    return Content(separator).join(part for part in parts if part.plain)


#: The fewest cells of a fitted line's ``more`` worth showing, cut ("· contin…" is noise).
FITTED_MORE_CELLS = 16
#: The cells a fitted line's name keeps however narrow the line: "… (person) 1 of 3" names
#: no one.
FITTED_NAME_CELLS = 12


def words_within(content: Content, cells: int) -> Content:
    """``content`` whole if it fits in ``cells``, else its words that do and "…"."""
    if content.cell_length <= cells:
        return content
    cut = content.truncate(max(cells - 1, 0))
    space = cut.plain.rstrip().rfind(" ")
    return Content.assemble(cut[:space].rstrip(), "…") if space > 0 else Content("")


class FittedLine(NamedTuple):
    """A one-line status that fits any width: ``name`` gives way first, cut with an
    ellipsis down to ``FITTED_NAME_CELLS``; ``fixed`` (where the user is) is given in
    forms longest first, and the first that fits beside that much of the name is shown
    whole; ``more`` (a note) follows in what is left, cut at its end, or not at all when
    too little of it would show; ``hint`` (a key to press), in forms longest first, comes
    last, whole or not at all. An entity's long name pushed the rest of the reader's line
    out of sight at 80 columns, and in Indonesian at 100 the line lost "di sini" (here)
    and "berikutnya" (next) to its edge."""

    name: Content = Content("")
    fixed: tuple[Content, ...] = ()
    more: Content = Content("")
    hint: tuple[Content, ...] = ()

    def fit(self, width: int) -> Content:
        kept = min(self.name.cell_length, FITTED_NAME_CELLS)
        forms = self.fixed or (Content(""),)
        fixed = next((form for form in forms if kept + form.cell_length <= width), forms[-1])
        room = max(width - fixed.cell_length, kept)
        line = Content.assemble(self.name.truncate(room, ellipsis=True), fixed)
        whole = join_parts([line, self.more])
        if whole.cell_length > width:
            # The note cut after its last whole word ("berlanjut di artikel beriku…" at
            # 100 columns), or left out when too little of it would show.
            left = width - line.cell_length - len(" · ")
            more = words_within(self.more, left)
            whole = join_parts([line, more]) if more.cell_length >= FITTED_MORE_CELLS else line
        hinted = (join_parts([whole, hint]) for hint in self.hint)
        whole = next((line for line in hinted if line.cell_length <= width), whole)
        return whole.truncate(max(width, 1), ellipsis=True)


class KeptTogether(Visual):
    """A line that wraps at its spaces, except inside its ``kept`` spans (``(start, end)``
    offsets), each of which goes to the next line whole with the word it touches; a span
    wider than the line wraps as any text."""

    def __init__(self, content: Content, kept: Sequence[tuple[int, int]]) -> None:
        self.content = content
        self.kept = kept
        self._lines: dict[int, list[Content]] = {}

    def __str__(self) -> str:
        return self.content.plain

    @property
    def plain(self) -> str:
        return self.content.plain

    def lines(self, width: int) -> list[Content]:
        """The lines at ``width`` cells (kept: layout asks again)."""
        if width not in self._lines:
            joined = self.content.plain
            for start, end in self.kept:
                # Its spaces made letters of the same width: wrapped, the span stays put.
                glued = joined[:start] + joined[start:end].replace(" ", "_") + joined[end:]
                begin = glued.rfind(" ", 0, start) + 1
                finish = glued.find(" ", end)
                finish = len(glued) if finish < 0 else finish
                if cell_len(glued[begin:finish]) <= width:
                    joined = glued
            spans = wrap_lines(joined, width)
            self._lines[width] = [self.content[start:end] for start, end in spans]
        return self._lines[width]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.cell_length

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(max(width, 1)))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        strips = [
            strip
            for line in self.lines(max(width, 1))
            for strip in line.render_strips(width, 1, style, options)
        ]
        return strips if height is None else strips[:height]


class KeptTail(KeptTogether):
    """A line that wraps at its words, except in its tail (from offset ``tail`` on: the
    date and count after a title), which goes to the next line whole with the word before
    it: "(1)" or "2023" left alone on a line read as a row of its own."""

    def __init__(self, content: Content, tail: int) -> None:
        super().__init__(content, [(tail, len(content.plain))])


def kept_items(line: str, separator: str = " · ") -> KeptTogether:
    """A line of items (a dialog's keys: "Enter: done · Escape: cancel") that wraps between
    them, each item whole with the separator's mark before it: at 60 columns "Escape:"
    ended a line and "tutup" began the next."""
    content = literal(line)
    lead = len(separator.lstrip())  # "· " goes to the next line with the item after it
    kept = []
    start = 0
    for item in content.plain.split(separator):
        kept.append((max(start - lead, 0), start + len(item)))
        start += len(item) + len(separator)
    return KeptTogether(content, kept)


def titled(title: Content, after: Iterable[Content]) -> KeptTail:
    """``title · source · date …``, what follows the title wrapped whole with its last
    word (a line ending in "·", or a date cut in two, read as two rows)."""
    return KeptTail(join_parts([title, *after]), len(title.plain))


class OneLine(Visual):
    """A line cut to the width it is drawn at, with an ellipsis: a heading of date,
    source and title that wrapped read as two rows."""

    def __init__(self, content: Content) -> None:
        self.content = content

    def __str__(self) -> str:
        return self.content.plain

    @property
    def plain(self) -> str:
        return self.content.plain

    @property
    def spans(self) -> Sequence[Span]:
        return self.content.spans

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.cell_length

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        line = self.content.truncate(max(width, 1), ellipsis=True)
        return line.render_strips(width, 1, style, options)


#: A line of a ``Hanging`` row: plain text, a title with what follows it, or one cut to fit.
Line = Content | KeptTail | OneLine


#: What a line under a heading starts with: a mention under its article, a quote under
#: its date.
INDENT = Content("  ")


class Hanging(Visual):
    """Lines of ``(head, body)``, one under the other: each body's wrapped lines start
    under its first character rather than flush left (a hanging indent), so that a quote,
    a sentence or a mention stands apart from the next and from the headings between them.
    The entity view's mentions, the quotes and the sentences naming two entities wrap so.

    ``hang``: wrapped lines start at least that many cells in, under a narrower head (with
    none, a row's first line is flush left and the rest indented, as in a dictionary): a
    list's long rows then stand apart from each other.
    """

    def __init__(self, *rows: tuple[Content, Line], hang: int = 0) -> None:
        self.rows = rows
        self.hang = hang

    def __str__(self) -> str:
        return "\n".join(head.plain + body.plain for head, body in self.rows)

    def _indents(self, head: Content) -> tuple[int, int]:
        """The cells before a row's first line and before its wrapped lines."""
        return head.cell_length, max(head.cell_length, self.hang)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        widths = []
        for head, body in self.rows:
            wrapped = self._indents(head)[1]
            widths.append(wrapped + body.get_optimal_width(rules, container_width - wrapped))
        return max(widths, default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(
            body.get_height(rules, max(width - self._indents(head)[1], 1))
            for head, body in self.rows
        )

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        strips: list[Strip] = []
        rich_style = style.rich_style
        for head, body in self.rows:
            indent, wrapped = self._indents(head)
            body_width = max(width - wrapped, 1)
            lines = body.render_strips(body_width, None, style, options)
            first = head.render_strips(indent, 1, style, options) if indent else []
            for number, line in enumerate(lines):
                if number:
                    strips.append(line.crop_pad(body_width, wrapped, 0, rich_style))
                else:
                    line = line.crop_pad(body_width, 0, wrapped - indent, rich_style)
                    strips.append(Strip.join([*first, line]))
        return strips if height is None else strips[:height]


_WORD = re.compile(r"\S+\s*")


def wrap_lines(text: str, width: int) -> list[tuple[int, int]]:
    """Display lines of ``text`` at ``width`` cells, as ``(start, end)`` offsets into ``text``.

    Word wrap on whitespace, long words folded, newlines kept; trailing spaces at a wrap
    point are left out of the line. Knowing the offsets is what lets the reader map a
    mention or a find match to the line it must scroll to.
    """
    width = max(width, 1)
    lines: list[tuple[int, int]] = []
    paragraph_start = 0
    for paragraph in text.split("\n"):
        line_start: int | None = None
        line_end = used = 0
        for word in _WORD.finditer(paragraph):
            word_start = paragraph_start + word.start()
            stripped = word.group().rstrip()
            stripped_cells = cell_len(stripped)
            if line_start is not None and used + stripped_cells > width:
                lines.append((line_start, line_end))
                line_start = None
            if line_start is None:
                line_start, used = word_start, 0
            if stripped_cells > width:
                line_start, used = _fold(word_start, stripped, width, lines)
            else:
                used += stripped_cells
            line_end = word_start + len(stripped)
            used += cell_len(word.group()) - stripped_cells
        if line_start is None:
            lines.append((paragraph_start, paragraph_start))
        else:
            lines.append((line_start, line_end))
        paragraph_start += len(paragraph) + 1
    return lines


def _fold(start: int, word: str, width: int, lines: list[tuple[int, int]]) -> tuple[int, int]:
    """Cut a word wider than the line into full-width pieces; return the open last piece."""
    piece_start, used = start, 0
    for index, char in enumerate(word):
        char_cells = cell_len(char)
        if used and used + char_cells > width:
            lines.append((piece_start, start + index))
            piece_start, used = start + index, 0
        used += char_cells
    return piece_start, used


def line_of(line_starts: Sequence[int], offset: int) -> int:
    """Index of the display line holding ``offset``, given each line's start offset."""
    return max(bisect.bisect_right(line_starts, offset) - 1, 0)


def citation(
    title: str,
    source: str | None,
    date: str | None,
    url: str | None = None,
    author: str | None = None,
) -> str:
    """``Author, Title, Source, date, URL``: enough for a reader to find the article again."""
    return ", ".join(part for part in (author, title, source, date, url) if part)


def quotation(sentence: str, cited: str, reported: bool = False) -> str:
    """A quote ready to paste: the sentence in quotation marks, then its citation. A
    dateline opening the sentence (``REPUBLIKA.CO.ID, JAKARTA---``) is not quoted.

    ``reported``: the article's account of what was said ("mengatakan bahwa ..."), not
    the speaker's words, so not in quotation marks, and said to be reported: pasted as
    “Musk sangat peduli …”, it read as the speaker's own words."""
    from warta.search.metadata import without_dateline  # on copy, not before the first frame
    from warta.tui.i18n import _

    if reported:
        words = _("{words} (reported speech; {citation})")
        return words.format(words=without_dateline(sentence), citation=cited)
    return f"“{without_dateline(sentence)}” ({cited})"


def show_number(value: int) -> str:
    """A count as the interface language groups digits (``10.000`` / ``10,000``)."""
    from warta.tui.formatting import format_number
    from warta.tui.i18n import current_locale

    return format_number(value, current_locale())


def show_date(date: dt.date | None) -> str:
    """A date as the interface language writes it; empty when unknown.

    Babel loads on the first call, after the first frame, not when the app starts.
    """
    if date is None:
        return ""
    from warta.tui.formatting import format_date
    from warta.tui.i18n import current_locale

    return format_date(date, current_locale())
