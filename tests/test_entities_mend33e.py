"""Round 33's review of gov33's and mend33b's rules mended: a component's maker after a
capitalised word or written as its acronym, two spellings of one regional government, a
company's branch, a government over a line break or of a city-state, a hometown's
province, and a numbered office's split provinces."""

import pytest
from warta.search.entities import extract_mentions

from tests.mention_kinds import surfaces_and_kinds as _found


def _keys(title: str, body: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.kind, m.key) for m in extract_mentions(title, body)]


@pytest.mark.parametrize(
    ("body", "product", "maker"),
    [
        (
            "Ponsel itu ditenagai chipset Exynos 2200 Samsung Electronics dengan RAM 8 GB.",
            "Exynos 2200",
            "Samsung",
        ),
        (
            "Ponsel itu ditenagai chipset Kirin 710 HiSilicon Technologies.",
            "Kirin 710",
            "HiSilicon",
        ),
        ("Ponsel itu ditenagai chipset Kirin 970 HiSilicon Huawei.", "Kirin 970", "HiSilicon"),
        ("Ponsel murah itu memakai SoC Helio P60 MediaTek Taiwan.", "Helio P60", "MediaTek"),
        ("Laptop itu memakai CPU Ryzen 7 AMD dan RAM 16 GB.", "Ryzen 7", "AMD"),
        ("Laptop itu memakai CPU Ryzen 7 AMD.", "Ryzen 7", "AMD"),
    ],
)
def test_a_maker_before_a_capitalised_word_or_as_its_acronym_stays_the_maker(
    body: str, product: str, maker: str
) -> None:
    found = _found(body)
    assert (product, "product") in found, found
    assert (maker, "organisation") in found, found


def test_a_maker_in_a_title_stays_the_maker() -> None:
    found = [
        (s, k) for s, k, _ in _keys("Ponsel Murah dengan SoC Exynos 850 Samsung Resmi Dijual", "")
    ]
    assert ("Exynos 850", "product") in found, found
    assert ("Samsung", "organisation") in found, found


def _key_of(found: list[tuple[str, str, str]], surface: str) -> str:
    return next(key for name, kind, key in found if name == surface and kind == "organisation")


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            "Pemerintah Provinsi Sumsel menerima bantuan. Pemerintah Provinsi Sumatera Selatan"
            " berterima kasih.",
            "Pemerintah Provinsi Sumsel",
            "Pemerintah Provinsi Sumatera Selatan",
        ),
        (
            "Pemerintah Provinsi NTB menunda lelang. Pemerintah Provinsi Nusa Tenggara Barat"
            " akan mengumumkannya.",
            "Pemerintah Provinsi NTB",
            "Pemerintah Provinsi Nusa Tenggara Barat",
        ),
        (
            "Pemerintah Provinsi Jakarta menutup jalan itu. Pemprov DKI Jakarta juga melarang"
            " parkir.",
            "Pemerintah Provinsi Jakarta",
            "Pemprov DKI Jakarta",
        ),
    ],
)
def test_one_government_written_two_ways_is_one_entity(body: str, first: str, second: str) -> None:
    found = _keys("", body)
    assert _key_of(found, first) == _key_of(found, second), found


def test_a_government_of_a_known_place_s_other_name_is_the_known_body() -> None:
    found = _keys("", "Pemerintah Provinsi Jakarta menutup jalan itu.")
    assert _key_of(found, "Pemerintah Provinsi Jakarta") == "pemerintah_provinsi_dki_jakarta"


def test_governments_of_two_levels_of_one_place_stay_two() -> None:
    found = _keys(
        "", "Pemerintah Kota Bandung dan Pemerintah Kabupaten Bandung menandatangani perjanjian."
    )
    assert _key_of(found, "Pemerintah Kota Bandung") != _key_of(
        found, "Pemerintah Kabupaten Bandung"
    ), found


