"""The help screen, generated from the bindings so it can never fall out of date."""

from __future__ import annotations

import functools
import re
import textwrap
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import HorizontalGroup, VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input, Static
from textual.widgets._footer import FooterKey
from warta.tui.i18n import _, current_locale, ngettext
from warta.tui.keys import HELP, HELP_FIND, HELP_TEXT, HelpSection, sections, user_keys
from warta.tui.text import literal
from warta.tui.widgets.bars import CappedInput
from warta.tui.widgets.routing import HeldUntilBuilt, KeysInOrder

#: Width of the keys column; longer key lists wrap inside it.
KEYS_WIDTH = 16
#: The key that opens help, kept in view at the footer's right edge.
HELP_KEY = "f1"


def key_rows(bindings: Iterable[BindingType]) -> list[tuple[list[Binding], str]]:
    """One row per action: every key bound to it (once), and its description.

    Bindings without a description (Textual's internal ones) are left out.
    """
    rows: dict[tuple[str, str], list[Binding]] = {}
    for binding in Binding.make_bindings(bindings):
        if binding.description and not binding.system:
            keys = rows.setdefault((binding.action, binding.description), [])
            if all(bound.key != binding.key for bound in keys):
                keys.append(binding)
    return [(keys, description) for (_action, description), keys in rows.items()]


def help_sections(app: App[Any]) -> list[HelpSection]:
    """Every key of the app, by where it works and as the user's keymap binds it."""
    return [HelpSection(section.title, user_keys(app, section.bindings)) for section in sections()]


def nothing_matches(typed: str) -> Content:
    """What a list filtered past every row says: blank, it read as one that failed."""
    return literal(_("Nothing matches “{words}”.").format(words=" ".join(typed.split())))


#: How a typed word is in a help row, best first (``match_of``): a whole word, the start of
#: one, inside one.
WHOLE, START, INSIDE = range(3)


def match_of(row: Sequence[str], word: str) -> int | None:
    """How a help row has ``word`` (casefolded), or None: as a whole word (with an English
    plural's s, or in Indonesian as another form of the same word: ``tandai`` finds
    "menandai", ``catatan`` "mencatat", by the stems the search matches words by, as
    Indonesian prefixes change a word's first letter), as the start of a word (``sta``,
    "Start"), or inside one. Find shows the best kind only: ``/star`` listed "Start of the
    line" beside the star's keys."""
    text = " ".join(row).casefold()
    typed = re.escape(word)
    # Spaces inside the word may be typed or not ("linimasa" finds "Lini masa"), where the
    # words run together are whole: skipped anywhere, ``ea`` found "the article".
    apart = r"\s*".join(map(re.escape, word))
    if re.search(rf"(?<!\w)(?:{typed}|{apart})(?:e?s)?(?!\w)", text):
        return WHOLE
    if current_locale() == "id":
        from warta.search.analysis import stem, tokenize

        stems = [stem(token) for token, _, _ in tokenize(word)]
        if stems and all(stemmed in _stems(text) for stemmed in stems):
            return WHOLE
    if re.search(rf"(?<!\w){typed}", text):
        return START
    return INSIDE if re.search(typed, text) else None


def row_match(row: Sequence[str], words: Sequence[str]) -> int | None:
    """How a help row has every word of ``words`` (``match_of``): as its worst one has."""
    found = [match_of(row, word) for word in words]
    return (
        None if None in found else max((kind for kind in found if kind is not None), default=WHOLE)
    )


@functools.lru_cache(maxsize=1024)
def _stems(text: str) -> frozenset[str]:
    """The stems of a help row's words, as the search analyses them (kept: find asks for
    every row at each key typed)."""
    from warta.search.analysis import stem, tokenize

    return frozenset(stem(token) for token, _, _ in tokenize(text))


