"""Round 24's rules from idner dev's and NERGrit valid's errors: patterns the sidebar got
wrong, each on sentences written for it."""

from __future__ import annotations

import pytest
from warta.search.entities import linking

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.test_entities_dev22 import _WordTagger


def test_a_name_after_a_place_head_is_a_place_where_the_tagger_read_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "menjadi Distrik Totikum" and "penduduk Teluk Betung" gave nothing.
    tagger = _WordTagger({})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Pada 1950 wilayah itu menjadi Distrik Wanggarasi yang dipimpin seorang kepala.")
    assert found == {"Distrik Wanggarasi": {"place"}}
    found = _kinds("Ia seorang nelayan Teluk Lembulu yang bernama Ali.")
    assert found == {"Teluk Lembulu": {"place"}}
    found = _kinds("Kabupaten Tanjung Ayu Provinsi Sulawesi Timur berdiri pada 2003.")
    assert found == {"Kabupaten Tanjung Ayu": {"place"}, "Provinsi Sulawesi Timur": {"place"}}
    # A common word after the head names nothing, nor does a head inside a longer name.
    assert _kinds("Desa itu terdiri dari lima Dusun Utama dan dua dusun kecil.") == {}
    assert _kinds("Ia kuliah di Universitas Pulau Harapan sejak 2019.").get("Pulau Harapan") is None
