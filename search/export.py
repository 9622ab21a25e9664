"""Export of hits, a tag, a saved search or an entity's mentions as CSV, JSON Lines or
Markdown with citations.

Pure and streaming, for the CLI and the explorer alike: a *source* (``query_rows``,
``article_rows``, ``mention_rows``) yields one :class:`ExportRow` at a time as it reads the
index, and :func:`write_rows` writes each as it comes, so that 100,000 hits export in the
memory of one. :func:`export_to_file` writes to a temporary file renamed into place: a
crash or a full disk leaves the old file or none, never half of one.

Every field comes from strangers' articles: CSV cells that a spreadsheet would run as a
formula (``=``, ``+``, ``-``, ``@`` first) get a leading apostrophe, Markdown punctuation is
escaped, and every text is one clean line.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import json
import os
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from warta.search.errors import N_, PATH_ECHO_LIMIT, WartaError, error_reason, excerpt
from warta.search.paths import index_holding
from warta.search.sanitize import clean_line, web_address

if TYPE_CHECKING:
    from warta.search.model import Article, Entity
    from warta.search.service import SearchService
    from warta.search.workspace import Workspace

#: The formats ``write_rows`` writes, as the CLI's ``--format`` names them.
FORMATS = ("csv", "jsonl", "md")
#: The format a file's extension names (``-o``, the explorer's prompt); CSV for any other.
_SUFFIX_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "md"}
#: The columns of an export of articles (hits, a tag, a saved search).
ARTICLE_COLUMNS = ("id", "title", "source", "date", "url", "author")
#: The columns of an export of an entity's mentions: the article's, then who and the
#: sentence that names them.
MENTION_COLUMNS = (*ARTICLE_COLUMNS, "entity", "quote")
#: What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_SPECIAL = str.maketrans({char: f"\\{char}" for char in "\\`*_[]<>#|"})


@dataclass(frozen=True)
class ExportRow:
    """One exported line: an article, or one mention in it (``entity`` and ``quote``)."""

    id: str
    title: str
    source: str | None
    date: dt.date | None
    url: str | None
    author: str | None
    entity: str | None = None
    quote: str | None = None
    #: ``title`` is the first sentence (the file stated none): not cited as a title.
    title_derived: bool = False


def format_for(path: Path | None) -> str:
    """The format of a file named ``path`` (none: stdout), from its extension."""
    return _SUFFIX_FORMATS.get(path.suffix.lower(), "csv") if path else "csv"


def article_row(article: Article) -> ExportRow:
    return ExportRow(
        id=article.id,
        title=clean_line(article.title),
        source=article.source,
        date=article.date,
        url=article.url,
        author=article.byline,
        title_derived=article.title_derived,
    )


def query_rows(service: SearchService, query: str) -> Iterator[ExportRow]:
    """Every hit of ``query``; a query that cannot run raises WartaError here, before
    anything is written.

    When fewer than ``MAX_LIMIT`` articles have every word, the hits are the search's at
    that limit: those articles, then the best partial matches, in the search's order
    (``matched`` is "some"), at most ``MAX_LIMIT`` ids held. Otherwise every article with
    every word, streamed in index order (``SearchService.matching_articles``): there are no
    partial matches to add, as ``warta search`` adds them only to a page that has room.
    """
    from warta.search.service import MAX_LIMIT

    every_word = service.matching_articles(query)
    ranked = service.search(query, limit=MAX_LIMIT, snippets=False)
    if ranked.matched == "some" and ranked.problem is None:
        return article_rows(service, [hit.id for hit in ranked.hits])
    return (article_row(article) for article in every_word)


def article_rows(service: SearchService, article_ids: Iterable[str]) -> Iterator[ExportRow]:
    """The articles of ``article_ids`` still in the index (a tag outlives its article)."""
    for article_id in article_ids:
        article = service.article(article_id)
        if article is not None:
            yield article_row(article)


def tag_rows(service: SearchService, workspace: Workspace, tag: str) -> Iterator[ExportRow]:
    """The articles with ``tag``; an unknown tag raises WartaError (nothing to export)."""
    ids = workspace.tagged(tag)
    if not ids:
        raise WartaError(N_("no article has the tag {value}"), value=clean_line(tag))
    return article_rows(service, ids)


def mention_rows(service: SearchService, entity: Entity) -> Iterator[ExportRow]:
    """Each mention of ``entity``, newest article first and in reading order, with the
    sentence that holds it (the title, for a mention in the title).

    One article is read at a time: the entity's article ids are all that is held, not its
    mentions in context (Jakarta in 100,000 articles has hundreds of thousands).
    """
    for article_id in service.articles_mentioning(entity.id):
        article = service.article(article_id)
        if article is None:
            continue
        row = replace(article_row(article), entity=entity.name)
        sentences: list[tuple[int, int]] | None = None
        for mention in service.article_mentions(article_id):
            if mention.key != entity.id:
                continue
            if mention.field == "title":
                quote = article.title
            else:
                sentences = _sentences(article.body) if sentences is None else sentences
                quote = next(
                    (
                        article.body[start:end]
                        for start, end in sentences
                        if start <= mention.start < end
                    ),
                    mention.surface,
                )
            yield replace(row, quote=clean_line(quote))


def _sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of ``text``'s sentences, as the entity tagger splits them."""
    from warta.search.entities.features import split_sentences, tokenize

    tokens = tokenize(text)
    return [
        (tokens[first].start, tokens[end - 1].end) for first, end in split_sentences(text, tokens)
    ]


