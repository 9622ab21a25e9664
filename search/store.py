"""The SQLite side of an index generation: the file manifest, article dates, mentions and
attributed quotes.

Whoosh answers text queries; this store answers the questions Whoosh is slow at: which files
changed since the last run, and where every mention of an entity is (an indexed lookup instead
of a scan of 100,000 stored documents). One transaction per update keeps it consistent.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import os
import sqlite3
import stat
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from warta.search.model import Entity, Mention

if TYPE_CHECKING:
    from warta.search.entities.registry import EntityRegistry, KeyFacts, Relation
    from warta.search.related import ArticleShape

STORE_FILE = "store.sqlite"
#: How long a writer waits for readers of the store before it says the index is busy.
BUSY_SECONDS = 30.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER);
-- How far a jsonl file was read and a digest of those bytes: a file only appended to is read
-- on from there (reader.resume_point). Valid while ``files`` holds the size and time it was
-- recorded with: a warta before the table re-reads such files whole without writing it.
CREATE TABLE IF NOT EXISTS file_tails (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    offset INTEGER NOT NULL, lines INTEGER NOT NULL, digest TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, file TEXT NOT NULL, title TEXT NOT NULL, date TEXT, source TEXT,
    sentences INTEGER NOT NULL DEFAULT 0,
    simhash INTEGER, band0 INTEGER, band1 INTEGER, band2 INTEGER, band3 INTEGER
);
CREATE INDEX IF NOT EXISTS articles_file ON articles(file);
-- The archive's articles and sentences (co-occurrence's samples), counted in and out as
-- articles come and go: summing 100,000 rows of ``articles`` took 260-430 ms from a cold
-- page cache, on every first call of a view. One row; an index made before it had the
-- table gets it from ``articles`` on its next write (``_count_totals``).
CREATE TABLE IF NOT EXISTS totals (articles INTEGER NOT NULL, sentences INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS articles_band0 ON articles(band0) WHERE band0 IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_band1 ON articles(band1) WHERE band1 IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_band2 ON articles(band2) WHERE band2 IS NOT NULL;
CREATE INDEX IF NOT EXISTS articles_band3 ON articles(band3) WHERE band3 IS NOT NULL;
CREATE TABLE IF NOT EXISTS mentions (
    article TEXT NOT NULL, field TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    surface TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    day INTEGER NOT NULL, sentence INTEGER NOT NULL DEFAULT 0
);
-- An entity's newest mentions first, and its articles per day without reading rows (the
-- most mentioned entity of 100,000 articles has ~350,000 mentions).
CREATE INDEX IF NOT EXISTS mentions_key_newest ON mentions(key, day DESC, article);
-- Covering for co-occurrence: the keys of an article's sentences without reading rows.
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article, field, sentence, key);
-- The articles naming a key on each day, counted in and out as articles come and go: an
-- entity's timeline without reading its mentions (350,000 index entries for the most
-- mentioned of 100,000 articles cost 260-320 ms from a cold page cache).
CREATE TABLE IF NOT EXISTS key_days (
    key TEXT NOT NULL, day INTEGER NOT NULL, articles INTEGER NOT NULL,
    PRIMARY KEY (key, day)
) WITHOUT ROWID;
-- Co-occurrence, counted in and out as articles come and go (article_pairs): for two keys,
-- the sentences and the articles naming both; for a key with itself, those naming it.
CREATE TABLE IF NOT EXISTS pairs (
    key TEXT NOT NULL, other TEXT NOT NULL,
    sentences INTEGER NOT NULL, articles INTEGER NOT NULL,
    PRIMARY KEY (key, other)
) WITHOUT ROWID;
-- Quotes attributed at index time (search.quotes): the speaker's mention key, the quote's
-- offsets in the body and its text (kept: reading each row's article from Whoosh cost
-- ~1.5 ms a row; bounded, a quote is at most 1,000 characters or a sentence of at most
-- 250 tokens); ``day`` as in mentions, for an entity's newest quotes by index.
CREATE TABLE IF NOT EXISTS quotes (
    article TEXT NOT NULL, speaker TEXT NOT NULL, kind TEXT NOT NULL,
    start INTEGER NOT NULL, end INTEGER NOT NULL, day INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_speaker_newest ON quotes(speaker, day DESC, article, start);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);
CREATE TABLE IF NOT EXISTS key_stats (
    key TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, surface TEXT NOT NULL,
    articles INTEGER NOT NULL, mentions INTEGER NOT NULL,
    PRIMARY KEY (key, name, kind, surface)
) WITHOUT ROWID;
-- The entity registry (search.entities.registry), kept in rows so that an update rewrites
-- the entities it changed, not all of them: each key's entity and the facts that relate it
-- to other keys (KeyFacts), indexed by each relation, and the entities.
CREATE TABLE IF NOT EXISTS registry_keys (
    key TEXT PRIMARY KEY, entity TEXT NOT NULL, grp TEXT NOT NULL, name TEXT NOT NULL,
    name_fold TEXT NOT NULL, kind TEXT NOT NULL, word1 TEXT, word2 TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS registry_keys_entity ON registry_keys(entity);
CREATE INDEX IF NOT EXISTS registry_keys_grp ON registry_keys(grp);
CREATE INDEX IF NOT EXISTS registry_keys_name ON registry_keys(name_fold);
CREATE INDEX IF NOT EXISTS registry_keys_word1 ON registry_keys(word1) WHERE word1 IS NOT NULL;
CREATE INDEX IF NOT EXISTS registry_keys_word2 ON registry_keys(word2) WHERE word2 IS NOT NULL;
CREATE TABLE IF NOT EXISTS registry_surfaces (
    key TEXT NOT NULL, surface TEXT NOT NULL, PRIMARY KEY (key, surface)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS registry_surfaces_surface ON registry_surfaces(surface);
-- A person's name with a letter left out of one word, or whole: another person's name
-- spelt one letter off shares one (registry.KeyFacts.respellings).
CREATE TABLE IF NOT EXISTS registry_respellings (
    key TEXT NOT NULL, spelling TEXT NOT NULL, PRIMARY KEY (key, spelling)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS registry_respellings_spelling ON registry_respellings(spelling);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL,
    articles INTEGER NOT NULL, mentions INTEGER NOT NULL
) WITHOUT ROWID;
"""

