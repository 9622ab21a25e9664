"""Lookups as readers type them, round 23: what a seventh blind set of IndoSum lookups and
round 22's leftovers showed, on fixtures written for warta."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import index_of
from tests.test_search_round20 import FILLER, _ids

#: Stories about a jazz festival dated on days inside 22-26 August, written three ways.
IN_RANGE = {
    "rabu": "Festival jazz\n\nFestival jazz digelar di Pantai Kuta, Rabu (24/8). Ribuan "
    "penonton hadir.\n",
    "spasi": "Jazz di Kuta\n\nFestival jazz di Kuta berakhir Kamis (25 / 8 / 2016) malam.\n",
    "kata": "Festival jazz\n\nFestival jazz Kuta dibuka pada 23 Agustus lalu oleh bupati.\n",
}


def _range_archive(tmp_path: Path) -> object:
    scattered = {
        f"angka{n}": f"Jazz {n}\n\nPada Agustus 2016 sebanyak 22 musisi jazz dan 26 penari "
        f"tampil di festival kota {n}. {FILLER}\n"
        for n in range(5)
    }
    return index_of(
        tmp_path,
        {
            **scattered,
            **IN_RANGE,
            "luar": "Festival jazz\n\nFestival jazz Sanur digelar Sabtu (27/8) malam.\n",
            "sama": "Jadwal festival\n\nFestival jazz Nusa Dua berlangsung 22 - 26 Agustus.\n",
        },
    )


def test_a_range_of_days_typed_as_people_say_it_finds_the_stories_dated_inside_it(
    tmp_path: Path,
) -> None:
    """``festival jazz 22-26 agustus``: the range was searched as a 22 and a 26 in a row,
    so only a story writing the same range had it, and the stories dated "Rabu (24/8)",
    "(25 / 8 / 2016)" or "23 Agustus" ranked below every story with a 22, a 26 and an
    August anywhere. Each day of the range is searched, in digits and in words; a story
    dated the day after the range is not one of them."""
    service = _range_archive(tmp_path)
    try:
        wanted = {*IN_RANGE, "sama"}
        for query in (
            "festival jazz 22-26 agustus",
            "festival jazz 22 sampai 26 agustus",
            "festival jazz 22 hingga 26 agustus",
            "festival jazz 22 - 26 agustus 2016",
        ):
            found = _ids(service, query)
            assert set(found[:4]) == wanted, query
            assert found.index("luar") > 3, query
        assert _ids(service, "jazz 21-23 agustus")[:1] == ["kata"]
        # A range past the month's end is no range of days: searched as typed.
        assert _ids(service, "festival jazz 30-33 agustus")[:1] != ["rabu"]
    finally:
        service.close()  # type: ignore[attr-defined]


def test_a_range_across_two_months_finds_the_days_of_both(tmp_path: Path) -> None:
    """``banjir 30 agustus sampai 2 september``: the story dated "(1/9)" is inside it."""
    service = index_of(
        tmp_path,
        {
            "september": "Banjir Garut\n\nBanjir merendam Garut, Jumat (1/9). Warga mengungsi.\n",
            **{
                f"lain{n}": f"Banjir {n}\n\nBanjir pada 2 Agustus dan 30 September merendam "
                f"desa {n}. {FILLER}\n"
                for n in range(4)
            },
        },
    )
    try:
        assert _ids(service, "banjir 30 agustus sampai 2 september")[:1] == ["september"]
        assert _ids(service, "banjir 30 agustus - 2 september")[:1] == ["september"]
    finally:
        service.close()


def test_a_shorthand_finds_the_word_written_out_and_the_word_finds_the_shorthand(
    tmp_path: Path,
) -> None:
    """``vaksin tgl 5 mei``: "tgl" was a word of its own, so the story writing "tanggal"
    lacked it and ranked as a partial match, and ``tanggal`` missed "tgl. 5 Mei". The
    shorthands news writes (tgl, jl, kab, ...) are the word in the index and the query."""
    service = index_of(
        tmp_path,
        {
            "tanggal": "Jadwal vaksin\n\nVaksinasi dijadwalkan pada tanggal 5 Mei di puskesmas.\n",
            "tgl": "Vaksin massal\n\nVaksinasi massal: tgl. 5 Mei di puskesmas kecamatan.\n",
            **{
                f"vaksin{n}": f"Stok vaksin {n}\n\nSebanyak 5 ribu dosis vaksin tiba pada Mei. "
                f"Vaksin itu disimpan di gudang vaksin puskesmas {n}.\n"
                for n in range(4)
            },
            "jalan": "Macet\n\nJalan Sudirman macet total karena demo buruh, Senin pagi.\n",
            "kab": "Longsor\n\nLongsor menimbun rumah di Kab. Garut, Selasa.\n",
        },
    )
    try:
        for query in ("vaksin tgl 5 mei", "vaksin tanggal 5 mei", "vaksin tgl. 5 mei"):
            result = service.search(query, snippets=False)
            assert {hit.id for hit in result.hits[:2]} == {"tanggal", "tgl"}, query
            assert result.matched == "some"  # the stock of vaccine follows them
        assert _ids(service, "jl sudirman macet") == ["jalan"]
        assert _ids(service, "longsor kabupaten garut") == ["kab"]
        # A quoted phrase finds what it quotes.
        assert _ids(service, '"tgl. 5 mei"') == ["tgl"]
    finally:
        service.close()


def test_a_word_no_article_has_does_not_sink_the_story_with_every_other_word(
    tmp_path: Path,
) -> None:
    """``dovizioso tercepat fp1 mugello``: no article has "fp1" (nor a word close to it),
    so every match is partial; the story lacking only the common "tercepat" was ranked
    among the whole matches and the one with all three other words below it."""
    fast = {
        f"cepat{n}": f"Lomba {n}\n\nPelari tercepat lomba desa {n} mendapat hadiah. {FILLER}\n"
        for n in range(8)
    }
    service = index_of(
        tmp_path,
        {
            **fast,
            "lorenzo": "Lorenzo\n\nLorenzo ingin menang di Mugello seperti rekannya, "
            "Dovizioso, tahun lalu.\n",
            "latihan": "Latihan bebas\n\nAndrea Dovizioso menjadi yang tercepat pada latihan "
            "bebas pertama di Sirkuit Mugello, Jumat.\n",
        },
    )
    try:
        assert _ids(service, "dovizioso tercepat fp1 mugello")[:2] == ["latihan", "lorenzo"]
        # Without the word nobody has, the whole match comes first as before.
        assert _ids(service, "dovizioso tercepat mugello")[:2] == ["latihan", "lorenzo"]
    finally:
        service.close()


def test_a_story_that_misspells_a_word_of_its_phrase_is_found_with_every_word(
    tmp_path: Path,
) -> None:
    """``putaran kedua pilkada`` over a story writing "putara kedua pilkada": it lacked
    "putaran", so it ranked among the partial matches, below stories that have the three
    words anywhere but are about something else, and below those with two of them. A
    form one letter off a query word that the archive writes far more rarely than the word
    (and that is no word of its own) is searched as the word, unscored."""
    rounds = {
        f"putaran{n}": f"Liga {n}\n\nPutaran kedua liga desa {n} dimulai pekan depan. Panitia "
        f"menunda putaran pertama karena hujan. {FILLER}\n"
        for n in range(4)
    }
    election = {
        f"pilkada{n}": f"Pilkada {n}\n\nPilkada kabupaten {n} digelar serentak. Debat kedua "
        f"pilkada berlangsung panas dan pilkada itu diikuti tiga pasangan. {FILLER}\n"
        for n in range(3)
    }
    service = index_of(
        tmp_path,
        {
            **rounds,
            **election,
            "salah": "Hitung cepat\n\nHasil hitung cepat putara kedua Pilkada DKI menunjukkan "
            "pasangan nomor tiga unggul.\n",
        },
    )
    try:
        result = service.search("putaran kedua pilkada", snippets=False)
        assert [hit.id for hit in result.hits][:1] == ["salah"]
        # The word as typed still comes first where a story writes it.
        service_words = _ids(service, "putaran kedua liga")
        assert service_words[0].startswith("putaran")
        assert "salah" not in service_words[:4]
        # Nothing one letter off: the words as typed.
        assert _ids(service, "debat pilkada")[:3] == ["pilkada0", "pilkada1", "pilkada2"]
    finally:
        service.close()
