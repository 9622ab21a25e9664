"""Build, update and open warta's index.

An index folder holds generations (``gen-*``) and a ``CURRENT`` file naming the live one.
A full build writes a new generation beside the old one and swaps ``CURRENT`` atomically,
so a crash or ``kill -9`` never leaves a broken or empty index behind. Incremental updates
change the live generation in place: Whoosh commits atomically, the SQLite store commits
after it and records the Whoosh generation it matches, so that a kill between the two is
found and repaired by the next update (see ``_synchronise``).

warta writes only in an index folder it created or adopted, marked by ``WARTA-INDEX``, and
removes only ``gen-*`` folders that carry its own generation marker: ``--index-dir ~`` must
never cost the user a folder of theirs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import hashlib
import math
import os
import re
import shutil
import sqlite3
import stat
import sys
import time
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from warta.search.errors import (
    N_,
    TERMINATION_SIGNALS,
    IndexBusyError,
    Message,
    WartaError,
    excerpt,
    message_from_stored,
    stored_message,
)
from warta.search.model import Article, Mention, ReadWarning, UpdateReport
from warta.search.paths import (
    INDEX_MARKER,
    MARKER_TEXT,
    absolute_folders,
    check_trusted,
    file_key,
    generation_holding,
    open_regular_file,
    read_regular_file,
    refuse_dangling_link,
    replace_file,
    resolved,
)
from warta.search.sanitize import clean_line
from warta.search.store import NOT_DONE, FileState, Store, compact, roll_back_interrupted

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future, ProcessPoolExecutor

    from warta.search.reader import CorpusFile, CorpusFolder, JsonlTail
    from warta.search.related import ArticleShape
    from whoosh.fields import Schema
    from whoosh.index import FileIndex, Index
    from whoosh.writing import SegmentWriter

#: Bump when the schema or the meaning of stored data changes: an older index is rebuilt.
#: 5: key_stats credit each article to one group per key (B6); no index-time field boosts
#: (search.ranking weighs fields at query time); names, case and thousands normalised alike
#: in query and text (search.analysis). 6: a top-k scoring sidecar per segment (search.sidecar).
#: 7: the store keeps each mention's sentence number, and each article's sentence count and
#: SimHash (the investigation views, search.related). 8: the store keeps each article's
#: attributed quotes (search.quotes), extracted with the mentions. 9: an entity's mentions are
#: indexed by (key, day, article). 10: the articles naming each key on each day are counted
#: at index time (key_days), so an entity's timeline reads no mentions. 11: a file whose path
#: had to be cleaned to show has a digest in its id (``CorpusFile.rel_id``). 12: whether the
#: title was made of the first sentence is stored (a citation does not cite it as a title).
#: 13: a derived title is indexed in fields of its own, which only ``title:`` searches.
#: 14: such a title has no mentions of its own (they are the body's opening, counted twice).
#: 15: an article's date is indexed as its day in digits too (``day``: 5/10, 5/10/2017).
FORMAT_VERSION = "15"
INDEX_NAME = "MAIN"
CURRENT_FILE = "CURRENT"
LOCK_FILE = "warta.lock"
#: Where warta 7 and earlier kept the entity registry, as one JSON file; now in the store.
LEGACY_REGISTRY_FILE = "entities.json"
#: Written first into every generation warta creates: only such ``gen-*`` folders are removed.
GENERATION_MARKER = "WARTA-GENERATION"
#: CURRENT holds one folder name; anything longer is not ours.
CURRENT_MAX_BYTES = 4096
#: Store meta: the Whoosh generation (table of contents) the store was committed with.
WHOOSH_GENERATION = "whoosh_generation"
#: Store meta: the signature of the extractor's files its recorded digest was computed from.
ENTITIES_FILES = "entities_files"
#: Store meta: the Whoosh generation of the store state the entity list was built from
#: (a new name for each change of the registry's rules: an index whose registry was built
#: by others, a JSON file or one deciding by components, has none, and gets its registry
#: built in full by the next update).
REGISTRY_GENERATION = "registry_respelt_generation"
#: Store meta: the corpus folders the index was last brought up to date with. An index
#: shared through WARTA_INDEX_DIR is never served for other folders (nor for seeds that
#: moved with a reinstall): callers see no usable index and update it first.
CORPUS_ROOTS = "corpus_roots"
#: Below this many articles a build runs in one process: a pool costs more than it saves.
PARALLEL_MIN_ARTICLES = 400
BATCH_ARTICLES = 32
#: Tasks (each ~BATCH_ARTICLES articles) an extraction worker runs before a fresh one starts.
WORKER_TASKS = 400

#: Told (done, total) as a build goes; it may raise ``errors.UpdateCancelled`` to stop it.
Progress = Callable[[int, int], None]
T = TypeVar("T")
R = TypeVar("R")


def build_schema() -> Schema:
    """Stemmed fields for recall, exact fields for surface forms and spelling, display fields."""
    from warta.search.analysis import exact_analyzer, stemmed_analyzer
    from warta.search.fields import AnalysableText
    from whoosh import fields

    stemmed, exact = stemmed_analyzer(), exact_analyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        file=fields.ID,
        # Fields are weighed at query time (search.ranking), not here: an index-time boost
        # multiplied the title's term frequencies inside BM25's saturation, a second title
        # weight that could only be changed by rebuilding.
        title=AnalysableText(analyzer=stemmed, stored=True),
        # Character positions in the body postings let snippets be marked from the index
        # instead of re-analysing each hit's body (see query.posting_spans).
        content=AnalysableText(analyzer=stemmed, chars=True),
        title_exact=AnalysableText(analyzer=exact),
        # A title made of the first sentence, for ``title:`` alone (search.query).
        shown_title=AnalysableText(analyzer=stemmed),
        shown_title_exact=AnalysableText(analyzer=exact),
        exact=AnalysableText(analyzer=exact, spelling=True, chars=True),
        source=fields.TEXT(analyzer=exact, stored=True),
        byline=fields.STORED,
        date=fields.DATETIME(stored=True, sortable=True),
        # The date as a day typed finds it (search.query): "5/10" and "5/10/2017".
        day=fields.KEYWORD(scorable=True),
        entity=fields.KEYWORD(lowercase=True, scorable=True),
        path=fields.STORED,
        url=fields.STORED,
        notices=fields.STORED,
        body=fields.STORED,
        title_derived=fields.STORED,
    )


def versions(
    entities: bool = True,
    gazetteer_file: Path | None = None,
    recorded: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Everything whose change makes an existing index wrong, as recorded in the store.

    With ``gazetteer_file``, the user's own entities count too: editing them rebuilds on the
    next update, while searches keep using the index built with the previous file.
    ``recorded`` is the store's meta, whose extractor digest stands when the extractor's
    files are the ones it was computed from (see :func:`_entities_fingerprint`).
    """
    from warta.search.analysis import ANALYZER_VERSION

    found = {
        "format": FORMAT_VERSION,
        "analyzer": ANALYZER_VERSION,
        "entities": _entities_fingerprint(recorded or {}) if entities else "off",
    }
    if entities and gazetteer_file is not None:
        from warta.search.entities.gazetteer import read_user_file

        user = read_user_file(gazetteer_file)
        found["user_entities"] = "none" if user is None else hashlib.sha256(user).hexdigest()[:16]
    return found


