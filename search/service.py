"""The one object the command line and the TUI talk to.

``SearchService`` hides the index folder, its generations, Whoosh searchers and the SQLite
store behind a handful of calls. Importing it is cheap; Whoosh, Sastrawi and the tagger load
on first use. Each thread gets its own searcher and store connection (Whoosh searchers are
not shared between threads), refreshed when the index changes underneath.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from search import paths
from search.errors import IndexBusyError, WartaError
from search.model import (
    CANCELLED,
    Article,
    Entity,
    Hit,
    Mention,
    MentionInContext,
    SearchResult,
    Snippet,
    UpdateReport,
)
from search.query import never_cancelled

if TYPE_CHECKING:
    from whoosh.index import Index
    from whoosh.query import Query
    from whoosh.searching import Results, Searcher

    from search.entities import EntityRegistry
    from search.index import Progress
    from search.query import ParsedQuery, SearchBudget
    from search.store import Store

__all__ = ["IndexBusyError", "SearchService", "WartaError"]

MAX_LIMIT = 1000
SEARCH_SECONDS = 5.0
#: Matches scored between two polls of a search's ``cancelled`` (a poll costs ~0.1 µs,
#: scoring a match ~2 µs a term).
CANCEL_POLL_MATCHES = 256
#: Unknown words a "did you mean" tries to correct; each try walks the lexicon.
MAX_CORRECTED_WORDS = 8


@functools.cache
def _stoppable_collector() -> type:
    """Whoosh's time-limited collector that also stops when its caller asks it to."""
    from whoosh import collectors
    from whoosh.searching import TimeLimit

    class StoppableCollector(collectors.TimeLimitCollector):
        def __init__(self, child: Any, timelimit: float, cancelled: Callable[[], bool]) -> None:
            super().__init__(child, timelimit=timelimit)
            self.cancelled = cancelled

        def collect_matches(self) -> None:
            child = self.child
            for count, docnum in enumerate(child.matches()):
                if self.timedout or (count % CANCEL_POLL_MATCHES == 0 and self.cancelled()):
                    raise TimeLimit
                child.collect(docnum)

    return StoppableCollector


CONTEXT_CHARS = 70

P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class _ThreadView:
    """One thread's open view of one index generation."""

    generation: Path
    index: Index
    searcher: Searcher
    store: Store

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
        try:
            return method(self, *args, **kwargs)
        except WartaError:
            raise
        except MemoryError as error:
            # Too big a request, not a damaged index: rebuilding would not help.
            raise WartaError(
                "the query needs too much memory (MemoryError); try a simpler one"
            ) from error
        except Exception as error:
            raise WartaError(
                f"the index in {self.index_dir} is damaged ({type(error).__name__}); "
                "run `warta index --rebuild`"
            ) from error

    return guarded


def _refused(query: str, error: str) -> SearchResult:
    """A search that gave no result, echoing the query as cleaned as a good one's."""
    from search.query import clean_query

    return SearchResult(query=clean_query(query), error=error)


