"""warta's search library: reading, analysis, entities and the index.

The public API is importable from here (``from warta.search import SearchService``). It is
kept import-light on purpose: the TUI imports from this package before its first frame, so
each name is loaded from its module only when first used, and Whoosh, Sastrawi and the
tagger are loaded only by the modules that need them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from warta.search.entities import extract_mentions
    from warta.search.errors import WartaError
    from warta.search.model import (
        Article,
        Entity,
        Hit,
        Mention,
        MentionInContext,
        SearchResult,
        UpdateReport,
    )
    from warta.search.service import SearchService

#: Each public name and the module that defines it.
_HOMES = {
    "SearchService": "service",
    "extract_mentions": "entities",
    "WartaError": "errors",
    "Article": "model",
    "Entity": "model",
    "Hit": "model",
    "Mention": "model",
    "MentionInContext": "model",
    "SearchResult": "model",
    "UpdateReport": "model",
}

__all__ = [
    "Article",
    "Entity",
    "Hit",
    "Mention",
    "MentionInContext",
    "SearchResult",
    "SearchService",
    "UpdateReport",
    "WartaError",
    "extract_mentions",
]


def __getattr__(name: str) -> Any:
    """Load a public name from its module on first use (PEP 562)."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
