"""Round 29's wrong links and wrong types (issue #14), leftovers of round 28's audit of
1,000 IndoSum articles: a boarding school's name was a person."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from tests.conftest import index_of


def _kinds(service: object, name: str) -> dict[str, set[str]]:
    """Each kind the entities named ``name`` have, with the articles that mention them."""
    kinds: dict[str, set[str]] = {}
    for entity in service.entities():  # type: ignore[attr-defined]
        if entity.name == name:
            mentions = service.mentions(entity.id)  # type: ignore[attr-defined]
            kinds.setdefault(entity.kind, set()).update(m.article for m in mentions)
    return kinds


def test_a_boarding_schools_name_after_its_head_is_an_organisation(tmp_path: Path) -> None:
    # "Pondok Pesantren (Ponpes) Darul Hikmah" gave a person "Darul Hikmah": the tagger
    # left the head and its short form out and read the Arabic name as a person's.
    articles = {
        "santri": "Santri baru\n\nPondok Pesantren (Ponpes) Darul Hikmah di Kabupaten Kediri "
        "menerima santri baru. Pengasuh Ponpes Darul Hikmah mengatakan pendaftaran dibuka "
        "hingga akhir bulan.\n",
        "banjir": "Banjir\n\nBanjir merendam pesantren Nurul Iman di Kabupaten Bogor. Para "
        "santri Nurul Iman diungsikan ke masjid.\n",
    }
    with closing(index_of(tmp_path, articles)) as service:
        hikmah = _kinds(service, "Darul Hikmah")
        iman = _kinds(service, "Nurul Iman")
    assert hikmah == {"organisation": {"santri"}}
    assert iman == {"organisation": {"banjir"}}
