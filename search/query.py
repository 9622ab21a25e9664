"""From a user's query string to a Whoosh query, and from matches to marked text.

The parser is Whoosh's own; warta rewrites the parsed tree where the defaults hurt users:
plain words match their stems (stemmed fields only), quoted phrases match the surface form
(exact fields only), prefixes, patterns, ranges and fuzzy terms expand a bounded number of
words (an unbounded ``ber*`` costs seconds at 100,000 articles), ``*`` alone or in a field
is every article, ``entity:`` names resolve through the corpus entity registry, and the
workspace words ``tag:NAME``, ``is:starred`` and ``has:note`` become the article ids the
user's workspace holds for them, inside the Whoosh query (so they combine with everything
else: ``tag:pemilu -is:starred``, ``has:note OR tag:baca``).
"""

from __future__ import annotations

import bisect
import copy
import functools
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.search.errors import N_, Message, WartaError, excerpt
from warta.search.model import Snippet
from warta.search.ranking import FIELD_BOOSTS
from warta.search.sanitize import clean_line, visible

if TYPE_CHECKING:
    from whoosh.fields import Schema
    from whoosh.query import Query
    from whoosh.reading import IndexReader

MAX_QUERY_CHARS = 1000


@functools.cache
def query_code_version() -> str:
    """A digest of the code and data that read a query and run it (this package, less the
    entity extractor, whose changes give a new index anyway): a saved search's "nothing
    new" state carries it (``SearchService.index_state``), as an upgrade of warta may find
    other articles for the same query on the same index. Hashed, not a number to bump: a
    number nobody bumped kept a count at 0 until the index changed."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*package.glob("*.py"), *(package / "data").glob("*.*")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


#: Parentheses inside parentheses: far past any use, and below where building the query
#: runs out of Python's stack (400 said "cannot read this query (RecursionError)").
MAX_NESTING = 100
MIN_PREFIX_CHARS = 2
#: What the weights after ``^`` may come to, multiplied down a query's groups: far past any
#: use, and far below where scores overflow (``elon^`` and 40 nines scored inf, which
#: ``--json`` wrote as ``Infinity``, not JSON).
MAX_WEIGHT = 1_000_000
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
#: The field of the articles' dates as days in digits (``index.build_schema``).
DAY_FIELD = "day"
STEMMED_FIELDS = {"title": "title_exact", "content": "exact"}
#: ``title:`` also searches the titles made of an article's first sentence, which the
#: title fields leave out so that they do not weigh as titles (``Article.ranked_title``):
#: the title shown found nothing.
SHOWN_TITLES = {"title": "shown_title", "title_exact": "shown_title_exact"}
EXACT_TWINS = {exact: stemmed for stemmed, exact in STEMMED_FIELDS.items()}
FIELD_ALIASES = {"title": ["judul"], "source": ["sumber"], "content": ["body", "isi"]}
#: The fields a user may name, as messages list them (the others are warta's own).
USER_FIELDS = ("title", "content", "source", "date", "entity", "id")
#: Characters of a user's word a message quotes back.
QUOTED_CHARS = 40

#: Resolves an ``entity:`` value to the article-level keys it stands for (empty: unknown).
EntityResolver = Callable[[str], Sequence[str]]
#: The words of a query that name the user's workspace, not a field of the index.
WORKSPACE_WORDS = ("tag", "is", "has")
#: Resolves a workspace word and its value (``("tag", "pemilu")``) to article ids; raises
#: WartaError for a value that means nothing (see ``Workspace.articles_for``).
WorkspaceResolver = Callable[[str, str], Sequence[str]]
#: What an empty workspace word tells the user, rather than finding nothing in silence.
_NOTHING_IN_WORKSPACE = {
    "tag": N_("no article has the tag {value}"),
    "is": N_("no article is starred yet"),
    "has": N_("no article has a note yet"),
}


class QueryError(WartaError):
    """A query that cannot mean anything; the message is one line for the user."""


class WorkspaceNeeded(QueryError):
    """``tag:``, ``is:starred`` or ``has:note`` with no workspace open: a caller that knows
    why it did not open says that instead."""


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
    notices: dict[Message, None] = field(default_factory=dict)

    def check(self) -> None:
        """Raise :class:`SearchCancelled` when the caller gave up."""
        if self.cancelled():
            raise SearchCancelled

    def notice(self, message: Message) -> None:
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
    notices: tuple[Message, ...] = ()
    #: Any of the content words (exclusions still apply): the partial matches ranked after
    #: the articles that have them all. None when the query has one clause or says ``AND``.
    relaxed: Query | None = None
    #: Words of the query no article has (lowercased), each searched as its correction too
    #: (None: the index has no word close enough).
    alternatives: Mapping[str, str | None] = field(default_factory=dict)


#: The weight of a form of a word that is to match without counting (the short word in
#: the words typed out before the last, ``_short_forms``). Not 0: Whoosh's union of a
#: small index's matches drops an article whose score in it is 0, so a story writing
#: only "WNI" matched ``warga negara indonesia`` through the sidecars and not without.
UNSCORED_FORM_WEIGHT = 1e-4
#: A number joined to a word or number by a dash (``2-0``, ``covid-19``): a score or a numbered
#: name, searched as its parts in a row. An amount (``Rp25000000``) is not one.
_JOINED_BY_DASH = re.compile(r"\d\s*[-–]\s*\w|\w\s*[-–]\s*\d")
#: A day and month in digits, spaced as a tokenised archive writes them ("24 8", "24 8 2016").
_SPACED_DAY = re.compile(r"\d{1,2} \d{1,2}(?: \d{4})?")
#: ``?`` that does not stand inside a word (``Srinagar?``, a lone ``?``) and ``:`` that ends
#: a word are punctuation, not a wildcard and a field: a typed question found nothing.
#: ``ab?d`` stays a one-letter wildcard.
_PUNCTUATION = re.compile(r"(?<![\w*])\?+|\?+(?![\w*])|(?<=\w):(?=\s|$)")


def clean_query(text: str) -> str:
    """The query as it may be searched and shown: one line, without control characters,
    lone surrogates or NULs. A lone surrogate (a byte of the command line that is not
    UTF-8) is dropped, as ``clean_line`` drops it from a tag or a name: made a ``?``, it
    split ``tag:a\udcffb`` into two words, and the tag ``warta tag`` had stored as ``ab``
    was "write one word after tag:"."""
    return clean_line(text.replace("\x00", " "))


def normalise_query(text: str) -> str:
    """:func:`clean_query`, refusing what cannot be a query."""
    text = clean_query(text)
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            N_("the query is too long (at most {limit} characters)"), limit=MAX_QUERY_CHARS
        )
    return text


def parse_query(
    text: str,
    schema: Schema,
    resolve_entity: EntityResolver,
    resolve_workspace: WorkspaceResolver | None = None,
    alternatives: Mapping[str, str | None] | None = None,
    misspelt: Mapping[str, Sequence[str]] | None = None,
) -> ParsedQuery:
    """Parse with Whoosh's query language (AND by default, OR, NOT/-, "", field:, ~, *).

    Without ``resolve_workspace`` (no workspace open), ``tag:``, ``is:`` and ``has:`` are
    refused with a message rather than searched as words. ``alternatives`` maps a plain
    word (lowercased) to another searched with it as one word, either of them matching:
    the service's correction of a word no article has (``ibrahimovich``: Ibrahimovic;
    None: no correction). ``misspelt`` maps a plain word to the other forms of it the
    archive writes, a slip (``putaran``: putara, ``suggest.archive_typos``) or another
    affix of a loanword (``posting``: postingan, ``analysis.affixed_forms``): the story
    writing one has the word, unscored there.
    """
    from whoosh import qparser

    text = normalise_query(text)
    syntax = _fold_syntax(text, schema)
    _check_nesting(syntax)
    _check_field_has_value(syntax, schema)
    searched = _PUNCTUATION.sub(" ", syntax)
    if not any((char.isalnum() or char == "*") and visible(char) for char in searched):
        raise QueryError(N_("type some words to search"))
    unknown_fields: list[str] = []
    parser = qparser.QueryParser(None, schema)
    parser.remove_plugin_class(qparser.FieldsPlugin)
    parser.add_plugin(_UnknownFieldsAsText(unknown_fields))
    fields_plugin = _FieldsPerKindPlugin(alternatives or {}, misspelt or {})
    parser.add_plugin(fields_plugin)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    parser.add_plugin(_OperandsCheck())
    # A minus excludes only at the start of a word: "covid-19" is one word, not covid NOT 19,
    # and "Ke - 10" is text, not Ke NOT 10.
    parser.add_plugin(_PlusMinusInGroups(minusexpr=r"(?<![^\s(])-(?=[^\s)])"))
    try:
        nodes = parser.process(searched)
    except QueryError:
        raise
    except Exception as error:  # Whoosh's parser raises assorted types on odd input.
        raise QueryError(
            N_("cannot read this query ({problem})"), problem=type(error).__name__
        ) from error
    _check_fields(nodes, schema)
    _each_side_once(nodes)
    try:
        built = _exclusions_alone(nodes.query(parser))
    except Exception as error:
        raise QueryError(
            N_("cannot read this query ({problem})"), problem=type(error).__name__
        ) from error
    _check_term_ranges(built)
    try:
        parsed = built.normalize()
    except Exception as error:
        raise QueryError(
            N_("cannot read this query ({problem})"), problem=type(error).__name__
        ) from error
    _check_weights(parsed)
    found = _Rewriting(resolve_entity, resolve_workspace)
    for name in dict.fromkeys(unknown_fields):
        if name.isalpha():  # a word, not the hour of ``10:30``
            notice = Message.of(
                N_(
                    "{name}: is not a field, so it was searched as a word (the fields are {fields})"
                ),
                name=excerpt(name, QUOTED_CHARS),
                fields=", ".join(USER_FIELDS),
            )
            found.notices[notice] = None
    for word, correction in fields_plugin.corrected.items():
        # Said, as the hits with the correction are not what was typed.
        notice = Message.of(
            N_("no article has {word}: {correction} was searched too"),
            word=excerpt(word, QUOTED_CHARS),
            correction=correction,
        )
        found.notices[notice] = None
    spoken = _spoken_stopwords_only(searched)
    if spoken is not None:
        found.notices[spoken] = None
    strict = _required_words(_rewrite(parsed, found))
    relaxed = None if "AND" in searched.split() else _any_word(strict)
    return ParsedQuery(
        text, strict, tuple(found.unknown), tuple(found.notices), relaxed, dict(alternatives or {})
    )


def _check_weights(q: Query, above: float = 1.0) -> None:
    """Refuse weights (``word^N``, ``(a b)^N``) that multiply past ``MAX_WEIGHT``."""
    weight = above * float(getattr(q, "boost", 1.0))
    if not weight <= MAX_WEIGHT:  # also NaN
        raise QueryError(N_("the weights after ^ come to more than {limit}"), limit=MAX_WEIGHT)
    for child in q.children():
        _check_weights(child, weight)


def _check_nesting(text: str) -> None:
    """Refuse parentheses nested past ``MAX_NESTING`` (those inside a phrase are text)."""
    depth = 0
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char == "(":
            depth += 1
            if depth > MAX_NESTING:
                raise QueryError(
                    N_("the query nests parentheses too deeply (at most {limit})"),
                    limit=MAX_NESTING,
                )
        elif char == ")":
            depth = max(0, depth - 1)


#: A field name and its colon that end the query: the value is still to be typed (an
#: opened or empty phrase or group, ``title:"``, ``title:()``, is none either).
_FIELD_AT_END = re.compile(r'(?:^|(?<=[\s(]))(\w+):\s*(?:"\s*"?|\(\s*\)?)?\s*$')


#: The signs of the query language, each written as one character.
_SYNTAX_SIGNS = frozenset('-+():"[]{}~*^?')
#: A run of word characters before a colon (a field name) or alone between spaces and
#: parentheses (an operator such as ``OR``).
_SYNTAX_WORD = re.compile(r"(?<![^\s(+\-])\w+(?=:)|(?<![^\s(])\w+(?![^\s)])")


@functools.cache
def _syntax_sign_table() -> dict[int, str]:
    """The fullwidth, small and vertical forms (U+FE10-U+FF65) of the query's signs:
    ``－musk``, ``（a OR b）`` and ``ｓｏｕｒｃｅ：x`` as East Asian keyboards type them; and
    the curly double quotes that phones, macOS and word processors put for ``"``: a
    ``“musk elon”`` so typed was two words in any order, not the phrase."""
    table = dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f"), '"')
    for code in range(0xFE10, 0xFF66):
        folded = unicodedata.normalize("NFKC", chr(code))
        if folded in _SYNTAX_SIGNS:
            table[code] = folded
    return table


def _is_field_name(name: str, schema: Schema) -> bool:
    """Whether ``name`` before a colon names a field, an alias or a workspace word."""
    return (
        name in schema
        or name in WORKSPACE_WORDS
        or any(name in aliases for aliases in FIELD_ALIASES.values())
    )


def _fold_syntax(text: str, schema: Schema) -> str:
    """The query's syntax in compatibility forms folded (NFKC): signs (``－``, ``＋``, ``：``,
    ``（``...), field names before a colon and operators, so that ``ｓｏｕｒｃｅ:republika``,
    ``ａ ＯＲ ｂ`` and ``－musk`` do what their ASCII forms do (they were words: ``ＯＲ`` a
    word every article had to hold). The words stay as typed (``Apple™`` is not
    ``AppleTM`` here; the analyzer folds them as it folds the text)."""
    if text.isascii():
        return text
    text = text.translate(_syntax_sign_table())

    def folded(found: re.Match[str]) -> str:
        word = found.group()
        syntax = unicodedata.normalize("NFKC", word)
        if syntax != word and (
            syntax in _OPERATORS
            or syntax == "TO"
            or (text[found.end() : found.end() + 1] == ":" and _is_field_name(syntax, schema))
        ):
            return syntax
        return word

    return _SYNTAX_WORD.sub(folded, text)


def _check_field_has_value(text: str, schema: Schema) -> None:
    """``title:`` with nothing after it searched the word "title", and ``title:"`` found
    nothing without a word of why; say what is missing.

    Only a field's own name: ``Catatan:`` ending a pasted line stays text.
    """
    found = _FIELD_AT_END.search(text)
    if found is None:
        return
    name = found.group(1)
    if _is_field_name(name, schema):
        raise QueryError(
            N_("type what to search after {field}:"), field=excerpt(name, QUOTED_CHARS)
        )


_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}


@functools.cache
def _plugin_classes() -> tuple[type, type, type]:
    """The parser plugins that read ``name:``, the operators and ``-word`` as users expect."""
    from whoosh.qparser import plugins, syntax

    class UnknownFieldsAsText(plugins.FieldsPlugin):
        """``foo:bar`` where foo is no field is the words foo and bar, as in notmuch (Xapian):
        a pasted URL or hour is text, and a mistyped field (``titel:musk``) still finds
        ``musk`` among the partial matches. Whoosh's own ``remove_unknown`` glued the two into
        one word whose parts had to share a field, and said nothing; the caller adds a notice.
        """

        def __init__(self, unknown: list[str]) -> None:
            super().__init__(remove_unknown=False)
            self.unknown = unknown

        def do_fieldnames(self, parser: Any, group: Any) -> Any:
            for index, node in enumerate(group):
                if (
                    isinstance(node, syntax.FieldnameNode)
                    and node.fieldname not in parser.schema
                    and node.fieldname not in WORKSPACE_WORDS
                ):
                    self.unknown.append(node.fieldname)
                    word = syntax.WordNode(node.fieldname)
                    word.startchar, word.endchar = node.startchar, node.endchar
                    group[index] = word
            return super().do_fieldnames(parser, group)

    class OperandsCheck(plugins.Plugin):
        """An operator without its words is a message, not a search for the word "and".

        Whoosh searched ``musk AND`` as the words musk and "AND" (nothing found) and dropped
        a doubled ``AND AND`` silently. Runs once field names are applied and before words
        are sent to their fields, so ``title:AND`` and a quoted ``"AND"`` stay words.
        """

        def filters(self, parser: Any) -> list[tuple[Callable[..., Any], int]]:
            return [(self.check, 105)]

        def check(self, parser: Any, group: Any) -> Any:
            _drop_unseen_words(group)
            nodes = [node for node in group if not node.is_ws()]
            for index, node in enumerate(nodes):
                if isinstance(node, syntax.GroupNode):
                    self.check(parser, node)
                    continue
                before = nodes[index - 1] if index > 0 else None
                after = nodes[index + 1] if index + 1 < len(nodes) else None
                if (
                    type(node) is syntax.WordNode
                    and node.fieldname is None
                    and node.text in _OPERATORS
                ):
                    _missing_operand(node.text)
                if isinstance(node, syntax.InfixOperator) and (
                    _is_operator(before) or _is_operator(after)
                ):
                    _missing_operand(node.text)
                if isinstance(node, syntax.PrefixOperator) and (
                    after is None or isinstance(after, syntax.InfixOperator)
                ):
                    _missing_operand(node.text)
            return group

    class PlusMinusInGroups(plugins.PlusMinusPlugin):
        """``-word`` inside parentheses too: Whoosh sorted only the top level into required
        and excluded words, so ``(grok -altman) OR zuckerberg`` gave "cannot read this
        query (NotImplementedError)"."""

        def do_plusminus(self, parser: Any, group: Any) -> Any:
            for index, node in enumerate(group):
                if isinstance(node, syntax.GroupNode):
                    group[index] = self.do_plusminus(parser, node)
            if any(isinstance(node, (self.Plus, self.Minus)) for node in group):
                return super().do_plusminus(parser, group)
            return group  # as it is: a word's group of fields keeps its kind

    return UnknownFieldsAsText, OperandsCheck, PlusMinusInGroups