def write_rows(
    rows: Iterable[ExportRow],
    stream: TextIO,
    fmt: str,
    columns: Sequence[str] = ARTICLE_COLUMNS,
    *,
    bom: bool = False,
    format_date: Callable[[dt.date], str] = dt.date.isoformat,
    untitled: str = "[untitled]",
) -> int:
    """Write ``rows`` to ``stream`` in ``fmt`` (one of ``FORMATS``) as they come; returns
    how many. ``bom`` starts the text with a UTF-8 byte-order mark (Excel then reads CSV as
    UTF-8); ``format_date`` writes the Markdown citations' dates (the CLI passes Babel's,
    in the interface language), ``untitled`` stands for a title made of the first sentence.
    CSV wants ``stream`` opened with ``newline=""``."""
    if fmt not in FORMATS:
        raise WartaError(N_("unknown export format {name} (csv, jsonl or md)"), name=fmt)
    if bom:
        stream.write("\ufeff")
    written = [0]

    def counted() -> Iterator[ExportRow]:
        for row in rows:
            yield row
            written[0] += 1

    if fmt == "csv":
        _write_csv(counted(), stream, columns)
    elif fmt == "jsonl":
        _write_jsonl(counted(), stream, columns)
    else:
        _write_markdown(counted(), stream, format_date, untitled)
    return written[0]


def _fields(row: ExportRow, columns: Sequence[str]) -> list[str | None]:
    values = asdict(row)
    date = values["date"]
    values["date"] = date.isoformat() if date else None
    return [values[column] for column in columns]


def spreadsheet_safe(value: str | None) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula (CSV injection)."""
    text = value or ""
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def _write_csv(rows: Iterable[ExportRow], stream: TextIO, columns: Sequence[str]) -> None:
    writer = csv.writer(stream)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([spreadsheet_safe(value) for value in _fields(row, columns)])


def _write_jsonl(rows: Iterable[ExportRow], stream: TextIO, columns: Sequence[str]) -> None:
    for row in rows:
        record = dict(zip(columns, _fields(row, columns), strict=True))
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def _write_markdown(
    rows: Iterable[ExportRow],
    stream: TextIO,
    format_date: Callable[[dt.date], str],
    untitled: str,
) -> None:
    """A numbered list of citations: title, source, date, URL; a mention's quote below."""
    for count, row in enumerate(rows, 1):
        title = _markdown(untitled if row.title_derived else row.title) or _markdown(row.id)
        parts = [f"**{title}**"]
        parts += [_markdown(part) for part in (row.author, row.source) if part]
        if row.date:
            parts.append(_markdown(format_date(row.date)))
        address = web_address(row.url)
        if address:
            parts.append(f"<{address.replace('<', '%3C').replace('>', '%3E')}>")
        elif row.url:  # javascript:, data:, file: ... : text, never a link to follow
            parts.append(_markdown(row.url))
        stream.write(f"{count}. {', '.join(parts)} ({_code(row.id)})\n")
        if row.quote:
            stream.write(f"   > {_markdown(row.quote)}\n")