#: The articles and their sentences, as ``totals`` keeps them (add a WHERE for some).
_SUM_ARTICLES = "SELECT COUNT(*), COALESCE(SUM(sentences), 0) FROM articles"
#: Adds (or, with negative counts, subtracts) one group's counts in ``key_stats``.
_ADD_STATS = (
    "INSERT INTO key_stats (key, name, kind, surface, articles, mentions)"
    " {rows} ON CONFLICT DO UPDATE SET articles = articles + excluded.articles,"
    " mentions = mentions + excluded.mentions"
)


#: Keys of one article counted in ``pairs``, its most mentioned first: the cost of an article
#: stays linear in its mentions (a 2 MB list of 20,000 names would pair 400 million times),
#: and news articles name a few dozen entities.
MAX_PAIRED_KEYS = 100
#: Adds one article's co-occurrence counts to ``pairs`` (negative counts take them out).
_ADD_PAIRS = (
    "INSERT INTO pairs (key, other, sentences, articles) VALUES (?, ?, ?, ?)"
    " ON CONFLICT DO UPDATE SET sentences = sentences + excluded.sentences,"
    " articles = articles + excluded.articles"
)
#: Adds one article to ``key_days`` for each of its keys (-1 takes it out).
_ADD_KEY_DAYS = (
    "INSERT INTO key_days (key, day, articles) {rows}"
    " ON CONFLICT DO UPDATE SET articles = articles + excluded.articles"
)


def article_pairs(
    placed: Iterable[tuple[str, int, str]], sign: int = 1
) -> list[tuple[str, str, int, int]]:
    """One article's ``pairs`` rows from its mentions' (field, sentence, key): its distinct
    keys paired both ways and each with itself (``articles`` 1), with the number of its
    sentences naming both (``sentences``); times ``sign``.

    Computed here, from the mentions in hand, when an article is stored, and from its
    stored mentions when it is dropped: the same rows go in and out. (The same counts in
    one SQL statement cost 2.2 ms an article, a quarter of the build's CPU.)
    """
    placed = list(placed)
    mentioned = Counter(key for _, _, key in placed)
    kept = sorted(mentioned, key=lambda key: (-mentioned[key], key))[:MAX_PAIRED_KEYS]
    wanted = set(kept)
    sentences: dict[tuple[str, int], set[str]] = {}
    for field, number, key in placed:
        if key in wanted:
            sentences.setdefault((field, number), set()).add(key)
    together: Counter[tuple[str, str]] = Counter()
    for keys in sentences.values():
        together.update(itertools.product(keys, keys))
    return [
        (key, other, sign * together[key, other], sign)
        for key, other in itertools.product(kept, kept)
    ]


#: The entity view's article order: newest first, undated articles last.
_NEWEST_FIRST = "a.date IS NULL, a.date DESC"
#: The same order for a mention: its article's ``day`` (date ordinal, 0 when undated) comes
#: with every mention, so that the index on (key, day) gives an entity's newest mentions
#: first without sorting all of them (the most mentioned entity of 100,000 articles has
#: ~350,000).
_MENTION_ORDER = "m.day DESC, m.article, m.field = 'body', m.start"
#: The largest integer SQLite stores: a larger one bound to a query overflows, which the
#: service took for a damaged index (``mentions --limit 10**19``, ``--min-count 10**25``).
SQLITE_MAX_INTEGER = 2**63 - 1


def _bounded(number: int) -> int:
    """A count or limit for a query: no bound larger than any table can be is lost."""
    return min(number, SQLITE_MAX_INTEGER)


def _placeholders(keys: Iterable[str]) -> tuple[str, list[str]]:
    """``?,?,…`` for an SQL ``IN`` over the distinct ``keys``, and those keys in order."""
    wanted = list(dict.fromkeys(keys))
    return ",".join("?" * len(wanted)), wanted


def article_key_stats(mentions: Iterable[Mention]) -> list[tuple[str, str, str, str, int, int]]:
    """One article's ``key_stats`` rows: (key, name, kind, surface, articles, mentions).

    The article is credited (``articles=1``) to one group per key, the smallest by
    (surface, name, kind), so that a key written ``Jakarta`` and ``JAKARTA`` in one article
    counts that article once and the registry can sum a key's groups. ``_drop_mentions``
    takes a dropped article back out by the same rule, in SQL.
    """
    counts = Counter((m.key, m.name, m.kind, m.surface) for m in mentions)
    credited: dict[str, tuple[str, str, str]] = {}
    for key, name, kind, surface in counts:
        group = (surface, name, kind)
        if key not in credited or group < credited[key]:
            credited[key] = group
    return [
        (key, name, kind, surface, int(credited[key] == (surface, name, kind)), count)
        for (key, name, kind, surface), count in counts.items()
    ]


class FileState(NamedTuple):
    """What the manifest remembers of a corpus file, to tell whether it changed (a tuple:
    100,000 of them are made and compared in every update)."""

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, size: int, mtime_ns: int) -> FileState:
        """A file's state as the manifest can hold it: SQLite's integers are 64-bit, and a
        file dated past 2262 or before 1677 in nanoseconds (a camera's clock, a tar's
        garbage) overflowed them, a traceback that stopped every build of its corpus."""
        return cls(size, max(-SQLITE_MAX_INTEGER, min(mtime_ns, SQLITE_MAX_INTEGER)))


#: What the manifest records for a file that was not fully indexed (it could not be read, or
#: an article of it lost its id to another file's): no file on disk has this state, so the
#: next update reads the file again instead of taking it as done.
NOT_DONE = FileState(-1, -1)


