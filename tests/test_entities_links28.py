"""Round 28's wrong links and wrong types (issue #14), found auditing 1,000 IndoSum
articles drawn at random (seed 2828): a province's election commission was the national
one, a name misspelt by one letter was a second entity beside the one spelt right."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from tests.conftest import index_of
from tests.test_entities_links27 import _articles


def test_a_national_bodys_branch_in_dki_is_not_the_national_body(tmp_path: Path) -> None:
    # "Komisi Pemilihan Umum (KPU) DKI Jakarta" linked to the national commission: only
    # Kabupaten, Kota and Provinsi were known as the seats of a body's branches, not DKI.
    articles = {
        "debat": "Debat calon\n\nKomisi Pemilihan Umum (KPU) DKI Jakarta menggelar debat "
        "ketiga calon gubernur. Ketua KPU DKI Jakarta mengatakan debat disiarkan langsung.\n",
        "rapat": "Rapat pleno\n\nKPU DKI menetapkan daftar pemilih tetap dalam rapat pleno "
        "di Jakarta.\n",
        "jadwal": "Jadwal pemilu\n\nKomisi Pemilihan Umum (KPU) menetapkan jadwal pemilu "
        "nasional. Ketua KPU mengatakan tahapan dimulai bulan depan.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        national = _articles(service, "Komisi Pemilihan Umum")
        branch = _articles(service, "Komisi Pemilihan Umum DKI Jakarta")
        short = _articles(service, "KPU DKI")
    assert national == [{"jadwal"}]
    assert branch == [{"debat"}]
    assert short == [{"rapat"}]
