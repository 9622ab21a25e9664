"""Watching the corpus folders while the explorer is open, so new articles are found
without F5.

Whether to watch is the ``watch`` setting; without it, warta watches a corpus of the
user's own under ``WATCH_FILE_LIMIT`` files (an incremental update of a bigger one still
takes seconds, and the bundled seeds never change). ``watchfiles`` is imported only when
watching starts.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from warta.search.model import UpdateReport
from warta.search.paths import bundled_seeds
from warta.search.reader import FORMATS
from warta.tui.i18n import _, ngettext
from warta.tui.text import show_number

#: Corpora with this many files or more are not watched unless the setting says so.
WATCH_FILE_LIMIT = 10_000
#: Quiet milliseconds after a change before warta updates (an editor saves in bursts).
DEBOUNCE_MS = 1600


def should_watch(setting: bool | None, roots: Sequence[Path]) -> bool:
    """The ``watch`` setting when given; else True for a corpus of the user's own with
    fewer than ``WATCH_FILE_LIMIT`` files (counted only that far)."""
    if setting is not None:
        return setting
    if tuple(roots) == (bundled_seeds(),):
        return False
    return _count_files(roots, WATCH_FILE_LIMIT) < WATCH_FILE_LIMIT


def _count_files(roots: Sequence[Path], limit: int) -> int:
    """Files under ``roots``, counting stops at ``limit``: the cost is bounded."""
    count = 0
    for root in roots:
        for _folder, _subfolders, files in os.walk(root):
            count += len(files)
            if count >= limit:
                return count
    return count


def can_change_the_corpus(path: str) -> bool:
    """Whether a changed path can change what warta reads: an article file (``.txt``,
    ``.md``, ``.jsonl``), a folder (moved in, it brings its articles), or something gone
    (a folder that held some); not a hidden file or an editor's swap file."""
    name = os.path.basename(path)
    if name.startswith("."):
        return False
    if os.path.splitext(name)[1].lower() in FORMATS:
        return True
    return os.path.isdir(path) or not os.path.lexists(path)


def corpus_changes(
    roots: Sequence[Path], stop: threading.Event, debounce_ms: int = DEBOUNCE_MS
) -> Iterator[set[str]]:
    """Block until article files under ``roots`` change; yield the paths that did, once
    per burst of changes, until ``stop`` is set."""
    from watchfiles import watch

    for changes in watch(
        *roots,
        watch_filter=lambda _change, path: can_change_the_corpus(path),
        debounce=debounce_ms,
        stop_event=stop,
        raise_interrupt=False,
    ):
        yield {path for _change, path in changes}


def corpus_news(report: UpdateReport) -> str:
    """What an update after a change did, for the user ("3 new articles, 1 changed"); empty
    when it found nothing to do. Counted in files: one file is one article, but for a
    ``.jsonl`` file."""
    parts = []
    if report.added:
        template = ngettext("{count} new article", "{count} new articles", report.added)
        parts.append(template.format(count=show_number(report.added)))
    if report.changed:
        parts.append(_("{count} changed").format(count=show_number(report.changed)))
    if report.deleted:
        parts.append(_("{count} deleted").format(count=show_number(report.deleted)))
    return ", ".join(parts)
