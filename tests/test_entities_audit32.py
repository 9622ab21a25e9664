"""Goalkeepers the tagger read as clubs, and award categories read as names."""

from warta.search.entities import extract_mentions


def _kinds(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def _all_kinds(body: str, surface: str) -> list[str]:
    return [mention.kind for mention in extract_mentions("", body) if mention.surface == surface]


def test_keeper_after_gawang_is_a_person() -> None:
    kinds = _kinds("Bola mengarah ke pojok kiri gawang Jonas Brevik. Persib unggul 1 - 0.")
    assert kinds.get("Jonas Brevik") == "person"


def test_keeper_is_a_person_in_every_mention() -> None:
    body = (
        "Sepakan Hugo Marin sukses menjebol gawang Sergio Lobato. "
        "Sebelumnya, tembakan Marin masih bisa ditepis Sergio Lobato."
    )
    assert _all_kinds(body, "Sergio Lobato") == ["person", "person"]


def test_club_written_after_an_opponent_cue_stays_a_club_after_gawang() -> None:
    body = (
        "Malaga menang 3 - 1 atas La Sierra. Gol kedua bersarang ke gawang La Sierra "
        "lewat sundulan Pablo Ortega."
    )
    assert set(_all_kinds(body, "La Sierra")) == {"organisation"}


def test_known_club_after_gawang_stays_a_club() -> None:
    kinds = _kinds("Sundulan itu hanya melebar dari gawang Madura United di menit akhir.")
    assert kinds.get("Madura United") == "organisation"


def test_award_categories_in_a_winners_list_are_no_entities() -> None:
    body = (
        "Berikut daftar pemenang malam itu:\n\nBest Pop – Camila Cabello\n"
        "Best Latin Act – Marta Solano\nBiggest Fans – Shawn Mendes\n"
    )
    kinds = _kinds(body)
    assert not [surface for surface in kinds if surface.startswith(("Best", "Biggest"))]
    assert kinds.get("Camila Cabello") == "person"


def test_award_category_after_a_verb_is_no_entity() -> None:
    kinds = _kinds("Ia membawa pulang piala Grammy kategori Best Pop Solo Performance.")
    assert not [surface for surface in kinds if surface.startswith("Best")]


def test_song_titled_as_a_superlative_stays_a_work() -> None:
    kinds = _kinds("Band itu menduduki urutan kedua dengan lagu Best Song Ever (2013).")
    assert kinds.get("Best Song Ever") == "product"


def test_subtitle_after_a_work_and_a_colon_is_the_work() -> None:
    body = (
        "Malam premier film Star Wars: The Last Jedi digelar di Los Angeles. "
        "Fisher memainkan peran penting dalam The Last Jedi."
    )
    assert _all_kinds(body, "The Last Jedi") == ["product", "product"]


def test_source_after_a_colon_stays_an_organisation() -> None:
    kinds = _kinds("Ponsel itu dijual mulai bulan depan.\n\nSumber: The Verge dan Engadget.")
    assert kinds.get("The Verge") == "organisation"
