"""Lookups as readers type them, round 20: what a fourth blind set of IndoSum lookups and
the misses of round 19 showed, on fixtures written for warta."""

from __future__ import annotations

from pathlib import Path

from warta.search.service import SearchService

from tests.conftest import index_of

FILLER = "Warga berkumpul di balai desa pada sore hari untuk membahas jadwal ronda malam. "


def _ids(service: SearchService, query: str) -> list[str]:
    return [hit.id for hit in service.search(query, snippets=False).hits]


def test_the_story_lacking_only_a_common_word_typed_is_not_ranked_below_passing_mentions(
    tmp_path: Path,
) -> None:
    """``novanto andi narogong sidang``: the story about the two men that never writes
    "sidang" (a word of many stories) came after every article that named them once in
    passing and had "sidang" somewhere. A story lacking a rare word typed still follows
    the one with every word."""
    trials = {
        f"sidang{n}": f"Sidang {n}\n\nSidang perkara pajak ke-{n} digelar di pengadilan. {FILLER}\n"
        for n in range(5)
    }
    service = index_of(
        tmp_path,
        {
            **trials,
            "bantah": "Novanto bantah Narogong\n\nNovanto membantah menunjuk Narogong dalam "
            "proyek itu. Menurut Novanto, Narogong tidak pernah ia kenal. Narogong diam.\n",
            "lewat": f"Rapat fraksi\n\n{FILLER * 4}Nama Novanto sempat disebut, begitu pula "
            f"Narogong, sebelum sidang ditunda. {FILLER * 4}\n",
            "saja": "Novanto bersaksi\n\nNovanto hadir di sidang dan Novanto menjawab hakim "
            "di sidang itu.\n",
        },
    )
    try:
        found = _ids(service, "novanto narogong sidang")
        assert found.index("bantah") < found.index("lewat") < found.index("saja")
    finally:
        service.close()


def test_a_goalless_score_typed_as_digits_finds_the_story_writing_it_in_words(
    tmp_path: Path,
) -> None:
    """``myanmar indonesia 0-0``: the story of the goalless draw says "imbang tanpa gol",
    so the digits matched nothing in it and a story of another match ranked first. A
    quoted score stays as typed."""
    service = index_of(
        tmp_path,
        {
            "imbang": "Uji coba\n\nIndonesia bermain imbang tanpa gol melawan Myanmar.\n",
            "menang": "Piala AFF\n\nIndonesia menang 2-1 atas Myanmar. Myanmar kalah, "
            "Indonesia lolos.\n",
            "skor": "Liga\n\nPersib dan Persija bermain 0-0 di Bandung.\n",
        },
    )
    try:
        assert _ids(service, "myanmar indonesia 0-0")[:1] == ["imbang"]
        assert _ids(service, "persib 0-0")[:1] == ["skor"]
        assert _ids(service, '"0-0"') == ["skor"]
    finally:
        service.close()


def test_a_name_typed_out_finds_the_story_that_writes_only_its_nickname(
    tmp_path: Path,
) -> None:
    """``setnov`` found the stories writing "Setya Novanto", but ``setya novanto`` not the
    one writing only "Setnov" (headlines do); ``tanpa gol`` not the one writing "0-0". The
    words as typed are still searched, each on its own, and a quoted name stays exact."""
    service = index_of(
        tmp_path,
        {
            "setnov": "Setnov mangkir\n\nSetnov kembali mangkir dari panggilan KPK.\n",
            "lengkap": "Ketua DPR\n\nSetya Novanto memimpin rapat paripurna.\n",
            "lain": "Setya kawan\n\nSetya menolak tawaran itu.\n",
            "skor": "Liga\n\nPersib dan Persija bermain 0-0 di Bandung.\n",
            "gol": "Gol\n\nPersib menang lewat gol tunggal; tanpa ampun.\n",
        },
    )
    try:
        found = _ids(service, "setya novanto")
        # Both stories about him have every word (round 22: the short word stands for the
        # two), before the one about another Setya.
        assert set(found[:2]) == {"setnov", "lengkap"} and found[2:] == ["lain"]
        assert _ids(service, "Setya Novanto mangkir")[:1] == ["setnov"]
        assert _ids(service, '"setya novanto"') == ["lengkap"]
        assert set(_ids(service, "tanpa gol")) == {"skor", "gol"}
    finally:
        service.close()
