"""Round 31's search fix: a verb with -i whose root begins as a prefix does (menang,
terang, masuk) was cut to another word, on fixtures written for warta."""

from __future__ import annotations

from pathlib import Path

import pytest
from warta.search import analysis
from warta.search.analysis import stem
from warta.search.service import SearchService

from tests.conftest import index_of
from tests.test_search_round20 import FILLER, _ids


@pytest.mark.parametrize(
    ("root", "family"),
    [
        ("menang", ["memenangi", "dimenangi", "memenanginya", "memenangkan", "kemenangan"]),
        ("terang", ["menerangi", "diterangi", "menerangkan", "penerangan"]),
        ("seberang", ["menyeberangi", "diseberangi", "menyeberang"]),
        ("masuk", ["memasuki", "dimasuki", "memasukkan"]),
        ("kurang", ["dikurangi", "mengurangi", "berkurang"]),
        ("sepakat", ["disepakati", "menyepakati", "kesepakatan"]),
        ("padat", ["memadati", "dipadati", "kepadatan"]),
        ("pada", ["memadai", "pada"]),
        ("payung", ["memayungi", "dipayungi", "payung"]),
        ("pungut", ["memunguti", "dipunguti", "pungut"]),
        ("perang", ["memerangi", "diperangi", "perang"]),
        ("marah", ["memarahi", "dimarahi", "kemarahan"]),
    ],
)
def test_a_verb_with_i_has_the_stem_of_its_family(root: str, family: list[str]) -> None:
    """Sastrawi took the root's own beginning for a second prefix: memenangi was "tang"
    (pliers), menerangi and menyeberangi "rang", memasuki "pasuk", while the -kan verb
    and the noun were the root. A verb of a p-root whose form without -i stems to a word
    of its own beginning with m (madat, mada, mayung, mungut, merang) keeps its root:
    memadati left dipadati and "kepadatan", memadai matched Gadjah Mada, and memerangi
    and diperangi, one stem, got two."""
    assert {word: stem(word) for word in family} == {word: root for word in family}


def test_a_verb_whose_i_or_an_is_its_roots_keeps_its_root() -> None:
    """The -i verbs Sastrawi already read right keep their stem: a root ending in i
    (memulai, memberi, menilai), and a root ending in -an (menangani: tangan, not menang)."""
    words = ("memulai", "memberi", "menilai", "menangani", "mendatangi", "menyukai")
    assert [stem(w) for w in words] == ["mulai", "beri", "nilai", "tangan", "datang", "suka"]


def test_a_root_typed_finds_the_story_of_its_verb_with_i(tmp_path: Path) -> None:
    """``menang`` (and ``kemenangan``) missed the story writing only "memenangi", and
    ``memenangi`` found stories about pliers (tang); ``perang`` missed the story writing
    only "memerangi", and ``memadai`` found the story of Gadjah Mada."""
    service = index_of(
        tmp_path,
        {
            "laga": f"Final liga\n\nTim tamu memenangi laga final di kandang lawan. {FILLER}\n",
            "bengkel": f"Bengkel\n\nMontir memakai tang untuk membuka baut. {FILLER}\n",
            "konflik": f"Konflik\n\nPasukan itu memerangi pemberontak di utara. {FILLER}\n",
            "kampus": f"Kampus\n\nMahasiswa Gadjah Mada meneliti kopi. {FILLER}\n",
            "gedung": f"Gedung\n\nAula baru itu cukup memadai untuk rapat. {FILLER}\n",
        },
    )
    try:
        found = {query: _ids(service, query) for query in ("menang", "kemenangan", "memenangi")}
        assert found == {"menang": ["laga"], "kemenangan": ["laga"], "memenangi": ["laga"]}
        found = {query: _ids(service, query) for query in ("perang", "diperangi", "memadai")}
        assert found == {"perang": ["konflik"], "diperangi": ["konflik"], "memadai": ["gedung"]}
    finally:
        service.close()


def test_an_index_built_before_the_fix_is_outdated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its stems are the old ones: the user is told that a whole build comes (as for any
    change of the analyzer), not left with an index where ``menang`` misses "memenangi"."""
    with monkeypatch.context() as patched:
        patched.setattr(analysis, "ANALYZER_VERSION", "id-16")
        index_of(tmp_path, {"laga": f"Final\n\nTim tamu memenangi laga final. {FILLER}\n"}).close()
    service = SearchService([tmp_path / "corpus"], tmp_path / "index")
    try:
        assert service.has_index() is False and service.index_outdated()
    finally:
        service.close()
