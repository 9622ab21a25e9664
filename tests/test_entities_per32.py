"""Round 32 (per32): persons in older news of another source, read through
``extract_mentions``: a mayor named right after ``Wali Kota`` with the city left out."""

from __future__ import annotations

import pytest

from tests.test_entities_tidy29 import _found


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Menurut Wali Kota Fauzi Tamim, kota ini berkembang pesat.", "Fauzi Tamim"),
        ("Rencana Wali Kota Amran Tamimi membangun jembatan ditunda.", "Amran Tamimi"),
        ("Kata Wali Kota Fauzi Ramli, jalan itu rusak.", "Fauzi Ramli"),
    ],
)
def test_a_mayor_named_without_the_city_is_a_person(body: str, person: str) -> None:
    # The tagger takes ``Kota`` for a city's head and reads the mayor as the city.
    assert (person, "person") in _found(body), _found(body)


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Rencana Wali Kota Bukit Tinggi Baru membangun jembatan ditunda.", "Bukit Tinggi Baru"),
        ("Rencana Wali Kota Pematang Raya membangun jembatan ditunda.", "Pematang Raya"),
        ("Rencana Wali Kota Pulau Sembilan membangun jembatan ditunda.", "Pulau Sembilan"),
        ("Menurut Wali Kota Padang Panjang, kota ini berkembang pesat.", "Padang Panjang"),
        ("Menurut Wali Kota Sabang, kota ini berkembang pesat.", "Sabang"),
    ],
)
def test_the_city_after_wali_kota_stays_a_place(body: str, place: str) -> None:
    assert (place, "place") in _found(body), _found(body)


def test_a_mayor_after_the_city_is_parted_from_it() -> None:
    found = _found("Menurut Wali Kota Padang Fauzi Tamim, kota ini berkembang pesat.")
    assert ("Padang", "place") in found and ("Fauzi Tamim", "person") in found, found
