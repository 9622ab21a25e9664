"""Search, round 30: the cost of finding words typed joined, kept for the index as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh.reading import IndexReader

from tests.conftest import index_of
from tests.test_search_round20 import FILLER, _ids


def test_a_query_searched_again_asks_no_frequency_again_until_an_update(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Each cut of every known query word cost two document-frequency lookups (~1.4 ms
    each), again at each key the explorer searches on. A reader keeps them, so the same
    words searched again ask none of them; an update gives a new reader, whose answers
    see the story it added (``alquran`` then finds "Al Quran")."""
    corpus = {
        "joined": f"Hafalan\n\nSantri menghafal Alquran di pesantren. {FILLER}\n",
        "filler": f"Desa\n\nAcara di desa. {FILLER}\n",
    }
    service = index_of(tmp_path, corpus)
    asked: list[str] = []
    for reader_class in {type(service._view().searcher.reader()), *IndexReader.__subclasses__()}:
        if "doc_frequency" in reader_class.__dict__:
            original = reader_class.doc_frequency

            def counting(self: IndexReader, field: str, text: str, _was=original) -> int:
                if field == "exact":
                    asked.append(text)
                return _was(self, field, text)

            monkeypatch.setattr(reader_class, "doc_frequency", counting)
    try:
        assert _ids(service, "alquran pesantren") == ["joined"]
        first = len(asked)
        asked.clear()
        assert _ids(service, "alquran pesantren") == ["joined"]
        assert len(asked) < first / 2, (first, asked)
        (tmp_path / "corpus" / "space.txt").write_text(
            f"Tilawah\n\nPembacaan Al Quran di pesantren membuka acara. {FILLER}\n",
            encoding="utf-8",
        )
        service.update()
        assert set(_ids(service, "alquran pesantren")) == {"joined", "space"}
    finally:
        service.close()
