"""Round 22's rules from idner dev's and NERGrit valid's errors: patterns the sidebar got
wrong, each on sentences written for it."""

from __future__ import annotations

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_titles_qualifier_is_no_part_of_the_name_after_it() -> None:
    # idner dev: "Jaksa Agung" (the attorney general) gave a person "Agung"; NERGrit
    # valid: "Duta Besar RI" gave a place "Besar RI".
    found = _kinds("Jaksa Agung HM Prasetyo mengajukan banding atas putusan itu.")
    assert found.get("HM Prasetyo") == {"person"}
    assert not any("Agung" in surface for surface in found)
    found = _kinds("Prasetyo dilantik sebagai Jaksa Agung menggantikan Basrief Arief.")
    assert "Agung" not in found
    found = _kinds("Ia pernah menjadi Duta Besar RI di Belanda selama empat tahun.")
    assert not any("Besar" in surface for surface in found)
    # A given name after an honorific is still the name, and a title's word is no repeat
    # of it.
    found = _kinds("Pak Agung Laksono hadir bersama Hakim Agung Artidjo Alkostar.")
    assert found.get("Agung Laksono") == {"person"}
    assert found.get("Artidjo Alkostar") == {"person"}
    assert "Agung" not in found