class KeyTable(Widget):
    """One section of help as a single widget: its title, then a line per action with its
    keys in a column of their own and the description wrapped beside them.

    One widget per section rather than a row of widgets per key (styling ~180 widgets made
    help take 1-2.6 s to open), drawn as ``Content`` laid out here (a Rich table spent
    ~0.5 s measuring and rendering itself on every layout).
    """

    DEFAULT_CSS = """
    KeyTable { height: auto; text-wrap: nowrap; }
    """

    def __init__(self, heading: str, rows: Sequence[tuple[str, str, str]]) -> None:
        """``rows``: each action's keys as shown, its description, and its keys' names as
        the keymap writes them (``ctrl+w``, shown "^w") with its short description (the
        footer's "Sort"), which find matches too."""
        super().__init__()
        self.heading = heading
        self.rows = rows
        #: The rows found (``show_only``): every row until words are typed.
        self.shown = rows
        self._laid_out: dict[int, Content] = {}

    def best_match(self, words: Sequence[str]) -> int | None:
        """How the best of this section's rows has ``words`` (``row_match``), or None."""
        found = [row_match(row, words) for row in self.rows]
        return min((kind for kind in found if kind is not None), default=None)

    def show_only(self, words: Sequence[str], kind: int = INSIDE) -> int:
        """Only the rows whose keys (as shown or named: ``ctrl`` finds "^w") or description
        have every word as ``kind`` or better (``row_match``); the section goes when none
        has. Returns how many rows are shown."""
        self.shown = [
            row
            for row in self.rows
            if (found := row_match(row, words)) is not None and found <= kind
        ]
        self._laid_out.clear()
        self.display = bool(self.shown)
        self.refresh(layout=True)
        return len(self.shown)

    def lines(self, width: int) -> Content:
        """The section laid out for ``width`` cells (kept: layout asks for it again)."""
        if width in self._laid_out:
            return self._laid_out[width]
        indent = " " * (KEYS_WIDTH + 1)
        wrap_at = max(width - len(indent), 10)
        lines = [Content(self.heading).stylize("bold underline")]
        for keys, description, _names in self.shown:
            wrapped = textwrap.wrap(description, wrap_at) or [""]
            if len(keys) > KEYS_WIDTH:
                lines.append(Content(keys).stylize("bold"))
            else:
                first = wrapped.pop(0)
                lines.append(Content(keys.ljust(KEYS_WIDTH + 1)).stylize("bold") + first)
            lines.extend(Content(indent + rest) for rest in wrapped)
        self._laid_out[width] = Content("\n").join(lines)
        return self._laid_out[width]

    def render(self) -> Content:
        return self.lines(self.content_region.width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self.lines(width).plain.count("\n") + 1


class PendingCount(Static):
    """The count typed before a move, while it waits for its key (the 5 of ``5j``), in the
    corner where vim shows it: digits that changed nothing on screen read as lost."""

    DEFAULT_CSS = """
    PendingCount {
        width: auto;
        padding-right: 1;
        text-style: bold;
        display: none;
    }
    """

    class Shown(Message):
        """The count appeared or went: the footer has that much less, or more, room."""

    def on_mount(self) -> None:
        self.watch(self.app, "count", self._show)

    def _show(self, count: str) -> None:
        self.update(Content(count))
        if self.display != bool(count):
            self.display = bool(count)
            self.post_message(self.Shown())


class HelpFooter(Footer):
    """The footer, with the help key at its right edge where Textual puts the palette key.

    Keys fill the footer left to right and the last are cut when it is too narrow: at 80
    columns help showed as "f1 H", and in Indonesian not at all. Help is the key a newcomer
    needs (it lists the palette key, Ctrl+P, first), so it takes the place that is always
    in view. The palette key is not shown: "^p palette" is Textual's, in English.
    """

    DEFAULT_CSS = """
    HelpFooter .-corner {
        dock: right;
        width: auto;
    }
    HelpFooter FooterKey.-help {
        padding-right: 1;
        border-left: vkey $foreground 20%;
    }
    """

    def __init__(self) -> None:
        super().__init__(show_command_palette=False)

    def compose(self) -> ComposeResult:
        """Textual's keys, the help key moved to the right-hand corner with the count
        typed (widgets docked to one edge would cover each other)."""
        corner: list[Widget] = []
        for widget in super().compose():
            if isinstance(widget, FooterKey) and widget.key == HELP_KEY:
                corner.append(widget.add_class("-help"))
            else:
                yield widget
        yield HorizontalGroup(*corner, PendingCount(), classes="-corner")

    async def recompose(self) -> None:
        await super().recompose()
        self.call_after_refresh(self._leave_out_cut_keys)

    def on_resize(self) -> None:
        """Every key again, then as many as fit: a wider terminal has room for more."""
        self.call_after_refresh(self.recompose)

    @on(PendingCount.Shown)
    def _count_shown(self) -> None:
        self.call_after_refresh(self._leave_out_cut_keys)

    def _leave_out_cut_keys(self) -> None:
        """Hide the keys the help key (and a count typed) would cover or the edge cut, from
        the last: at 60 columns the reader's footer ended in "⌫" without its "Back".

        Widths are counted from what each key shows, not from its layout: the keys just
        composed are 0 wide until the next refresh lays them out, and a terminal resized
        at once (100 then 60 columns) was often measured then, every key shown."""
        corner = [
            part for group in self.query(".-corner") for part in group.children if part.display
        ]
        room = self.content_region.width - sum(map(_cells, corner))
        for key in self.query(FooterKey).exclude(".-help"):
            width = _cells(key)
            key.display = width <= room
            # The keys come most used first: once one is cut, so are all after it, in
            # every language. Skipping it for a shorter one after ("c Kutip" where
            # "⌫ Kembali" did not fit) showed a less used key and reordered the footer.
            room = room - width if key.display else 0


def _cells(widget: Widget) -> int:
    """How many columns ``widget`` takes on one line, laid out or not yet."""
    return widget.get_content_width(Size(0, 0), Size(0, 0)) + widget.styles.gutter.width


class HelpFind(CappedInput):
    """The words to find a key by (``/`` in help); Escape shows every key again, and the
    keys typed after it go to the list (``CappedInput``)."""

    BINDINGS: ClassVar[list[BindingType]] = list(HELP_FIND)

    def action_close_find(self) -> None:
        self.value = ""
        screen = self.screen
        assert isinstance(screen, HelpScreen)
        screen.close_find()

    async def action_submit(self) -> None:
        """Enter: back to scrolling the keys found (j, k, q are keys again), at once, so
        that the keys typed after it (``Enter G`` sent together, as tmux and a fast typist
        do) scroll them: they were typed into the line, which then found nothing."""
        self.screen.set_focus(self.screen.query_one(HelpText))


class HelpText(KeysInOrder, VerticalScroll):
    """The list of keys, scrolled with the reader's keys (the arrows only, before); the
    keys typed after ``/`` go to the find line however fast they come (``/page`` sent at
    once gave "page" to the list, whose g went to the top, and left the find line empty)."""

    BINDINGS: ClassVar[list[BindingType]] = list(HELP_TEXT)

    def _scroll_by(self, lines: int) -> None:
        """At once: Textual's scroll waits for the next frame, from where it was, so a
        count (``5j``, ``3 space``) moved one line or page."""
        self.scroll_to(y=self.scroll_y + lines, animate=False, immediate=True)

    def action_line_down(self) -> None:
        self._scroll_by(1)

    def action_line_up(self) -> None:
        self._scroll_by(-1)

    def action_page_down(self) -> None:
        self._scroll_by(self.scrollable_content_region.height)

    def action_page_up(self) -> None:
        self._scroll_by(-self.scrollable_content_region.height)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_bottom(self) -> None:
        """At once, as less's G: Textual's glided there, still on its way after the keys."""
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)


