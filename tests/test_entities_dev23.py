"""Round 23's rules from idner dev's and NERGrit valid's errors: patterns the sidebar got
wrong, each on sentences written for it."""

from __future__ import annotations

import pytest
from warta.search.entities import linking

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.test_entities_dev22 import _WordTagger


def test_a_count_before_a_name_is_no_part_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # NERGrit valid: "satu dari 164 Perguruan Tinggi Muhammadiyah" gave an organisation
    # "164 Perguruan Tinggi Muhammadiyah".
    labels = {"212": "B-ORG", "Sekolah": "I-ORG", "Tinggi": "I-ORG", "Teologi": "I-ORG"}
    tagger = _WordTagger({**labels, "2.500": "B-ORG", "Koperasi": "I-ORG", "Desa": "I-ORG"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Kampus itu satu dari 212 Sekolah Tinggi Teologi di negeri ini.")
    assert found == {"Sekolah Tinggi Teologi": {"organisation"}}
    found = _kinds("Dana itu dibagi kepada 2.500 Koperasi Desa tahun ini.")
    assert found == {"Koperasi Desa": {"organisation"}}


def test_a_known_name_does_not_grow_over_the_qualifier_of_a_title_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "menjadi Duta Besar RI di Belanda" gave a place "Besar RI", the tagger
    # reading "Besar RI" as one name and the gazetteer knowing "RI".
    labels = {"Besar": "B-LOC", "RI": "I-LOC", "Agung": "B-ORG", "Belanda": "B-LOC"}
    tagger = _WordTagger({**labels, "Jepang": "I-ORG"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Ia pernah menjadi Duta Besar RI di Belanda selama lima tahun.")
    assert "Besar RI" not in found
    assert found.get("RI") == {"place"}
    found = _kinds("Ia kini menjadi Jaksa Agung Jepang yang baru.")
    assert not any("Agung" in surface for surface in found)


def test_an_administrative_head_alone_is_no_place_and_opens_no_persons_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "semua Dusun terlihat" gave a place "Dusun"; "( sekarang Prefektur
    # Fukushima )" a person.
    labels = {"Dusun": "B-LOC", "Kelurahan": "B-LOC", "Prefektur": "B-PER", "Nagano": "I-PER"}
    tagger = _WordTagger({**labels, "Distrik": "B-PER", "Abepura": "I-PER"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    assert _kinds("Warga dari setiap Dusun ikut bergotong royong.") == {}
    assert _kinds("Pemekaran itu membentuk tiga Kelurahan baru.") == {}
    found = _kinds("Rombongan itu kemudian tiba di Prefektur Nagano pada malam hari.")
    assert found == {"Prefektur Nagano": {"place"}}
    found = _kinds("Kantor itu pindah ke Distrik Abepura tahun lalu.")
    assert found == {"Distrik Abepura": {"place"}}


def test_a_clerics_title_in_any_spelling_is_no_part_of_the_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "Kyai Ageng" kept the title that "Kiai" does not.
    labels = {"Kyai": "B-PER", "Ustad": "B-PER", "Hasyim": "I-PER", "Somad": "I-PER"}
    tagger = _WordTagger({**labels, "Kiai": "B-PER", "Abdul": "I-PER"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    assert _kinds("Pesantren itu didirikan oleh Kyai Hasyim pada 1899.") == {"Hasyim": {"person"}}
    assert _kinds("Pengajian diisi Ustad Abdul Somad kemarin.") == {"Abdul Somad": {"person"}}
    assert _kinds("Pengajian diisi Kiai Abdul Somad kemarin.") == {"Abdul Somad": {"person"}}


def test_a_polytechnic_an_institute_or_a_football_club_is_an_organisation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "Politeknik LPP Yogyakarta" was a place, "Football Club de Metz" a
    # person.
    labels = {"Politeknik": "B-LOC", "Negeri": "I-LOC", "Banyuwangi": "I-LOC"}
    tagger = _WordTagger(
        {**labels, "Football": "B-PER", "Club": "I-PER", "de": "I-PER", "Sochaux": "I-PER"}
    )
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Ia dosen di Politeknik Negeri Banyuwangi sejak 2015.")
    assert found == {"Politeknik Negeri Banyuwangi": {"organisation"}}
    found = _kinds("Ia pindah ke Football Club de Sochaux musim lalu.")
    assert found == {"Football Club de Sochaux": {"organisation"}}


def test_a_name_after_an_honorific_is_a_person_where_the_tagger_read_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "dengan Pimpinan Ustadz Syamsi Dukha" gave no mention at all.
    tagger = _WordTagger({})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Pengajian itu diasuh Ustadz Harun Sasmita setiap Jumat.")
    assert found == {"Harun Sasmita": {"person"}}
    found = _kinds("Tanah itu dulu milik Haji Darsono, saudagar batik.")
    assert found == {"Darsono": {"person"}}
    # An honorific inside a longer name opens no person, nor does one alone.
    assert _kinds("Jemaah menginap di Asrama Haji Sukolilo kemarin.") == {}
    assert _kinds("Ia berangkat Haji tahun depan.") == {}


def test_a_year_after_a_name_is_no_part_of_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # idner dev: "Brigade Revolusi 1920" was one organisation with its year.
    labels = {"Kampung": "B-LOC", "Naga": "I-LOC", "2019": "I-LOC"}
    tagger = _WordTagger({**labels, "Tokyo": "B-LOC", "2020": "I-LOC"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Festival itu digelar di Kampung Naga 2019 lalu.")
    assert found == {"Kampung Naga": {"place"}}
    found = _kinds("Ia berlaga di Tokyo 2020 setahun kemudian.")
    assert found == {"Tokyo": {"place"}}


def test_an_operations_name_is_no_entity(monkeypatch: pytest.MonkeyPatch) -> None:
    # idner dev: "juru bicara untuk Operasi Fajar" gave a person "Fajar".
    labels = {"Zebra": "B-LOC", "Jaya": "I-LOC", "Operasi": "B-ORG", "Ketupat": "I-ORG"}
    tagger = _WordTagger({**labels, "TNI": "B-ORG", "AU": "I-ORG", "Komando": "B-ORG"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    assert _kinds("Polisi menggelar Operasi Zebra Jaya selama dua pekan.") == {}
    assert _kinds("Selama Operasi Ketupat, jalan itu ditutup.") == {}
    # A body named after its operations keeps what follows.
    found = _kinds("Ia pernah menjabat Panglima Komando Operasi TNI AU di Makassar.")
    assert found.get("TNI AU") == {"organisation"}


def test_a_place_head_the_tagger_left_out_is_part_of_the_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "di sebelah timur Kantor Kecamatan Talang" gave a place "Talang".
    tagger = _WordTagger({"Talun": "B-LOC", "Sukamaju": "B-LOC"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Warga berkumpul di depan Kantor Kecamatan Talun sejak pagi.")
    assert found == {"Kecamatan Talun": {"place"}}
    # Lowercase, the head is a common noun outside the name; a capital's title is none.
    found = _kinds("Warga berkumpul di kantor kecamatan Sukamaju sejak pagi.")
    assert found == {"Sukamaju": {"place"}}
    found = _kinds("Dulu Sukamaju pernah menjadi Ibu Kota Sukamaju Raya.")
    assert "Kota Sukamaju" not in found


def test_a_tower_named_after_a_town_is_a_place_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "terdapat Miniatur Menara Kudus" gave the town "Kudus".
    tagger = _WordTagger({})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Wisatawan berfoto di depan Menara Kudus kemarin sore.")
    assert found == {"Menara Kudus": {"place"}}


def test_a_title_with_its_qualifier_is_no_part_of_the_name_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "diangkat sebagai Pahlawan Nasional Indonesia" gave an organisation
    # "Pahlawan Nasional Indonesia".
    labels = {"Pahlawan": "B-ORG", "Nasional": "I-ORG", "Indonesia": "I-ORG"}
    more = {"Guru": "B-ORG", "Besar": "I-ORG", "Universitas": "I-ORG", "Tadulako": "I-ORG"}
    tagger = _WordTagger({**labels, **more})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Ia diangkat menjadi Pahlawan Nasional Indonesia tahun lalu.")
    assert found == {"Indonesia": {"place"}}
    found = _kinds("Ia kini Guru Besar Universitas Tadulako di Palu.")
    assert "Universitas Tadulako" in found
    assert not any("Guru" in surface for surface in found)


def test_a_name_quoted_after_sebagai_in_a_film_article_is_the_role(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: 'drama dan film : sebagai " Sara " dalam " Deep Love Host "' dropped
    # the character "Sara" as a nickname.
    tagger = _WordTagger({"Ratih": "B-PER", "Gadis": "B-PER", "Kembang": "I-PER"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds('Dalam film itu ia tampil sebagai "Ratih", seorang guru muda.')
    assert found == {"Ratih": {"person"}}
    # Outside a film's article a quoted name after it is a nickname.
    assert _kinds('Desa itu dijuluki sebagai "Gadis Kembang" oleh warga.') == {}


def test_a_name_after_an_opponent_cue_and_before_a_score_is_the_team(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "mengalahkan Panathinaikos 2 - 0 di final" gave no mention.
    tagger = _WordTagger({})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Mereka juara setelah mengalahkan Olympiakos 2 - 0 di final.")
    assert found == {"Olympiakos": {"organisation"}}
    found = _kinds("Tim itu lolos usai menundukkan Persiraja 3-1 di kandang.")
    assert found == {"Persiraja": {"organisation"}}
    # Without a score, a name after such a cue is left to the tagger.
    assert _kinds("Ia sukses mengalahkan Rahmat di babak kedua.") == {}