def _markdown(text: str | None) -> str:
    return clean_line(text or "").translate(_MARKDOWN_SPECIAL)


def _code(text: str) -> str:
    """``text`` as a code span (an id reads as typed), escaped text if it holds a backtick."""
    line = clean_line(text)
    return _markdown(line) if "`" in line else f"`{line}`"


def names_a_folder(name: str) -> bool:
    """Whether a file name the user typed ends as a folder's does (``out/``): a ``Path``
    drops the slash, and the export became a file named ``out``."""
    return name.rstrip().endswith(("/", os.sep))


def export_to_file(
    path: Path,
    write: Callable[[TextIO], int],
    *,
    force: bool = False,
    own: bool = False,
    corpora: Sequence[Path] = (),
    shown: Callable[[Path], str] = str,
) -> int:
    """Run ``write`` on a temporary file beside ``path``, then rename it to ``path``: the
    file is whole or absent. An existing ``path`` is refused unless ``force``, and even then
    unless it is a file, not a symbolic link to one: the rename would put the export in
    place of a device, a FIFO, a folder or a link (``-o /dev/null --force`` as root
    replaced the system's /dev/null). A path in an
    index folder is refused too, unless the file is the index's ``own``, and one the next
    update of ``corpora`` would read as an article. ``shown`` writes a path in the
    refusals (the explorer writes home as ``~``, as its notices and prompt do)."""
    from warta.search.reader import corpus_reading

    refusals = (
        (
            None if own else index_holding(path),
            N_(
                "{path} is inside the index folder {folder}, which warta replaces as it "
                "updates; write it somewhere else"
            ),
        ),
        (
            corpus_reading(path, corpora),
            N_(
                "{path} is inside the corpus folder {folder}, whose next update would read "
                "it as an article; write it somewhere else or name it .csv"
            ),
        ),
    )
    for folder, refusal in refusals:
        if folder is not None:
            raise WartaError(
                refusal,
                path=excerpt(shown(path), PATH_ECHO_LIMIT, middle=True),
                folder=excerpt(shown(folder), PATH_ECHO_LIMIT, middle=True),
            )
    try:  # a name the system refuses (too long, a file for a folder) is one line too
        exists = path.exists() or path.is_symlink()
        if exists and (not force or path.is_symlink() or not path.is_file()):
            raise _taken(path, shown)
        if exists and _is_database(path):
            raise WartaError(
                N_("{path} is a database; an export never replaces one"),
                path=clean_line(shown(path)),
            )
    except OSError as error:
        raise _cannot_write(path, error, shown) from error
    try:
        handle, temporary = _temporary_beside(path)
    except OSError as error:
        if error.errno == errno.ENOENT and path.parent.is_dir():
            # ``-o /proc/self/status --force``: "No such file or directory" of a file there.
            raise WartaError(
                N_(
                    "cannot write {path}: the system makes no file in {folder} ({error}); "
                    "write it in a folder of your own"
                ),
                path=excerpt(shown(path), PATH_ECHO_LIMIT, middle=True),
                folder=excerpt(shown(path.parent), PATH_ECHO_LIMIT, middle=True),
                error=error_reason(error),
            ) from error
        raise _cannot_write(path, error, shown) from error
    try:
        if path.is_file():  # a replaced file keeps its mode
            os.chmod(temporary, path.stat().st_mode & 0o777)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            count = write(stream)
        _put_in_place(temporary, path, force, shown)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _cannot_write(path, error, shown) from error
        raise
    return count