class HelpScreen(HeldUntilBuilt, Screen[None]):
    """Every key, grouped by where it works.

    A full screen, as help is in less, rather than a modal one: a modal screen draws (and
    dims) the screen behind it on every frame, which doubled the time help took to open.
    The keys typed before it is built wait for it (``HeldUntilBuilt``): ``?/page`` sent at once
    ran / before the find line existed, and warta stopped on "No nodes match".
    """

    BINDINGS: ClassVar[list[BindingType]] = list(HELP)
    #: The keys, to scroll: not the find line, hidden until ``/``.
    AUTO_FOCUS = "#help"

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        /* One row, as the reader's find bar: Input's tall border took three. */
        #help-find, #help-find:focus {
            display: none;
            width: 80;
            max-width: 100%;
            height: 1;
            border: none;
            padding: 0 1;
        }
        &.-finding #help-find { display: block; }
        #help {
            width: 80;
            max-width: 100%;
            height: 1fr;
            border: round $primary;
            scrollbar-gutter: stable;
            background: $surface;
            padding: 0 1;
        }
        .section { margin-top: 1; }
        #help-nothing { display: none; }
        /* Notices below the box, which gives them the rows they take, rather than over
           its text (Textual draws them on a layer of their own, over the keys). */
        & > ToastRack { layer: default; margin-bottom: 0; }
    }
    """

    def __init__(self, sections: Sequence[HelpSection]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        yield HelpFind(placeholder=_("Words of a key or of what it does"), id="help-find")
        with HelpText(id="help") as scroll:
            scroll.border_title = self._title(None)
            for section in self.sections:
                # The keys' names and the short description (the footer's and the
                # palette's word) are found too: "/sort" found nothing, as the row shows
                # what s does, "Newest first / most relevant first", and the footer "Sort".
                rows = [
                    (
                        ", ".join(map(self.app.get_key_display, keys)),
                        keys[0].tooltip or what,
                        " ".join([*(bound.key for bound in keys), what]),
                    )
                    for keys, what in key_rows(section.bindings)
                ]
                if rows:
                    yield KeyTable(section.title, rows).add_class("section")
            yield Static(id="help-nothing", classes="section")

    def on_mount(self) -> None:
        """A count typed before a move shows in the box's lower edge, as the footer shows
        it on the main screen (help has no footer). The keys typed while help was built go
        to the list once it has the focus."""
        self.watch(self.app, "count", self._show_count)
        self.call_after_refresh(self.built)

    def _show_count(self, count: str) -> None:
        self.query_one(HelpText).border_subtitle = count

    def action_find(self) -> None:
        """At once, so that the keys typed after ``/`` go to the find line."""
        self.add_class("-finding")
        self.set_focus(self.query_one(HelpFind))

    def close_find(self) -> None:
        """At once, as ``action_find``: the keys typed after go to the list."""
        self.remove_class("-finding")
        self.set_focus(self.query_one(HelpText))

    @on(Input.Changed, "#help-find")
    def _find(self, event: Input.Changed) -> None:
        """The keys that have the words typed, the best kind of match only (whole words,
        else word starts, else anywhere: ``match_of``), and how many in the box's title."""
        words = event.value.casefold().split()
        tables = list(self.query(KeyTable))
        found = [kind for table in tables if (kind := table.best_match(words)) is not None]
        best = min(found, default=WHOLE)
        count = sum(table.show_only(words, best) for table in tables)
        nothing = self.query_one("#help-nothing", Static)
        nothing.display = not count
        nothing.update(nothing_matches(event.value) if nothing.display else "")
        scroll = self.query_one(HelpText)
        scroll.border_title = self._title(count if words else None)
        scroll.scroll_home(animate=False)

    @staticmethod
    def _title(found: int | None) -> str:
        """The box's title: how many keys the find shows (``found``), else how to find."""
        if found is None:
            return _("Keys (/ finds, Escape closes)")
        return ngettext("{count} key found", "{count} keys found", found).format(count=found)