def _drop_unseen_words(group: Any) -> None:
    """Words and phrases of nothing visible (``\u200b``, a lone combining mark) are no
    words: ``NOT \u200b`` is ``NOT`` alone, and ``title:\u200b`` asks for a value as
    ``title:`` does (each found nothing, without a word of why)."""
    kept = []
    for node in group:
        if node.has_text and not visible(node.text):
            if node.fieldname is not None:
                raise QueryError(
                    N_("type what to search after {field}:"),
                    field=excerpt(node.fieldname, QUOTED_CHARS),
                )
            continue
        kept.append(node)
    group.nodes[:] = kept


def _is_operator(node: Any) -> bool:
    """No operand there: the edge of the query or group, or another operator."""
    from whoosh.qparser import syntax

    return node is None or isinstance(node, syntax.Operator)


def _missing_operand(operator: str) -> None:
    if operator.startswith("NOT"):
        raise QueryError(N_("{operator} needs a word after it"), operator=operator)
    raise QueryError(N_("{operator} needs a word on each side"), operator=operator)


def _exclusions_alone(q: Query) -> Query:
    """``-altman`` as ``NOT altman``, every article without the word: Whoosh built "nothing
    and not altman", which found nothing, while ``NOT altman`` found three articles."""
    from whoosh import query

    if isinstance(q, query.AndNot) and isinstance(q.a, query.And) and not q.a.subqueries:
        return query.Not(_exclusions_alone(q.b))
    return q.apply(_exclusions_alone)


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
    resolve_workspace: WorkspaceResolver | None = None
    unknown: list[str] = field(default_factory=list)
    notices: dict[Message, None] = field(default_factory=dict)


