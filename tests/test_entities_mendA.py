"""Round 30 (mendA): wrong mentions a reviewer found in the round's new rules (storms,
listed peoples, linked headlines), each through ``extract_mentions`` on sentences
written for the test."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {m.surface: m.kind for m in extract_mentions("", body)}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Kapolsek AKP Topan Wicaksono mengatakan pelaku sudah ditangkap.", "Topan Wicaksono"),
        ("Pelatih Persib, Badai Kurniawan, mengatakan timnya siap.", "Badai Kurniawan"),
        (
            "Dilanda topan Hagen, Jepang bersiap. Kapolres AKBP Topan Wicaksono memimpin "
            "evakuasi warga.",
            "Topan Wicaksono",
        ),
    ],
)
def test_a_person_named_topan_or_badai_is_no_storm(body: str, person: str) -> None:
    # A capitalised storm noun as a given name made the surname a storm's name.
    assert _found(body).get(person) == "person", _found(body)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "Kenaikan suku bunga seperti yang diputuskan Bank Indonesia membuat Rini "
            "Hapsari Wulandari khawatir.",
            ("Bank Indonesia", "Rini Hapsari Wulandari"),
        ),
        (
            "Harga suku cadang naik: Toyota dan Honda menaikkan harga, kata Agus Pranoto.",
            ("Agus Pranoto",),
        ),
        ("Fokus Gubernur Ridwan Kamil adalah suku bunga kredit.", ("Ridwan Kamil",)),
        ("Jadi Agus Pranoto adalah etnis Tionghoa.", ("Agus Pranoto",)),
        (
            "Ada 9 suku bangsa di Papua, yaitu Dani, Asmat, dan Biak, kata Gubernur Lukas "
            "Enembe di Jayapura.",
            ("Lukas Enembe",),
        ),
    ],
)
def test_only_peoples_are_dropped_after_a_peoples_word(body: str, names: tuple[str, ...]) -> None:
    # ``suku bunga`` and ``suku cadang`` are no peoples, and a list of peoples ends
    # before a clause naming a person.
    found = _found(body)
    assert all(name in found for name in names), found


def test_a_list_of_names_after_other_is_no_list_of_headlines() -> None:
    # A heading ending in ``lainnya:`` heads linked headlines only after a news word.
    found = _found("Pemain lainnya:\n- Ricky Kambuaya\n- Witan Sulaeman\n- Egy Maulana\n")
    assert {"Ricky Kambuaya", "Witan Sulaeman", "Egy Maulana"} <= set(found), found


def test_a_line_of_prose_ends_a_list_of_linked_headlines() -> None:
    found = _found(
        "Presiden tiba di Solo kemarin. Baca juga:\nPresiden Tiba Di Solo\nAgus Pranoto "
        "dan Rudi Hartono menyambutnya di bandara."
    )
    assert {"Agus Pranoto", "Rudi Hartono"} <= set(found), found


def test_a_capitalised_storm_noun_in_weather_news_stays_a_storm() -> None:
    # The weather words that let a capitalised noun be a storm's: landfall, coast, waves.
    found = _found("Badai Rita mendarat di pesisir Texas. Rita membawa gelombang tinggi.")
    assert "Rita" not in found, found
    assert found.get("Texas") == "place"


def test_a_list_of_peoples_runs_over_parentheses_and_orang() -> None:
    found = _found(
        "Di sana tinggal beberapa suku bangsa, yaitu Dani (Baliem), Asmat, dan orang Biak. "
        "Presiden Joko Widodo datang."
    )
    assert not {"Asmat", "Biak", "Baliem"} & set(found), found
    assert found.get("Joko Widodo") == "person"
