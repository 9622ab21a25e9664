"""Round 24's wrong links (issue #14), found auditing 1,000 other IndoSum articles: a
regency and the city of the same name were one place."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import index_of
from tests.test_entities_links23 import _articles


def test_a_regency_and_the_city_of_its_name_are_two_places(tmp_path: Path) -> None:
    # "Kabupaten Bekasi", "Kota Bekasi" and "Bekasi" were one place (as Bogor, Bandung).
    service = index_of(
        tmp_path,
        {
            "upah": "Upah minimum\n\nUpah minimum Kabupaten Bekasi naik lebih tinggi dari "
            "upah minimum Kota Bekasi tahun ini.\n",
            "pabrik": "Kebakaran pabrik\n\nSebuah pabrik plastik di Kab. Bekasi terbakar pada "
            "Senin dini hari.\n",
            "macet": "Jalan rusak\n\nWarga Bekasi mengeluhkan jalan berlubang di pusat kota.\n",
        },
    )
    try:
        regency = service.entity("Kabupaten Bekasi")
        assert regency is not None and regency.kind == "place"
        assert _articles(service, "Kabupaten Bekasi") == {"upah", "pabrik"}
        assert _articles(service, "Bekasi") == {"upah", "macet"}
    finally:
        service.close()