def _check_fields(nodes: Any, schema: Schema) -> None:
    """Say in the user's terms what Whoosh fails on with its own: a stored field that is not
    searchable (``path:etc`` gave "cannot read this query (Exception)"), a date that is
    none (``date:[9999-99-99 TO x]`` gave "(TimeError)"; ``date:9999-99-99`` nothing) and
    a range that holds nothing; and read a range's ``*`` bound as an open end."""
    from whoosh import fields
    from whoosh.qparser import syntax

    for node in _syntax_leaves(nodes):
        if isinstance(node, syntax.RangeNode):
            # ``[2023 TO *]`` is open at its end, as in Lucene (a date field read "*" as a
            # date and failed: "cannot read this query (Exception)").
            node.start = None if node.start == "*" else node.start
            node.end = None if node.end == "*" else node.end
        fieldname = getattr(node, "fieldname", None)
        if fieldname is None or fieldname not in schema:
            continue
        field = schema[fieldname]
        if field.format is None:
            raise QueryError(
                N_("the field {field} cannot be searched (the fields are {fields})"),
                field=excerpt(fieldname, QUOTED_CHARS),
                fields=", ".join(USER_FIELDS),
            )
        if not isinstance(field, fields.DATETIME):
            continue
        if isinstance(node, syntax.RangeNode):
            node.start, node.end = (
                None if bound is None else _date_text(bound) for bound in (node.start, node.end)
            )
            texts = [node.start, node.end]
        elif isinstance(getattr(node, "text", None), str):
            node.text = _date_text(node.text)
            texts = [node.text]
        else:
            texts = [getattr(node, "text", None)]
        for text in texts:
            if text not in (None, "*") and not _is_date(field, fieldname, text):
                raise QueryError(
                    N_("not a date: {date} (write 2023-03-31, 2023-03 or 2023)"),
                    date=excerpt(text, QUOTED_CHARS),
                )
        if isinstance(node, syntax.RangeNode):
            bounds = field.parse_range(
                fieldname, node.start, node.end, node.startexcl, node.endexcl
            )
            _check_range(bounds, node.start, node.end)


def _date_text(text: str) -> str:
    """A date as written, read as the date it means: its compatibility forms folded
    (``date:２０２３．０４`` was "not a date" while ``date:2023.04`` was April), and any dash
    between its parts a hyphen (``2023–04–15`` with en dashes, as a word processor or a
    phone's autocorrect writes a date, was "not a date")."""
    return "".join("-" if is_dash(char) else char for char in unicodedata.normalize("NFKC", text))


def is_dash(char: str) -> bool:
    """A dash a keyboard's autocorrect or a copied page may put for ``-``: the hyphen-minus
    itself, en and em dashes, the minus sign, the other hyphens."""
    return char == "\u2212" or unicodedata.category(char) == "Pd"


