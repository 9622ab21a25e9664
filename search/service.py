"""The one object the command line and the TUI talk to.

``SearchService`` hides the index folder, its generations, Whoosh searchers and the SQLite
store behind a handful of calls. Importing it is cheap; Whoosh, Sastrawi and the tagger load
on first use. Each thread gets its own searcher and store connection (Whoosh searchers are
not shared between threads), refreshed when the index changes underneath.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import functools
import itertools
import math
import re
import sqlite3
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from warta.search import paths, ranking
from warta.search.errors import N_, IndexBusyError, WartaError, error_reason, excerpt
from warta.search.model import (
    Article,
    Entity,
    Hit,
    Mention,
    MentionInContext,
    QuoteInArticle,
    SearchResult,
    Snippet,
    UpdateReport,
)
from warta.search.query import never_cancelled, text_window
from warta.search.related import MIN_COUNT, SCOPES, RelatedEntity, SharedSentence

if TYPE_CHECKING:
    from warta.search.coverage import Coverage
    from warta.search.store import SharedRow

if TYPE_CHECKING:
    from warta.search.entities import EntityRegistry
    from warta.search.index import Progress
    from warta.search.query import MatchTerms, ParsedQuery, PlacesOf, SearchBudget
    from warta.search.rerank import QueryWords
    from warta.search.sidecar import TopDocs
    from warta.search.store import QuoteRow, Store
    from warta.search.suggest import Lexicon
    from warta.search.workspace import Workspace
    from whoosh.index import Index
    from whoosh.query import Query
    from whoosh.searching import Results, Searcher

__all__ = ["IndexBusyError", "SearchService", "WartaError"]

MAX_LIMIT = 1000
SEARCH_SECONDS = 5.0
#: Matches scored between two polls of a search's ``cancelled`` (a poll costs ~0.1 µs,
#: scoring a match ~2 µs a term).
CANCEL_POLL_MATCHES = 256
#: Letters each word of a name typed joined has (``delpiero``: del piero), but for one
#: letter of a term the news writes with a dash (``ektp``: e-KTP; ``_one_letter_slip``).
MIN_PART_CHARS = 2
#: The share of a word's articles that must write it as two words for a query typing it
#: joined to find those too (``alquran``: "Al-Quran", "Al Quran"): a rarer split is a
#: chance pair (``ramadan``: "Rama dan Shinta").
WRITTEN_APART_SHARE = 0.25


@functools.cache
def _stoppable_collector() -> type:
    """Whoosh's time-limited collector that also stops when its caller asks it to."""
    from whoosh import collectors
    from whoosh.searching import TimeLimit

    class StoppableCollector(collectors.TimeLimitCollector):
        """The time limit is a deadline polled with ``cancelled``, not Whoosh's timer: that
        started a thread (and armed SIGALRM) for every search, and ``warta saved`` runs one
        search per saved search (3,000 took 16 s, most of it starting threads)."""

        def __init__(self, child: Any, timelimit: float, cancelled: Callable[[], bool]) -> None:
            super().__init__(child, timelimit=timelimit, use_alarm=False)
            self.cancelled = cancelled
            self.deadline = time.monotonic() + timelimit

        def prepare(self, top_searcher: Any, q: Any, context: Any) -> None:
            self.child.prepare(top_searcher, q, context)
            self.timedout = False
            self.deadline = time.monotonic() + self.timelimit

        def collect_matches(self) -> None:
            child = self.child
            for count, docnum in enumerate(child.matches()):
                if count % CANCEL_POLL_MATCHES == 0 and (
                    self.cancelled() or time.monotonic() > self.deadline
                ):
                    self.timedout = True
                    raise TimeLimit
                child.collect(docnum)

        def finish(self) -> None:
            self.child.finish()

    return StoppableCollector


def _newest_first(searcher: Searcher) -> Any:
    """Newest first and the undated last (an undated article's column holds the column's
    missing value, the largest number it stores: Whoosh's ``sortedby="date",
    reverse=True`` put the undated first).

    Only the date is compared: adding the score as a second key scored every match and
    doubled the cost (10,000 articles, "yang", 9,997 matches: 185 -> 419 ms; Whoosh's own
    reversed date sort took 225 ms). Within a day the index order stands; the page's
    scores are read afterwards (:func:`_page_scores`).
    """
    from whoosh import sorting

    column = searcher.reader().column_reader("date", translate=False)
    missing = searcher.schema["date"].column_type.default_value(False)

    def age(global_searcher: Searcher, docnum: int) -> int:
        stamp: int = column[docnum]
        return 1 if stamp == missing else -stamp

    return sorting.FunctionFacet(age)


def _page_scores(query: Query, searcher: Searcher, docnums: Sequence[int]) -> dict[int, float]:
    """The relevance of a few documents, as a score-sorted search gives it.

    A date-sorted hit carries its sort key, not its score; skipping the query's matcher to
    each document of the page costs little, unlike scoring every match while sorting.
    """
    context = searcher.context()
    scores: dict[int, float] = {}
    wanted = sorted(docnums)
    for subsearcher, offset in searcher.leaf_searchers():
        matcher = query.matcher(subsearcher, context)
        for docnum in wanted:
            local = docnum - offset
            if local < 0 or local >= subsearcher.doc_count_all():
                continue
            if matcher.is_active() and matcher.id() < local:
                matcher.skip_to(local)
            if matcher.is_active() and matcher.id() == local:
                scores[docnum] = matcher.score()
    return scores


def _second_stage(
    searcher: Searcher,
    hits: list[Any],
    every_word: int,
    scores: dict[int, float],
    words: QueryWords,
    reorder: bool,
    places_of: PlacesOf | None,
) -> list[Any]:
    """``hits`` with ``scores`` updated to the second stage's (:mod:`search.rerank`), and,
    when ``reorder``, their best ``RERANK_DEPTH`` in its order; the rest follow as the first
    stage left them, so asking for more hits never reshuffles the first ones.

    Every hit is rescored, so an article shows the same score in either order. The articles
    with every word (the first ``every_word``) still come first, joined by the partial
    matches that lack only words of little weight (``rerank.nearly_whole``): the story a
    reader remembers without one common word typed ("sidang") ranked below every article
    that happened to have it. Each group is reordered on its own.
    """
    from warta.search.rerank import rerank

    depth = ranking.RERANK_DEPTH
    if depth <= 0 or not hits:
        return hits
    scored = [(hit.docnum, scores[hit.docnum]) for hit in hits if hit.docnum in scores]
    rescored, nearly = rerank(searcher, scored, words, places_of)
    scores.update(rescored)
    if not reorder:
        return hits
    head = hits[:depth]
    groups: tuple[list[Any], list[Any]] = ([], [])
    for at, hit in enumerate(head):
        groups[not (at < every_word or hit.docnum in nearly)].append(hit)
    best_first = [sorted(group, key=lambda hit: -scores.get(hit.docnum, 0.0)) for group in groups]
    return [*best_first[0], *best_first[1], *hits[depth:]]


CONTEXT_CHARS = 70
#: Key terms of an article that ``more_like`` searches for (measured on IndoSum: see
#: bench/bench_views.py).
LIKE_TERMS = 25

