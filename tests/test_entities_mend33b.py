"""Round 33's review of mend33a's rules mended: a person called ``… Branch`` after a
company, a component's maker mid-name, a hometown's province before a listed name and a
numbered office's second province."""

import pytest
from warta.search.entities import extract_mentions

from tests.mention_kinds import surfaces_and_kinds as _found


@pytest.mark.parametrize(
    ("body", "company", "person"),
    [
        (
            "Kontrak ditandatangani dengan Warner Records Michelle Branch pada 2019.",
            "Warner Records",
            "Michelle Branch",
        ),
        (
            "Kata juru bicara Sony Music Michelle Branch kepada wartawan.",
            "Sony Music",
            "Michelle Branch",
        ),
        ("Bek Manchester United Anna Branch cedera.", "Manchester United", "Anna Branch"),
    ],
)
def test_a_person_called_branch_after_a_company_is_no_branch_of_it(
    body: str, company: str, person: str
) -> None:
    assert _found(body) == [(company, "organisation"), (person, "person")]


def test_a_known_company_s_branch_is_an_organisation_of_its_own() -> None:
    # mend33e: a branch named after a place is its own organisation (README), not the company
    mentions = extract_mentions("", "Dana disalurkan Bank Mandiri Singapore Branch kemarin.")
    assert [(m.surface, m.key) for m in mentions] == [
        ("Bank Mandiri Singapore Branch", "bank_mandiri_singapore_branch")
    ]


def test_a_company_s_branch_read_with_the_company_s_last_word_is_the_company_s() -> None:
    # the tagger read ``Standard Chartered`` + ``Bank Indonesia Branch``: the place closes
    # the company's ``Bank``
    found = _found("Dana disalurkan Standard Chartered Bank Indonesia Branch kemarin.")
    assert found == [("Standard Chartered Bank Indonesia Branch", "organisation")]


@pytest.mark.parametrize(
    ("body", "product"),
    [
        ("Ponsel itu menjalankan OS Hello UI.", "Hello UI"),
        ("Ponsel itu memakai GPU Adreno X Premium.", "Adreno X Premium"),
    ],
)
def test_a_known_acronym_in_a_model_s_name_is_no_maker(body: str, product: str) -> None:
    assert _found(body) == [(product, "product")]


@pytest.mark.parametrize(
    ("body", "cut"),
    [
        ("Ponsel itu menjalankan OS One UI 6.1 berbasis Android 14.", "One"),
        ("Ponsel itu menjalankan OS Realme UI 5.0.", "Realme"),
    ],
)
def test_a_model_s_name_is_not_cut_before_more_of_it(body: str, cut: str) -> None:
    # the name goes on after ``UI``: no product of the words before it alone
    assert (cut, "product") not in _found(body), _found(body)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Tur itu singgah di Jakarta, Bandung, Alice Springs dan Bali.", "Alice Springs"),
        ("Tur itu singgah di Sydney, Melbourne, Alice Springs dan Bali.", "Alice Springs"),
        ("Festival digelar di Jakarta, Bogor, Jefferson City, dan Denpasar.", "Jefferson City"),
        ("Maskapai membuka rute ke Makassar, Ambon, Martin Place, dan Kupang.", "Martin Place"),
        # a city and its province, then a place's name: still a place
        ("Tur itu singgah di Denpasar, Bali, Alice Springs dan Perth.", "Alice Springs"),
    ],
)
def test_a_place_after_two_listed_places_but_no_hometown_stays_a_place(
    body: str, place: str
) -> None:
    assert (place, "place") in _found(body), _found(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Jalan yang ditangani Balai Pelaksana Jalan Nasional (BPJN) IX Maluku dan Maluku"
            " Tengah masih rusak.",
            [
                ("Balai Pelaksana Jalan Nasional (BPJN) IX Maluku", "organisation"),
                ("Maluku Tengah", "place"),
            ],
        ),
        (
            "Bantuan dari PTPN VII Lampung dan Lampung Selatan tiba.",
            [("PTPN VII", "organisation"), ("Lampung", "place"), ("Lampung Selatan", "place")],
        ),
        (
            "Kepala Balai Besar Wilayah Sungai (BBWS) II Jawa Barat dan Jawa Tengah hadir.",
            [
                ("Balai Besar Wilayah Sungai (BBWS) II", "organisation"),
                ("Jawa Barat", "place"),
                ("Jawa Tengah", "place"),
            ],
        ),
    ],
)
def test_a_numbered_office_s_seat_runs_over_no_regency_nor_other_province(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(body) == expected
