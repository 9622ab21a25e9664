"""Lookups as readers type them, round 19: what a third blind set of IndoSum lookups missed,
on fixtures written for warta."""

from __future__ import annotations

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