class SearchService:
    """Search, read and follow entities in one corpus set's index."""

    def __init__(
        self, corpora: Sequence[Path], index_dir: Path, entities_file: Path | None = None
    ) -> None:
        self.corpora = tuple(corpora)
        self.index_dir = index_dir
        self.entities_file = entities_file
        self._local = threading.local()
        self._views: list[_ThreadView] = []
        self._lock = threading.Lock()
        self._registry: tuple[tuple[Path, int], EntityRegistry] | None = None

    @classmethod
    def from_settings(
        cls,
        corpus: Sequence[str] = (),
        index_dir: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> SearchService:
        """Flags first, then WARTA_* environment variables, then platformdirs defaults."""
        roots = paths.corpus_roots(corpus, environ)
        return cls(
            roots, paths.index_dir(roots, index_dir, environ), paths.user_entities_file(environ)
        )

    # -- the index -----------------------------------------------------------------------------

    def has_index(self) -> bool:
        """An index this version of warta can search exists (it may miss recent file changes).

        False for an index built by another version or one that no longer opens, so callers
        that build a missing index also replace those.
        """
        from search.index import usable_generation

        return usable_generation(self.index_dir) is not None

    def update(self, rebuild: bool = False, progress: Progress | None = None) -> UpdateReport:
        """Build the index, or update it with the corpus files added, changed or deleted."""
        from search.index import update_index

        report = update_index(
            self.index_dir,
            self.corpora,
            rebuild=rebuild,
            progress=progress,
            gazetteer_file=self.entities_file,
        )
        with self._lock:
            self._registry = None
        return report

    def _view(self) -> _ThreadView:
        """This thread's searcher and store, reopened when another generation went live."""
        from search.index import current_generation, open_generation
        from search.ranking import weighting
        from search.store import Store

        generation = current_generation(self.index_dir)
        if generation is None:
            raise WartaError("there is no index yet: run `warta index` first")
        view: _ThreadView | None = getattr(self._local, "view", None)
        if view is not None and view.generation == generation:
            if not view.searcher.up_to_date():
                # A new searcher, not ``refresh()``: refresh reuses the reader of a segment
                # whose deletions changed, so a changed article would be found twice.
                view.searcher.close()
                view.searcher = view.index.searcher(weighting=weighting())
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
            raise WartaError(f"the index at {generation} is damaged ({error})") from error
        view = _ThreadView(generation, index, index.searcher(weighting=weighting()), store)
        self._local.view = view
        with self._lock:
            self._views.append(view)
        return view

    def _entity_registry(self) -> EntityRegistry:
        from search.entities import EntityRegistry
        from search.index import REGISTRY_FILE, read_regular_file

        path = self._view().generation / REGISTRY_FILE
        with self._lock:
            try:
                # Keyed by the file's mtime too: another process may update this generation.
                version = (path, path.stat().st_mtime_ns)
                if self._registry is None or self._registry[0] != version:
                    # Not read_text: a FIFO in its place would block forever.
                    text = read_regular_file(path).decode("utf-8")
                    registry = EntityRegistry.from_json(text)
                    self._registry = (version, registry)
            except (OSError, ValueError) as error:
                raise WartaError(
                    f"the entity list of the index is damaged ({type(error).__name__}); "
                    "run `warta index --rebuild`"
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
        the matches: when it turns true the search stops and gives :data:`CANCELLED` as its
        error. Search as you type needs it: at 100,000 articles a common word takes several
        hundred milliseconds, and an outdated search would hold the CPU the next one needs.
        """
        try:
            return self._search(query, limit, sort, snippets, cancelled or never_cancelled)
        except WartaError as error:
            return _refused(query, str(error))

    @_reports_damage
    def _search(
        self, query: str, limit: int, sort: str, snippets: bool, cancelled: Callable[[], bool]
    ) -> SearchResult:
        from search.query import QueryError, SearchCancelled, parse_query, search_budget

        limit = max(1, min(limit, MAX_LIMIT))
        try:
            view = self._view()
            parsed = parse_query(query, view.searcher.schema, self._entity_keys)
        except (WartaError, QueryError) as error:
            return _refused(query, str(error))
        try:
            with search_budget(cancelled) as budget:
                result = self._run(parsed, view.searcher, limit, sort, snippets, budget)
        except SearchCancelled:
            return _refused(query, CANCELLED)
        notices = (*parsed.notices, *budget.notices)
        return replace(result, notice="; ".join(notices) if notices else None)

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
        from search.query import (
            make_snippet,
            match_spans,
            matched_terms,
            posting_spans,
        )

        results, partial = self._collect(parsed.query, searcher, limit, sort, budget)
        found = list(results)
        having_all = len(found)
        total = len(results)
        if parsed.relaxed is not None and total < limit:
            # Too few articles have every word: the best partial matches follow them.
            relaxed, cut = self._collect(parsed.relaxed, searcher, limit + total, sort, budget)
            partial = partial or cut
            seen = {hit.docnum for hit in found}
            found += [hit for hit in relaxed if hit.docnum not in seen][: limit - total]
            total = max(total, len(relaxed))
        matched = "all" if len(found) == having_all else "some"
        query = parsed.relaxed if parsed.relaxed is not None and matched == "some" else parsed.query
        terms = matched_terms(query, searcher.reader()) if snippets else None
        indexed = (
            posting_spans(searcher.reader(), [hit.docnum for hit in found], terms)
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
                snippet = make_snippet(body, spans)
            hits.append(
                Hit(
                    id=stored["id"],
                    title=stored.get("title", ""),
                    source=stored.get("source") or None,
                    date=when.date() if when else None,
                    score=round(float(hit.score or 0.0), 4),
                    snippet=snippet,
                )
            )
        return SearchResult(
            query=parsed.text,
            total=total,
            hits=tuple(hits),
            suggestion=self._suggestion(parsed, searcher, total, budget),
            error="the query took too long; results are partial" if partial else None,
            matched=matched,
        )

    @staticmethod
    def _collect(
        query: Query, searcher: Searcher, limit: int, sort: str, budget: SearchBudget
    ) -> tuple[Results, bool]:
        """The best ``limit`` matches of ``query`` and their count, and whether time ran out."""
        from whoosh import collectors
        from whoosh.searching import TimeLimit

        if sort == "date":
            inner = searcher.collector(limit=limit, sortedby="date", reverse=True)
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
        self, parsed: ParsedQuery, searcher: Searcher, total: int, budget: SearchBudget
    ) -> str | None:
        """A corrected query when a word or entity is unknown to the index.

        A word longer than ``MAX_FUZZY_CHARS`` is no typo: correcting it built an automaton
        as long as the word (900 letters: 2.5 s on the seeds). Each correction walks the
        lexicon, so a repeated word is corrected once and at most ``MAX_CORRECTED_WORDS``
        unknown words are (~200 copies of one unknown word took 5.1 s). A stopword is
        optional in the query, so never corrected (``Siapakah ...`` became "apakah ...").
        """
        from search.analysis import stem, stopwords
        from search.query import MAX_FUZZY_CHARS, plain_words

        text = parsed.text
        corrected = text
        for name in parsed.unknown_entities:
            candidates = self.entity_candidates(name, 1)
            if candidates:
                corrected = corrected.replace(name, candidates[0].name)
        reader = searcher.reader()
        tried = 0
        for word in dict.fromkeys(plain_words(text)):  # a repeated word is corrected once
            budget.check()
            if len(word) > MAX_FUZZY_CHARS:
                continue
            lowered = word.lower()
            if lowered in stopwords():
                continue
            known = reader.doc_frequency("exact", lowered) or reader.doc_frequency(
                "content", stem(lowered)
            )
            if known:
                continue
            if tried == MAX_CORRECTED_WORDS:
                break
            tried += 1
            options = searcher.suggest("exact", lowered, limit=1)
            if options:
                corrected = corrected.replace(word, options[0])
        return None if corrected == text else corrected

    @_reports_damage
    def match_spans(self, query: str, text: str) -> list[tuple[int, int]]:
        """Where the query's terms occur in ``text``, for marking them in the reader."""
        from search.query import QueryError, match_spans, matched_terms, parse_query

        try:
            view = self._view()
            parsed = parse_query(query, view.searcher.schema, self._entity_keys)
        except (WartaError, QueryError):
            return []
        return match_spans(text, matched_terms(parsed.query, view.searcher.reader()))

    # -- articles ------------------------------------------------------------------------------

    @_reports_damage
    def article(self, article_id: str) -> Article | None:
        from search.index import article_from_fields

        stored = self._view().searcher.document(id=article_id)
        return article_from_fields(stored) if stored else None

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
        from search.reader import key_path

        store = self._view().store
        key = store.article_file(article_id)
        indexed = store.file_state(key) if key is not None else None
        if key is None or indexed is None:
            return True
        try:
            status = key_path(key).stat()
        except OSError:
            return True
        return (status.st_size, status.st_mtime_ns) != (indexed.size, indexed.mtime_ns)

    # -- entities ------------------------------------------------------------------------------

    def _entity_keys(self, name_or_id: str) -> list[str]:
        entity = self.entity(name_or_id)
        return self._entity_registry().keys_for(entity.id) if entity else []

    @_reports_damage
    def entities(self, kind: str | None = None) -> list[Entity]:
        return self._entity_registry().entities(kind)

    @_reports_damage
    def entity(self, name_or_id: str) -> Entity | None:
        return self._entity_registry().lookup(name_or_id)

    @_reports_damage
    def entity_candidates(self, name: str, n: int = 5) -> list[Entity]:
        return self._entity_registry().candidates(name, n)

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
        texts: dict[str, tuple[str, str]] = {}
        found = []
        for row in rows:
            if row.article not in texts:
                article = self.article(row.article)
                texts[row.article] = (article.title, article.body) if article else ("", "")
            title, body = texts[row.article]
            source = title if row.mention.field == "title" else body
            context, offset = keyword_in_context(source, row.mention.start, row.mention.end)
            found.append(
                MentionInContext(
                    article=row.article,
                    title=row.title,
                    date=row.date,
                    field=row.mention.field,
                    start=row.mention.start,
                    end=row.mention.end,
                    context=context,
                    context_start=offset,
                    surface=row.mention.surface,
                )
            )
        return found


def keyword_in_context(
    text: str, start: int, end: int, width: int = CONTEXT_CHARS
) -> tuple[str, int]:
    """One line of ``text`` around ``start:end``, cut at spaces; returns it and the offset."""
    begin = max(0, start - width)
    if begin:
        space = text.find(" ", begin, start)
        begin = space + 1 if space != -1 else begin
    stop = min(len(text), end + width)
    if stop < len(text):
        space = text.rfind(" ", end, stop)
        stop = space if space != -1 else stop
    prefix = "…" if begin else ""
    line = prefix + text[begin:stop].replace("\n", " ") + ("…" if stop < len(text) else "")
    return line, start - begin + len(prefix)
