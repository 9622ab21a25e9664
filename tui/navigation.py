"""Back and forward, like a browser, over everything the user looked at.

Plain data, no Textual: the screen captures a ``Place`` when it shows something new and
puts one back when the user travels, and this class decides which place that is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal, NamedTuple

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
    #: The entity highlighted in the sidebar when the sidebar had the focus: back puts
    #: the focus there again, not in the reader.
    sidebar: str | None = None


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


Slot = Literal["search", "main"]


class Here(NamedTuple):
    """Where the reader is: the open article and its selected mention's field and raw
    offset ("" and -1 when none is selected)."""

    article: str
    field: str
    start: int


@dataclass(frozen=True)
class Request:
    """What the screen asked a pane for, carried to the pane's worker and back with its
    answer: which request it is, and what to do with the answer when it is still wanted."""

    #: Requests of one slot replace each other: the results list, or the main pane (the
    #: reader and the entity view take turns there).
    slot: Slot
    #: A new visit to record in the history; None for a preview or a place put back.
    origin: Origin | None = None
    focus: bool = False
    #: Search: the hit to highlight, and how many hits to fetch.
    highlight: str | None = None
    limit: int = 0
    #: Search: open the first hit once shown (Enter was typed before the search ended).
    read: bool = False
    #: Article: the mention to select (field, offset) or the place to put back.
    link: tuple[str, int] | None = None
    scroll_y: int | None = None
    mention: int | None = None
    #: Article: the sidebar's entity to highlight and focus, rather than the reader.
    sidebar: str | None = None
    #: Entity view: the option to highlight.
    option: int | None = None
    #: Given by ``Requests.ask``.
    number: int = 0


class Requests:
    """Numbers the requests; only the latest of each slot is answered on screen, so a
    slow search or article can never replace what the user asked for since."""

    def __init__(self) -> None:
        self._count = 0
        self._latest: dict[Slot, int] = {}

    def ask(self, request: Request) -> Request:
        """``request``, numbered: the answers to earlier ones of its slot no longer show."""
        self._count += 1
        self._latest[request.slot] = self._count
        return replace(request, number=self._count)

    def withdraw(self, slot: Slot) -> None:
        """Nothing asked of ``slot`` is wanted any more (a search the user stopped)."""
        self._count += 1
        self._latest[slot] = self._count

    def wanted(self, request: Request) -> bool:
        return self._latest.get(request.slot) == request.number


#: The parts of the screen a place is put back into, each loaded by its own pane.
Part = Literal["search", "article", "entity"]


class Navigator:
    """The screen's memory: the history of places, the requests still wanted, and which
    parts of a place put back from the history are still loading.

    It decides, and the screen does: ``arrive`` records a new visit around showing it,
    ``travel`` picks the place to go back or forward to, ``restore`` says what to ask for
    to put it back. Plain code, tested without Textual.
    """

    def __init__(self) -> None:
        self.history = History()
        self.requests = Requests()
        #: Parts of a place put back from the history that are still loading: until they
        #: arrive, the screen does not look like that place and is not captured as it.
        self._arriving: set[Part] = set()
        #: The shown search was submitted or its results entered: typing starts a new place.
        self.search_settled = False
        #: Where the reader was when the user set out to move in the article (``t``): the
        #: timeline's previews scroll the text on the way, so the place is taken before.
        self._jump_from: Place | None = None

    def ask(self, request: Request) -> Request:
        return self.requests.ask(request)

    def arrive(
        self,
        request: Request,
        part: Part,
        show: Callable[[], None],
        capture: Callable[[Origin], Place],
    ) -> None:
        """Show an answer (``show``): as a new visit when ``request`` was one, else in
        place. ``capture`` gives the place on screen, as a visit for the given origin."""
        if request.origin is None:
            show()
            self._arriving.discard(part)
            return
        current = self.history.current
        merge = (
            request.origin == "search"
            and current is not None
            and current.origin == "search"
            and not self.search_settled
        )
        now = capture(current.origin) if current and not self._arriving else None
        self._arriving.clear()
        show()
        self.search_settled = False
        self.history.leave(now, capture(request.origin), merge=merge)

    def set_out(self, place: Place) -> None:
        """The user starts to look for a spot in the open article (``place``): a spot read
        there (``jump``) is a visit from it."""
        self._jump_from = None if self._arriving else place

    def jump(self, to: Place) -> None:
        """A spot of the open article chosen to read (a timeline date read there) is a new
        visit, as a browser records an in-page anchor: Back returns to where the reader was
        when the user set out (``set_out``), not to the place before the article."""
        before, self._jump_from = self._jump_from, None
        current = self.history.current
        if current is None or self._arriving or to.article != current.article:
            return
        if before is not None and before.article != to.article:
            before = None  # set out from another article: the current place stays as it was
        self.history.leave(before, to)

    def travel(self, step: int, capture: Callable[[Origin], Place]) -> Place | None:
        """The place ``step`` back (-1) or forward (1), None at the end; the current place
        is remembered as it looks now (``capture``) unless it is still arriving."""
        current = self.history.current
        if current is not None and not self._arriving:
            self.history.update(capture(current.origin))
        return self.history.back() if step < 0 else self.history.forward()

    def restore(self, place: Place, shown_query: str) -> tuple[Request | None, Request | None]:
        """The requests (to number with ``ask``) that put ``place`` back, in place (no new
        visit): a search when its query is not the one shown, and its article or entity."""
        self._arriving = set()
        search = main = None
        if place.query != shown_query:
            self._arriving.add("search")
            search = Request("search", highlight=place.result)
        if place.entity is not None:
            self._arriving.add("entity")
            focus = place.origin == "entity"
            main = Request("main", focus=focus, option=place.entity_option)
        elif place.article is not None:
            self._arriving.add("article")
            focus = place.origin != "search" and place.sidebar is None
            main = Request(
                "main",
                focus=focus,
                scroll_y=place.scroll_y,
                mention=place.mention,
                sidebar=place.sidebar,
            )
        return search, main
