"""Finding and reading the articles of a corpus: folders of .txt, .md and .jsonl files.

Nothing a file contains can stop a build: unreadable, binary or malformed input becomes a
:class:`ReadWarning` naming the file, and every string that reaches an :class:`Article`
has been decoded, normalised and stripped of control sequences. Memory stays bounded:
documents are read up to a cap, and jsonl is streamed a line at a time and handed on in
chunks (:func:`read_chunks`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import hashlib
import io
import itertools
import json
import os
import re
import stat
import sys
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from warta.search.dates import address_date
from warta.search.decode import (
    MAX_FILE_BYTES,
    NUL_SNIFF_BYTES,
    decode_bytes,
    looks_binary,
    normalise_text,
)
from warta.search.errors import N_, Message, error_reason
from warta.search.metadata import TITLE_LINE_MAX_CHARS, extract_parts, shorten_title
from warta.search.model import Article, ReadWarning
from warta.search.paths import SKIPPED_LIST, file_key, is_index_folder
from warta.search.sanitize import clean_line, clean_text

#: How a corpus file is opened: never through a symlink (one swapped in after the scan could
#: lead anywhere), and never waiting (a FIFO swapped in would block the build forever).
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)

#: Folders nested deeper than this below a corpus root are not read (with a warning): no real
#: archive comes near it, and a deeper path nears the system's path length limit anyway.
MAX_FOLDER_DEPTH = 1_000

#: Articles :func:`read_corpus` holds at a time from one jsonl file.
READ_CHUNK_ARTICLES = 32
#: Lines of one jsonl file whose problem is said each in a line of its own; the rest are
#: counted. A 3 MB file of a million lines ``{}`` held a million warnings: 89 s and 1.5 GB
#: to index, and a skipped list of a million lines.
MAX_LINE_WARNINGS = 1000
#: A ``.jsonl`` id longer than this is a field filled with something else (a whole text):
#: shown whole, one id of 100,000 characters filled 1,250 lines of every hit list. The line
#: takes the id ``FILE:LINE`` instead, as a line without an id does.
JSONL_ID_MAX_CHARS = 300

#: Extensions we read (lower-cased), each with the format it names.
FORMATS: dict[str, str] = {".txt": "text", ".md": "markdown", ".jsonl": "jsonl"}


def corpus_reading(path: Path, roots: Sequence[Path]) -> Path | None:
    """The folder of ``roots`` whose next update would read ``path`` (a file about to be
    written) as an article, if any: a name with an article's extension, under no hidden
    folder of it. ``warta export -o corpus/hasil.md`` made the export an article, found by
    every search for the words of the titles it lists."""
    if path.suffix.lower() not in FORMATS or path.name.startswith("."):
        return None
    from warta.search.errors import WartaError
    from warta.search.paths import resolved

    try:
        folder = resolved(path.parent)
        for root in roots:
            top = resolved(root)
            if folder.is_relative_to(top) and not any(
                part.startswith(".") for part in folder.relative_to(top).parts
            ):
                return root
    except (OSError, ValueError, WartaError):  # a name the system refuses: the write says why
        return None
    return None


#: An ATX heading; an empty one (``#`` alone, or the text cleaned away) is a heading too.
_MARKDOWN_HEADING = re.compile(r"(?P<level>#{1,6})(?:\s+(?P<text>.*?))?(?:\s+#+)?")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: A lone CR after a record's closing brace: classic Mac line ends. JSON strings hold no raw
#: CR, so outside a record this is the only place one ends a line.
_MAC_LINE_END = re.compile(rb"(?<=\})[ \t]*\r(?!\n)")


class CorpusFile(NamedTuple):
    """One readable file of a corpus; ``rel_name`` is its path below the root, no extension.

    A tuple, and its path object, id and key made when asked for: a scan of 100,000 files
    needs only names, sizes and times (making a ``Path`` for each was 1.3 s of 2.3 s), and
    most files have not changed (a frozen dataclass took 1.7 µs a file to make, this 0.5).

    ``target`` is where a symlink the scan accepted resolved to, and ``identity`` the device
    and inode the scan saw: the file is read from there, and only if it is still that file.
    """

    root: Path
    location: str
    rel_name: str
    size: int
    mtime_ns: int
    target: str | None = None
    identity: tuple[int, int] | None = None

    @property
    def path(self) -> Path:
        return Path(self.location)

    @property
    def rel_id(self) -> str:
        """The file's article id: its path below the root, safe to display.

        A path that had to be cleaned to show (escape bytes, a line break, spaces at the
        ends, bytes that are not UTF-8) gets a short digest of its raw bytes after ``~``:
        cleaned alone, ``" a .txt"`` took the id of ``a.txt`` and that article was skipped
        as a duplicate, in whichever order the scan found them.
        """
        shown = display_path(self.rel_name)
        if shown == self.rel_name:
            return shown
        digest = hashlib.blake2b(os.fsencode(self.rel_name), digest_size=4).hexdigest()
        return f"{shown}~{digest}"

    @property
    def key(self) -> str:
        """How the index manifest names this file (see :func:`file_key`)."""
        return file_key(self.location)


@dataclass
class ReadResult:
    """The articles one file gave, and what went wrong or was changed on the way."""

    articles: list[Article] = field(default_factory=list)
    warnings: list[ReadWarning] = field(default_factory=list)
    failed: bool = False  # the file could not be read at all: retry it next update
    #: Bytes of the file read when this result was handed over: progress inside one long
    #: jsonl file, which would otherwise jump from 0 to 100%.
    position: int = 0
    #: On the last result of a jsonl file read whole to a line end: where the next update
    #: goes on reading if the file was only appended to.
    tail: JsonlTail | None = None


@dataclass
class JsonlTail:
    """How far a jsonl file was read, and a digest of those bytes.

    Appending a line to a jsonl file of 100,000 articles must not extract them all again:
    when the bytes an update read before are unchanged (:func:`resume_point`), the next one
    reads on from ``offset``, numbers lines on from ``lines`` and knows the ``ids`` the
    earlier lines took, so that it gives what reading the whole file would give.
    """

    offset: int = 0
    lines: int = 0
    digest: Any = field(default_factory=lambda: hashlib.blake2b(digest_size=16))
    ids: frozenset[str] = frozenset()
    #: The bytes read end with a line end: a line cut off while a program wrote it was read
    #: as it stood then, so the file must be read whole again.
    ends_line: bool = True

    def read(self, raw: bytes) -> None:
        self.digest.update(raw)
        self.offset += len(raw)
        self.ends_line = raw.endswith(b"\n")


#: Bytes hashed at a time when checking that a jsonl file's indexed part is unchanged.
_HASH_BLOCK = 1 << 20


def resume_point(
    file: CorpusFile, offset: int, lines: int, digest: str, ids: Iterable[str]
) -> JsonlTail | None:
    """Where to read on in ``file`` when it only grew since its first ``offset`` bytes,
    read before, hashed to ``digest``; None when it must be read whole. Costs one read of
    those bytes, not the extraction of their articles."""
    if FORMATS.get(file.path.suffix.lower()) != "jsonl" or not 0 < offset < file.size:
        return None
    tail = JsonlTail(offset=0, lines=lines, ids=frozenset(ids))
    try:
        with _open(file) as handle:
            # NUL bytes appended near the start make the whole file binary, its earlier
            # articles too (a resumed read kept them, where a rebuild had none).
            if looks_binary(handle.read(NUL_SNIFF_BYTES)):
                return None
            handle.seek(0)
            while tail.offset < offset and (
                block := handle.read(min(_HASH_BLOCK, offset - tail.offset))
            ):
                tail.read(block)
    except (OSError, _NotReadable):
        return None
    if tail.offset != offset or not tail.ends_line or tail.digest.hexdigest() != digest:
        return None
    return tail


class _NotReadable(Exception):
    """A corpus entry that is not, or is no longer, a file we may read; says why in one line."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = Message.of(why)


