"""Finding and reading the articles of a corpus: folders of .txt, .md and .jsonl files.

Nothing a file contains can stop a build: unreadable, binary or malformed input becomes a
:class:`ReadWarning` naming the file, and every string that reaches an :class:`Article`
has been decoded, normalised and stripped of control sequences. Memory stays bounded:
documents are read up to a cap and jsonl is streamed a line at a time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import io
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from search.decode import (
    MAX_FILE_BYTES,
    NUL_SNIFF_BYTES,
    decode_bytes,
    looks_binary,
    normalise_text,
)
from search.metadata import extract_parts
from search.model import Article, ReadWarning
from search.sanitize import clean_line, clean_text

#: Extensions we read (lower-cased), each with the format it names.
FORMATS: dict[str, str] = {".txt": "text", ".md": "markdown", ".jsonl": "jsonl"}

_MARKDOWN_HEADING = re.compile(r"(?P<level>#{1,6})\s+(?P<text>.*?)(?:\s+#+)?")
#: What a file key escapes: backslashes, and the surrogates that stand for undecodable bytes.
_KEY_ESCAPED = re.compile(r"[\\\ud800-\udfff]")
_KEY_ESCAPE = re.compile(r"\\(\\|u[0-9a-f]{4})")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class CorpusFile:
    """One readable file of a corpus; ``rel_name`` is its path below the root, no extension.

    Its path object, id and key are made when first asked for: a scan of 100,000 files needs
    only names, sizes and times (making a ``Path`` for each was 1.3 s of 2.3 s), and most
    files have not changed.
    """

    root: Path
    location: str
    rel_name: str
    size: int
    mtime_ns: int

    @functools.cached_property
    def path(self) -> Path:
        return Path(self.location)

    @functools.cached_property
    def rel_id(self) -> str:
        """The file's article id: its path below the root, safe to display."""
        return display_path(self.rel_name)

    @functools.cached_property
    def key(self) -> str:
        """How the index manifest names this file (see :func:`file_key`)."""
        return file_key(self.location)


def file_key(path: Path | str) -> str:
    """``path`` as text that SQLite and Whoosh can store, and :func:`key_path` can undo.

    A file name that is not valid UTF-8 reaches Python with lone surrogates, which no UTF-8
    encoder accepts: they become ``\\uXXXX``, and ``\\`` becomes ``\\\\`` so no key is ambiguous.
    """

    text = str(path)
    if text.isascii() and "\\" not in text:  # most names: nothing to escape
        return text

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return "\\\\" if char == "\\" else f"\\u{ord(char):04x}"

    return _KEY_ESCAPED.sub(escape, text)


def key_path(key: str) -> Path:
    """The path a :func:`file_key` was made from."""

    def unescape(match: re.Match[str]) -> str:
        escaped = match.group(1)
        return "\\" if escaped == "\\" else chr(int(escaped[1:], 16))

    return Path(_KEY_ESCAPE.sub(unescape, key))


@dataclass
class ReadResult:
    """The articles one file gave, and what went wrong or was changed on the way."""

    articles: list[Article] = field(default_factory=list)
    warnings: list[ReadWarning] = field(default_factory=list)
    failed: bool = False  # the file could not be read at all: retry it next update


def display_path(path: Path | str) -> str:
    """``path`` as safe one-line text, even when the file name is not valid UTF-8."""
    return clean_line(os.fsencode(path).decode("utf-8", errors="replace"))


def discover(roots: Sequence[Path]) -> Iterator[CorpusFile | ReadWarning]:
    """The corpus files under each root, in sorted order, and warnings for what is skipped.

    Hidden entries are ignored. Symlinked folders are not followed (no loops, no escaping
    the corpus); a symlinked file is read only when it resolves inside its root.
    """
    for root in roots:
        if not root.is_dir():
            problem = "is not a folder" if root.exists() else "corpus folder not found"
            yield ReadWarning(display_path(root), problem)
            continue
        yield from _walk(root, root.resolve(), root, ())


