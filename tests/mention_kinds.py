"""What the entity tests ask of ``extract_mentions``: each surface with its kinds."""

from __future__ import annotations

from warta.search.entities import extract_mentions


def kinds_by_surface(body: str) -> dict[str, set[str]]:
    """Each mentioned surface with the kinds it was given in ``body``."""
    found: dict[str, set[str]] = {}
    for mention in extract_mentions("", body):
        found.setdefault(mention.surface, set()).add(mention.kind)
    return found


def surfaces_and_kinds(body: str) -> list[tuple[str, str]]:
    """Each mention of ``body`` in order, as its surface and its kind."""
    return [(mention.surface, mention.kind) for mention in extract_mentions("", body)]
