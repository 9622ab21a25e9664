"""An article laid out for the reader: one cleaned string, its styled spans and its links.

Kept apart from the widget so the offset book-keeping (raw library offsets -> cleaned
display offsets -> wrapped lines) is plain data that unit tests can check directly.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from warta.search.amounts import Amount, find_amounts
from warta.search.dates import DateMention, find_dates
from warta.search.decode import normalise_text
from warta.search.model import Article, Mention
from warta.search.query import entity_term
from warta.search.sanitize import clean_text, visible
from warta.tui.text import Cleaned, Sentences, clean_keeping_offsets, wrap_lines

if TYPE_CHECKING:
    from warta.search.analysis import Folded

Span = tuple[int, int]

#: The language articles are written in, for reading their dates and numbers.
ARTICLE_LANGUAGE = "id"


@dataclass(frozen=True)
class Link:
    """A mention placed in the document text (``start``/``end`` index ``Document.plain``)."""

    start: int
    end: int
    mention: Mention


@dataclass(frozen=True)
class Document:
    """What the reader shows: title line, metadata line, blank line, body."""

    article: Article
    plain: str
    title_end: int
    body_start: int
    #: ``(start, end, role)``: role is "title", "meta", "match" or a mention's kind.
    styles: tuple[tuple[int, int, str], ...]
    links: tuple[Link, ...]
    #: Dates and amounts the title and body mention, in text order (offsets index ``plain``).
    dates: tuple[DateMention, ...] = ()
    amounts: tuple[Amount, ...] = ()
    #: The entities the search named (``entity:X``) that the article mentions, by key in
    #: reading order: Enter and e act on the first when no mention is selected.
    searched: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """The cleaned title, as shown."""
        return self.plain[: self.title_end]

    def sentence(self, start: int, end: int) -> str:
        """The sentence around a span; a span in the title quotes the whole title."""
        sentence_start, sentence_end = self.sentence_bounds(start, end)
        return self.plain[sentence_start:sentence_end]

    def sentence_bounds(self, start: int, end: int) -> Span:
        """Where the sentence around a span starts and ends in ``plain``."""
        if start < self.title_end:
            return 0, self.title_end
        sentence_start, sentence_end = self.sentences.span(start, end)
        return max(sentence_start, self.body_start), sentence_end

    @cached_property
    def sentences(self) -> Sentences:
        """The text's sentences, found once for every date, figure and quote placed in them."""
        return Sentences(self.plain)

    def lines(self, width: int) -> list[Span]:
        """The display lines of ``plain`` at ``width`` cells (see ``wrap_lines``), kept per
        width: a worker lays a long article out before the reader shows it, so the UI
        thread does not spend half a second on a megabyte at each preview."""
        if width not in self._lines_by_width:
            self._lines_by_width[width] = wrap_lines(self.plain, width)
        return self._lines_by_width[width]

    @cached_property
    def _lines_by_width(self) -> dict[int, list[Span]]:
        return {}

    def find(self, needle: str) -> list[Span]:
        """Occurrences of ``needle`` in the shown text, both folded as search folds them
        (NFKC, case folded, without zero-width characters, soft hyphens or controls):
        ``mu\u200bsk`` pasted from a web page found no "musk", and ``ｍｕｓｋ`` typed on an
        East Asian keyboard none, though the search found the article by it. A needle of
        nothing visible (a zero-width space, a combining mark alone) finds nothing."""
        from warta.search.analysis import fold  # not before the first frame: it loads Whoosh

        needle = fold(normalise_text(clean_text(needle)))
        if not visible(needle):
            return []
        folded = self.folded
        pattern = re.compile(re.escape(needle))
        return [folded.original(*match.span()) for match in pattern.finditer(folded.text)]

    @cached_property
    def folded(self) -> Folded:
        """The shown text folded once for every find typed in it (the reader folds it in
        its loading worker: a large article outside ASCII took 0.8 s, on the UI thread at
        the first find)."""
        from warta.search.analysis import Folded

        return Folded.of(self.plain)

    def links_of(self, key: str) -> list[int]:
        """Indexes of the links that mention entity ``key``, in reading order."""
        return list(self._links_by_key.get(key, ()))

    def links_within(self, key: str, start: int, end: int) -> list[Link]:
        """The links of entity ``key`` that touch ``[start, end)`` (a display line): a
        bisect, so drawing a line costs the same with 20 mentions of an entity or 20,000."""
        same = self._links_by_key.get(key, [])
        starts = self._link_starts_by_key[key] if same else []
        # Mentions do not overlap, so only the one starting before the line can reach into it.
        first = max(bisect.bisect_left(starts, start) - 1, 0)
        last = bisect.bisect_left(starts, end)
        return [self.links[index] for index in same[first:last] if self.links[index].end > start]

    @cached_property
    def _link_starts_by_key(self) -> dict[str, list[int]]:
        return {
            key: [self.links[index].start for index in indexes]
            for key, indexes in self._links_by_key.items()
        }

    @cached_property
    def _links_by_key(self) -> dict[str, list[int]]:
        """Link indexes by entity, built once: the reader asks on every line it draws."""
        found: defaultdict[str, list[int]] = defaultdict(list)
        for index, link in enumerate(self.links):
            found[link.mention.key].append(index)
        return {
            key: sorted(indexes, key=lambda index: self.links[index].start)
            for key, indexes in found.items()
        }

    def link_at(self, field: str, start: int) -> int | None:
        """Index of the link for the mention at raw offset ``start`` of ``field``."""
        for index, link in enumerate(self.links):
            if link.mention.field == field and link.mention.start == start:
                return index
        return None


