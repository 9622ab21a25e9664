"""Lookups as readers type them, round 19: what a third blind set of IndoSum lookups missed,
on fixtures written for warta."""

from __future__ import annotations

import json
from pathlib import Path

from warta.search.service import SearchService

from tests.conftest import index_of


def _ids(service: SearchService, query: str) -> list[str]:
    return [hit.id for hit in service.search(query, snippets=False).hits]


def test_a_name_typed_apart_finds_it_written_joined(tmp_path: Path) -> None:
    """Readers split names the news writes as one word (``toko pedia``, ``whats app``): the
    articles with both words ranked first and the one about the name came second, or not
    at all. The words stay as typed too, and nothing is offered in their place."""
    service = index_of(
        tmp_path,
        {
            "situs": "Situs\n\nTokopedia menjadi situs lokal paling populer tahun ini.\n",
            "toko": "Toko\n\nToko itu menjual ensiklopedia; situs pedia lain populer juga.\n",
            "pesan": "Aplikasi\n\nWhatsApp menambah fitur panggilan video bagi pengguna.\n",
            "tanya": "Tanya\n\nWhats new? Aplikasi app baru hadir di toko aplikasi.\n",
            "band": "Konser\n\nFoo Fighters membatalkan tiga konser pekan ini.\n",
        },
    )
    try:
        assert _ids(service, "toko pedia situs populer")[:1] == ["situs"]
        assert _ids(service, "Toko Pedia")[:1] == ["situs"]
        result = service.search("whats app", snippets=False)
        assert [hit.id for hit in result.hits][:1] == ["pesan"]
        assert result.suggestion is None and result.notice is None
        assert "tanya" in _ids(service, "whats app")  # the words as typed are searched too
        assert _ids(service, "foo fighters") == ["band"]  # written apart: searched as typed
        assert _ids(service, '"toko pedia"') == []  # a phrase says exactly what it wants
    finally:
        service.close()


def test_a_nickname_shortening_or_synonym_finds_the_words_the_article_uses(
    tmp_path: Path,
) -> None:
    """``jersey baru barcelona`` found the story about Barcelona's new kit, which says
    "kostum", below stories that merely had "baru" and "Barcelona"; ``setnov`` and ``wisman``
    nothing where the story writes the name and the words out. A quoted word stays exact."""
    service = index_of(
        tmp_path,
        {
            "kostum": "Kostum\n\nBarcelona memamerkan kostum baru untuk musim depan.\n",
            "pemain": "Pemain\n\nBarcelona baru membeli pemain baru dari Brasil.\n",
            "nba": "NBA\n\nJersey NBA dilengkapi chip.\n",
            "golkar": "Golkar\n\nSetya Novanto siap melepas kursi Ketua DPR.\n",
            "bali": "Bali\n\nKunjungan wisatawan mancanegara ke Bali naik.\n",
        },
    )
    try:
        assert _ids(service, "jersey baru barcelona")[:1] == ["kostum"]
        assert _ids(service, "setnov mundur") == ["golkar"]
        assert _ids(service, "wisman bali") == ["bali"]
        assert _ids(service, '"jersey"') == ["nba"]
    finally:
        service.close()


def test_a_foreign_place_in_either_spelling_finds_the_other(tmp_path: Path) -> None:
    """``rajoy catalonia`` ranked a story about Catalonia above the one writing "Catalunya",
    and ``puerto riko`` one writing "Riko" above the one writing "Rico"."""
    service = index_of(
        tmp_path,
        {
            "pecat": "Spanyol\n\nRajoy memecat pemimpin Catalunya dan mengambil alih.\n",
            "ancam": "Ancaman\n\nCatalonia mengancam merdeka; Rajoy menolak.\n",
            "timnas": "Timnas\n\nTimnas Indonesia melawan Puerto Rico di Bekasi.\n",
            "bayern": "Transfer\n\nBayern Muenchen mendatangkan Sandro Wagner.\n",
        },
    )
    try:
        assert _ids(service, "rajoy pecat catalonia")[:1] == ["pecat"]
        assert sorted(_ids(service, "katalonia")) == ["ancam", "pecat"]
        assert _ids(service, "timnas puerto riko") == ["timnas"]
        assert _ids(service, "bayern munich wagner") == ["bayern"]
    finally:
        service.close()


def test_title_finds_a_title_made_of_the_first_sentence(tmp_path: Path) -> None:
    """An article without a title shows its first sentence as one; ``title:`` with a word of
    that title found nothing. Plain words still do not weigh it as a title."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [
        {"id": "tanpa", "text": "Presiden meresmikan jembatan baru di Kutai. Warga gembira."},
        {"id": "judul", "title": "Jembatan Kutai", "text": "Bupati datang. Warga gembira."},
        {"id": "isi", "text": "Warga gembira. Bupati meresmikan jembatan baru di Kutai."},
    ]
    (corpus / "lines.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines), encoding="utf-8"
    )
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    try:
        assert sorted(_ids(service, "title:jembatan")) == ["judul", "tanpa"]
        assert _ids(service, 'title:"presiden meresmikan"') == ["tanpa"]
        assert _ids(service, "judul:presiden") == ["tanpa"]
        assert sorted(_ids(service, "title:kutai")) == ["judul", "tanpa"]
        assert _ids(service, "title:warga") == ["isi"]  # not past the first sentence
        assert _ids(service, "presiden")[:1] == ["tanpa"]
        assert _ids(service, "jembatan")[:1] == ["judul"]  # a stated title still weighs more
    finally:
        service.close()


def test_the_story_whose_lead_names_the_words_comes_before_one_naming_them_later(
    tmp_path: Path,
) -> None:
    """``rossi pensiun``: of two stories with both words once, the shorter one, which names
    them only at its end, came first; the reader remembered the one its lead is about."""
    filler = (
        "Musim ini diwarnai banyak insiden di lintasan, dan para pebalap muda tampil "
        "semakin berani di setiap seri yang digelar sepanjang tahun. "
    )
    service = index_of(
        tmp_path,
        {
            "ingat": "MotoGP\n\nRossi segera pensiun, kata bos tim itu. " + filler * 4 + "\n",
            "lain": "MotoGP\n\n" + filler * 3 + "Di akhir musim Rossi bicara soal pensiun.\n",
        },
    )
    try:
        assert _ids(service, "rossi pensiun") == ["ingat", "lain"]
    finally:
        service.close()
