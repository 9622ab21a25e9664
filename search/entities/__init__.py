"""Entity recognition and linking for Indonesian news.

``extract_mentions`` finds and links the mentions of one article (cheap enough to run
per article in worker processes); ``EntityRegistry`` merges the article-level keys of a
whole corpus into entities, from aggregated counts only.
"""

from warta.search.entities.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    GazetteerError,
    load_gazetteer,
)
from warta.search.entities.linking import extract_mentions
from warta.search.entities.registry import EntityRegistry, KeyStat

__all__ = [
    "EntityRegistry",
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerError",
    "KeyStat",
    "extract_mentions",
    "load_gazetteer",
]
