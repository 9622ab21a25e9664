"""Which file ``o`` (``$PAGER``) and ``O`` (``$EDITOR``) hand over, and what warta says
when the program returns. No Textual here, so it is tested without an app.

The pager reads a temporary copy of the cleaned article, removed afterwards: nothing to
keep. The editor follows ``v`` in less: when the article is a whole file of the corpus (a
``.txt`` or ``.md`` file warta may write), the editor opens that file, and the change is
there for F5 to index. An article that is a line of a ``.jsonl`` file (or whose file is
gone or read-only) cannot be edited in place as text: the editor gets a copy that is kept,
in warta's data folder, and warta says where it is once the editor returns. Earlier, the
editor got a temporary copy deleted afterwards and edits were lost without a word.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from search.model import Article
from search.sanitize import clean_line
from tui.i18n import _

#: Corpus formats where one file is one article, as the author wrote it.
WHOLE_FILE_SUFFIXES = (".txt", ".md")
#: Characters kept from an article id in its copy's file name; the rest become "_".
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Handover:
    """The file another program opens, and what happens to it once the program returns."""

    path: Path
    #: Removed afterwards (the pager's copy).
    temporary: bool = False
    #: The article's own corpus file, edited in place.
    in_place: bool = False
    #: Size and modification time before the program ran, to tell whether it was saved.
    before: tuple[int, int] = (0, 0)

    def finish(self) -> str | None:
        """Clean up; the message for the user, if the file was saved (None otherwise)."""
        if self.temporary:
            self.path.unlink(missing_ok=True)
            return None
        if _state(self.path) == self.before:
            return None
        shown = clean_line(str(self.path))
        if self.in_place:
            return _("Saved {path}. F5 updates the index.").format(path=shown)
        return _("Your edits are in {path}; the archive itself is unchanged.").format(path=shown)


def edits_folder() -> Path:
    """Where the editor's copies are kept: warta's data folder (``XDG_DATA_HOME``…)."""
    from platformdirs import user_data_path

    return user_data_path("warta") / "edits"


def for_pager(plain: str) -> Handover:
    """A temporary copy of the cleaned article, for reading."""
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", prefix="warta-", suffix=".txt", delete=False
    ) as handle:
        handle.write(plain + "\n")
    return Handover(Path(handle.name), temporary=True)


def for_editor(article: Article, plain: str, folder: Path) -> Handover:
    """The article's own file when it is one, writable; else its kept copy in ``folder``.

    A copy made earlier is opened again, not overwritten: it may hold the user's edits.
    """
    source = Path(article.path)
    if (
        source.suffix.lower() in WHOLE_FILE_SUFFIXES
        and source.is_file()
        and os.access(source, os.W_OK)
    ):
        return Handover(source, in_place=True, before=_state(source))
    copy = folder / copy_name(article.id)
    if not copy.exists():
        folder.mkdir(parents=True, exist_ok=True)
        copy.write_text(plain + "\n", encoding="utf-8")
    return Handover(copy, before=_state(copy))


def copy_name(article_id: str) -> str:
    """A file name for the copy of ``article_id``: readable, safe, distinct per id."""
    digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    readable = _UNSAFE_NAME.sub("_", article_id).strip("._")[:60] or "article"
    return f"{readable}-{digest}.txt"


def _state(path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except OSError:
        return (0, 0)
    return (status.st_size, status.st_mtime_ns)
