"""Round 31 (idner31): idner-news-2k sentences read alone, each read through
``extract_mentions``."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions


def _found(body: str, title: str = "") -> set[tuple[str, str]]:
    return {(mention.surface, mention.kind) for mention in extract_mentions(title, body)}


@pytest.mark.parametrize(
    ("body", "ticket"),
    [
        ("Partai itu tetap mendukung pemerintahan Jokowi-JK hingga 2019.", "Jokowi-JK"),
        ("Kinerja kabinet Jokowi-JK dinilai membaik.", "Jokowi-JK"),
        ("Survei itu menempatkan SBY-Boediono di urutan pertama.", "SBY-Boediono"),
        (
            "Rudi Hartanto dan Sinta Maharani unggul. Tim pemenangan Rudi-Sinta bersyukur.",
            "Rudi-Sinta",
        ),
    ],
)
def test_two_persons_joined_by_a_hyphen_are_one_ticket(body: str, ticket: str) -> None:
    # The tagger left the hyphened word unread: a ticket of two known persons, or of two
    # persons the text names, is one person mention (as idner marks ``Jokowi-JK``).
    assert (ticket, "person") in _found(body)


@pytest.mark.parametrize(
    "body",
    [
        "Tiket kereta Jakarta-Surabaya habis terjual menjelang Lebaran.",
        "Harga cabai Jokowi-Kurnia, kata pedagang di pasar itu.",
    ],
)
def test_a_hyphened_pair_of_other_names_is_no_ticket(body: str) -> None:
    # A route of two places, or a pair one half of which is no person's name.
    found = _found(body)
    assert not any(kind == "person" and "-" in surface for surface, kind in found)


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        ("Rapat kerja itu digelar di Gedung DPR-RI, Senayan, Selasa.", ("Gedung DPR-RI", "place")),
        ("Seorang anggota DPR-RI menolak usulan tersebut.", ("DPR-RI", "organisation")),
        ("Wakil Ketua MPR-RI membuka acara itu.", ("MPR-RI", "organisation")),
    ],
)
def test_a_body_hyphened_to_ri_is_one_name(body: str, mention: tuple[str, str]) -> None:
    # ``DPR-RI`` was parted at the hyphen as a relation (``Gedung DPR`` and the country
    # ``RI``); it is ``DPR RI`` written with a hyphen.
    found = _found(body)
    assert mention in found
    assert ("RI", "place") not in found


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        ("Kerja sama KPK-AS dalam kasus itu berlanjut.", ("KPK", "AS")),
        ("Pertemuan PBB-RI di Jenewa membahas iklim.", ("PBB", "RI")),
    ],
)
def test_a_body_hyphened_to_a_country_elsewhere_stays_a_relation(
    body: str, parts: tuple[str, str]
) -> None:
    found = {surface for surface, _ in _found(body)}
    assert set(parts) <= found


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Lorvanne S.A., sebuah perusahaan konstruksi berbasis Lyon, melaporkan laba naik.",
            "Lorvanne S.A.",
        ),
        ("Perusahaan Vantoria N.V. menutup dua pabriknya tahun lalu.", "Vantoria N.V."),
        ("Mobil itu dirakit oleh Cardello S.p.A. di Turin.", "Cardello S.p.A."),
    ],
)
def test_a_name_before_a_dotted_foreign_form_is_a_company(body: str, company: str) -> None:
    # ``S.A.`` is tokenised letter by letter and the tagger read nothing there: the
    # company was lost (or its name alone read as a person's).
    assert (company, "organisation") in _found(body)


def test_a_dotted_form_after_no_name_is_no_company() -> None:
    assert _found("Menurut dia, S.A. adalah inisial tersangka itu.") == set()