def _walk(
    root: Path, real_root: Path, folder: Path, rel_parts: tuple[str, ...]
) -> Iterator[CorpusFile | ReadWarning]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield ReadWarning(display_path(folder), f"cannot list folder: {error.strerror}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(root, real_root, Path(entry.path), (*rel_parts, entry.name))
                continue
            if entry.is_dir():  # a symlinked folder: it may hold articles, so say so
                problem = "symbolically linked folder not followed"
                yield ReadWarning(display_path(entry.path), problem)
                continue
            stem, suffix = os.path.splitext(entry.name)
            if suffix.lower() not in FORMATS:
                continue
            skipped = _skip_reason(entry, real_root)
            if skipped:
                yield ReadWarning(display_path(entry.path), skipped)
                continue
            status = entry.stat()
        except OSError as error:
            yield ReadWarning(display_path(entry.path), f"cannot read: {error.strerror}")
            continue
        yield CorpusFile(
            root=root,
            location=entry.path,
            rel_name="/".join((*rel_parts, stem)),
            size=status.st_size,
            mtime_ns=status.st_mtime_ns,
        )


def _skip_reason(entry: os.DirEntry[str], real_root: Path) -> str | None:
    """Why an entry named like a corpus file is not one we may read, or None when it is."""
    if entry.is_symlink():
        try:
            target = Path(entry.path).resolve()
        except RuntimeError:  # a symlink loop, on Python before 3.13
            return "symbolic link loop; skipped"
        if not target.is_relative_to(real_root):
            return "symbolic link pointing outside the corpus folder; skipped"
        if not target.exists():
            return "broken symbolic link; skipped"
    if not entry.is_file():
        return "not a regular file (FIFO, device or socket); skipped"
    return None


def read_file(file: CorpusFile) -> ReadResult:
    """All articles in ``file``; never raises for bad content or I/O errors."""
    try:
        if FORMATS.get(file.path.suffix.lower()) == "jsonl":
            return _read_jsonl(file)
        return _read_document(file)
    except OSError as error:
        return ReadResult(
            warnings=[ReadWarning(display_path(file.path), f"cannot read: {error.strerror}")]
        )


def read_corpus(roots: Sequence[Path]) -> Iterator[Article | ReadWarning]:
    """Every article of the corpus, with the warnings, in discovery order."""
    for item in discover(roots):
        if isinstance(item, ReadWarning):
            yield item
            continue
        result = read_file(item)
        yield from result.warnings
        yield from result.articles


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
        elif title is None and heading["level"] == "#":
            title = heading["text"]
        elif heading["text"]:
            body.append(heading["text"])
    return title, body


def _read_document(file: CorpusFile) -> ReadResult:
    shown = display_path(file.path)
    with open(file.path, "rb") as handle:
        # A few bytes past the cap tell "exactly at the cap" from "over it".
        data = handle.read(MAX_FILE_BYTES + 4)
    if looks_binary(data[:NUL_SNIFF_BYTES]):
        return ReadResult(warnings=[ReadWarning(shown, "contains NUL bytes (binary?); skipped")])
    decoded = decode_bytes(data, MAX_FILE_BYTES)
    paragraphs = paragraphs_of(clean_text(normalise_text(decoded.text)))
    title: str | None = None
    if FORMATS[file.path.suffix.lower()] == "markdown":
        title, paragraphs = split_markdown(paragraphs)
    if not paragraphs and not title:
        return ReadResult(warnings=[ReadWarning(shown, "no text; skipped")])
    parts = extract_parts(paragraphs, title)
    article = Article(
        id=file.rel_id,
        title=clean_line(parts.title),
        body=parts.body,
        source=parts.source,
        byline=parts.byline,
        date=parts.date,
        path=shown,
        notices=decoded.notices,
    )
    return ReadResult(articles=[article])


def _jsonl_lines(handle: BinaryIO) -> Iterator[tuple[str, tuple[str, ...]] | None]:
    """Decoded lines with their decoding notices; None for a line over the size cap.

    Lines are read with a size limit, so one gigantic line cannot exhaust memory.
    """
    if handle.read(2).startswith(_UTF16_BOMS):
        handle.seek(0)
        text = io.TextIOWrapper(handle, encoding="utf-16", errors="replace")
        while line := text.readline(MAX_FILE_BYTES + 1):
            if len(line) > MAX_FILE_BYTES and not line.endswith("\n"):
                while (rest := text.readline(MAX_FILE_BYTES)) and not rest.endswith("\n"):
                    pass
                yield None
            else:
                yield line, ()
        return
    handle.seek(0)
    while raw := handle.readline(MAX_FILE_BYTES + 1):
        if len(raw) > MAX_FILE_BYTES and not raw.endswith(b"\n"):
            while (more := handle.readline(MAX_FILE_BYTES)) and not more.endswith(b"\n"):
                pass
            yield None
        else:
            decoded = decode_bytes(raw, MAX_FILE_BYTES)
            yield decoded.text, decoded.notices


def _read_jsonl(file: CorpusFile) -> ReadResult:
    shown = display_path(file.path)
    result = ReadResult()
    with open(file.path, "rb") as handle:
        if looks_binary(handle.read(NUL_SNIFF_BYTES)):
            result.warnings.append(ReadWarning(shown, "contains NUL bytes (binary?); skipped"))
            return result
        handle.seek(0)
        seen_ids: set[str] = set()
        for number, line in enumerate(_jsonl_lines(handle), start=1):
            where = f"line {number}"
            if line is None:
                result.warnings.append(ReadWarning(shown, f"{where}: over the size limit; skipped"))
                continue
            text, notices = line
            if not text.strip():
                continue
            article = _article_from_record(text, f"{file.rel_id}:{number}", shown, notices)
            if isinstance(article, str):
                result.warnings.append(ReadWarning(shown, f"{where}: {article}"))
                continue
            if article.id in seen_ids:
                message = f"{where}: duplicate id {article.id!r}; using {file.rel_id}:{number}"
                result.warnings.append(ReadWarning(shown, clean_line(message)))
                article = _replace_id(article, f"{file.rel_id}:{number}")
            seen_ids.add(article.id)
            result.articles.append(article)
    return result


def _replace_id(article: Article, new_id: str) -> Article:
    return dataclasses.replace(article, id=new_id)


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
    line: str, fallback_id: str, shown: str, notices: tuple[str, ...]
) -> Article | str:
    """The article one jsonl line describes, or a one-line reason why it has none."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return f"not valid JSON ({error.msg}); skipped"
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return "no 'text' string; skipped"
    paragraphs = paragraphs_of(clean_text(normalise_text(record["text"])))
    if not paragraphs:
        return "empty 'text'; skipped"
    parts = extract_parts(paragraphs, _field(record, "title") or "")
    stated_date = _field(record, "date")
    date = _iso_date(stated_date)
    if stated_date and date is None:
        notices = (*notices, f"date {stated_date!r} is not an ISO date; ignored")
    return Article(
        id=_field(record, "id") or fallback_id,
        title=clean_line(parts.title),
        body=parts.body,
        source=_field(record, "source") or parts.source,
        byline=_field(record, "author") or parts.byline,
        date=date or parts.date,
        path=shown,
        url=_field(record, "url"),
        notices=notices,
    )