@dataclass(frozen=True)
class SharedRow:
    """Two mentions in one sentence: one of each entity, with their article's title and date."""

    article: str
    title: str
    date: dt.date | None
    field: str
    sentence: int
    span: tuple[int, int]
    other_span: tuple[int, int]


@dataclass(frozen=True)
class QuoteRow:
    """A stored quote: its article's title, date and source, the speaker's key, where it is
    and what it says."""

    article: str
    title: str
    date: dt.date | None
    source: str | None
    speaker: str
    kind: str
    start: int
    end: int
    text: str


#: A stored quote's columns, in ``QuoteRow``'s order, and the tables they come from.
_QUOTE_COLUMNS = (
    "q.article, a.title, a.date, a.source, q.speaker, q.kind, q.start, q.end, q.text"
    " FROM quotes q JOIN articles a ON a.id = q.article"
)


def _quote_row(
    article: str,
    title: str,
    date: str | None,
    source: str | None,
    speaker: str,
    kind: str,
    start: int,
    end: int,
    text: str,
) -> QuoteRow:
    """A row of ``_QUOTE_COLUMNS``, its date parsed."""
    parsed = dt.date.fromisoformat(date) if date else None
    return QuoteRow(article, title, parsed, source, speaker, kind, start, end, text)


@dataclass(frozen=True)
class MentionRow:
    """A stored mention with the title and date of its article, for the entity view."""

    article: str
    title: str
    date: dt.date | None
    mention: Mention