#: The extractor's files whose content decides the mentions (code, model, gazetteer).
EXTRACTOR_SUFFIXES = frozenset({".py", ".json", ".tsv", ".crfsuite"})
#: The registry's rules (entities/registry.py) decide no mention: a change to them needs the
#: registry built again (rename REGISTRY_GENERATION), not the corpus extracted again.
REGISTRY_RULES = "registry.py"
#: The rules that attribute the stored quotes: a change to them means new quotes.
QUOTE_RULES = "quotes.py"


def _extractor_files() -> list[Path]:
    """Found beside this module, so that checking an index never imports the extractor."""
    package = Path(__file__).with_name("entities")
    found = sorted(
        path
        for path in package.iterdir()
        if path.suffix in EXTRACTOR_SUFFIXES and path.name != REGISTRY_RULES
    )
    return [*found, Path(__file__).with_name(QUOTE_RULES)]


@functools.lru_cache(maxsize=1)
def extractor_signature() -> str:
    """The names, sizes and modification times of the extractor's files: a stat each."""
    digest = hashlib.sha256()
    for path in _extractor_files():
        status = path.stat()
        digest.update(f"{path.name}\0{status.st_size}\0{status.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def _entities_fingerprint(recorded: Mapping[str, str]) -> str:
    """A digest of the extractor's code, model and gazetteer: any change means new mentions.

    Reading and hashing them took ~0.2 s of every cold ``warta search``. The store keeps
    the files' signature (:func:`extractor_signature`) beside the digest it computed: while
    the signature is the same, so are the files, and the recorded digest stands.
    """
    if ENTITIES_FILES in recorded and recorded[ENTITIES_FILES] == extractor_signature():
        return recorded.get("entities", "")
    return _extractor_digest()


@functools.lru_cache(maxsize=1)
def _extractor_digest() -> str:
    digest = hashlib.sha256()
    for path in _extractor_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


#: The text fields analysed with the entities, in the worker (see search.fields).
ANALYSED_FIELDS = (
    ("title", "ranked_title"),
    ("title_exact", "ranked_title"),
    ("shown_title", "shown_title"),
    ("shown_title_exact", "shown_title"),
    ("content", "body"),
    ("exact", "body"),
)


def analysed_fields(article: Article) -> dict[str, Any]:
    """The article's text fields as Whoosh's posting rows, ready for ``article_fields``."""
    from warta.search.fields import preanalyse

    schema = _schema()
    return {
        name: preanalyse(schema[name], getattr(article, attribute))
        for name, attribute in ANALYSED_FIELDS
    }


@functools.cache
def _schema() -> Schema:
    return build_schema()


def article_fields(
    article: Article,
    file: str,
    mentions: Sequence[Mention],
    analysed: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The Whoosh document for one article; ``analysed`` replaces its text fields."""
    from warta.search.dates import day_terms
    from warta.search.query import entity_term

    document: dict[str, Any] = {
        "id": article.id,
        "file": file,
        "title": article.ranked_title,
        "content": article.body,
        "title_exact": article.ranked_title,
        "shown_title": article.shown_title,
        "shown_title_exact": article.shown_title,
        "exact": article.body,
        "source": article.source or "",
        "byline": article.byline or "",
        "path": article.path,
        "url": article.url or "",
        "notices": [stored_message(notice) for notice in article.notices],
        "body": article.body,
        "title_derived": article.title_derived,
        "entity": " ".join(sorted({entity_term(m.key) for m in mentions})),
    }
    if article.date:
        document["date"] = dt.datetime.combine(article.date, dt.time())
        document["day"] = " ".join(day_terms(article.date))
    if analysed:
        document.update(analysed)
    # Shown as read, weighed as ``ranked_title``.
    document["_stored_title"] = article.title
    return document


def article_from_fields(stored: dict[str, Any]) -> Article:
    """Turn a stored Whoosh document back into an Article."""
    when = stored.get("date")
    return Article(
        id=stored["id"],
        title=stored.get("title", ""),
        body=stored.get("body", ""),
        source=stored.get("source") or None,
        byline=stored.get("byline") or None,
        date=when.date() if isinstance(when, dt.datetime) else None,
        path=stored.get("path", ""),
        url=stored.get("url") or None,
        notices=tuple(message_from_stored(notice) for notice in stored.get("notices") or ()),
        title_derived=bool(stored.get("title_derived")),
    )


# -- generations -------------------------------------------------------------------------------


def current_generation(index_dir: Path) -> Path | None:
    """The live generation folder, or None when no index was ever completed here; an
    index folder or generation another user could write raises (``paths.check_trusted``)."""
    check_trusted(index_dir)
    try:
        name = read_regular_file(index_dir / CURRENT_FILE, CURRENT_MAX_BYTES).decode().strip()
    except (OSError, UnicodeDecodeError):
        return None
    folder = index_dir / name
    try:  # a name longer than the system allows raises (ENAMETOOLONG), as other damage would
        # A real folder: through a ``gen-*`` symbolic link an update wrote its segments into
        # whatever folder the link named, outside the index folder.
        info = folder.lstat()
        if not name.startswith("gen-") or "/" in name or not stat.S_ISDIR(info.st_mode):
            return None
    except OSError:
        return None
    check_trusted(folder, info)
    return folder


def open_generation(folder: Path) -> Index:
    """Open the Whoosh index of a generation; a damaged one raises WartaError."""
    from whoosh import index as whoosh_index

    try:
        return whoosh_index.open_dir(str(folder), indexname=INDEX_NAME)
    except Exception as error:  # Whoosh raises many types for a damaged TOC or segment.
        raise WartaError(
            N_("the index at {folder} is damaged ({problem})"),
            folder=folder,
            problem=type(error).__name__,
        ) from error


def read_failure(folder: Path | None) -> WartaError | None:
    """ "cannot read the index: Permission denied: …/store.sqlite" when a file or folder of
    generation ``folder`` is closed to this user (another user's index, mode 000), else None.

    Such an index is not damaged: rebuilding cannot cure it where the folder is not the
    user's, and "cannot write the index", what the rebuild then said, was not what was
    wrong. Opened without blocking, so a FIFO in a file's place does not hang.
    """
    if folder is None:
        return None
    denied: list[OSError] = []
    for parent, _folders, files in os.walk(folder, onerror=denied.append):
        for name in sorted(files):
            path = os.path.join(parent, name)
            try:
                if not os.path.islink(path):
                    os.close(os.open(path, os.O_RDONLY | os.O_NONBLOCK))
            except OSError as error:
                denied.append(error)
    denied = [error for error in denied if isinstance(error, PermissionError)]
    if not denied:
        return None
    return WartaError(N_("cannot read the index: {reason}"), reason=_reason(denied[0]))


@contextlib.contextmanager
def _unreadable_first(folder: Callable[[], Path | None]) -> Iterator[None]:
    """A failure to write an index this user cannot read (the generation ``folder()``
    names) is told as the read failure: not reading it is what is wrong."""
    try:
        yield
    except WartaError as error:
        unreadable = read_failure(folder())
        if unreadable is None:
            raise
        raise unreadable from error


def _publish(index_dir: Path, folder: Path) -> None:
    """Point CURRENT at ``folder`` atomically."""
    replace_file(index_dir / CURRENT_FILE, folder.name.encode("utf-8"))


def _has_marker(path: Path) -> bool:
    try:
        return read_regular_file(path, len(MARKER_TEXT) + 1) == MARKER_TEXT.encode()
    except OSError:
        return False


def _write_marker(path: Path) -> None:
    """Write a marker file atomically, so that a kill never leaves a half one."""
    replace_file(path, MARKER_TEXT.encode("utf-8"))


def _claim(index_dir: Path) -> None:
    """Make sure ``index_dir`` is warta's before anything is written in it.

    A missing or empty folder is created and marked; an index left by a previous version of
    warta (CURRENT naming a generation whose store has warta's meta) is adopted. Any other
    non-empty folder is refused: ``--index-dir ~`` must not delete a ``gen-*`` folder of
    the user's or overwrite a file of theirs named CURRENT.
    """
    refuse_dangling_link(index_dir)
    try:
        try:
            index_dir.mkdir(parents=True, exist_ok=True)
        except FileExistsError:  # a file, a FIFO, a device: "File exists" said nothing of why
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR)) from None
        check_trusted(index_dir)  # before the marker: it proves only who wrote it once
        if _has_marker(index_dir / INDEX_MARKER):
            return
        with os.scandir(index_dir) as entries:
            occupied = any(not _claiming(entry.name) for entry in entries)
        previous = _previous_version_generation(index_dir) if occupied else None
        if occupied and previous is None:
            raise WartaError(
                N_(
                    "{folder} is not empty and is not a warta index; give warta a new or "
                    "empty folder for its index"
                ),
                folder=index_dir,
            )
        if previous is not None and not _has_marker(previous / GENERATION_MARKER):
            _write_marker(previous / GENERATION_MARKER)
        _write_marker(index_dir / INDEX_MARKER)
    except OSError as error:
        raise WartaError(
            N_("cannot use the index folder {folder}: {reason}"),
            folder=index_dir,
            reason=_reason(error),
        ) from error


def _claiming(name: str) -> bool:
    """Whether ``name`` is what a first build leaves while it claims the folder: its lock,
    or its marker on the way (``replace_file``'s temporary). A second warta started at
    the same moment on a new folder (two panes opened at once) refused it as "not a warta
    index" when it looked between the two."""
    return name == LOCK_FILE or (name.startswith(f"{INDEX_MARKER}.") and name.endswith(".tmp"))


def _previous_version_generation(index_dir: Path) -> Path | None:
    """The live generation of an index an earlier warta wrote (before markers), if it is one."""
    live = current_generation(index_dir)
    if live is None or live.is_symlink():
        return None
    try:
        store = Store(live, read_only=True)
        try:
            meta = store.meta()
        finally:
            store.close()
    except Exception:  # not a store at all: not warta's
        return None
    return live if {"format", "analyzer"} <= meta.keys() else None


def _new_generation(index_dir: Path) -> Path:
    """Create an empty generation folder and mark it as warta's before anything else."""
    folder = index_dir / f"gen-{time.time_ns()}"
    try:
        folder.mkdir()
        _write_marker(folder / GENERATION_MARKER)
    except OSError as error:
        if folder.is_dir() and not folder.is_symlink():
            _remove_generation(folder)
        raise WartaError(N_("cannot write the index: {reason}"), reason=_reason(error)) from error
    return folder


def _remove_generation(folder: Path) -> None:
    """Remove a generation of warta's, its marker last.

    ``shutil.rmtree`` removes in the order the folder lists, which may put the marker
    first: a kill (or a second Ctrl+C) just after it left a folder of segments without it,
    which no later update removed (warta removes only what carries its marker): the size
    of a whole index, for ever. Stopped anywhere now, what is left keeps the marker, or is
    an empty folder.
    """
    try:
        with os.scandir(folder) as listing:
            entries = [entry for entry in listing if entry.name != GENERATION_MARKER]
    except OSError:
        return
    for entry in entries:
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
    with contextlib.suppress(OSError):
        if not any(name != GENERATION_MARKER for name in os.listdir(folder)):
            os.unlink(folder / GENERATION_MARKER)
        folder.rmdir()


def _remove_other_generations(index_dir: Path, keep: Path) -> None:
    """Old and abandoned generations are garbage once CURRENT names another one.

    Only folders that carry warta's generation marker, or a generation stopped while
    ``_new_generation`` made it: a ``gen-*`` folder of someone else's, a symlink or a
    file is left alone.
    """
    with os.scandir(index_dir) as entries:
        for entry in entries:
            if (
                entry.name.startswith("gen-")
                and entry.name != keep.name
                and entry.is_dir(follow_symlinks=False)
            ):
                if _has_marker(Path(entry.path) / GENERATION_MARKER):
                    _remove_generation(Path(entry.path))
                else:
                    _remove_unmarked_start(Path(entry.path))


#: What ``replace_file`` leaves while it writes a generation's marker.
_MARKER_TEMPORARY = re.compile(re.escape(GENERATION_MARKER) + r"\.\d+\.tmp")


def _remove_unmarked_start(folder: Path) -> None:
    """Remove a generation killed between its ``mkdir`` and its marker's rename: an empty
    folder, or one holding only the marker's temporary. Every later update left it for
    ever. A folder holding anything else is left whole."""
    with contextlib.suppress(OSError):
        names = os.listdir(folder)
        if all(_MARKER_TEMPORARY.fullmatch(name) for name in names):
            for name in names:
                os.unlink(folder / name)
            folder.rmdir()


class IndexLock:
    """An advisory lock on the index folder, so that one process writes at a time."""

    def __init__(
        self, index_dir: Path, timeout: float, waiting: Callable[[], None] | None = None
    ) -> None:
        """``waiting``, when given, is called once if another process holds the lock, and
        the lock is then waited for until that process is done, not ``timeout``: a second
        ``warta index`` during a rebuild gave up after 10 s ("try again when it is done")."""
        self._path = index_dir / LOCK_FILE
        self._timeout = math.inf if waiting is not None else timeout
        self._waiting = waiting
        self._handle: Any = None

    def __enter__(self) -> IndexLock:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: Whoosh's own writer lock still holds.
            return self
        try:
            self._handle = os.fdopen(open_regular_file(self._path, os.O_RDWR | os.O_CREAT), "r+b")
        except OSError as error:
            raise WartaError(
                N_("cannot write to the index folder: {reason}"), reason=_reason(error)
            ) from error
        deadline = time.monotonic() + self._timeout
        while True:
            try:
                fcntl.flock(self._handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if self._waiting is not None:
                    self._waiting()
                    self._waiting = None
                if time.monotonic() >= deadline:
                    self._handle.close()
                    raise IndexBusyError(
                        N_(
                            "another warta process is updating this index; "
                            "try again when it is done"
                        )
                    ) from None
                time.sleep(0.1)

    def __exit__(self, *exc_info: object) -> None:
        if self._handle is not None:
            self._handle.close()


def check_writable(index_dir: Path, roots: Sequence[Path] = ()) -> None:
    """Raise the one-line error a build in ``index_dir`` of the corpus folders ``roots``
    would end with because it cannot write there (another user's folder, a read-only disk,
    a folder that is not warta's) or must not read them (``_refuse_generations``), before
    any work: a caller that has no index to show can stop at once. A lock another process
    holds is no such error: that build ends, and this one can follow."""
    _refuse_generations(absolute_folders(roots))
    with _unreadable_first(lambda: current_generation(index_dir)):
        _claim(index_dir)
        with contextlib.suppress(IndexBusyError), IndexLock(index_dir, timeout=0):
            pass


# -- building ----------------------------------------------------------------------------------


@dataclass
class _Batch:
    """Articles of one file on their way to the entity extractor (in a worker process)."""

    file: CorpusFile
    articles: list[Article]
    warnings: list[ReadWarning]
    last: bool
    failed: bool = False
    #: Bytes of the file read up to this batch (see ReadResult.position).
    position: int = 0
    mentions: list[list[Mention]] = field(default_factory=list)
    analysed: list[dict[str, Any]] = field(default_factory=list)
    shapes: list[ArticleShape] = field(default_factory=list)


def _batches(
    files: Iterable[CorpusFile], tails: dict[str, JsonlTail | None] | None = None
) -> Iterator[_Batch]:
    """Each file's articles in batches, read as they are needed: a jsonl file of any size
    costs the memory of a batch or two. A file with an entry in ``tails`` is read on from
    there; each file's entry is then where its reading ended (hashlib state is not sent
    to the extraction workers, so it stays here)."""
    from warta.search.reader import read_chunks

    tails = {} if tails is None else tails
    for file in files:
        chunks = read_chunks(file, BATCH_ARTICLES, tails.get(file.key))
        chunk = next(chunks)
        for following in chunks:  # one chunk ahead, to know which batch is the file's last
            yield _Batch(file, chunk.articles, chunk.warnings, False, position=chunk.position)
            chunk = following
        tails[file.key] = chunk.tail
        yield _Batch(file, chunk.articles, chunk.warnings, True, chunk.failed)


_worker_gazetteer: Any = None


def _tasks(batches: Iterable[_Batch]) -> Iterator[list[_Batch]]:
    """Consecutive batches grouped to about ``BATCH_ARTICLES`` articles per worker task.

    A folder of one-article files gives one-article batches; sent one by one, each would
    pay its own round trip to a worker.
    """
    task: list[_Batch] = []
    articles = 0
    for batch in batches:
        task.append(batch)
        articles += len(batch.articles)
        if articles >= BATCH_ARTICLES or len(task) >= 2 * BATCH_ARTICLES:
            yield task
            task, articles = [], 0
    if task:
        yield task


def _extract_task(task: list[_Batch]) -> list[_Batch]:
    return [_extract(batch) for batch in task]


#: Seconds between an extraction worker's checks that the process it works for is alive.
PARENT_CHECK_SECONDS = 0.5


def _init_pool_worker(gazetteer_file: Path | None, parent: int) -> None:
    """A pool worker that ends when warta does, however warta ended.

    A worker of a killed warta (``kill -9``, the out-of-memory killer) waited on its task
    queue for ever: ~70 MB each, and the caller's stdout and stderr held open, so that
    ``warta index | cat`` never returned. The queue's pipe never reports the parent gone
    (each worker holds its writing end too), so a thread watches the parent's pid.
    """
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="warta-parent-watch", daemon=True).start()
    _init_worker(gazetteer_file)


def _init_worker(gazetteer_file: Path | None) -> None:
    global _worker_gazetteer
    from warta.search.entities import load_gazetteer

    _worker_gazetteer = load_gazetteer(gazetteer_file)


def _extract(batch: _Batch) -> _Batch:
    batch.mentions = [_mentions_of(article, batch.warnings) for article in batch.articles]
    return _analyse(batch)


def _analyse(batch: _Batch) -> _Batch:
    """Whoosh's posting rows and the views' article shapes, in the worker."""
    from warta.search.related import article_shape

    batch.analysed = [analysed_fields(article) for article in batch.articles]
    batch.shapes = [
        article_shape(article, mentions)
        for article, mentions in zip(batch.articles, batch.mentions, strict=True)
    ]
    return batch


def _mentions_of(article: Article, warnings: list[ReadWarning]) -> list[Mention]:
    """An extractor failure costs one article its entities, never the whole build. A title
    made of the body's opening words is left out: its names are the body's, mentioned once."""
    from warta.search.entities import extract_mentions

    try:
        return extract_mentions(article.ranked_title, article.body, _worker_gazetteer)
    except Exception as error:
        failed = N_("entities not extracted for {id} ({reason})")
        reason = clean_line(f"{type(error).__name__}: {error}".splitlines()[0])
        warnings.append(ReadWarning(article.path, Message.of(failed, id=article.id, reason=reason)))
        return []


def _without_mentions(batch: _Batch) -> _Batch:
    batch.mentions = [[] for _ in batch.articles]
    return _analyse(batch)


def _bounded_imap(
    pool: Executor, function: Callable[[T], R], items: Iterable[T], window: int
) -> Iterator[R]:
    """Ordered ``pool.map`` that reads ahead at most ``window`` items (``map`` reads all)."""
    pending: deque[Future[R]] = deque()
    for item in items:
        pending.append(pool.submit(function, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@contextlib.contextmanager
def _extracted(
    files: Sequence[CorpusFile],
    tails: dict[str, JsonlTail | None],
    gazetteer_file: Path | None,
    parallel: bool,
    entities: bool,
) -> Iterator[Iterator[_Batch]]:
    """Read files (from ``tails``, see :func:`_batches`) and extract entities, on both
    cores when the job is large enough."""
    if not entities:
        yield (_without_mentions(batch) for batch in _batches(files, tails))
        return
    if not parallel:
        _init_worker(gazetteer_file)
        yield (_extract(batch) for batch in _batches(files, tails))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _ensure_resource_tracker()
    workers = max(1, min(os.cpu_count() or 1, 4))
    # spawn, not fork: the TUI updates from a thread, and forking a threaded process can hang.
    # An executor, not multiprocessing.Pool: when a worker dies, the executor fails the build
    # (BrokenProcessPool), where Pool replaced the worker and waited for its batch forever.
    # A fresh worker every WORKER_TASKS tasks (~12,800 articles; Python 3.11+): the
    # extractor's caches grow with the vocabulary it has seen (~300 MB a worker after 45,000
    # articles), and a new worker costs about a second.
    recycle = {"max_tasks_per_child": WORKER_TASKS} if sys.version_info >= (3, 11) else {}
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_pool_worker,
        initargs=(gazetteer_file, os.getpid()),
        **recycle,
    )
    try:
        tasks = _bounded_imap(
            pool, _extract_task, _tasks(_batches(files, tails)), window=workers * 4
        )
        yield (batch for task in tasks for batch in task)
    except BaseException:
        # Nobody wants the batches still queued: without this the interpreter's exit waits
        # for all of them (the explorer took 21 s to quit during a first build of 3,000).
        _terminate_workers(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _terminate_workers(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool``'s worker processes now, whatever they are running."""
    for process in list(pool._processes.values()):  # terminate_workers() from Python 3.14
        with contextlib.suppress(OSError):
            process.terminate()


def _ensure_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr, deaf to the signals
    that stop warta.

    The tracker is spawned with ``sys.stderr.fileno()``; inside the TUI, ``sys.stderr`` is
    Textual's print capture, whose fileno is -1, and every spawn then fails with "bad
    value(s) in fds_to_keep". The tracker gets /dev/null instead, so nothing it might print
    lands on the TUI's screen either.

    It ignores SIGINT and SIGTERM by itself; a SIGQUIT, SIGUSR1 or SIGHUP sent to warta's
    whole process group (Ctrl+\\ in a terminal) killed it, and Python's relaunched one
    printed a KeyError traceback for every semaphore the build released after.
    """
    import signal
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    saved = sys.stderr
    deaf = {getattr(signal, name) for name in TERMINATION_SIGNALS if hasattr(signal, name)}
    masked = (
        signal.pthread_sigmask(signal.SIG_BLOCK, deaf)
        if hasattr(signal, "pthread_sigmask")
        else None
    )
    try:
        with open(os.devnull, "w") as sink:
            if not usable:
                sys.stderr = sink
            resource_tracker.ensure_running()
    finally:
        sys.stderr = saved
        if masked is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, masked)


def scan(
    roots: Sequence[Path], folders: Sequence[CorpusFolder] | None = None
) -> tuple[list[CorpusFile], list[ReadWarning]]:
    """Every readable corpus file under ``roots``, or only in ``folders`` of theirs; a
    missing root is an error, not a warning."""
    from warta.search.reader import CorpusFile, discover, discover_in

    for root in roots:
        if not root.is_dir():
            raise WartaError(N_("corpus folder not found: {folder}"), folder=root)
    files: list[CorpusFile] = []
    warnings: list[ReadWarning] = []
    for item in discover(roots) if folders is None else discover_in(folders):
        (files if isinstance(item, CorpusFile) else warnings).append(item)  # type: ignore[arg-type]
    return files, warnings


def update_index(
    index_dir: Path,
    roots: Sequence[Path],
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    gazetteer_file: Path | None = None,
    lock_timeout: float = 10.0,
    entities: bool = True,
    changed: Collection[str] | None = None,
    waiting: Callable[[], None] | None = None,
) -> UpdateReport:
    """Bring the index in ``index_dir`` up to date with the corpus folders ``roots``.

    ``changed`` are paths a watcher saw change: only their folders are scanned, not the
    whole corpus (at 100,000 files the scan is most of an update's time). ``entities=False``
    skips entity extraction (no mentions, an empty entity list): the benchmark uses it to
    measure what extraction costs. An index built one way is rebuilt when updated the
    other way. ``waiting``: see :class:`IndexLock`.
    """
    started = time.perf_counter()
    roots = absolute_folders(roots)
    _refuse_generations(roots)
    if entities:
        from warta.search.entities.gazetteer import check_user_file

        check_user_file(gazetteer_file)  # a bad file stops the build before it writes anything
    # Before any article is read: the user's entity file edited during a long build was
    # recorded as the file the build had used, and the next update said "up to date"
    # over mentions found with the old one. Recorded as it was now, an edit since makes the
    # next update rebuild.
    read = _recorded_versions(entities, gazetteer_file)
    _claim(index_dir)
    with IndexLock(index_dir, lock_timeout, waiting):
        live = current_generation(index_dir)
        if live is not None:
            roll_back_interrupted(live)  # a killed update's, before the store is judged
            # Before anything else: they may be what filled the disk.
            with contextlib.suppress(Exception), contextlib.closing(open_generation(live)) as ix:
                _remove_orphan_files(ix)
        if rebuild or live is None or not _is_current(live, entities, gazetteer_file):
            # Not asked for: why it was needed (an index closed to this user) comes first.
            with _unreadable_first(lambda: None if rebuild else live):
                report = _rebuild(index_dir, roots, progress, gazetteer_file, entities, read)
        else:
            try:
                report = _synchronise(
                    live, roots, False, progress, gazetteer_file, entities, read, changed
                )
            except WartaError:
                raise
            except Exception as error:  # a damaged generation: Whoosh raises many types
                failure = read_failure(live) or _write_failure(error, live)
                if failure is not None:  # a rebuild would fail too, or cost far more
                    raise failure from error
                report = _rebuild(index_dir, roots, progress, gazetteer_file, entities, read)
                rebuilt = N_("the index could not be updated ({reason}); rebuilt it")
                problem = Message.of(rebuilt, reason=_reason(error))
                report.warnings.insert(0, ReadWarning(str(index_dir), problem))
            else:
                _remove_other_generations(index_dir, keep=live)  # left by a killed build
    report.seconds = time.perf_counter() - started
    return report


def _refuse_generations(roots: Sequence[Path]) -> None:
    """A corpus folder inside an index generation is refused before anything is written: an
    update removes the generation with all it holds, and one given as the corpus read none
    of its own files, so that ``--corpus INDEX/gen-…`` emptied the index without a word."""
    for root in roots:
        with contextlib.suppress(OSError):  # a folder not there: the scan says so
            generation = generation_holding(resolved(root))
            if generation is not None:
                raise WartaError(
                    N_(
                        "cannot index {path}: it is inside the index generation {generation}, "
                        "which an update removes with all it holds; give the folder of your "
                        "articles"
                    ),
                    path=clean_line(str(root)),
                    generation=clean_line(str(generation)),
                )


def _rebuild(
    index_dir: Path,
    roots: Sequence[Path],
    progress: Progress | None,
    gazetteer_file: Path | None,
    entities: bool,
    read: Mapping[str, str],
) -> UpdateReport:
    """Build a new generation beside the live one and publish it; the live one serves until then."""
    folder = _new_generation(index_dir)
    try:
        report = _synchronise(folder, roots, True, progress, gazetteer_file, entities, read)
        compact(folder)
        _publish(index_dir, folder)
    except BaseException as error:
        _remove_generation(folder)
        if isinstance(error, OSError | sqlite3.Error):  # a full disk, a read-only folder
            failure = _write_failure(error)
            raise failure or WartaError(
                N_("cannot write the index: {reason}"), reason=_reason(error)
            ) from error
        raise
    _remove_other_generations(index_dir, keep=folder)
    report.rebuilt = True
    return report


def _write_failure(error: BaseException, live: Path | None = None) -> WartaError | None:
    """The one-line error for a failure a rebuild cannot cure, or None for damage it can.

    A full disk or a read-only folder fails a rebuild too; a reader holding the store
    ("database is locked") would turn a ten-file update into a full rebuild; an extraction
    worker killed on the way (out of memory) is no damage, and a rebuild, which needs the
    same workers for every article, would be killed again after far longer. A file of the
    live generation ``live`` that is missing (a half-deleted index) is damage: the update
    said "cannot write the index: No such file …" and repaired nothing.
    """
    from concurrent.futures.process import BrokenProcessPool

    if live is not None and isinstance(error, FileNotFoundError) and error.filename:
        with contextlib.suppress(OSError, ValueError):
            if Path(os.path.abspath(error.filename)).is_relative_to(os.path.abspath(live)):
                return None

    if isinstance(error, BrokenProcessPool):
        return WartaError(
            N_("an indexing worker stopped abruptly (out of memory?); the index is unchanged")
        )
    if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
        return IndexBusyError(
            N_("another process is reading the index store; try again when it is done")
        )
    if isinstance(error, OSError | sqlite3.OperationalError):
        return WartaError(N_("cannot write the index: {reason}"), reason=_reason(error))
    return None


#: Characters of a file's name a reason quotes (a path of the usual length is whole).
NAME_SHOWN = 200


def _reason(error: BaseException) -> str:
    """One line saying what went wrong, for a message that names its own context."""
    if isinstance(error, OSError) and error.strerror:
        # A name of 5,000 characters cut in its middle: whole, it pushed the reason out
        # of the one line a message has.
        named = (
            f": {excerpt(str(error.filename), NAME_SHOWN, middle=True)}" if error.filename else ""
        )
        return f"{error.strerror}{named}"
    return f"{type(error).__name__}: {error}".splitlines()[0]


def usable_generation(index_dir: Path, roots: Sequence[Path] | None = None) -> Path | None:
    """The live generation when this version of warta can search it for the corpus folders
    ``roots`` (any, when None); None means update it.

    An entity list older than its store (a kill before it was saved) counts as unusable, so
    that callers that build a missing index bring it up to date.
    """
    live = current_generation(index_dir)
    meta = _meta(live) if live is not None else None
    if live is None or meta is None or not _built_for(meta, roots):
        return None
    return live if _registry_fresh(meta) else None


def outdated_generation(index_dir: Path, roots: Sequence[Path]) -> bool:
    """Whether the live generation opens but was built by another version of warta or for
    other corpus folders: bringing it up to date is a whole build."""
    live = current_generation(index_dir)
    meta = _meta(live) if live is not None else None
    return meta is not None and not _built_for(meta, roots)


def _built_for(meta: Mapping[str, str], roots: Sequence[Path] | None) -> bool:
    """The store was built by this version of warta, with entities, for the corpus folders
    ``roots`` (any, when None)."""
    if not _matches(meta, entities=True):
        return False
    return roots is None or meta.get(CORPUS_ROOTS) == corpus_record(roots)


def corpus_record(roots: Sequence[Path]) -> str:
    """The corpus folders as the store's meta records them, in any order, each once: a
    folder given twice (``--corpus A --corpus A``, or as ``A`` and ``./A``) holds the same
    articles, and the index built for it was built again at every switch."""
    return "\n".join(sorted({file_key(root) for root in roots}))


def _registry_fresh(meta: Mapping[str, str]) -> bool:
    """The entity list was saved from the store state the store is in."""
    built_from = meta.get(REGISTRY_GENERATION)
    return built_from is not None and built_from == meta.get(WHOOSH_GENERATION)


def _is_current(folder: Path, entities: bool, gazetteer_file: Path | None = None) -> bool:
    """An index built by this version of warta, whose store and Whoosh index open."""
    meta = _meta(folder)
    return meta is not None and _matches(meta, entities, gazetteer_file)


def _meta(folder: Path) -> dict[str, str] | None:
    """The store's meta of a generation whose store and Whoosh index open, else None."""
    try:
        store = Store(folder, read_only=True)
        try:
            meta = store.meta()
        finally:
            store.close()
        open_generation(folder).close()
    except Exception:
        return None
    return meta


def _matches(meta: Mapping[str, str], entities: bool, gazetteer_file: Path | None = None) -> bool:
    wanted = versions(entities, gazetteer_file, recorded=meta)
    return all(meta.get(key) == value for key, value in wanted.items())


def _recorded_versions(entities: bool, gazetteer_file: Path | None) -> dict[str, str]:
    """What the store records of the versions an update wrote with, read before it
    starts (see ``update_index``)."""
    found = versions(entities, gazetteer_file)
    return {**found, ENTITIES_FILES: extractor_signature()} if entities else found


def _synchronise(
    folder: Path,
    roots: Sequence[Path],
    fresh: bool,
    progress: Progress | None,
    gazetteer_file: Path | None,
    entities: bool,
    read: Mapping[str, str],
    changed: Collection[str] | None = None,
) -> UpdateReport:
    """Bring one generation up to date: Whoosh and the store in one update, or neither;
    the store records ``read``, the versions the update started with.

    Whoosh commits first, then the store, which records the Whoosh generation it matches. A
    kill between the two leaves Whoosh ahead; the next update finds the generations differ
    and drops Whoosh's documents of files the store does not know, which it then indexes
    again. The entity list is derived from the store and records the generation it was
    built from, so a kill before it is saved only means it is built again.
    """
    from whoosh import index as whoosh_index
    from whoosh.index import LockError

    ix: Index
    if fresh:
        ix = whoosh_index.create_in(str(folder), build_schema(), indexname=INDEX_NAME)
    else:
        ix = open_generation(folder)
    store = Store(folder)
    try:
        # Fresh before this update: only the keys it changes need their entities again.
        registry_was_fresh = _registry_fresh(store.meta())
        matched = store.meta().get(WHOOSH_GENERATION) == str(ix.latest_generation())
        files, warnings, known = _scanned(roots, store, changed if matched else None)
        seen = set()
        todo = []
        for file in files:
            key = file.key
            seen.add(key)
            if known.get(key) != FileState.of(file.size, file.mtime_ns):
                todo.append(file)
        unread = [w.unread for w in warnings if w.unread is not None]
        gone = outside_unread((path for path in known if path not in seen), unread)
        report = UpdateReport(
            added=sum(f.key not in known for f in todo),
            changed=sum(f.key in known for f in todo),
            deleted=len(gone),
            unchanged=len(files) - len(todo),
            warnings=warnings,
        )
        if todo or gone or fresh or not matched:
            unrecorded = [] if matched else _unrecorded_files(ix, known)
            try:
                writer = cast("SegmentWriter", ix.writer(limitmb=128, compound=False))
            except LockError as error:
                raise IndexBusyError(N_("the index is locked by another process")) from error
            try:
                for path in unrecorded:
                    writer.delete_by_term("file", path)
                _write(
                    writer,
                    store,
                    todo,
                    gone,
                    set(known),
                    progress,
                    gazetteer_file,
                    entities,
                    report,
                    resumable=matched,
                )
                generation = {WHOOSH_GENERATION: str(writer.generation)}
                store.set_meta({**read, **generation})
                writer.commit()
            except BaseException:
                # A commit that failed (a full disk) closed the writer, and cancel() then
                # raises: that must not hide the error that says what went wrong.
                with contextlib.suppress(Exception):
                    writer.cancel()
                with contextlib.suppress(Exception):
                    store.rollback()
                with contextlib.suppress(Exception):
                    _remove_orphan_files(ix)
                raise
            store.commit()
        _write_sidecars(folder, ix)
        meta = store.meta()
        if meta.get(CORPUS_ROOTS) != corpus_record(roots):
            store.set_meta({CORPUS_ROOTS: corpus_record(roots)})
        if entities and meta.get(ENTITIES_FILES) != extractor_signature():
            # The same extractor under new file times (a reinstall): vouch for it once here,
            # not by hashing it again in every search.
            store.set_meta({ENTITIES_FILES: extractor_signature()})
            store.commit()
        if not _registry_fresh(meta):
            changed = store.changed_keys if registry_was_fresh and not fresh else None
            _save_registry(folder, store, gazetteer_file, changed)
            store.set_meta({REGISTRY_GENERATION: meta.get(WHOOSH_GENERATION, "")})
            store.commit()
        report.articles = store.article_count()
        return report
    finally:
        store.close()
        ix.close()


def _scanned(
    roots: Sequence[Path], store: Store, changed: Collection[str] | None
) -> tuple[list[CorpusFile], list[ReadWarning], dict[str, FileState]]:
    """The corpus files and the store's record of them: all of them, or only those in the
    folders of the paths ``changed``."""
    if changed is None:
        files, warnings = scan(roots)
        return files, warnings, store.files()
    from warta.search.reader import corpus_folders

    folders = corpus_folders(roots, changed)
    files, warnings = scan(roots, folders)
    return files, warnings, store.files_below(file_key(folder.location) for folder in folders)


def outside_unread(keys: Iterable[str], unread: Iterable[str]) -> list[str]:
    """The file ``keys`` that are not one of ``unread`` nor inside a folder that is: what
    could not be read this time keeps its articles. Each key looks up its own folders, so
    the cost is linear in the keys, however many folders could not be read."""
    unread_keys = {key.rstrip(os.sep) or os.sep for key in unread}
    if not unread_keys:
        return list(keys)
    return [key for key in keys if not _inside(key, unread_keys)]


def _inside(key: str, folders: set[str]) -> bool:
    """Whether ``key`` or one of the folders above it is in ``folders``."""
    while True:
        if key in folders:
            return True
        parent = os.path.dirname(key)
        if parent == key:
            return False
        key = parent


def _write_sidecars(folder: Path, ix: Index) -> None:
    """Each segment's top-k scoring arrays (search.sidecar), after every update: a segment
    a merge made gets its own, and one a kill left unwritten is written now.

    The update is committed by then: a sidecar that cannot be written (a full disk) only
    leaves its segment to Whoosh's scorer until the next update writes it.
    """
    from warta.search.sidecar import write_sidecars

    reader = ix.reader()
    try:
        write_sidecars(folder, reader)
    except OSError:
        pass
    finally:
        reader.close()


def _unrecorded_files(ix: Index, known: Mapping[str, FileState]) -> list[str]:
    """Files Whoosh has documents of that the store does not know: a kill came between the
    two commits. One pass over the ``file`` terms, only when the generations differ."""
    reader = ix.reader()
    try:
        return [path for path in reader.field_terms("file") if path not in known]
    finally:
        reader.close()


def _remove_orphan_files(ix: Index) -> None:
    """Delete segment files the table of contents does not name.

    A commit that failed on a full disk leaves the segment it was writing; nothing reads
    it, but it keeps the disk full, so that no later update or rebuild could succeed.
    """
    from whoosh.index import clean_files

    files = cast("FileIndex", ix)
    clean_files(files.storage, INDEX_NAME, files.latest_generation(), files._segments())


def _write(
    writer: Any,
    store: Store,
    todo: Sequence[CorpusFile],
    gone: Sequence[str],
    known: set[str],
    progress: Progress | None,
    gazetteer_file: Path | None,
    entities: bool,
    report: UpdateReport,
    resumable: bool,
) -> None:
    """Index ``todo`` and drop ``gone``. When ``resumable`` (Whoosh and the store are of one
    generation, so Whoosh holds exactly the store's articles), a jsonl file only appended
    to keeps its earlier articles and only its new lines are read."""
    tails = _appended(todo, known, store) if resumable else {}
    dropped: set[str] = set()  # ids of the articles the files read again or gone held
    for path in [*gone, *(f.key for f in todo if f.key in known and f.key not in tails)]:
        writer.delete_by_term("file", path)
        dropped.update(store.forget_file(path))
    total = sum(f.size for f in todo) or 1
    done = 0
    taken: dict[str, str] = {}  # article id -> the key of the file it came from
    lost: set[str] = set()  # files with an article whose id another file holds
    unread = sum(f.size - _offset(tails.get(f.key)) for f in todo)
    estimated = unread // 2000  # a rough article count, only to pick a mode
    parallel = estimated >= PARALLEL_MIN_ARTICLES
    with _extracted(todo, tails, gazetteer_file, parallel, entities) as batches:
        for batch in batches:
            key = batch.file.key
            report.warnings.extend(batch.warnings)
            for article, mentions, analysed, shape in zip(
                batch.articles, batch.mentions, batch.analysed, batch.shapes, strict=True
            ):
                owner = taken.get(article.id) or store.article_file(article.id)
                if article.id in taken or (owner is not None and owner != key):
                    report.warnings.append(
                        ReadWarning(
                            article.path,
                            Message.of(
                                N_("duplicate article id {id}; skipped"), id=repr(article.id)
                            ),
                        )
                    )
                    if owner != key:  # tried again next update: the owner may be gone by then
                        lost.add(key)
                    continue
                taken[article.id] = key
                if article.id in dropped:
                    dropped.remove(article.id)
                    report.updated_articles += 1
                else:
                    report.new_articles += 1
                writer.add_document(**article_fields(article, key, mentions, analysed))
                store.put_article(
                    article.id, key, article.title, article.date, mentions, shape, article.source
                )
            if batch.last:
                complete = not batch.failed and key not in lost
                state = FileState.of(batch.file.size, batch.file.mtime_ns) if complete else NOT_DONE
                store.set_file(key, state)
                tail = tails.get(key) if complete else None
                recorded = (tail.offset, tail.lines, tail.digest.hexdigest()) if tail else None
                store.set_file_tail(key, state, recorded)
                done += batch.file.size
                if progress:
                    progress(min(done, total), total)
            elif progress:  # inside a long jsonl file
                progress(min(done + batch.position, total), total)
    report.deleted_articles = len(dropped)


def _appended(
    todo: Sequence[CorpusFile], known: set[str], store: Store
) -> dict[str, JsonlTail | None]:
    """Where to read on in each jsonl file of ``todo`` that was only appended to since the
    last update (see :func:`reader.resume_point`): its earlier articles stay as they are."""
    from warta.search.reader import resume_point

    tails: dict[str, JsonlTail | None] = {}
    for file in todo:
        recorded = store.file_tail(file.key) if file.key in known else None
        if recorded is not None:
            tail = resume_point(file, *recorded, store.file_articles(file.key))
            if tail is not None:
                tails[file.key] = tail
    return tails


def _offset(tail: JsonlTail | None) -> int:
    return tail.offset if tail else 0


def _save_registry(
    folder: Path, store: Store, gazetteer_file: Path | None, changed: set[str] | None
) -> None:
    """Link article-level keys into corpus entities, kept in the store's rows.

    With ``changed`` (the keys whose counts this update changed, the registry being up to
    date before it), only the entities those keys can reach are built again (see
    ``registry.affected_keys``): at 100,000 synthetic articles a one-file update re-derives
    13 keys, where building all 122,322 entities takes ~10 s.
    """
    from warta.search.entities import KeyStat, load_gazetteer
    from warta.search.entities.registry import affected_keys, build_with_facts, key_facts

    gazetteer = load_gazetteer(gazetteer_file)
    if changed is None:
        everything = (KeyStat(*row) for row in store.key_stats())
        store.save_registry(
            *build_with_facts(
                everything, gazetteer, None, store.articles_naming, store.share_company
            )
        )
    else:
        new_facts = key_facts((KeyStat(*row) for row in store.key_stats_of(changed)), gazetteer)
        part = affected_keys(changed, new_facts, store)
        rows = store.key_stats_of(part.keys | part.context)
        stats = (KeyStat(*row) for row in rows)
        registry = build_with_facts(
            stats, gazetteer, part, store.articles_naming, store.share_company
        )
        store.save_registry(*registry, part.keys)
    (folder / LEGACY_REGISTRY_FILE).unlink(missing_ok=True)
