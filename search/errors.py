"""Errors warta reports to users: ``str(error)`` is the one-line message they see."""


class WartaError(Exception):
    """A corpus, index or usage problem with a message fit for the user, never a traceback."""


class IndexBusyError(WartaError):
    """Another process holds the index's writer lock."""