def _require_regular(path: Path, missing_ok: bool) -> None:
    """Refuse a FIFO, device or symlink in place of the store: SQLite's open would block on a
    FIFO forever. Raised as sqlite3.DatabaseError, what a damaged store raises."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        if missing_ok:
            return
        raise sqlite3.DatabaseError(f"{path.name} is missing") from None
    if not stat.S_ISREG(mode):
        raise sqlite3.DatabaseError(f"{path.name} is not a regular file")


def _uri(path: Path) -> str:
    """``path`` as an SQLite URI: as_uri() quotes it, so a folder named "a#b", "a?b" or
    "a%41", or holding bytes that are not UTF-8 (a non-UTF-8 WARTA_INDEX_DIR gave a
    UnicodeEncodeError traceback), is still the file."""
    return Path(os.path.abspath(path)).as_uri()


def roll_back_interrupted(folder: Path) -> None:
    """Roll back the transaction of a writer killed in the middle of an update (``kill -9``,
    the out-of-memory killer), by opening the store to write: only the caller that holds
    the index's lock may.

    Its hot journal (left once the update's pages outgrew SQLite's cache) cannot be rolled
    back by a read-only connection, which fails "attempt to write a readonly database": the
    live generation looked damaged, and the next ``warta index`` or ``warta search`` built
    the whole index again without a word (444 s at 100,000 articles) where an update was
    due. SQLite itself tells a hot journal from a live writer's. Damage stays for the
    readers to say.
    """
    path = folder / STORE_FILE
    if not os.path.lexists(f"{path}-journal"):
        return
    try:
        _require_regular(path, missing_ok=False)
        db = sqlite3.connect(path, timeout=BUSY_SECONDS)
        try:
            db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        finally:
            db.close()
    except (OSError, sqlite3.Error):
        pass


def compact(folder: Path) -> None:
    """Rewrite a freshly built store in key order (``VACUUM INTO`` a part file, then
    replace), so that each key's rows lie together on disk.

    A build inserts rows in article order, which scatters one entity's rows over the whole
    file: the first view of the most named of 100,000 articles read them from a cold page
    cache in 330-610 ms, and 110-200 ms once compacted (14 s of a 40-minute build). Only
    an optimisation: a store that cannot be compacted (a full disk) stays as it is, and the
    part file goes.
    """
    path = folder / STORE_FILE
    part = folder / f"{STORE_FILE}.part"
    try:
        part.unlink(missing_ok=True)
        # URIs: a file name SQLite takes as text must survive bytes that are not UTF-8.
        with contextlib.closing(sqlite3.connect(_uri(path), uri=True)) as db:
            db.execute("VACUUM INTO ?", (_uri(part),))
        with open(part, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(part, path)
    except (OSError, sqlite3.Error):
        part.unlink(missing_ok=True)


#: The tables of the first store format: one without them is damaged (see ``Store``).
_FIRST_TABLES = frozenset({"meta", "files", "articles"})


class Store:
    """One SQLite connection on a generation's store file; not shared between threads."""

    def __init__(self, folder: Path, *, read_only: bool = False) -> None:
        path = folder / STORE_FILE
        _require_regular(path, missing_ok=not read_only)
        if read_only:
            self._db = sqlite3.connect(f"{_uri(path)}?mode=ro", uri=True, check_same_thread=False)
        else:
            # A reader's transaction delays a commit: wait for it rather than fail at once.
            self._db = sqlite3.connect(path, timeout=BUSY_SECONDS, check_same_thread=False)
            self._refuse_gutted()
            self._db.executescript(_SCHEMA)
            self._count_totals()
        #: Keys whose ``key_stats`` this connection changed: the registry update's start.
        self.changed_keys: set[str] = set()

    def _refuse_gutted(self) -> None:
        """A store that lost a table every warta made (``DROP TABLE files`` by hand, a bad
        restore) is damaged: the schema would make it again empty, and an update then
        added every file once more beside its articles, so each hit came twice."""
        tables = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master")}
        missing = sorted(_FIRST_TABLES - tables) if tables else []
        if missing:
            self._db.close()
            raise sqlite3.DatabaseError(f"the store has no table {', '.join(missing)}")

    def close(self) -> None:
        self._db.close()

    def _count_totals(self) -> None:
        """Count ``totals`` from ``articles`` when the row is missing (a new store, or one
        made before the table): once, before this connection changes any article."""
        if self._db.execute("SELECT 1 FROM totals").fetchone() is None:
            self._db.execute(f"INSERT INTO totals (articles, sentences) {_SUM_ARTICLES}")

    def _add_totals(self, articles: int, sentences: int) -> None:
        """Add to ``totals`` (negative counts take out); no write when no article moves."""
        if articles:
            self._db.execute(
                "UPDATE totals SET articles = articles + ?, sentences = sentences + ?",
                (articles, sentences),
            )

    def _count_out(self, where: str, params: tuple[str, ...]) -> None:
        """Take the stored articles matching ``where`` out of ``totals``."""
        articles, sentences = self._db.execute(f"{_SUM_ARTICLES} WHERE {where}", params).fetchone()
        self._add_totals(-articles, -sentences)

    def _totals(self) -> tuple[int, int]:
        """(articles, sentences) in the archive; summed from ``articles`` by a reader of an
        index made before ``totals`` was kept."""
        kept = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'totals'"
        ).fetchone()
        row = (
            self._db.execute("SELECT articles, sentences FROM totals").fetchone() if kept else None
        )
        if row is None:
            row = self._db.execute(_SUM_ARTICLES).fetchone()
        return int(row[0]), int(row[1])

    def commit(self) -> None:
        # Groups whose last mention went (counted down by _drop_mentions), once per update.
        self._db.execute("DELETE FROM key_stats WHERE mentions <= 0")
        self._db.execute("DELETE FROM pairs WHERE articles <= 0")
        self._db.execute("DELETE FROM key_days WHERE articles <= 0")
        self._db.commit()

    def rollback(self) -> None:
        self._db.rollback()

    # -- meta and manifest -------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM meta").fetchall())

    def set_meta(self, values: dict[str, str]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", values.items()
        )

    def files(self) -> dict[str, FileState]:
        rows = self._db.execute("SELECT path, size, mtime_ns FROM files")
        return {path: FileState(size, mtime) for path, size, mtime in rows}

    def files_below(self, folders: Iterable[str]) -> dict[str, FileState]:
        """The files recorded in ``folders`` (keys, as :func:`file_key` makes them) and
        below: a range of the primary key each, not a pass over every file. A file recorded
        at a folder's own path is one too: a file replaced by a folder of its name (the
        watcher's update scans that folder) stayed found until the next full update."""
        found: dict[str, FileState] = {}
        for folder in folders:
            start = folder.rstrip(os.sep) + os.sep
            end = start[:-1] + chr(ord(os.sep) + 1)
            rows = self._db.execute(
                "SELECT path, size, mtime_ns FROM files WHERE path = ? OR (path >= ? AND path < ?)",
                (start[:-1], start, end),
            )
            found.update({path: FileState(size, mtime) for path, size, mtime in rows})
        return found

    def file_state(self, path: str) -> FileState | None:
        row = self._db.execute(
            "SELECT size, mtime_ns FROM files WHERE path = ?", (path,)
        ).fetchone()
        return FileState(*row) if row else None

    def set_file(self, path: str, state: FileState) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO files (path, size, mtime_ns) VALUES (?, ?, ?)",
            (path, state.size, state.mtime_ns),
        )

    def forget_file(self, path: str) -> list[str]:
        """Drop a file and everything read from it; returns the ids of its articles."""
        ids = self.file_articles(path)
        self._drop_mentions("SELECT id FROM articles WHERE file = ?", (path,))
        self._count_out("file = ?", (path,))
        self._db.execute("DELETE FROM articles WHERE file = ?", (path,))
        self._db.execute("DELETE FROM files WHERE path = ?", (path,))
        self._db.execute("DELETE FROM file_tails WHERE path = ?", (path,))
        return ids

    def file_articles(self, path: str) -> list[str]:
        rows = self._db.execute("SELECT id FROM articles WHERE file = ?", (path,))
        return [row[0] for row in rows]

    def file_tail(self, path: str) -> tuple[int, int, str] | None:
        """Bytes read of a jsonl file, its lines, and the digest of those bytes, when the
        file's recorded state is still the one they were recorded with."""
        row = self._db.execute(
            "SELECT t.offset, t.lines, t.digest FROM file_tails t JOIN files f USING (path) "
            "WHERE path = ? AND f.size = t.size AND f.mtime_ns = t.mtime_ns",
            (path,),
        ).fetchone()
        return (int(row[0]), int(row[1]), str(row[2])) if row else None

    def set_file_tail(self, path: str, state: FileState, tail: tuple[int, int, str] | None) -> None:
        """Record (or with None forget) how far a jsonl file in ``state`` was read (see
        ``file_tail``)."""
        if tail is None:
            self._db.execute("DELETE FROM file_tails WHERE path = ?", (path,))
        else:
            self._db.execute(
                "INSERT OR REPLACE INTO file_tails (path, size, mtime_ns, offset, lines, digest)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (path, state.size, state.mtime_ns, *tail),
            )

    # -- articles and mentions ---------------------------------------------------------------

    def article_file(self, article_id: str) -> str | None:
        row = self._db.execute("SELECT file FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def put_article(
        self,
        article_id: str,
        file: str,
        title: str,
        date: dt.date | None,
        mentions: Sequence[Mention],
        shape: ArticleShape | None = None,
        source: str | None = None,
    ) -> None:
        """Store one article; ``shape`` (see :func:`search.related.article_shape`) gives
        its mentions' sentence numbers, its fingerprint and its attributed quotes, else they
        are left unknown."""
        from warta.search.neardup import bands, to_signed

        self._drop_mentions("VALUES (?)", (article_id,))
        fingerprint = shape.fingerprint if shape else None
        keys = bands(fingerprint) if fingerprint is not None else (None,) * 4
        self._count_out("id = ?", (article_id,))
        sentences = shape.sentences if shape else 0
        self._db.execute(
            "INSERT OR REPLACE INTO articles (id, file, title, date, source, sentences,"
            " simhash, band0, band1, band2, band3) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                file,
                title,
                date.isoformat() if date else None,
                source,
                sentences,
                to_signed(fingerprint) if fingerprint is not None else None,
                *keys,
            ),
        )
        self._add_totals(1, sentences)
        self.changed_keys.update(m.key for m in mentions)
        day = date.toordinal() if date else 0
        numbers = shape.mention_sentences if shape else (0,) * len(mentions)
        self._db.executemany(
            "INSERT INTO mentions"
            " (article, field, start, end, surface, key, name, kind, day, sentence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (article_id, m.field, m.start, m.end, m.surface, m.key, m.name, m.kind, day, n)
                for m, n in zip(mentions, numbers, strict=True)
            ],
        )
        self._db.executemany(
            "INSERT INTO quotes (article, speaker, kind, start, end, day, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (article_id, quote.speaker, quote.kind, quote.start, quote.end, day, quote.text)
                for quote in (shape.quotes if shape else ())
                if quote.speaker is not None
            ],
        )
        self._db.executemany(
            _ADD_STATS.format(rows="VALUES (?, ?, ?, ?, ?, ?)"),
            article_key_stats(mentions),
        )
        self._db.executemany(
            _ADD_PAIRS,
            article_pairs((m.field, n, m.key) for m, n in zip(mentions, numbers, strict=True)),
        )
        self._db.executemany(
            _ADD_KEY_DAYS.format(rows="VALUES (?, ?, 1)"),
            [(key, day) for key in dict.fromkeys(m.key for m in mentions)],
        )

    def _count_pairs_out(self, articles_sql: str, params: tuple[str, ...]) -> None:
        """Take some articles' co-occurrence counts out of ``pairs``, from their stored
        mentions (before those are deleted)."""
        rows = self._db.execute(
            "SELECT article, field, sentence, key FROM mentions"
            f" WHERE article IN ({articles_sql}) ORDER BY article",
            params,
        )
        for _, placed in itertools.groupby(rows, key=lambda row: row[0]):
            removed = article_pairs(((f, n, k) for _, f, n, k in placed), sign=-1)
            self._db.executemany(_ADD_PAIRS, removed)

    def _drop_mentions(self, articles_sql: str, params: tuple[str, ...]) -> None:
        """Delete the mentions and quotes of some articles, and count the mentions out of
        ``key_stats`` and ``pairs``."""
        self.changed_keys.update(
            key
            for (key,) in self._db.execute(
                f"SELECT DISTINCT key FROM mentions WHERE article IN ({articles_sql})", params
            )
        )
        self._db.execute(
            _ADD_STATS.format(
                # The article credit goes back where article_key_stats put it.
                rows="SELECT key, name, kind, surface, -SUM(credit), -COUNT(*) FROM"
                " (SELECT key, name, kind, surface, ROW_NUMBER() OVER (PARTITION BY article,"
                " key ORDER BY surface, name, kind) = 1 AS credit"
                f" FROM mentions WHERE article IN ({articles_sql}))"
                " GROUP BY key, name, kind, surface"
            ),
            params,
        )
        self._count_pairs_out(articles_sql, params)
        self._db.execute(
            _ADD_KEY_DAYS.format(
                rows="SELECT key, day, -COUNT(DISTINCT article) FROM mentions"
                f" WHERE article IN ({articles_sql}) GROUP BY key, day"
            ),
            params,
        )
        self._db.execute(f"DELETE FROM mentions WHERE article IN ({articles_sql})", params)
        self._db.execute(f"DELETE FROM quotes WHERE article IN ({articles_sql})", params)

    def article_count(self) -> int:
        return self._totals()[0]

    def mentions_of_article(self, article_id: str) -> list[Mention]:
        rows = self._db.execute(
            "SELECT field, start, end, surface, key, name, kind FROM mentions WHERE article = ?"
            " ORDER BY field = 'body', start",
            (article_id,),
        )
        return [Mention(*row) for row in rows]

    def key_stats(self) -> Iterator[tuple[str, str, str, str, int, int]]:
        """(key, name, kind, surface, articles, mentions) aggregated over the corpus.

        Counted in and out as articles come and go, so that an update reads one row per
        group instead of grouping every mention of the archive (428,296 rows at 10,000
        articles: 0.64 s of a 3.4 s update).
        """
        yield from self._db.execute(
            "SELECT key, name, kind, surface, articles, mentions FROM key_stats"
        )

    def articles_naming(self, keys: Collection[str]) -> int:
        """How many articles name any of ``keys`` (an entity's, counting an article that
        names two of them once): read from the index of mentions by key, not its rows."""
        marks, wanted = _placeholders(keys)
        query = f"SELECT COUNT(DISTINCT article) FROM mentions WHERE key IN ({marks})"
        return int(self._db.execute(query, wanted).fetchone()[0]) if wanted else 0

    def share_company(self, key: str, others: Collection[str]) -> bool:
        """Whether the articles naming ``key`` and those naming any of ``others`` name one
        person, organisation or work in common (either key counts too), or those naming
        ``key`` name none but it (nothing then tells them apart): read from ``pairs``. A
        place does not count: ``Jakarta`` heads most articles of every kind."""
        marks, wanted = _placeholders(others)
        if not wanted:
            return False
        named = (
            " AND EXISTS (SELECT 1 FROM key_stats s WHERE s.key = a.other AND s.kind != 'place')"
        )
        alone = f"SELECT 1 FROM pairs a WHERE a.key = ? AND a.other != ?{named} LIMIT 1"
        if self._db.execute(alone, (key, key)).fetchone() is None:
            return True
        query = (
            "SELECT 1 FROM pairs a JOIN pairs b ON b.other = a.other"
            f" WHERE a.key = ? AND b.key IN ({marks}){named} LIMIT 1"
        )
        return self._db.execute(query, [key, *wanted]).fetchone() is not None

    def articles_of_keys(self, keys: Iterable[str]) -> list[str]:
        """Ids of the articles that mention any of ``keys``, in the entity view's order."""
        marks, wanted = _placeholders(keys)
        if not wanted:
            return []
        rows = self._db.execute(
            "SELECT a.id FROM articles a WHERE a.id IN"
            f" (SELECT DISTINCT m.article FROM mentions m WHERE m.key IN ({marks}))"
            f" ORDER BY {_NEWEST_FIRST}, a.id",
            wanted,
        )
        return [row[0] for row in rows]

    def mentions_of_keys(self, keys: Iterable[str], limit: int | None = None) -> list[MentionRow]:
        """Mentions under any of ``keys``, newest article first, then reading order.

        ``limit`` keeps the first ones only: the most mentioned entity of a large archive has
        hundreds of thousands of rows, and a screenful needs fifty. One indexed query per key
        reads at most ``limit`` rows; the keys' rows are then merged.
        """
        rows: list[tuple[Any, ...]] = []
        for key in dict.fromkeys(keys):
            rows += self._db.execute(
                "SELECT m.day, m.article, m.field = 'body', m.start, a.title, a.date, m.field,"
                " m.end, m.surface, m.key, m.name, m.kind"
                " FROM mentions m JOIN articles a ON a.id = m.article"
                f" WHERE m.key = ? ORDER BY {_MENTION_ORDER} LIMIT ?",
                (key, -1 if limit is None else _bounded(limit)),
            )
        rows.sort(key=lambda row: row[1:4])
        rows.sort(key=lambda row: row[0], reverse=True)  # stable: reading order kept
        return [
            MentionRow(
                article,
                title,
                dt.date.fromisoformat(date) if date else None,
                Mention(field, start, end, surface, key, name, kind),
            )
            for _, article, _, start, title, date, field, end, surface, key, name, kind in (
                rows if limit is None else rows[:limit]
            )
        ]

    # -- investigation views: co-occurrence, coverage, same story, quotes ----------------------

    def sentence_total(self) -> int:
        """Sentences in the archive (titles count as one each): co-occurrence's sample size."""
        return self._totals()[1]

    def own_counts(self, keys: Iterable[str]) -> tuple[int, int]:
        """The sentences and articles naming ``keys`` (summed over the keys)."""
        marks, wanted = _placeholders(keys)
        row = self._db.execute(
            "SELECT COALESCE(SUM(sentences), 0), COALESCE(SUM(articles), 0) FROM pairs"
            f" WHERE key IN ({marks}) AND other = key",
            wanted,
        ).fetchone()
        return int(row[0]), int(row[1])

    def partner_counts(
        self, keys: Collection[str], scope: str, min_count: int, merged: Collection[str]
    ) -> list[tuple[str, int, int]]:
        """(entity, sentences, articles) for every entity named with any of ``keys``, its
        keys' counts summed, when its count in ``scope`` ("sentences" or "articles") is at
        least ``min_count`` (the keys' own entity included). Rows maintained at index time
        and summed here, so an entity in half the archive costs its partners, not its
        mentions.

        ``merged`` are the keys of entities made of several keys. With one key asked for,
        any other partner has one row, so a row under ``min_count`` is dropped before it is
        joined to its entity: 64,680 rows become ~14,000 for the most named of 100,000
        articles.
        """
        if scope not in ("sentences", "articles"):
            raise ValueError(scope)
        marks, wanted = _placeholders(keys)
        if not wanted:
            return []
        least = min_count if len(wanted) == 1 else 0
        return self._db.execute(
            "SELECT r.entity, SUM(p.sentences), SUM(p.articles) FROM pairs p"
            f" JOIN registry_keys r ON r.key = p.other WHERE p.key IN ({marks})"
            f" AND (p.{scope} >= ? OR p.other IN (SELECT value FROM json_each(?)))"
            f" GROUP BY r.entity HAVING SUM(p.{scope}) >= ?",
            [
                *wanted,
                _bounded(least),
                json.dumps(list(merged) if least else []),
                _bounded(min_count),
            ],
        ).fetchall()

    def shared_sentences(
        self, keys: Iterable[str], other_keys: Iterable[str]
    ) -> Iterator[SharedRow]:
        """Mentions of both groups of keys in one sentence, newest article first, then in
        reading order: one row per pair of mentions (the caller groups them by sentence and
        stops reading when it has enough)."""
        marks, wanted = _placeholders(keys)
        other_marks, other_wanted = _placeholders(other_keys)
        if not wanted or not other_wanted:
            return
        rows = self._db.execute(
            "SELECT a.article, r.title, r.date, a.field, a.sentence, a.start, a.end,"
            " b.start, b.end FROM mentions a JOIN mentions b ON b.article = a.article"
            " AND b.field = a.field AND b.sentence = a.sentence"
            " JOIN articles r ON r.id = a.article"
            f" WHERE a.key IN ({marks}) AND b.key IN ({other_marks})"
            " ORDER BY a.day DESC, a.article, a.field = 'body', a.sentence, a.start",
            [*wanted, *other_wanted],
        )
        for article, title, date, field, sentence, start, end, other_start, other_end in rows:
            yield SharedRow(
                article,
                title,
                dt.date.fromisoformat(date) if date else None,
                field,
                sentence,
                (start, end),
                (other_start, other_end),
            )

    def days_of_keys(self, keys: Iterable[str]) -> list[tuple[dt.date | None, int]]:
        """(date or None, articles) for the articles that mention any of ``keys``.

        The most named key's days are read from ``key_days`` (counted at index time); the
        other keys' articles are counted from their mentions, leaving out those that also
        name the most named key, so that an article naming two of the keys counts once.
        """
        marks, wanted = _placeholders(keys)
        if not wanted:
            return []
        totals = dict(
            self._db.execute(
                f"SELECT key, SUM(articles) FROM key_days WHERE key IN ({marks}) GROUP BY key",
                wanted,
            )
        )
        main = max(wanted, key=lambda key: (totals.get(key, 0), key))
        days: Counter[int] = Counter(
            dict(self._db.execute("SELECT day, articles FROM key_days WHERE key = ?", (main,)))
        )
        others = [key for key in wanted if key != main]
        if others:
            rows = self._db.execute(
                "SELECT m.day, COUNT(DISTINCT m.article) FROM mentions m"
                f" WHERE m.key IN ({','.join('?' * len(others))}) AND NOT EXISTS"
                " (SELECT 1 FROM mentions o WHERE o.key = ? AND o.day = m.day"
                " AND o.article = m.article) GROUP BY m.day",
                [*others, main],
            )
            days.update(dict(rows))
        return [(dt.date.fromordinal(day) if day else None, count) for day, count in days.items()]

    def fingerprints(self, article_ids: Iterable[str]) -> dict[str, int]:
        """The stored SimHash of each article that has one (unsigned)."""
        from warta.search.neardup import from_signed

        found: dict[str, int] = {}
        for article_id in dict.fromkeys(article_ids):
            row = self._db.execute(
                "SELECT simhash FROM articles WHERE id = ? AND simhash IS NOT NULL",
                (article_id,),
            ).fetchone()
            if row:
                found[article_id] = from_signed(row[0])
        return found

    def near_fingerprints(self, fingerprint: int) -> list[tuple[str, int]]:
        """(article, fingerprint) of every article sharing one of ``fingerprint``'s bands:
        the candidates a near-duplicate is among (the caller checks the distance)."""
        from warta.search.neardup import bands, from_signed

        keys = bands(fingerprint)
        rows = self._db.execute(
            "SELECT id, simhash FROM articles WHERE band0 = ? UNION"
            " SELECT id, simhash FROM articles WHERE band1 = ? UNION"
            " SELECT id, simhash FROM articles WHERE band2 = ? UNION"
            " SELECT id, simhash FROM articles WHERE band3 = ?",
            keys,
        )
        return [(article, from_signed(stored)) for article, stored in rows]

    def quotes_of_keys(self, keys: Iterable[str], limit: int, offset: int = 0) -> list[QuoteRow]:
        """Quotes attributed to any of ``keys``, newest article first, then reading order:
        the ``limit`` after the first ``offset``. One index scan per key reads at most
        ``offset + limit`` rows; the keys' rows are then merged."""
        rows: list[tuple[Any, ...]] = []
        for key in dict.fromkeys(keys):
            rows += self._db.execute(
                f"SELECT q.day, {_QUOTE_COLUMNS} WHERE q.speaker = ?"
                " ORDER BY q.day DESC, q.article, q.start LIMIT ?",
                (key, _bounded(offset + limit)),
            )
        rows.sort(key=lambda row: (-row[0], row[1], row[7]))  # newest, article, start
        return [_quote_row(*row[1:]) for row in rows[offset : offset + limit]]

    def quotes_of_article(self, article: str) -> list[QuoteRow]:
        """The attributed quotes of one article, in reading order (by the article index)."""
        rows = self._db.execute(
            f"SELECT {_QUOTE_COLUMNS} WHERE q.article = ? ORDER BY q.start, q.end", (article,)
        )
        return [_quote_row(*row) for row in rows]

    def quote_count(self, keys: Iterable[str]) -> int:
        """How many quotes are attributed to any of ``keys`` (counted on the index)."""
        marks, wanted = _placeholders(keys)
        if not wanted:
            return 0
        row = self._db.execute(
            f"SELECT COUNT(*) FROM quotes WHERE speaker IN ({marks})", wanted
        ).fetchone()
        return int(row[0])

    # -- the entity registry -----------------------------------------------------------------

    def key_stats_of(self, keys: Iterable[str]) -> list[tuple[str, str, str, str, int, int]]:
        """The ``key_stats`` rows of ``keys`` (see :meth:`key_stats`)."""
        rows: list[tuple[str, str, str, str, int, int]] = []
        for chunk in _chunks(keys):
            rows += self._db.execute(
                "SELECT key, name, kind, surface, articles, mentions FROM key_stats"
                f" WHERE key IN ({','.join('?' * len(chunk))}) AND mentions > 0"
                " ORDER BY key, name, kind, surface",
                chunk,
            )
        return rows

    def facts_of(self, keys: Collection[str]) -> dict[str, KeyFacts]:
        """The stored facts of those of ``keys`` the registry holds (a StoredFacts)."""
        from warta.search.entities.registry import KeyFacts

        surfaces: dict[str, set[str]] = {}
        found: dict[str, KeyFacts] = {}
        for chunk in _chunks(keys):
            marks = ",".join("?" * len(chunk))
            for key, surface in self._db.execute(
                f"SELECT key, surface FROM registry_surfaces WHERE key IN ({marks})", chunk
            ):
                surfaces.setdefault(key, set()).add(surface)
            for key, group, name, kind, word1, word2 in self._db.execute(
                "SELECT key, grp, name, kind, word1, word2 FROM registry_keys"
                f" WHERE key IN ({marks})",
                chunk,
            ):
                words = tuple(word for word in (word1, word2) if word is not None)
                found[key] = KeyFacts(group, name, kind, frozenset(surfaces.get(key, ())), words)
        return found

    def keys_where(self, relation: Relation, values: Collection[str]) -> set[str]:
        """Stored keys whose ``relation`` is one of ``values`` (a StoredFacts; see
        ``registry.Relation``), a query per few hundred values."""
        found: set[str] = set()
        for chunk in _chunks(values):
            for sql in _RELATIONS[relation]:
                found.update(key for (key,) in self._db.execute(sql.format(_marks(chunk)), chunk))
        return found

    def groups_naming(self, name: str) -> tuple[dict[str, tuple[str, str]], set[str]]:
        """The stored groups naming ``name`` by a surface, with their keys' least and
        greatest kind, and the groups of people with it as a word (a StoredFacts)."""
        by_surface = {
            group: (least, greatest)
            for group, least, greatest in self._db.execute(
                "SELECT grp, min(kind), max(kind) FROM registry_keys WHERE grp IN"
                " (SELECT k.grp FROM registry_surfaces s JOIN registry_keys k ON k.key = s.key"
                "  WHERE s.surface = ?) GROUP BY grp",
                (name.casefold(),),
            )
        }
        by_word = {
            group
            for (group,) in self._db.execute(
                "SELECT grp FROM registry_keys WHERE word1 = ? UNION"
                " SELECT grp FROM registry_keys WHERE word2 = ?",
                (name, name),
            )
        }
        return by_surface, by_word

    def save_registry(
        self,
        registry: EntityRegistry,
        facts: Mapping[str, KeyFacts],
        replacing: Collection[str] | None = None,
    ) -> None:
        """Store ``registry``'s entities and ``facts``: in place of the entities of the keys
        ``replacing`` and those keys' rows, or of everything when it is None.

        Only rows that differ are written: an update's closure holds thousands of keys
        whose entities mostly come out as they were, and each row written updates the
        tables' indexes.
        """
        entities = registry.entities()
        new_rows: dict[str, list[tuple[Any, ...]]] = {
            "entities": [
                (
                    e.id,
                    e.name,
                    e.kind,
                    json.dumps(e.aliases, ensure_ascii=False),
                    e.articles,
                    e.mentions,
                )
                for e in entities
            ],
            "registry_keys": [
                (key, e.id, f.group, f.name, f.name.casefold(), f.kind, *_two(f.words))
                for e in entities
                for key in registry.keys_for(e.id)
                for f in (facts[key],)
            ],
            "registry_surfaces": [
                (key, surface) for key, f in facts.items() for surface in f.surfaces
            ],
            "registry_respellings": [
                (key, spelling) for key, f in facts.items() for spelling in f.respellings
            ],
        }
        if replacing is None:
            old: _RegistryRows = {table: {} for table in _REGISTRY_TABLES}
            for table in _REGISTRY_TABLES:
                self._db.execute(f"DELETE FROM {table}")
        else:
            old = self._registry_rows(replacing)
        for table, (columns, width) in _REGISTRY_TABLES.items():
            new = {row[:width]: row for row in new_rows[table]}
            where = " AND ".join(f"{column} = ?" for column in columns[:width])
            self._db.executemany(
                f"DELETE FROM {table} WHERE {where}", [k for k in old[table] if k not in new]
            )
            self._db.executemany(
                f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) VALUES ({_marks(columns)})",
                [row for k, row in new.items() if old[table].get(k) != row],
            )

    def _registry_rows(self, keys: Collection[str]) -> _RegistryRows:
        """The stored registry rows of ``keys`` and of their entities, by primary key."""
        found: _RegistryRows = {table: {} for table in _REGISTRY_TABLES}
        wanted = {"registry_keys": keys, "registry_surfaces": keys, "registry_respellings": keys}
        for table, (columns, width) in _REGISTRY_TABLES.items():
            if table == "entities":  # last: the entities of the keys just read
                wanted[table] = {row[1] for row in found["registry_keys"].values()}
            for chunk in _chunks(wanted[table]):
                for row in self._db.execute(
                    f"SELECT {', '.join(columns)} FROM {table}"
                    f" WHERE {columns[0]} IN ({_marks(chunk)})",
                    chunk,
                ):
                    found[table][row[:width]] = row
        return found

    def registry(self) -> EntityRegistry:
        """The stored entity registry."""
        from warta.search.entities.registry import EntityRegistry

        entities = [
            Entity(entity_id, name, kind, tuple(json.loads(aliases)), articles, mentions)
            for entity_id, name, kind, aliases, articles, mentions in self._db.execute(
                "SELECT id, name, kind, aliases, articles, mentions FROM entities"
            )
        ]
        keys: dict[str, list[str]] = {}
        for key, entity_id in self._db.execute("SELECT key, entity FROM registry_keys"):
            keys.setdefault(entity_id, []).append(key)
        return EntityRegistry(entities, keys)


