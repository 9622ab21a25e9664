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
