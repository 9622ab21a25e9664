"""Lookups as readers half remember them, round 28: what a twelfth blind set of IndoSum
lookups, over the whole archive, showed, on fixtures written for warta."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import index_of
from tests.test_search_round20 import FILLER, _ids


def test_a_term_typed_joined_finds_the_story_writing_it_with_a_one_letter_part(
    tmp_path: Path,
) -> None:
    """``toyota chr kapan dijual``: the news writes the model "CH-R" (two words in the
    index), and a cut of the joined word needed two letters a side, so ``chr`` went to the
    spelling correction and the story about the CH-R ranked below one about another Toyota
    on sale. A side may be one letter (e-KTP, K-Pop, CH-R), unless it is a letter typed
    twice."""
    service = index_of(
        tmp_path,
        {
            "chr": f"SUV kompak\n\nToyota belum memastikan kapan CH-R dipasarkan. {FILLER}\n",
            "calya": f"Mobil murah\n\nToyota Calya laris dijual, kapan stok datang belum "
            f"pasti. {FILLER}\n",
            "ektp": f"Blangko habis\n\nPencetakan e-KTP di kecamatan tertunda. {FILLER}\n",
            "ktp": f"Pelayanan\n\nPencetakan KTP di kecamatan dan kantor dinas. {FILLER}\n",
            "kpop": f"Konser\n\nKonser K-Pop digelar di Jakarta akhir pekan. {FILLER}\n",
            "pop": f"Musik\n\nKonser musik pop digelar di Jakarta akhir pekan. {FILLER}\n",
        },
    )
    try:
        assert _ids(service, "toyota chr kapan dijual")[:1] == ["chr"]
        assert _ids(service, "pencetakan ektp kecamatan")[:1] == ["ektp"]
        assert _ids(service, "konser kpop jakarta")[:1] == ["kpop"]
    finally:
        service.close()


def test_a_shortening_a_spelling_or_an_english_word_typed_finds_the_words_the_story_uses(
    tmp_path: Path,
) -> None:
    """``menhub mau bangun rel kereta ke bandara``, ``supir ketahuan ngintip``, ``state
    speech korupsi``: a minister's shortening, a spelling beside the standard one and a news
    word typed in English matched no word of the story, which ranked below stories sharing
    the rest. Each finds the words the archive writes (``other_words_id.tsv``), and a
    festival written out finds the story writing its everyday name."""
    service = index_of(
        tmp_path,
        {
            "menteri": f"Kunjungan kerja\n\nMenteri Perhubungan meninjau rencana rel kereta ke "
            f"bandara baru. {FILLER}\n",
            **{
                f"rel{n}": f"Rel kereta bandara {n}\n\nRencana rel kereta ke bandara {n} "
                f"dibahas, rel kereta itu dibangun tahun depan. {FILLER}\n"
                for n in range(3)
            },
            "sopir": f"Razia terminal\n\nSeorang sopir angkot ditangkap di terminal. {FILLER}\n",
            **{
                f"angkot{n}": f"Angkot ditangkap {n}\n\nAngkot jurusan {n} ditangkap razia, angkot "
                f"lain ditangkap di terminal. {FILLER}\n"
                for n in range(3)
            },
            "pidato": f"Sidang tahunan\n\nPresiden menyampaikan pidato soal korupsi di depan "
            f"parlemen. {FILLER}\n",
            **{
                f"korupsi{n}": f"Kasus {n}\n\nSidang korupsi {n} di depan hakim. {FILLER}\n"
                for n in range(3)
            },
            # The words typed are the archive's too, so no spelling correction reads them.
            "kabar": f"Kabar singkat\n\nMenhub melantik pejabat baru, supir ojek berdemo. "
            f"{FILLER}\n",
            "lebaran": f"Arus balik\n\nPemudik kembali ke Jakarta usai Lebaran. {FILLER}\n",
            **{
                f"pemudik{n}": f"Pemudik {n}\n\nPemudik kembali ke Jakarta lewat jalur {n}. "
                f"{FILLER}\n"
                for n in range(3)
            },
        },
    )
    try:
        assert _ids(service, "menhub rel kereta bandara")[:1] == ["menteri"]
        assert _ids(service, "supir angkot ditangkap")[:1] == ["sopir"]
        assert _ids(service, "speech korupsi")[:1] == ["pidato"]
        assert _ids(service, "pemudik idul fitri jakarta")[:1] == ["lebaran"]
    finally:
        service.close()


def test_a_spoken_stopword_typed_does_not_sink_the_story_that_writes_the_formal_word(
    tmp_path: Path,
) -> None:
    """``gak jadi jenguk jupe``: readers type a lookup as they say it, and ``gak`` (for
    "tidak"), rare in the archive, weighed like a name, so the quote that had it outranked
    the story the reader remembered, which writes "batal" or "tidak". A spoken form of a
    stopword is optional, as the stopword is, and the second stage does not count it."""
    service = index_of(
        tmp_path,
        {
            "batal": f"Kabar artis\n\nAngel batal menjenguk Jupe, kondisi Jupe menurun. {FILLER}\n",
            "kutipan": f'Konser amal\n\n"Kalau gak sibuk saya menjenguk," kata penyanyi itu '
            f"tentang Jupe. {FILLER}\n",
        },
    )
    try:
        assert _ids(service, "gak jadi jenguk jupe")[:1] == ["batal"]
        assert _ids(service, "udah jenguk jupe belum")[:1] == ["batal"]
        # Alone, a spoken stopword is searched as typed, as a stopword alone is.
        assert _ids(service, "gak") == ["kutipan"]
    finally:
        service.close()


def test_a_word_whose_stem_reads_like_a_spoken_stopword_still_counts_in_the_ranking() -> None:
    """``biarkan`` stems to "biar" and ``kayaknya`` to "kayak", spellings of spoken
    stopwords: the second stage left them out of the query's words, though the first stage
    required them. Only a spoken stopword as typed is left out."""
    from warta.search.rerank import query_words

    assert query_words("biarkan jupe istirahat").stems[:2] == ("biar", "jupe")
    assert "kayak" in query_words("kayaknya jupe").stems
    assert query_words("gak jenguk jupe").stems == query_words("jenguk jupe").stems
