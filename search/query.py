"""From a user's query string to a Whoosh query, and from matches to marked text.

The parser is Whoosh's own; warta rewrites the parsed tree where the defaults hurt users:
plain words match their stems (stemmed fields only), quoted phrases match the surface form
(exact fields only), prefixes, patterns, ranges and fuzzy terms expand a bounded number of
words (an unbounded ``ber*`` costs seconds at 100,000 articles), ``*`` alone or in a field
is every article, and ``entity:`` names resolve through the corpus entity registry.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from search.errors import excerpt
from search.model import Snippet
from search.ranking import FIELD_BOOSTS
from search.sanitize import clean_line

if TYPE_CHECKING:
    from whoosh.fields import Schema
    from whoosh.query import Query
    from whoosh.reading import IndexReader

MAX_QUERY_CHARS = 1000
MIN_PREFIX_CHARS = 2
MAX_EXPANSIONS = 64
#: Index words one prefix, pattern, range or fuzzy word may look at to pick its expansions.
MAX_SCANNED_TERMS = MAX_EXPANSIONS * 50
#: Index words looked at between two polls of a search's ``cancelled``.
CANCEL_POLL_TERMS = 64
FUZZY_PREFIX = 1
#: ``word~7`` is searched as ``word~2``: Whoosh's automaton for a distance of 5 or more
#: grew without bound (``abcdefghijklmnopqrst~7``: 1.9 GB, then MemoryError).
MAX_FUZZY_DISTANCE = 2
#: A longer fuzzy word is searched as typed: the automaton grows with the word's length.
MAX_FUZZY_CHARS = 40
SNIPPET_CHARS = 220
#: Matches weighed for one snippet, and read from one article's postings: the snippet sits
#: among the first of them, and a long repetitive article costs no more than this.
MAX_SNIPPET_SPANS = 5000

#: An unfielded plain word is searched in the stemmed pair, a phrase, prefix or fuzzy word in
#: the exact pair (see ``_fields_plugin_class``); titles weigh more.
SEARCH_FIELDS = ("title", "content", "title_exact", "exact")
STEMMED_FIELDS = {"title": "title_exact", "content": "exact"}
EXACT_TWINS = {exact: stemmed for stemmed, exact in STEMMED_FIELDS.items()}
FIELD_ALIASES = {"title": ["judul"], "source": ["sumber"], "content": ["body", "isi"]}
#: The fields a user may name, as messages list them (the others are warta's own).
USER_FIELDS = ("title", "content", "source", "date", "entity", "id")
#: Characters of a user's word a message quotes back.
QUOTED_CHARS = 40

#: Resolves an ``entity:`` value to the article-level keys it stands for (empty: unknown).
EntityResolver = Callable[[str], Sequence[str]]


class QueryError(ValueError):
    """A query that cannot run; the message is one line for the user."""


class SearchCancelled(Exception):
    """The caller of a running search gave up on it (raised between two units of work)."""


def never_cancelled() -> bool:
    """The ``cancelled`` of a search nobody abandons."""
    return False


@dataclass
class SearchBudget:
    """One running search: the ``cancelled`` every phase polls, and the notices it gathers.

    A search spends most of its time in Whoosh's collect loop, but a fuzzy word, a prefix or
    a range expands against the lexicon first, and snippets come after: a search as you type
    must be able to drop any of them when the user types on.
    """

    cancelled: Callable[[], bool] = never_cancelled
    notices: dict[str, None] = field(default_factory=dict)

    def check(self) -> None:
        """Raise :class:`SearchCancelled` when the caller gave up."""
        if self.cancelled():
            raise SearchCancelled

    def notice(self, message: str) -> None:
        """Tell the user, once, that the search did less than the query asked."""
        self.notices[message] = None


_BUDGET: ContextVar[SearchBudget | None] = ContextVar("warta_search_budget", default=None)


@contextmanager
def search_budget(cancelled: Callable[[], bool]) -> Iterator[SearchBudget]:
    """The budget the expansions and snippets of the search run inside this block poll."""
    budget = SearchBudget(cancelled)
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)


def current_budget() -> SearchBudget:
    """The running search's budget; outside a search, one that is never cancelled."""
    return _BUDGET.get() or SearchBudget()


