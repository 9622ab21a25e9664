"""The one-line inputs: the search bar on top and the find bar under the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.geometry import Spacing
from textual.message import Message
from textual.reactive import reactive
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input, Label, Static
from warta.search.query import MAX_QUERY_CHARS
from warta.search.workspace import NOTE_LIMIT
from warta.tui.i18n import _
from warta.tui.keys import FIND_BAR, LINE_EDITING, SEARCH_BAR
from warta.tui.widgets.routing import held, passed_on

if TYPE_CHECKING:
    from textual.screen import Screen

#: Pause in typing, in seconds, before the query runs.
SEARCH_DELAY = 0.2
#: What the search bar holds: one character more than a query may have, so that a longer
#: paste still says "too long".
SEARCH_BAR_CHARS = MAX_QUERY_CHARS + 1
#: What every other line holds (the find bar, the prompts, the lists' filters): the longest
#: answer a prompt takes, a note, and one more, so that a longer note is still refused.
LINE_CHARS = NOTE_LIMIT + 1


def escape_then(event: events.Key) -> tuple[events.Key, events.Key] | None:
    """Escape and the key after it, when the terminal sent the two as one Alt key, as vim
    takes them: ESC and q that come together (typed at once, over SSH, from tmux) read as
    Alt+q, and help's find line typed the q instead of closing."""
    name, character = event.key, event.character
    if not name.startswith("alt+") or character is None or len(character) != 1:
        return None
    name = name.removeprefix("alt+")
    if name.startswith("shift+"):
        name = name.removeprefix("shift+").upper()
    keys = events.Key("escape", "\x1b"), events.Key(name, character)
    for key in keys:
        key.time = event.time
    return keys


class CappedInput(Input):
    """A line that holds at most ``max_length`` characters. Textual's parser turns a pasted
    text holding escape sequences into key presses: 100 KB of them, each inserted into an
    ever longer value (and, in the find bar, each searching the article), froze the explorer;
    past the cap, a key costs nothing."""

    BINDINGS: ClassVar[list[BindingType]] = list(LINE_EDITING)
    #: Maximized (from the palette) a line to type in fills the screen with nothing more.
    ALLOW_MAXIMIZE = False

    def __init__(
        self, value: str | None = None, *, max_length: int = LINE_CHARS, **options: Any
    ) -> None:
        super().__init__(value, max_length=max_length, **options)
        self.cap = max_length

    def replace(self, text: str, start: int, end: int) -> None:
        """Insert what fits (Textual would refuse a longer paste whole, and ring the bell
        for each key past it)."""
        kept = len(self.value) - (min(end, len(self.value)) - max(start, 0))
        super().replace(text[: max(self.cap - kept, 0)], start, end)

    async def _on_key(self, event: events.Key) -> None:
        """Run the line's own keys (Backspace, End, Ctrl+U, …) in the order they came.

        Textual inserts a typed character here, but runs a bound key only once its event
        has gone up to the app: keys that came in one burst (typed while the explorer was
        busy, sent by tmux or a macro) were applied out of order, and Ctrl+U then "gempa"
        left the search bar empty (Textual issue #6605). The keys after one that moved the
        focus away go where it went (``passed_on``): ``Escape q`` in help's find line typed
        the q.
        """
        if held(self, event, editing=True) or passed_on(self, event):
            event.stop()
            event.prevent_default()
            return
        split = escape_then(event)
        if split is not None and not await self.app._check_bindings(event.key):
            event.stop()
            event.prevent_default()
            for key in split:
                await self._on_key(key)
            return
        await super()._on_key(event)
        if event.is_printable or self.screen.focused is not self:
            return
        # The keymap applied, as the app sees it; Textual's own name for it, so a Textual
        # without it leaves the keys to the app, as before, instead of failing every key.
        chain = getattr(self.screen, "_modal_binding_chain", None)
        if not chain or chain[0][0] is not self:
            return
        for bound in chain[0][1].key_to_bindings.get(event.key, ()):
            if not bound.priority and await self.app.run_action(bound.action, self):
                event.stop()
                event.prevent_default()
                return
        # The screen's keys too (Ctrl+L, Escape, F2): "Ctrl+L jokowi" sent at once added
        # "jokowi" to the query, then selected the whole of it, and searched that.
        if await self.app._check_bindings(event.key):
            event.stop()
            event.prevent_default()


