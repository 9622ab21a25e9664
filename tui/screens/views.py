"""The investigation views in the explorer: who is named with an entity (and in which
sentences), what an entity said, which articles are like the open one, and when the
search's articles appeared.

Each is a ``PickList`` filtered as you type, loaded by a thread worker that posts its rows
as a message (never ``call_from_thread``); choosing a row answers what to open, and the
screen opens it through its history, so Back returns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from textual import on, work
from textual.binding import BindingType
from textual.content import Content
from textual.css.styles import RulesMap
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import Label
from warta.search.coverage import Gap, Period, period_end, with_gaps
from warta.search.errors import N_, WartaError
from warta.search.model import Entity, QuoteInArticle
from warta.search.related import RelatedEntity, SharedSentence
from warta.search.sanitize import clean_line
from warta.tui.formatting import format_coverage_period, format_gap, text_bar
from warta.tui.i18n import _, current_locale, kind_name, ngettext
from warta.tui.keys import COVERAGE, PICK_LIST, QUOTE_LIST
from warta.tui.screens.workspace import PickList
from warta.tui.text import (
    INDENT,
    Hanging,
    KeptTail,
    OneLine,
    join_parts,
    literal,
    marked,
    quotation,
    show_date,
    show_number,
    titled,
)
from warta.tui.widgets.answers import Quote, trouble

if TYPE_CHECKING:
    from warta.search.service import SearchService
    from warta.tui.workspace import WorkspaceThread

_Row = TypeVar("_Row")
_Answer = TypeVar("_Answer")

#: Partners listed for an entity: a screenful many times over, at G²'s strongest.
RELATED_LIMIT = 200
#: Sentences listed for a pair, newest article first.
SENTENCE_LIMIT = 500
#: Quotes listed for an entity, newest first (read from the store: 2 ms at 100,000 articles).
QUOTE_LIMIT = 100
#: Characters of a quote shown in its row (the copy takes it whole).
QUOTE_SHOWN_CHARS = 240
#: Articles like the open one listed (besides its copies of the same story).
LIKE_LIMIT = 20
#: The heading's name of each period size.
PERIOD_NAMES = {"month": N_("by month"), "week": N_("by week"), "day": N_("by day")}
#: Cells of a coverage bar at most; fewer when the period names leave less of the line.
BAR_CELLS = 40
#: Cells of a period's count, right-aligned after its name, and the space after it.
COUNT_CELLS = 6


class BarLine(Visual):
    """``head``, then ``value``'s bar against ``most`` in what the line leaves (up to
    ``BAR_CELLS``), measured at the width it is drawn at: bars measured when the rows
    were listed did not follow a resized terminal (a line of their own when narrower)."""

    def __init__(self, head: Content, value: int, most: int) -> None:
        self.head = head
        self.value = value
        self.most = most

    def __str__(self) -> str:
        return self.line(self.head.cell_length + 1 + BAR_CELLS).plain

    def line(self, width: int) -> Content:
        cells = max(min(BAR_CELLS, width - self.head.cell_length - 1), 1)
        bar = Content(text_bar(self.value, self.most, cells)).stylize("$accent")
        return Content.assemble(self.head, " ", bar)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.head.cell_length + 1 + BAR_CELLS

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.line(width).get_height(rules, width)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.line(width).render_strips(width, height, style, options)


@dataclass(frozen=True)
class ArticleChoice:
    """What to open: an article, at the mention starting at ``link`` (field, offset)."""

    article: str
    link: tuple[str, int] | None = None


class Rows(Message, Generic[_Row]):
    """A list's rows, found by its worker; ``title`` replaces its heading when given.
    ``asked`` is what the list asked for (its ``asked()`` when the worker started): rows
    for a question the list no longer asks are dropped."""

    def __init__(
        self, rows: list[_Row], title: Content | None = None, asked: object = None
    ) -> None:
        super().__init__()
        self.rows = rows
        self.title = title
        self.asked = asked


class Chosen(Message, Generic[_Answer]):
    """A row resolved (off the UI thread) to what to open."""

    def __init__(self, choice: _Answer) -> None:
        super().__init__()
        self.choice = choice


class ServiceList(PickList[_Row], Generic[_Row, _Answer]):
    """A ``PickList`` whose rows come from the search service, posted as ``Rows``; what
    is chosen goes to ``opened`` (the screen's: it opens it through its history)."""

    def __init__(
        self,
        workspace: WorkspaceThread,
        service: SearchService,
        opened: Callable[[_Answer], None],
    ) -> None:
        super().__init__(workspace)
        self.service = service
        self.opened = opened

    def load_rows(self) -> None:
        self.post_message(self.find_rows())  # a WartaError: PickList says it in a notice

    def find_rows(self) -> Rows[_Row]:
        """(In a worker.) The rows to show, and the heading that names what they are of."""
        raise NotImplementedError

    def asked(self) -> object:
        """What the rows are asked for now, when a list can change it (None: fixed)."""
        return None

    @on(Rows)
    def _rows_found(self, event: Rows[_Row]) -> None:
        event.stop()
        if event.asked != self.asked():
            return
        if event.title is not None:
            self.query_one(".heading", Label).update(event.title)
        self.post_message(self.Listed(event.rows))

    def answer(self, choice: _Answer) -> None:
        """Close, and open what was chosen: these lists answer that, not a row (once:
        Enter twice sent at once answered twice)."""
        if self._dismissed:
            return
        self.close_with(None)
        self.opened(choice)

    def answer_found(self, find: Callable[[], _Answer]) -> None:
        """Answer what ``find`` resolves a row to, in a worker (it reads the index)."""
        self.run_worker(lambda: self.post_message(Chosen(find())), thread=True)

    @on(Chosen)
    def _resolved(self, event: Chosen[_Answer]) -> None:
        event.stop()
        self.answer(event.choice)


def counts_line(sentences: int, articles: int) -> str:
    """How many sentences and articles two entities share, in words."""
    in_sentences = ngettext("{count} sentence", "{count} sentences", sentences)
    in_articles = ngettext("{count} article", "{count} articles", articles)
    return join_parts(
        [
            Content(in_sentences.format(count=show_number(sentences))),
            Content(in_articles.format(count=show_number(articles))),
        ]
    ).plain


class RelatedEntities(ServiceList[RelatedEntity, ArticleChoice]):
    """The entities named in the same sentences as one, ranked as ``warta
    related-entities`` ranks them (G²), with how many sentences and articles they share;
    Enter answers the one chosen."""

    heading = N_("Named with")
    hint = N_("Enter: the sentences naming both · Escape: close")
    empty = N_("No entity is named with it in two sentences or more.")

    def __init__(
        self,
        workspace: WorkspaceThread,
        service: SearchService,
        opened: Callable[[ArticleChoice], None],
        key: str,
    ) -> None:
        super().__init__(workspace, service, opened)
        #: An entity id or a mention's key (the registry resolves either).
        self.key = key
        self.entity: Entity | None = None

    def find_rows(self) -> Rows[RelatedEntity]:
        entity = self.service.entity(self.key)
        if entity is None:
            raise WartaError(N_("That entity is no longer in the index."))
        self.entity = entity
        rows = self.service.related_entities(entity.id, limit=RELATED_LIMIT)
        title = Content(_("Named with {name}").format(name=literal(entity.name).plain))
        return Rows(rows, title.stylize("bold"))

    def row_key(self, row: RelatedEntity) -> str:
        return row.entity.id

    def row_text(self, row: RelatedEntity) -> str:
        return " ".join([row.entity.name, *row.entity.aliases])

    def row_prompt(self, row: RelatedEntity) -> Content:
        counts = Content(counts_line(row.sentences, row.articles)).stylize("dim")
        kind = Content(kind_name(row.entity.kind)).stylize("dim")
        return join_parts([literal(row.entity.name, "bold"), kind, counts])

    def choose(self, row: RelatedEntity) -> None:
        """The sentences naming both, on top: Escape comes back here, Enter opens one."""
        if self.entity is not None:
            other = row.entity
            sentences = SharedSentences(
                self.workspace, self.service, self.answer, self.entity, other
            )
            self.app.push_screen(sentences)


class SharedSentences(ServiceList[SharedSentence, ArticleChoice]):
    """The sentences naming two entities, keyword in context, newest article first; Enter
    answers the article to open at that sentence."""

    heading = N_("Sentences naming both")
    hint = N_("Enter: read it there · Escape: close")
    empty = N_("No sentence names both.")

    def __init__(
        self,
        workspace: WorkspaceThread,
        service: SearchService,
        opened: Callable[[ArticleChoice], None],
        entity: Entity,
        other: Entity,
    ) -> None:
        super().__init__(workspace, service, opened)
        self.entity = entity
        self.other = other

    def find_rows(self) -> Rows[SharedSentence]:
        rows = self.service.shared_sentences(self.entity.id, self.other.id, limit=SENTENCE_LIMIT)
        names = {"first": literal(self.entity.name).plain, "second": literal(self.other.name).plain}
        title = Content(_("{first} and {second}").format(**names)).stylize("bold")
        return Rows(rows, title)

    def row_key(self, row: SharedSentence) -> str:
        return f"{row.article}:{row.field}:{row.start}"

    def row_text(self, row: SharedSentence) -> str:
        return f"{row.title} {row.text}"

    def row_prompt(self, row: SharedSentence) -> Hanging:
        return self.row_prompt_under(row, None)

    def row_prompt_under(self, row: SharedSentence, above: SharedSentence | None) -> Hanging:
        """The article's title and date over the sentence, which wraps under itself; a
        title naming both is the sentence, shown once. Under a row of the same article
        the sentence stands alone, as grep's matches under their file: the title over
        every sentence (and again under the title's own row) read as one more row. A
        sentence's wrapped lines go in a step further, so that the next sentence's first
        line stands out."""
        sentence = marked(row.text, row.marks, "reverse bold")
        date = Content(show_date(row.date))
        hang = 2 * INDENT.cell_length
        if row.field == "title":
            return Hanging((Content(""), join_parts([sentence.stylize("bold"), date])), hang=hang)
        if above is not None and above.article == row.article:
            return Hanging((INDENT, sentence), hang=hang)
        heading = titled(literal(row.title or _("(untitled)"), "bold"), [date])
        return Hanging((Content(""), heading), (INDENT, sentence), hang=hang)

    def choose(self, row: SharedSentence) -> None:
        """Open at the sentence, its first mention of either entity selected."""
        self.answer_found(lambda: self._choice(row))

    def _choice(self, row: SharedSentence) -> ArticleChoice:
        """(In a worker.) The article at the sentence's first mention of either entity
        (another name may come first: "Brockman and Altman rejected Musk")."""
        try:
            mentions = self.service.article_mentions(row.article)
            inside = sorted(
                (mention.start, mention.key)
                for mention in mentions
                if mention.field == row.field and row.start <= mention.start < row.end
            )
            pair = {self.entity.id, self.other.id}
            named = [start for start, key in inside if self._entity_id(key) in pair]
        except WartaError:
            inside, named = [], []
        starts = named or [start for start, _key in inside]
        return ArticleChoice(row.article, (row.field, starts[0]) if starts else None)

    def _entity_id(self, key: str) -> str | None:
        entity = self.service.entity(key)
        return entity.id if entity else None


class EntityQuotes(ServiceList[QuoteInArticle, ArticleChoice]):
    """What an entity said (``SearchService.quotes``), newest first: date, source and the
    quote; Enter answers its article at the speaker's mention nearest the quote, Ctrl+Y (c
    in the list) copies the quote with its citation."""

    BINDINGS: ClassVar[list[BindingType]] = [*PICK_LIST, *QUOTE_LIST]

    heading = N_("Quotes")
    hint = N_("Enter: read it there · {key}: copy with citation · Escape: close")
    empty = N_("No quote is attributed to it.")
    hint_binding = QUOTE_LIST[0]

    def __init__(
        self,
        workspace: WorkspaceThread,
        service: SearchService,
        opened: Callable[[ArticleChoice], None],
        key: str,
    ) -> None:
        super().__init__(workspace, service, opened)
        #: An entity id or a mention's key (the registry resolves either).
        self.key = key

    def find_rows(self) -> Rows[QuoteInArticle]:
        entity = self.service.entity(self.key)
        if entity is None:
            raise WartaError(N_("That entity is no longer in the index."))
        rows = self.service.quotes(entity.id, QUOTE_LIMIT)
        title = Content(_("Quotes of {name}").format(name=literal(entity.name).plain))
        return Rows(rows, title.stylize("bold"))

    def row_key(self, row: QuoteInArticle) -> str:
        return f"{row.article}:{row.start}"

    def row_text(self, row: QuoteInArticle) -> str:
        return f"{row.text} {row.source or ''} {row.title}"

    def row_prompt(self, row: QuoteInArticle) -> Hanging:
        return self.row_prompt_under(row, None)

    def row_prompt_under(self, row: QuoteInArticle, above: QuoteInArticle | None) -> Hanging:
        """The date, source and title (cut to the line) over the quote (cut to
        ``QUOTE_SHOWN_CHARS``); each wraps
        under its own text, the quote inside its opening mark. Under a quote of the same
        article the quote stands alone, as in the sentences naming two: the same date and
        source over each read as one more row."""
        shown = clean_line(row.text)
        if len(shown) > QUOTE_SHOWN_CHARS:
            shown = shown[:QUOTE_SHOWN_CHARS].rsplit(" ", 1)[0] + "…"
        if row.kind == "reported":  # the article's words for what was said: no marks
            reported = Content.assemble(INDENT, Content(_("reported: ")).stylize("dim"))
            quote = (reported, Content(shown))
        else:
            quote = (INDENT + "“", Content(f"{shown}”"))
        if above is not None and above.article == row.article:
            return Hanging(quote)
        # The title too, cut to the line: "15 Apr 2023 · REPUBLIKA.CO.ID" did not say
        # which of the day's articles the quote is from.
        date = Content(show_date(row.date)).stylize("bold")
        source = literal(row.source, "dim")
        title = literal(row.title or _("(untitled)"), "italic")
        return Hanging((Content(""), OneLine(join_parts([date, source, title]))), quote)

    def choose(self, row: QuoteInArticle) -> None:
        self.answer_found(lambda: self._choice(row))

    def _choice(self, row: QuoteInArticle) -> ArticleChoice:
        """(In a worker.) The article at the speaker's body mention nearest the quote."""
        try:
            mentions = self.service.article_mentions(row.article)
        except WartaError:
            mentions = []
        near = [
            (max(row.start - mention.end, mention.start - row.end, 0), mention.start)
            for mention in mentions
            if mention.field == "body" and mention.key == row.speaker
        ]
        return ArticleChoice(row.article, ("body", min(near)[1]) if near else None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "copy_quote" and not self.has_choice():
            return False
        return super().check_action(action, parameters)

    def action_copy_quote(self) -> None:
        option = self.option_list.highlighted_option
        chosen = self.row_of(option.id) if option is not None else None
        if chosen is not None:
            self._copy(chosen)

    @work(thread=True, exclusive=True, group="quote")
    def _copy(self, row: QuoteInArticle) -> None:
        """The quote and its article's citation (reads the article)."""
        from warta.tui.widgets.reader import article_citation

        try:
            article = self.service.article(row.article)
        except WartaError as error:
            self.post_message(trouble(error))
            return
        if article is not None:
            cited = article_citation(article)
            reported = row.kind == "reported"
            self.post_message(Quote(quotation(clean_line(row.text), cited, reported)))


@dataclass(frozen=True)
class LikeRow:
    """An article like the open one: ``copy`` when it tells the same story."""

    article: str
    title: str
    source: str | None
    date: dt.date | None
    copy: bool


#: The cells of the article's title the heading of More like this repeats (two lines at most).
LIKE_TITLE_CELLS = 100


class MoreLikeThis(ServiceList[LikeRow, ArticleChoice]):
    """The open article's copies of the same story, then the articles most like it
    (``SearchService.more_like``); Enter answers the one to open."""

    heading = N_("More like this")
    hint = N_("Enter: open it · Escape: close")
    empty = N_("No other article is like this one.")

    def __init__(
        self,
        workspace: WorkspaceThread,
        service: SearchService,
        opened: Callable[[ArticleChoice], None],
        article: str,
    ) -> None:
        super().__init__(workspace, service, opened)
        self.article = article

    def find_rows(self) -> Rows[LikeRow]:
        """The rows, under a heading that names the article they are like (it said "More
        like this" only, over a list that leaves that article out)."""
        rows = []
        opened = self.service.article(self.article)
        title = None
        if opened is not None and opened.title:
            name = literal(opened.title).truncate(LIKE_TITLE_CELLS, ellipsis=True)
            title = Content.assemble(_(self.heading), ": “", name, "”").stylize("bold")
        copies = self.service.story_copies(self.article)
        # Each copy listed is an article read: a story copied 3,000 times took 8 s to open.
        for copy in copies[:LIKE_LIMIT]:
            found = self.service.article(copy)
            if found is not None:
                rows.append(LikeRow(copy, found.title, found.source, found.date, copy=True))
        if (more := len(copies) - LIKE_LIMIT) > 0:
            told = ngettext("… and {count} more", "… and {count} more", more)
            note = Content(told.format(count=show_number(more))).stylize("dim")
            title = Content.assemble(title or Content(_(self.heading)).stylize("bold"), " ", note)
        listed = {self.article, *(row.article for row in rows)}
        for hit in self.service.more_like(self.article, limit=LIKE_LIMIT) or []:
            if hit.id not in listed:
                rows.append(LikeRow(hit.id, hit.title, hit.source, hit.date, copy=False))
        return Rows(rows, title)

    def row_key(self, row: LikeRow) -> str:
        return row.article

    def row_text(self, row: LikeRow) -> str:
        return f"{row.title} {row.source or ''}"

    def row_prompt(self, row: LikeRow) -> KeptTail:
        title = literal(row.title or _("(untitled)"), "bold")
        if row.copy:
            title = join_parts([Content(_("same story")).stylize("reverse"), title])
        date = Content(show_date(row.date)).stylize("dim")
        return titled(title, [literal(row.source, "dim"), date])

    def choose(self, row: LikeRow) -> None:
        self.answer(ArticleChoice(row.article))


class CoverageOverTime(ServiceList[Period | Gap, str]):
    """The search's articles per month, week or day (``SearchService.timeline``), each
    with a bar, a long run of empty periods as one line the cursor passes over; a key
    changes the period; Enter answers the query narrowed to the highlighted period (a
    ``date:`` range added)."""

    heading = N_("Coverage over time")
    hint = N_("Enter: that period only · {key}: day, week or month · Escape: close")
    empty = N_("No article of this search has a date.")
    BINDINGS: ClassVar[list[BindingType]] = list(COVERAGE)
    hint_binding = COVERAGE[0]

    #: Months first (a year fits a screen, a decade a few), then weeks and days.
    PERIODS = ("month", "week", "day")

    def __init__(
        self,
        workspace: WorkspaceThread,
        service: SearchService,
        opened: Callable[[str], None],
        query: str,
    ) -> None:
        super().__init__(workspace, service, opened)
        self.search_query = query
        self.by = self.PERIODS[0]
        #: Per period size, the most articles in a period and the widest period name.
        self.scale: dict[str, tuple[int, int]] = {}

    def asked(self) -> str:
        return self.by

    def action_next_period(self) -> None:
        """Count by the next period size (month, week, day, month again)."""
        self.by = self.PERIODS[(self.PERIODS.index(self.by) + 1) % len(self.PERIODS)]
        self._load()

    def find_rows(self) -> Rows[Period | Gap]:
        by = self.by
        found = self.service.timeline(self.search_query, by)
        most = max((period.articles for period in found.periods), default=0)
        widest = max((len(self._label(period, by)) for period in found.periods), default=0)
        self.scale[by] = (most, widest)
        total = ngettext("{count} article", "{count} articles", found.total).format(
            count=show_number(found.total)
        )
        parts = [Content(_(self.heading)).stylize("bold"), literal(self.search_query, "bold")]
        parts.extend([Content(total), Content(_(PERIOD_NAMES[by]))])
        if found.undated:
            undated = _("undated: {count}").format(count=show_number(found.undated))
            parts.append(Content(undated).stylize("dim"))
        return Rows(with_gaps(found), join_parts(parts), asked=by)

    def row_key(self, row: Period | Gap) -> str:
        return row.start.isoformat()

    def row_text(self, row: Period | Gap) -> str:
        return "" if isinstance(row, Gap) else self._label(row, self.by)

    def row_selectable(self, row: Period | Gap) -> bool:
        return isinstance(row, Period)

    @staticmethod
    def _label(row: Period, by: str) -> str:
        return format_coverage_period(row.start, by, current_locale())

    def row_prompt(self, row: Period | Gap) -> BarLine | Content:
        """The period's name, its count and a bar as long as the line leaves (weeks'
        names are long: at 80 columns a 40-cell bar went to a line of its own)."""
        if isinstance(row, Gap):
            return Content(format_gap(row.periods, self.by, current_locale())).stylize("dim")
        most, widest = self.scale[self.by]
        label = Content(self._label(row, self.by).ljust(widest))
        count = Content(show_number(row.articles).rjust(COUNT_CELLS)).stylize(
            "bold" if row.articles else "dim"
        )
        return BarLine(Content.assemble(label, count), row.articles, most)

    def choose(self, row: Period | Gap) -> None:
        start, end = row.start.isoformat(), period_end(row.start, self.by).isoformat()
        # Bracketed: ``a OR b date:…`` would narrow only ``b``.
        self.answer(f"({self.search_query}) date:[{start} TO {end}]")
