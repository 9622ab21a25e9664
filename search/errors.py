"""Errors warta reports to users: ``str(error)`` is the one-line message they see."""

from collections.abc import Callable

from warta.search.sanitize import clean_line

#: Characters of user-given text (a name, an id, a query) a message echoes back.
ECHO_LIMIT = 80


def N_(template: str) -> str:
    """Marks a message template for the interface's catalogs (``pybabel extract`` looks
    for ``N_``); the library itself never translates."""
    return template


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
        super().__init__(template.format(**params) if params else template)

    def translated(self, gettext: Callable[[str], str]) -> str:
        """The message in the language of ``gettext``, falling back to English."""
        template = gettext(self.template)
        try:
            return template.format(**self.params) if self.params else template
        except (KeyError, IndexError, ValueError):
            return str(self)


class IndexBusyError(WartaError):
    """Another process holds the index's writer lock."""


def excerpt(text: str, limit: int = ECHO_LIMIT) -> str:
    """User-given text as a message may echo it: one clean line of at most ``limit`` characters.

    A 100 KB argument must not come back as a 100 KB line on stderr, nor an escape
    sequence in it reach the terminal.
    """
    line = clean_line(text)
    return line if len(line) <= limit else line[: limit - 1] + "…"
