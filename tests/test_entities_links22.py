"""Round 22's wrong links (issue #14), found auditing 1,000 IndoSum articles: a company's
name that is a person's given name, a cup named after a person, a word that names a
hotel in as many articles as a person."""

from __future__ import annotations

from pathlib import Path

import pytest
from warta.search.entities import EntityRegistry, KeyStat
from warta.search.service import SearchService

from tests.mention_kinds import kinds_by_surface


def _service(tmp_path: Path, articles: dict[str, str]) -> SearchService:
    """An index of ``articles`` (file name -> title and body), built."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in articles.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    return service


def _surfaces(service: SearchService, name: str, kind: str) -> list[tuple[str, str]]:
    """(article, surface) of every mention linked to the entity of ``kind`` named ``name``."""
    (entity,) = [e for e in service.entities(kind) if e.name == name]
    return [(m.article, m.surface) for m in service.mentions(entity.id)]


def test_a_company_name_opening_a_persons_full_name_is_the_person(tmp_path: Path) -> None:
    # The shuttler Sony Dwi Kuncoro was the company Sony in every article about him.
    service = _service(
        tmp_path,
        {
            "bulutangkis": "Langkah terhenti\n\nPemain tunggal putra Indonesia, Sony Dwi "
            "Kuncoro, tersingkir di babak kedua Jepang Terbuka. Sony kalah dua gim langsung "
            'dari wakil tuan rumah. "Saya terlalu banyak membuat kesalahan," kata Sony.\n',
            "konsol": "Konsol baru\n\nSony meluncurkan konsol gim terbarunya di Tokyo. Sony "
            "menjual konsol itu mulai bulan depan.\n",
        },
    )
    company = _surfaces(service, "Sony", "organisation")
    assert company and {article for article, _ in company} == {"konsol"}
    assert [surface for _, surface in _surfaces(service, "Sony Dwi Kuncoro", "person")] == [
        "Sony Dwi Kuncoro",
        "Sony",
        "Sony",
    ]


def test_a_cup_named_after_a_person_is_no_mention_of_them(tmp_path: Path) -> None:
    # Seven mentions of the badminton cup Piala Sudirman were a person Sudirman.
    service = _service(
        tmp_path,
        {
            "piala": "Target pelatnas\n\nGanda putra mengincar Indonesia Masters, Piala "
            "Sudirman dan Asian Games. Kegagalan di Piala Sudirman menjadi pelajaran.\n",
            "angkot": "Sopir angkot mengadu\n\nKepala Dinas Perhubungan Sumsel, Sudirman, "
            'menampung keluhan sopir angkot. "Kami akan menata trayek," ujar Sudirman.\n',
        },
    )
    assert {article for article, _ in _surfaces(service, "Sudirman", "person")} == {"angkot"}
    assert all(m.surface != "Sudirman" for m in service.article_mentions("piala"))


@pytest.mark.parametrize(
    ("as_person", "as_place", "joined"),
    [(1, 1, "alexis"), (2, 1, "alexis_sanchez")],
)
def test_a_word_read_as_a_place_as_often_as_a_person_joins_no_one(
    as_person: int, as_place: int, joined: str
) -> None:
    # "menutup Alexis" (a Jakarta hotel) in one article, the footballer's first name in
    # another: the hotel's mentions joined Alexis Sanchez. Read as a person in most
    # articles, the first name still joins him.
    full = KeyStat("alexis_sanchez", "Alexis Sanchez", "person", "Alexis Sanchez", 6, 12)
    person = KeyStat("alexis", "Alexis", "person", "Alexis", as_person, as_person)
    place = KeyStat("alexis", "Alexis", "place", "Alexis", as_place, 4)
    assert EntityRegistry.build([full, person, place]).resolve("alexis") == joined


@pytest.mark.parametrize(
    ("body", "name", "kind", "surfaces"),
    [
        # "Stadion Gelora Bandung Lautan Api (GBLA)": GBLA was an organisation of its own.
        (
            "Pertandingan akan digelar di Stadion Manahan Surakarta Raya (MSR) pada Minggu "
            "malam. Panitia menyiapkan 20.000 tiket di MSR.",
            "Stadion Manahan Surakarta Raya",
            "place",
            ["Stadion Manahan Surakarta Raya", "MSR", "MSR"],
        ),
        # "kasus e - KTP Irman" made a person "KTP Irman" beside Irman.
        (
            "Jaksa menghadirkan saksi kasus e - KTP Wahyudi dan Sutrisno di pengadilan. "
            "Wahyudi membantah menerima uang.",
            "Wahyudi",
            "person",
            ["Wahyudi", "Wahyudi"],
        ),
    ],
)
def test_every_mention_of_the_name_links_to_it(
    tmp_path: Path, body: str, name: str, kind: str, surfaces: list[str]
) -> None:
    service = _service(tmp_path, {"berita": f"Kabar hari ini\n\n{body}\n"})
    assert [surface for _, surface in _surfaces(service, name, kind)] == surfaces


def test_a_known_person_with_an_honorific_and_respelt_is_that_person(tmp_path: Path) -> None:
    # "Habib Rizieq Syihab" (the alias Habib Rizieq grown by the other spelling of Shihab)
    # was a person of its own beside Rizieq Shihab.
    service = _service(
        tmp_path,
        {
            "pulang": "Rencana pulang\n\nImam Besar FPI Habib Rizieq Syihab belum memastikan "
            "tanggal kepulangannya ke Jakarta.\n",
        },
    )
    found = service.entity("Habib Rizieq Syihab")
    assert found is not None and found.name == "Rizieq Shihab"


def test_a_competitions_trophy_in_lowercase_is_still_the_competition() -> None:
    kinds = kinds_by_surface("Klub itu sudah lima kali mengangkat piala Liga Champions.")
    assert kinds.get("Liga Champions") == {"organisation"}


def test_a_place_opening_a_name_after_a_break_stays_the_place() -> None:
    # Only a company is a given name so: "Indonesia Corruption Watch" made every later
    # "Indonesia" of the article that body, read as a person.
    kinds = kinds_by_surface(
        "Jakarta - Indonesia Corruption Watch mendesak DPR membuka anggaran. Utang Indonesia naik."
    )
    assert kinds.get("Indonesia") == {"place"}


def test_a_clubs_short_form_alone_in_a_match_report_is_the_club(tmp_path: Path) -> None:
    # "kandang Palace": an organisation Palace of its own beside Crystal Palace.
    service = _service(
        tmp_path,
        {
            "liga": "Laga tandang\n\nSwansea bertanding di Selhurst Park, kandang Palace, akhir "
            "pekan ini.\n",
        },
    )
    assert _surfaces(service, "Crystal Palace", "organisation") == [("liga", "Palace")]


def test_an_acronym_after_a_buildings_name_is_the_body_it_houses() -> None:
    kinds = kinds_by_surface(
        "Direksi menggelar paparan publik di Gedung Bursa Efek Indonesia (BEI), Jakarta. "
        "BEI mencatat saham itu naik."
    )
    assert kinds.get("BEI") == {"organisation"}
