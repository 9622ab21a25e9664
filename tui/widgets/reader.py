"""The reader: one article, its query matches and its entity mentions as links.

The widget wraps the text itself (``tui.text.wrap_lines``) instead of leaving it to a
``Static``, because following links needs to know which screen line holds a character:
to keep the current mention in view, and to scroll to find matches.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.binding import BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from warta.search.errors import WartaError
from warta.search.model import ENTITY_KINDS, Article, Mention
from warta.search.sanitize import web_address
from warta.tui.i18n import _, kind_name, ngettext
from warta.tui.keys import READER, binding, shown_key
from warta.tui.navigation import Here, Request
from warta.tui.outside import (
    CannotRun,
    Handover,
    edits_folder,
    for_editor,
    for_pager,
    hand_over,
    open_address,
)
from warta.tui.screens.workspace import ask_note, ask_tags
from warta.tui.text import (
    FittedLine,
    citation,
    join_parts,
    line_of,
    literal,
    quotation,
    show_date,
    show_number,
    wrap_lines,
)
from warta.tui.widgets.answers import Answer, Failed, Quote, Trouble, trouble
from warta.tui.widgets.document import Document, Link, build_document
from warta.tui.widgets.routing import KeysInOrder
from warta.tui.workspace import NOTE, STAR, Marks, WorkspaceThread, marks_of, toggle_star

if TYPE_CHECKING:
    from warta.search.query import MatchTerms
    from warta.search.service import SearchService

#: The widest a line of prose gets: long lines are hard to read on a wide screen.
MAX_LINE_CELLS = 96
#: The cells of the searched entity's name in the status line's "Enter: …" hint.
SEARCHED_NAME_CELLS = 18


def meta_line(article: Article, today: dt.date) -> str:
    """Source, byline, date and how long ago that was on a cleaned line; the web address
    on one of its own under it: longer than the reader is wide, it left "kumparan ·" alone
    above it."""
    parts = [literal(article.source), literal(article.byline), Content(show_date(article.date))]
    if article.date is not None:
        from warta.tui.formatting import relative_age
        from warta.tui.i18n import current_locale

        parts.append(Content(relative_age(article.date, today, current_locale())))
    # What reading left out (paragraphs of page furniture), in the interface's language.
    notices = [literal(notice.translated(_)) for notice in article.notices]
    lines = (join_parts(parts), join_parts([literal(article.url), *notices]))
    return "\n".join(line.plain for line in lines if line.plain)


def article_citation(article: Article) -> str:
    """How to cite an article: its cleaned writers, title, source, date and address. A
    title made of the first sentence (the file stated none) is cited as no title: quoted
    as one, that sentence cut off read as the article's title."""
    from warta.search.metadata import byline_authors

    return citation(
        _("[untitled]") if article.title_derived else literal(article.title).plain,
        literal(article.source).plain,
        show_date(article.date),
        literal(article.url).plain,
        literal(byline_authors(article.byline)).plain,
    )


@dataclass(frozen=True)
class ReaderPosition:
    """Where the reader is: enough to come back to the same place later."""

    scroll_y: int
    mention: int | None


