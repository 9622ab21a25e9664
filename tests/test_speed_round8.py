"""Round eight of build speed: the same index for less CPU an article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from warta.search import sidecar


def _seeds_segment(seeds_index: Path) -> Any:
    from warta.search.index import current_generation, open_generation

    generation = current_generation(seeds_index)
    assert generation is not None
    ix = open_generation(generation)
    reader = ix.reader()
    leaves = [leaf for leaf, _ in reader.leaf_readers()] if not reader.is_atomic() else [reader]
    return ix, reader, leaves[0]


def test_a_sidecar_decodes_the_places_of_many_words_at_once(
    seeds_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each word's places decoded alone cost a dozen numpy calls per rare word."""
    ix, reader, leaf = _seeds_segment(seeds_index)
    calls: list[int] = []
    decode = sidecar._decoded_places

    def counted(values: Any, parts: tuple[str, ...]) -> Any:
        calls.append(len(values))
        return decode(values, parts)

    monkeypatch.setattr(sidecar, "_decoded_places", counted)
    try:
        sidecar._write_segment(tmp_path / "seeds.sidecar", "seeds", leaf)
        place_fields = [f for f in sidecar.SIDECAR_FIELDS if sidecar._place_parts(leaf, f)]
        placed_words = sum(len(list(leaf.lexicon(f))) for f in place_fields)
    finally:
        reader.close()
        ix.close()
    postings = sum(calls)
    assert placed_words > 1_000  # the seeds hold enough words for the count to mean something
    assert len(calls) <= len(place_fields) * (postings // sidecar.PLACES_DECODED + 2)


def test_a_sidecar_is_the_same_however_many_places_are_decoded_at_once(
    seeds_index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ix, reader, leaf = _seeds_segment(seeds_index)
    try:
        sidecar._write_segment(tmp_path / "batched.sidecar", "seeds", leaf)
        monkeypatch.setattr(sidecar, "PLACES_DECODED", 1)  # every posting decoded alone
        sidecar._write_segment(tmp_path / "alone.sidecar", "seeds", leaf)
        monkeypatch.setattr(sidecar, "PLACES_DECODED", 7)  # slices that cut words apart
        sidecar._write_segment(tmp_path / "sliced.sidecar", "seeds", leaf)
    finally:
        reader.close()
        ix.close()
    batched = (tmp_path / "batched.sidecar").read_bytes()
    assert batched == (tmp_path / "alone.sidecar").read_bytes()
    assert batched == (tmp_path / "sliced.sidecar").read_bytes()