#: A query that can be a name alone: words, no operator, field, wildcard or quote inside.
_NAME_ALONE = re.compile(r"\w[\w.'’-]*(?: [\w.'’-]+){0,5}")
P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class _ThreadView:
    """One thread's open view of one index generation."""

    generation: Path
    index: Index
    searcher: Searcher
    store: Store
    #: Ids read from this searcher's stored fields, by document number.
    ids: dict[int, str] = dataclasses.field(default_factory=dict)

    def article_id(self, docnum: int) -> str:
        """The id of document ``docnum``, decompressed from the stored fields once for this
        searcher: ``warta saved`` lists the newest ids of every saved search, and reading
        the same articles' stored fields again for each was a quarter of its time."""
        found = self.ids.get(docnum)
        if found is None:
            found = self.ids[docnum] = str(self.searcher.reader().stored_fields(docnum)["id"])
        return found

    def close(self) -> None:
        self.searcher.close()
        self.store.close()
        self.index.close()


def _reports_damage(
    method: Callable[Concatenate[SearchService, P], R],
) -> Callable[Concatenate[SearchService, P], R]:
    """Whatever a damaged or vanished index raises becomes one WartaError saying what to do.

    Whoosh alone raises a dozen exception types for a truncated or garbled file (and SQLite
    more), so the boundary catches them all; the original stays chained for debugging.
    """

    @functools.wraps(method)
    def guarded(self: SearchService, *args: P.args, **kwargs: P.kwargs) -> R:
        if getattr(self._local, "pinned", None) is not None:  # within another call
            return told(self, *args, **kwargs)
        try:
            for attempt in range(2):
                self._local.pinned = _UNPINNED
                try:
                    return told(self, *args, **kwargs)
                except WartaError:
                    # Another process replaced the state this call read (a rebuild removes
                    # the old generation, an update merges segments away): a file Whoosh
                    # opens only when first needed was gone ("damaged (TypeError)"). The
                    # call is read again from the state now live, once.
                    if attempt or not _replaced(self, self._local.pinned):
                        raise
            raise AssertionError("unreachable")  # pragma: no cover
        finally:
            self._local.pinned = None

    def told(self: SearchService, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except MemoryError as error:
            # Too big a request, not a damaged index: rebuilding would not help.
            raise WartaError(
                N_("the query needs too much memory (MemoryError); try a simpler one")
            ) from error
        except OSError as error:
            if error.errno not in _SHORT_OF:
                raise _damage(self, error) from error
            # ``ulimit -n 8``: the system refused a file, the index is whole.
            raise WartaError(
                N_("cannot read the index: {reason}"), reason=error_reason(error)
            ) from error
        except Exception as error:
            problem = _damage(self, error)
            if problem is error:
                raise
            raise problem from error

    return guarded


def _replaced(service: SearchService, view: object) -> bool:
    """Whether ``view``, the state of the index a call read, is no longer the live one."""
    from warta.search.index import current_generation

    if not isinstance(view, _ThreadView):
        return False
    try:
        live = current_generation(service.index_dir)
        return live is not None and (live != view.generation or not view.searcher.up_to_date())
    except Exception:  # short of files, say: nothing tells that it was replaced
        return False


#: A call of the service under way that has not opened the index yet (see ``_view``).
_UNPINNED = object()


#: Errors of a system short of a resource (open files, memory), not of the index.
_SHORT_OF = frozenset((errno.EMFILE, errno.ENFILE, errno.ENOMEM))


def _damage(service: SearchService, error: Exception) -> WartaError:
    """What ``error``, raised reading the index, is told as: an index closed to this user,
    a WartaError as it is, else damage and what to do about it."""
    from warta.search.index import current_generation, read_failure

    # A file of the index closed to this user is not damage either.
    unreadable = read_failure(current_generation(service.index_dir))
    if unreadable is not None:
        return unreadable
    if isinstance(error, WartaError):
        return error
    return WartaError(
        N_("the index in {folder} is damaged ({problem}); run `warta index --rebuild`"),
        folder=service.index_dir,
        problem=type(error).__name__,
    )


def _typed_name(name: str) -> str:
    """A name as typed, read as article text is: without bidi controls, zero-width
    characters or soft hyphens, in NFC. ``elon\u200b musk`` pasted from a web page was
    "no entity named elon musk; closest: Elon Musk"."""
    from warta.search.decode import normalise_text
    from warta.search.sanitize import clean_line

    return normalise_text(clean_line(name))


def storable(text: str) -> bool:
    """Whether an index could hold ``text``: Whoosh stores UTF-8, so an id with a lone
    surrogate (a byte of the command line that is not UTF-8, ``warta show $'\\xff'``) is in
    none; looking it up raised UnicodeEncodeError, which was reported as damage."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


#: The problem of a search cut short by its time limit.
TOO_LONG = WartaError(N_("the query took too long; results are partial"))


def _refused(query: str, error: Exception | None) -> SearchResult:
    """A search that gave no result, echoing the query as cleaned as a good one's; without
    ``error``, one its caller stopped."""
    from warta.search.query import clean_query

    if error is None:
        return SearchResult(query=clean_query(query), cancelled=True)
    problem = error if isinstance(error, WartaError) else WartaError(str(error))
    return SearchResult(query=clean_query(query), error=str(error), problem=problem)


class SearchService:
    """Search, read and follow entities in one corpus set's index."""

    def __init__(
        self,
        corpora: Sequence[Path],
        index_dir: Path,
        entities_file: Path | None = None,
        workspace: Workspace | None = None,
    ) -> None:
        self.corpora = paths.absolute_folders(corpora)
        #: The user's tags, stars and notes, for ``tag:``, ``is:starred`` and ``has:note``
        #: in queries; None: those words are refused with a message.
        self.workspace = workspace
        self.index_dir = index_dir
        self.entities_file = entities_file
        self._local = threading.local()
        self._views: list[_ThreadView] = []
        self._lock = threading.Lock()
        self._registry: tuple[tuple[Path, str | None], EntityRegistry] | None = None
        self._lexicon_lock = threading.Lock()
        self._lexicon_cache: tuple[tuple[Path, int | None], Lexicon] | None = None

    @classmethod
    def from_settings(
        cls,
        corpus: Sequence[str] = (),
        index_dir: str | None = None,
        environ: Mapping[str, str] | None = None,
        configured_corpus: Sequence[Path] = (),
        config_folder: Path | None = None,
        workspace: Workspace | None = None,
    ) -> SearchService:
        """Flags first, then WARTA_* environment variables, then the settings file (its
        ``corpus``, and ``entities.json`` in ``config_folder``), then platformdirs defaults."""
        roots = paths.corpus_roots(corpus, environ, configured_corpus)
        return cls(
            roots,
            paths.index_dir(roots, index_dir, environ),
            paths.user_entities_file(environ, config_folder),
            workspace,
        )

    # -- the index -----------------------------------------------------------------------------

    def has_index(self) -> bool:
        """An index this version of warta can search exists (it may miss recent file changes).

        False for an index built by another version, from other corpus folders, or one that
        no longer opens, so callers that build a missing index also replace those.
        """
        from warta.search.index import usable_generation

        return usable_generation(self.index_dir, self.corpora) is not None

    def index_outdated(self) -> bool:
        """The index opens but was built by another version of warta or for other corpus
        folders: bringing it up to date is a whole build, which a caller should say before
        starting it."""
        from warta.search.index import outdated_generation

        return outdated_generation(self.index_dir, self.corpora)

    def check_writable(self) -> None:
        """Raise, in one line, why the index folder cannot be built in (see
        ``index.check_writable``); nothing when it can."""
        from warta.search.index import check_writable

        check_writable(self.index_dir, self.corpora)

    def update(
        self,
        rebuild: bool = False,
        progress: Progress | None = None,
        changed: Collection[str] | None = None,
        waiting: Callable[[], None] | None = None,
    ) -> UpdateReport:
        """Build the index, or update it with the corpus files added, changed or deleted
        (only those in the folders of the paths ``changed``, when a watcher gives them).
        ``waiting``: told once that another process is writing the index, which is then
        waited for until it is done (else an update gives up after 10 s)."""
        from warta.search.index import update_index

        report = update_index(
            self.index_dir,
            self.corpora,
            rebuild=rebuild,
            progress=progress,
            gazetteer_file=self.entities_file,
            changed=changed,
            waiting=waiting,
        )
        with self._lock:
            self._registry = None
        return report

    def _view(self) -> _ThreadView:
        """This thread's searcher and store, reopened when another generation went live
        (or the live one was updated), but never within one call of the service."""
        # One call sees one state of the index: a search that asked again midway (its
        # entities, the sidecars) while another process published a rebuild or committed an
        # update had its searcher closed under it ("the index … is damaged (TypeError)").
        pinned = getattr(self._local, "pinned", None)
        if isinstance(pinned, _ThreadView):
            return pinned
        view = self._fresh_view()
        if pinned is _UNPINNED:
            self._local.pinned = view
        return view

    def _fresh_view(self) -> _ThreadView:
        """This thread's view of the live generation, reopened if it changed since."""
        from warta.search.index import current_generation, open_generation
        from warta.search.ranking import weighting
        from warta.search.store import Store

        generation = current_generation(self.index_dir)
        if generation is None:
            raise WartaError(N_("there is no index yet: run `warta index` first"))
        view: _ThreadView | None = getattr(self._local, "view", None)
        if view is not None and view.generation == generation:
            if not view.searcher.up_to_date():
                # A new searcher, not ``refresh()``: refresh reuses the reader of a segment
                # whose deletions changed, so a changed article would be found twice.
                view.searcher.close()
                view.searcher = view.index.searcher(weighting=weighting())
                view.ids = {}  # document numbers change with the segments
            return view
        if view is not None:
            view.close()
            with self._lock:
                self._views.remove(view)
        index = open_generation(generation)
        try:
            store = Store(generation, read_only=True)
        except Exception as error:
            index.close()
            raise WartaError(
                N_("the index at {folder} is damaged ({problem})"), folder=generation, problem=error
            ) from error
        view = _ThreadView(generation, index, index.searcher(weighting=weighting()), store)
        self._local.view = view
        with self._lock:
            self._views.append(view)
        return view

    def _entity_registry(self) -> EntityRegistry:
        from warta.search.index import REGISTRY_GENERATION

        view = self._view()
        with self._lock:
            try:
                # Keyed by the store state it was built from too: another process may update
                # this generation.
                version = (view.generation, view.store.meta().get(REGISTRY_GENERATION))
                if self._registry is None or self._registry[0] != version:
                    self._registry = (version, view.store.registry())
            except (sqlite3.Error, ValueError) as error:
                raise WartaError(
                    N_(
                        "the entity list of the index is damaged ({problem}); "
                        "run `warta index --rebuild`"
                    ),
                    problem=type(error).__name__,
                ) from error
            return self._registry[1]

    def close(self) -> None:
        with self._lock:
            for view in self._views:
                view.close()
            self._views.clear()
        self._local = threading.local()

    # -- searching -----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 20,
        sort: str = "score",
        snippets: bool = True,
        cancelled: Callable[[], bool] | None = None,
    ) -> SearchResult:
        """Ranked hits with snippets; a query that cannot run gives ``error``, never raises.

        ``snippets=False`` leaves every snippet empty, for callers that show titles only
        (and for measuring what snippets cost). ``cancelled`` is polled while Whoosh scores
        the matches: when it turns true the search stops and its result is ``cancelled``.
        Search as you type needs it: at 100,000 articles a common word takes several
        hundred milliseconds, and an outdated search would hold the CPU the next one needs.
        """
        try:
            return self._search(query, limit, sort, snippets, cancelled or never_cancelled)
        except WartaError as error:
            return _refused(query, error)

    @_reports_damage
    def _search(
        self, query: str, limit: int, sort: str, snippets: bool, cancelled: Callable[[], bool]
    ) -> SearchResult:
        from warta.search.query import QueryError, SearchCancelled, ranks_by_words, search_budget

        limit = max(1, min(limit, MAX_LIMIT))
        view = self._view()  # an index that will not open: ``_reports_damage`` says why
        try:
            parsed = self._parse(query, view.searcher)
        except (WartaError, QueryError) as error:
            return _refused(query, error)
        if sort == "score" and not ranks_by_words(parsed.query, view.searcher.schema):
            sort = "date"  # every article scores alike: the index's order says nothing
        try:
            with search_budget(cancelled) as budget:
                result = self._run(parsed, view.searcher, limit, sort, snippets, budget)
        except SearchCancelled:
            return _refused(query, None)
        notices = (*parsed.notices, *budget.notices)
        return replace(
            result,
            notice="; ".join(map(str, notices)) if notices else None,
            notices=notices,
            order=sort,
        )

    def _run(
        self,
        parsed: ParsedQuery,
        searcher: Searcher,
        limit: int,
        sort: str,
        snippets: bool,
        budget: SearchBudget,
    ) -> SearchResult:
        """Collect, then mark the hits; every phase polls the budget's ``cancelled``."""
        from warta.search.metadata import derived_title_end
        from warta.search.query import (
            make_snippet,
            match_spans,
            matched_terms,
            posting_spans,
        )
        from warta.search.rerank import query_words
        from warta.search.sidecar import sidecar_places
        from warta.search.suggest import apply_corrections

        found, every_word, total, scores, partial = self._matches(
            parsed, searcher, limit, sort, budget
        )
        words = query_words(apply_corrections(parsed.text, parsed.alternatives))
        places_of = sidecar_places(self._local.view.generation, searcher)
        found = _second_stage(searcher, found, every_word, scores, words, sort != "date", places_of)
        found = found[:limit]
        matched = "all" if len(found) <= every_word else "some"
        query = parsed.relaxed if parsed.relaxed is not None and matched == "some" else parsed.query
        terms = matched_terms(query, searcher.reader()) if snippets else None
        indexed = (
            posting_spans(searcher.reader(), [hit.docnum for hit in found], terms, places_of)
            if terms is not None
            else None
        )
        hits = []
        for hit in found:
            budget.check()
            stored: dict[str, Any] = hit.fields()
            body = stored.get("body", "")
            when = stored.get("date")
            if terms is None:
                snippet = Snippet("")
            else:
                spans = indexed[hit.docnum] if indexed is not None else match_spans(body, terms)
                after = derived_title_end(body) if stored.get("title_derived") else 0
                snippet = make_snippet(body, spans, after=after)
            hits.append(
                Hit(
                    id=stored["id"],
                    title=stored.get("title", ""),
                    source=stored.get("source") or None,
                    date=when.date() if when else None,
                    score=round(float(scores.get(hit.docnum) or 0.0), 4),
                    snippet=snippet,
                )
            )
        return SearchResult(
            query=parsed.text,
            total=total,
            hits=tuple(hits),
            suggestion=self._suggestion(parsed, searcher, (every_word, total), limit, budget),
            error=str(TOO_LONG) if partial else None,
            problem=TOO_LONG if partial else None,
            matched=matched,
            terms=terms,
        )

    def _matches(
        self,
        parsed: ParsedQuery,
        searcher: Searcher,
        limit: int,
        sort: str,
        budget: SearchBudget,
        scored: bool = True,
    ) -> tuple[list[Any], int, int, dict[int, float], bool]:
        """The first stage: the matches with every word, then the best partial matches when
        they are too few; how many have every word, how many match, their scores (left
        empty by date unless ``scored``) and whether time ran out."""
        # The second stage reorders the first stage's best RERANK_DEPTH (search.rerank).
        pool = limit if sort == "date" else max(limit, ranking.RERANK_DEPTH)
        results, partial = self._collect(parsed.query, searcher, pool, sort, budget)
        found = list(results)
        total = every_word = len(results)
        scores = {hit.docnum: hit.score for hit in found}
        if sort == "date":
            scores = _page_scores(parsed.query, searcher, list(scores)) if scored else {}
        also: list[Any] = []
        if parsed.relaxed is not None and total < limit:
            # Too few articles have every word: the best partial matches follow them.
            relaxed, cut = self._collect(parsed.relaxed, searcher, pool + total, sort, budget)
            partial = partial or cut
            seen = {hit.docnum for hit in found}
            also = [hit for hit in relaxed if hit.docnum not in seen][: pool - total]
            total = max(total, len(relaxed))
            if sort != "date":
                scores.update((hit.docnum, hit.score) for hit in also)
            elif scored:
                docnums = [hit.docnum for hit in also]
                scores.update(_page_scores(parsed.relaxed, searcher, docnums))
        found += also
        if sort == "date":
            found = found[:limit]
        return found, every_word, total, scores, partial

    @_reports_damage
    def index_state(self) -> str:
        """What names the index as it is now and the code that searches it: its live
        generation, Whoosh's commit in it, the entity list it was linked with and
        ``query_code_version``. Any update, rebuild, new entity list or upgrade of the
        query code gives another; the same one means every query finds what it found then,
        so that ``warta saved`` counts 0 new without running a search opened since."""
        from warta.search.index import REGISTRY_GENERATION
        from warta.search.query import query_code_version

        view = self._view()
        parts = (
            str(view.generation),
            str(view.searcher.reader().generation()),
            str(view.store.meta().get(REGISTRY_GENERATION)),
            query_code_version(),
        )
        return "\n".join(parts)

    @_reports_damage
    def newest_ids(self, query: str, limit: int) -> list[str]:
        """The ids of ``query``'s newest ``limit`` hits, as ``search(query, limit,
        sort="date")`` lists them, without what only a page shows (scores, the second
        stage, snippets, a suggestion): a saved search counts what is new with them, and
        ``warta saved`` counts every saved search (3,000 took 16 s). A query that cannot
        run raises the ``WartaError`` its search would give."""
        from warta.search.query import QueryError, search_budget

        view = self._view()
        try:
            parsed = self._parse(query, view.searcher)
        except (WartaError, QueryError) as error:
            raise _refused(query, error).problem or WartaError(str(error)) from error
        with search_budget(never_cancelled) as budget:
            found, _every, _total, _scores, partial = self._matches(
                parsed, view.searcher, max(1, min(limit, MAX_LIMIT)), "date", budget, False
            )
        if partial and not found:
            raise TOO_LONG
        return [view.article_id(hit.docnum) for hit in found]

    def _collect(
        self, query: Query, searcher: Searcher, limit: int, sort: str, budget: SearchBudget
    ) -> tuple[Results | TopDocs, bool]:
        """The best ``limit`` matches of ``query`` and their count, and whether time ran out.

        By relevance, the segments' sidecars score the query with numpy when they can (the
        same scores and order as Whoosh's exhaustive pass, search.sidecar); else Whoosh does.
        """
        from whoosh import collectors
        from whoosh.searching import TimeLimit

        if sort == "score":
            from warta.search.sidecar import top_k

            found = top_k(query, searcher, self._local.view.generation, limit, budget.check)
            if found is not None:
                return found, False
        if sort == "date":
            inner = searcher.collector(limit=limit, sortedby=_newest_first(searcher))
        else:
            # One exact pass: every match scored, no block-quality skipping or matcher
            # replacement. whoosh3's skipping missed better-scoring documents on multi-word
            # queries, and could not count the matches without walking them a second time.
            inner = collectors.TopCollector(limit, usequality=False, replace=0)
        collector = _stoppable_collector()(inner, SEARCH_SECONDS, budget.cancelled)
        try:
            searcher.search_with_collector(query, collector)
        except TimeLimit:
            collector.finish()
            budget.check()
            return collector.results(), True
        return collector.results(), False

    def _suggestion(
        self,
        parsed: ParsedQuery,
        searcher: Searcher,
        counts: tuple[int, int],
        limit: int,
        budget: SearchBudget,
    ) -> str | None:
        """The query with its unknown words and entities corrected, if it finds more.

        Only words the index does not know are swapped (never a stopword, a quoted phrase,
        an operator or a field), each for the closest word of the index's lexicon weighted
        by how many articles use it (see :mod:`search.suggest`). The correction is offered
        only when the same search path counts more articles for it than ``counts`` (those
        with every word, all found) did for the typed query; never when it swaps only words
        no article has, already searched as their corrections (see ``_alternatives``): it
        would find the same articles, and "musk" on IndoSum said both "musik was searched
        too" and "did you mean: musik", which read as a contradiction.
        """
        from warta.search.query import QueryError
        from warta.search.suggest import apply_corrections, corrections

        text = parsed.text
        corrected = text
        for name in parsed.unknown_entities:
            candidates = self.entity_candidates(name, 1)
            if candidates:
                corrected = _entity_corrected(corrected, name, candidates[0].name)
        known = self._word_is_known(searcher)
        # The two words of a name typed apart were searched joined: neither is a typo.
        joined = {word for words in parsed.alternatives if " " in words for word in words.split()}
        chosen = corrections(
            corrected,
            lambda word: word in joined or known(word),
            # The lexicon is built on the first unknown word.
            lambda word: (
                parsed.alternatives[word]
                if word in parsed.alternatives
                else self._lexicon(searcher).best(word)
            ),
        )
        searched_already = corrected == text and all(
            parsed.alternatives.get(word) == correction
            for word, correction in chosen.items()
            if correction is not None
        )
        corrected = apply_corrections(corrected, chosen)
        if corrected == text or searched_already:
            return None
        budget.check()
        try:
            # Its words no article has are those the typed query's search left uncorrected.
            better = self._parse(corrected, searcher, parsed.alternatives)
        except (WartaError, QueryError):
            return None
        return corrected if self._finds_more(better, searcher, limit, counts, budget) else None

    def _alternatives(self, text: str, searcher: Searcher) -> dict[str, str | None]:
        """The plain words of ``text`` that no article has, each with the did-you-mean
        correction it is searched as too: ``ibrahimovich manchester united`` finds the
        articles about Ibrahimovic first, where the misspelt word matched nothing and the
        two others ranked every article about the club alike. The did-you-mean is still
        offered (see ``_suggestion``). Words of the archive, however rare, stay as typed.
        A name typed joined is searched as the two words the archive writes (see
        ``_written_apart``), before any spelling correction, and two words the archive
        writes joined as that word too (see ``_written_joined``), their own spelling
        left alone. A word of a quoted phrase no article has is corrected too: the phrase
        is searched with it corrected beside the phrase typed (``query.parse_query``)."""
        from warta.search.analysis import in_dictionary, stem, stopwords
        from warta.search.query import clean_query
        from warta.search.suggest import corrections

        reader = searcher.reader()
        text = clean_query(text)
        joined = _written_joined(text, searcher)
        in_pairs = {word for pair in joined for word in pair.split()}

        def in_some_article(word: str) -> bool:
            stemmed = stem(word)
            return (
                word in stopwords()
                or word in in_pairs
                or in_dictionary(word)
                or any(reader.doc_frequency(name, word) for name in ("exact", "title_exact"))
                or any(reader.doc_frequency(name, stemmed) for name in ("content", "title"))
            )

        found = corrections(
            text,
            in_some_article,
            lambda word: _written_apart(word, searcher) or self._lexicon(searcher).best(word),
            quoted=True,
        )
        return {**found, **joined}

    @staticmethod
    def _word_is_known(searcher: Searcher) -> Callable[[str], bool]:
        """Whether a lowercased query word must stay as typed: a stopword (optional in the
        query anyway), a word of the index's text or titles, or a word whose stem is."""
        from warta.search.analysis import stem, stopwords
        from warta.search.suggest import known_frequency

        reader = searcher.reader()
        enough = known_frequency(reader.doc_count())

        def known(word: str) -> bool:
            return (
                word in stopwords()
                or reader.doc_frequency("exact", word) >= enough
                or reader.doc_frequency("title_exact", word) >= enough
                or reader.doc_frequency("content", stem(word)) > 0
            )

        return known

    @_reports_damage
    def prepare(self) -> None:
        """What a long-lived caller's searches need, loaded now: the explorer calls this in
        the background once the index is ready. The did-you-mean lexicon (at 100,000
        articles the first search that needs it would wait seconds), and numpy, without
        which a search of fewer than ``NUMPY_IMPORT_POSTINGS`` postings is scored by Whoosh
        (``orang`` at 100,000 IndoSum articles: 200 ms of CPU, 12 with numpy)."""
        import numpy  # noqa: F401

        self._lexicon(self._view().searcher)

    def _lexicon(self, searcher: Searcher) -> Lexicon:
        """The index's words for corrections, built on first need once per index version.

        Keyed by the generation folder and Whoosh's generation number: an update (which
        adds a Whoosh generation) or a rebuild (a new folder) makes the next need rebuild
        it. Built in the caller's thread (a search worker), one thread at a time. The words
        and their counts come from the segments' sidecars, else from Whoosh's term files.
        """
        from warta.search.analysis import stopwords
        from warta.search.sidecar import field_frequencies
        from warta.search.suggest import LEXICON_FILE, Lexicon

        reader = searcher.reader()
        # This thread's view, whose searcher this is (``_view()`` could replace it).
        generation = self._local.view.generation
        key = (generation, reader.generation())
        with self._lexicon_lock:
            if self._lexicon_cache is None or self._lexicon_cache[0] != key:
                saved = generation / LEXICON_FILE
                source = str(reader.generation())
                lexicon = Lexicon.read(saved, source, stopwords())
                if lexicon is None:
                    counted = field_frequencies(generation, searcher, "exact")
                    frequencies = (
                        counted.items()
                        if counted is not None
                        else (
                            (term.decode("utf-8"), info.doc_frequency())
                            for term, info in reader.iter_field("exact")
                        )
                    )
                    lexicon = Lexicon(frequencies, stopwords())
                    # A read-only index still corrects: each process then builds its own.
                    with contextlib.suppress(OSError):
                        lexicon.write(saved, source)
                self._lexicon_cache = (key, lexicon)
            return self._lexicon_cache[1]

    def _finds_more(
        self,
        parsed: ParsedQuery,
        searcher: Searcher,
        limit: int,
        counts: tuple[int, int],
        budget: SearchBudget,
    ) -> bool:
        """Whether ``parsed`` finds more articles with every word than ``counts[0]``, or more
        in all than ``counts[1]`` (the partial matches join, as in ``_run``, when fewer than
        ``limit`` have every word). ``elon muks`` finds Elon's articles with only some of its
        words: ``elon musk`` is offered because more articles have both. Counting stops as
        soon as the answer is known."""
        every_word, total = counts
        found = self._count(parsed.query, searcher, every_word + 1, budget)
        if found > every_word:
            return True
        if parsed.relaxed is None or found >= limit:
            return False
        return self._count(parsed.relaxed, searcher, total + 1, budget) > total

    @staticmethod
    def _count(query: Query, searcher: Searcher, stop_at: int, budget: SearchBudget) -> int:
        """Articles matching ``query`` (unscored), counting no further than ``stop_at``."""
        count = 0
        for count, _ in enumerate(searcher.docs_for_query(query), 1):
            if count >= stop_at:
                break
            if count % CANCEL_POLL_MATCHES == 0:
                budget.check()
        return count

    @_reports_damage
    def match_spans(self, query: str | MatchTerms, text: str) -> list[tuple[int, int]]:
        """Where the query's terms occur in ``text``, for marking them in the reader; given
        a search result's ``terms``, the same words its snippets marked, with no parsing."""
        from warta.search.query import (
            MatchTerms,
            QueryError,
            match_spans,
            matched_terms,
        )

        if isinstance(query, MatchTerms):
            return match_spans(text, query)
        try:
            view = self._view()
            parsed = self._parse(query, view.searcher)
        except (WartaError, QueryError):
            return []
        return match_spans(text, matched_terms(parsed.query, view.searcher.reader()))

    def matching_articles(self, query: str) -> Iterator[Article]:
        """Every article with all of ``query``'s words (and fields, tags, …), in index
        order, read one at a time as the caller goes: what an export of 100,000 hits walks
        in constant memory. The query is parsed now: one that cannot run raises WartaError
        before the first article."""
        from warta.search.index import article_from_fields
        from warta.search.query import QueryError

        view = self._view()
        try:
            parsed = self._parse(query, view.searcher)
        except QueryError as error:
            raise WartaError(error.template, **error.params) from error
        searcher = view.searcher
        return (
            article_from_fields(searcher.reader().stored_fields(docnum))
            for docnum in searcher.docs_for_query(parsed.query)
        )

    # -- articles ------------------------------------------------------------------------------

    @_reports_damage
    def article(self, article_id: str) -> Article | None:
        from warta.search.index import article_from_fields

        if not storable(article_id):
            return None
        stored = self._view().searcher.document(id=article_id)
        return article_from_fields(stored) if stored else None

    @_reports_damage
    def article_ids(self, prefix: str, limit: int, any_case: bool = False) -> list[str]:
        """The ids of up to ``limit`` articles that start with ``prefix``, in order: a short
        id typed for a long one, as git takes a commit's first letters. With ``any_case``,
        also in another case (``002_C0DE`` typed for ``002_c0de``, ids copied from a
        spreadsheet that capitalised them), the ids that are ``prefix`` whole first."""
        searcher = self._view().searcher
        if not prefix or not storable(prefix):
            return []
        reader = searcher.reader()
        starts = _case_forms(prefix) if any_case else [prefix]
        terms = itertools.chain.from_iterable(reader.expand_prefix("id", s) for s in starts)
        wanted = prefix.casefold()
        whole: list[str] = []
        found: list[str] = []
        for term in terms:
            article_id = term.decode("utf-8") if isinstance(term, bytes) else str(term)
            if any_case and not article_id.casefold().startswith(wanted):
                continue
            is_whole = any_case and article_id.casefold() == wanted
            if not is_whole and len(found) == limit:  # only a whole one can still come
                continue
            if searcher.document_number(id=article_id) is None:  # a deleted one
                continue
            (whole if is_whole else found).append(article_id)
            if not any_case and len(found) == limit:
                break
        return (whole + found)[:limit]

    @_reports_damage
    def article_mentions(self, article_id: str) -> list[Mention]:
        """Mentions in reading order, each carrying its corpus entity's id, name and kind."""
        registry = self._entity_registry()
        linked = []
        for mention in self._view().store.mentions_of_article(article_id):
            entity = registry.entity(registry.resolve(mention.key))
            if entity is not None:
                mention = replace(mention, key=entity.id, name=entity.name, kind=entity.kind)
            linked.append(mention)
        return linked

    @_reports_damage
    def source_changed(self, article_id: str) -> bool:
        """True when the article's file changed or vanished since it was indexed (or the
        index no longer has the article): what the reader shows is out of date."""
        from warta.search.paths import key_path
        from warta.search.store import FileState

        store = self._view().store
        key = store.article_file(article_id)
        indexed = store.file_state(key) if key is not None else None
        if key is None or indexed is None:
            return True
        try:
            status = key_path(key).stat()
        except OSError:
            return True
        return FileState.of(status.st_size, status.st_mtime_ns) != indexed

    def _parse(
        self,
        text: str,
        searcher: Searcher,
        alternatives: Mapping[str, str | None] | None = None,
    ) -> ParsedQuery:
        """``text`` parsed with this service's entities and workspace, its words that no
        article has searched as their corrections too (``alternatives``, by default
        ``_alternatives``): the one place every search, correction, export and highlight
        reads a query."""
        from warta.search.query import parse_query

        workspace = self.workspace
        return parse_query(
            text,
            searcher.schema,
            self._entity_keys,
            workspace.articles_for if workspace else None,
            self._alternatives(text, searcher) if alternatives is None else alternatives,
            self._misspelt(text, searcher),
        )

    @staticmethod
    def _misspelt(text: str, searcher: Searcher) -> dict[str, list[str]]:
        """The plain words of ``text`` that some articles write in another form: misspelt
        (``suggest.archive_typos``), so ``putaran kedua`` finds the story writing "putara
        kedua" among those with every word; or, for a loanword Sastrawi cannot stem, with
        another affix (``analysis.affixed_forms``), so ``posting`` finds the story writing
        "postingan" (each was a word of its own); or as two words (``_written_apart``), so
        ``alquran`` finds the stories writing "Al-Quran". Read from the index's frequencies."""
        from warta.search.analysis import affixed_forms, in_dictionary, stem, stopwords
        from warta.search.query import clean_query
        from warta.search.suggest import archive_typos, correctable_words

        reader = searcher.reader()
        text = clean_query(text)

        def frequency(word: str) -> int:
            return int(reader.doc_frequency("exact", word))

        def is_word(word: str) -> bool:
            return word in stopwords() or in_dictionary(word)

        found = {}
        for start, stop in correctable_words(text):
            word = text[start:stop].lower()
            if word not in found:
                affixed = [
                    form
                    for form in affixed_forms(word)
                    if stem(form) == form and reader.doc_frequency("content", form)
                ]
                found[word] = archive_typos(word, frequency, is_word) + affixed
                # A word no article has is searched as the cut among its alternatives.
                known = frequency(word) and word not in stopwords()
                apart = _written_apart(word, searcher) if known else None
                if apart is not None:
                    found[word].append(apart)
        return {word: forms for word, forms in found.items() if forms}

    # -- entities ------------------------------------------------------------------------------

    def _entity_keys(self, name_or_id: str) -> list[str]:
        entity = self.entity(name_or_id)
        return self._entity_registry().keys_for(entity.id) if entity else []

    @_reports_damage
    def entities(self, kind: str | None = None) -> list[Entity]:
        return self._entity_registry().entities(kind)

    @_reports_damage
    def entity(self, name_or_id: str) -> Entity | None:
        """The entity a name, alias or id names, as typed or with its compatibility forms
        folded (NFKC): ``ｅｌｏｎ ｍｕｓｋ`` in fullwidth letters was "no entity named"."""
        registry = self._entity_registry()
        typed = _typed_name(name_or_id)
        folded = unicodedata.normalize("NFKC", typed)
        return registry.lookup(typed) or (registry.lookup(folded) if folded != typed else None)

    @_reports_damage
    def entity_candidates(self, name: str, n: int = 5) -> list[Entity]:
        return self._entity_registry().candidates(
            unicodedata.normalize("NFKC", _typed_name(name)), n
        )

    def named_entity(self, name: str) -> Entity:
        """The entity ``name`` names (canonical name, alias or id); else a WartaError that
        lists the closest candidates."""
        entity = self.entity(name)
        if entity is not None:
            return entity
        close = ", ".join(candidate.name for candidate in self.entity_candidates(name))
        if close:
            raise WartaError(
                N_("no entity named {name}; closest: {names}"), name=excerpt(name), names=close
            )
        raise WartaError(N_("no entity named {name}"), name=excerpt(name))

    def entity_beyond_words(self, result: SearchResult) -> Entity | None:
        """The entity ``result``'s query names alone (by its name, an alias or its id), when
        more articles name it than have the query's words: ``jokowi`` finds 87 of IndoSum's
        articles, and 148 name Joko Widodo, some of them only in full. A search offers it
        as ``entity:ID``. The first call loads the entity list (about 1 s at 100,000
        articles), so the explorer asks, in its search worker, and a one-off command not.
        """
        typed = result.query.strip().strip('"')
        if result.error or not _NAME_ALONE.fullmatch(typed):
            return None
        try:
            entity = self.entity(typed)
        except WartaError:  # a damaged entity list is said where the entities are shown
            return None
        return entity if entity is not None and entity.articles > result.total else None

    @_reports_damage
    def articles_mentioning(self, entity_id: str) -> list[str]:
        """Ids of every article that mentions the entity, newest first (as ``mentions``).

        An indexed lookup: following an entity into its next article must not build the
        keyword-in-context lines of every mention in the archive.
        """
        keys = self._entity_registry().keys_for(entity_id)
        return self._view().store.articles_of_keys(keys)

    @_reports_damage
    def mentions(self, entity_id: str, limit: int | None = None) -> list[MentionInContext]:
        """Every mention of an entity in context, newest article first, in reading order."""
        registry = self._entity_registry()
        view = self._view()
        rows = view.store.mentions_of_keys(registry.keys_for(entity_id), limit)
        texts: dict[str, tuple[str, str, str, int]] = {}
        found = []
        for row in rows:
            if row.article not in texts:
                article = self.article(row.article)
                texts[row.article] = _context_texts(article)
            title, body, after_dateline, dateline_end = texts[row.article]
            source = title if row.mention.field == "title" else body
            if row.mention.field == "body" and row.mention.end <= dateline_end:
                source = after_dateline
            context, at, until = keyword_in_context(source, row.mention.start, row.mention.end)
            found.append(
                MentionInContext(
                    article=row.article,
                    title=row.title,
                    date=row.date,
                    field=row.mention.field,
                    start=row.mention.start,
                    end=row.mention.end,
                    context=context,
                    context_start=at,
                    context_end=until,
                    surface=row.mention.surface,
                )
            )
        return found

    # -- investigation views: who appears with whom, when, and the same story ------------------

    @_reports_damage
    def related_entities(
        self,
        entity_id: str,
        scope: str = "sentence",
        min_count: int = MIN_COUNT,
        limit: int | None = None,
    ) -> list[RelatedEntity]:
        """The entities named in the same sentences (or articles) as ``entity_id``, most
        strongly associated first (G², see :mod:`search.related`), each with both counts.

        Counts are of distinct sentences and articles per pair of keys (spellings), summed
        over an entity's keys (an article naming one entity under two keys counts twice,
        which linking makes rare). ``min_count`` applies to the ranking scope's count.
        """
        from warta.search.related import ranked

        if scope not in SCOPES:
            raise WartaError(N_("unknown scope {scope}: use sentence or article"), scope=scope)
        registry = self._entity_registry()
        store = self._view().store
        keys = registry.keys_for(entity_id)
        own = store.own_counts(keys)
        found = [
            (entity, sentences, articles)
            for other, sentences, articles in store.partner_counts(
                keys, scope + "s", min_count, registry.merged_keys
            )
            if other != entity_id and (entity := registry.entity(other)) is not None
        ]
        column = SCOPES.index(scope)
        if scope == "sentence":
            # An entity's mentions bound its sentences from above (two in one sentence are
            # rare), and the registry has them: no lookup per partner.
            totals = [entity.mentions for entity, _, _ in found]
            sample = store.sentence_total()
        else:
            totals = [entity.articles for entity, _, _ in found]
            sample = store.article_count()
        order = ranked(
            [entity.id for entity, _, _ in found],
            [articles if column else sentences for _, sentences, articles in found],
            own[column],
            totals,
            sample,
            min_count,
            limit,
        )
        return [
            RelatedEntity(
                found[at][0], sentences=found[at][1], articles=found[at][2], score=round(score, 2)
            )
            for at, score in order
        ]

    @_reports_damage
    def shared_sentences(
        self, entity_id: str, other_id: str, limit: int | None = None
    ) -> list[SharedSentence]:
        """The sentences naming both entities, newest article first, then in reading order,
        each with both names marked (keyword in context)."""
        from warta.search.related import sentence_excerpt
        from warta.search.sentences import Sentences

        registry = self._entity_registry()
        rows = self._view().store.shared_sentences(
            registry.keys_for(entity_id), registry.keys_for(other_id)
        )
        grouped: dict[tuple[str, str, int], tuple[SharedRow, set[tuple[int, int]]]] = {}
        for row in rows:
            place = (row.article, row.field, row.sentence)
            if place not in grouped:
                if limit is not None and len(grouped) >= limit:
                    break
                grouped[place] = (row, set())
            grouped[place][1].update((row.span, row.other_span))
        texts: dict[tuple[str, str], Sentences] = {}
        found = []
        for (article_id, field, _), (row, spans) in grouped.items():
            if (article_id, field) not in texts:
                article = self.article(article_id)
                text = getattr(article, field, "") if field in ("title", "body") else ""
                texts[article_id, field] = Sentences(text)
            sentences = texts[article_id, field]
            marks = sorted(span for span in spans if span[1] <= len(sentences.text))
            if not marks:  # the article changed under the store: nothing to show
                continue
            bounds = sentences.span(marks[0][0], marks[-1][1])
            text, shown = sentence_excerpt(sentences.text, bounds, marks)
            found.append(
                SharedSentence(
                    row.article, row.title, row.date, field, *bounds, text=text, marks=shown
                )
            )
        return found

    @_reports_damage
    def quotes(self, name_or_id: str, limit: int, offset: int = 0) -> list[QuoteInArticle]:
        """What an entity said (quotes attributed to it at index time), newest article
        first, then in reading order: the ``limit`` after the first ``offset``. Read from
        the store alone: a screenful costs an index scan, not its articles."""
        registry = self._entity_registry()
        entity = self.named_entity(name_or_id)
        rows = self._view().store.quotes_of_keys(registry.keys_for(entity.id), limit, offset)
        return [_said(row, entity.id) for row in rows]

    @_reports_damage
    def article_quotes(self, article_id: str) -> list[QuoteInArticle]:
        """Who said what in one article, in reading order: each quote's speaker is the
        entity its mention key belongs to (as the entity's own list gives it)."""
        registry = self._entity_registry()
        rows = self._view().store.quotes_of_article(article_id)
        return [_said(row, registry.resolve(row.speaker)) for row in rows]

    @_reports_damage
    def quote_count(self, entity_id: str) -> int:
        """How many quotes are attributed to the entity."""
        keys = self._entity_registry().keys_for(entity_id)
        return self._view().store.quote_count(keys)

    @_reports_damage
    def timeline(self, query: str, by: str = "month") -> Coverage:
        """Articles per period among those with every word of ``query`` (the first part of
        its search results), by publication date; a query that cannot run raises."""
        from warta.search.coverage import check_period, coverage
        from warta.search.query import parse_query
        from whoosh.util.times import long_to_datetime

        check_period(by)
        view = self._view()
        parsed = parse_query(
            query,
            view.searcher.schema,
            self._entity_keys,
            alternatives=self._alternatives(query, view.searcher),
        )
        column = view.searcher.reader().column_reader("date", translate=False)
        missing = view.searcher.schema["date"].column_type.default_value(False)
        stamps = Counter(column[docnum] for docnum in view.searcher.docs_for_query(parsed.query))
        dates = (
            (None if stamp == missing else long_to_datetime(stamp).date(), count)
            for stamp, count in stamps.items()
        )
        return coverage(dates, by)

    @_reports_damage
    def entity_timeline(self, entity_id: str, by: str = "month") -> Coverage:
        """Articles per period among those that mention the entity."""
        from warta.search.coverage import check_period, coverage

        check_period(by)
        keys = self._entity_registry().keys_for(entity_id)
        return coverage(self._view().store.days_of_keys(keys), by)

    @_reports_damage
    def more_like(self, article_id: str, limit: int = 10) -> list[Hit] | None:
        """Articles about the same things as ``article_id``, most alike first (the body's most
        distinctive stemmed terms, Bo1-weighted, as Whoosh's ``more_like`` picks them, OR-ed
        as a query); None when the article is not in the index.

        The query is collected as a search is (through the sidecar when it can): Whoosh's own
        ``more_like`` walked every posting of 25 common words, 1.2 s at 100,000 articles.
        """
        from warta.search.query import SearchBudget
        from whoosh.query import Or, Term

        searcher = self._view().searcher
        docnum = searcher.document_number(id=article_id)
        if docnum is None:
            return None
        body = searcher.reader().stored_fields(docnum).get("body", "")
        key_terms = searcher.key_terms_from_text(
            "content", body, numterms=LIKE_TERMS, normalize=False
        )
        top = max(1, min(limit, MAX_LIMIT))
        query = Or([Term("content", word, boost=weight) for word, weight in key_terms])
        found, _ = self._collect(query, searcher, top + 1, "score", SearchBudget())
        return [
            Hit(
                id=stored["id"],
                title=stored.get("title", ""),
                source=stored.get("source") or None,
                date=stored["date"].date() if stored.get("date") else None,
                score=round(float(hit.score or 0.0), 4),
                snippet=Snippet(""),
            )
            for hit in found
            if hit.docnum != docnum
            for stored in (hit.fields(),)
        ][:top]

    @_reports_damage
    def story_copies(self, article_id: str) -> list[str]:
        """Ids of the other articles telling the same story (near-duplicates: SimHash at
        most ``MAX_DISTANCE`` bits apart, see :mod:`search.neardup`), sorted."""
        store = self._view().store
        fingerprint = store.fingerprints([article_id]).get(article_id)
        if fingerprint is None:
            return []
        return [other for other in _near(store, fingerprint) if other != article_id]

    @_reports_damage
    def same_story(self, article_ids: Sequence[str]) -> dict[str, str | None]:
        """Each article's story group: the smallest id among it and its copies, or None
        when it has none. Hits with one group id are copies of one story. The copies of
        one fingerprint are looked up once: a story copied 3,000 times was looked up again
        for each hit (200 hits: 9 s, growing with hits times copies)."""
        store = self._view().store
        fingerprints = store.fingerprints(article_ids)
        near: dict[int, list[str]] = {}
        found: dict[str, str | None] = {}
        for article_id in article_ids:
            fingerprint = fingerprints.get(article_id)
            if fingerprint is None:
                found[article_id] = None
                continue
            if fingerprint not in near:
                near[fingerprint] = _near(store, fingerprint)
            first = next((other for other in near[fingerprint] if other != article_id), None)
            found[article_id] = None if first is None else min(article_id, first)
        return found