class Reader(KeysInOrder, ScrollView, can_focus=True, inherit_bindings=False):
    """Shows a ``Document``; a cursor moves over its mentions, find marks its matches."""

    BINDINGS: ClassVar[list[BindingType]] = list(READER)

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--title",
        "reader--meta",
        "reader--match",
        "reader--mention",
        *(f"reader--{kind}" for kind in ENTITY_KINDS),
        "reader--same",
        "reader--current",
        "reader--find",
        "reader--find-current",
        "reader--spot",
        "reader--placeholder",
    }

    DEFAULT_CSS = """
    Reader {
        padding: 0 1;
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
        border-title-align: left;
    }
    /* The article's marks (star, tags) in a header line, only when it has some. */
    Reader.-marked {
        border-top: hkey $panel;
    }
    """

    class MarksRead(Message, bubble=False):
        """The marks of an article opened, read from the workspace."""

        def __init__(self, marks: Marks) -> None:
            super().__init__()
            self.marks = marks

    class MentionChanged(Message):
        """The current mention moved (``index`` is ``None`` when nothing is selected)."""

        def __init__(self, reader: Reader, index: int | None) -> None:
            super().__init__()
            self.reader = reader
            self.index = index

        @property
        def control(self) -> Reader:
            return self.reader

    class EntityExhausted(Message):
        """Asked for the next (``step`` 1) or previous (-1) mention of an entity past the
        last one in this article: the screen may continue in another article."""

        def __init__(self, reader: Reader, mention: Mention, step: int) -> None:
            super().__init__()
            self.reader = reader
            self.mention = mention
            self.step = step

        @property
        def control(self) -> Reader:
            return self.reader

    class FindChanged(Message):
        """The find matches or the current match changed."""

    class Loaded(Answer):
        """An article laid out for the reader, with its mentions; ``note`` says why it
        opened when the user did not choose it (following an entity into it)."""

        def __init__(
            self,
            request: Request,
            document: Document,
            mentions: list[Mention],
            note: str | None = None,
        ) -> None:
            super().__init__(request)
            self.document = document
            self.mentions = mentions
            self.note = note

    def __init__(
        self,
        service: SearchService,
        today: dt.date,
        workspace: WorkspaceThread,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.service = service
        self.workspace = workspace
        #: The open article's star and tags, once read from the workspace.
        self.marks: Marks | None = None
        #: What relative ages count from.
        self.today = today
        self.document: Document | None = None
        #: The last article loaded, by id and marked terms (see ``_fetch``).
        self._fetched: (
            tuple[tuple[str, MatchTerms | None], tuple[Document, list[Mention]]] | None
        ) = None
        #: Shown in the status line until the user moves on (see ``Loaded.note``).
        self.note: str | None = None
        self.placeholder = ""
        self.current: int | None = None
        self.find_text = ""
        #: What was found last: n and N find it again once its marks are gone (Escape, or
        #: another article), as less keeps its pattern.
        self.last_find = ""
        #: The match the user was on when its marks were cleared, unless a mention was
        #: selected since: c quotes it (marking it again), as n finds the same text again,
        #: rather than refusing or quoting a mention chosen before finding.
        self._left_match: tuple[int, int] | None = None
        #: A mention was selected since the user last went to a find match: c quotes it.
        self._mention_since_match = False
        self.find_matches: list[tuple[int, int]] = []
        self._find_ends: list[int] = []
        self.find_index: int | None = None
        #: A date or figure the user went to from the timeline or the sidebar, and what it
        #: is ("date 3 of 4"), for the status line.
        self.spot: tuple[int, int] | None = None
        self.spot_label = ""
        self._pending_scroll: int | None = None
        self._pending_offset: int | None = None
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self._line_styles: list[list[tuple[int, int, str]]] = []
        self._wrap_width = 0
        self._strips: dict[int, Strip] = {}

    # -- loading ---------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load(self, request: Request, article_id: str, terms: MatchTerms | None) -> None:
        """Load, mark and lay out an article off the UI thread; post it as ``Loaded``."""
        loaded = self._fetch(article_id, terms)
        self.post_message(self.Loaded(request, *loaded) if loaded else Failed(request))

    @work(thread=True, exclusive=True, group="load")
    def continue_entity(
        self, request: Request, mention: Mention, step: int, terms: MatchTerms | None
    ) -> None:
        """Past the last (``step`` 1) or first (-1) mention of an entity here: open the
        next or previous article that mentions it, at its first or last mention."""
        loaded = self._continued(request, mention, step, terms)
        self.post_message(loaded or Failed(request))

    def _continued(
        self, request: Request, mention: Mention, step: int, terms: MatchTerms | None
    ) -> Reader.Loaded | None:
        """(In a worker.) The next or previous article that mentions the entity, loaded; None
        when there is none or it could not be read (said as trouble)."""
        article_id = self.document.article.id if self.document else ""
        try:
            articles = self.service.articles_mentioning(mention.key)
            if not [article for article in articles if article != article_id]:
                name = literal(mention.name).plain
                self.post_message(Trouble(_("No other article mentions {name}.").format(name=name)))
                return None
            position = articles.index(article_id) if article_id in articles else -1
            target = articles[(position + step) % len(articles)]
            found = [m for m in self.service.article_mentions(target) if m.key == mention.key]
        except WartaError as error:
            self.post_message(trouble(error))
            return None
        loaded = self._fetch(target, terms) if found else None
        if loaded is None:
            return None
        chosen = found[0] if step > 0 else found[-1]
        if step > 0:
            note = _("continued in the next article that mentions it ({number} of {count})")
        else:
            note = _("continued in the previous article that mentions it ({number} of {count})")
        text = note.format(number=articles.index(target) + 1, count=len(articles))
        arrival = replace(request, link=(chosen.field, chosen.start))
        return self.Loaded(arrival, *loaded, note=text)

    def _fetch(
        self, article_id: str, terms: MatchTerms | None
    ) -> tuple[Document, list[Mention]] | None:
        """Load an article, mark the search's terms and lay it out (in a worker thread).

        The last article loaded is kept: opening the result just previewed reuses it.
        """
        cached = self._fetched
        try:
            if cached is None or cached[0] != (article_id, terms):
                article = self.service.article(article_id)
                if article is None:
                    gone = _("That article is no longer in the index; F5 updates it.")
                    self.post_message(Trouble(gone))
                    return None
                mentions = self.service.article_mentions(article_id)
                title_matches = self.service.match_spans(terms, article.title) if terms else []
                body_matches = self.service.match_spans(terms, article.body) if terms else []
                meta = meta_line(article, self.today)
                searched = terms.entities if terms is not None else ()
                document = build_document(
                    article, meta, mentions, title_matches, body_matches, searched
                )
                cached = (article_id, terms), (document, mentions)
                self._fetched = cached
            if self.service.source_changed(article_id):
                changed = _(
                    "This article's file changed or was deleted after indexing; F5 updates it."
                )
                self.post_message(Trouble(changed))
        except WartaError as error:
            self.post_message(trouble(error))
            return None
        document, mentions = cached[1]
        document.lines(self.text_width())  # laid out and folded here, not on the UI thread
        document.folded  # noqa: B018
        return document, mentions

    def forget(self) -> None:
        """Drop the kept article: the index changed."""
        self._fetched = None

    # -- content ---------------------------------------------------------------------------

    def show_document(
        self, document: Document, position: ReaderPosition | None = None, note: str | None = None
    ) -> None:
        """Show an article, at the start or back at a remembered position."""
        self.document = document
        self.note = note
        self.spot = None
        self._left_match = None
        self._mention_since_match = False
        self._set_matches(document.find(self.find_text))
        self.find_index = None
        mention = position.mention if position else None
        self.current = mention if mention is not None and mention < len(document.links) else None
        self._pending_scroll = position.scroll_y if position else 0
        self._pending_offset = None
        if self.size.width:
            self._apply_pending_scroll()
        self._changed()
        self.post_message(self.FindChanged())
        if self.marks is None or self.marks.article_id != document.article.id:
            self.show_marks(Marks(document.article.id))
            self._read_marks(document.article.id)

    def _apply_pending_scroll(self) -> None:
        """Lay out and scroll to the remembered line; only once the widget has its width
        (hidden, e.g. behind the entity view, it has none and lines would be wrong)."""
        self._relayout()
        if self._pending_scroll is not None:
            self.scroll_to(y=self._pending_scroll, animate=False, immediate=True)
            self._pending_scroll = None
        if self._pending_offset is not None:
            self._keep_in_view(self._pending_offset)
            self._pending_offset = None

    # -- the user's marks ------------------------------------------------------------------

    def on_mount(self) -> None:
        self.workspace.changed.subscribe(self, self.show_marks)

    @work(thread=True, group="marks")
    def _read_marks(self, article_id: str) -> None:
        """Post the article's marks; an unreadable workspace shows none (starring says
        why)."""
        try:
            marks = self.workspace.call(lambda workspace: marks_of(workspace, article_id))
        except WartaError:
            return
        self.post_message(self.MarksRead(marks))

    @on(MarksRead)
    def _marks_read(self, event: MarksRead) -> None:
        self.show_marks(event.marks)

    def show_marks(self, marks: Marks) -> None:
        """Show ``marks`` in the header line, if they are the open article's."""
        if self.document is None or marks.article_id != self.document.article.id:
            return
        self.marks = marks
        parts = [Content.styled(STAR, "bold $text-warning")] if marks.starred else []
        if marks.tags:
            parts.append(literal(" ".join(f"#{tag}" for tag in marks.tags)))
        if marks.note:
            parts.append(literal(f"{NOTE} {marks.note}"))
        self.set_class(bool(parts), "-marked")
        self.border_title = join_parts(parts) if parts else None

    def open_document(self, shown: bool = True) -> Document | None:
        """The open article's document when the reader is ``shown`` (not under the entity
        view); None after saying to open one first."""
        document = self.document if shown else None
        if document is None:
            self.notify(_("Open an article first."))
        return document

    #: The reader's keys that need an article: without one they are left out of the footer
    #: (they only said to open one), Tab moving focus on as elsewhere.
    NEED_AN_ARTICLE: ClassVar[frozenset[str]] = frozenset(
        {"next_mention", "previous_mention", "next_same", "previous_same"}
    )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.NEED_AN_ARTICLE:
            return self.document is not None
        return super().check_action(action, parameters)

    def action_toggle_star(self) -> None:
        document = self.open_document()
        if document is not None:
            article_id = document.article.id
            self.workspace.change(self, lambda workspace: toggle_star(workspace, article_id))

    def action_edit_tags(self) -> None:
        document = self.open_document()
        if document is not None:
            ask_tags(self, self.workspace, document.article.id, document.article.title)

    def action_edit_note(self) -> None:
        document = self.open_document()
        if document is not None:
            ask_note(self, self.workspace, document.article.id, document.article.title)

    def show_placeholder(self, message: str) -> None:
        """Show a line of help instead of an article (e.g. before anything is opened)."""
        self.document = None
        self.marks = None
        self.set_class(False, "-marked")
        self.border_title = None
        self.note = None
        self.placeholder = message
        self.current = None
        self._set_matches([])
        self.find_index = None
        self._pending_scroll = 0
        if self.size.width:
            self._apply_pending_scroll()
        self._changed()

    @property
    def position(self) -> ReaderPosition:
        """Where the reader is, or will be once laid out."""
        scroll_y = self._pending_scroll
        return ReaderPosition(round(self.scroll_y) if scroll_y is None else scroll_y, self.current)

    @property
    def here(self) -> Here | None:
        """The open article and its selected mention: the entity view opens there."""
        if self.document is None:
            return None
        link = self.current_link
        spot = (link.mention.field, link.mention.start) if link else ("", -1)
        return Here(self.document.article.id, *spot)

    @property
    def current_link(self) -> Link | None:
        if self.document is None or self.current is None:
            return None
        return self.document.links[self.current]

    def status_line(self) -> FittedLine:
        """The line under the reader: what ``c`` quotes, the find match or the current
        mention (its name cut first when the line is short), then the note, or how many
        mentions there are. Not the find count: the
        find bar, shown with the marks, says it (twice, it cut the line at 80 columns)."""
        document = self.document
        if document is None:
            return FittedLine()
        note = Content(self.note or "").stylize("bold")
        match = self.quoted_match
        if match is not None:  # what c quotes, rather than a mention selected before
            key = shown_key(self.app, binding("warta.screen.quote"))
            found = literal(f"“{document.plain[slice(*match)]}”", "bold")
            says = (_("(match) {key} quotes its sentence").format(key=key), _("(match)"))
            return FittedLine(found, tuple(Content(f" {form}") for form in says), note)
        link = self.current_link
        if link is not None and self.current is not None:
            same = document.links_of(link.mention.key)
            number, total = same.index(self.current) + 1, len(same)
            where = _("{number} of {count} here").format(number=number, count=total)
            kind = kind_name(link.mention.kind)
            forms = (f" ({kind}) {where}", f" {where}", f" {number}/{total}")
            name = literal(link.mention.name, "bold")
            return FittedLine(name, tuple(map(Content, forms)), note)
        hints = (_("Tab or ] selects the next"), _("Tab: next")) if document.links else ()
        if self.spot is not None:  # where the timeline or a figure brought the reader
            spot = literal(document.plain[slice(*self.spot)], "bold")
            said = (f" ({self.spot_label})", "") if self.spot_label else ()
            return FittedLine(spot, tuple(map(Content, said)), note, tuple(map(Content, hints)))
        count = ngettext("{count} mention", "{count} mentions", len(document.links))
        fixed = Content(count.format(count=show_number(len(document.links))))
        return FittedLine(fixed=(fixed,), more=note, hint=self._searched_hints(hints))

    def _searched_hints(self, hints: tuple[str, ...]) -> tuple[Content, ...]:
        """``hints``, and on an ``entity:`` search what Enter opens: the line said only
        "Tab selects the next", and nothing told that Enter lists the entity searched."""
        document = self.document
        if document is None or not document.searched:
            return tuple(map(Content, hints))
        first = document.links[document.links_of(document.searched[0])[0]]
        name = literal(first.mention.name).truncate(SEARCHED_NAME_CELLS, ellipsis=True).plain
        opens = (
            _("Enter: every mention of {name}").format(name=name),
            _("Enter: {name}").format(name=name),
        )
        # Longest first (FittedLine shows the first that fits), Tab kept before the rest.
        both = [join_parts([Content(hint), Content(enter)]) for enter in opens for hint in hints]
        return (*both, *map(Content, opens))

    # -- quoting, citing, other programs ---------------------------------------------------

    def copy_quote(self) -> None:
        """Post the sentence of the current find match or mention, with its citation; after
        Escape cleared the marks, of the match the user was on (marked again, to show it)
        unless a mention was selected since."""
        if self.find_span is None and (left := self.quoted_match) is not None:
            self.find(self.last_find)
            if left in self.find_matches:
                self._go_to_match(self.find_matches.index(left))
        span = self.quote_span()
        if self.document is None or span is None:
            if self.has_focus:
                self.notify(_("Select a mention (Tab) or find text (/) to quote its sentence."))
            else:  # in the results or the sidebar, Tab moves on and / searches
                self.notify(
                    _("In the reader, select a mention (Tab) or find text (/) to quote it.")
                )
            return
        sentence = self.document.sentence(*span)
        if not sentence.strip():  # a find match in the line of source, byline and address
            self.notify(
                _("That match is in the article's details, not its text: C copies its citation.")
            )
            return
        cited = article_citation(self.document.article)
        self.post_message(Quote(quotation(sentence, cited)))

    def copy_citation(self) -> None:
        if self.document is None:
            return
        self.app.copy_to_clipboard(article_citation(self.document.article))
        self.notify(
            _("Citation copied to the clipboard (OSC 52: works over SSH if the terminal allows)."),
            markup=False,
        )

    def hand_over(self, configured: list[str | None], default: str, edit: bool = False) -> None:
        """Give the cleaned article to the pager, or with ``edit`` to the editor; come back
        to the same place."""
        document = self.document
        if document is None:
            return

        def handover() -> Handover:
            if edit:
                return for_editor(document.article, document.plain, edits_folder())
            return for_pager(document.plain, self.app.size.width - 1)  # not to the last cell

        try:
            saved = hand_over(self.app, handover, configured, default)
        except CannotRun as error:
            self.post_message(Trouble(error.message()))
            return
        if saved is not None:
            self.notify(saved, markup=False)

    def open_address(self, opener: str | None = None) -> None:
        """Open the article's web address with ``opener`` (the setting), else the system's
        browser; without an opener (a server over SSH), copy it to the clipboard instead."""
        address = web_address(self.document.article.url) if self.document else None
        if address is None:
            self.notify(_("This article has no web address."))
        elif open_address(address, opener):
            self.notify(_("Opening {address}").format(address=literal(address).plain), markup=False)
        else:
            self.app.copy_to_clipboard(address)
            self.notify(_("No program opens web addresses here; the address is copied."))

    # -- mentions --------------------------------------------------------------------------

    def select(self, index: int | None) -> None:
        """Make link ``index`` the current mention and scroll it into view."""
        if self.document is None:
            return
        if index is not None and not 0 <= index < len(self.document.links):
            return
        self.current = index
        if index is not None:
            self._left_match = None  # the mention is what the user points at now
            self._mention_since_match = True
            self._keep_in_view(self.document.links[index].start)
        self._changed()

    def action_next_mention(self) -> None:
        self.step_mention(1)

    def action_previous_mention(self) -> None:
        self.step_mention(-1)

    def step_mention(self, step: int) -> None:
        self.note = None  # the user moved on from where following an entity brought them
        document = self.open_document()
        if document is None:
            return
        if not document.links:
            self.notify(_("No entity mentions in this article."), severity="warning")
        elif self.current is None:
            self.select(self._first_visible_link() if step > 0 else self._last_link_before())
        else:
            self.select((self.current + step) % len(document.links))

    def _first_visible_link(self) -> int:
        """The first link on or below the top screen line: Tab starts where the eye is."""
        assert self.document is not None
        top = self._top_offset()
        for index, link in enumerate(self.document.links):
            if link.start >= top:
                return index
        return 0

    def _last_link_before(self) -> int:
        """The last link before the date or figure marked (Shift+Tab from the timeline
        goes back from it), else the article's last."""
        assert self.document is not None
        links = self.document.links
        if self.spot is not None:
            for index in range(len(links) - 1, -1, -1):
                if links[index].start < self.spot[0]:
                    return index
        return len(links) - 1

    def action_next_same(self) -> None:
        self.step_same(1)

    def action_previous_same(self) -> None:
        self.step_same(-1)

    def step_same(self, step: int, wrap: bool = False) -> None:
        """Next/previous mention of the current entity; past the end, tell the screen."""
        self.note = None
        link = self.current_link
        if link is None or self.document is None:
            self.step_mention(step)
            return
        same = self.document.links_of(link.mention.key)
        position = same.index(self.current) + step if self.current in same else 0
        if 0 <= position < len(same):
            self.select(same[position])
        elif wrap:
            self.select(same[position % len(same)])
        else:
            self.post_message(self.EntityExhausted(self, link.mention, step))

    def select_entity(self, key: str, onward: bool) -> None:
        """Jump to the first mention of ``key``; ``onward`` from one of its mentions, to
        its next one (round to the first after the last)."""
        if self.document is None:
            return
        link = self.current_link
        if link is not None and link.mention.key == key:
            if onward:
                self.step_same(1, wrap=True)
            return
        same = self.document.links_of(key)
        if same:
            self.select(same[0])

    def show_spot(self, start: int, end: int, label: str = "") -> None:
        """Mark ``start:end`` (a date or a figure, said to be ``label``) and scroll it into
        view. The mention selected before is no longer: the status line kept naming it
        (and Enter and c used it) once the text had scrolled to the date read there."""
        self.spot = (start, end)
        self.spot_label = label
        self.current = None
        self._keep_in_view(start)
        self._changed()

    def clear_spot(self, spot: tuple[int, int]) -> None:
        """Unmark ``spot`` if it is still the one marked (the timeline's date, once the
        timeline closed: the mark and "date 2 of 4" stayed under the article)."""
        if self.spot == spot:
            self.spot = None
            self.spot_label = ""
            self._changed()

    # -- find ------------------------------------------------------------------------------

    def find(self, text: str) -> None:
        """Mark every case-insensitive occurrence of ``text``; go to the first one in view."""
        self._left_match = None if text else self.find_span or self._left_match
        self.find_text = text
        self.last_find = text or self.last_find
        self._set_matches(self.document.find(text) if self.document else [])
        self.find_index = None
        if self.find_matches:
            top = self._top_offset()
            following = [i for i, (start, _end) in enumerate(self.find_matches) if start >= top]
            self._go_to_match(following[0] if following else 0)
        self._invalidate()
        self.post_message(self.FindChanged())

    def _set_matches(self, matches: list[tuple[int, int]]) -> None:
        """Matches come in text order and do not overlap, so their ends are sorted too."""
        self.find_matches = matches
        self._find_ends = [end for _start, end in matches]

    def action_find_next(self) -> None:
        self._step_match(1)

    def action_find_previous(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        if self.open_document() is None:  # "Press / to find": / there searches instead
            return
        if not self.find_text and self.last_find:
            self.find(self.last_find)  # at the first match in view
            if self.find_matches:
                return
        if not self.find_text and self._step_search_match(step):
            return
        if not self.find_matches:
            message = _("Press / to find text in the article.")
            if self.find_text:
                message = _("No matches.")
            self.notify(message, severity="warning")
            return
        current = self.find_index if self.find_index is not None else -step
        self._go_to_match((current + step) % len(self.find_matches))
        self.post_message(self.FindChanged())

    def _step_search_match(self, step: int) -> bool:
        """``n`` and ``N`` before any find: on to the next (``step`` 1) or previous of the
        search's words marked in the text, as ``less -p`` goes on from its pattern (they
        said "Press / to find text", the words searched for marked lower down, out of
        view). False when the article has none."""
        if self.document is None:
            return False
        matches = [(start, end) for start, end, kind in self.document.styles if kind == "match"]
        if not matches:
            return False
        if self.spot in matches:
            index = (matches.index(self.spot) + step) % len(matches)
        else:
            top = self._top_offset()
            after = [i for i, (start, _end) in enumerate(matches) if start >= top]
            before = [i for i, (start, _end) in enumerate(matches) if start < top]
            if step > 0:
                index = after[0] if after else 0
            else:
                index = before[-1] if before else len(matches) - 1
        self.show_spot(*matches[index], _("search match"))
        return True

    def _go_to_match(self, index: int) -> None:
        self._mention_since_match = False
        self.find_index = index
        self._keep_in_view(self.find_matches[index][0])
        self._invalidate()

    @property
    def find_span(self) -> tuple[int, int] | None:
        if self.find_index is None:
            return None
        return self.find_matches[self.find_index]

    @property
    def quoted_match(self) -> tuple[int, int] | None:
        """The find match "copy quote" quotes: the current one, else the one the user was
        on when Escape cleared the marks; none once a mention was selected since (Tab
        with the marks on quoted the match still, while the line named the mention)."""
        if self._mention_since_match:
            return None
        return self.find_span or self._left_match

    def quote_span(self) -> tuple[int, int] | None:
        """What "copy quote" quotes: the find match (``quoted_match``), else the current
        mention, else the date or figure the reader was taken to."""
        if (match := self.quoted_match) is not None:
            return match
        link = self.current_link
        return (link.start, link.end) if link else self.spot

    # -- scrolling -------------------------------------------------------------------------

    def action_line_down(self) -> None:
        self.scroll_to(y=self.scroll_y + 1, animate=False)

    def action_line_up(self) -> None:
        self.scroll_to(y=self.scroll_y - 1, animate=False)

    def action_page_down(self) -> None:
        self.scroll_to(y=self.scroll_y + max(self.size.height - 1, 1), animate=False)

    def action_page_up(self) -> None:
        self.scroll_to(y=self.scroll_y - max(self.size.height - 1, 1), animate=False)

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False)

    def _keep_in_view(self, offset: int) -> None:
        """Scroll so the line of ``offset`` shows with a line above it, a third of the way
        down when it was out: a match left on the top line was cut from what leads to it."""
        if self._pending_scroll is not None:
            self._pending_offset = offset
            return
        line = line_of(self._line_starts, offset)
        height = max(self.scrollable_content_region.height, 1)
        top = round(self.scroll_y)
        lowest = top + 1 if top else 0  # the top line is the article's first
        if not lowest <= line < top + height:
            self.scroll_to(y=max(line - height // 3, 0), animate=False, immediate=True)

    def _top_offset(self) -> int:
        """The document offset at the start of the top screen line."""
        if not self._lines:
            return 0
        return self._lines[min(round(self.scroll_y), len(self._lines) - 1)][0]

    def line_of_offset(self, offset: int) -> int:
        """The display line of a character offset of the document."""
        return line_of(self._line_starts, offset)

    # -- layout and rendering --------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        if self._pending_scroll is not None and self.size.width:
            self._apply_pending_scroll()
        elif self.text_width() != self._wrap_width:
            anchor = self._top_offset()
            self._relayout()
            self.scroll_to(y=self.line_of_offset(anchor), animate=False, immediate=True)

    def text_width(self) -> int:
        """The width lines are wrapped at (workers lay documents out at it in advance)."""
        return max(min(self.scrollable_content_region.width, MAX_LINE_CELLS), 10)

    def _relayout(self) -> None:
        self._wrap_width = self.text_width()
        if self.document is None:
            self._lines = wrap_lines(self.placeholder, self._wrap_width)
        else:
            self._lines = self.document.lines(self._wrap_width)
        self._line_starts = [start for start, _end in self._lines]
        self._line_styles = [[] for _line in self._lines]
        for span in self.document.styles if self.document else ():
            last = self.line_of_offset(max(span[1] - 1, span[0]))
            for line in range(self.line_of_offset(span[0]), last + 1):
                self._line_styles[line].append(span)
        self.virtual_size = Size(self._wrap_width, len(self._lines))
        self._invalidate()

    def _changed(self) -> None:
        self._invalidate()
        self.post_message(self.MentionChanged(self, self.current))

    def _invalidate(self) -> None:
        self._strips.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        """Theme changes alter the component styles the cached lines were drawn with."""
        super().notify_style_update()
        self._strips.clear()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        strip = self._strips.get(index)
        if strip is None:
            strip = self._render_text_line(index)
            self._strips[index] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, self.rich_style)

    def _render_text_line(self, index: int) -> Strip:
        start, end = self._lines[index]
        if self.document is None:
            text = Text(self.placeholder[start:end], style=self._style("placeholder"))
        else:
            text = Text(self.document.plain[start:end])
            for span_start, span_end, role in self._spans(index):
                text.stylize(self._style(role), span_start - start, span_end - start)
        segments = Segment.apply_style(text.render(self.app.console), self.rich_style)
        return Strip(list(segments))

    def _spans(self, index: int) -> list[tuple[int, int, str]]:
        """Styled spans on display line ``index``, weakest first so the strongest wins.

        Looked up through per-line and sorted indexes, so a long article with thousands
        of marks redraws a screenful without scanning all of them.
        """
        assert self.document is not None
        start, end = self._lines[index]
        spans = list(self._line_styles[index])
        link = self.current_link
        if link is not None:
            for same in self.document.links_within(link.mention.key, start, end):
                spans.append((same.start, same.end, "same"))
            spans.append((link.start, link.end, "current"))
        if self.spot is not None:
            spans.append((*self.spot, "spot"))
        first = bisect.bisect_right(self._find_ends, start)
        for number in range(first, len(self.find_matches)):
            match_start, match_end = self.find_matches[number]
            if match_start >= end:
                break
            role = "find-current" if number == self.find_index else "find"
            spans.append((match_start, match_end, role))
        return [(max(s, start), min(e, end), role) for s, e, role in spans if s < end and e > start]

    def _style(self, role: str) -> Style:
        name = f"reader--{role}"
        if name not in self.COMPONENT_CLASSES:
            name = "reader--mention"
        return self.get_component_rich_style(name, partial=True)

    def on_click(self, event: events.Click) -> None:
        """Clicking a mention selects it, as Tab would."""
        inside = event.get_content_offset(self)
        if self.document is None or inside is None:
            return
        line = round(self.scroll_y) + inside.y
        if not 0 <= line < len(self._lines):
            return
        start, end = self._lines[line]
        offset = start + inside.x + round(self.scroll_x)
        for index, link in enumerate(self.document.links):
            if link.start <= offset < link.end and offset < end:
                self.select(index)
                return