def display_path(path: Path | str) -> str:
    """``path`` as safe one-line text, even when the file name is not valid UTF-8."""
    return clean_line(os.fsencode(path).decode("utf-8", errors="replace"))


def discover(roots: Sequence[Path]) -> Iterator[CorpusFile | ReadWarning]:
    """The corpus files under each root, in sorted order, and warnings for what is skipped.

    Hidden entries are ignored. Symlinked folders are not followed (no loops, no escaping
    the corpus); a symlinked file is read only when it resolves inside its root.

    Each folder is read once. A root given twice (by any path: a symlink, ``..``) is read the
    first time. A root inside another root is read as part of the outer one, whatever their
    order, so its articles always get the same ids (their path below the outer root).
    """
    for root, real_root in _scanned_roots(roots):
        if isinstance(real_root, ReadWarning):
            yield real_root
        else:
            yield from _walk(root, real_root)


def _scanned_roots(roots: Sequence[Path]) -> Iterator[tuple[Path, Path | ReadWarning]]:
    """Each root with its resolved path, or with the warning that says why it is not read
    (missing, not a folder, or read as part of another root): one rule for every scan."""
    real_roots = [root.resolve() if root.is_dir() else None for root in roots]
    for position, root in enumerate(roots):
        real_root = real_roots[position]
        if real_root is None:
            problem = N_("is not a folder") if root.exists() else N_("corpus folder not found")
            yield root, ReadWarning(display_path(root), Message.of(problem))
            continue
        read_elsewhere = _read_elsewhere(position, real_root, roots, real_roots)
        if read_elsewhere is not None:
            yield root, ReadWarning(display_path(root), read_elsewhere)
        else:
            yield root, real_root


