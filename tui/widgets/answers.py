"""The messages a pane's worker posts back to the screen (``post_message`` is thread-safe).

Every answer carries the ``Request`` it answers, so the screen drops outdated answers in
one handler; trouble is a notice for the user, already in the interface's language.
"""

from __future__ import annotations

from textual.message import Message
from textual.notifications import SeverityLevel
from warta.search.errors import WartaError
from warta.tui.i18n import _
from warta.tui.navigation import Request


class Answer(Message):
    """What a pane found for ``request``; shown only while the request is the latest."""

    def __init__(self, request: Request) -> None:
        super().__init__()
        self.request = request


class Failed(Answer):
    """Nothing came of ``request`` (its trouble was said as a notice): what waited for its
    answer, the keys typed ahead for it (``KeyHold``), waits no longer."""


class Notice(Message):
    """Something a pane's worker did, said to the user as a notice (by the app)."""

    def __init__(
        self, message: str, title: str = "", severity: SeverityLevel = "information"
    ) -> None:
        super().__init__()
        self.message = message
        self.title = title
        self.severity = severity


class Trouble(Notice):
    """Something a pane's worker could not do, said to the user as a notice."""

    def __init__(self, message: str, title: str = "", severity: SeverityLevel = "warning") -> None:
        super().__init__(message, title, severity)


def trouble(error: WartaError) -> Trouble:
    """A library error as a notice in the interface's language."""
    return Trouble(error.translated(_))


class Quote(Message):
    """A quotation with its citation, ready for the clipboard."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
