"""The user's own state (saved searches, tags, stars, notes, search history) in one SQLite
file beside, never inside, the index: rebuilding an index must not lose what a person
collected.

Two warta processes may write at once (the explorer open while a script tags articles):
the file is in WAL mode, every write is one short transaction, and a busy timeout makes the
second writer wait instead of failing. SQLite's journal makes a kill -9 in the middle of a
write lose that write only, never the file.

Saved searches remember the ids they showed when last opened, so that "new since then" is
exact (a count and newest date would miss an article dated in the past, or one re-indexed
under a new date). The cost is bounded: at most ``SEEN_LIMIT`` ids per saved search, the
newest ones; a result larger than that counts new articles among its newest ``SEEN_LIMIT``.

One ``Workspace`` may be shared by threads (the explorer searches in workers): its connection
is used under a lock, one statement or one write transaction at a time.

Public API, stable for the explorer: ``save_search``/``saved_searches``/``mark_opened``,
``forget_search``/``restore_search``, ``tag``/``untag``/``tags``/``tagged``,
``star``/``unstar``/``starred``/``is_starred``, ``set_note``/``note``/``clear_note``/``noted``,
``record_search``/``history``, and ``articles_for`` (what ``tag:``, ``is:starred`` and
``has:note`` stand for in a query).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.search.errors import N_, WartaError, error_reason, excerpt
from warta.search.paths import (
    check_trusted,
    generation_holding,
    refuse_dangling_link,
    resolved,
)
from warta.search.query import MAX_QUERY_CHARS
from warta.search.sanitize import clean_line, clean_text, visible

if TYPE_CHECKING:
    from warta.search.service import SearchService

FILE_NAME = "state.sqlite"
#: Seconds a writer waits for another process's transaction before giving up.
BUSY_SECONDS = 10.0
#: How long a process that lost the race to put a new workspace in WAL mode waits to try again.
WAL_RETRY_SECONDS = 0.02
#: Characters of a saved search's or a tag's name.
NAME_LIMIT = 64
#: Ids a saved search remembers (the service's largest page): bounds its storage and the
#: cost of counting what is new.
SEEN_LIMIT = 1000
#: The key in ``meta`` before a saved search's name that holds the state of the index it
#: was last opened on (see ``nothing_new``).
SAVED_INDEX_KEY = "saved_index:"
#: Between the state and the query it was kept with, in that key's value.
_MARK_JOINT = "\x1f"
#: Keep (key prefix, state, name): the state with the query the search has as it is written.
_MARK_INDEX = (
    "INSERT OR REPLACE INTO meta (key, value)"
    " SELECT ? || name, ? || char(31) || query FROM saved_searches WHERE name = ?"
)
#: Characters of one note: a short note on an article, not a document.
NOTE_LIMIT = 2000
#: Distinct queries the search history keeps, the most recent ones.
HISTORY_LIMIT = 500

#: The schema, one step per version: step ``n`` takes a file from version ``n`` to ``n + 1``.
#: Steps are only ever appended, so that any older file can be brought up to date.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE saved_searches (
        name TEXT PRIMARY KEY,
        query TEXT NOT NULL,
        created TEXT NOT NULL,
        opened TEXT NOT NULL
    );
    CREATE TABLE saved_seen (
        name TEXT NOT NULL REFERENCES saved_searches(name) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        PRIMARY KEY (name, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE tags (
        article_id TEXT NOT NULL,
        tag TEXT NOT NULL,
        added TEXT NOT NULL,
        PRIMARY KEY (article_id, tag)
    ) WITHOUT ROWID;
    CREATE INDEX tags_by_tag ON tags(tag);
    CREATE TABLE stars (
        article_id TEXT PRIMARY KEY,
        added TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # v2: notes on articles, and the search history (``seq`` orders it: times may tie).
    """
    CREATE TABLE notes (
        article_id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        updated TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE history (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        query TEXT NOT NULL UNIQUE,
        searched TEXT NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


#: ``expected`` of ``set_note`` and ``clear_note`` when any note may be replaced.
ANY: object = object()


class NoteChanged(WartaError):
    """The note changed (in another warta) since the writer read it; it was kept."""

    def __init__(self, article_id: str, stored: str | None, refused: str | None) -> None:
        if stored is None:
            template = N_(
                "the note on {id} was removed elsewhere meanwhile; yours is not saved: {yours}"
            )
        else:
            template = N_(
                "the note on {id} changed elsewhere meanwhile and is kept: {note}; "
                "yours is not saved: {yours}"
            )
        super().__init__(
            template,
            id=excerpt(article_id),
            note=excerpt(stored or ""),
            yours=excerpt(refused or ""),
        )
        #: The note as stored now, and the one that was not written.
        self.stored = stored
        self.refused = refused


@dataclass(frozen=True)
class HistoryEntry:
    query: str
    #: When it was last searched, in UTC.
    searched: datetime


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str
    #: When it was last run through ``warta saved NAME`` (or saved), in UTC.
    opened: datetime
    #: The state of the index (``SearchService.index_state``) it was last opened on, when
    #: this warta opened it: nothing is new while the index stays so.
    index: str | None = None


@dataclass(frozen=True)
class ForgottenSearch:
    """A saved search as it was stored before ``forget_search`` deleted it: what
    ``restore_search`` puts back as it was (its times and the ids it had seen, so that
    its count of new articles is the same), for the explorer's undo."""

    name: str
    query: str
    created: str
    opened: str
    seen: tuple[str, ...]


#: What a name or a tag may not be, as whole templates so that each translates on its own.
_EMPTY = {
    "name": N_("a name needs at least one visible character"),
    "tag": N_("a tag needs at least one visible character"),
}
_TOO_LONG = {
    "name": N_("a name has at most {limit} characters: {name}"),
    "tag": N_("a tag has at most {limit} characters: {name}"),
}


def clean_name(raw: str, kind: str = "name") -> str:
    """A saved search's (or, ``kind="tag"``, a tag's) name as stored: one clean line of at
    most ``NAME_LIMIT`` characters; anything else is refused rather than silently changed."""
    name = typed_name(raw, kind)
    if len(name) > NAME_LIMIT:
        raise WartaError(_TOO_LONG[kind], limit=NAME_LIMIT, name=excerpt(name))
    return name


def typed_name(raw: str, kind: str = "name") -> str:
    """A name typed to store a saved search or a tag, or that found none, as one clean
    line; a blank one is refused: ``warta unsave ''`` said "No saved search named",
    naming nothing, as ``untag ID ''`` did. (A blank name another program stored is still
    found, and removed, by the commands that look it up first.)"""
    name = clean_line(raw)
    if not visible(name):  # a zero-width space alone listed as a blank tag
        raise WartaError(_EMPTY[kind])
    return name


def clean_tag(raw: str) -> str:
    """A tag is one word (no spaces), so that it can be named in a query later."""
    tag = clean_name(raw, "tag")
    if any(character.isspace() for character in tag):
        raise WartaError(N_("a tag is one word, without spaces: {name}"), name=excerpt(tag))
    return tag


def shown_name(stored: str) -> str:
    """A tag or a saved search's name as shown: one clean line cut to ``NAME_LIMIT``
    characters, as one written here is. Another program may have put a tag or a name of a
    megabyte in the file; it was listed whole (``warta tags``, each result's marks, ``warta
    saved --json``)."""
    tag = clean_line(stored)
    return tag if len(tag) <= NAME_LIMIT else tag[: NAME_LIMIT - 1] + "…"


def _tag_key(name: str) -> str:
    """What makes two tags one: the name folded as search folds words (case, and
    compatibility forms: ``ｐｅｎｔｉｎｇ`` typed on an East Asian keyboard is the tag
    ``penting``, which ``tag:penting`` did not find)."""
    from warta.search.analysis import fold  # Whoosh's analysis, not before the first frame

    return fold(clean_line(name))


def _names_tag(stored: str, wanted: str) -> bool:
    """Whether the stored tag ``stored`` is the one whose ``_tag_key`` is ``wanted``: by
    its whole name, or by the name it is shown with when another program stored it past
    ``NAME_LIMIT`` (``warta tags`` lists it cut with "…"; typed back to ``untag``, ``tag:``
    or ``export --tag`` that name found nothing)."""
    return _tag_key(stored) == wanted or (
        len(stored) > NAME_LIMIT and _tag_key(shown_name(stored)) == wanted
    )


def result_ids(service: SearchService, query: str) -> list[str]:
    """The ids of ``query``'s newest ``SEEN_LIMIT`` hits: what a saved search remembers."""
    return service.newest_ids(query, SEEN_LIMIT)


def results_seen(service: SearchService, query: str) -> tuple[list[str], str]:
    """``result_ids`` and the state of the index they were read from, for ``save_search``
    and ``mark_opened``. The state is read first: an update committed meanwhile then
    leaves an older state, which ``warta saved`` counts again, never a newer one it would
    take as seen."""
    index = service.index_state()
    return result_ids(service, query), index


def listing_state(service: SearchService) -> str | None:
    """The index's state for ``nothing_new`` over a listing of saved searches; None when
    it cannot be read (no index yet, a damaged one): each query then runs and says why."""
    try:
        return service.index_state()
    except WartaError:
        return None


def nothing_new(saved: SavedSearch, index: str | None) -> bool:
    """Whether ``saved`` has no new article without running it: the index is still in
    the state ``index`` it was last opened on, and its query names no field (``tag:``,
    ``is:`` and ``has:`` read the workspace, which changes without the index). ``warta
    saved`` ran every query, about 2.5 ms of CPU each: 2,000 saved searches took 5 s."""
    if index is None or saved.index != index:
        return False
    return ":" not in unicodedata.normalize("NFKC", saved.query)


#: Free bytes under which a workspace that failed to open is taken to be on a full disk:
#: WAL mode needs room for its ``-shm`` and ``-wal`` files even to read.
FULL_DISK_BYTES = 1 << 20


def _unwritable(folder: Path) -> bool:
    """Whether this process may not write the workspace in ``folder``, nor create it: a
    permission, a read-only file system or a full disk, not damage, which must stay an
    error."""
    file = folder / FILE_NAME
    try:
        if file.is_file() and not os.access(file, os.W_OK):
            return True
        place = _nearest(folder)
    except OSError:  # a folder on the way that this user may not even look into
        return True
    if place is None or not place.is_dir():
        return False
    return _disk_full(place) or not os.access(place, os.W_OK | os.X_OK)


def _nearest(folder: Path) -> Path | None:
    """``folder``, or the nearest folder above it that exists."""
    return next((above for above in (folder, *folder.parents) if above.exists()), None)


def _disk_full(folder: Path) -> bool:
    """Whether the disk of ``folder`` (or of the nearest folder above it) has no room
    left for a workspace to open on (on one, ``show`` lost the article's star, tags and
    note: the file could not be opened to read). /proc and /sys have no room, and are no
    disk."""
    try:
        place = _nearest(folder)
        disk = os.statvfs(place) if place is not None else None
    except OSError:
        return False
    if disk is None or disk.f_blocks == 0:
        return False
    return disk.f_bavail * disk.f_frsize < FULL_DISK_BYTES


#: SQLite's primary result code of "disk I/O error" (the module does not name it).
_SQLITE_IOERR = 10
_SQLITE_READONLY = 8
_SQLITE_CANTOPEN = 14


def _read_only_disk(folder: Path) -> bool:
    """Whether ``folder`` (or the nearest folder above it) is on a file system mounted
    read-only: SQLite says "unable to open database file" there, which names no cause."""
    try:
        place = _nearest(folder)
        return place is not None and bool(os.statvfs(place).f_flag & os.ST_RDONLY)
    except OSError:
        return False


#: Bytes one SQLite write may add to a file at most (a page of WAL frames, with room): a
#: file within this of the file size limit is taken to have met it.
_WRITE_BYTES = 1 << 16


def _size_limit() -> int | None:
    """The largest file this process may write (``ulimit -f``), or None without a limit."""
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return None if soft == resource.RLIM_INFINITY else soft


def _odd_file_in_place(path: Path) -> tuple[str, str] | None:
    """The name of the first of the workspace's files (the database, its WAL, its shared
    memory, its journal) that is a folder, a FIFO, a socket or a device (itself or where
    its link points), and what it is: SQLite says only "unable to open database file" or
    "disk I/O error"."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            mode = os.stat(f"{path}{suffix}").st_mode
        except OSError:
            continue
        if stat.S_ISDIR(mode):
            return f"{path.name}{suffix}", os.strerror(errno.EISDIR)
        if not stat.S_ISREG(mode):
            return f"{path.name}{suffix}", "not a regular file (FIFO, device or socket)"
    return None


def _creation_refused(path: Path, error: Exception) -> str | None:
    """Why the system refuses to make the workspace's file, when SQLite could not open one
    that is not there (``--data-dir /proc/self``, ``/sys``): SQLite says only "unable to
    open database file". Found by making the file as SQLite would, removed again at once;
    None when that works, or the file is there, or SQLite failed otherwise."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code != _SQLITE_CANTOPEN or os.path.lexists(path):
        return None
    try:
        made = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except OSError as refused:
        # A read-only disk is said as it is ("Read-only file system", ``_reason``).
        return None if refused.errno == errno.EROFS else error_reason(refused)
    os.close(made)
    with suppress(OSError):
        os.unlink(path)
    return None


def _largest_file(path: Path) -> int:
    """The size of the largest of the workspace's files (the database, its WAL, journal)."""
    sizes = [0]
    for suffix in ("", "-wal", "-journal"):
        with suppress(OSError):
            sizes.append(os.stat(f"{path}{suffix}").st_size)
    return max(sizes)


def _connect(address: str | Path, **options: Any) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are only ``Workspace._write``'s), for
    any thread (``Workspace`` locks it), whose text that is not UTF-8 (a row another program
    wrote) reads with U+FFFD: one such row made every list of tags, every ``tag:`` search
    and the history fail."""
    db = sqlite3.connect(address, isolation_level=None, check_same_thread=False, **options)
    db.text_factory = _decoded
    return db


def _decoded(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _use_wal(db: sqlite3.Connection) -> None:
    """Put the file in WAL mode, which it keeps. Two processes opening a new workspace at
    once race for the switch, and SQLite tells the loser "database is locked" at once,
    without the busy timeout's wait (8 of 20 such pairs failed): it tries again, as long as
    the busy timeout."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY_SECONDS)


def note_text(text: str) -> str:
    """``text`` as a note is stored (cleaned, without spaces at its ends), refused when it
    is longer than ``NOTE_LIMIT``: the explorer's prompt checks it before it closes (a
    long paste was refused after, the text typed lost with the prompt)."""
    note = clean_text(text).strip()
    if len(note) > NOTE_LIMIT:
        raise WartaError(N_("a note has at most {limit} characters"), limit=NOTE_LIMIT)
    return note


class Workspace:
    """One connection to ``state.sqlite``; use as a context manager, or call ``close``."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME
        self._lock = threading.RLock()
        #: Why this workspace cannot be written (a read-only folder or file system, another
        #: user's file), or None: it is then open to read, and every write says why.
        self.read_only: WartaError | None = None
        check_trusted(folder)
        check_trusted(self.path)
        generation = generation_holding(resolved(folder))
        if generation is not None:
            raise WartaError(
                N_(
                    "cannot use the workspace {path}: it is inside the index generation "
                    "{generation}, which an update removes with all it holds; give another "
                    "--data-dir"
                ),
                path=excerpt(str(self.path)),
                generation=excerpt(str(generation)),
            )
        try:
            self._open(folder)
        except (OSError, sqlite3.Error) as error:
            if not _unwritable(folder):
                raise self._unreadable(error) from error
            if _disk_full(folder):  # SQLite says "disk I/O error"
                error = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            self._open_read_only(self._unreadable(error))

    def _open(self, folder: Path) -> None:
        """Open (or create) the file to read and write, brought up to this schema."""
        refuse_dangling_link(folder)  # mkdir would make it where the link points
        if folder.exists() and not folder.is_dir():  # mkdir would say "[Errno 17] ..."
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(folder))
        folder.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: transactions are only the explicit ``_write`` blocks.
        self._db = _connect(self.path, timeout=BUSY_SECONDS)
        try:
            self._db.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
            self._refuse_foreign()
            _use_wal(self._db)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except BaseException:
            self._db.close()
            raise

    def _refuse_foreign(self) -> None:
        """Refuse another program's database (a file named state.sqlite in a folder given
        as --data-dir), before anything is written to it: warta put it in WAL mode and
        added its tables to it, without a word."""
        tables = {
            row[0]
            for row in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        versioned = (
            "meta" in tables
            and self._db.execute("SELECT 1 FROM meta WHERE key = 'schema_version'").fetchone()
        )
        if tables and not versioned:
            raise WartaError(
                N_(
                    "{path} is a database that warta did not make; it is left as it is: "
                    "move it away, or give another --data-dir"
                ),
                path=clean_line(str(self.path)),
            )

    def _open_read_only(self, why: WartaError) -> None:
        """Open the file to read only, as ``why`` says it must be: the saved searches,
        tags, stars, notes and history of a workspace on a read-only disk or of another
        user still list and export; with no file yet, an empty workspace. A file of another
        schema cannot be brought up to date here, so it fails with ``why``."""
        try:
            if self.path.is_file():
                # immutable: WAL mode needs its -shm file, which a read-only folder cannot
                # hold. Its owner may still write it meanwhile: a read that meets a page
                # half written fails as any unreadable workspace does, in one line.
                address = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
                self._db = _connect(address, uri=True)
            else:
                self._db = _connect(":memory:")
                self._migrate()
            if self.schema_version != SCHEMA_VERSION:
                raise why
        except (OSError, sqlite3.Error, WartaError) as error:
            raise why from error
        self.read_only = why

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _read(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple]:
        """The rows of one query, taken under the lock (another thread may be writing).
        A value that is bytes (a file another program wrote; warta stores text) is read as
        the text it spells."""
        with self._lock:
            try:
                rows = self._db.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:
                raise self._unreadable(error) from error
        return [tuple(_decoded(v) if isinstance(v, bytes) else v for v in row) for row in rows]

    def _unreadable(self, error: Exception) -> WartaError:
        """Why the workspace failed; a file closed to this user says so (SQLite says only
        "unable to open database file")."""
        path = clean_line(str(self.path))
        if not os.access(self.path, os.R_OK) and os.path.lexists(self.path):
            denied = os.strerror(errno.EACCES)
            return WartaError(
                N_("cannot read the workspace {path}: {error}"), path=path, error=denied
            )
        refused = _creation_refused(self.path, error)
        if refused is not None:
            return WartaError(
                N_(
                    "cannot make the workspace in {folder}: the system makes no file there "
                    "({error}); give another --data-dir, a folder of your own"
                ),
                folder=clean_line(str(self.path.parent)),
                error=refused,
            )
        return WartaError(
            N_("cannot use the workspace {path}: {error}"), path=path, error=self._reason(error)
        )

    def _reason(self, error: Exception) -> str:
        """Why a write failed: SQLite says "disk I/O error" for a full disk and for a file
        that reached this process's file size limit (``ulimit -f``), where the system's
        reason is what the user can act on; on a disk mounted read-only, or with a folder
        in place of one of its files, it says "unable to open database file"."""
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in (_SQLITE_CANTOPEN, _SQLITE_READONLY) and _read_only_disk(self.path.parent):
            return os.strerror(errno.EROFS)
        if code in (_SQLITE_CANTOPEN, _SQLITE_IOERR):
            odd = _odd_file_in_place(self.path)
            if odd is not None:  # a folder made by hand, a restore gone wrong, a device
                name, reason = odd
                return reason if name == self.path.name else f"{clean_line(name)}: {reason}"
        if code != _SQLITE_IOERR:
            return error_reason(error)
        if _disk_full(self.path.parent):
            return os.strerror(errno.ENOSPC)
        limit = _size_limit()
        if limit is not None and _largest_file(self.path) + _WRITE_BYTES >= limit:
            return os.strerror(errno.EFBIG)
        return error_reason(error)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction, taken at once (``IMMEDIATE``) so that two writers
        queue on the busy timeout instead of one failing on a lock upgrade. A statement or
        the commit that fails (a full disk) rolls back and is one WartaError, not a
        traceback."""
        if self.read_only is not None:
            raise self.read_only
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise self._unreadable(error) from error
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as error:
                if self._db.in_transaction:
                    with suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise self._unreadable(error) from error
                raise

    def _migrate(self) -> None:
        """Bring the file up to this schema. One already there is not written: opening it
        to read took a write lock, and on a full disk failed, so that ``show`` lost the
        article's star, tags and note."""
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.OperationalError:  # a new file: no meta table yet
            row = None
        if row and row[0] == str(SCHEMA_VERSION):
            return
        with self._write() as db:
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            version = _schema_version(row[0], self.path) if row else 0
            if version > SCHEMA_VERSION:
                raise WartaError(
                    N_("the workspace {path} is from a newer warta (schema {found}, not {known})"),
                    path=clean_line(str(self.path)),
                    found=version,
                    known=SCHEMA_VERSION,
                )
            for step in MIGRATIONS[version:]:
                # executescript would commit the open transaction: run statement by statement.
                for statement in step.split(";"):
                    if statement.strip():
                        db.execute(statement)
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )

    @property
    def schema_version(self) -> int:
        rows = self._read("SELECT value FROM meta WHERE key = 'schema_version'")
        return _schema_version(rows[0][0], self.path) if rows else 0

    # -- saved searches ------------------------------------------------------------------------

    def save_search(
        self, name: str, query: str, seen: Sequence[str], index: str | None = None
    ) -> None:
        """Save (or replace) ``name``, its result ``seen`` (read from the index in state
        ``index``, see ``results_seen``) as already read. The query is stored cleaned, as
        the history stores it: a byte that is not UTF-8 in it (an argument from a shell of
        another encoding) was a UnicodeEncodeError traceback."""
        name = clean_name(name)
        query = clean_line(query)
        now = _now()
        with self._write() as db:
            db.execute("DELETE FROM saved_searches WHERE name = ?", (name,))
            db.execute(
                "INSERT INTO saved_searches (name, query, created, opened) VALUES (?, ?, ?, ?)",
                (name, query, now, now),
            )
            self._remember(db, name, seen, index)

    def mark_opened(self, name: str, seen: Sequence[str], index: str | None = None) -> None:
        """``name`` was just run and showed ``seen`` (read from the index in state
        ``index``): none of them is new any more."""
        with self._write() as db:
            db.execute("UPDATE saved_searches SET opened = ? WHERE name = ?", (_now(), name))
            db.execute("DELETE FROM saved_seen WHERE name = ?", (name,))
            self._remember(db, name, seen, index)

    @staticmethod
    def _remember(
        db: sqlite3.Connection, name: str, seen: Sequence[str], index: str | None
    ) -> None:
        db.executemany(
            "INSERT OR IGNORE INTO saved_seen (name, article_id) VALUES (?, ?)",
            ((name, article_id) for article_id in seen[:SEEN_LIMIT]),
        )
        # In ``meta``, not a column: a workspace of this schema stays one every warta of it
        # reads (a read-only one cannot be migrated). A warta that does not know the key
        # leaves it stale, which only makes ``warta saved`` run the query again.
        if index is None:
            db.execute("DELETE FROM meta WHERE key = ?", (SAVED_INDEX_KEY + name,))
        else:
            db.execute(_MARK_INDEX, (SAVED_INDEX_KEY, index, name))

    def note_nothing_new(
        self, counted: Iterable[tuple[SavedSearch, int | None]], index: str | None
    ) -> None:
        """Of ``counted`` (saved searches and their new articles, a listing's), those with
        none on the index in state ``index``: the next listing on it need not run them (a
        search not opened since an update ran again at every ``warta saved``). Only if the
        file is free at once and writable: a listing never waits for it, nor fails for it."""
        names = [saved.name for saved, new in counted if new == 0 and saved.index != index]
        if self.read_only is not None or index is None or not names:
            return
        with self._lock:
            self._db.execute("PRAGMA busy_timeout = 0")
        try:
            with suppress(WartaError), self._write() as db:
                db.executemany(_MARK_INDEX, ((SAVED_INDEX_KEY, index, name) for name in names))
        finally:
            with self._lock:
                self._db.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")

    def saved_searches(self) -> list[SavedSearch]:
        rows = self._read(
            "SELECT name, query, opened, value FROM saved_searches"
            " LEFT JOIN meta ON key = ? || name ORDER BY name",
            (SAVED_INDEX_KEY,),
        )
        return [_saved(row) for row in rows]

    def saved_search(self, name: str) -> SavedSearch | None:
        """The saved search ``name``: its whole name, or the one ``warta saved`` lists cut
        to that name (another program stored it past ``NAME_LIMIT``; nobody can type the
        whole)."""
        typed = clean_line(name)
        rows = self._read("SELECT name, query, opened FROM saved_searches WHERE name = ?", (typed,))
        if not rows and len(typed) == NAME_LIMIT and typed.endswith("…"):
            rows = self._read(
                "SELECT name, query, opened FROM saved_searches WHERE length(name) > ?"
                " ORDER BY name",
                (NAME_LIMIT,),
            )
            rows = [row for row in rows if shown_name(str(row[0])) == typed][:1]
        return _saved(rows[0]) if rows else None

    def forget_search(self, name: str) -> ForgottenSearch | None:
        """Delete the saved search ``name`` (typed as ``saved_search`` takes it) and what it
        remembers as seen; what it was, or None when there is no such search."""
        saved = self.saved_search(name)
        if saved is None:
            return None
        with self._write() as db:
            row = db.execute(
                "SELECT name, query, created, opened FROM saved_searches WHERE name = ?",
                (saved.name,),
            ).fetchone()
            seen = db.execute(
                "SELECT article_id FROM saved_seen WHERE name = ?", (saved.name,)
            ).fetchall()
            db.execute("DELETE FROM saved_seen WHERE name = ?", (saved.name,))
            db.execute("DELETE FROM saved_searches WHERE name = ?", (saved.name,))
            db.execute("DELETE FROM meta WHERE key = ?", (SAVED_INDEX_KEY + saved.name,))
        if row is None:  # deleted meanwhile by another warta
            return None
        name, query, created, opened = map(str, row)
        return ForgottenSearch(name, query, created, opened, tuple(str(id) for (id,) in seen))

    def restore_search(self, forgotten: ForgottenSearch) -> bool:
        """Put back a saved search ``forget_search`` deleted, as it was; False (and nothing
        changed) when a search of that name was saved since: undoing would replace it."""
        with self._write() as db:
            taken = db.execute(
                "SELECT 1 FROM saved_searches WHERE name = ?", (forgotten.name,)
            ).fetchone()
            if taken is not None:
                return False
            db.execute(
                "INSERT INTO saved_searches (name, query, created, opened) VALUES (?, ?, ?, ?)",
                (forgotten.name, forgotten.query, forgotten.created, forgotten.opened),
            )
            self._remember(db, forgotten.name, forgotten.seen, None)
        return True

    def new_since_opened(self, name: str, current: Sequence[str]) -> int:
        """How many of ``current`` (a result's ids) ``name`` did not show when last opened."""
        seen = {
            row[0]
            for row in self._read("SELECT article_id FROM saved_seen WHERE name = ?", (name,))
        }
        return sum(article_id not in seen for article_id in current[:SEEN_LIMIT])

    # -- tags and stars ------------------------------------------------------------------------

    def tag(self, article_id: str, tag: str) -> tuple[str, bool]:
        """Tag an article: the tag as stored, and False when the article already had it. A
        tag is one tag in any case (``tag:penting`` finds Penting), kept as first written."""
        tag = clean_tag(tag)
        # The spellings are read in the write transaction: read before it, another warta
        # tagging ``penting`` meanwhile was not seen, and ``Penting`` was stored beside it.
        with self._write() as db:
            spellings = self._spellings(tag)
            had = set(spellings) & set(self._stored_tags(article_id))
            if had:
                return shown_name(had.pop()), False
            stored = spellings[0] if spellings else tag
            cursor = db.execute(
                "INSERT OR IGNORE INTO tags (article_id, tag, added) VALUES (?, ?, ?)",
                (article_id, stored, _now()),
            )
        return stored, cursor.rowcount > 0

    def untag(self, article_id: str, tag: str) -> str | None:
        """Remove a tag, typed in any case; the tag as it was stored, or None when the
        article did not have it."""
        wanted = _tag_key(tag)
        found = [name for name in self._stored_tags(article_id) if _names_tag(name, wanted)]
        if not found:
            return None
        marks = ", ".join("?" * len(found))
        with self._write() as db:
            cursor = db.execute(
                f"DELETE FROM tags WHERE article_id = ? AND tag IN ({marks})", (article_id, *found)
            )
        return shown_name(found[0]) if cursor.rowcount > 0 else None

    def tags(self) -> list[tuple[str, int]]:
        """Every tag with how many articles have it, most used first; spellings that differ
        in case only (a workspace from before tags were one in any case) are one tag, named
        as first written."""
        rows = self._read("SELECT tag, COUNT(*) FROM tags GROUP BY tag ORDER BY MIN(added)")
        groups: dict[str, list[tuple[str, int]]] = {}
        for tag, count in rows:
            groups.setdefault(_tag_key(str(tag)), []).append((str(tag), int(count)))
        counted = []
        for spellings in groups.values():
            names = [name for name, _count in spellings]
            count = spellings[0][1] if len(spellings) == 1 else self._articles_tagged(names)
            counted.append((shown_name(names[0]), count))
        return sorted(counted, key=lambda pair: (-pair[1], pair[0]))

    def _articles_tagged(self, names: Sequence[str]) -> int:
        """How many articles have one of ``names`` (an article may have two of them)."""
        marks = ", ".join("?" * len(names))
        query = f"SELECT COUNT(DISTINCT article_id) FROM tags WHERE tag IN ({marks})"
        return int(self._read(query, names)[0][0])

    def article_tags(self, article_id: str) -> list[str]:
        """An article's tags as shown (``shown_name``)."""
        return [shown_name(tag) for tag in self._stored_tags(article_id)]

    def _stored_tags(self, article_id: str) -> list[str]:
        """An article's tags as the file holds them, to compare and delete."""
        rows = self._read("SELECT tag FROM tags WHERE article_id = ? ORDER BY tag", (article_id,))
        return [str(row[0]) for row in rows]

    def tags_by_article(self) -> dict[str, list[str]]:
        """Every tagged article's tags, as ``article_tags`` gives them, in one read: the
        results list shows the tags of each of its rows."""
        found: dict[str, list[str]] = {}
        for article_id, tag in self._read("SELECT article_id, tag FROM tags ORDER BY tag"):
            found.setdefault(article_id, []).append(shown_name(str(tag)))
        return found

    def tagged(self, tag: str) -> list[str]:
        """The ids of the articles with ``tag`` in any case: ``tag:penting`` finds Penting,
        and ``tag:ékonomi`` Ékonomi."""
        names = self._spellings(tag)
        marks = ", ".join("?" * len(names))
        rows = self._read(
            f"SELECT DISTINCT article_id FROM tags WHERE tag IN ({marks}) ORDER BY added", names
        )
        return [row[0] for row in rows]

    def _spellings(self, tag: str) -> list[str]:
        """How ``tag`` is stored, in any case, first written first. SQLite's NOCASE folds
        ASCII letters only, so the distinct tags are compared here."""
        wanted = _tag_key(tag)
        rows = self._read("SELECT tag FROM tags GROUP BY tag ORDER BY MIN(added)")
        return [str(name) for (name,) in rows if _names_tag(str(name), wanted)]

    def star(self, article_id: str) -> bool:
        """Star an article; False when it already had a star."""
        with self._write() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO stars (article_id, added) VALUES (?, ?)",
                (article_id, _now()),
            )
        return cursor.rowcount > 0

    def unstar(self, article_id: str) -> bool:
        with self._write() as db:
            cursor = db.execute("DELETE FROM stars WHERE article_id = ?", (article_id,))
        return cursor.rowcount > 0

    def is_starred(self, article_id: str) -> bool:
        return bool(self._read("SELECT 1 FROM stars WHERE article_id = ?", (article_id,)))

    def starred(self) -> list[str]:
        return [row[0] for row in self._read("SELECT article_id FROM stars ORDER BY added")]

    # -- notes ---------------------------------------------------------------------------------

    def set_note(self, article_id: str, text: str, expected: object = ANY) -> str:
        """Write (or replace) the note of an article; returns it as stored (cleaned text).
        With ``expected`` (the note as the writer last read it, None for none), a note that
        another warta changed meanwhile is kept and ``NoteChanged`` raised: the explorer's
        prompt replaced it without a word."""
        note = note_text(text)
        if not visible(note):
            raise WartaError(N_("a note needs at least one visible character"))
        with self._write() as db:
            self._check_note(article_id, note, expected)
            db.execute(
                "INSERT OR REPLACE INTO notes (article_id, text, updated) VALUES (?, ?, ?)",
                (article_id, note, _now()),
            )
        return note

    def note(self, article_id: str) -> str | None:
        """The note as written; one that another program put in the file is cleaned and
        cut to ``NOTE_LIMIT`` characters, as a note written here is."""
        rows = self._read("SELECT text FROM notes WHERE article_id = ?", (article_id,))
        return clean_text(str(rows[0][0]))[:NOTE_LIMIT] if rows else None

    def clear_note(self, article_id: str, expected: object = ANY) -> bool:
        """Remove a note; False when the article had none. ``expected`` as for ``set_note``."""
        with self._write() as db:
            self._check_note(article_id, None, expected)
            cursor = db.execute("DELETE FROM notes WHERE article_id = ?", (article_id,))
        return cursor.rowcount > 0

    def _check_note(self, article_id: str, new: str | None, expected: object) -> None:
        """In a write transaction: refuse to replace a note that is no longer ``expected``
        (unless it already is ``new``)."""
        if expected is ANY:
            return
        stored = self.note(article_id)
        if stored not in (expected, new):
            raise NoteChanged(article_id, stored, new)

    def noted(self) -> list[str]:
        """The ids of the articles with a note, most recently written last."""
        return [row[0] for row in self._read("SELECT article_id FROM notes ORDER BY updated")]

    # -- search history ------------------------------------------------------------------------

    def record_search(self, query: str) -> None:
        """Remember that ``query`` was searched now (once: a repeated query moves to the
        front). Only the last ``HISTORY_LIMIT`` distinct queries are kept, each of at most the
        query limit (``MAX_QUERY_CHARS``), so the history's size is bounded. Debouncing (the
        query a person stopped at, not every keystroke) is the caller's job."""
        text = clean_line(query)
        if not text or len(text) > MAX_QUERY_CHARS:
            return  # nothing to search again: a longer query is refused by the search
        with self._write() as db:
            db.execute("DELETE FROM history WHERE query = ?", (text,))
            _renumber_history(db)
            db.execute("INSERT INTO history (query, searched) VALUES (?, ?)", (text, _now()))
            db.execute(
                "DELETE FROM history WHERE seq <= (SELECT seq FROM history "
                "ORDER BY seq DESC LIMIT 1 OFFSET ?)",
                (HISTORY_LIMIT,),
            )

    def history(self, containing: str = "", limit: int = HISTORY_LIMIT) -> list[HistoryEntry]:
        """The queries searched, most recent first; with ``containing``, those that contain
        it in any case (what Ctrl+R filters as one types). At most ``HISTORY_LIMIT`` rows are
        ever read."""
        wanted = clean_line(containing).casefold()
        rows = self._read(
            "SELECT query, searched FROM history ORDER BY seq DESC LIMIT ?", (HISTORY_LIMIT,)
        )
        found = [
            HistoryEntry(_query(query), _when(searched))
            for query, searched in rows
            if wanted in query.casefold()
        ]
        return found[: max(0, limit)]

    # -- in queries ----------------------------------------------------------------------------

    def articles_for(self, word: str, value: str) -> list[str]:
        """The ids a workspace word of a query stands for: ``tag:NAME`` (``tagged``),
        ``is:starred`` (``starred``), ``has:note`` (``noted``). Any other value is refused
        with a message naming the ones there are."""
        if word == "tag":
            return self.tagged(value)
        if (word, _tag_key(value)) == ("is", "starred"):
            return self.starred()
        if (word, _tag_key(value)) == ("has", "note"):
            return self.noted()
        raise WartaError(
            N_("{word}:{value} means nothing: write tag:NAME, is:starred or has:note"),
            word=excerpt(word),
            value=excerpt(value),
        )