def _read_elsewhere(
    position: int, real_root: Path, roots: Sequence[Path], real_roots: Sequence[Path | None]
) -> Message | None:
    """Why the root at ``position`` is read as part of another one (None when it is not)."""
    for other, (root, real_other) in enumerate(zip(roots, real_roots, strict=True)):
        if real_other is None or other == position:
            continue
        if real_other == real_root and other < position:
            twice = N_("corpus folder given twice (also as {folder}); read once")
            return Message.of(twice, folder=display_path(root))
        if real_other != real_root and _walk_reaches(real_other, real_root):
            inside = N_("inside corpus folder {folder}; read once, as part of it")
            return Message.of(inside, folder=display_path(root))
    return None


def _walk_reaches(real_root: Path, real_folder: Path) -> bool:
    """Whether walking ``real_root`` reads ``real_folder`` (both resolved)."""
    if not real_folder.is_relative_to(real_root):
        return False
    parts = real_folder.relative_to(real_root).parts
    return len(parts) <= MAX_FOLDER_DEPTH and not any(part.startswith(".") for part in parts)


class CorpusFolder(NamedTuple):
    """A folder of a corpus, as the scan reaches it: ``parts`` below ``root``."""

    root: Path
    real_root: Path
    parts: tuple[str, ...]

    @property
    def location(self) -> str:
        """The folder's path as the scan spells it, the prefix of its files' keys."""
        return os.path.join(str(self.root), *self.parts)


def corpus_folders(roots: Sequence[Path], changed: Iterable[str]) -> list[CorpusFolder]:
    """The folders to scan again after the paths ``changed`` changed: each path's folder
    (a folder's own path: the folder itself) as :func:`discover` reaches it, or the nearest
    one above it that still exists.

    A path the scan never reads (hidden, below a symlinked folder, outside every root) needs
    nothing; a path above a root needs the whole root. A folder inside another is dropped:
    scanning the outer one reads it.
    """
    read = [
        (root, real_root)
        for root, real_root in _scanned_roots(roots)
        if not isinstance(real_root, ReadWarning)
    ]
    found: set[CorpusFolder] = set()
    for path in changed:
        absolute = os.path.abspath(path)
        is_folder = os.path.isdir(absolute) and not os.path.islink(absolute)
        real_folder = Path(os.path.realpath(absolute if is_folder else os.path.dirname(absolute)))
        for root, real_root in read:
            if real_root.is_relative_to(real_folder):
                found.add(CorpusFolder(root, real_root, ()))
            elif real_folder.is_relative_to(real_root):
                folder = _reached(root, real_root, real_folder.relative_to(real_root).parts)
                if folder is not None:
                    found.add(folder)
    return [
        folder
        for folder in found
        if not any(
            other.root == folder.root and folder.parts[: len(other.parts)] == other.parts
            for other in found
            if len(other.parts) < len(folder.parts)
        )
    ]