def _is_date(field: Any, fieldname: str, text: str) -> bool:
    """Whoosh marks a date it cannot read with ``error`` (and matches nothing), but raises
    for a year Python's dates lack: ``date:0000`` said the index was damaged."""
    try:
        return not getattr(field.parse_query(fieldname, text), "error", None)
    except (ValueError, OverflowError):
        return False


def _each_side_once(node: Any) -> None:
    """Make every two-sided group of ``node`` (``a ANDNOT b``, ``a ANDMAYBE b``, ``+a``,
    ``-a``) build each side's query once: Whoosh's built each twice, so a query's cost
    doubled with each one nested (``musk`` and 20 times `` ANDNOT x``, or ``-(`` 20 times
    around a word, held the CPU for minutes, the explorer's search bar with it)."""
    from whoosh.qparser import syntax

    if isinstance(node, syntax.BinaryGroup):
        base: type = type(node)
        node.__class__ = _each_side_once_class(base)
    if isinstance(node, syntax.GroupNode):
        for child in node:
            _each_side_once(child)


@functools.cache
def _each_side_once_class(base: type) -> type:
    """``base``, a Whoosh ``BinaryGroup``, whose ``query`` reads each side once."""
    from whoosh import query
    from whoosh.qparser import syntax

    class Once(base):
        def query(self, parser: Any) -> Query:
            # A side left empty (its word gone as punctuation) leaves the other alone.
            sides = [node.query(parser) for node in self.nodes]
            present = [side for side in sides if side is not None]
            if len(present) == 2:
                built = self.qclass(*present)
            else:
                built = present[0] if present else query.NullQuery
            return syntax.attach(built, self)

    Once.__name__ = Once.__qualname__ = base.__name__
    return Once


def _spoken_stopwords_only(searched: str) -> Message | None:
    """Why a query typed of spoken stopwords alone (``yg gak udah``) found nothing: they are
    searched only as written, and news writes ``yang``; the empty list gave no reason."""
    from warta.search.analysis import spoken_stopwords

    words = searched.split()
    if not words or any(word.lower() not in spoken_stopwords() for word in words):
        return None  # a field, a phrase, an operator or a content word: searched as it says
    return Message.of(
        N_("{words}: only spoken stopwords, which news spells out; add a word"),
        words=excerpt(" ".join(dict.fromkeys(words)), QUOTED_CHARS),
    )


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
    if q.field() in WORKSPACE_WORDS:
        return _workspace_articles(q, found)
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


def _workspace_articles(q: Query, found: _Rewriting) -> Query:
    """``tag:NAME``, ``is:starred``, ``has:note`` as the articles the workspace holds for
    them: their ids, matched on the index's ``id`` field and scored 0, so that they filter
    without changing the ranking of the words beside them."""
    from whoosh import query

    word = str(q.field())
    if not isinstance(q, query.Term):
        raise QueryError(
            N_("write one word after {word}: (tag:NAME, is:starred, has:note)"), word=word
        )
    if found.resolve_workspace is None:
        raise WorkspaceNeeded(
            N_("tag:, is:starred and has:note need your workspace, not open here")
        )
    value = str(q.text)
    ids = found.resolve_workspace(word, value)
    if not ids:
        # Not Whoosh's NullQuery, which And drops as "no condition": ``musk tag:nope`` found
        # every article about Musk.
        found.notices[Message.of(_NOTHING_IN_WORKSPACE[word], value=excerpt(value))] = None
    return _unscored_class()(query.Or([query.Term("id", i) for i in ids]))


def ranks_by_words(q: Query, schema: Schema) -> bool:
    """Whether ``q`` has words to rank by: a term of a scored field (the text, a title, an
    entity), not excluded. ``*``, a date range, ``tag:`` and ``is:starred`` alone score
    every article alike, so their "most relevant first" was the index's order; the search
    lists them newest first instead (``SearchService.search``)."""
    from whoosh import query

    if isinstance(q, (query.Not, query.ConstantScoreQuery, query.NumericRange, query.Every)):
        return False
    if isinstance(q, query.AndNot):
        return ranks_by_words(q.a, schema)
    if q.is_leaf():
        name = q.field()
        return name in schema.names() and bool(schema[name].scorable)
    return any(ranks_by_words(child, schema) for child in q.children())


@functools.cache
def _unscored_class() -> type:
    """A filter inside a query: matches what its child matches (nothing for an empty
    ``Or``, which it keeps), and adds 0 to the score.

    Whoosh's ``ConstantScoreQuery(child, 0.0)`` scored 1.0 (a weight of 0 reads as "none
    given"): ``musk OR tag:baca`` ranked every tagged article above the articles about Musk.
    """
    from array import array

    from whoosh import matching, query

    class Unscored(query.ConstantScoreQuery):
        #: What ``And.normalize`` reads when it merges nested clauses (Whoosh's wrappers
        #: lack it: ``grok tag:baca -is:starred`` raised AttributeError, told as damage).
        boost = 1.0

        def __init__(self, child: Query, score: float = 0.0) -> None:
            super().__init__(child, 0.0)

        def matcher(self, searcher: Any, context: Any = None) -> Any:
            reader = searcher.reader()
            if reader.is_atomic():
                docnums = sorted(_live_docnums(reader, self.child.iter_all_terms()))
            else:
                docnums = list(self.child.matcher(searcher, context).all_ids())
            if not docnums:
                return matching.NullMatcher()
            ids = array("I", docnums)
            return matching.ListMatcher(ids, weights=array("f", bytes(4 * len(ids))))

    return Unscored


def _live_docnums(reader: IndexReader, terms: Iterable[tuple[str, Any]]) -> Iterator[int]:
    """The documents of one segment that hold ``terms`` (ids: one document each), read from
    the term's entry rather than through a scored matcher: 3,000 starred articles took
    1.9 s as an ``Or`` of ``Term`` matchers."""
    for fieldname, text in terms:
        if (fieldname, text) not in reader:
            continue
        info = reader.term_info(fieldname, text)
        first = info.min_id()
        found: Iterable[int]
        if info.doc_frequency() == 1 and first is not None:
            found = (first,)
        else:  # an article deleted and added again in this segment
            found = reader.postings(fieldname, text).all_ids()
        yield from (docnum for docnum in found if not reader.is_deleted(docnum))


def _check_term_ranges(q: Query) -> None:
    """Check each word range of ``q`` before ``normalize``, which makes ``{a TO a}`` (both
    ends one word, one left out) a query of nothing: it found nothing, silently."""
    from whoosh import query

    for leaf in q.leaves():
        if isinstance(leaf, query.TermRange):
            _check_range(leaf, leaf.start, leaf.end)


def _check_range(q: Any, start: str | None, end: str | None) -> None:
    """A range that ends before it starts, or where it starts with an end left out
    (``{a TO a}``), holds nothing: say so, with the bounds as typed (``start`` and
    ``end``), rather than find nothing."""
    if getattr(q, "start", None) is None or getattr(q, "end", None) is None:
        return  # open at one end, or Whoosh's Every for ``[TO]``
    if q.start < q.end or (q.start == q.end and not (q.startexcl or q.endexcl)):
        return
    raise QueryError(
        N_("the range from {start} to {end} holds nothing"),
        start=excerpt(str(start), QUOTED_CHARS),
        end=excerpt(str(end), QUOTED_CHARS),
    )