def _near(store: Store, fingerprint: int) -> list[str]:
    """The sorted ids of the articles whose SimHash is at most ``MAX_DISTANCE`` bits from
    ``fingerprint`` (the article that has it among them)."""
    from warta.search.neardup import MAX_DISTANCE, distance

    return sorted(
        other
        for other, candidate in store.near_fingerprints(fingerprint)
        if distance(fingerprint, candidate) <= MAX_DISTANCE
    )


def _entity_corrected(text: str, typed: str, name: str) -> str:
    """``text`` with the unknown ``entity:`` value ``typed`` replaced by ``name``, quoted
    when it is several words: "did you mean: entity:Joko Widodo" searched the entity Joko
    and the word Widodo (9 articles on IndoSum, where ``entity:"Joko Widodo"`` finds 13)."""
    quoted = f'"{typed}"'
    if quoted in text:
        return text.replace(quoted, f'"{name}"')
    return text.replace(typed, f'"{name}"' if re.search(r'[\s():"]', name) else name)


def _written_apart(word: str, searcher: Searcher) -> str | None:
    """``foofighters`` as "foo fighters": the cut of a word into two words that articles
    write one after the other (the cut the most articles write), or None. Readers join
    names the news writes apart (delpiero, alexsandro, denhaag); the spelling correction
    took ``alexsandro`` for "alessandro", and found nothing for the others. A part may be
    one letter, as models and terms the news writes with a dash are (``chr``: "CH-R",
    ``ektp``: "e-KTP", ``kpop``), unless it is a slip (see ``_one_letter_slip``). For a
    word some articles have, the cut must be written in ``WRITTEN_APART_SHARE`` of as
    many articles as the word (``alquran``: "Al-Quran" and "Al Quran" beside "Alquran"),
    and neither part be a stopword: di, ke and pun before or after most words made chance
    pairs (kediri, pundi) that cost a phrase search each, and a stopword leaves the
    stemmed fields' phrase one word (kerja sama: kerja; such compounds are the index's,
    ``analysis.StopwordCompoundMarker``)."""
    from warta.search.analysis import stopwords
    from whoosh.query import Phrase

    reader = searcher.reader()
    written = reader.doc_frequency("exact", word)
    share = math.ceil(WRITTEN_APART_SHARE * written)
    best, most = None, max(share, 1) - 1  # in one article at least, and in the share
    for cut in range(1, len(word)):
        first, second = word[:cut], word[cut:]
        if min(len(first), len(second)) < MIN_PART_CHARS and _one_letter_slip(first, second):
            continue
        if written and {first, second} & stopwords():
            continue
        if not (reader.doc_frequency("exact", first) and reader.doc_frequency("exact", second)):
            continue
        together = Phrase("exact", [first, second])
        found = sum(1 for _ in itertools.islice(searcher.docs_for_query(together), most + 1))
        if found > most:
            best, most = f"{first} {second}", found
    return best