def _reached(root: Path, real_root: Path, parts: tuple[str, ...]) -> CorpusFolder | None:
    """The folder ``parts`` below ``root`` (or the nearest one above it that still exists)
    if the scan reads it: no hidden name, not too deep, no symlinked folder on the way."""
    if len(parts) > MAX_FOLDER_DEPTH or any(part.startswith(".") for part in parts):
        return None
    while parts and not os.path.isdir(os.path.join(str(root), *parts)):
        parts = parts[:-1]
    if any(is_index_folder(os.path.join(str(root), *parts[:n])) for n in range(1, len(parts) + 1)):
        return None
    if os.path.realpath(os.path.join(str(root), *parts)) != os.path.join(real_root, *parts):
        return None
    return CorpusFolder(root, real_root, parts)


def discover_in(folders: Sequence[CorpusFolder]) -> Iterator[CorpusFile | ReadWarning]:
    """The corpus files in ``folders`` and below, as :func:`discover` finds them there."""
    for folder in folders:
        yield from _walk(folder.root, folder.real_root, folder.parts)


def folders_read(roots: Sequence[Path]) -> list[str]:
    """The roots and every folder below them a scan goes into, as :func:`_walk` does: not
    hidden, not symlinked, none deeper than ``MAX_FOLDER_DEPTH``; for a watcher, which must
    watch no more (a symlink to ``/`` would have it watch the whole disk). A folder that
    cannot be listed has nothing below it here."""
    folders = [str(root) for root in roots]
    stack = [(folder, 0) for folder in folders]
    while stack:
        folder, depth = stack.pop()
        if depth >= MAX_FOLDER_DEPTH:
            continue
        try:
            with os.scandir(folder) as entries:
                below = [
                    entry.path
                    for entry in entries
                    if not entry.name.startswith(".")
                    and entry.is_dir(follow_symlinks=False)
                    and not is_index_folder(entry.path)
                ]
        except OSError:
            continue
        folders.extend(below)
        stack.extend((path, depth + 1) for path in below)
    return folders


def _walk(
    root: Path, real_root: Path, below: tuple[str, ...] = ()
) -> Iterator[CorpusFile | ReadWarning]:
    """Depth first from the folder ``below`` the root, each folder in name order, on an
    explicit stack: a folder nested a thousand deep must not exhaust Python's recursion
    limit."""
    # Each level: the folder's path below the root, and its entries still to visit.
    stack: list[tuple[tuple[str, ...], Iterator[os.DirEntry[str]]]] = []
    listed = _listing(os.path.join(str(root), *below))
    if isinstance(listed, ReadWarning):
        yield listed
        return
    stack.append((below, iter(listed)))
    while stack:
        rel_parts, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                if is_index_folder(entry.path):
                    if _holds_articles(entry.path):
                        yield ReadWarning(display_path(entry.path), Message.of(_MARKED_INDEX))
                    continue
                if len(rel_parts) >= MAX_FOLDER_DEPTH:
                    deep = N_("folder nested more than {levels} levels deep; not read")
                    problem = Message.of(deep, levels=MAX_FOLDER_DEPTH)
                    yield ReadWarning(display_path(entry.path), problem)
                    continue
                listed = _listing(entry.path)
                if isinstance(listed, ReadWarning):
                    yield listed
                else:
                    stack.append(((*rel_parts, entry.name), iter(listed)))
                continue
            if entry.is_dir():  # a symlinked folder: it may hold articles, so say so
                problem = Message.of(N_("symbolically linked folder not followed"))
                yield ReadWarning(display_path(entry.path), problem)
                continue
            stem, suffix = os.path.splitext(entry.name)
            if suffix.lower() not in FORMATS:
                continue
            target = _link_target(entry, real_root) if entry.is_symlink() else None
            status = os.stat(target, follow_symlinks=False) if target else entry.stat()
            if not stat.S_ISREG(status.st_mode):
                raise _NotReadable(_NOT_REGULAR)
        except _NotReadable as skipped:
            yield ReadWarning(display_path(entry.path), skipped.why)
            continue
        except OSError as error:
            problem = _cannot(N_("cannot read: {reason}"), error)
            yield ReadWarning(display_path(entry.path), problem, unread=_unread(entry.path, error))
            continue
        yield CorpusFile(
            root=root,
            location=entry.path,
            rel_name="/".join((*rel_parts, stem)),
            size=status.st_size,
            mtime_ns=status.st_mtime_ns,
            target=target,
            identity=(status.st_dev, status.st_ino),
        )


