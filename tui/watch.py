"""Watching the corpus folders while the explorer is open, so new articles are found
without F5.

Whether to watch is the ``watch`` setting; without it, warta watches any corpus of the
user's own (the bundled seeds never change). An update after a change scans only the
folders of the changed paths, so its cost does not grow with the corpus; watching itself
costs one operating-system watch per folder. ``watchfiles`` is imported only when watching
starts.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from warta.search.model import UpdateReport
from warta.search.paths import bundled_seeds
from warta.tui.i18n import _, ngettext
from warta.tui.text import show_number

#: Quiet milliseconds after a change before warta updates (an editor saves in bursts).
DEBOUNCE_MS = 1600

#: How often warta looks for a corpus folder that went away to be back.
ROOT_POLL_SECONDS = 1.0


def should_watch(setting: bool | None, roots: Sequence[Path]) -> bool:
    """The ``watch`` setting when given; else True for a corpus of the user's own."""
    if setting is not None:
        return setting
    return tuple(roots) != (bundled_seeds(),)


def can_change_the_corpus(path: str) -> bool:
    """Whether a changed path can change what warta reads: an article file (``.txt``,
    ``.md``, ``.jsonl``), a folder (moved in, it brings its articles), or something gone
    (a folder that held some); not a hidden file or an editor's swap file."""
    from warta.search.reader import FORMATS  # not at start-up: the reader imports ~50 ms

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
    per burst of changes, until ``stop`` is set.

    A corpus folder deleted, moved away or replaced by a file takes the system's watch with
    it: watching would end in silence, and the folder put back would never be read. So
    warta waits for every folder to be back, then yields the folders themselves (read them
    whole) and watches them again.
    """
    from watchfiles import watch

    while not stop.is_set():
        for changes in watch(
            *roots,
            watch_filter=lambda _change, path: can_change_the_corpus(path),
            debounce=debounce_ms,
            stop_event=stop,
            raise_interrupt=False,
        ):
            yield {path for _change, path in changes}
            if not all(root.is_dir() for root in roots):
                break
        else:
            return
        while not all(root.is_dir() for root in roots):
            if stop.wait(ROOT_POLL_SECONDS):
                return
        yield {str(root) for root in roots}


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
