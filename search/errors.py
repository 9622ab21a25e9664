"""Errors warta reports to users: ``str(error)`` is the one-line message they see."""

from search.sanitize import clean_line

#: Characters of user-given text (a name, an id, a query) a message echoes back.
ECHO_LIMIT = 80


class WartaError(Exception):
    """A corpus, index or usage problem with a message fit for the user, never a traceback."""


class IndexBusyError(WartaError):
    """Another process holds the index's writer lock."""


def excerpt(text: str, limit: int = ECHO_LIMIT) -> str:
    """User-given text as a message may echo it: one clean line of at most ``limit`` characters.

    A 100 KB argument must not come back as a 100 KB line on stderr, nor an escape
    sequence in it reach the terminal.
    """
    line = clean_line(text)
    return line if len(line) <= limit else line[: limit - 1] + "…"
