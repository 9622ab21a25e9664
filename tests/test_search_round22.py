"""Lookups as readers type them, round 22: what a sixth blind set of IndoSum lookups and
round 21's leftovers showed, on fixtures written for warta."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import index_of
from tests.test_search_round20 import FILLER, _ids


def test_a_day_typed_without_its_year_finds_the_story_dating_it_in_full(
    tmp_path: Path,
) -> None:
    """``kecelakaan pesawat 23 agustus``: the story dates itself "Selasa (23/8/2005)", one
    word in the index, so neither the day typed in words nor ``tgl 23/8`` found it, and
    every story with a crash, a 23 and an August came first. The day and month written in digits
    are kept without the year too (with or without leading zeros: "(03/09/2017)")."""
    august = {
        f"agustus{n}": f"Laporan {n}\n\nKecelakaan pesawat kecil terjadi pada Agustus 2005 di "
        f"bandara kota {n}; sebanyak 23 penumpang pesawat itu selamat. {FILLER}\n"
        for n in range(4)
    }
    service = index_of(
        tmp_path,
        {
            **august,
            "peru": "Pesawat jatuh\n\nSebuah pesawat penumpang jatuh di hutan Peru, Selasa "
            "(23/8/2005). Sebanyak 37 penumpang tewas dalam kecelakaan itu.\n",
            "nol": "Banjir bandang\n\nBanjir bandang melanda Garut, Minggu (03/09/2017), "
            "merendam ratusan rumah warga.\n",
            "banjir": f"Banjir\n\nBanjir merendam 3 desa di Garut sejak September. {FILLER}\n",
        },
    )
    try:
        assert _ids(service, "kecelakaan pesawat 23 agustus")[:1] == ["peru"]
        assert _ids(service, "tgl 23/8")[:1] == ["peru"]
        assert _ids(service, "banjir garut 3 september")[:1] == ["nol"]
        assert _ids(service, "banjir 3/9")[:1] == ["nol"]
    finally:
        service.close()


def test_a_day_typed_in_digits_finds_the_story_that_spaces_it(tmp_path: Path) -> None:
    """``dikeroyok halte 26/8``: a tokenised archive writes "Jumat (26 / 8 / 2016)" (IndoSum
    does, 2,904 times), three words, so the day typed as news writes it matched nothing
    there and ``26/8/2016`` found no article at all. A day typed in digits is its numbers
    in a row too, in both stages; a number that is no day (``1/20``) stays as typed."""
    dates = {
        f"jadwal{n}": f"Jadwal {n}\n\nPendaftaran dibuka pada tanggal yang diumumkan pekan "
        f"depan. {FILLER}\n"
        for n in range(3)
    }
    numbers = {
        f"rapat{n}": f"Rapat {n}\n\nPada 2016 sebanyak 26 warga dan 8 polisi hadir di rapat. "
        f"{FILLER}\n"
        for n in range(6)
    }
    service = index_of(
        tmp_path,
        {
            **dates,
            **numbers,
            "halte": "Pengeroyokan\n\nSeorang pemuda dikeroyok empat pria di halte bus, "
            "Jumat (26 / 8 / 2016) malam.\n",
            "menit": "Halte baru\n\nPemuda itu menunggu di halte selama 26 menit, lalu bus "
            "nomor 8 datang terlambat. Pemuda lain dikeroyok di sana tahun lalu.\n",
            "skor": "Sepak bola\n\nPemain itu mencetak 1 gol dari 20 tembakan.\n",
        },
    )
    try:
        assert _ids(service, "26/8/2016") == ["halte"]
        # The second stage reads the spaced numbers as the day typed: not a story lacking it.
        assert _ids(service, "tanggal 26/8/2016")[:1] == ["halte"]
        assert _ids(service, "tanggal 26 agustus")[:1] == ["halte"]
        assert _ids(service, "dikeroyok halte 26/8")[:1] == ["halte"]
        assert _ids(service, "26/08") == ["halte"]
        assert _ids(service, "1/20") == []
    finally:
        service.close()


def test_a_day_typed_in_words_that_no_article_writes_out_is_searched_not_a_damaged_index(
    tmp_path: Path,
) -> None:
    """``pesawat 23 agustus`` over an archive that dates its stories only in digits:
    "agustus" was in no article, so the second stage gave the story writing "(23/8)" a word
    that weighed nothing, and the search failed as a damaged index."""
    service = index_of(
        tmp_path,
        {
            "peru": "Pesawat jatuh\n\nSebuah pesawat jatuh di hutan Peru, Selasa (23/8). "
            "Sebanyak 37 penumpang tewas.\n",
            "bogor": "Pesawat latih\n\nPesawat latih mendarat darurat di Bogor, Kamis (4/5).\n",
        },
    )
    try:
        result = service.search("pesawat 23 agustus", snippets=False)
        assert result.error is None
        assert [hit.id for hit in result.hits][:1] == ["peru"]
    finally:
        service.close()


def test_a_thing_typed_out_finds_the_story_writing_only_its_short_word_among_every_word(
    tmp_path: Path,
) -> None:
    """``jam tangan pintar``: the story writes only "smartwatch", so it lacked "jam" and
    "tangan" and ranked below every story that has the three words anywhere, about a
    wall clock or a clever trader. Each word typed out finds the short word (it scores
    once), and the second stage reads the short word as the words in a row."""
    clocks = {
        f"jam{n}": f"Jam dinding {n}\n\nJam tangan murah dijual di pasar. Produsen jam itu "
        f"mengaku pintar membaca pasar. {FILLER}\n"
        for n in range(4)
    }
    service = index_of(
        tmp_path,
        {
            **clocks,
            "arloji": "Gawai unik\n\nSmartwatch Shell bisa dilepas dari talinya dan dipakai "
            "menelepon. Smartwatch itu dijual tahun depan.\n",
            "tangan": "Arloji pintar\n\nProdusen itu merilis jam tangan pintar dengan "
            "baterai yang tahan dua minggu.\n",
        },
    )
    try:
        found = _ids(service, "jam tangan pintar")
        assert found[0] == "tangan"
        assert all(found.index("arloji") < found.index(clock) for clock in clocks)
        assert _ids(service, "jam tangan pintar dilepas")[:1] == ["arloji"]
        assert _ids(service, '"jam tangan pintar"') == ["tangan"]
        # Newest first too: Whoosh's own union dropped a match scoring 0 in one word.
        newest = service.search("jam tangan pintar", sort="date", snippets=False)
        assert "arloji" in [hit.id for hit in newest.hits]
        assert newest.matched == "all"
    finally:
        service.close()
