"""Round 31's rules for places in older news (FacQA passages), each on sentences written
for it."""

from __future__ import annotations

from warta.search.entities import extract_mentions


def _places(body: str) -> list[str]:
    """The surfaces of the places found in ``body``, in reading order."""
    return [mention.surface for mention in extract_mentions("", body) if mention.kind == "place"]


def test_a_currency_named_after_a_country_the_article_names_is_no_place() -> None:
    # FacQA: "dollar AS" in a passage naming AS elsewhere was linked to the country as a
    # repeat, though the currency alone is not.
    body = (
        "Ekspor kain ke AS naik tajam tahun ini. Harga rata-rata 320,5 dollar AS per lusin, "
        "sementara pembeli lain membayar 95 dolar AS."
    )
    assert _places(body) == ["AS"]