@dataclass(frozen=True)
class ParsedQuery:
    """A Whoosh query plus what the user-facing layers need to explain it."""

    text: str
    #: Every content word of the query (stopwords optional unless quoted or alone).
    query: Query
    unknown_entities: tuple[str, ...] = ()
    #: What was searched differently from what was typed (``word~7`` as ``word~2``).
    notices: tuple[str, ...] = ()
    #: Any of the content words (exclusions still apply): the partial matches ranked after
    #: the articles that have them all. None when the query has one clause or says ``AND``.
    relaxed: Query | None = None


#: ``?`` that does not stand inside a word (``Srinagar?``, a lone ``?``) and ``:`` that ends
#: a word are punctuation, not a wildcard and a field: a typed question found nothing.
#: ``ab?d`` stays a one-letter wildcard.
_PUNCTUATION = re.compile(r"(?<![\w*])\?+|\?+(?![\w*])|(?<=\w):(?=\s|$)")


def clean_query(text: str) -> str:
    """The query as it may be searched and shown: one line, without control characters,
    lone surrogates or NULs."""
    return clean_line(text.encode("utf-8", "replace").decode("utf-8").replace("\x00", " "))


def normalise_query(text: str) -> str:
    """:func:`clean_query`, refusing what cannot be a query."""
    text = clean_query(text)
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is too long (at most {MAX_QUERY_CHARS} characters)")
    return text


def parse_query(text: str, schema: Schema, resolve_entity: EntityResolver) -> ParsedQuery:
    """Parse with Whoosh's query language (AND by default, OR, NOT/-, "", field:, ~, *)."""
    from whoosh import qparser

    text = normalise_query(text)
    searched = _PUNCTUATION.sub(" ", text)
    if not any(char.isalnum() or char == "*" for char in searched):
        raise QueryError("type some words to search")
    parser = qparser.QueryParser(None, schema)
    parser.add_plugin(_FieldsPerKindPlugin())
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    # A minus excludes only at the start of a word: "covid-19" is one word, not covid NOT 19,
    # and "Ke - 10" is text, not Ke NOT 10.
    parser.add_plugin(qparser.PlusMinusPlugin(minusexpr=r"(?<![^\s(])-(?=[^\s)])"))
    try:
        nodes = parser.process(searched)
    except Exception as error:  # Whoosh's parser raises assorted types on odd input.
        raise QueryError(f"cannot read this query ({type(error).__name__})") from error
    _check_fields(nodes, schema)
    try:
        parsed = nodes.query(parser).normalize()
    except Exception as error:
        raise QueryError(f"cannot read this query ({type(error).__name__})") from error
    found = _Rewriting(resolve_entity)
    strict = _required_words(_rewrite(parsed, found))
    relaxed = None if "AND" in searched.split() else _any_word(strict)
    return ParsedQuery(text, strict, tuple(found.unknown), tuple(found.notices), relaxed)


def _is_optional(q: Query) -> bool:
    return bool(getattr(q, "optional_word", False))


def _is_plain(q: Query) -> bool:
    return bool(getattr(q, "plain_word", False))


def _required_words(q: Query) -> Query:
    """The query without its optional words (stopwords, question words), unless they are
    all it has: ``Siapakah CEO OpenAI`` requires ``CEO OpenAI``, ``yang`` alone is searched."""
    from whoosh import query

    if not isinstance(q, query.And):
        return q
    kept = [child for child in q.subqueries if not _is_optional(child)]
    if not any(not isinstance(child, query.Not) for child in kept):
        return q
    return query.And(kept, boost=q.boost).normalize()


def _any_word(q: Query) -> Query | None:
    """``a b date:2023 -c`` as ``(a OR b) date:2023 -c``: the best partial matches, for
    when too few articles have every word. Only plain words and phrases are relaxed: a
    field, pattern, exclusion or group the user wrote stays required. None when there is nothing
    to relax."""
    from whoosh import query

    if not isinstance(q, query.And):
        return None
    words = [child for child in q.subqueries if _is_plain(child)]
    required = [child for child in q.subqueries if not _is_plain(child)]
    if len(words) >= 2:
        return query.And([query.Or(words), *required]).normalize()
    if words and any(not isinstance(child, query.Not) for child in required):
        # One word beside a field or phrase: the word ranks, the rest filters.
        return query.AndMaybe(query.And(required).normalize(), words[0])
    return None