def _rewrite_fuzzy(q: Any, found: _Rewriting) -> Query:
    """Fuzzy words run on the exact fields, within a bounded distance of a bounded word."""
    from whoosh import query

    if len(q.text) > MAX_FUZZY_CHARS:
        notice = Message.of(
            N_(
                "fuzzy search takes words of at most {count} letters; "
                "a longer one is searched as typed"
            ),
            count=MAX_FUZZY_CHARS,
        )
        found.notices[notice] = None
        return query.Term(q.fieldname, q.text, boost=q.boost)
    if q.maxdist > MAX_FUZZY_DISTANCE:
        notice = Message.of(
            N_("fuzzy search allows at most {count} changes: ~{typed} was searched as ~{count}"),
            count=MAX_FUZZY_DISTANCE,
            typed=f"{q.maxdist:g}",
        )
        found.notices[notice] = None
    bounded = _bounded(q)
    bounded.maxdist = min(q.maxdist, MAX_FUZZY_DISTANCE)
    # The first letter as typed: Whoosh otherwise measures the edit distance to every
    # word of the index (IndoSum tiled to 10,000 articles, eight misspelt words: median
    # 1,159 -> 186 ms, the same hits).
    # ``musk~/9``: at most the whole word (the automaton read letters past its end).
    bounded.prefixlength = min(max(q.prefixlength, FUZZY_PREFIX), len(q.text))
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
    from warta.search.analysis import (
        counted_digits,
        counted_word,
        other_words,
        short_word_runs,
        spoken_stopwords,
        stemmed_analyzer,
        tokenize,
    )
    from warta.search.dates import day_ranges, digit_forms, named_days
    from whoosh import query
    from whoosh.qparser import plugins, syntax

    exact_only = (
        plugins.PhrasePlugin.PhraseNode,
        plugins.PrefixPlugin.PrefixNode,
        plugins.WildcardPlugin.WildcardNode,
        plugins.FuzzyTermPlugin.FuzzyTermNode,
    )
    exact_fields = list(STEMMED_FIELDS.values())
    stemmed_fields = list(STEMMED_FIELDS)
    phrase = plugins.PhrasePlugin.PhraseNode
    wildcard = plugins.WildcardPlugin.WildcardNode

    def copy_to(node: Any, fieldname: str) -> Any:
        """``node`` in ``fieldname``, weighed as the field is (next to nothing, when a form
        of a word is to match without scoring: ``scored`` False)."""
        copied = copy.copy(node)
        copied.set_fieldname(fieldname)
        weight = 1.0 if getattr(node, "scored", True) else UNSCORED_FORM_WEIGHT
        copied.set_boost(FIELD_BOOSTS.get(fieldname, 1.0) * weight)
        return copied

    def numbers_in_a_row(node: Any) -> Any:
        """A score or a numbered name typed as one word (``2-0``, ``127-107``, ``covid-19``)
        as its parts in a row, found written either way: as separate words it asked for a 2
        and a 0 anywhere, which nearly every match report has."""
        if type(node) is not syntax.WordNode or not _JOINED_BY_DASH.search(node.text):
            return node
        if len(tokenize(node.text)) < 2:
            return node
        together = phrase(node.text, node.startchar)
        together.startchar, together.endchar = node.startchar, node.endchar
        return together

    def _as_typed(node: Any, words: str) -> Any:
        """``words`` where ``node`` was typed: a word, or several as a phrase (a name typed
        joined, foofighters: its words in a row)."""
        found: Any
        if " " in words or len(tokenize(words)) > 1:
            found = phrase(words, node.startchar)
            found.startchar, found.endchar = node.startchar, node.endchar
        else:
            found = copy.copy(node)
            found.text = words
        return found

    def _plain_unfielded(node: Any) -> bool:
        return type(node) is syntax.WordNode and node.fieldname is None

    def _typed_apart(group: Any) -> Iterator[list[Any]]:
        """Each run of plain words of ``group`` typed one space apart, in order."""
        words = [(i, node) for i, node in enumerate(group) if not node.is_ws()]
        chain: list[Any] = []
        for (i, node), after in itertools.zip_longest(words, words[1:]):
            if _plain_unfielded(node):
                chain.append(node)
            if not (_plain_unfielded(node) and after and _plain_unfielded(after[1])) or (
                after[0] != i + 2
            ):
                if chain:
                    yield chain
                chain = []

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

        def __init__(
            self,
            alternatives: Mapping[str, str | None],
            misspelt: Mapping[str, Sequence[str]],
        ) -> None:
            super().__init__(list(SEARCH_FIELDS), FIELD_BOOSTS)
            self.alternatives = alternatives
            self.misspelt = misspelt
            #: The words searched as their corrections too, as typed: the result says so.
            self.corrected: dict[str, str] = {}
            #: The plain words (by id) that are searched as a short word too, and whether
            #: it scores there (_short_forms).
            self.shortened: dict[int, tuple[str, bool]] = {}
            #: The plain words (by id) of a date typed in words, and the date in digits
            #: they are searched as too (_dates_in_digits).
            self.in_digits: dict[int, list[str]] = {}
            #: The plain words (by id) of a number typed in digits before what it counts,
            #: and its word with the next, searched in the exact fields too (_counted_words).
            self.counted_words: dict[int, str] = {}
            #: The plain words (by id) of a range of days already read (_ranges_of_days):
            #: one word (``1/3-3/3``) is a range again in the group it is put in.
            self.ranged: set[int] = set()

        def do_multifield(self, parser: Any, group: Any) -> Any:
            self._join_pairs(group)
            self._ranges_of_days(group)
            self._short_forms(group)
            self._dates_in_digits(group)
            self._counted_words(group)
            for i, node in enumerate(group):
                if isinstance(node, syntax.GroupNode):
                    group[i] = self.do_multifield(parser, node)
                elif (
                    isinstance(node, wildcard)
                    and node.text == "*"
                    and node.fieldname
                    and node.fieldname not in WORKSPACE_WORDS
                ):
                    # ``field:*`` is every article, as ``*`` is: the date field read "*" as
                    # a date it could not parse and matched nothing.
                    every = plugins.EveryPlugin.EveryNode()
                    every.startchar, every.endchar = node.startchar, node.endchar
                    group[i] = every
                elif node.has_fieldname and node.fieldname in SHOWN_TITLES:
                    if isinstance(node, exact_only) and node.fieldname in STEMMED_FIELDS:
                        node.set_fieldname(STEMMED_FIELDS[node.fieldname], override=True)
                    shown = copy.copy(node)
                    shown.set_fieldname(SHOWN_TITLES[node.fieldname], override=True)
                    group[i] = syntax.OrGroup([node, shown])
                elif isinstance(node, exact_only) and node.fieldname in STEMMED_FIELDS:
                    node.set_fieldname(STEMMED_FIELDS[node.fieldname], override=True)
                elif node.has_fieldname and node.fieldname is None:
                    typed = node
                    node = group[i] = numbers_in_a_row(node)
                    fields, optional = self._fields(node)
                    kind: type
                    if optional:
                        kind = OptionalGroup
                    elif type(node) is syntax.WordNode or isinstance(node, phrase):
                        kind = PlainGroup
                    else:
                        kind = self.group
                    group[i] = kind(
                        [copy_to(word, f) for word in self._forms(node, typed) for f in fields]
                        + [copy_to(day, DAY_FIELD) for day in self._days(typed)]
                        + [copy_to(word, f) for word in self._counted(typed) for f in exact_fields]
                    )
            return group

        def _join_pairs(self, group: Any) -> None:
            """Two plain words in a row that ``alternatives`` joins (``toko pedia``:
            tokopedia) as one word of the query: both words, or the joined one."""
            words = [(i, node) for i, node in enumerate(group) if not node.is_ws()]
            for (i, first), (j, second) in reversed(list(itertools.pairwise(words))):
                if group[j] is not second or not (
                    _plain_unfielded(first) and _plain_unfielded(second)
                ):
                    continue
                joined = self.alternatives.get(f"{first.text} {second.text}".lower())
                if joined is None or j == i + 1:  # typed apart: a space between them
                    continue
                together = copy.copy(first)
                together.text = joined
                together.endchar = second.endchar
                # Weighed as the two words it stands for: the articles with both words
                # apart outranked the one about the name.
                weighed = PlainGroup([together], boost=2.0)
                group[i] = PlainGroup([syntax.AndGroup([first, second]), weighed])
                del group[i + 1 : j + 1]

        def _ranges_of_days(self, group: Any) -> None:
            """A range of days typed as people say it (``22-26 agustus``, ``22 sampai 26
            agustus``) as one word of the query: its words as typed, or any of its days as
            news writes it (``dates.day_ranges``): "Rabu (24/8)", "(25 / 8 / 2016)", "23
            Agustus". As typed, the range asked for a 22 and a 26 in a row, which only a
            story writing the same range has. Only plain words typed apart; the word
            joining the two days is left out."""
            for chain in list(_typed_apart(group)):
                if any(id(node) in self.ranged for node in chain):
                    continue
                for places, forms in reversed(day_ranges([node.text for node in chain])):
                    words = [chain[at] for at in sorted(places)]
                    self.ranged.update(id(word) for word in words)
                    first = next(i for i, node in enumerate(group) if node is chain[min(places)])
                    last = next(i for i, node in enumerate(group) if node is chain[max(places)])
                    # Weighed as the words typed, as a day in digits is one word of each.
                    # A day spaced ("24 8") is left to the day in digits, which finds it
                    # (_dates_in_digits): written twice, it cost its phrase twice.
                    written = [form for form in forms if not _SPACED_DAY.fullmatch(form)]
                    days = PlainGroup([_as_typed(words[0], form) for form in written])
                    days.boost = float(len(words))
                    # The words in a group of their own, no space between them: not
                    # typed apart, so the group's own pass finds no range or day in them.
                    group[first] = PlainGroup([syntax.AndGroup(words), days])
                    del group[first + 1 : last + 1]

        def _short_forms(self, group: Any) -> None:
            """Plain words typed apart that ``analysis.short_words`` writes as one
            (``setya novanto``: setnov; ``jam tangan pintar``: smartwatch): each of them
            searched as the short word too. The story that writes only "Setnov" was not
            found at all, and the one writing only "smartwatch" lacked "jam" and "tangan",
            ranked below every story with the three words. Each word stays one word of the
            query, so a partial match may still have "Novanto" alone; and the short word
            weighs once, in the last word (the others match it unscored): scored in each, it
            counted twice in every story using both forms (``manchester united``: "MU")."""
            for chain in _typed_apart(group):
                runs = short_word_runs([node.text for node in chain])
                for at, (_, short) in runs.items():
                    last = at + 1 == len(chain) or runs.get(at + 1, (0,))[0] == 0
                    self.shortened.setdefault(id(chain[at]), (short, last))

        def _counted_words(self, group: Any) -> None:
            """A number up to five typed in digits before what it counts (``5 korban``)
            as its word before it too (``analysis.counted_word``), in the exact fields: a
            stopword, "lima korban" is not indexed as a 5, and the story lacked the 5."""
            for chain in _typed_apart(group):
                texts = [node.text for node in chain]
                for at, node in enumerate(chain):
                    word = counted_word(texts, at)
                    # A day (``3 september``) counts nothing.
                    if word is not None and id(node) not in self.in_digits:
                        self.counted_words[id(node)] = f"{word} {texts[at + 1]}"

        def _counted(self, typed: Any) -> list[Any]:
            """The number ``typed`` in digits as its word before what it counts, in a row
            (_counted_words): "lima korban", not a "lima" anywhere."""
            words = self.counted_words.get(id(typed))
            return [] if words is None else [_as_typed(typed, words)]

        def _dates_in_digits(self, group: Any) -> None:
            """A day typed in words (``23 agustus``, ``7 september 2005``) as news writes it
            in digits too (``dates.digit_forms``): "Selasa (23/8)", "(7/9/2005)". The story
            writing only that matched neither the day nor the month, and ranked below
            stories with a 23 and an August anywhere. Only plain words typed apart."""
            for chain in _typed_apart(group):
                if any(id(node) in self.ranged for node in chain):
                    continue
                for at, (_, forms) in digit_forms([n.text for n in chain]).items():
                    self.in_digits.setdefault(id(chain[at]), forms)

        def _forms(self, node: Any, typed: Any) -> list[Any]:
            """``node`` (what the plain word ``typed`` is searched as); for a word no article
            has, its correction beside it; for a nickname, shortening or synonym
            (``analysis.other_words``), the other words: a score typed ``0-0`` finds
            "tanpa gol" too."""
            if isinstance(typed, phrase) and typed is node:
                return [node, *self._corrected_phrase(node)]
            if type(typed) is not syntax.WordNode:
                return [node]
            forms = [node]
            lowered = typed.text.lower()
            alternative = self.alternatives.get(lowered) if node is typed else None
            if alternative is not None:
                forms.append(_as_typed(node, alternative))
                self.corrected[node.text] = alternative
            other = other_words().get(lowered)
            if other is not None:
                forms.append(_as_typed(node, other))
            counted = counted_digits(lowered) if node is typed else None
            if counted is not None:
                # ``seribu`` typed: the name (Kepulauan Seribu) or a thousand counted.
                forms.append(_as_typed(node, counted))
            for slip in self.misspelt.get(lowered, ()) if node is typed else ():
                # Matched, not scored: the slip is rarer than the word, and would outweigh it.
                found = _as_typed(node, slip)
                found.scored = False
                forms.append(found)
            short, scored = self.shortened.get(id(typed), (None, True))
            if short is not None:
                found = _as_typed(node, short)
                found.scored = scored
                forms.append(found)
            forms.extend(_as_typed(node, digits) for digits in self.in_digits.get(id(typed), ()))
            return forms

        def _corrected_phrase(self, node: Any) -> list[Any]:
            """A quoted phrase with its words no article has swapped for their corrections
            (``alternatives``), if it has any: ``"kerja kerjs kerja"`` found nothing, not
            even the speech it quotes, though a plain word mistyped so finds its word."""
            from warta.search.suggest import apply_corrections, correctable_words

            chosen = {word: fixed for word, fixed in self.alternatives.items() if fixed}
            corrected = apply_corrections(node.text, chosen)
            if corrected == node.text:
                return []
            for start, stop in correctable_words(node.text):
                word = node.text[start:stop]
                if chosen.get(word.lower()):
                    self.corrected[word] = chosen[word.lower()]
            found = copy.copy(node)
            found.text = corrected
            return [found]

        def _days(self, typed: Any) -> list[Any]:
            """The plain word ``typed`` of a day typed (``5 oktober``, ``5/10``) as the days
            in digits it names (``dates.named_days``), for the articles' dates (the
            ``day`` field): the article dated so only in its record, whose text says
            "Kamis", lacked the day and ranked below the stories of other days."""
            forms = self.in_digits.get(id(typed)) if type(typed) is syntax.WordNode else None
            if forms is None:
                return []
            days = []
            for day in named_days([typed.text, *forms]):
                found = copy.copy(typed)
                found.text = day
                days.append(found)
            return days

        def _fields(self, node: Any) -> tuple[list[str], bool]:
            """The fields for ``node``, and whether it is a stopword."""
            if isinstance(node, exact_only):
                return exact_fields, False
            if type(node) is syntax.WordNode:
                if node.text.lower() in spoken_stopwords():
                    return exact_fields, True
                stems = stemmed_analyzer()(node.text, mode="query")
                if any(True for _ in stems):
                    return stemmed_fields, False
                # ``lima korban``: a number before what it counts is a word of the query
                # (its digits a form of it, _short_forms), no stopword to leave out.
                short = self.shortened.get(id(node), ("",))[0]
                return exact_fields, short != counted_digits(node.text.lower())
            return list(SEARCH_FIELDS), False

    return FieldsPerKindPlugin