#: The queries of each registry relation (``registry.Relation``), ``{}`` the values' marks.
_RELATIONS: dict[str, tuple[str, ...]] = {
    "group": ("SELECT key FROM registry_keys WHERE grp IN ({})",),
    "name": ("SELECT key FROM registry_keys WHERE name_fold IN ({})",),
    "surface": ("SELECT key FROM registry_surfaces WHERE surface IN ({})",),
    "respelling": ("SELECT key FROM registry_respellings WHERE spelling IN ({})",),
    "word": (
        "SELECT key FROM registry_keys WHERE word1 IN ({})",
        "SELECT key FROM registry_keys WHERE word2 IN ({})",
    ),
    "entity": (
        "SELECT key FROM registry_keys WHERE entity IN"
        " (SELECT entity FROM registry_keys WHERE key IN ({}))",
    ),
}

#: The registry tables: their columns, and how many of the first make the primary key.
_REGISTRY_TABLES = {
    "registry_keys": (("key", "entity", "grp", "name", "name_fold", "kind", "word1", "word2"), 1),
    "registry_surfaces": (("key", "surface"), 2),
    "registry_respellings": (("key", "spelling"), 2),
    "entities": (("id", "name", "kind", "aliases", "articles", "mentions"), 1),  # read last
}
_RegistryRows = dict[str, dict[tuple[Any, ...], tuple[Any, ...]]]


def _marks(values: Collection[object]) -> str:
    """``?,?,…``, one per value."""
    return ",".join("?" * len(values))


#: Keys per SQL ``IN`` list: below SQLite's limit on parameters in one statement.
_CHUNK = 500


def _chunks(items: Iterable[str]) -> Iterator[list[str]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, _CHUNK)):
        yield chunk


def _two(words: tuple[str, ...]) -> tuple[str | None, str | None]:
    """A person's first and last word as two columns (the last None when they are one)."""
    return (words[0], words[1] if len(words) > 1 else None) if words else (None, None)
