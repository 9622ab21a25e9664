"""What a plain ``pip install .`` ships: every package folder and the bundled data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _declared() -> dict[str, object]:
    tomllib = pytest.importorskip("tomllib")
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def test_every_package_folder_is_installed() -> None:
    declared = set(_declared()["packages"])  # type: ignore[call-overload]
    on_disk = {
        ".".join(("warta", *init.parent.relative_to(ROOT).parts))
        for top in ("search", "tui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert on_disk <= declared, f"not installed by `pip install .`: {on_disk - declared}"


def test_seeds_ship_inside_the_package() -> None:
    setuptools = _declared()
    assert setuptools["package-dir"]["warta.search.seeds"] == "seeds"  # type: ignore[index]
    assert sorted(p.name for p in (ROOT / "seeds").glob("*.txt")) == [
        "000_57ce1d9c2516dadd.txt",
        "001_6e86bfa91c2c7f27.txt",
        "002_c0de79780e8f4f90.txt",
        "003_1e43ee1f4da0086e.txt",
        "004_5a1b6cf5f990128b.txt",
    ]


def test_installed_top_level_name_is_the_projects() -> None:
    """Only ``warta`` lands in site-packages: no top-level ``search`` or ``tui`` to clash."""
    setuptools = _declared()
    packages = setuptools["packages"]  # type: ignore[index]
    assert all(name.startswith("warta.") for name in packages)  # type: ignore[union-attr]
    assert setuptools["package-dir"]["warta.search"] == "search"  # type: ignore[index]
    assert setuptools["package-dir"]["warta.tui"] == "tui"  # type: ignore[index]


def _modules_after(code: str) -> set[str]:
    """The top-level modules a fresh interpreter holds after running ``code``."""
    probe = code + "\nimport sys\nprint(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, cwd=ROOT.parent
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_the_library_never_imports_textual() -> None:
    loaded = _modules_after(
        "import warta.search\n"
        "from warta.search.service import SearchService\n"
        "from warta.search import index, query, entities"
    )
    assert "textual" not in loaded
    assert "warta" in loaded


def test_the_first_frame_needs_no_search_engine() -> None:
    """What the explorer imports to draw its first frame leaves Whoosh, Sastrawi and the
    tagger to the workers, so the window appears before they load."""
    loaded = _modules_after("import warta.tui.app\nimport warta.tui.cli")
    assert "textual" in loaded
    assert not loaded & {"whoosh", "Sastrawi", "pycrfsuite"}


def test_the_public_api_comes_from_warta_search() -> None:
    import warta.search as library

    for name in library.__all__:
        assert getattr(library, name).__name__ == name
    loaded = _modules_after("import warta.search")
    assert not loaded & {"whoosh", "Sastrawi", "pycrfsuite", "textual"}


def test_every_public_name_has_a_home() -> None:
    import warta.search as library

    assert sorted(library.__all__) == sorted(library._HOMES)