def _rewrite_pattern(q: Any) -> Query:
    """Prefixes and wildcards run on the exact fields, anchored and bounded; ``*`` is all."""
    from whoosh import query

    if q.text == "*":
        return query.Every()
    literal = re.match(r"[^*?]*", q.text)
    if literal is None or len(literal.group()) < MIN_PREFIX_CHARS:
        # ``z*`` found nothing without a word: a one-letter prefix would expand to the
        # most frequent words of the whole index, which is no answer to it.
        raise QueryError(
            N_("write at least {count} letters before * or ?: {pattern}"),
            count=MIN_PREFIX_CHARS,
            pattern=excerpt(q.text + ("*" if isinstance(q, query.Prefix) else ""), QUOTED_CHARS),
        )
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

    class Bounded(base):
        def _btexts(self, ixreader: IndexReader) -> list[bytes]:
            budget = current_budget()
            budget.check()
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
                    Message.of(
                        N_(
                            "a prefix, pattern, range or fuzzy word matched too many words: "
                            "only the {count} most common are searched"
                        ),
                        count=MAX_EXPANSIONS,
                    )
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
_UnknownFieldsAsText = _LazyClass(lambda: _plugin_classes()[0])
_OperandsCheck = _LazyClass(lambda: _plugin_classes()[1])
_PlusMinusInGroups = _LazyClass(lambda: _plugin_classes()[2])


