"""Round 28b: readings the round introduced, mended (sentences invented, shaped as read)."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions, linking


def _found(body: str) -> set[tuple[str, str]]:
    return {(mention.surface, mention.kind) for mention in extract_mentions("", body)}


def test_a_name_ending_a_relative_clause_is_not_what_the_copula_defines() -> None:
    # The camera made is the object of ``yang memproduksi``: the company is the name after.
    found = _found(
        "Hal ini dikarenakan yang memproduksi Kamerana adalah perusahaan bernama D+B Global."
    )
    assert ("Kamerana", "organisation") not in found
    assert ("D+B Global", "organisation") in found


def test_a_name_the_copula_defines_is_still_an_organisation() -> None:
    found = _found("Kamerana adalah perusahaan asal Jerman. Produk Kamerana laris.")
    assert ("Kamerana", "organisation") in found


def _titles(count: int) -> str:
    return 'Lagu "Kali Pertama" dirilis oleh Budi Santoso di Jakarta. ' * count


def test_quoted_titles_cost_work_linear_in_them(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each quoted title searched every span of the article for those under it: twice the
    # titles took four times the searches.
    assert ("Kali Pertama", "product") in _found(_titles(3))
    few, many = (_overlaps(monkeypatch, _titles(count)) for count in (100, 200))
    assert many <= 2 * few + 10, (few, many)


def _overlaps(monkeypatch: pytest.MonkeyPatch, body: str) -> int:
    counted = linking._Span.overlaps
    calls = 0

    def counting(*args: object) -> object:
        nonlocal calls
        calls += 1
        return counted(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(linking._Span, "overlaps", counting)
    extract_mentions("", body)
    monkeypatch.setattr(linking._Span, "overlaps", counted)
    return calls


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "Kantor Kamla Zona Timur Bakamla RI di Ambon menerima laporan nelayan.",
            "Kantor Kamla Zona Timur Bakamla RI",
        ),
        (
            "Petugas Kantor Kamla Zona Barat Bakamla RI di Sorong menahan kapal itu.",
            "Kantor Kamla Zona Barat Bakamla RI",
        ),
    ],
)
def test_an_office_running_over_a_known_body_and_ri_is_one_organisation(
    sentence: str, office: str
) -> None:
    found = _found(sentence)
    assert (office, "organisation") in found
    assert ("RI", "place") not in found


@pytest.mark.parametrize("term", ["Join Venture", "Joint Venture"])
def test_a_joint_venture_is_no_organisation(term: str) -> None:
    found = _found(f"PT Sinar Maju telah melakukan {term} dengan PT Karya Baru di Surabaya.")
    assert not {surface for surface, _ in found} & {term}
    assert ("PT Karya Baru", "organisation") in found


def test_a_fund_named_venture_is_still_an_organisation() -> None:
    assert ("Sinar Venture", "organisation") in _found("Dana itu datang dari Sinar Venture.")
