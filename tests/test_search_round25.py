"""Lookups as readers type them, round 25: round 24's leftovers (a small number typed in
digits, a number of several words in the text, a range of days of an article dated only
in its record, a number word that is part of a name), on fixtures written for warta."""

from __future__ import annotations

import json
from pathlib import Path

from warta.search.service import SearchService

from tests.conftest import index_of
from tests.test_search_round20 import FILLER, _ids


def test_a_small_number_typed_in_digits_finds_it_written_before_what_it_counts(
    tmp_path: Path,
) -> None:
    """``5 korban tewas``: "lima korban" was a stopword and a "korban", so the story lacked
    the 5 and ranked among every story of victims. A number up to five typed in digits
    before the word it counts is searched as its word too (in the exact words: indexed as
    digits, it moved FacQA); the visit to the city of Lima is still no 5 kontainer. Typed
    in words (``lima korban``), it is a word of the query, found as its digits too: as a
    stopword it was left out, and the story of "5 korban" lacked it."""
    service = index_of(
        tmp_path,
        {
            "lima": "Tabrakan bus\n\nLima korban tewas dalam tabrakan bus di jalur pantura.\n",
            "kota": "Kunjungan ke Peru\n\nMenteri berkunjung ke Lima, Peru, untuk membahas "
            "ekspor kopi. Delegasi tiba di Lima pada Senin.\n",
            **{
                f"korban{n}": f"Kecelakaan {n}\n\nKorban tewas dalam kecelakaan {n} dibawa ke "
                f"rumah sakit. Korban lain masih dirawat. {FILLER}\n"
                for n in range(4)
            },
            "racun": "Keracunan massal\n\nSebanyak 5 korban keracunan dirawat di puskesmas. "
            f"{FILLER}\n",
            **{
                f"racun{n}": f"Korban keracunan {n}\n\nKorban keracunan makanan {n} dirawat. "
                f"Korban keracunan lain sudah pulang.\n"
                for n in range(4)
            },
            **{
                f"kopi{n}": f"Ekspor kopi {n}\n\nSebanyak 5 kontainer kopi dikirim ke Peru. "
                f"Ekspor kopi naik {n} persen. {FILLER}\n"
                for n in range(3)
            },
        },
    )
    try:
        assert _ids(service, "5 korban tewas")[:1] == ["lima"]
        assert set(_ids(service, "5 korban")[:2]) == {"lima", "racun"}
        # The city is no number: a 5 and Peru find the stories with a 5, not the visit.
        found = _ids(service, "5 kontainer peru")
        assert found.index("kota") > 2
        assert _ids(service, "menteri ke lima peru")[:1] == ["kota"]
        # Typed in words before what it counts, it finds the digits too.
        assert _ids(service, "lima korban keracunan")[:1] == ["racun"]
    finally:
        service.close()


def test_a_number_written_out_in_several_words_in_the_text_is_found_by_its_digits(
    tmp_path: Path,
) -> None:
    """``25 rumah terbakar``: the story writing "dua puluh lima rumah" was indexed as
    "puluh" and "rumah" (two and five are stopwords), and lacked the 25. A number the
    text writes in two or three words is its digits in the index, as a query reads it."""
    service = index_of(
        tmp_path,
        {
            "puluh": "Kebakaran kampung\n\nSebanyak dua puluh lima rumah terbakar di kampung "
            "nelayan.\n",
            "belas": "Banjir bandang\n\nTiga belas jembatan rusak diterjang banjir bandang.\n",
            **{
                f"rumah{n}": f"Rumah terbakar {n}\n\nRumah warga {n} terbakar. Rumah itu "
                f"kosong. {FILLER}\n"
                for n in range(4)
            },
            **{
                f"jembatan{n}": f"Jembatan {n}\n\nJembatan desa {n} rusak. Jembatan itu "
                f"diperbaiki. {FILLER}\n"
                for n in range(4)
            },
        },
    )
    try:
        assert _ids(service, "25 rumah terbakar")[:1] == ["puluh"]
        assert _ids(service, "dua puluh lima rumah terbakar")[:1] == ["puluh"]
        assert _ids(service, "13 jembatan rusak")[:1] == ["belas"]
    finally:
        service.close()