class ExportExists(WartaError):
    """The file an export was to write exists (``path``) and ``force`` was not given: an
    interface words what to do (the CLI's ``--force``, the explorer's another name)."""

    def __init__(self, path: Path) -> None:
        super().__init__(N_("{path} exists; --force replaces it"), path=clean_line(str(path)))
        self.path = path


def _taken(path: Path, shown: Callable[[Path], str] = str) -> WartaError:
    """Why ``path``, taken, is not replaced: a file only without ``force``, a symbolic link
    or anything else not at all. The rename puts the export in place of a link, not of what
    it names: with stdout redirected to a file, ``-o /dev/stdout --force`` as root replaced
    the system's /dev/stdout with a regular file."""
    if path.is_symlink():
        return WartaError(
            N_("{path} is a symbolic link; an export replaces only a file"),
            path=clean_line(shown(path)),
        )
    if not path.is_file():
        return WartaError(
            N_("{path} is not a file; an export replaces only a file"),
            path=clean_line(shown(path)),
        )
    return ExportExists(path)


#: What a failed link says of the disk or the folder, not of hard links: the export fails
#: with it. Any other error (EPERM on FAT, ENOSYS over sshfs, EXDEV, ...) means a file
#: system without hard links, where the export is renamed over a placeholder instead.
_LINK_FAILURES = frozenset(
    {errno.ENOENT, errno.ENOTDIR, errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO}
    | {errno.ENAMETOOLONG, errno.ELOOP}
)


def _put_in_place(
    temporary: str, path: Path, force: bool, shown: Callable[[Path], str] = str
) -> None:
    """Rename the finished export to ``path``; without ``force`` only where nothing is,
    checked by the system as it links (a rename replaces): a file made at ``path`` while
    the export was written (another export of the same name, the user's own) was
    replaced without asking. A file system without hard links (FAT, exFAT, sshfs) gets a
    placeholder made at ``path`` only where nothing is, and the rename over it."""
    if force:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path, follow_symlinks=False)
    except FileExistsError:
        raise _taken(path, shown) from None
    except OSError as error:
        if error.errno in _LINK_FAILURES:
            raise
    else:
        os.unlink(temporary)
        return
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        os.close(os.open(path, flags, 0o600))
    except FileExistsError:
        raise _taken(path, shown) from None
    try:
        os.replace(temporary, path)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


#: Random names tried for an export's temporary file before giving up.
_TEMPORARY_TRIES = 100


def _temporary_beside(path: Path) -> tuple[int, str]:
    """A new file beside ``path`` to write the export in, made as any new file is, so that
    the umask decides who may read it (a private one made public with ``chmod 0644`` let
    everyone read an export made under ``umask 077``); never through a link."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _try in range(_TEMPORARY_TRIES):
        temporary = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            return os.open(temporary, flags | getattr(os, "O_CLOEXEC", 0), 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path.parent))


#: How an SQLite database, its write-ahead log (either byte order of its checksums) and its
#: rollback journal start.
_SQLITE_HEADERS = (
    b"SQLite format 3\x00",
    b"\x37\x7f\x06\x82",
    b"\x37\x7f\x06\x83",
    b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7",
)


def _is_database(path: Path) -> bool:
    """Whether ``path`` is an SQLite database or holds part of one: ``-o …/state.sqlite
    --force`` replaced the workspace, every star, tag and note, with a CSV (the index's
    store too), and ``-o …/state.sqlite-wal --force`` while the explorer had it open made
    every other warta say "disk I/O error" until the explorer closed."""
    try:
        with path.open("rb") as handle:
            start = handle.read(max(map(len, _SQLITE_HEADERS)))
    except OSError:  # a file this user may replace but not read: not warta's
        return False
    return start.startswith(_SQLITE_HEADERS)


def _cannot_write(path: Path, error: OSError, shown: Callable[[Path], str] = str) -> WartaError:
    return WartaError(
        N_("cannot write {path}: {error}"),
        path=excerpt(shown(path), PATH_ECHO_LIMIT, middle=True),
        error=error_reason(error),
    )