# -- what matched, and where -------------------------------------------------------------------


#: A quoted phrase as its words in the exact fields, and how far each may follow the one
#: before it (Whoosh's slop: 1 is right after it).
PhraseWords = tuple[tuple[str, ...], int]
#: One word's places in a text: its position among the words, and its first and last
#: character (what the exact body field's postings store).
Place = tuple[int, int, int]
#: Where a word of a field stands in each of the sorted documents that hold it, as
#: (document, its first ``MAX_SNIPPET_SPANS`` places): :func:`places_in` reads Whoosh's
#: postings, ``sidecar.SidecarPlaces`` the segments' sidecars.
PlacesOf = Callable[[str, str, Sequence[int]], Iterable[tuple[int, list[Place]]]]


@dataclass(frozen=True)
class MatchTerms:
    """The indexed terms a query matched, per kind of field (stemmed or exact), and its
    phrases, whose words are marked only where they stand together."""

    stemmed: frozenset[str]
    exact: frozenset[str]
    phrases: frozenset[PhraseWords] = frozenset()
    #: The entities an ``entity:`` part named, as their terms (``entity_term``): not marked
    #: as words are, but a reader knows which of an article's mentions was searched.
    entities: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.stemmed or self.exact or self.phrases)

    def phrase_words(self) -> frozenset[str]:
        return frozenset(word for words, _ in self.phrases for word in words)


def matched_terms(q: Query, reader: IndexReader) -> MatchTerms:
    """Expand prefixes and fuzzy terms once against the index (never once per hit).

    Walks the leaves itself: whoosh3's ``Query.existing_terms`` reuses its ``fieldname``
    argument as a loop variable and so drops every field but the first one it meets. A
    phrase gives its words as a phrase: ``"open source"`` marked every "Source" alone.
    """
    from whoosh import query

    budget = current_budget()
    stemmed: set[str] = set()
    exact: set[str] = set()
    phrases: set[PhraseWords] = set()
    entities: set[str] = set()
    for leaf in q.leaves():
        budget.check()
        if isinstance(leaf, query.Phrase):
            if leaf.fieldname in EXACT_TWINS and all(
                reader.doc_frequency(leaf.fieldname, word) for word in leaf.words
            ):
                phrases.add((tuple(leaf.words), leaf.slop))
            continue
        for fieldname, text in _expanded_terms(leaf, reader):
            if fieldname not in (*SEARCH_FIELDS, "entity"):
                continue
            word = text.decode("utf-8") if isinstance(text, bytes) else str(text)
            if not reader.doc_frequency(fieldname, word):
                continue
            if fieldname == "entity":
                entities.add(word)
            else:
                (stemmed if fieldname in STEMMED_FIELDS else exact).add(word)
    return MatchTerms(frozenset(stemmed), frozenset(exact), frozenset(phrases), frozenset(entities))


def match_spans(text: str, terms: MatchTerms) -> list[tuple[int, int]]:
    """Character spans of ``text`` whose analysed tokens are among ``terms``, or that hold
    one of its phrases, merged, sorted."""
    from warta.search.analysis import exact_analyzer, stemmed_analyzer

    spans: list[tuple[int, int]] = []
    if terms.stemmed:
        spans.extend(
            (token.startchar, token.endchar)
            for token in stemmed_analyzer()(text, chars=True, positions=True, mode="index")
            if token.text in terms.stemmed
        )
    if terms.exact or terms.phrases:
        in_phrases = terms.phrase_words()
        places: dict[str, list[Place]] = {}
        for token in exact_analyzer()(text, chars=True, positions=True, mode="index"):
            if token.text in terms.exact:
                spans.append((token.startchar, token.endchar))
            if token.text in in_phrases:
                places.setdefault(token.text, []).append(
                    (token.pos, token.startchar, token.endchar)
                )
        spans.extend(_phrase_spans(places, terms.phrases))
    return _merge(spans)


def _phrase_spans(
    places: dict[str, list[Place]], phrases: Iterable[PhraseWords]
) -> list[tuple[int, int]]:
    """Where each phrase stands in a text whose phrase words are at ``places`` (sorted by
    position): from its first word's first character to its last word's last one.

    Each word is looked for right after the one before it (by bisection), so a text
    costs its phrase words' places times the phrase's length, times log.
    """
    spans: list[tuple[int, int]] = []
    for words, slop in phrases:
        following = [places.get(word, []) for word in words[1:]]
        positions = [[position for position, _, _ in found] for found in following]
        for position, start, end in places.get(words[0], []):
            for found, at in zip(following, positions, strict=True):
                index = bisect.bisect_right(at, position)
                if index == len(at) or at[index] - position > slop:
                    break
                position, end = at[index], found[index][2]
            else:
                spans.append((start, end))
    return spans


#: The fields that index an article's body, and which kind of matched terms each holds.
BODY_FIELDS = (("content", "stemmed"), ("exact", "exact"))
#: The body field whose positions place a phrase (phrases are searched in the exact fields).
PHRASE_BODY_FIELD = "exact"


