"""Round 29 (tidy): small faults of the entity rules, each read through ``extract_mentions``."""

from __future__ import annotations

from functools import partial
from types import FrameType

import pytest
from warta.search.entities import extract_mentions, linking

from tests.test_entities_costs28 import profiled


def _found(body: str, title: str = "") -> set[tuple[str, str]]:
    return {(mention.surface, mention.kind) for mention in extract_mentions(title, body)}


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Jakarta - Sumberwaras, Istri Budi Santoso, mengaku kaget.", "Sumberwaras"),
        ("Jakarta - Tanjungsari, Manajer Rizky Febian, mengaku kaget.", "Tanjungsari"),
    ],
)
def test_a_name_apposed_to_a_capitalised_relation_is_a_person(body: str, person: str) -> None:
    # ``X, istri Y`` made X a person, ``X, Istri Y`` (the kin noun capitalised, as in a
    # caption) left X the place the tagger read.
    assert (person, "person") in _found(body)
    assert (person, "place") not in _found(body)


def test_a_name_after_st_runs_on_over_a_few_words_at_most() -> None:
    # A lone ``St`` took every capitalised word after its stop, to the end of a sentence
    # written in capitals (``St. Mora Sangat Senang Dengan Kabar Itu``).
    body = "Warga kota St. Mora Sangat Senang Dengan Kabar Itu."
    saints = [surface for surface, _ in _found(body) if surface.startswith("St.")]
    assert saints, _found(body)
    assert all(len(saint.split()) <= 4 for saint in saints), saints
    assert ("St. Petersburg", "place") in _found("Ia pindah ke St. Petersburg tahun lalu.")


def test_a_code_half_a_product_grows_over_is_not_also_a_name_of_its_own() -> None:
    # ``Yamaha NMAX`` grew over ``- ZRK`` (its code's second half) but left the tagger's
    # ``ZRK`` inside it, an organisation, repeated as one further on.
    body = "Pabrikan itu merilis motor Yamaha NMAX - ZRK di Jakarta. Harga ZRK lebih murah."
    found = _found(body)
    assert ("Yamaha NMAX - ZRK", "product") in found
    assert ("ZRK", "organisation") not in found


def _calls_in_scans(name: str, frame: FrameType, event: str) -> bool:
    """Whether the profiler's event is a builtin's call (``id``, the spans' check) in a
    scan written in ``linking.<name>`` (one of its list comprehensions)."""
    outer = frame.f_back
    return (
        event == "c_call"
        and frame.f_code.co_name == "<listcomp>"
        and outer is not None
        and outer.f_code.co_name == name
        and outer.f_code.co_filename == linking.__file__
    )


def test_offices_of_known_bodies_cost_work_linear_in_them() -> None:
    # Each office found (``Kantor Kamla ... Bakamla RI``) rebuilt the article's spans:
    # twice the offices took four times the work.
    sentence = "Petugas Kantor Kamla Zona Maritim Bakamla RI di Batam menangkap kapal Sinar Jaya. "
    assert ("Kantor Kamla Zona Maritim Bakamla RI", "organisation") in _found(sentence)
    few, many = (
        profiled(sentence * count, partial(_calls_in_scans, "_mark_offices_of_known_bodies"))
        for count in (20, 40)
    )
    assert 0 < many <= 2 * few + 10, (few, many)
