"""Round 32, the lead's mend of a reviewer's finding on the whole round: a regional office
keeps its own seat, not the seat of a second body the tagger ran it into over ``dan``."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions


def _found(body: str) -> set[tuple[str, str]]:
    return {(mention.surface, mention.kind) for mention in extract_mentions("", body)}


@pytest.mark.parametrize(
    ("body", "seat"),
    [
        ("Dinas Sosial dan Karang Taruna Kabupaten Bogor menyalurkan bantuan.", "Kabupaten Bogor"),
        (
            "Kepala Dinas Ketahanan Pangan dan Karang Taruna Kabupaten Bogor hadir.",
            "Kabupaten Bogor",
        ),
    ],
)
def test_a_seat_after_a_second_body_is_not_the_office_s(body: str, seat: str) -> None:
    found = _found(body)
    assert (seat, "place") in found, found
    assert not any(surface.endswith(seat) and kind == "organisation" for surface, kind in found)


@pytest.mark.parametrize(
    ("body", "office"),
    [
        (
            "Kepala Dinas Pertambangan dan Energi Provinsi Jabar hadir.",
            "Dinas Pertambangan dan Energi Provinsi Jabar",
        ),
        (
            "kata Kepala Dinas Pertanian dan Kehutanan Singkawang Yusnita Fitriadi, Selasa.",
            "Dinas Pertanian dan Kehutanan Singkawang",
        ),
    ],
)
def test_an_office_whose_fields_are_joined_by_dan_keeps_its_seat(body: str, office: str) -> None:
    assert (office, "organisation") in _found(body)
