"""Lookups as readers type them, round 21: what a fifth blind set of IndoSum lookups and
FacQA's train and valid misses showed, on fixtures written for warta."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import index_of
from tests.test_search_round20 import FILLER, _ids


def test_a_gadget_typed_in_indonesian_finds_the_story_writing_its_english_name(
    tmp_path: Path,
) -> None:
    """``jam tangan pintar jadi smartphone``: the story says only "smartwatch", so the three
    Indonesian words matched nothing in it and every story about a phone ranked first.
    Tech news writes these things either way ("perusahaan rintisan" or "startup", "kuliah
    daring" or "online"): the reader's words find the other form too, and a quoted phrase
    stays exact."""
    phones = {
        f"ponsel{n}": f"Ponsel baru {n}\n\nSmartphone ini dijual murah. Smartphone itu "
        f"memakai layar besar dan smartphone kedua menyusul. {FILLER}\n"
        for n in range(4)
    }
    service = index_of(
        tmp_path,
        {
            **phones,
            "arloji": "Gawai unik\n\nSmartwatch Shell bisa dilepas dari talinya dan dipakai "
            "menelepon seperti smartphone. Smartwatch itu dijual tahun depan.\n",
            "tangan": "Arloji pintar\n\nProdusen itu merilis jam tangan pintar dengan "
            "baterai yang tahan dua minggu.\n",
            "rintisan": "Pendanaan\n\nPerusahaan rintisan asal Bandung meraih dana segar "
            "dari investor Jepang.\n",
            "startup": "Investasi\n\nStartup logistik itu membuka kantor di Surabaya.\n",
            "daring": "Kampus\n\nMahasiswa mengikuti kuliah daring selama sebulan.\n",
        },
    )
    try:
        found = _ids(service, "jam tangan pintar jadi smartphone")
        assert "arloji" in found
        assert all(found.index("arloji") < found.index(phone) for phone in phones)
        assert _ids(service, "smartwatch baterai")[:1] == ["tangan"]
        assert set(_ids(service, "startup")) == {"rintisan", "startup"}
        assert set(_ids(service, "perusahaan rintisan")) == {"rintisan", "startup"}
        assert _ids(service, "kuliah online") == ["daring"]
        assert _ids(service, '"jam tangan pintar"') == ["tangan"]
    finally:
        service.close()