_BINARY = N_("contains NUL bytes (binary?); skipped")
_NOT_REGULAR = N_("not a regular file (FIFO, device or socket); skipped")
_MARKED_INDEX = N_(
    "holds articles but is marked as a warta index (WARTA-INDEX); not read: "
    "remove that file if this folder is no index"
)


def _holds_articles(index_folder: str) -> bool:
    """Whether an index folder holds what warta never puts there (an article file, a
    folder that is no generation): a corpus folder that a planted or copied marker made an
    index would lose its articles without a word."""
    try:
        with os.scandir(index_folder) as entries:
            return any(
                not entry.name.startswith("gen-")
                if entry.is_dir(follow_symlinks=False)
                else entry.name != SKIPPED_LIST
                and os.path.splitext(entry.name)[1].lower() in FORMATS
                for entry in entries
            )
    except OSError:
        return False


def _cannot(template: str, error: OSError) -> Message:
    """``template`` with the system's reason for ``error`` (its strerror, else its text)."""
    return Message.of(template, reason=error_reason(error))


def _listing(folder: str) -> list[os.DirEntry[str]] | ReadWarning:
    """The entries of ``folder`` in name order, or why it cannot be listed."""
    try:
        with os.scandir(folder) as scan:
            return sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        problem = _cannot(N_("cannot list folder: {reason}"), error)
        return ReadWarning(display_path(folder), problem, unread=_unread(folder, error))


def _unread(path: str, error: OSError) -> str | None:
    """The key of what could not be looked at, unless it is simply gone."""
    return None if isinstance(error, FileNotFoundError | NotADirectoryError) else file_key(path)


def _link_target(entry: os.DirEntry[str], real_root: Path) -> str:
    """The path a symlinked corpus file resolves to, when it stays inside the corpus."""
    try:
        target = Path(entry.path).resolve()
    except RuntimeError:  # a symlink loop, on Python before 3.13
        raise _NotReadable(N_("symbolic link loop; skipped")) from None
    if not target.is_relative_to(real_root):
        raise _NotReadable(N_("symbolic link pointing outside the corpus folder; skipped"))
    if not target.exists():
        raise _NotReadable(N_("broken symbolic link; skipped"))
    return str(target)


