"""Round 28's rules from idner dev's and NERGrit valid's errors: patterns the sidebar got
wrong, each on sentences written for it."""

from __future__ import annotations

import pytest
from warta.search.entities import linking

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.test_entities_dev22 import _WordTagger


def test_a_faculty_the_tagger_left_out_is_a_body_apart_from_its_university(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # idner dev: "Dekan Fakultas Kehutanan UGM" gave UGM alone (the faculty was lost).
    labels = {"UGM": "B-ORG", "Unpad": "B-ORG", "Universitas": "B-ORG", "Airlangga": "I-ORG"}
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _WordTagger(labels))
    found = _kinds("Ia pernah menjabat Dekan Fakultas Pertanian UGM selama dua periode.")
    assert found == {"Fakultas Pertanian": {"organisation"}, "UGM": {"organisation"}}
    found = _kinds("Mahasiswa Fakultas Kedokteran Hewan Universitas Airlangga meneliti sapi.")
    assert found == {
        "Fakultas Kedokteran Hewan": {"organisation"},
        "Universitas Airlangga": {"organisation"},
    }
    # A faculty with no university after it could be any university's (NERGrit marks
    # none), nor is one written without its field.
    found = _kinds("Ia mengajar di Fakultas Teknik dan Fakultas Hukum Unpad.")
    assert found == {"Fakultas Hukum": {"organisation"}, "Unpad": {"organisation"}}
    assert _kinds("Kampus itu membuka Fakultas Teknik dan Fakultas Hukum.") == {}
    assert _kinds("Fakultas itu dibuka kembali pada Senin.") == {}


def test_a_court_named_after_a_region_is_the_court_not_the_region(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # idner dev: "di Pengadilan Daerah Victoria" gave a place "Daerah Victoria".
    labels = {"Daerah": "B-LOC", "Queensland": "I-LOC", "Negeri": "O", "Surabaya": "B-LOC"}
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _WordTagger(labels))
    found = _kinds("Pria itu mengaku bersalah di Pengadilan Daerah Queensland, Senin.")
    assert found == {"Pengadilan Daerah Queensland": {"organisation"}}
    found = _kinds("Berkas perkara itu dilimpahkan ke Pengadilan Negeri Surabaya pekan lalu.")
    assert found == {"Pengadilan Negeri Surabaya": {"organisation"}}
    # A court written with the city alone after it is no name of its own: the city stays.
    assert _kinds("Ia dibawa ke pengadilan Surabaya pekan lalu.") == {"Surabaya": {"place"}}


def test_a_clubs_age_group_is_no_part_of_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # NERGrit valid: "memperkuat Persekabpas U - 23" gave the body "Persekabpas U - 23"
    # (both corpora name the club alone, as warta did for a club it knows).
    labels = {"Persigolo": "B-ORG", "Persemaju": "B-ORG", "U": "I-ORG", "-": "I-ORG"}
    labels.update({"21": "I-ORG", "U-19": "I-ORG", "Timnas": "B-ORG", "23": "I-ORG"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _WordTagger(labels))
    found = _kinds("Ia pernah memperkuat Persigolo U - 21 dan Persemaju U-19 musim lalu.")
    assert found == {"Persigolo": {"organisation"}, "Persemaju": {"organisation"}}
    # Timnas names no team without its age group or its country: it keeps the group.
    assert _kinds("Ia dipanggil ke Timnas U - 23 pekan lalu.") == {
        "Timnas U - 23": {"organisation"}
    }


def test_a_country_of_origin_before_a_name_with_a_family_link_stays_a_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # IndoSum: "manajer asal Belanda Louis van Gaal" gave one person "Belanda Louis van
    # Gaal" (the tagger ran the country into the given name, the link joined the rest).
    labels = {"Belanda": "B-LOC", "Frans": "I-LOC", "Jerman": "B-LOC"}
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _WordTagger(labels))
    found = _kinds("Klub itu kini ditangani pelatih asal Belanda Frans van Dijk.")
    assert found == {"Belanda": {"place"}, "Frans van Dijk": {"person"}}
    # Nor does a name the tagger left out run back into the country before it.
    found = _kinds("Klub itu kini ditangani pelatih asal Jerman Karl von Stein.")
    assert found == {"Jerman": {"place"}, "Karl von Stein": {"person"}}
    # A person's name with its link and no place before it stays whole.
    found = _kinds("Pelatih Frans van Dijk memimpin latihan pagi itu.")
    assert found == {"Frans van Dijk": {"person"}}