def _saved(row: tuple[str, ...]) -> SavedSearch:
    name, query, opened, *marked = row
    return SavedSearch(str(name), _query(query), _when(opened), _index_marked(marked, query))


def _index_marked(marked: Sequence[object], query: object) -> str | None:
    """The index state ``_MARK_INDEX`` kept for a saved search, if it was kept with the
    query the search has now: one another program (or a hand) changed since is run again
    (it counted 0 unrun, and a query no longer valid was not said)."""
    value = marked[0] if marked else None
    if not isinstance(value, str) or not isinstance(query, str):
        return None
    state, joint, kept = value.rpartition(_MARK_JOINT)
    return state if joint and kept == query else None


def _query(stored: object) -> str:
    """A query as the file holds it, cut one character past the longest a search takes:
    one put there by another program (1 MB) is refused as too long, not printed whole."""
    return str(stored)[: MAX_QUERY_CHARS + 1]


#: The time a row shows when the file holds none that can be read (1970-01-01 UTC).
UNKNOWN_TIME = datetime.fromtimestamp(0, timezone.utc)


def _when(stored: object) -> datetime:
    """A time as the file stores it (ISO 8601, UTC). A file edited by hand or by another
    program may hold anything there: the row is still listed, at ``UNKNOWN_TIME``, rather
    than every list failing with a traceback."""
    try:
        when = datetime.fromisoformat(str(stored))
    except ValueError:
        return UNKNOWN_TIME
    return when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)


