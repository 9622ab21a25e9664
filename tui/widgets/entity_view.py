"""The entity view: who or what an entity is, and every mention of it in context."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from warta.search.errors import WartaError
from warta.search.model import Entity, MentionInContext
from warta.search.query import text_window
from warta.search.sanitize import clean_line
from warta.tui.i18n import _, kind_name, ngettext
from warta.tui.keys import ENTITY_VIEW, MENTION_LIST
from warta.tui.navigation import Here, Request
from warta.tui.screens.workspace import ask_note, ask_tags
from warta.tui.text import (
    INDENT,
    Hanging,
    KeptTail,
    Sentences,
    join_parts,
    literal,
    marked,
    quotation,
    show_date,
    show_number,
    titled,
)
from warta.tui.widgets.answers import Answer, Failed, Quote, Trouble, trouble
from warta.tui.widgets.routing import KeysInOrder, hold_keys
from warta.tui.widgets.timeline import MentionDate, chronological, mention_dates, show_period
from warta.tui.workspace import toggle_star

if TYPE_CHECKING:
    from warta.search.service import SearchService
    from warta.tui.workspace import Marks, WorkspaceThread

#: Characters of context kept before a mention, so the mention starts near the left edge.
LEFT_CONTEXT = 36
#: The entity view lists at most this many mentions (its header says how many there are).
MENTION_LIMIT = 1000


def entity_header(entity: Entity, shown: int) -> Content:
    """Name and kind, aliases, how often the corpus mentions the entity and how many of
    those mentions are listed."""
    name = literal(entity.name, "bold")
    lines = [join_parts([name, Content(kind_name(entity.kind))])]
    if entity.aliases:
        aliases = Content(", ").join(literal(alias) for alias in entity.aliases)
        lines.append(Content.assemble(Content(_("Also: ")).stylize("dim"), aliases))
    counts = ngettext("{mentions} mention", "{mentions} mentions", entity.mentions).format(
        mentions=show_number(entity.mentions)
    )
    articles = ngettext("in {articles} article", "in {articles} articles", entity.articles).format(
        articles=show_number(entity.articles)
    )
    summary = f"{counts} {articles}"
    if shown < entity.mentions:
        summary += " · " + _("the first {shown} listed").format(shown=show_number(shown))
    lines.append(Content(summary).stylize("dim"))
    return Content("\n").join(lines)


def kwic_prompt(mention: MentionInContext) -> Content:
    """One keyword-in-context line, trimmed on the left so the mention stands near the start."""
    start, end = mention.context_start, mention.context_end
    context = mention.context
    line = text_window(
        context, max(start - LEFT_CONTEXT, 0), len(context), [(start, end)], (start, end)
    )
    return marked(line.text, line.marks, "reverse bold")


def mention_option(mention: MentionInContext, index: int, head: Content = INDENT) -> Option:
    """Mention ``index``'s line in the list, after ``head`` (an indent, or its date)."""
    return Option(Hanging((head, kwic_prompt(mention))), id=str(index))


def article_heading(mention: MentionInContext, count: int) -> KeptTail:
    """The heading above one article's mentions: title, date and the number of mentions
    ("(1)" alone on a line read as a row)."""
    title = literal(mention.title or _("(untitled)"), "bold")
    return titled(title, [Content(show_date(mention.date)), Content(f"({count})").stylize("dim")])