@dataclass
class _Rewriting:
    """One query's rewrite, and what it found to tell the user."""

    resolve_entity: EntityResolver
    unknown: list[str] = field(default_factory=list)
    notices: dict[str, None] = field(default_factory=dict)


def _check_fields(nodes: Any, schema: Schema) -> None:
    """Say in the user's terms what Whoosh fails on with its own: a stored field that is not
    searchable (``path:etc`` gave "cannot read this query (Exception)") and a date that is
    none (``date:[9999-99-99 TO x]`` gave "(TimeError)"; ``date:9999-99-99`` nothing)."""
    from whoosh import fields
    from whoosh.qparser import syntax

    for node in _syntax_leaves(nodes):
        fieldname = getattr(node, "fieldname", None)
        if fieldname is None or fieldname not in schema:
            continue
        field = schema[fieldname]
        if field.format is None:
            raise QueryError(
                f"the field {excerpt(fieldname, QUOTED_CHARS)} cannot be searched "
                f"(the fields are {', '.join(USER_FIELDS)})"
            )
        if not isinstance(field, fields.DATETIME):
            continue
        if isinstance(node, syntax.RangeNode):
            texts = [node.start, node.end]
        else:
            texts = [getattr(node, "text", None)]
        for text in texts:
            # Whoosh marks a date it cannot read with ``error`` and matches nothing.
            if text not in (None, "*") and getattr(
                field.parse_query(fieldname, text), "error", None
            ):
                date = excerpt(text, QUOTED_CHARS)
                raise QueryError(f"not a date: {date} (write 2023-03-31, 2023-03 or 2023)")


def _syntax_leaves(node: Any) -> Iterator[Any]:
    from whoosh.qparser import syntax

    if isinstance(node, syntax.GroupNode):
        for child in node:
            yield from _syntax_leaves(child)
    else:
        yield node


def _rewrite(q: Query, found: _Rewriting) -> Query:
    from whoosh import query

    if isinstance(q, query.AndNot):
        # whoosh3's AndNot matcher lets excluded documents through; And + Not does not.
        positive = _rewrite(q.a, found)
        return query.And([positive, query.Not(_rewrite(q.b, found))])
    if q.field() == "entity" and isinstance(q, (query.Term, query.Phrase)):
        value = q.text if isinstance(q, query.Term) else " ".join(q.words)
        keys = found.resolve_entity(str(value))
        if not keys:
            found.unknown.append(str(value))
            return query.NullQuery
        return query.Or([query.Term("entity", entity_term(key)) for key in keys])
    if isinstance(q, (query.Prefix, query.Wildcard)):
        return _rewrite_pattern(q)
    if isinstance(q, query.Every):
        # ``*``, in any field, is every article: Whoosh answers ``field:*`` by reading the
        # postings of every word of the field (300 articles: 5.3 s, cut off, no hits).
        return query.Every()
    if isinstance(q, query.TermRange):
        # ``[a TO z]`` as a bounded expansion, like a prefix (it took 15 s unbounded).
        return _bounded(q)
    if isinstance(q, query.FuzzyTerm):
        return _rewrite_fuzzy(q, found)
    return q.apply(lambda child: _rewrite(child, found))


def _rewrite_fuzzy(q: Any, found: _Rewriting) -> Query:
    """Fuzzy words run on the exact fields, within a bounded distance of a bounded word."""
    from whoosh import query

    if len(q.text) > MAX_FUZZY_CHARS:
        found.notices[
            f"fuzzy search takes words of at most {MAX_FUZZY_CHARS} letters; "
            "a longer one is searched as typed"
        ] = None
        return query.Term(q.fieldname, q.text, boost=q.boost)
    if q.maxdist > MAX_FUZZY_DISTANCE:
        found.notices[
            f"fuzzy search allows at most {MAX_FUZZY_DISTANCE} changes: "
            f"~{q.maxdist:g} was searched as ~{MAX_FUZZY_DISTANCE}"
        ] = None
    bounded = _bounded(q)
    bounded.maxdist = min(q.maxdist, MAX_FUZZY_DISTANCE)
    # The first letter as typed: Whoosh otherwise measures the edit distance to every
    # word of the index (IndoSum tiled to 10,000 articles, eight misspelt words: median
    # 1,159 -> 186 ms, the same hits).
    bounded.prefixlength = max(q.prefixlength, FUZZY_PREFIX)
    return bounded


