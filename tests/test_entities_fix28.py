"""Round 28b: readings the round introduced, mended (sentences invented, shaped as read)."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions, linking


def _found(body: str) -> set[tuple[str, str]]:
    return {(mention.surface, mention.kind) for mention in extract_mentions("", body)}


def test_a_name_ending_a_relative_clause_is_not_what_the_copula_defines() -> None:
    # The camera made is the object of ``yang memproduksi``: the company is the name after.
    found = _found(
        "Hal ini dikarenakan yang memproduksi Kamerana adalah perusahaan bernama D+B Global."
    )
    assert ("Kamerana", "organisation") not in found
    assert ("D+B Global", "organisation") in found


def test_a_name_the_copula_defines_is_still_an_organisation() -> None:
    found = _found("Kamerana adalah perusahaan asal Jerman. Produk Kamerana laris.")
    assert ("Kamerana", "organisation") in found


def _titles(count: int) -> str:
    return 'Lagu "Kali Pertama" dirilis oleh Budi Santoso di Jakarta. ' * count


def test_quoted_titles_cost_work_linear_in_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each quoted title searched every span of the article for those under it: twice the
    # titles took four times the searches.
    assert ("Kali Pertama", "product") in _found(_titles(3))
    few, many = (_overlaps(monkeypatch, _titles(count)) for count in (100, 200))
    assert many <= 2 * few + 10, (few, many)


def _overlaps(monkeypatch: pytest.MonkeyPatch, body: str) -> int:
    counted = linking._Span.overlaps
    calls = 0

    def counting(*args: object) -> object:
        nonlocal calls
        calls += 1
        return counted(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(linking._Span, "overlaps", counting)
    extract_mentions("", body)
    monkeypatch.setattr(linking._Span, "overlaps", counted)
    return calls