def test_a_government_is_not_joined_over_a_line_break() -> None:
    found = _found("Sumber: Humas Pemerintah\nKota Bandung kembali menutup jalan itu.")
    assert ("Kota Bandung", "place") in found, found


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Pemerintah Kota Vatikan menolak tuduhan itu.", "Vatikan"),
        ("Pemerintah Kota Singapura menolak tuduhan itu.", "Singapura"),
    ],
)
def test_a_city_state_s_government_stays_the_country(body: str, place: str) -> None:
    found = _found(body)
    assert not any(kind == "organisation" for _, kind in found), found
    assert any(surface.endswith(place) and kind == "place" for surface, kind in found), found


@pytest.mark.parametrize(
    ("body", "branch", "key"),
    [
        (
            "Dana itu disimpan di HSBC Singapore Branch sejak 2015. HSBC juga menolak.",
            "HSBC Singapore Branch",
            "hsbc_singapore_branch",
        ),
        (
            "Dana disalurkan Standard Chartered Bank Indonesia Branch kemarin.",
            "Standard Chartered Bank Indonesia Branch",
            "standard_chartered_bank_indonesia_branch",
        ),
    ],
)
def test_a_company_s_branch_in_a_place_is_an_organisation_of_its_own(
    body: str, branch: str, key: str
) -> None:
    found = _keys("", body)
    assert (branch, "organisation", key) in found, found


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Festival digelar di Surabaya, Jakarta, Victoria Falls, dan Denpasar.", "Victoria Falls"),
        ("Maskapai membuka rute ke Makassar, Bali, Marina Bay dan Kupang.", "Marina Bay"),
        ("Tur itu singgah di Bandung, Jakarta, Victoria Harbour, dan Lombok.", "Victoria Harbour"),
        ("Tur itu singgah di Denpasar, Bali, Victoria Harbour dan Lombok.", "Victoria Harbour"),
        # the city Jakarta, no province: a plain list (no place's word ends the name)
        ("Festival digelar di Surabaya, Jakarta, Alice Downs, dan Denpasar.", "Alice Downs"),
        ("Tur itu singgah di Bandung, Jakarta, Maria Cove, dan Lombok.", "Maria Cove"),
        # two cities, then two provinces: no hometown and its province
        ("Festival digelar di Surabaya, Bandung, Alice Downs, dan Denpasar.", "Alice Downs"),
        ("Tur itu singgah di Bali, Jawa Timur, Maria Cove dan Lombok.", "Maria Cove"),
    ],
)
def test_a_place_after_a_plain_list_stays_a_place(body: str, place: str) -> None:
    found = _found(body)
    assert (place, "place") in found, found


@pytest.mark.parametrize(
    "body",
    [
        "Warga Bekasi, Jawa Barat, Andi Wijaya tewas tertimpa pohon.",
        "Warga Bekasi, DKI Jakarta, Andi Wijaya tewas tertimpa pohon.",
    ],
)
def test_a_name_after_a_hometown_and_its_province_is_a_person(body: str) -> None:
    assert ("Andi Wijaya", "person") in _found(body), _found(body)


@pytest.mark.parametrize(
    ("body", "office"),
    [
        (
            "Jalan itu ditangani Balai Pelaksana Jalan Nasional (BPJN) XII Kalimantan Timur dan"
            " Kalimantan Utara.",
            "Balai Pelaksana Jalan Nasional (BPJN) XII Kalimantan Timur dan Kalimantan Utara",
        ),
        (
            "Jalan itu ditangani Balai Pelaksana Jalan Nasional (BPJN) XIII Sulawesi Selatan dan"
            " Sulawesi Barat sejak 2016.",
            "Balai Pelaksana Jalan Nasional (BPJN) XIII Sulawesi Selatan dan Sulawesi Barat",
        ),
    ],
)
def test_a_numbered_office_covers_a_province_split_off_under_another_compass_word(
    body: str, office: str
) -> None:
    found = _found(body)
    assert (office, "organisation") in found, found
