"""Round 22's rules from idner dev's and NERGrit valid's errors: patterns the sidebar got
wrong, each on sentences written for it."""

from __future__ import annotations

import pytest
from warta.search.entities import linking

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.test_entities_dev20 import _LumpingPlaceTagger


class _WordTagger:
    """Tags each word with the label its table gives it (``O`` otherwise), as a tagger
    that read those words so would."""

    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels

    def tag(self, words: list[str]) -> list[str]:
        return [self.labels.get(word, "O") for word in words]


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


def test_an_army_command_is_an_organisation_as_a_police_command_is() -> None:
    # NERGrit valid: "Kodam V Jaya" (a regional army command) was a person.
    found = _kinds("Komandan Korem Wijayakusuma memimpin apel pagi di lapangan.")
    assert found.get("Korem Wijayakusuma") == {"organisation"}
    found = _kinds("Anggota Koramil Cepogo ikut membersihkan jalan desa.")
    assert found.get("Koramil Cepogo") == {"organisation"}


def test_an_air_force_rank_is_no_part_of_the_person_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "Komodor Udara Suryadi Suryadarma" (an air commodore) was one place.
    monkeypatch.setattr(linking, "packaged_tagger", _LumpingPlaceTagger)
    found = _kinds("Kemarin Komodor Udara Budi Santoso terbang ke pangkalan itu.")
    assert found == {"Budi Santoso": {"person"}}


def test_a_religion_is_no_entity(monkeypatch: pytest.MonkeyPatch) -> None:
    # NERGrit valid: "beragama Kristen Protestan" was a person.
    monkeypatch.setattr(linking, "packaged_tagger", _LumpingPlaceTagger)
    assert _kinds("Mayoritas warga beragama Kristen Protestan, sebagian Katolik.") == {}
    # Inside a name a religion stays.
    found = _kinds("mahasiswa Universitas Islam Indonesia berunjuk rasa kemarin.")
    assert found.get("Universitas Islam Indonesia") == {"organisation"}


def test_a_company_runs_from_its_form_to_its_closing_form(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # idner dev: "PT Indonesia Tansport Tbk" was the company "PT Indonesia" and a person
    # "Tansport Tbk".
    labels = {"PT": "B-ORG", "Nusantara": "I-ORG", "Armada": "B-PER", "Tbk": "I-PER"}
    tagger = _WordTagger(labels)
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Kontrak itu diperoleh PT Nusantara Armada Tbk dari Pertamina.")
    assert found.get("PT Nusantara Armada Tbk") == {"organisation"}
    assert "Armada Tbk" not in found


def test_a_name_after_an_honorific_or_before_a_degree_is_a_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "Haji Ahmad" was an organisation, "Soedarto , SH" a place.
    labels = {"Haji": "B-ORG", "Rahmat": "I-ORG", "Sudarsono": "B-LOC"}
    tagger = _WordTagger({**labels, "Pondok": "B-LOC", "Gede": "I-LOC"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Ia anak dari Haji Rahmat, seorang pedagang di kampung itu.")
    assert found.get("Rahmat") == {"person"}
    found = _kinds("Rapat itu dibuka oleh Sudarsono, SH dan para dosen.")
    assert found.get("Sudarsono") == {"person"}
    # An honorific inside a longer name leaves the name after it alone.
    found = _kinds("Jemaah menginap di Asrama Haji Pondok Gede kemarin.")
    assert found.get("Pondok Gede") == {"place"}


def test_a_name_after_bung_is_a_person_where_the_tagger_read_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # idner dev: "pidato Bung Tomo" gave no mention at all.
    tagger = _WordTagger({})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Rekaman pidato Bung Tomo diputar lagi di museum itu.")
    assert found == {"Bung Tomo": {"person"}}
    # A lone call is no name.
    assert _kinds("Ayo, Bung! Kita berangkat sekarang.") == {}


def test_the_flag_is_no_entity(monkeypatch: pytest.MonkeyPatch) -> None:
    # idner dev: "pengibaran bendera Merah Putih" gave an organisation "Merah Putih".
    monkeypatch.setattr(linking, "packaged_tagger", _LumpingPlaceTagger)
    assert _kinds("para pelajar mengibarkan bendera Merah Putih raksasa di pantai.") == {}
    assert _kinds("pasukan itu mengibarkan Sang Saka Merah Putih di halaman.") == {}
    # A body named after it is still the body.
    found = _kinds("kursi pimpinan parlemen dikuasai Koalisi Merah Putih.")
    assert found.get("Koalisi Merah Putih") == {"organisation"}


def test_a_ministers_portfolio_of_higher_learning_or_estates_is_part_of_the_title(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "Menteri Perguruan Tinggi dan Ilmu Pengetahuan Indonesia" gave an
    # organisation "Ilmu Pengetahuan Indonesia".
    monkeypatch.setattr(linking, "packaged_tagger", _LumpingPlaceTagger)
    assert _kinds("ia menjabat Menteri Perguruan Tinggi dan Ilmu Pengetahuan sejak lama.") == {}
    assert _kinds("ia kemudian diangkat menjadi Menteri Perkebunan oleh presiden.") == {}


def test_a_roman_number_after_a_school_is_the_schools_not_a_balinese_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "SMK I Limboto" and "SMK Negeri I Limboto" gave a person "I Limboto".
    labels = {"SMA": "B-ORG", "Negeri": "I-ORG", "I": "B-PER", "II": "B-PER"}
    tagger = _WordTagger({**labels, "Tabanan": "I-PER", "Gianyar": "I-PER"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Siswa SMA Negeri I Tabanan mengikuti upacara bendera.")
    assert found == {"SMA Negeri I Tabanan": {"organisation"}}
    found = _kinds("Lomba itu dimenangi siswa SMK II Gianyar tahun ini.")
    assert found == {"SMK II Gianyar": {"organisation"}}