class SearchBar(CappedInput):
    """The query; changes search as you type, Enter moves to the results, Tab takes the
    "did you mean" query when one is shown (else Tab moves on, as everywhere)."""

    BINDINGS: ClassVar[list[BindingType]] = list(SEARCH_BAR)

    class Typed(Message):
        """The user paused typing on ``query``: time to search it."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class SuggestionAccepted(Message):
        """The user took the "did you mean" query: it has replaced the typed one."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    #: The "did you mean" query of the shown result; forgotten as soon as the text changes.
    suggestion: reactive[str | None] = reactive(None, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            placeholder=_('Search: words, "a phrase", title:word, entity:name …'),
            id=id,
            select_on_focus=False,
            max_length=SEARCH_BAR_CHARS,
        )
        self._typing: Timer | None = None
        self._set_to: str | None = None
        #: The query Enter or Down ran at once (``stop_typing``): its edits still on their
        #: way must not search it again.
        self._ran: str | None = None

    def set_query(self, query: str) -> None:
        """Put ``query`` in the bar without it counting as typing."""
        if self.value != query:
            self._set_to = query
            self.value = query
            self.cursor_position = len(query)

    @property
    def typing(self) -> bool:
        """Whether the text typed last waits for its pause: not searched yet."""
        return self._typing is not None

    def stop_typing(self) -> None:
        """Forget the pause being waited for: the query runs now (Enter, Down) or not at
        all."""
        self._cancel_pause()
        self._ran = self.value

    def _cancel_pause(self) -> None:
        if self._typing is not None:
            self._typing.stop()
            self._typing = None

    def _paused(self, query: str) -> None:
        self._typing = None
        self.post_message(self.Typed(query))

    def watch_suggestion(self) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Without a suggestion Tab is not this bar's: it falls through to focus the next pane.
        if action == "accept_suggestion":
            return self.suggestion is not None
        return super().check_action(action, parameters)

    def action_accept_suggestion(self) -> None:
        if self.suggestion is not None:
            query = self.suggestion
            self.set_query(query)
            self.post_message(self.SuggestionAccepted(query))
            self.suggestion = None

    @on(Input.Changed)
    def _edited(self, event: Input.Changed) -> None:
        """Forget the suggestion, which was for the old text; if the user typed, search
        after a pause. Only typing goes on to the screen (which stops the running search)."""
        if event.value == self._set_to:
            self.suggestion = None
            self._set_to = None
            event.stop()
            return
        if event.value != self.value or event.value == self._ran:
            # An edit the bar has moved on from, or the text Down has already searched:
            # "musk" and Down sent at once (tmux, a fast typist) went into the results,
            # then the edits of "m", "mu", ... came, stopped that search and ran another
            # that left the focus in the bar, where the next key typed.
            event.stop()
            return
        self.suggestion = None
        self._ran = None
        self._cancel_pause()
        query = event.value
        self._typing = self.set_timer(SEARCH_DELAY, lambda: self._paused(query))


def place_notices(screen: Screen[Any], under: Screen[Any] | None = None) -> None:
    """Notices on ``screen`` stand above the open timeline or find bar of ``under`` (the
    screen itself, or the one a dialog is over), over the article: at the foot they hid the
    timeline's last rows (where End puts the date selected) or the text typed to find, for
    five seconds. With neither open, they go back above the status line (app.tcss)."""
    from textual.widgets._toast import ToastRack

    bars = (under or screen).query(".-notices-above.-open")
    top = min((bar.region.y for bar in bars if bar.region), default=None)
    for rack in screen.query_children(ToastRack):
        if top is not None:
            above = Spacing(0, 0, screen.size.height - top, 0)
            if rack.styles.inline.margin != above:  # else each layout would lay out again
                rack.styles.margin = above
        elif rack.styles.inline.has_rule("margin"):
            rack.styles.clear_rule("margin")


class NoticesAbove(Widget):
    """A bar at the foot of the article (class ``-open`` while open) that the notices stand
    above (``place_notices``) while it is in view."""

    DEFAULT_CLASSES = "-notices-above"

    @on(events.Show)
    @on(events.Resize)
    def _notices_above(self) -> None:
        self.call_after_refresh(self._place_notices)

    @on(events.Hide)
    def _place_notices(self) -> None:
        if self.is_attached:
            place_notices(self.screen)


class FindBar(Horizontal, NoticesAbove):
    """Find in the article: typing marks matches; Enter goes back to reading, Escape clears.

    After Enter the bar stays in view, unfocused, as the legend of the marks n/N move
    through: what was searched and which match of how many is current (the reader's status
    line is too narrow to be sure of showing it). It goes with the marks: Escape in the bar
    or another article hides both.
    """

    BINDINGS: ClassVar[list[BindingType]] = list(FIND_BAR)

    DEFAULT_CSS = """
    FindBar {
        height: 1;
        display: none;
        &.-open { display: block; }
        Label { width: auto; padding: 0 1; }
        /* Input's own focus style draws a tall border, leaving no row for the text. */
        #find-input, #find-input:focus { width: 1fr; height: 1; border: none; padding: 0; }
        #find-count { width: auto; min-width: 12; padding: 0 1; }
    }
    """

    class Changed(Message):
        """The text to find changed."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class Closed(Message):
        """The bar closed: ``keep`` (after Enter) leaves the matches marked for n/N."""

        def __init__(self, keep: bool) -> None:
            super().__init__()
            self.keep = keep

    def compose(self) -> ComposeResult:
        yield Label(_("Find:"))
        yield CappedInput(id="find-input", select_on_focus=True)
        yield Static(id="find-count")

    @property
    def input(self) -> Input:
        return self.query_one("#find-input", Input)

    def open(self) -> None:
        """Show the bar with the last text selected, ready to type over; focused at once,
        not after the keys already typed (``focus`` waits for them)."""
        self.add_class("-open")
        self.screen.set_focus(self.input)

    def show(self, text: str) -> None:
        """Show the bar, unfocused, as the legend of ``text``'s marks."""
        with self.prevent(Input.Changed):
            self.input.value = text
        self.add_class("-open")

    def show_count(self, index: int | None, count: int) -> None:
        """``3/12`` for the current match, or how many there are."""
        if not self.input.value:
            text = ""
        elif count == 0:
            text = _("no matches")
        elif index is None:
            text = str(count)
        else:
            text = f"{index + 1}/{count}"
        self.query_one("#find-count", Static).update(Content(text))

    @on(Input.Changed, "#find-input")
    def _text_changed(self, event: Input.Changed) -> None:
        event.stop()
        if not event.value and not self.input.has_focus:
            self.remove_class("-open")  # the marks were cleared from the reader
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#find-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Closed(keep=True))

    def reset(self) -> None:
        """Hide and empty the bar, e.g. because another article opened."""
        with self.prevent(Input.Changed):
            self.input.value = ""
        self.show_count(None, 0)
        self.remove_class("-open")

    def action_close(self) -> None:
        self.reset()
        self.post_message(self.Closed(keep=False))
