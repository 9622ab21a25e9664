"""What an index update skipped, when that is too much to show: the first few are shown,
then one line says how many more and where they are all listed.

15,000 empty files printed 15,000 "no text; skipped" lines; the count and the list keep
what a line per file told, without the flood. Without Textual: ``warta index`` uses it.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

from warta.search.errors import WartaError
from warta.search.model import UpdateReport
from warta.search.paths import SKIPPED_LIST
from warta.search.sanitize import clean_line
from warta.tui.formatting import format_number, local_time
from warta.tui.i18n import _, current_locale, ngettext, warning_line

#: Characters of a path in that list: a whole path, cleaned.
LISTED_PATH_LIMIT = 4096


def more_skipped(report: UpdateReport, index_dir: Path, shown: int) -> str | None:
    """The line after the first ``shown`` warnings of an update, "… and 14,997 more; all
    15,000 are listed in …/skipped.txt" (the list written here), or None when they were
    all shown."""
    more = len(report.warnings) - shown
    if more <= 0:
        return None
    count = format_number(more, current_locale())
    listed = _list_skipped(report, index_dir / SKIPPED_LIST)
    if listed is None:
        return ngettext("… and {count} more", "… and {count} more", more).format(count=count)
    template = ngettext(
        "… and {count} more; all {total} are listed in {path}",
        "… and {count} more; all {total} are listed in {path}",
        more,
    )
    total = format_number(len(report.warnings), current_locale())
    return template.format(count=count, total=total, path=clean_line(str(listed)))


def _list_skipped(report: UpdateReport, path: Path) -> Path | None:
    """Write every warning of ``report`` to ``path``, whole or not at all (an index folder
    that cannot take it only costs the list); None when it could not be written."""
    from warta.search.export import export_to_file

    def write(stream: TextIO) -> int:
        when = local_time(datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M")
        total = format_number(len(report.warnings), current_locale())
        heading = _("Skipped or changed while indexing on {time}: {count}")
        stream.write(heading.format(time=when, count=total) + "\n")
        for warning in report.warnings:
            stream.write(warning_line(warning, LISTED_PATH_LIMIT) + "\n")
        return len(report.warnings)

    try:
        export_to_file(path, write, force=True, own=True)
    except WartaError:
        return None
    return path
