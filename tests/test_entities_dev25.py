"""Round 25's rules from idner dev's and NERGrit valid's errors, and the leftovers of
round 24: patterns the sidebar got wrong, each on sentences written for it."""

from __future__ import annotations

import pytest
from warta.search.entities import linking

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.test_entities_dev22 import _WordTagger


def test_a_name_with_a_family_particle_is_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    # NERGrit valid: "anak Georg Ludwig von Trapp" gave an organisation.
    labels = {"Friedrich": "B-ORG", "Wilhelm": "I-ORG", "von": "I-ORG", "Halden": "I-ORG"}
    tagger = _WordTagger({**labels, "Rahman": "B-LOC", "bin": "I-LOC", "Hasyim": "I-LOC"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Kastil itu dibangun Friedrich Wilhelm von Halden pada 1820.")
    assert found == {"Friedrich Wilhelm von Halden": {"person"}}
    found = _kinds("Surat itu ditulis Rahman bin Hasyim kepada gurunya.")
    assert found == {"Rahman bin Hasyim": {"person"}}
    # A mosque or a school named after such a person stays the place or the body.
    tagger.labels.update({"Masjid": "B-LOC", "Umar": "I-LOC", "bin": "I-LOC", "Khattab": "I-LOC"})
    found = _kinds("Warga berkumpul di Masjid Umar bin Khattab selepas magrib.")
    assert found == {"Masjid Umar bin Khattab": {"place"}}


def test_a_name_after_a_leaders_noun_and_an_honorific_is_a_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "Ponpes Darul Ulum Sendung dengan Pimpinan Ustadz Syamsi Dukha" gave
    # no person (the honorific read as inside a longer name).
    tagger = _WordTagger({})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Pondok itu berdiri dengan Pimpinan Ustadz Harun Sasmita sejak 1990.")
    assert found == {"Harun Sasmita": {"person"}}
    found = _kinds("Santri diajar langsung oleh Pengasuh KH Sholeh Darman setiap pagi.")
    assert found == {"Sholeh Darman": {"person"}}
    # An honorific inside a hostel's name still opens no person.
    assert _kinds("Jemaah menginap di Asrama Haji Sukolilo kemarin.") == {}