class MentionList(KeysInOrder, OptionList, inherit_bindings=False):
    """The keyword-in-context lines; Enter chooses one."""

    BINDINGS: ClassVar[list[BindingType]] = list(MENTION_LIST)

    def action_first(self) -> None:
        """The first mention, with the top of the list: the first article's heading (or
        the by-date legend) above it stayed out of view when the list was scrolled."""
        super().action_first()
        self.scroll_home(animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        """The next mention; past the last one the list wraps to the first, with the top of
        the list as ``g`` shows it (the first article's heading stayed out of view)."""
        before = self.highlighted
        super().action_cursor_down()
        if before is not None and self.highlighted is not None and self.highlighted < before:
            self.scroll_home(animate=False, immediate=True)

    def action_select(self) -> None:
        """Open the article at the highlighted mention; the keys typed after Enter move in
        it."""
        option = self.highlighted_option
        if option is not None and not option.disabled and option.id is not None:
            hold_keys(self)
        super().action_select()


def dated_options(
    mentions: Sequence[MentionInContext], dates: Sequence[MentionDate | None]
) -> list[Option]:
    """The mentions earliest first, each after its date; the article's own dates dimmed."""
    labels = [show_period(date.value, date.precision) if date else "" for date in dates]
    width = max(map(len, labels), default=0)
    legend = _("By date: the date in the mention's sentence, else (dimmed) its article's")
    options = [Option(Content(legend).stylize("dim italic"), disabled=True)]
    for index in chronological(dates):
        date = dates[index]
        label = Content(labels[index].ljust(width)).stylize("bold" if date and date.own else "dim")
        options.append(mention_option(mentions[index], index, label + INDENT))
    return options


class EntityView(Vertical):
    """Header plus the mentions grouped by article, or (``t``) in date order; Enter opens
    the article at a mention."""

    BINDINGS: ClassVar[list[BindingType]] = list(ENTITY_VIEW)

    DEFAULT_CSS = """
    EntityView {
        #entity-header { padding: 0 1 1 1; height: auto; }
        #entity-mentions { height: 1fr; border: none; }
    }
    """

    class Chosen(Message):
        """Open ``mention``'s article scrolled to that mention."""

        def __init__(self, mention: MentionInContext) -> None:
            super().__init__()
            self.mention = mention

    class Loaded(Answer):
        """An entity and its mentions, to show."""

        def __init__(
            self,
            request: Request,
            entity: Entity,
            mentions: list[MentionInContext],
            here: Here | None = None,
        ) -> None:
            super().__init__(request)
            self.entity = entity
            self.mentions = mentions
            self.here = here

    class Dated(Message):
        """The dates of entity ``entity_id``'s mentions, found by the worker."""

        def __init__(self, entity_id: str, dates: list[MentionDate | None]) -> None:
            super().__init__()
            self.entity_id = entity_id
            self.dates = dates

    def __init__(
        self, service: SearchService, workspace: WorkspaceThread, *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.service = service
        self.workspace = workspace
        #: The articles ``!`` starred or unstarred, to say which once written (``!!``
        #: typed fast: each said).
        self._starring: list[str] = []
        self.entity: Entity | None = None
        self.mentions: list[MentionInContext] = []
        #: The date of each mention, once asked for; listed in that order while ``by_date``.
        self.dates: list[MentionDate | None] | None = None
        self.by_date = False

    @work(thread=True, exclusive=True, group="load")
    def load(self, request: Request, entity_id: str, here: Here | None = None) -> None:
        """Find the entity and its mentions off the UI thread; post them as ``Loaded``
        (to open at ``here``, where the reader was)."""
        try:
            entity = self.service.entity(entity_id)
            mentions = self.service.mentions(entity.id, limit=MENTION_LIMIT) if entity else []
        except WartaError as error:
            self.post_message(trouble(error))
            entity = None
        else:
            if entity is None:
                self.post_message(Trouble(_("That entity is no longer in the index.")))
        if entity is None:
            self.post_message(Failed(request))
        else:
            self.post_message(self.Loaded(request, entity, mentions, here))

    @work(thread=True, exclusive=True, group="dates")
    def _date_mentions(self, entity_id: str, mentions: Sequence[MentionInContext]) -> None:
        """Date the mentions: reads each of their articles, so not on the UI thread."""
        try:
            dates = mention_dates(mentions, self.service.article)
        except WartaError as error:
            self.post_message(trouble(error))
            return
        self.post_message(self.Dated(entity_id, dates))

    @property
    def highlighted_mention(self) -> MentionInContext | None:
        """The mention the list's cursor is on (none on a heading or an empty list)."""
        option = self.option_list.highlighted_option
        if option is None or option.id is None:
            return None
        return self.mentions[int(option.id)]

    def action_copy_quote(self) -> None:
        mention = self.highlighted_mention
        if mention is not None:
            self._quote(mention)

    def _marked(self) -> MentionInContext | None:
        """The mention whose article ``!``, ``l`` and ``a`` mark; without one, why not."""
        mention = self.highlighted_mention
        if mention is None:
            self.notify(_("Highlight a mention first (j/k): its article is the one marked."))
        return mention

    def on_mount(self) -> None:
        self.workspace.changed.subscribe(self, self._marks_changed)

    def _marks_changed(self, marks: Marks) -> None:
        """Say what ``!`` did: the view shows no star, unlike the results and the reader."""
        if marks.article_id not in self._starring:
            return
        self._starring.remove(marks.article_id)
        title = next((m.title for m in self.mentions if m.article == marks.article_id), "")
        said = _("Starred: {title}") if marks.starred else _("Star removed: {title}")
        self.notify(said.format(title=clean_line(title or _("(untitled)"))), markup=False)

    def action_toggle_star(self) -> None:
        mention = self._marked()
        if mention is not None:
            article_id = mention.article
            self._starring.append(article_id)
            self.workspace.change(self, lambda workspace: toggle_star(workspace, article_id))

    def action_edit_tags(self) -> None:
        mention = self._marked()
        if mention is not None:
            ask_tags(self, self.workspace, mention.article, mention.title)

    def action_edit_note(self) -> None:
        mention = self._marked()
        if mention is not None:
            ask_note(self, self.workspace, mention.article, mention.title)

    @work(thread=True, exclusive=True, group="quote")
    def _quote(self, mention: MentionInContext) -> None:
        """The highlighted mention's sentence and its article's citation (reads the article)."""
        from warta.tui.widgets.reader import article_citation

        try:
            article = self.service.article(mention.article)
        except WartaError as error:
            self.post_message(trouble(error))
            return
        if article is None:
            return
        text = article.title if mention.field == "title" else article.body
        start, end = Sentences(text).span(mention.start, mention.end)
        sentence = clean_line(text[start:end]) if mention.field != "title" else literal(text).plain
        self.post_message(Quote(quotation(sentence, article_citation(article))))

    def on_entity_view_dated(self, event: Dated) -> None:
        event.stop()
        self.show_dates(event.entity_id, event.dates)

    def compose(self) -> ComposeResult:
        yield Static(id="entity-header")
        yield MentionList(id="entity-mentions")

    def show_entity(
        self,
        entity: Entity,
        mentions: Sequence[MentionInContext],
        highlighted: int | None = None,
        here: Here | None = None,
    ) -> None:
        """Show ``entity`` and its mentions (grouped by article, in the order given, or by
        date when the user last chose that for this same entity), at option
        ``highlighted``, else at ``here``: the mention the reader had selected, else the
        open article's first, as a list of links shows the one you came from."""
        if self.entity is None or entity.id != self.entity.id or list(mentions) != self.mentions:
            self.dates = None
            self.by_date = False
        self.entity = entity
        self.mentions = list(mentions)
        self.query_one("#entity-header", Static).update(entity_header(entity, len(mentions)))
        self._list(highlighted)
        if highlighted is None and here is not None:
            self._highlight_here(here)

    def _highlight_here(self, here: Here) -> None:
        spots = [(mention.article, mention.field, mention.start) for mention in self.mentions]
        in_article = [index for index, spot in enumerate(spots) if spot[0] == here.article]
        exact = [index for index in in_article if spots[index] == here]
        if in_article:
            chosen = (exact or in_article)[0]
            listing = self.option_list
            listing.highlighted = listing.get_option_index(str(chosen))
            # At the top, with the article's next mentions under it, and its title over
            # it when it is the first (the title scrolled out of view, naming nothing).
            first = chosen == in_article[0]
            self.call_after_refresh(self._show_highlight_on_top, first)

    def _show_highlight_on_top(self, under_heading: bool) -> None:
        """The highlighted mention at the top of the list; ``under_heading``: its article's
        heading over it."""
        listing = self.option_list
        listing.scroll_to_highlight(top=True)
        index = listing.highlighted
        if not under_heading or not index:
            return
        if isinstance(listing.get_option_at_index(index - 1).prompt, KeptTail):
            starts = listing._index_to_line  # filled by scroll_to_highlight
            top = starts[index - 1]
            if top > listing.max_scroll_y:
                # The end of the list is in view: start the view at an option, not in the
                # middle of a heading ("dini. · 19 Nov 2017" read as a title), keeping
                # the highlighted mention in view.
                bottom = starts[index] + listing._heights[index]
                height = listing.scrollable_content_region.height
                fitting = [
                    y for y in starts.values() if y <= listing.max_scroll_y and bottom - y <= height
                ]
                top = max(fitting, default=listing.max_scroll_y)
            listing.scroll_to(y=top, animate=False, immediate=True)

    def _list(self, highlighted: int | None) -> None:
        """Fill the list in the current order; highlight option ``highlighted`` (or the first
        mention)."""
        if self.by_date and self.dates is not None:
            options = dated_options(self.mentions, self.dates)
        else:
            options = []
            per_article = Counter(mention.article for mention in self.mentions)
            for index, mention in enumerate(self.mentions):
                if index == 0 or self.mentions[index - 1].article != mention.article:
                    count = per_article[mention.article]
                    options.append(Option(article_heading(mention, count), disabled=True))
                options.append(mention_option(mention, index))
        listing = self.option_list
        listing.set_options(options)
        if options:
            first = 1 if highlighted is None else highlighted
            listing.highlighted = min(first, len(options) - 1)

    def action_toggle_timeline(self) -> None:
        """Switch between article order and date order, keeping the same mention selected."""
        if self.entity is None:
            return
        if self.dates is None:
            self._date_mentions(self.entity.id, self.mentions)
            return
        option = self.option_list.highlighted_option
        self.by_date = not self.by_date
        self._list(None)
        if option is not None and option.id is not None:
            self.option_list.highlighted = self.option_list.get_option_index(option.id)

    def show_dates(self, entity_id: str, dates: list[MentionDate | None]) -> None:
        """The dates a worker found: list the mentions by date (if still on that entity)."""
        current = self.entity is not None and self.entity.id == entity_id
        if not current or self.dates is not None or len(dates) != len(self.mentions):
            return
        self.dates = dates
        self.action_toggle_timeline()

    @property
    def option_list(self) -> MentionList:
        return self.query_one("#entity-mentions", MentionList)

    @property
    def highlighted(self) -> int | None:
        return self.option_list.highlighted

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(self.mentions[int(event.option.id)]))