#: A history sequence number no count of searches reaches: past it the history is numbered
#: again from 1 (see ``_renumber_history``).
HISTORY_SEQ_LIMIT = 2**62


def _renumber_history(db: sqlite3.Connection) -> None:
    """Number the history's rows again from 1, in their order, once its sequence is near
    SQLite's largest integer: a ``seq`` of 2^63-1 another program (or damage) left made
    every later search fail to be recorded, with "database or disk is full" on a disk with
    room. The history holds at most ``HISTORY_LIMIT`` rows, so this is cheap."""
    (highest,) = db.execute(
        "SELECT max(coalesce((SELECT max(seq) FROM history), 0), "
        "coalesce((SELECT max(seq) FROM sqlite_sequence WHERE name = 'history'), 0))"
    ).fetchone()
    if not isinstance(highest, int) or highest < HISTORY_SEQ_LIMIT:
        return
    rows = db.execute("SELECT query, searched FROM history ORDER BY seq").fetchall()
    db.execute("DELETE FROM history")
    db.execute("DELETE FROM sqlite_sequence WHERE name = 'history'")
    db.executemany("INSERT INTO history (query, searched) VALUES (?, ?)", rows)


def _schema_version(stored: object, path: Path) -> int:
    """The schema version the file says it has; one that is not a number is damage,
    said in one line (it was a ValueError traceback), and so is one below 1, which warta
    never writes (``-1`` ran the first migration again: "table notes already exists")."""
    try:
        version = int(str(stored))
    except ValueError:
        raise WartaError(
            N_("cannot use the workspace {path}: its schema version is not a number ({found})"),
            path=clean_line(str(path)),
            found=excerpt(str(stored)),
        ) from None
    if version < 1:
        raise WartaError(
            N_(
                "cannot use the workspace {path}: its schema version {found} is not one "
                "warta writes"
            ),
            path=clean_line(str(path)),
            found=version,
        )
    return version
