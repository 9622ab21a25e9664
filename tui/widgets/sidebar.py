"""The entity sidebar: the open article's entities, grouped by kind, with mention counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist
from warta.search.model import ENTITY_KINDS, Mention
from warta.tui.i18n import _
from warta.tui.keys import SIDEBAR
from warta.tui.text import INDENT, Hanging, KeptTail, literal, show_number
from warta.tui.widgets.document import Document
from warta.tui.widgets.figures import figure_index, figure_options
from warta.tui.widgets.routing import KeysInOrder


def kind_label(kind: str) -> str:
    """The heading for one kind of entity."""
    labels = {
        "person": _("People"),
        "organisation": _("Organisations"),
        "place": _("Places"),
        "product": _("Products"),
    }
    return labels.get(kind, kind.title())


def entity_rows(mentions: Sequence[Mention]) -> list[tuple[str, list[tuple[str, str, int]]]]:
    """``[(kind, [(key, name, count), ...]), ...]``: kinds in the usual order, then most
    mentioned first, then by name."""
    counts = Counter(mention.key for mention in mentions)
    first = {mention.key: mention for mention in reversed(mentions)}
    kinds = [kind for kind in ENTITY_KINDS if any(m.kind == kind for m in first.values())]
    kinds += sorted({m.kind for m in first.values()} - set(ENTITY_KINDS))
    return [
        (
            kind,
            sorted(
                ((key, m.name, counts[key]) for key, m in first.items() if m.kind == kind),
                key=lambda row: (-row[2], row[1].casefold()),
            ),
        )
        for kind in kinds
    ]


def entity_row(name: str, count: int) -> Hanging:
    """An entity's name and count: a long name wraps under its first line, the count kept
    with its last word (a count or half a name on a line of its own read as an entity)."""
    shown = literal(name)
    row = Content.assemble(shown, " ", Content(show_number(count)).stylize("dim"))
    return Hanging((Content(""), KeptTail(row, len(shown.plain))), hang=INDENT.cell_length)


class EntitySidebar(KeysInOrder, OptionList, inherit_bindings=False):
    """Moving onto an entity jumps the reader to its first mention, Space to its next one;
    Enter opens its entity view. Below the entities, the article's figures: moving onto
    one shows it in the reader."""

    BINDINGS: ClassVar[list[BindingType]] = list(SIDEBAR)

    class Jump(Message):
        """Select a mention of entity ``key`` in the reader: its first, or (``onward``)
        the one after the current."""

        def __init__(self, key: str, onward: bool) -> None:
            super().__init__()
            self.key = key
            self.onward = onward

    class Figure(Message):
        """Show the figure at ``start:end`` of the open document in the reader."""

        def __init__(self, start: int, end: int) -> None:
            super().__init__()
            self.start = start
            self.end = end

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document: Document | None = None

    def show_mentions(self, mentions: Sequence[Mention], document: Document | None = None) -> None:
        """List the entities of ``mentions``, then the figures of ``document``."""
        self.document = document
        options: list[Option] = []
        for kind, rows in entity_rows(mentions):
            options.append(Option(Content(kind_label(kind)).stylize("bold"), disabled=True))
            for key, name, count in rows:
                options.append(Option(entity_row(name, count), id=key))
        self.set_options(options + (figure_options(document) if document else []))

    @property
    def highlighted_key(self) -> str | None:
        if self.highlighted is None:
            return None
        key = self.get_option_at_index(self.highlighted).id
        return None if figure_index(key) is not None else key

    def highlight_key(self, key: str | None) -> None:
        """Follow the reader: highlight the entity of the current mention."""
        if key is None:
            return
        try:
            index = self.get_option_index(key)
        except OptionDoesNotExist:
            return
        with self.prevent(OptionList.OptionHighlighted):
            self.highlighted = index

    def on_focus(self) -> None:
        """Focused with nothing highlighted (F4 before any mention was selected): the first
        entity is, so that Enter opens it rather than asking for a mention. The reader
        stays where it is until the cursor moves."""
        if self.highlighted is None:
            first = next((i for i, o in enumerate(self.options) if not o.disabled), None)
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = first

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Space only with entities listed: before any article the footer offered it.
        if action == "next_mention":
            return bool(self.option_count)
        return super().check_action(action, parameters)

    def action_next_mention(self) -> None:
        key = self.highlighted_key
        if key is not None:
            self.post_message(self.Jump(key, onward=True))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        figure = figure_index(event.option.id)
        if figure is not None and self.document is not None:
            amount = self.document.amounts[figure]
            self.post_message(self.Figure(amount.start, amount.end))
        elif event.option.id is not None:
            self.post_message(self.Jump(event.option.id, onward=False))
