"""Round 30's rules for persons a lone sentence can still decide (idner dev, NERGrit valid
and IndoSum sentences taken alone), each on sentences written for it."""

from __future__ import annotations

import pytest
from warta.search.entities import linking

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.test_entities_sent29 import _tagger_reads


def test_a_one_word_name_after_a_ministers_title_is_the_minister(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # IndoSum sentences alone: a minister named by a first name only after "Menteri"
    # (no fuller mention in a lone sentence) was read as an organisation or lost.
    _tagger_reads(monkeypatch, {"Ratna": "B-ORG"}, {("Ratna",): ["B-PER"]})
    found = _kinds("Menteri Ratna meninjau pasar ikan di pelabuhan.")
    assert found.get("Ratna") == {"person"}


def test_an_untagged_one_word_name_after_a_ministers_title_is_the_minister(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The tagger read nothing in "Menteri Susi didampingi ..." (a sentence alone).
    _tagger_reads(monkeypatch, {}, {("Wulan",): ["B-PER"]})
    found = _kinds("Pada kesempatan itu, Menteri Wulan didampingi oleh pejabat daerah.")
    assert found.get("Wulan") == {"person"}


def test_a_portfolio_or_acronym_after_a_ministers_title_stays_no_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # IndoSum: "Menteri Kehakiman" (a portfolio the list misses) read alone as a person.
    labels = {"Kelautan": "B-ORG", "PUPR": "B-ORG"}
    alone = {(word,): ["B-PER"] for word in ("Kelautan", "PUPR", "Kehakiman")}
    _tagger_reads(monkeypatch, labels, alone)
    found = _kinds("Menteri Kelautan meninjau pasar ikan, didampingi Menteri PUPR.")
    assert "person" not in found.get("Kelautan", set())
    assert "person" not in found.get("PUPR", set())
    found = _kinds("Menteri Kehakiman dan Menteri Luar Negeri menghadiri rapat itu.")
    assert "person" not in found.get("Kehakiman", set())


def test_a_ministers_one_word_name_is_a_person_with_the_shipped_model() -> None:
    # Through the shipped tagger, as users get it.
    if linking.packaged_tagger() is None:
        pytest.skip("no tagger model")
    found = _kinds("Menteri Ratna didampingi oleh Gubernur Jawa Timur.")
    assert found.get("Ratna") == {"person"}


def test_a_doubles_pair_joined_by_a_slash_is_two_persons(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # IndoSum sentences alone: badminton pairs written by one name each ("X / Y") lost
    # one or both players: the tagger found the second only, or neither.
    labels = {"Dimas": "B-PER"}
    alone = {("Harun",): ["B-PER"], ("Sigit",): ["B-PER"], ("Rahmat",): ["B-PER"]}
    _tagger_reads(monkeypatch, labels, alone)
    found = _kinds("Sepanjang musim ini, Rahmat / Dimas tercatat belum terkalahkan.")
    assert found.get("Rahmat") == {"person"}
    assert found.get("Dimas") == {"person"}
    found = _kinds("Harun / Sigit menang dua gim langsung atas pasangan tuan rumah.")
    assert found.get("Harun") == {"person"}
    assert found.get("Sigit") == {"person"}


def test_a_slash_between_places_or_common_words_makes_no_persons(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    alone = {("Jakarta",): ["B-PER"], ("Bogor",): ["B-PER"], ("Naik",): ["B-PER"]}
    _tagger_reads(monkeypatch, {}, alone)
    found = _kinds("Kereta rute Jakarta / Bogor terganggu pagi ini.")
    assert "person" not in found.get("Jakarta", set()) | found.get("Bogor", set())
    found = _kinds("Naik / turun harga terjadi setiap hari di pasar itu.")
    assert not any("person" in kinds for kinds in found.values())


def test_a_slash_between_untagged_words_needs_both_to_read_as_persons(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _tagger_reads(monkeypatch, {}, {("Talon",): ["B-PER"]})
    found = _kinds("Pilihan warnanya Talon / Vantara dengan harga yang sama.")
    assert "person" not in found.get("Talon", set())