def _open(file: CorpusFile) -> BinaryIO:
    """``file`` opened for reading, if it is still the regular file the scan accepted.

    The scan's checks could be raced: the file (or a folder above it) swapped for a symlink
    out of the corpus, or for a FIFO, between the scan and this read. So the open follows no
    final symlink (an accepted link is opened at the target the scan resolved) and never
    blocks, and the opened file must be the one the scan saw (same device and inode).
    A file edited in place is still that file and is read as it is now: the index records the
    scan's size and time, so the next update sees the change and reads it again.
    """
    try:
        descriptor = os.open(file.target or file.location, _OPEN_FLAGS)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise _NotReadable(N_("replaced by a symbolic link since the scan; skipped")) from None
        raise
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise _NotReadable(_NOT_REGULAR)
        if file.identity is not None and (status.st_dev, status.st_ino) != file.identity:
            raise _NotReadable(N_("replaced by another file since the scan; skipped"))
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_chunks(
    file: CorpusFile, size: int, resume: JsonlTail | None = None
) -> Iterator[ReadResult]:
    """The articles of ``file`` in results of at most ``size`` each, read as they are asked for.

    A jsonl file of any length then costs the memory of one chunk, not of all its articles,
    and with ``resume`` (see :func:`resume_point`) only its lines after that point are read.
    Each result carries the warnings met since the previous one; there is always at least
    one, and only the last can be ``failed``: the file could not be read at all (gone,
    unreadable, swapped since the scan), so a later update should try it again. Never raises
    for bad content or I/O errors.
    """
    chunk = ReadResult()
    tail: JsonlTail | None = None
    try:
        with _open(file) as handle:
            items: Iterable[Article | ReadWarning]
            if FORMATS.get(file.path.suffix.lower()) == "jsonl":
                tail = resume or JsonlTail()
                items = _jsonl_items(file, handle, tail)
            else:
                items = _document_items(file, handle)
            for item in items:
                if isinstance(item, ReadWarning):
                    chunk.warnings.append(item)
                    continue
                chunk.articles.append(item)
                if len(chunk.articles) >= size:
                    chunk.position = handle.tell()
                    yield chunk
                    chunk = ReadResult()
    except _NotReadable as skipped:
        chunk.warnings.append(ReadWarning(display_path(file.path), skipped.why))
        chunk.failed = True
    except OSError as error:
        problem = _cannot(N_("cannot read: {reason}"), error)
        chunk.warnings.append(ReadWarning(display_path(file.path), problem))
        chunk.failed = True
    if tail is not None and tail.ends_line and not chunk.failed:
        chunk.tail = tail
    yield chunk


def read_file(file: CorpusFile) -> ReadResult:
    """All articles in ``file`` at once (see :func:`read_chunks`, which bounds the memory)."""
    (result,) = read_chunks(file, sys.maxsize)  # one result: no file reaches that size
    return result


def read_corpus(roots: Sequence[Path]) -> Iterator[Article | ReadWarning]:
    """Every article of the corpus, with the warnings, in discovery order."""
    for item in discover(roots):
        if isinstance(item, ReadWarning):
            yield item
            continue
        for chunk in read_chunks(item, READ_CHUNK_ARTICLES):
            yield from chunk.warnings
            yield from chunk.articles


def paragraphs_of(text: str) -> list[str]:
    """Each non-empty line, trimmed, is a paragraph."""
    return [line for line in (raw.strip() for raw in text.split("\n")) if line]


def split_markdown(paragraphs: Sequence[str]) -> tuple[str | None, list[str]]:
    """The first level-1 heading as title, and the rest without heading markers."""
    title: str | None = None
    body: list[str] = []
    for paragraph in paragraphs:
        heading = _MARKDOWN_HEADING.fullmatch(paragraph)
        if heading is None:
            body.append(paragraph)
        elif title is None and heading["level"] == "#" and heading["text"]:
            title = heading["text"]
        elif heading["text"]:
            body.append(heading["text"])
    return title, body


def _document_items(file: CorpusFile, handle: BinaryIO) -> Iterator[Article | ReadWarning]:
    """The one article of a text or markdown file, or why it has none."""
    shown = display_path(file.path)
    # A few bytes past the cap tell "exactly at the cap" from "over it".
    data = handle.read(MAX_FILE_BYTES + 4)
    if looks_binary(data[:NUL_SNIFF_BYTES]):
        yield ReadWarning(shown, Message.of(_BINARY))
        return
    decoded = decode_bytes(data, MAX_FILE_BYTES)
    paragraphs = paragraphs_of(clean_text(normalise_text(decoded.text)))
    title: str | None = None
    if FORMATS[file.path.suffix.lower()] == "markdown":
        title, paragraphs = split_markdown(paragraphs)
    if not paragraphs and not title:
        yield ReadWarning(shown, Message.of(N_("no text; skipped")))
        return
    parts = extract_parts(paragraphs, title)
    yield Article(
        id=file.rel_id,
        title=clean_line(parts.title),
        body=parts.body,
        source=parts.source,
        byline=parts.byline,
        date=parts.date,
        path=shown,
        notices=(*decoded.notices, *parts.notices),
        title_derived=parts.title_derived,
    )


