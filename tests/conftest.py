"""Shared fixtures: the bundled seeds indexed once per session, and small corpora in tmp_path."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from warta.search.paths import bundled_seeds
from warta.search.service import SearchService
from warta.search.workspace import Workspace
from warta.tui.i18n import set_language

SEEDS = bundled_seeds()


@pytest.fixture(autouse=True)
def _isolated_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """No test reads the user's corpus, index, config, data or language settings, and each
    leaves the interface in English (the language is process-wide: a test may set it)."""
    for name in (
        *("WARTA_CORPUS", "WARTA_INDEX_DIR", "WARTA_DATA_DIR", "WARTA_CONFIG"),
        *("WARTA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"),
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WARTA_ENTITIES", str(tmp_path_factory.getbasetemp() / "no-entities.json"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.getbasetemp() / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.getbasetemp() / "xdg-data"))
    yield
    set_language("en")


@pytest.fixture(scope="session")
def seeds_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the bundled seeds, built once; tests must not modify it."""
    folder = tmp_path_factory.mktemp("seeds-index")
    service = SearchService([SEEDS], folder)
    service.update()
    service.close()
    return folder


@pytest.fixture()
def seeds_service(seeds_index: Path) -> Iterator[SearchService]:
    service = SearchService([SEEDS], seeds_index)
    yield service
    service.close()


@pytest.fixture()
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A new workspace (stars, tags, notes, saved searches) in tmp_path."""
    with Workspace(tmp_path / "data") as opened:
        yield opened


@pytest.fixture()
def service(seeds_index: Path, workspace: Workspace) -> Iterator[SearchService]:
    """The seeds' index searched with ``workspace``, for ``tag:``, ``is:`` and ``has:``."""
    searching = SearchService([SEEDS], seeds_index, workspace=workspace)
    yield searching
    searching.close()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the seeds, for tests that add, change or delete files."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def index_of(tmp_path: Path, articles: dict[str, str]) -> SearchService:
    """An up-to-date index of ``articles`` (file name without ``.txt`` -> text) in
    ``tmp_path``; the caller closes it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in articles.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    return service


#: One person written two ways: the word ``jokowi`` is in two articles, the person in three.
NAMED_TWO_WAYS = {
    "jembatan": "Jembatan baru\n\nPresiden Joko Widodo meresmikan jembatan di Kalimantan. "
    "Jokowi mengatakan jembatan itu penting.\n",
    "kabinet": "Rapat kabinet\n\nJoko Widodo memimpin rapat kabinet di Istana Bogor.\n",
    "pasar": "Ke pasar\n\nJokowi mengunjungi pasar di Solo.\n",
}


@pytest.fixture()
def named_two_ways(tmp_path: Path) -> Iterator[SearchService]:
    """An index of ``NAMED_TWO_WAYS``."""
    service = index_of(tmp_path, NAMED_TWO_WAYS)
    yield service
    service.close()
