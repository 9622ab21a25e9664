"""Round 26's rules from idner dev's and NERGrit valid's errors: patterns the sidebar got
wrong, each on sentences written for it."""

from __future__ import annotations

import pytest
from warta.search.entities import linking

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.test_entities_dev22 import _WordTagger
from tests.test_entities_dev25 import _AloneTagger


def test_a_village_or_a_street_with_its_head_in_lowercase_keeps_the_head(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit valid: "berbatasan dengan desa Terangmas" gave the place "Terangmas" alone,
    # and "jalan Menoreh Raya" the place "Menoreh Raya".
    labels = {"Sukamaju": "B-LOC", "Cibeureum": "B-LOC", "Kenanga": "B-LOC", "Raya": "I-LOC"}
    tagger = _WordTagger({**labels, "Lembang": "B-LOC", "Bandung": "B-LOC"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Desa itu berbatasan dengan desa Sukamaju dan kecamatan Cibeureum di utara.")
    assert found == {"desa Sukamaju": {"place"}, "kecamatan Cibeureum": {"place"}}
    found = _kinds("Posko banjir didirikan di jalan Kenanga Raya sejak Senin.")
    assert found == {"jalan Kenanga Raya": {"place"}}
    # The lowercase head names the same village as the capitalised one.
    body = "Warga Desa Sukamaju mengungsi. Air surut di desa Sukamaju."
    mentions = linking.extract_mentions("", body)
    assert [m.surface for m in mentions] == ["Desa Sukamaju", "desa Sukamaju"]
    assert mentions[0].key == mentions[1].key
    # A head the tagger read into the place, then cut as a lowercase word, comes back.
    tagger.labels.update({"kelurahan": "B-LOC", "Kalibaru": "I-LOC"})
    assert _kinds("Ia tinggal di kelurahan Kalibaru sejak kecil.") == {
        "kelurahan Kalibaru": {"place"}
    }
    # A regency in lowercase is still the regency, not the city of its name.
    mentions = linking.extract_mentions("", "Banjir merendam tiga desa di kabupaten Bandung.")
    assert [(m.surface, m.name) for m in mentions] == [("kabupaten Bandung", "Kabupaten Bandung")]
    # A city after a lowercase "kota" is the city alone, as idner-news-2k writes it; a head
    # after an office or a title belongs to it.
    found = _kinds("Ia pindah ke kota Bandung lalu berjalan kaki ke Lembang.")
    assert found == {"Bandung": {"place"}, "Lembang": {"place"}}
    found = _kinds("Kepala desa Sukamaju datang ke kantor kecamatan Cibeureum.")
    assert found == {"Sukamaju": {"place"}, "Cibeureum": {"place"}}


def test_a_watchdog_named_after_the_country_is_one_body(monkeypatch: pytest.MonkeyPatch) -> None:
    # idner train: "Indonesia Corruption Watch" gave the place Indonesia and a person
    # "Corruption Watch" (after the home country the rest read as a company arm's head).
    labels = {"Indonesia": "B-ORG", "Forest": "I-ORG", "Watch": "I-ORG", "Rahmat": "B-PER"}
    tagger = _WordTagger({**labels, "Photo": "I-ORG", "Service": "I-ORG", "Lubis": "I-PER"})
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Laporan Indonesia Forest Watch menyebut hutan kian rusak.")
    assert found == {"Indonesia Forest Watch": {"organisation"}}
    found = _kinds("Foto itu diarsipkan Indonesia Photo Service sejak 1950.")
    assert found == {"Indonesia Photo Service": {"organisation"}}
    # A company's arm before its executive's name still gives the person.
    tagger.labels.update({"Google": "B-ORG", "Indonesia": "I-ORG"})
    found = _kinds("Manajer Google Indonesia Rahmat Lubis hadir di acara itu.")
    assert found == {"Google Indonesia": {"organisation"}, "Rahmat Lubis": {"person"}}


def test_a_partys_branch_ends_before_the_regency_the_tagger_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # idner train: "DPD Partai NasDem Kabupaten Sumenep" gave a place "Partai NasDem
    # Kabupaten" (the known party grown over the regency's head) and "Sumenep".
    labels = {"Hanura": "B-ORG", "Kabupaten": "B-LOC", "Garut": "I-LOC"}
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _WordTagger(labels))
    found = _kinds("Pengurus DPC Partai Hanura Kabupaten Garut menggelar rapat kemarin.")
    assert found == {"Partai Hanura": {"organisation"}, "Kabupaten Garut": {"place"}}


def test_a_batak_womans_name_with_her_clan_is_one_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit train: "Ermawati br Karo" gave a person "Ermawati" and the regency Karo.
    labels = {"Lestari": "B-PER", "Karo": "B-LOC", "Melati": "B-PER", "Sinaga": "B-LOC"}
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _WordTagger(labels))
    found = _kinds("Korban bernama Lestari br Karo, warga Kabanjahe.")
    assert found.get("Lestari br Karo") == {"person"}
    assert "Karo" not in found
    found = _kinds("Saksi Melati boru Sinaga mengaku melihat pelaku.")
    assert found == {"Melati boru Sinaga": {"person"}}
    # A mosque named after such a person is no person.
    labels.update({"Masjid": "B-LOC", "Umar": "I-LOC", "Khattab": "B-PER"})
    found = _kinds("Warga berkumpul di Masjid Umar bin Khattab selepas magrib.")
    assert not any("Umar" in surface and "person" in kinds for surface, kinds in found.items())


def test_pollsters_watchdogs_and_whos_indonesian_name_are_known(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # idner train: "Organisasi Kesehatan Dunia (WHO)" gave only WHO, "Lingkaran Survei
    # Indonesia (LSI)" the place Indonesia.
    monkeypatch.setattr(linking, "packaged_tagger", lambda: _WordTagger({}))
    body = (
        "Organisasi Kesehatan Dunia mencatat lonjakan kasus. Survei Lingkaran Survei Indonesia "
        "dan Indikator Politik Indonesia menunjukkan hal serupa, kata peneliti ICW."
    )
    mentions = linking.extract_mentions("", body)
    assert [(m.surface, m.kind, m.name) for m in mentions] == [
        ("Organisasi Kesehatan Dunia", "organisation", "WHO"),
        ("Lingkaran Survei Indonesia", "organisation", "Lingkaran Survei Indonesia"),
        ("Indikator Politik Indonesia", "organisation", "Indikator Politik Indonesia"),
        ("ICW", "organisation", "Indonesia Corruption Watch"),
    ]


def test_a_company_named_by_its_industry_after_a_place_is_one_company(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # NERGrit train: "PT Kaltim Prima Coal" gave "PT Kaltim" and a person "Prima Coal",
    # "China Huadian Development" the place China and a person.
    labels = {"China": "B-ORG", "Guodian": "I-ORG", "Development": "I-ORG", "PT": "B-ORG"}
    alone = {
        ("Guodian", "Development"): ["B-PER", "I-PER"],
        ("Mega", "Coal"): ["B-PER", "I-PER"],
    }
    tagger = _AloneTagger({**labels, "Sumsel": "I-ORG", "Mega": "I-ORG", "Coal": "I-ORG"}, alone)
    monkeypatch.setattr(linking, "packaged_tagger", lambda: tagger)
    found = _kinds("Proyek itu digarap China Guodian Development sejak 2019.")
    assert found == {"China Guodian Development": {"organisation"}}
    found = _kinds("Saham PT Sumsel Mega Coal naik tajam kemarin.")
    assert found == {"PT Sumsel Mega Coal": {"organisation"}}