def _jsonl_lines(
    handle: BinaryIO, size: int, tail: JsonlTail
) -> Iterator[tuple[str, tuple[Message, ...]] | None]:
    """Decoded lines with their decoding notices; None for a line over the size cap.

    Lines are read with a size limit, so one gigantic line cannot exhaust memory, and only
    those that start within the file's first ``size`` bytes (its size when scanned): a
    file another program appends to faster than warta reads kept an update going for ever.
    What was added since is read by the next update, which finds the file changed. Reading
    starts at ``tail.offset``, and ``tail`` counts the bytes read (UTF-16 text is not
    counted: such a file is read whole each time, as ``tail.ends_line`` then says).
    """
    handle.seek(tail.offset)
    if tail.offset == 0 and handle.read(2).startswith(_UTF16_BOMS):
        tail.ends_line = False
        handle.seek(0)
        text = io.TextIOWrapper(handle, encoding="utf-16", errors="replace")
        read = 2  # the byte-order mark; UTF-16 takes two bytes a code unit
        while read < size and (line := text.readline(MAX_FILE_BYTES + 1)):
            read += len(line.encode("utf-16-le", errors="surrogatepass"))
            if len(line) > MAX_FILE_BYTES and not line.endswith("\n"):
                while (rest := text.readline(MAX_FILE_BYTES)) and not rest.endswith("\n"):
                    read += len(rest.encode("utf-16-le", errors="surrogatepass"))
                yield None
            else:
                yield line, ()
        return
    handle.seek(tail.offset)
    while handle.tell() < size and (raw := handle.readline(MAX_FILE_BYTES + 1)):
        tail.read(raw)
        if len(raw) > MAX_FILE_BYTES and not raw.endswith(b"\n"):
            while (more := handle.readline(MAX_FILE_BYTES)) and not more.endswith(b"\n"):
                tail.read(more)
            tail.read(more)
            yield None
        else:
            for part in _MAC_LINE_END.split(raw) if b"\r" in raw else (raw,):
                decoded = decode_bytes(part, MAX_FILE_BYTES)
                yield decoded.text, decoded.notices


def _jsonl_items(
    file: CorpusFile, handle: BinaryIO, tail: JsonlTail
) -> Iterator[Article | ReadWarning]:
    """The article of each line of a jsonl file from ``tail`` on, as the lines are read, and
    what went wrong with the first ``MAX_LINE_WARNINGS`` lines; one warning counts the rest."""
    told = 0
    for item in _jsonl_records(file, handle, tail):
        if isinstance(item, ReadWarning):
            told += 1
            if told > MAX_LINE_WARNINGS:
                continue
        yield item
    if told > MAX_LINE_WARNINGS:
        more = N_("{count} more lines with a problem, not listed one by one")
        untold = told - MAX_LINE_WARNINGS
        yield ReadWarning(display_path(file.path), Message.of(more, count=untold))