def test_a_range_of_days_finds_the_article_dated_only_in_its_record(tmp_path: Path) -> None:
    """``pameran 4-6 oktober``: a single day typed searched the articles' dates (the
    ``day`` field), a range did not, so the record dated 2017-10-05 whose text says only
    "Kamis" lacked every day of it and ranked below the stories writing other days."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [
        {
            "id": "kamis",
            "date": "2017-10-05",
            "title": "Pameran batik dibuka",
            "text": "Pameran batik dibuka di balai kota, Kamis, dan ramai pengunjung.",
        },
        *(
            {
                "id": f"lain{n}",
                "title": f"Pameran batik {n}",
                "text": f"Pameran batik desa {n} digelar pada 12 Oktober. Pameran batik itu "
                f"diikuti perajin batik dari {n} kota, dan pameran lain pada 20 Oktober.",
            }
            for n in range(3)
        ),
    ]
    (corpus / "berita.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in records), encoding="utf-8"
    )
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    try:
        for query in ("pameran batik 4-6 oktober", "pameran batik 4 sampai 6 oktober"):
            assert _ids(service, query)[:1] == ["kamis"], query
        # Outside the range the record's day is not one of it.
        assert _ids(service, "pameran batik 10-12 oktober")[:1] != ["kamis"]
    finally:
        service.close()


def test_seribu_in_a_name_is_no_thousand(tmp_path: Path) -> None:
    """``kepulauan seribu``: "Seribu" was 1000 in the index and the query, so every story
    of a thousand of anything on some island matched the name; and ``1000 warga`` found
    the islands. A number word inside a name (after a capitalised word) is its word; a
    thousand counted ("seribu warga") is still 1000."""
    service = index_of(
        tmp_path,
        {
            "pulau": "Wisata bahari\n\nWisatawan memadati Kepulauan Seribu saat libur panjang.\n",
            "warga": "Bantuan pangan\n\nSeribu warga menerima bantuan beras dari pemerintah "
            "kota.\n",
            **{
                f"ribu{n}": f"Kepulauan Riau {n}\n\nSebanyak 1.000 wisatawan datang ke "
                f"kepulauan itu. Wisatawan menginap {n} hari. {FILLER}\n"
                for n in range(3)
            },
        },
    )
    try:
        assert _ids(service, "kepulauan seribu")[:1] == ["pulau"]
        assert _ids(service, "wisatawan kepulauan seribu")[:1] == ["pulau"]
        found = _ids(service, "1000 warga bantuan")
        assert found[:1] == ["warga"]
        assert "pulau" not in _ids(service, "1000")
    finally:
        service.close()


def test_an_idiom_and_a_shortening_typed_find_the_plain_word_the_story_writes(
    tmp_path: Path,
) -> None:
    """``kapan darmawan gantung sepatu``: the story of the player who retires writes
    "pensiun", and a story of another player not yet hanging up his boots had two of the
    three words in a row and ranked first. ``startup india ke ri``: the story writes
    "Indonesia", and lacked the RI that a story of another Indian startup lacked too. The
    idiom finds the plain word, the shortening the name it shortens."""
    service = index_of(
        tmp_path,
        {
            "darmawan": "Akhir karier\n\nBek senior Darmawan memastikan pensiun setelah laga "
            "terakhir musim ini di kandang sendiri.\n",
            "veteran": "Belum berhenti\n\nGelandang veteran Persikota menegaskan belum mau "
            "gantung sepatu meski usianya hampir 38 tahun.\n",
            "masuk": "Ekspansi startup\n\nStartup kendaraan asal India berencana masuk ke "
            "Indonesia tahun depan setelah mendapat dana segar.\n",
            "ringan": "Aplikasi startup India\n\nStartup pendidikan asal India meluncurkan "
            "aplikasi versi ringan untuk pelajar.\n",
            **{
                f"liga{n}": f"Liga {n}\n\nLaga timnas RI pekan {n} ditunda. Klub "
                f"menunggu jadwal baru. {FILLER}\n"
                for n in range(4)
            },
        },
    )
    try:
        assert _ids(service, "kapan darmawan gantung sepatu?")[:1] == ["darmawan"]
        assert _ids(service, "startup india ke ri")[:1] == ["masuk"]
    finally:
        service.close()
