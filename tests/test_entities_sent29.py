"""Round 29's rules for names a lone sentence can still decide, and for organisations
(idner dev, NERGrit valid and IndoSum errors), each on sentences written for it."""

from __future__ import annotations

import pytest
from warta.search.entities import linking

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.test_entities_dev22 import _WordTagger


class _AloneTagger(_WordTagger):
    """A word table's tagger that reads some names otherwise when given them alone, as a
    tagger reads a word by its neighbours."""

    def __init__(self, labels: dict[str, str], alone: dict[tuple[str, ...], list[str]]) -> None:
        super().__init__(labels)
        self.alone = alone

    def tag(self, words: list[str]) -> list[str]:
        return self.alone.get(tuple(words)) or super().tag(words)


def _tagger_reads(
    monkeypatch: pytest.MonkeyPatch,
    labels: dict[str, str],
    alone: dict[tuple[str, ...], list[str]] | None = None,
) -> None:
    """Make the pipeline's tagger read words as ``labels`` says (and ``alone`` when
    given those words alone)."""
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _AloneTagger(labels, alone or {}))


def test_a_company_opening_with_a_place_runs_on_over_the_next_known_place(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # IndoSum: "PT Indonesia Asahan Aluminium (Persero)" gave "PT Indonesia" and a second
    # company "Asahan Aluminium (Persero)": the known place Asahan cut the name.
    labels = {"PT": "B-ORG", "Indonesia": "I-ORG", "Deli": "I-ORG", "Serdang": "I-ORG"}
    labels.update({"Sawit": "I-ORG", "Budi": "B-PER", "Hartono": "I-PER"})
    _tagger_reads(monkeypatch, labels)
    found = _kinds("Ia menjadi direktur PT Indonesia Deli Serdang Sawit (Persero) kemarin.")
    assert found == {"PT Indonesia Deli Serdang Sawit (Persero)": {"organisation"}}
    # The company's chief after it stays a person of its own.
    found = _kinds("Direktur PT Indonesia Deli Serdang Sawit Budi Hartono hadir di sana.")
    assert found == {
        "PT Indonesia Deli Serdang Sawit": {"organisation"},
        "Budi Hartono": {"person"},
    }


def test_a_generals_title_is_no_part_of_the_body_named_before_him(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # IndoSum: "Panglima Angkatan Bersenjata Jenderal Joseph F Durford" gave a body
    # "Angkatan Bersenjata Jenderal" where the tagger read the person alone.
    _tagger_reads(monkeypatch, {"Tomas": "B-PER", "Wirawan": "I-PER"})
    found = _kinds("Ia diundang Kepala Staf Angkatan Udara Kerajaan Jenderal Tomas Wirawan.")
    assert found.get("Tomas Wirawan") == {"person"}
    assert not [surface for surface in found if surface.endswith("Jenderal")]
    # A title inside a body's name stays there.
    found = _kinds("Laporan itu diterima Direktorat Jenderal Bea Laut pekan lalu.")
    assert found == {"Direktorat Jenderal Bea Laut": {"organisation"}}


def test_a_partys_national_board_before_its_acronym_names_the_party() -> None:
    # IndoSum: "Dewan Pengurus Nasional PKPI M Mahfuz Abdullah" gave a body "Nasional
    # PKPI" (read as a political current and a party, as "Sosial Demokrat" is).
    found = _kinds("Ketua Dewan Pengurus Nasional PKB Ahmad Sulaiman hadir di Jakarta.")
    assert found.get("PKB") == {"organisation"}
    assert "Nasional PKB" not in found
    # A current before a party's one-word name is still another party.
    assert _kinds("Partai itu bersekutu dengan Liberal Demokrat.") == {
        "Liberal Demokrat": {"organisation"}
    }


def test_parties_of_indonesias_elections_and_history_are_known() -> None:
    # IndoSum and NERGrit valid: PKPI, a party of the 2019 election, was cut to "Persatuan
    # Indonesia"; PKI, written with the 1965 movement, was found nowhere.
    found = _kinds("Partai Keadilan dan Persatuan Indonesia (PKPI) gagal lolos verifikasi.")
    assert found == {"Partai Keadilan dan Persatuan Indonesia (PKPI)": {"organisation"}}
    found = _kinds("Film itu mengisahkan penumpasan G30S/PKI pada 1965.")
    assert found == {"PKI": {"organisation"}}


def test_a_body_defined_with_its_acronym_once_is_one_where_its_seat_follows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # IndoSum, sentence by sentence: "Organisasi Angkutan Darat (Organda) Pekanbaru" and
    # "Badan Pengatur Jalan Tol (BPJT) Herry ..." gave the acronym alone or nothing: in a
    # lone sentence the acronym is not used again, which told a body from a category.
    _tagger_reads(monkeypatch, {"Rudi": "B-PER", "Hartawan": "I-PER"})
    found = _kinds("Ketua Lembaga Pengkajian Hutan Tropis (LPHT) Kalimantan Rudi Hartawan hadir.")
    assert found.get("Lembaga Pengkajian Hutan Tropis (LPHT)") == {"organisation"}
    assert found.get("Rudi Hartawan") == {"person"}
    # A category explained once has no name after it; a name of two words before a name
    # is often a level whose acronym opens that name (Timnas Indonesia).
    assert _kinds("Dananya dari Badan Usaha Milik Daerah (BUMD) atau swasta.") == {}
    found = _kinds("Laga antara Tim Nasional (Timnas) Indonesia dan Brunei berakhir imbang.")
    assert "Tim Nasional (Timnas)" not in found


def test_a_person_after_the_country_they_come_from_is_no_part_of_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # IndoSum, sentence by sentence: "Gelandang asal Brasil Fernandinho" gave one place,
    # "asal Jepang Takeshi Kamura" too.
    labels = {"Brasil": "B-LOC", "Orlandinho": "I-LOC", "Malang": "B-LOC", "Raya": "I-LOC"}
    alone = {("Orlandinho",): ["B-PER"]}
    _tagger_reads(monkeypatch, labels, alone)
    found = _kinds("Gelandang asal Brasil Orlandinho masih akan bersama klubnya.")
    assert found == {"Brasil": {"place"}, "Orlandinho": {"person"}}
    # A place's own last word stays with it: it reads as no person alone.
    assert _kinds("Ia pengusaha asal Malang Raya yang sukses.") == {"Malang Raya": {"place"}}


def test_a_club_after_a_match_cue_ends_before_the_venue(monkeypatch: pytest.MonkeyPatch) -> None:
    # IndoSum, sentence by sentence: "menjamu Knicks di Staples Center" gave a club
    # "Knicks di" (di read as a particle of a name, as in Copa del Rey).
    _tagger_reads(monkeypatch, {"Gardena": "B-LOC", "Arena": "I-LOC"})
    found = _kinds("Tim tuan rumah yang menjamu Rockies di Gardena Arena menang tipis.")
    assert found.get("Rockies") == {"organisation"}
    assert "Rockies di" not in found


def test_the_creative_economy_agency_is_known() -> None:
    # IndoSum: "Wakil Kepala Bekraf Ricky Pesik" gave a person "Bekraf Ricky Pesik".
    found = _kinds("Wakil Kepala Bekraf Rudi Santosa membuka pameran itu.")
    assert found == {"Bekraf": {"organisation"}, "Rudi Santosa": {"person"}}
