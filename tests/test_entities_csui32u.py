"""Round 32 (csui32u): economic news of 2007 read through ``extract_mentions``: a venue
housing two bodies, a state, a partners' firm, a minister of state's portfolio and an
official named before the town the speaker spoke in. Every sentence is invented."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions


def _found(body: str) -> set[tuple[str, str]]:
    return {(mention.surface, mention.kind) for mention in extract_mentions("", body)}


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        ("Sidang paripurna dibuka di Gedung MPR/DPR, Jakarta, Senin.", "Gedung MPR/DPR"),
        ("Mahasiswa berkumpul di depan Gedung DPR/MPR pagi ini.", "Gedung DPR/MPR"),
        ("Presiden berpidato di Gedung MPR/DPR/DPD di Senayan.", "Gedung MPR/DPR/DPD"),
    ],
)
def test_a_venue_named_after_bodies_joined_by_a_slash_is_one_place(body: str, venue: str) -> None:
    # The building stopped at the first acronym (``Gedung MPR``) and the second one was
    # a body of its own.
    assert (venue, "place") in _found(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Anggota MPR/DPR hadir di Gedung Nusantara.", {("MPR", "organisation")}),
        ("Ia menyebut perbandingan DPR/MPR tidak seimbang.", {("DPR", "organisation")}),
        ("Rapat digelar di Gedung Sate/Bandung pekan lalu.", {("Bandung", "place")}),
    ],
)
def test_a_slash_outside_a_venue_joins_nothing(body: str, expected: set) -> None:
    found = _found(body)
    assert expected <= found, found
    assert not any("/" in surface for surface, _ in found), found


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Pemerintah negara bagian Kerala mengumumkan libur panjang.", "Kerala"),
        ("Banjir melanda negara bagian Assam sejak pekan lalu.", "Assam"),
    ],
)
def test_a_name_after_negara_bagian_is_a_place(body: str, place: str) -> None:
    # ``negara bagian Kerala`` was a person.
    assert (place, "place") in _found(body)
    assert (place, "person") not in _found(body)


def test_negara_bagian_leaves_a_person_after_a_comma_a_person() -> None:
    found = _found("Gubernur negara bagian itu, Budi Santoso, menolak usul tersebut.")
    assert ("Budi Santoso", "person") in found
    found = _found("Kepala negara bagian Bavaria, Markus Sander, hadir di sana.")
    assert ("Markus Sander", "person") in found


@pytest.mark.parametrize(
    ("body", "firm"),
    [
        (
            "Laporan itu diaudit kantor akuntan publik Purnomo Hadi dan Rekan.",
            "Purnomo Hadi dan Rekan",
        ),
        ("Kantor hukum Hadi Santoso & Rekan mewakili perusahaan itu.", "Hadi Santoso & Rekan"),
    ],
)
def test_a_name_before_dan_rekan_is_a_firm(body: str, firm: str) -> None:
    # The founder the firm is named after was the mention, a person.
    found = _found(body)
    assert (firm, "organisation") in found, found
    assert not any(kind == "person" for _, kind in found), found


@pytest.mark.parametrize(
    "body",
    [
        "Budi Santoso dan rekan-rekannya datang ke Jakarta kemarin.",
        "Budi Santoso dan Rekan Kerjanya datang ke kantor.",
        "Rapat dihadiri Budi Santoso dan Rekan Sejawat dari Bandung.",
    ],
)
def test_colleagues_after_a_person_make_no_firm(body: str) -> None:
    found = _found(body)
    assert ("Budi Santoso", "person") in found, found
    assert not any("Rekan" in surface for surface, _ in found), found


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            '"Inflasi terkendali," kata Kepala Eksekutif LPS, Dharma Wijaya di Jakarta, Kamis.',
            "Dharma Wijaya",
        ),
        ('"Pasar stabil," kata Kepala BPS, Sinta Wijaya di Jakarta, Senin.', "Sinta Wijaya"),
        (
            '"Pasar stabil," kata Sekretaris Utama Bappenas, Bagas Wijaya di Jakarta, Kamis.',
            "Bagas Wijaya",
        ),
    ],
)
def test_an_official_apposed_before_the_town_spoken_in_is_a_person(body: str, person: str) -> None:
    # ``Kepala X, Nama di Jakarta``: the holder was read as a place.
    found = _found(body)
    assert (person, "person") in found, found
    assert ("Jakarta", "place") in found, found


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ('"Harga naik," kata Kepala Dinas Pariwisata, Bali di Denpasar.', "Bali"),
        ("Ia bekerja sebagai kepala sekolah, Sumatera Barat di Padang.", "Sumatera Barat"),
        ("Ia menjabat Direktur Utama PT Garuda, Surabaya di Jawa Timur.", "Surabaya"),
    ],
)
def test_a_place_apposed_before_di_stays_a_place(body: str, place: str) -> None:
    assert (place, "place") in _found(body)


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Meneg PPN Hendra Sasmita membuka pertemuan itu.", "Hendra Sasmita"),
        ('"Dananya cukup," kata Meneg PPN/Kepala Bappenas, Rudi Hartanto.', "Rudi Hartanto"),
    ],
)
def test_a_portfolio_after_meneg_is_part_of_the_title(body: str, person: str) -> None:
    # ``Meneg PPN`` (minister of state for national development planning): ``PPN`` was
    # read as a person.
    found = _found(body)
    assert (person, "person") in found, found
    assert not any(surface == "PPN" for surface, _ in found), found


def test_a_person_after_meneg_stays_a_person() -> None:
    found = _found("Meneg Ratna Sari menghadiri rapat di Bandung.")
    assert ("Ratna Sari", "person") in found, found
    found = _found("Meneg Pemuda dan Olahraga Adhyaksa Wibowo membuka acara.")
    assert ("Adhyaksa Wibowo", "person") in found, found


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Kapal itu dibangun Samsung Heavy Industries Co. Ltd. dari Korea Selatan.",
            "Samsung Heavy Industries Co. Ltd.",
        ),
        (
            "Kapal itu dibangun Daewoo Shipbuilding Co., Ltd. dari Korea.",
            "Daewoo Shipbuilding Co., Ltd.",
        ),
        (
            "Kapal tanker itu dipesan dari Hanjin Heavy Industries Co. Ltd.",
            "Hanjin Heavy Industries Co. Ltd",
        ),
    ],
)
def test_a_company_runs_over_a_second_legal_form(body: str, company: str) -> None:
    # The name stopped at the first form's stop (``Samsung Heavy Industries Co``).
    assert (company, "organisation") in _found(body)


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Dana berasal dari Sinar Capital Ltd. Co-pendirinya menolak berkomentar.",
            "Sinar Capital Ltd",
        ),
        ("Saham dibeli Apple Inc. Perusahaan itu lalu naik.", "Apple Inc"),
    ],
)
def test_a_company_stops_at_its_form_before_anything_else(body: str, company: str) -> None:
    # A capital after the stop opens a sentence: the stop is the sentence's (a comma after
    # it, ``Corp., lalu``, keeps it in the name: ``_close_companies_over_form_dots``).
    assert (company, "organisation") in _found(body)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Maskapai itu terbang ke Sulawesi Utara (Sulut), Maluku Utara (Malut), Labuhan Bajo"
            " dan Bali.",
            "Labuhan Bajo",
        ),
        ("Maskapai itu menambah rute ke Ambon, Sorong, Labuhan Bajo dan Kupang.", "Labuhan Bajo"),
    ],
)
def test_a_name_listed_among_places_is_a_place(body: str, place: str) -> None:
    # The unknown town between listed places was read as a person.
    assert (place, "place") in _found(body)


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Di Bandung, Budi Santoso dan Siti Aminah hadir.", "Budi Santoso"),
        ("Warga Bogor, Andi Wijaya, dan Depok ikut hadir.", "Andi Wijaya"),
        ("Ia terbang ke Jakarta, lalu Budi Santoso dan Bandung.", "Budi Santoso"),
    ],
)
def test_a_person_beside_few_places_stays_a_person(body: str, person: str) -> None:
    assert (person, "person") in _found(body)


@pytest.mark.parametrize(
    "body",
    [
        "Perseroan akan menerbitkan Obligasi Bank Sejahtera II Tahun 2007 dalam dua seri.",
        "Sementara Obligasi Subordinasi Bank Sejahtera II Tahun 2007 berjangka waktu 10 tahun.",
    ],
)
def test_a_bond_named_after_its_bank_names_the_bank(body: str) -> None:
    # The bond's words and series were one organisation (``Obligasi Bank Sejahtera II``).
    assert ("Bank Sejahtera", "organisation") in _found(body)
    assert not any(surface.startswith("Obligasi") for surface, _ in _found(body))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a bond named after no bank or known company: the state's
        (
            "Pemerintah menerbitkan Obligasi Ritel Indonesia (ORI) seri ketiga.",
            "Obligasi Ritel Indonesia (ORI)",
        ),
        (
            "Perusahaan menerbitkan Obligasi Negara Ritel III tahun ini.",
            "Obligasi Negara Ritel III",
        ),
        # no bond: the series' numeral is the bank's or the company's own
        ("Bank Sejahtera II membuka kantor cabang di Medan.", "Bank Sejahtera II"),
        ("Kinerja PT Pelabuhan Nusantara II membaik.", "PT Pelabuhan Nusantara II"),
    ],
)
def test_names_outside_a_bank_s_bond_are_kept(body: str, name: str) -> None:
    assert (name, "organisation") in _found(body)


@pytest.mark.parametrize(
    ("body", "company"),
    [
        ("Saham itu dijual kepada Ashford Funds pekan lalu.", "Ashford Funds"),
        ("Perusahaan itu dimiliki Harbour Limited dari Hong Kong.", "Harbour Limited"),
    ],
)
def test_a_name_ending_in_funds_or_limited_is_a_company(body: str, company: str) -> None:
    # ``Ashford Funds`` was a person, ``Harbour Limited`` no mention.
    assert (company, "organisation") in _found(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Menurut Rudi Hartono, hedge funds asing terus masuk.", ("Rudi Hartono", "person")),
        ("Investor dari Singapura menaruh dananya di Jakarta.", ("Singapura", "place")),
        ("Sepatu Limited Edition itu habis terjual di Bandung.", ("Bandung", "place")),
    ],
)
def test_funds_and_limited_leave_other_names_alone(body: str, expected: tuple) -> None:
    found = _found(body)
    assert expected in found, found
    assert not any(kind == "organisation" for _, kind in found), found
