"""The help screen, generated from the bindings so it can never fall out of date."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar, NamedTuple

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.i18n import _


class HelpSection(NamedTuple):
    """The keys that work in one part of the screen."""

    title: str
    bindings: Sequence[BindingType]


def key_rows(bindings: Iterable[BindingType]) -> list[tuple[list[Binding], str]]:
    """One row per action: every key bound to it, and its description.

    Bindings without a description (Textual's internal ones) are left out.
    """
    rows: dict[tuple[str, str], list[Binding]] = {}
    for binding in Binding.make_bindings(bindings):
        if binding.description and not binding.system:
            rows.setdefault((binding.action, binding.description), []).append(binding)
    return [(keys, description) for (_action, description), keys in rows.items()]


class HelpScreen(ModalScreen[None]):
    """Every key, grouped by where it works."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "dismiss", _("Close help")),
    ]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        #help {
            width: 80;
            max-width: 100%;
            height: 90%;
            border: round $primary;
            background: $surface;
            padding: 0 1;
        }
        .title { margin-top: 1; }
        .row { height: auto; }
        .keys { width: 16; }
        .what { width: 1fr; }
    }
    """

    def __init__(self, sections: Sequence[HelpSection]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help") as scroll:
            scroll.border_title = _("Keys (Escape closes)")
            for section in self.sections:
                rows = key_rows(section.bindings)
                if not rows:
                    continue
                yield Static(Content(section.title).stylize("bold underline"), classes="title")
                for keys, description in rows:
                    shown = ", ".join(self.app.get_key_display(binding) for binding in keys)
                    with Horizontal(classes="row"):
                        yield Static(Content(shown).stylize("bold"), classes="keys")
                        yield Static(Content(keys[0].tooltip or description), classes="what")
