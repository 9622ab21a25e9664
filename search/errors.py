"""Errors and notices warta reports to users: ``str(...)`` is the one-line English message;
``translated(gettext)`` the same line in an interface's language."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from warta.search.sanitize import clean_line, shown_bytes, visible

#: Characters of user-given text (a name, an id, a query) a message echoes back.
ECHO_LIMIT = 80
#: Characters of a path a message quotes (its middle cut out), so that the reason after it
#: always shows.
PATH_ECHO_LIMIT = 160


def N_(template: str) -> str:
    """Marks a message template for the interface's catalogs (``pybabel extract`` looks
    for ``N_``); the library itself never translates."""
    return template


def _filled(template: str, params: Mapping[str, object], fallback: str) -> str:
    """``template`` with ``params`` filled in; ``fallback`` when a translation broke it."""
    try:
        return template.format(**params) if params else template
    except (KeyError, IndexError, ValueError):
        return fallback


@dataclass(frozen=True)
class Message:
    """A line for the user that is not an error (what a search did differently from what
    was typed): an English template and its values, translatable as a WartaError is."""

    template: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, template: str, /, **params: object) -> Message:
        return cls(template, tuple(params.items()))

    def __str__(self) -> str:
        return _filled(self.template, dict(self.params), self.template)

    def translated(self, gettext: Callable[[str], str]) -> str:
        """The message in the language of ``gettext``, falling back to English."""
        return _filled(gettext(self.template), dict(self.params), str(self))


def stored_message(message: Message) -> dict[str, object]:
    """A message as the index stores it: plain data, so that it reads back without this class."""
    return {"template": message.template, "params": dict(message.params)}


def message_from_stored(stored: object) -> Message:
    """A stored message; an index written before messages were stored whole holds the
    English line itself."""
    if isinstance(stored, dict) and isinstance(stored.get("template"), str):
        params = stored.get("params")
        return Message.of(stored["template"], **(params if isinstance(params, dict) else {}))
    return Message(str(stored))


class WartaError(Exception):
    """A corpus, index or usage problem with a message fit for the user, never a traceback.

    The message is an English ``template`` with ``{name}`` fields and their ``params``,
    kept apart so that an interface in another language can translate the template (it is
    the catalog's msgid) and fill in the same values: ``str(error)`` is the English line.
    A template without params is used as it is, braces and all.
    """

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(_filled(template, params, template))

    def translated(self, gettext: Callable[[str], str]) -> str:
        """The message in the language of ``gettext``, falling back to English."""
        return _filled(gettext(self.template), self.params, str(self))


class IndexBusyError(WartaError):
    """Another process holds the index's writer lock."""


#: Signals that stop warta as Ctrl+C does: ``kill``, ``timeout``, a closed SSH session, and
#: the others whose default ends a process (``kill -QUIT``, ``-USR1``) with the terminal raw.
TERMINATION_SIGNALS = ("SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2")


class UpdateCancelled(Exception):
    """Raised by an index update's ``progress`` callback whose caller gave up (the explorer
    quitting): the update stops, and the index stays as it was."""


def error_reason(error: BaseException) -> str:
    """Why ``error`` happened, as one clean line for a message that names its own context:
    an OSError's system reason alone (its text adds "[Errno 20]" and the path again), else
    the error's text."""
    if isinstance(error, OSError) and error.strerror:
        return clean_line(error.strerror)
    return clean_line(str(error))


def excerpt(text: str, limit: int = ECHO_LIMIT, *, middle: bool = False) -> str:
    """User-given text as a message may echo it: one clean line of at most ``limit`` characters.

    A 100 KB argument must not come back as a 100 KB line on stderr, nor an escape
    sequence in it reach the terminal; one with nothing printable shows as ``""``, not as a
    message that stops short. ``middle`` cuts the middle out instead of the end: a path's
    end names the file.
    """
    line = clean_line(shown_bytes(text))
    if not visible(line):  # nothing to see (empty, escape codes, zero-width): say so visibly
        return '""'
    if len(line) <= limit:
        return line
    if middle:
        head = limit // 3
        return line[:head] + "…" + line[len(line) - (limit - head - 1) :]
    return line[: limit - 1] + "…"
