"""Back and forward, like a browser, over everything the user looked at.

Plain data, no Textual: the screen captures a ``Place`` when it shows something new and
puts one back when the user travels, and this class decides which place that is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Origin = Literal["search", "article", "entity"]

#: Places kept; the oldest go first, so hours of browsing cannot grow memory without end.
HISTORY_LIMIT = 200


@dataclass(frozen=True)
class Place:
    """One visited state of the main screen: enough to put everything back as it was."""

    #: What the visit was for, which decides where focus goes when coming back.
    origin: Origin
    query: str = ""
    result: str | None = None
    article: str | None = None
    scroll_y: int = 0
    mention: int | None = None
    entity: str | None = None
    entity_option: int | None = None


class History:
    """A list of places and a cursor; visiting after going back drops the forward places."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self._places: list[Place] = []
        self._index = -1
        self._limit = max(limit, 1)

    @property
    def current(self) -> Place | None:
        return self._places[self._index] if self._places else None

    @property
    def can_go_back(self) -> bool:
        return self._index > 0

    @property
    def can_go_forward(self) -> bool:
        return self._index < len(self._places) - 1

    def visit(self, place: Place) -> None:
        """Go somewhere new: the places ahead are dropped, the oldest beyond the limit too."""
        del self._places[self._index + 1 :]
        self._places.append(place)
        del self._places[: -self._limit]
        self._index = len(self._places) - 1

    def update(self, place: Place) -> None:
        """Remember how the current place looks now (scroll, selected mention, ...)."""
        if self._places:
            self._places[self._index] = place
        else:
            self.visit(place)

    def leave(self, now: Place | None, to: Place, merge: bool = False) -> None:
        """Go from the current place, which looks like ``now`` when leaving it, to ``to``.

        ``merge`` replaces the current place instead (the searches of one bout of typing
        are one visit); ``now`` is None when the current place is still arriving and so
        cannot be captured yet.
        """
        if merge and self._places:
            self.update(to)
            return
        if now is not None and self._places:
            self.update(now)
        self.visit(to)

    def back(self) -> Place | None:
        if not self.can_go_back:
            return None
        self._index -= 1
        return self._places[self._index]

    def forward(self) -> Place | None:
        if not self.can_go_forward:
            return None
        self._index += 1
        return self._places[self._index]
