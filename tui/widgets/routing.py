"""What lets the screen route instead of doing: its panes found by id, and commands the
screen's keys run on a pane wherever the focus is."""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from textual.dom import DOMNode
from textual.widget import Widget

W = TypeVar("W", bound=Widget)


class Child(Generic[W]):
    """An attribute naming a widget inside its owner by id (``screen.reader``)."""

    def __init__(self, selector: str, kind: type[W]) -> None:
        self.selector = selector
        self.kind = kind

    def __get__(self, owner: DOMNode, owner_type: object = None) -> W:
        return owner.query_one(self.selector, self.kind)


class Commands:
    """A pane whose methods named in ``COMMANDS`` the screen's keys run, as actions such
    as ``article('copy_quote')``: the key is bound once on the screen, so it works
    wherever the focus is, and the behaviour stays in the pane."""

    COMMANDS: ClassVar[frozenset[str]] = frozenset()

    def ready(self, command: str) -> bool:
        """Whether ``command`` has something to act on now: the palette offers only those
        that have (its Export said "Search first"), while their keys still say what to do
        first."""
        return True

    def run(self, command: str, *arguments: int) -> None:
        """Run one of ``COMMANDS`` (the key registry's actions name them)."""
        if command not in self.COMMANDS:
            raise ValueError(f"not a command of {type(self).__name__}: {command}")
        getattr(self, command)(*arguments)