def _one_letter_slip(first: str, second: str) -> bool:
    """Whether a cut leaving a side of one letter is rather a slip than a dashed term:
    both sides one letter, or a letter typed twice (``bbersama``, ``filmonss``)."""
    return len(first) + len(second) <= 2 or first[-1] == second[0]


def _context_texts(article: Article | None) -> tuple[str, str, str, int]:
    """The texts the mentions of ``article`` are shown in: its title, its body, and, when
    its title was derived from the body's opening words, the body with those words
    replaced by an ellipsis and where they began. A mention in the dateline before them,
    in context, then goes on to what the title above it does not say, instead of
    repeating it."""
    from warta.search.metadata import derived_title_span

    if article is None:
        return "", "", "", 0
    body = article.body
    if not article.title_derived:
        return article.title, body, body, 0
    start, end = derived_title_span(body)
    return article.title, body, f"{body[:start].rstrip()} …{body[end:]}", start


def _written_joined(text: str, searcher: Searcher) -> dict[str, str]:
    """``toko pedia`` as "tokopedia": each two plain words in a row that articles write
    joined more often than apart, keyed by the two words (lowercased, one space apart).
    Readers split names the news writes as one word (you tube, whats app, hello beauty),
    and the articles that have both words were rarely about the name."""
    from warta.search.analysis import stopwords
    from warta.search.suggest import correctable_words
    from whoosh.query import Phrase

    reader = searcher.reader()
    found: dict[str, str] = {}
    spans = correctable_words(text)
    for (start, end), (after, stop) in itertools.pairwise(spans):
        first, second = text[start:end].lower(), text[after:stop].lower()
        if text[end:after].strip() or {first, second} & stopwords():
            continue
        if min(len(first), len(second)) < MIN_PART_CHARS:
            continue
        joined = first + second
        written = reader.doc_frequency("exact", joined)
        if not written:
            continue
        apart = Phrase("exact", [first, second])
        if sum(1 for _ in itertools.islice(searcher.docs_for_query(apart), written)) < written:
            found[f"{first} {second}"] = joined
    return found


