"""Round 32 (per32): persons in older news of another source, read through
``extract_mentions``: a mayor named right after ``Wali Kota`` with the city left out; an
affixed noun or verb opening a sentence before a name."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions

from tests.test_entities_tidy29 import _found


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Menurut Wali Kota Fauzi Tamim, kota ini berkembang pesat.", "Fauzi Tamim"),
        ("Rencana Wali Kota Amran Tamimi membangun jembatan ditunda.", "Amran Tamimi"),
        ("Kata Wali Kota Fauzi Ramli, jalan itu rusak.", "Fauzi Ramli"),
    ],
)
def test_a_mayor_named_without_the_city_is_a_person(body: str, person: str) -> None:
    # The tagger takes ``Kota`` for a city's head and reads the mayor as the city.
    assert (person, "person") in _found(body), _found(body)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Rencana Wali Kota Bukit Tinggi Baru membangun jembatan ditunda.", "Bukit Tinggi Baru"),
        ("Rencana Wali Kota Pematang Raya membangun jembatan ditunda.", "Pematang Raya"),
        ("Rencana Wali Kota Pulau Sembilan membangun jembatan ditunda.", "Pulau Sembilan"),
        ("Menurut Wali Kota Padang Panjang, kota ini berkembang pesat.", "Padang Panjang"),
        ("Menurut Wali Kota Sabang, kota ini berkembang pesat.", "Sabang"),
    ],
)
def test_the_city_after_wali_kota_stays_a_place(body: str, place: str) -> None:
    assert (place, "place") in _found(body), _found(body)


def test_a_mayor_after_the_city_is_parted_from_it() -> None:
    found = _found("Menurut Wali Kota Padang Fauzi Tamim, kota ini berkembang pesat.")
    assert ("Padang", "place") in found and ("Fauzi Tamim", "person") in found, found


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Ia juara dunia. Lompatan Yelena Kovalenko itu memecahkan rekor.", "Yelena Kovalenko"),
        ("Ia juara dunia. Tolakan Andriy Kovalenko membuat lawannya jatuh.", "Andriy Kovalenko"),
        ("Ia bicara panjang. Bertanyalah Siti Rahayu tentang desanya.", "Siti Rahayu"),
    ],
)
def test_an_affixed_word_opening_the_sentence_is_no_first_name(body: str, person: str) -> None:
    # ``Lompatan`` (a jump) is ``lompat`` with ``-an``: the capital is the sentence's.
    assert (person, "person") in _found(body), _found(body)


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Ia juara dunia. Berliana Kovalenko membuat lawannya jatuh.", "Berliana Kovalenko"),
        ("Ia juara dunia. Permadi Kovalenko membuat lawannya jatuh.", "Permadi Kovalenko"),
        ("Ia bicara panjang. Pramesti Rahayu datang terlambat.", "Pramesti Rahayu"),
        ("Ia bicara panjang. Kemuning Rahayu datang terlambat.", "Kemuning Rahayu"),
    ],
)
def test_a_first_name_opening_the_sentence_stays(body: str, person: str) -> None:
    # Names the stemmer parts (``Berliana``: ``liana``) or a name it leaves whole.
    assert (person, "person") in _found(body), _found(body)


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (
            "Ia datang. Perhimpunan Pelajar Indonesia menggelar acara.",
            "Perhimpunan Pelajar Indonesia",
            "organisation",
        ),
        (
            "Ia datang. Persatuan Guru Republik Indonesia menggelar acara.",
            "Persatuan Guru Republik Indonesia",
            "organisation",
        ),
        ("Ia datang. Kepulauan Seribu ramai dikunjungi.", "Kepulauan Seribu", "place"),
    ],
)
def test_a_name_of_another_kind_keeps_its_affixed_head(body: str, name: str, kind: str) -> None:
    assert (name, kind) in _found(body), _found(body)


def test_a_known_persons_title_stays_out_of_the_name() -> None:
    # ``Ayatollah`` is a title (README): the gazetteer's name is the person's alone.
    found = _found("Upacara dipimpin Ayatollah Ali Khamenei. Khamenei lalu pergi.")
    assert ("Ali Khamenei", "person") in found, found
    assert not any(surface.startswith("Ayatollah") for surface, _ in found), found


def test_the_short_form_links_to_the_full_name() -> None:
    mentions = extract_mentions("", "Ali Khamenei menolak usul itu. Khamenei lalu pergi.")
    assert len({mention.key for mention in mentions if mention.kind == "person"}) == 1


@pytest.mark.parametrize(
    ("body", "judge"),
    [
        ("Sidang dipimpin Ketua Majelis Hakim Harjowiyono. Sidang dimulai siang.", "Harjowiyono"),
        ("Putusan dibacakan Ketua Majelis Hakim Wiryosuharto. Terdakwa diam.", "Wiryosuharto"),
        ("Ketua Majelis Hakim Wiryosuharto menunda sidang itu.", "Wiryosuharto"),
    ],
)
def test_the_judge_after_a_panel_of_judges_is_a_person(body: str, judge: str) -> None:
    # ``majelis hakim`` is a panel: the tagger ran its head into a body.
    assert (judge, "person") in _found(body), _found(body)


@pytest.mark.parametrize(
    ("body", "court"),
    [
        ("Sidang dipimpin Majelis Hakim Tipikor. Sidang dimulai siang.", "Tipikor"),
        ("Sidang dipimpin Majelis Hakim Konstitusi. Sidang dimulai siang.", "Konstitusi"),
        ("Sidang dipimpin Majelis Hakim PN. Sidang dimulai siang.", "PN"),
    ],
)
def test_a_court_after_a_panel_of_judges_stays_a_body(body: str, court: str) -> None:
    assert (court, "organisation") in _found(body), _found(body)


def test_a_supreme_courts_panel_names_no_person() -> None:
    found = _found("Perkara itu diputus Majelis Hakim Agung. Terdakwa banding.")
    assert not any(kind == "person" for _, kind in found), found
