"""Round 25's wrong links and wrong types (issue #14), found auditing the 463 IndoSum
articles no audit had used: a police district read as a person."""

from __future__ import annotations

from pathlib import Path

from warta.search.service import SearchService

from tests.conftest import index_of


def _kind(service: SearchService, name: str) -> str:
    """The kind of the one entity named ``name``."""
    (entity,) = [entity for entity in service.entities() if entity.name == name]
    return entity.kind


def test_a_police_district_between_its_chief_and_his_rank_is_a_place(tmp_path: Path) -> None:
    # "Kapolsek Kurik, Polres Merauke" made Kurik a person.
    service = index_of(
        tmp_path,
        {
            "mutasi": "Mutasi perwira\n\nSebelum bertugas di Jakarta, ia pernah menjadi "
            "Kapolsek Semangga, Polres Merauke, Papua.\n",
            "curanmor": "Pencurian motor\n\nKapolsek Kurik, Polres Merauke, Iptu Yudi "
            "Hartono mengatakan pelaku sudah ditahan.\n",
        },
    )
    try:
        assert _kind(service, "Semangga") == "place"
        assert _kind(service, "Kurik") == "place"
        assert _kind(service, "Yudi Hartono") == "person"
    finally:
        service.close()
