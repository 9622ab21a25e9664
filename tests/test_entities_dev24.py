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


def test_the_next_part_of_an_address_is_a_place(monkeypatch: pytest.MonkeyPatch) -> None:
    # NERGrit valid: "di West Allis, Wisconsin," and "di Great Bookham, Surrey," gave
    # persons Wisconsin and Surrey.
    labels = {"Little": "B-LOC", "Harwood": "I-LOC", "Lancashire": "B-PER", "Ridwan": "B-PER"}
    tagger = _WordTagger({**labels, "Sukamaju": "B-LOC", "Pelarangan": "B-PER"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Ia lahir di Little Harwood, Lancashire, dan besar di kota itu.")
    assert found == {"Little Harwood": {"place"}, "Lancashire": {"place"}}
    found = _kinds("Pabrik itu berdiri di Sukamaju, Pelarangan.")
    assert found == {"Sukamaju": {"place"}, "Pelarangan": {"place"}}
    # A clause's subject after the place goes on with a verb: a person.
    found = _kinds("Saat ditemui di Sukamaju, Ridwan mengatakan bantuan sudah tiba.")
    assert found == {"Sukamaju": {"place"}, "Ridwan": {"person"}}


def test_a_clubs_a_film_companys_or_an_aircraft_makers_name_is_an_organisation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "karyawan di British Aerospace" was a place, "mantan Boss Films" and
    # "audisi Miss Momoco Club" persons.
    labels = {"Nusa": "B-LOC", "Aerospace": "I-LOC", "Layar": "B-PER", "Films": "I-PER"}
    tagger = _WordTagger({**labels, "Melati": "B-PER", "Club": "I-PER"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Ia lama bekerja di Nusa Aerospace sebagai insinyur.")
    assert found == {"Nusa Aerospace": {"organisation"}}
    found = _kinds("Film itu diproduksi Layar Films tahun lalu.")
    assert found == {"Layar Films": {"organisation"}}
    found = _kinds("Ia lolos audisi Melati Club tahun ini.")
    assert found == {"Melati Club": {"organisation"}}


def test_a_school_level_alone_is_no_entity(monkeypatch: pytest.MonkeyPatch) -> None:
    # NERGrit valid: "hari pertama saya TK" gave an organisation "TK", "ke Gedung SMK baru"
    # a place.
    labels = {"TK": "B-ORG", "Gedung": "B-LOC", "SMK": "I-LOC", "SMA": "B-ORG", "Negeri": "I-ORG"}
    tagger = _WordTagger({**labels, "7": "I-ORG", "Sukamaju": "I-ORG"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    assert _kinds("Ia masih ingat hari pertama masuk TK dulu.") == {}
    assert _kinds("Kegiatan belajar dipindah ke Gedung SMK baru.") == {}
    found = _kinds("Ia lulusan SMA Negeri 7 Sukamaju tahun 2001.")
    assert found == {"SMA Negeri 7 Sukamaju": {"organisation"}}


def test_a_bodys_executive_board_is_one_organisation_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # idner dev: "kunjungan PB HMI" gave the organisation "HMI" without its board.
    tagger = _WordTagger({"PGRS": "B-ORG", "IMKI": "B-ORG"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Menteri menerima kunjungan PB PGRS di kantornya kemarin.")
    assert found == {"PB PGRS": {"organisation"}}
    found = _kinds("Ketua PB IMKI hadir dalam acara itu.")
    assert found == {"PB IMKI": {"organisation"}}


def test_a_name_listed_between_persons_is_a_person(monkeypatch: pytest.MonkeyPatch) -> None:
    # NERGrit valid: "Ye Eun, Sun Mi, dan So Hee" gave an organisation "Sun Mi";
    # "Djaelani Stibis, Sunsungo, Laona Manasa, ..." a place "Laona Manasa".
    labels = {"Ha": "B-PER", "Na": "I-PER", "Min": "B-ORG", "Ji": "I-ORG", "Bo": "B-PER"}
    tagger = _WordTagger({**labels, "Ra": "I-PER", "Sinar": "B-ORG", "Abadi": "I-ORG"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Tiga anggota lainnya, Ha Na, Min Ji, dan Bo Ra, ikut bernyanyi.")
    assert found == {"Ha Na": {"person"}, "Min Ji": {"person"}, "Bo Ra": {"person"}}
    # Not an organisation after the last person, nor one beside a single person.
    found = _kinds("Ha Na dan Bo Ra kini bekerja di Sinar Abadi.")
    assert found.get("Sinar Abadi") == {"organisation"}
    found = _kinds("Ha Na, Sinar Abadi dan pemerintah bekerja sama.")
    assert found.get("Sinar Abadi") == {"organisation"}
