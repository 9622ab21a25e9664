"""The one-line messages warta echoes user text in."""

from __future__ import annotations

import errno
import os

from warta.search.errors import error_reason, excerpt


def test_an_excerpt_keeps_a_short_line_whole_and_cuts_a_long_one_at_its_end() -> None:
    assert excerpt("kopi") == "kopi"
    assert excerpt("a" * 100, 10) == "a" * 9 + "…"
    assert excerpt("\x1b[31m") == '""'


def test_a_middle_excerpt_keeps_both_ends_of_a_path() -> None:
    path = "/home/user/korpus/" + "x" * 300 + "/berita.txt"
    shown = excerpt(path, 60, middle=True)
    assert len(shown) == 60
    assert shown.startswith("/home/user/korpus/") and shown.endswith("/berita.txt")
    assert "…" in shown


def test_an_errors_reason_is_one_line_without_errno_or_path() -> None:
    """Messages name the path themselves: "[Errno 28]" and the path again were noise."""
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/data/x.csv")
    assert error_reason(full) == "No space left on device"
    assert error_reason(OSError("no\nstrerror\x1b[31m")) == "no strerror"
    assert error_reason(ValueError("bad value")) == "bad value"