def entity_term(key: str) -> str:
    """An entity key as the one term of the ``entity`` field that stands for it.

    Used where articles are indexed and where ``entity:`` builds its query: the field is a
    lowercased keyword list split on spaces, so a user's id ``UPPER_ID`` was indexed as
    ``upper_id`` and ``Bad Id With Spaces`` as four words, and the query, built from the raw
    id, found neither.
    """
    return "_".join(key.lower().split())


def _fields_plugin_class() -> type:
    from whoosh import query
    from whoosh.qparser import plugins, syntax

    from search.analysis import stemmed_analyzer

    exact_only = (
        plugins.PhrasePlugin.PhraseNode,
        plugins.PrefixPlugin.PrefixNode,
        plugins.WildcardPlugin.WildcardNode,
        plugins.FuzzyTermPlugin.FuzzyTermNode,
    )
    exact_fields = list(STEMMED_FIELDS.values())
    stemmed_fields = list(STEMMED_FIELDS)
    phrase = plugins.PhrasePlugin.PhraseNode

    def copy_to(node: Any, fieldname: str) -> Any:
        copied = copy.copy(node)
        copied.set_fieldname(fieldname)
        copied.set_boost(FIELD_BOOSTS.get(fieldname, 1.0))
        return copied

    class PlainWord(query.Or):
        """An unfielded word or phrase: a partial match may lack it (see ``_any_word``).

        A quoted phrase is relaxed too: a pasted quotation the text words differently
        (``" My Heart Will Go On "``) emptied the page of a typed question.
        """

        plain_word = True

    class OptionalWord(query.Or):
        """A stopword or question word: searched only when the query has nothing else."""

        optional_word = True

    class PlainGroup(syntax.OrGroup):
        qclass = PlainWord

    class OptionalGroup(syntax.OrGroup):
        qclass = OptionalWord

    class FieldsPerKindPlugin(plugins.MultifieldPlugin):
        """Sends each word to the fields that answer its kind.

        A plain word goes to the stemmed fields only, a phrase, prefix or fuzzy word to the
        exact ones (``title:"elon musk"`` to ``title_exact``). Searching both twins for a
        plain word tripled its cost (the exact body holds as many postings as the stemmed
        one and Whoosh scores every posting; 10,000 articles, ten common words: median 133
        -> 46 ms). A word the stemmed analyzer drops (a stopword) is searched as typed, and
        is optional (see ``_required_words``).
        """

        def __init__(self) -> None:
            super().__init__(list(SEARCH_FIELDS), FIELD_BOOSTS)

        def do_multifield(self, parser: Any, group: Any) -> Any:
            for i, node in enumerate(group):
                if isinstance(node, syntax.GroupNode):
                    group[i] = self.do_multifield(parser, node)
                elif isinstance(node, exact_only) and node.fieldname in STEMMED_FIELDS:
                    node.set_fieldname(STEMMED_FIELDS[node.fieldname], override=True)
                elif node.has_fieldname and node.fieldname is None:
                    fields, optional = self._fields(node)
                    kind: type
                    if optional:
                        kind = OptionalGroup
                    elif type(node) is syntax.WordNode or isinstance(node, phrase):
                        kind = PlainGroup
                    else:
                        kind = self.group
                    group[i] = kind([copy_to(node, f) for f in fields])
            return group

        def _fields(self, node: Any) -> tuple[list[str], bool]:
            """The fields for ``node``, and whether it is a stopword."""
            if isinstance(node, exact_only):
                return exact_fields, False
            if type(node) is syntax.WordNode:
                stems = stemmed_analyzer()(node.text, mode="query")
                if any(True for _ in stems):
                    return stemmed_fields, False
                return exact_fields, True
            return list(SEARCH_FIELDS), False

    return FieldsPerKindPlugin


def _rewrite_pattern(q: Any) -> Query:
    """Prefixes and wildcards run on the exact fields, anchored and bounded; ``*`` is all."""
    from whoosh import query

    if q.text == "*":
        return query.Every()
    if isinstance(q, query.Prefix):
        return _bounded(q)
    literal = re.match(r"[^*?]*", q.text)
    if literal is None or len(literal.group()) < MIN_PREFIX_CHARS:
        return query.NullQuery
    return _bounded(q)