def build_document(
    article: Article,
    meta: str,
    mentions: Sequence[Mention],
    title_matches: Sequence[Span] = (),
    body_matches: Sequence[Span] = (),
    searched: Collection[str] = (),
) -> Document:
    """Clean the article (offsets kept) and place its query matches and mentions.

    ``meta`` is the already cleaned metadata line (source, byline, date). Spans that do
    not fit the text they claim to index are dropped rather than trusted. ``searched``:
    the entities the search named, as ``MatchTerms.entities`` gives them.
    """
    title_mentions = [m for m in mentions if m.field == "title"]
    body_mentions = [m for m in mentions if m.field == "body"]
    title = _clean(article.title, title_mentions, title_matches, single_line=True)
    body = _clean(article.body, body_mentions, body_matches, single_line=False)
    body_start = len(title.text) + 1 + len(meta) + 2
    plain = f"{title.text}\n{meta}\n\n{body.text}"

    styles: list[tuple[int, int, str]] = [(0, len(title.text), "title")]
    if meta:
        styles.append((len(title.text) + 1, len(title.text) + 1 + len(meta), "meta"))
    links: list[Link] = []
    for cleaned, base, matches, field_mentions in (
        (title, 0, title_matches, title_mentions),
        (body, body_start, body_matches, body_mentions),
    ):
        for start, end in _valid(matches, cleaned):
            mapped_start, mapped_end = cleaned.span(start, end)
            styles.append((base + mapped_start, base + mapped_end, "match"))
        for mention in field_mentions:
            if not _valid([(mention.start, mention.end)], cleaned):
                continue
            mapped_start, mapped_end = cleaned.span(mention.start, mention.end)
            if mapped_start < mapped_end:
                links.append(Link(base + mapped_start, base + mapped_end, mention))
                styles.append((base + mapped_start, base + mapped_end, mention.kind))
    dates, amounts = _dates_and_amounts(plain, [(0, len(title.text)), (body_start, len(plain))])
    return Document(
        article=article,
        plain=plain,
        title_end=len(title.text),
        body_start=body_start,
        styles=tuple(sorted(styles)),
        links=tuple(links),
        dates=dates,
        amounts=amounts,
        searched=tuple(
            dict.fromkeys(
                link.mention.key for link in links if entity_term(link.mention.key) in searched
            )
        ),
    )


def _dates_and_amounts(
    plain: str, parts: Sequence[Span]
) -> tuple[tuple[DateMention, ...], tuple[Amount, ...]]:
    """Dates and amounts of the shown title and body (not the metadata line, whose date is
    ours), read from the cleaned text so their offsets need no mapping."""
    dates: list[DateMention] = []
    amounts: list[Amount] = []
    for start, end in parts:
        text = plain[start:end]
        for date in find_dates(text, ARTICLE_LANGUAGE):
            dates.append(replace(date, start=date.start + start, end=date.end + start))
        for amount in find_amounts(text, ARTICLE_LANGUAGE):
            amounts.append(replace(amount, start=amount.start + start, end=amount.end + start))
    return tuple(dates), tuple(amounts)


def _clean(
    raw: str, mentions: Sequence[Mention], matches: Sequence[Span], *, single_line: bool
) -> Cleaned:
    cuts = [offset for span in matches for offset in span]
    cuts += [offset for mention in mentions for offset in (mention.start, mention.end)]
    return clean_keeping_offsets(raw, cuts, one_line=single_line)


def _valid(spans: Sequence[Span], cleaned: Cleaned) -> list[Span]:
    return [
        (start, end)
        for start, end in spans
        if start < end and start in cleaned.offsets and end in cleaned.offsets
    ]
