"""Lookups as readers type them, round 29: the analyzer's slips (a root cut to one
syllable) and what a thirteenth blind set of IndoSum lookups showed, on fixtures written
for warta."""

from __future__ import annotations

from pathlib import Path

from warta.search.analysis import stem

from tests.conftest import index_of
from tests.test_search_round20 import FILLER, _ids


def _rivals(name: str, title: str, body: str, count: int = 3) -> dict[str, str]:
    """``count`` stories sharing words with the one a test looks for, numbered."""
    return {f"{name}{n}": f"{title} {n}\n\n{body} {n}. {FILLER}\n" for n in range(count)}


def test_a_root_cut_to_one_syllable_by_a_suffix_it_ends_with_is_whole() -> None:
    """Sastrawi took a root's own -an, -is or -tah for a suffix when what was left was a
    word too: ``pemeran`` (actor) was "per" (spring), ``berbasis`` "bas", ``membantah``
    "ban" (tyre), ``memesan`` "mes". A root of two syllables keeps Sastrawi's reading
    (kekerasan: keras, pengakuan: aku), and the letters of meng- are no part of a root."""
    assert [stem(w) for w in ("pemeran", "pemerannya", "berperan", "peran")] == ["peran"] * 4
    assert [stem(w) for w in ("berbasis", "membantah", "dibantah", "memesan")] == [
        "basis",
        "bantah",
        "bantah",
        "pesan",
    ]
    assert [stem(w) for w in ("menelan", "terkesan", "sepekan", "berlapis")] == [
        "telan",
        "kesan",
        "pekan",
        "lapis",
    ]
    assert [stem(w) for w in ("kekerasan", "pengakuan", "disahkan", "mengiris")] == [
        "keras",
        "aku",
        "sah",
        "kir",
    ]


def test_an_actor_or_a_denial_typed_finds_its_story_not_one_about_springs_or_tyres(
    tmp_path: Path,
) -> None:
    """``pemeran utama`` ranked stories about a car's springs (per) with the one about the
    film's actor, and ``bantah`` did not find the story writing "membantah"; ``membantah``
    found a story about tyres (ban)."""
    service = index_of(
        tmp_path,
        {
            "film": f"Film baru\n\nPemeran utama film itu datang ke lokasi. {FILLER}\n",
            **_rivals("per", "Bengkel", "Per mobil itu patah, per baru dipasang oleh montir utama"),
            "sangkal": f"Klarifikasi\n\nJuru bicara membantah kabar pengunduran diri. {FILLER}\n",
            "ban": f"Ban bocor\n\nBan truk pecah di jalan tol. {FILLER}\n",
        },
    )
    try:
        assert _ids(service, "pemeran utama")[:1] == ["film"]
        assert _ids(service, "peran")[:1] == ["film"]
        assert "sangkal" in _ids(service, "bantah")
        assert "ban" not in _ids(service, "membantah")
    finally:
        service.close()


def test_a_word_typed_joined_finds_the_stories_writing_it_apart_too(tmp_path: Path) -> None:
    """``alquran``: some stories write "Alquran", others "Al-Quran" or "Al Quran"; the
    joined word found only the first. A word the archive also writes as two words in a row
    finds those stories, unless the pair is rare beside the word (``ramadan`` is no "Rama
    dan")."""
    service = index_of(
        tmp_path,
        {
            "joined": f"Hafalan\n\nSantri menghafal Alquran di pesantren. {FILLER}\n",
            "dash": f"Lomba\n\nLomba membaca Al-Quran digelar di masjid. {FILLER}\n",
            "space": f"Tilawah\n\nPembacaan Al Quran membuka acara itu. {FILLER}\n",
            **_rivals("puasa", "Puasa", "Bulan Ramadan tiba, warga berpuasa", 8),
            "wayang": f"Wayang\n\nKisah Rama dan Shinta dipentaskan. {FILLER}\n",
        },
    )
    try:
        assert set(_ids(service, "alquran")) == {"joined", "dash", "space"}
        assert "wayang" not in _ids(service, "ramadan")
    finally:
        service.close()


def test_open_typed_finds_the_tournament_written_terbuka(tmp_path: Path) -> None:
    """``sharapova tianjin open``: the news writes a tennis or badminton open as "Tianjin
    Terbuka" as often as "Open", and ``open`` found only the second."""
    service = index_of(
        tmp_path,
        {
            "terbuka": f"Tenis\n\nPetenis itu melaju ke final Australia Terbuka. {FILLER}\n",
            **_rivals("australia", "Australia", "Tim Australia melaju ke final piala"),
        },
    )
    try:
        assert _ids(service, "final australia open")[:1] == ["terbuka"]
    finally:
        service.close()


def test_a_misspelt_name_whose_halves_are_words_apart_is_still_corrected(
    tmp_path: Path,
) -> None:
    """``alison``: "ali" and "son" are words of the archive, never in a row; the cut into
    them found nothing and must not stand in for the spelling correction (Allison)."""
    service = index_of(
        tmp_path,
        {
            "allison": f"Direktur teknik\n\nMercedes merekrut James Allison. {FILLER}\n",
            "ali": f"Tinju\n\nMuhammad Ali dikenang warga. {FILLER}\n",
            "son": f"Tottenham\n\nSon mencetak gol. {FILLER}\n",
        },
    )
    try:
        assert _ids(service, "alison")[:1] == ["allison"]
    finally:
        service.close()
