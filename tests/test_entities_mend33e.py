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