def _bounded(q: Any) -> Any:
    """A copy of a prefix, pattern, range or fuzzy query whose expansion is bounded."""
    base: type = type(q)
    bounded = copy.copy(q)
    bounded.__class__ = _bounded_class(base)
    return bounded


@functools.cache
def _bounded_class(base: type) -> type:
    """``base`` expanded to at most ``MAX_EXPANSIONS`` words, the most frequent first.

    At most ``MAX_SCANNED_TERMS`` index words are looked at, and the search's ``cancelled``
    is polled between them: an unbounded ``ber*`` cost seconds at 100,000 articles.
    """
    from whoosh import query

    class Bounded(base):
        def _btexts(self, ixreader: IndexReader) -> list[bytes]:
            budget = current_budget()
            budget.check()
            if isinstance(self, query.Prefix) and len(self.text) < MIN_PREFIX_CHARS:
                return []
            found: list[tuple[int, bytes]] = []
            fieldname = self.fieldname
            scanned_all = True
            for count, term in enumerate(super()._btexts(ixreader)):
                if count % CANCEL_POLL_TERMS == 0:
                    budget.check()
                if count >= MAX_SCANNED_TERMS:
                    scanned_all = False
                    break
                key = term if isinstance(term, bytes) else term.encode("utf-8")
                found.append((ixreader.doc_frequency(fieldname, key), key))
            if not scanned_all or len(found) > MAX_EXPANSIONS:
                budget.notice(
                    "a prefix, pattern, range or fuzzy word matched too many words: "
                    f"only the {MAX_EXPANSIONS} most common are searched"
                )
            found.sort(reverse=True)
            return [key for _, key in found[:MAX_EXPANSIONS]]

    Bounded.__name__ = Bounded.__qualname__ = f"Bounded{base.__name__}"
    return Bounded


class _LazyClass:
    """Builds the Whoosh subclass on first use, so importing this module stays cheap."""

    def __init__(self, factory: Callable[[], type]) -> None:
        self._factory = factory
        self._made: type | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._made is None:
            self._made = self._factory()
        return self._made(*args, **kwargs)


_FieldsPerKindPlugin = _LazyClass(_fields_plugin_class)


# -- what matched, and where -------------------------------------------------------------------


@dataclass(frozen=True)
class MatchTerms:
    """The indexed terms a query matched, per kind of field (stemmed or exact)."""

    stemmed: frozenset[str]
    exact: frozenset[str]

    def __bool__(self) -> bool:
        return bool(self.stemmed or self.exact)


def matched_terms(q: Query, reader: IndexReader) -> MatchTerms:
    """Expand prefixes and fuzzy terms once against the index (never once per hit).

    Walks the leaves itself: whoosh3's ``Query.existing_terms`` reuses its ``fieldname``
    argument as a loop variable and so drops every field but the first one it meets.
    """
    budget = current_budget()
    stemmed: set[str] = set()
    exact: set[str] = set()
    for leaf in q.leaves():
        budget.check()
        for fieldname, text in leaf.expanded_terms(reader, phrases=True):
            if fieldname not in SEARCH_FIELDS:
                continue
            word = text.decode("utf-8") if isinstance(text, bytes) else str(text)
            if not reader.doc_frequency(fieldname, word):
                continue
            (stemmed if fieldname in STEMMED_FIELDS else exact).add(word)
    return MatchTerms(frozenset(stemmed), frozenset(exact))


def match_spans(text: str, terms: MatchTerms) -> list[tuple[int, int]]:
    """Character spans of ``text`` whose analysed tokens are among ``terms``, merged, sorted."""
    from search.analysis import exact_analyzer, stemmed_analyzer

    spans: list[tuple[int, int]] = []
    for analyzer, wanted in ((stemmed_analyzer(), terms.stemmed), (exact_analyzer(), terms.exact)):
        if wanted:
            spans.extend(
                (token.startchar, token.endchar)
                for token in analyzer(text, chars=True, positions=True, mode="index")
                if token.text in wanted
            )
    return _merge(spans)


#: The fields that index an article's body, and which kind of matched terms each holds.
BODY_FIELDS = (("content", "stemmed"), ("exact", "exact"))


