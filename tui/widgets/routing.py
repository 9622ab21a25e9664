"""What lets the screen route instead of doing: its panes found by id, commands the
screen's keys run on a pane wherever the focus is, and keys run in the order typed, held
for a pane still loading."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from textual import events
from textual._time import get_time
from textual.dom import DOMNode
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget

#: How long, in seconds, keys typed ahead wait at most for the pane they were typed for.
HOLD_LIMIT = 2.0

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


if TYPE_CHECKING:
    _Pane = Widget
else:  # a plain mixin: Textual merges a widget's CSS and component classes along its bases
    _Pane = object


class KeyHold:
    """A screen that holds the keys typed while the pane an action moves to is loading,
    and gives them to that pane once it has the focus, as ``less`` and w3m do with
    type-ahead: ``Enter j j`` sent at once in the entity sidebar moved the sidebar, as the
    entity view Enter opened took the focus only once loaded. The panes ask it first
    (``KeysInOrder``, the search bar).

    In a line being typed (the search bar) only the keys already on their way when the
    action ran wait (``musk`` Down j sent at once); a key typed since edits the line, as
    typing over a slow search always did, and the keys held go there before it. Keys wait
    ``HOLD_LIMIT`` seconds at most, should what they wait for never come."""

    _held: list[events.Key] | None = None
    #: When the keys began to be held (the clock of ``Message.time``).
    _hold_began = 0.0
    #: What the keys held wait for (the screen's request), if known yet.
    _holding_for: object | None = None
    _hold_limit: Timer | None = None

    def hold_keys(self, until: object | None = None) -> None:
        """Hold the keys from now until the answer to ``until`` (``answered``), or
        ``release_keys``; a pane's Enter holds them before the screen knows ``until``."""
        assert isinstance(self, Screen)
        if until is not None:
            self._holding_for = until
        if self._held is None:
            self._held = []
            self._hold_began = get_time()
            self._hold_limit = self.set_timer(HOLD_LIMIT, self.release_keys)

    def still_holding(self) -> bool:
        """Whether what the keys wait for may still come (a screen tells)."""
        return True

    def same(self, answer_to: object, waiting: object) -> bool:
        """Whether an answer to ``answer_to`` is the one the keys wait for (a screen tells
        when answers may come to a request other than as asked)."""
        return answer_to == waiting

    def holds(self, event: events.Key, editing: bool = False) -> bool:
        """Keep ``event`` for the pane it waits for, if keys are held; the keys held are
        given out, this one after them, once what they waited for will not come, or when
        it is typed since in a line being edited (``editing``)."""
        if self._held is None:
            return False
        typed_since = editing and event.time > self._hold_began
        if typed_since and not self._held:
            self.release_keys()
            return False
        self._held.append(retyped(event))
        if typed_since or not self.still_holding():
            self.release_keys()
        return True

    def answered(self, answer_to: object) -> None:
        """An answer (or a failure) to ``answer_to`` arrived: the keys held go out once the
        focus it moves has landed (``focus`` and ``call_after_refresh`` move it later), if
        they wait for it or for something since replaced, whose answer will not come."""
        assert isinstance(self, Screen)
        waiting = self._holding_for
        if waiting is not None and (self.same(answer_to, waiting) or not self.still_holding()):
            self._holding_for = None
            self.app.call_later(self.call_after_refresh, self.release_keys)

    def take_held(self) -> list[events.Key]:
        """Stop holding, and return the keys held, in order, for another screen to take
        (a dialog closing gives them to the screen under it)."""
        keys, self._held, self._holding_for = self._held or [], None, None
        if self._hold_limit is not None:
            self._hold_limit.stop()
            self._hold_limit = None
        return keys

    def release_keys(self) -> None:
        """Give the keys held, in order, to the widget with the focus now."""
        assert isinstance(self, Screen)
        give_keys(self, self.take_held())


class HeldUntilBuilt(KeyHold):
    """A screen that holds the keys typed before it is built (no widget has the focus
    until the first refresh after it is mounted: they came to the screen) and gives them
    to the widget focused then; its mount handler calls ``built`` after that refresh."""

    _building = True

    async def _on_key(self, event: events.Key) -> None:
        if self._building:
            self.hold_keys()
        if self.holds(event):
            event.stop()
            event.prevent_default()

    def built(self) -> None:
        self._building = False
        self.release_keys()


def give_keys(screen: Screen[Any], keys: list[events.Key]) -> None:
    """Give ``keys``, in order, to the widget with the focus on ``screen`` (or to it)."""
    for key in keys:
        (screen.focused or screen)._forward_event(key)


def retyped(event: events.Key) -> events.Key:
    """``event`` again, to pass on (the one passed was stopped), typed when it was."""
    again = events.Key(event.key, event.character)
    again.time = event.time
    return again


def hold_keys(widget: Widget) -> None:
    """Hold the keys typed from now for the pane ``widget`` is opening: its Enter posts a
    message the screen answers by loading it, after the keys already on their way."""
    screen = widget.screen
    if isinstance(screen, KeyHold):
        screen.hold_keys()


def held(widget: Widget, event: events.Key, editing: bool = False) -> bool:
    """Whether ``widget``'s screen holds ``event`` for a pane still loading (``KeyHold``);
    ``editing``: ``widget`` is a line being typed."""
    screen = widget.screen
    return isinstance(screen, KeyHold) and screen.holds(event, editing)


def passed_on(widget: Widget, event: events.Key) -> bool:
    """Give ``event`` to where the focus has gone since it was sent to ``widget``, if it
    has: Textual hands every key of a burst to the widget focused when it arrived, so the
    keys after one that moved the focus (``/`` in the reader, Escape in a line) went to the
    widget it moved from (Textual issue #6605)."""
    # On the screen on top: a key may have opened a dialog, or help, which holds the keys
    # typed while it is built, nothing focused yet (``?/page`` ran / first).
    app = widget.app
    top = app.screen
    building = isinstance(top, KeyHold) and top is not widget.screen
    target = app.focused or (top if building else None)
    if target is widget or target is None:
        return False
    target._forward_event(retyped(event))
    return True


class KeysInOrder(_Pane):
    """A pane that runs its keys as they come, and passes on the keys that come after one
    that moved the focus away: Textual hands every key of a burst to the widget focused
    when it arrived, and runs a bound key only once it has gone up to the app, so
    ``/musk`` sent in one go (tmux, a fast typist over SSH) gave "musk" to the reader, as
    its keys, and left the find bar empty (Textual issue #6605)."""

    async def _on_key(self, event: events.Key) -> None:
        if held(self, event) or passed_on(self, event):
            event.stop()
            event.prevent_default()
            return
        if await self.app._check_bindings(event.key):
            event.stop()
            event.prevent_default()
