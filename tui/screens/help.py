"""The help screen, generated from the bindings so it can never fall out of date."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input, Static
from textual.widgets._footer import FooterKey
from warta.tui.i18n import _
from warta.tui.keys import HELP, HELP_FIND, HELP_TEXT, HelpSection, sections, user_keys
from warta.tui.text import literal

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
    return [HelpSection(title, user_keys(app, bound)) for title, bound in sections()]


def nothing_matches(typed: str) -> Content:
    """What a list filtered past every row says: blank, it read as one that failed."""
    return literal(_("Nothing matches “{words}”.").format(words=" ".join(typed.split())))


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

    def __init__(self, heading: str, rows: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.heading = heading
        self.rows = rows
        #: The rows found (``show_only``): every row until words are typed.
        self.shown = rows
        self._laid_out: dict[int, Content] = {}

    def show_only(self, words: Sequence[str]) -> None:
        """Only the rows whose keys or description have every word (in any case); the
        section goes when none has."""
        self.shown = [
            (keys, what)
            for keys, what in self.rows
            if all(word in f"{keys} {what}".casefold() for word in words)
        ]
        self._laid_out.clear()
        self.display = bool(self.shown)
        self.refresh(layout=True)

    def lines(self, width: int) -> Content:
        """The section laid out for ``width`` cells (kept: layout asks for it again)."""
        if width in self._laid_out:
            return self._laid_out[width]
        indent = " " * (KEYS_WIDTH + 1)
        wrap_at = max(width - len(indent), 10)
        lines = [Content(self.heading).stylize("bold underline")]
        for keys, description in self.shown:
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


class HelpFooter(Footer):
    """The footer, with the help key at its right edge where Textual puts the palette key.

    Keys fill the footer left to right and the last are cut when it is too narrow: at 80
    columns help showed as "f1 H", and in Indonesian not at all. Help is the key a newcomer
    needs (it lists the palette key, Ctrl+P, first), so it takes the place that is always
    in view. The palette key is not shown: "^p palette" is Textual's, in English.
    """

    DEFAULT_CSS = """
    HelpFooter FooterKey.-help {
        dock: right;
        padding-right: 1;
        border-left: vkey $foreground 20%;
    }
    """

    def __init__(self) -> None:
        super().__init__(show_command_palette=False)

    def compose(self) -> ComposeResult:
        for widget in super().compose():
            if isinstance(widget, FooterKey) and widget.key == HELP_KEY:
                widget.add_class("-help")
            yield widget

    async def recompose(self) -> None:
        await super().recompose()
        self.call_after_refresh(self._leave_out_cut_keys)

    def on_resize(self) -> None:
        """Every key again, then as many as fit: a wider terminal has room for more."""
        self.call_after_refresh(self.recompose)

    def _leave_out_cut_keys(self) -> None:
        """Hide the keys the help key would cover or the edge cut: at 60 columns the
        reader's footer ended in "⌫" without its "Back"."""
        room = self.content_region.width - sum(key.outer_size.width for key in self.query(".-help"))
        for key in self.query(FooterKey).exclude(".-help"):
            key.display = key.outer_size.width <= room
            if key.display:
                room -= key.outer_size.width


class HelpFind(Input):
    """The words to find a key by (``/`` in help); Escape shows every key again."""

    BINDINGS: ClassVar[list[BindingType]] = list(HELP_FIND)

    def action_close_find(self) -> None:
        self.value = ""
        screen = self.screen
        assert isinstance(screen, HelpScreen)
        screen.close_find()


class HelpText(VerticalScroll):
    """The list of keys, scrolled with the reader's keys (the arrows only, before)."""

    BINDINGS: ClassVar[list[BindingType]] = list(HELP_TEXT)

    action_line_down = VerticalScroll.action_scroll_down
    action_line_up = VerticalScroll.action_scroll_up
    action_top = VerticalScroll.action_scroll_home
    action_bottom = VerticalScroll.action_scroll_end


class HelpScreen(Screen[None]):
    """Every key, grouped by where it works.

    A full screen, as help is in less, rather than a modal one: a modal screen draws (and
    dims) the screen behind it on every frame, which doubled the time help took to open.
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
    }
    """

    def __init__(self, sections: Sequence[HelpSection]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        yield HelpFind(placeholder=_("Words of a key or of what it does"), id="help-find")
        with HelpText(id="help") as scroll:
            scroll.border_title = _("Keys (/ finds, Escape closes)")
            for section in self.sections:
                rows = [
                    (", ".join(map(self.app.get_key_display, keys)), keys[0].tooltip or what)
                    for keys, what in key_rows(section.bindings)
                ]
                if rows:
                    yield KeyTable(section.title, rows).add_class("section")
            yield Static(id="help-nothing", classes="section")

    def action_find(self) -> None:
        self.add_class("-finding")
        self.query_one(HelpFind).focus()

    def close_find(self) -> None:
        self.remove_class("-finding")
        self.query_one(HelpText).focus()

    @on(Input.Changed, "#help-find")
    def _find(self, event: Input.Changed) -> None:
        words = event.value.casefold().split()
        tables = list(self.query(KeyTable))
        for table in tables:
            table.show_only(words)
        nothing = self.query_one("#help-nothing", Static)
        nothing.display = not any(table.display for table in tables)
        nothing.update(nothing_matches(event.value) if nothing.display else "")
        self.query_one(HelpText).scroll_home(animate=False)

    @on(Input.Submitted, "#help-find")
    def _found(self) -> None:
        """Enter: back to scrolling the keys found (j, k, q are keys again)."""
        self.query_one(HelpText).focus()