def posting_spans(
    reader: IndexReader,
    docnums: Iterable[int],
    terms: MatchTerms,
    places_of: PlacesOf | None = None,
) -> dict[int, list[tuple[int, int]]] | None:
    """What :func:`match_spans` gives for each document's body, read from the postings
    (through ``places_of`` when given: the sidecars' copy of them).

    Re-analysing a body costs ~3.5 ms, so a page of 20 hits cost ~70 ms; the body fields
    store character positions, and a few postings reads replace the analysis. None for an
    index built before they did: the caller then analyses the text. Each word gives at most
    its first ``MAX_SNIPPET_SPANS`` places in a document (the first ones of the merge).
    """
    fields = [(name, getattr(terms, kind)) for name, kind in BODY_FIELDS]
    formats = [reader.schema[name].format for name, _ in fields]
    if not all(found is not None and found.supports("characters") for found in formats):
        return None
    if places_of is None:
        places_of = functools.partial(places_in, reader)
    wanted = sorted(set(docnums))
    found: dict[int, list[tuple[int, int]]] = {docnum: [] for docnum in wanted}
    for fieldname, words in fields:
        for word in words:
            for docnum, places in places_of(fieldname, word, wanted):
                found[docnum].extend((start, end) for _, start, end in places)
    if terms.phrases:
        in_phrases: dict[int, dict[str, list[Place]]] = {docnum: {} for docnum in wanted}
        for word in terms.phrase_words():
            for docnum, places in places_of(PHRASE_BODY_FIELD, word, wanted):
                in_phrases[docnum][word] = places
        for docnum, places_of_words in in_phrases.items():
            found[docnum].extend(_phrase_spans(places_of_words, terms.phrases))
    return {docnum: _merge(spans)[:MAX_SNIPPET_SPANS] for docnum, spans in found.items()}


def places_in(
    reader: IndexReader, fieldname: str, word: str, docnums: Sequence[int]
) -> Iterator[tuple[int, list[Place]]]:
    """The first ``MAX_SNIPPET_SPANS`` places of ``word`` in each of the sorted ``docnums``
    that has it, read from the postings of ``fieldname``."""
    for docnum, postings in postings_at(reader, fieldname, word, docnums):
        yield docnum, list(postings.value_as("characters")[:MAX_SNIPPET_SPANS])


def postings_at(
    reader: IndexReader, fieldname: str, word: str, docnums: Sequence[int]
) -> Iterator[tuple[int, Any]]:
    """The postings of ``word`` in ``fieldname``, stopped at each of the sorted ``docnums``
    that has it: one forward walk, skipping what lies between."""
    current_budget().check()
    if not reader.doc_frequency(fieldname, word):
        return
    postings = reader.postings(fieldname, word)
    for docnum in docnums:
        if postings.is_active() and postings.id() < docnum:
            postings.skip_to(docnum)
        if not postings.is_active():
            break
        if postings.id() == docnum:
            yield docnum, postings


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_SENTENCE_START = re.compile(r"(?<=[.!?…])\s+|\n+")
#: How far a window's edge moves to reach the end of a word; a longer run without a space
#: (a URL) is cut, so each edge costs a bounded walk whatever the text.
WORD_SNAP_CHARS = 30
_WHITESPACE_RUN = re.compile(r"\s+")


def _expanded_terms(leaf: Query, reader: IndexReader) -> Iterator[tuple[str, bytes | str]]:
    """The words ``leaf`` matches: a prefix or fuzzy word expanded in each segment, as the
    search expanded it. Over several segments Whoosh's reader measures the edit distance
    to every index word sharing a fuzzy word's first letter, in Python: 6 segments of 5,000
    articles (an index after updates) took a fuzzy word's snippets 60-300 ms."""
    from whoosh import query

    if not isinstance(leaf, query.MultiTerm) or reader.is_atomic():
        yield from leaf.expanded_terms(reader, phrases=True)
        return
    for segment, _ in reader.leaf_readers():
        yield from leaf.expanded_terms(segment, phrases=True)


def make_snippet(
    body: str, spans: Sequence[tuple[int, int]], width: int = SNIPPET_CHARS, after: int = 0
) -> Snippet:
    """The window of ``body`` with the most matches, cut on word boundaries, on one line.

    ``spans`` are sorted and disjoint (as :func:`match_spans` gives them); only the first
    ``MAX_SNIPPET_SPANS`` are weighed, so an article repeating a word 60,000 times costs
    no more than one repeating it 5,000 times. The window starts at ``after`` at the
    earliest (the end of the words a derived title shows), when the body goes on past it.
    """
    if not body[after:].strip():
        after = 0
    spans = spans[bisect.bisect_left(spans, (after,)) :] if after else spans
    if not spans:
        return text_window(body, after, min(len(body), after + width), [])
    best_start = _densest_window(spans[:MAX_SNIPPET_SPANS], width)
    # Start at the sentence that holds the first match when it is close, else a little before.
    begin = max(after, best_start - width // 4)
    boundary = None
    for found in _SENTENCE_START.finditer(body, begin, best_start):
        boundary = found.end()
    if boundary is not None:
        begin = boundary
    end = min(len(body), begin + width)
    inside = [(max(s, begin), min(e, end)) for s, e in spans if s < end and e > begin]
    first_end = next(e for s, e in spans if s >= best_start)
    return text_window(body, begin, end, inside, keep=(best_start, min(first_end, end)))


def text_window(
    text: str,
    begin: int,
    end: int,
    spans: Sequence[tuple[int, int]],
    keep: tuple[int, int] | None = None,
) -> Snippet:
    """``text[begin:end]`` as one line: the one home of how warta cuts text around a match.

    Both edges move inwards to word boundaries (never past ``keep``, the part that must
    stay, nor more than ``WORD_SNAP_CHARS``), each run of whitespace (a paragraph break)
    becomes one space, and an ellipsis marks each cut. ``spans`` (inside the window) come
    back as marks in the line.
    """
    keep_start, keep_end = keep if keep is not None else (end, begin)
    begin, end = _snapped(text, begin, end, keep_start, keep_end)
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    pieces = [prefix]
    # where each offset of the window lands in the line (whitespace runs shrink)
    shift: list[tuple[int, int]] = [(begin, len(prefix))]
    position, length = begin, len(prefix)
    for run in _WHITESPACE_RUN.finditer(text, begin, end):
        pieces.append(text[position : run.start()])
        length += run.start() - position
        pieces.append(" ")
        length += 1
        position = run.end()
        shift.append((position, length))
    pieces.append(text[position:end])
    pieces.append(suffix)

    def placed(offset: int) -> int:
        base, at = next((b, a) for b, a in reversed(shift) if b <= offset)
        return at + max(0, offset - base)

    marks = tuple((placed(s), placed(e)) for s, e in spans if begin <= s < e <= end)
    return Snippet("".join(pieces), marks)


def _snapped(text: str, begin: int, end: int, keep_start: int, keep_end: int) -> tuple[int, int]:
    """``begin`` and ``end`` moved inwards off any word they cut and off whitespace."""
    if 0 < begin < len(text) and not text[begin - 1].isspace() and not text[begin].isspace():
        limit = min(keep_start, begin + WORD_SNAP_CHARS, end)
        space = next((i for i in range(begin, limit) if text[i].isspace()), None)
        begin = space if space is not None else begin
    while begin < min(keep_start, end) and text[begin].isspace():
        begin += 1
    if 0 < end < len(text) and not text[end - 1].isspace() and not text[end].isspace():
        limit = max(keep_end, end - WORD_SNAP_CHARS, begin)
        space = next((i for i in range(end - 1, limit - 1, -1) if text[i].isspace()), None)
        end = space if space is not None else end
    while end > max(keep_end, begin) and text[end - 1].isspace():
        end -= 1
    return begin, end


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