def keyword_in_context(
    text: str, start: int, end: int, width: int = CONTEXT_CHARS
) -> tuple[str, int, int]:
    """One line of ``text`` around ``start:end``, cut at words; returns it and where the
    mention starts and ends in it (a run of spaces inside the mention shows as one)."""
    window = text_window(
        text, max(0, start - width), min(len(text), end + width), [(start, end)], (start, end)
    )
    return window.text, *window.marks[0]


def _said(row: QuoteRow, speaker: str) -> QuoteInArticle:
    """A stored quote as the service gives it, its speaker the entity ``speaker``."""
    return QuoteInArticle(
        row.article,
        row.title,
        row.date,
        row.source,
        row.start,
        row.end,
        row.text,
        speaker=speaker,
        kind=row.kind,
    )


#: Cased letters of a typed id whose both cases are looked up: 2 ** 4 prefixes at most.
CASED_LETTERS = 4


def _case_forms(prefix: str) -> list[str]:
    """The starts of ``prefix`` in each case, up to its ``CASED_LETTERS``-th cased letter:
    every id that is ``prefix`` in another case starts with one of them (a scan of every
    id took 1 s in an index of 100,000, for every id typed that is in none)."""
    forms = [""]
    cased = 0
    for char in prefix:
        if cased == CASED_LETTERS:
            break
        both = sorted({c for c in (char, char.lower(), char.upper()) if len(c) == 1})
        cased += len(both) > 1
        forms = [form + c for form in forms for c in both]
    return forms