def posting_spans(
    reader: IndexReader, docnums: Iterable[int], terms: MatchTerms
) -> dict[int, list[tuple[int, int]]] | None:
    """What :func:`match_spans` gives for each document's body, read from the postings.

    Re-analysing a body costs ~3.5 ms, so a page of 20 hits cost ~70 ms; the body fields
    store character positions, and a few postings reads replace the analysis. None for an
    index built before they did: the caller then analyses the text. Each word gives at most
    its first ``MAX_SNIPPET_SPANS`` places in a document (the first ones of the merge).
    """
    budget = current_budget()
    fields = [(name, getattr(terms, kind)) for name, kind in BODY_FIELDS]
    formats = [reader.schema[name].format for name, _ in fields]
    if not all(found is not None and found.supports("characters") for found in formats):
        return None
    wanted = sorted(set(docnums))
    found: dict[int, list[tuple[int, int]]] = {docnum: [] for docnum in wanted}
    for fieldname, words in fields:
        for word in words:
            budget.check()
            if not reader.doc_frequency(fieldname, word):
                continue
            postings = reader.postings(fieldname, word)
            for docnum in wanted:
                if postings.is_active() and postings.id() < docnum:
                    postings.skip_to(docnum)
                if not postings.is_active():
                    break
                if postings.id() == docnum:
                    chars = postings.value_as("characters")
                    found[docnum].extend(
                        (start, end) for _, start, end in chars[:MAX_SNIPPET_SPANS]
                    )
    return {docnum: _merge(spans)[:MAX_SNIPPET_SPANS] for docnum, spans in found.items()}


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_SENTENCE_START = re.compile(r"(?<=[.!?…])\s+|\n+")


def make_snippet(
    body: str, spans: Sequence[tuple[int, int]], width: int = SNIPPET_CHARS
) -> Snippet:
    """The window of ``body`` with the most matches, cut on word boundaries, on one line.

    ``spans`` are sorted and disjoint (as :func:`match_spans` gives them); only the first
    ``MAX_SNIPPET_SPANS`` are weighed, so an article repeating a word 60,000 times costs
    no more than one repeating it 5,000 times.
    """
    if not spans:
        return _one_line(body, 0, min(len(body), width), [])
    best_start = _densest_window(spans[:MAX_SNIPPET_SPANS], width)
    # Start at the sentence that holds the first match when it is close, else a little before.
    begin = max(0, best_start - width // 4)
    boundary = None
    for found in _SENTENCE_START.finditer(body, begin, best_start):
        boundary = found.end()
    if boundary is not None:
        begin = boundary
    elif begin > 0:
        space = body.find(" ", begin, best_start)
        begin = space + 1 if space != -1 else begin
    end = min(len(body), begin + width)
    if end < len(body):
        space = body.rfind(" ", begin, end)
        end = space if space > best_start else end
    inside = [(max(s, begin), min(e, end)) for s, e in spans if s < end and e > begin]
    return _one_line(body, begin, end, inside)


def _densest_window(spans: Sequence[tuple[int, int]], width: int) -> int:
    """Where the window of ``width`` characters that holds the most whole spans starts.

    A sliding window: spans are sorted and disjoint, so their ends rise with their starts
    and the first span that no longer fits only moves right (counting afresh from every
    span was quadratic: 20,000 matches in one article took 9.9 s).
    """
    best_start, best_count = spans[0][0], 0
    fitted = 0
    for index, (start, _) in enumerate(spans):
        fitted = max(fitted, index)
        while fitted < len(spans) and spans[fitted][1] <= start + width:
            fitted += 1
        if fitted - index > best_count:
            best_start, best_count = start, fitted - index
    return best_start


def _one_line(body: str, begin: int, end: int, spans: Sequence[tuple[int, int]]) -> Snippet:
    """Flatten newlines (same length, so spans keep their offsets) and add ellipses."""
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(body) else ""
    text = body[begin:end].replace("\n", " ")
    shift = len(prefix) - begin
    marks = tuple((s + shift, e + shift) for s, e in spans)
    return Snippet(prefix + text + suffix, marks)


_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}


def plain_words(text: str) -> list[str]:
    """The bare words of a query (no field, operator or quoted part), for "did you mean"."""
    without_quotes = re.sub(r'"[^"]*"?', " ", _PUNCTUATION.sub(" ", text))
    words = []
    for word in without_quotes.split():
        if any(mark in word for mark in ":*?~") or word.upper() in _OPERATORS:
            continue
        word = word.strip("()-+")
        if word.isalpha() and len(word) > 2:
            words.append(word)
    return words
