"""Plain data classes shared by the library, the command line and the TUI.

They carry no behaviour and import nothing heavy, so the TUI can import them before
its first frame without paying for Whoosh, Sastrawi or the tagger.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warta.search.errors import Message, WartaError
    from warta.search.query import MatchTerms

#: Entity kinds, in the order the sidebar shows them.
ENTITY_KINDS: tuple[str, ...] = ("person", "organisation", "place", "product")


@dataclass(frozen=True)
class Article:
    """One cleaned article: what is indexed, shown and cited.

    ``body`` is the cleaned body (boilerplate removed, NFC, paragraphs joined by a blank
    line); every character offset elsewhere in warta indexes this string or ``title``.
    """

    id: str
    title: str
    body: str
    source: str | None = None
    byline: str | None = None
    date: dt.date | None = None
    path: str = ""
    url: str | None = None
    notices: tuple[Message, ...] = ()
    #: ``title`` is the body's first sentence (the file stated no title).
    title_derived: bool = False

    @property
    def ranked_title(self) -> str:
        """The title as the index weighs it. A derived title is no title: its words are in
        the body already, and at title weight they outranked passages about the query
        (FacQA valid, questions as typed: MRR@10 0.684 -> 0.808)."""
        return "" if self.title_derived else self.title

    @property
    def shown_title(self) -> str:
        """A derived title, which ``title:`` finds as a title though the index does not
        weigh it as one (see ``ranked_title``); "" for a title the file stated."""
        return self.title if self.title_derived else ""


@dataclass(frozen=True)
class ReadWarning:
    """A file, or a line of a file, that was skipped or changed while reading.

    ``unread`` is the key (``file_key``) of a file or folder that exists but could not be
    looked at this time (permission denied, an I/O error): what the index holds of it stays,
    since a folder made unreadable for a moment is not a folder deleted.
    """

    path: str
    message: Message  # translated by the interface that shows it
    unread: str | None = None


@dataclass(frozen=True)
class Mention:
    """One entity mention inside one article, as the extractor found and linked it.

    ``key`` is the article-level entity id (slug of the canonical name, e.g. ``elon_musk``);
    the corpus-level registry may merge several keys into one entity.
    """

    field: str  # "title" or "body"
    start: int
    end: int
    surface: str
    key: str
    name: str
    kind: str


@dataclass(frozen=True)
class Entity:
    """A corpus-wide entity with its counts."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    articles: int = 0
    mentions: int = 0

    @property
    def query(self) -> str:
        """The search for every article that names it: ``entity:ID``."""
        return f"entity:{self.id}" if self.id.isidentifier() else f'entity:"{self.id}"'


@dataclass(frozen=True)
class Snippet:
    """Plain text around the best passage, with the matched terms as (start, end) spans."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Hit:
    """One ranked search result."""

    id: str
    title: str
    source: str | None
    date: dt.date | None
    score: float
    snippet: Snippet


@dataclass(frozen=True)
class SearchResult:
    """The answer to one query; ``error`` is a one-line message for a query we could not run."""

    query: str
    total: int = 0
    hits: tuple[Hit, ...] = ()
    suggestion: str | None = None
    error: str | None = None
    #: ``error`` as its template and values, for an interface to translate.
    problem: WartaError | None = None
    #: The caller stopped the search (see ``SearchService.search``): no answer at all.
    cancelled: bool = False
    #: The indexed terms the hits matched (what their snippets mark), so a reader opening
    #: a hit marks the same words without parsing the query again.
    terms: MatchTerms | None = None
    #: One line on what was searched differently from what was typed (a capped fuzzy
    #: distance, a range cut to its most common words); the hits are still right.
    notice: str | None = None
    #: ``notice`` as its messages, for an interface to translate.
    notices: tuple[Message, ...] = ()
    #: "all": every hit has every content word of the query; "some": after those come
    #: the best partial matches (too few articles had them all).
    matched: str = "all"
    #: The hits' order: "score" (most relevant first) or "date" (newest first: asked for,
    #: or a query with no words to rank by, such as ``*`` or ``is:starred``).
    order: str = "score"


@dataclass(frozen=True)
class MentionInContext:
    """A mention of an entity across the corpus, with its keyword-in-context line."""

    article: str
    title: str
    date: dt.date | None
    field: str
    start: int
    end: int
    context: str
    context_start: int  # where the mention starts and ends inside ``context``
    context_end: int
    surface: str


@dataclass(frozen=True)
class QuoteInArticle:
    """A quote of an entity, with its article: ``text`` is the body's ``start:end``."""

    article: str
    title: str
    date: dt.date | None
    source: str | None
    start: int
    end: int
    text: str
    #: The speaking entity's id (the mention key resolved through the registry).
    speaker: str
    #: ``direct`` (within quotation marks) or ``reported``.
    kind: str


@dataclass
class UpdateReport:
    """What an index build or update did."""

    added: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    articles: int = 0
    #: Counted in articles, not files: lines appended to a jsonl file are new articles.
    new_articles: int = 0
    updated_articles: int = 0
    deleted_articles: int = 0
    rebuilt: bool = False
    seconds: float = 0.0
    warnings: list[ReadWarning] = field(default_factory=list)
