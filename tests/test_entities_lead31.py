"""Round 31's merge read: rules of two helpers that fired where they should not."""

from __future__ import annotations

from warta.search.entities import extract_mentions


def _found(body: str) -> set[tuple[str, str]]:
    return {(m.surface, m.kind) for m in extract_mentions("", body)}


def test_a_head_office_is_the_body_not_a_centre_named_pusat() -> None:
    found = _found("Bank itu akan memaksimalkan lokasi Kantor Pusat BNI atau gedung lain.")
    assert ("BNI", "organisation") in found
    assert not any(surface.startswith("Pusat") for surface, _ in found)


def test_a_country_after_a_lowercase_tournament_word_stays_a_place() -> None:
    found = _found("Ganda putra itu melaju ke babak kedua turnamen Malaysia Terbuka 2019.")
    assert ("Malaysia", "place") in found


def test_a_place_closing_a_championship_name_is_still_no_place() -> None:
    found = _found("Atlet itu meraih emas di Kejuaraan Renang Kelompok Umur Asia pekan lalu.")
    assert ("Asia", "place") not in found