def _jsonl_records(
    file: CorpusFile, handle: BinaryIO, tail: JsonlTail
) -> Iterator[Article | ReadWarning]:
    """The article of each line of a jsonl file from ``tail`` on, or why it has none."""
    shown = display_path(file.path)
    if looks_binary(handle.read(NUL_SNIFF_BYTES)):
        tail.ends_line = False
        yield ReadWarning(shown, Message.of(_BINARY))
        return
    seen_ids = set(tail.ids)
    for number, line in enumerate(_jsonl_lines(handle, file.size, tail), start=tail.lines + 1):
        tail.lines = number
        if line is None:
            too_long = N_("line {line}: over the size limit; skipped")
            yield ReadWarning(shown, Message.of(too_long, line=number))
            continue
        text, notices = line
        if not text.strip():
            continue
        article = _article_from_record(text, f"{file.rel_id}:{number}", shown, notices)
        if isinstance(article, Message):
            yield ReadWarning(
                shown, Message.of(article.template, line=number, **dict(article.params))
            )
            continue
        new_id = f"{file.rel_id}:{number}"
        if len(article.id) > JSONL_ID_MAX_CHARS and article.id != new_id:
            long_id = N_(
                "line {line}: an id of {count} characters (at most {limit}); using {new_id}"
            )
            yield ReadWarning(
                shown,
                Message.of(
                    long_id,
                    line=number,
                    count=len(article.id),
                    limit=JSONL_ID_MAX_CHARS,
                    new_id=new_id,
                ),
            )
            article = _replace_id(article, new_id)
        if article.id in seen_ids:
            twice = N_("line {line}: duplicate id {id}; using {new_id}")
            # Another line's id may be this line's own (``{"id": "a:2"}`` on line 1): the
            # line was then said to be "using a:2", and skipped as a duplicate. The numbers
            # after ``~`` are the line's own, so that reading on from a resume point gives
            # the id a whole read gives; each id seen blocks one line's one candidate, so
            # the search stays linear in the lines.
            spare = itertools.count(2)
            while new_id in seen_ids:
                new_id = f"{file.rel_id}:{number}~{next(spare)}"
            yield ReadWarning(
                shown, Message.of(twice, line=number, id=repr(article.id), new_id=new_id)
            )
            article = _replace_id(article, new_id)
        seen_ids.add(article.id)
        yield article


def _replace_id(article: Article, new_id: str) -> Article:
    return dataclasses.replace(article, id=new_id)


def _line_field(record: dict[str, object], name: str) -> str | None:
    """A field shown on one line beside others (``source``, ``author``), cut as a stated
    title is: a 200 KB ``source`` filled 2,500 lines of ``warta show``'s header."""
    value = _field(record, name)
    if value is not None and len(value) > TITLE_LINE_MAX_CHARS:
        return shorten_title(value)
    return value


def _field(record: dict[str, object], name: str) -> str | None:
    """A string (or, for ids, number) field made safe for one-line display; None if empty."""
    value = record.get(name)
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return clean_line(normalise_text(str(value))) or None


def _iso_date(value: str | None) -> dt.date | None:
    """The date of an ISO date or datetime string (``2023-04-15``, ``2023-04-15T08:00Z``)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _article_from_record(
    line: str, fallback_id: str, shown: str, notices: tuple[Message, ...]
) -> Article | Message:
    """The article one jsonl line describes, or why it has none (a template whose
    ``{line}`` the caller fills)."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return Message.of(N_("line {line}: not valid JSON ({reason}); skipped"), reason=error.msg)
    except RecursionError:
        return Message.of(N_("line {line}: not readable JSON (nested too deeply); skipped"))
    except Exception as error:  # e.g. ValueError for an integer of thousands of digits
        shortened = textwrap.shorten(clean_line(str(error)), 80, placeholder="...")
        unreadable = N_("line {line}: not readable JSON ({reason}); skipped")
        return Message.of(unreadable, reason=f"{type(error).__name__}: {shortened}")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return Message.of(N_("line {line}: no 'text' string; skipped"))
    paragraphs = paragraphs_of(clean_text(normalise_text(record["text"])))
    if not paragraphs:
        return Message.of(N_("line {line}: empty 'text'; skipped"))
    parts = extract_parts(paragraphs, _field(record, "title") or "")
    stated_date = _field(record, "date")
    date = _iso_date(stated_date)
    if stated_date and date is None:
        notices = (
            *notices,
            Message.of(N_("date {date} is not an ISO date; ignored"), date=repr(stated_date)),
        )
    url = _field(record, "url")
    return Article(
        id=_field(record, "id") or fallback_id,
        title=clean_line(parts.title),
        body=parts.body,
        source=_line_field(record, "source") or parts.source,
        byline=_line_field(record, "author") or parts.byline,
        date=date or address_date(url) or parts.date,
        path=shown,
        url=url,
        notices=(*notices, *parts.notices),
        title_derived=parts.title_derived,
    )
