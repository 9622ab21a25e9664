"""What a plain ``pip install .`` ships: every package folder and the bundled data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _declared() -> dict[str, object]:
    tomllib = pytest.importorskip("tomllib")
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def test_every_package_folder_is_installed() -> None:
    declared = set(_declared()["packages"])  # type: ignore[call-overload]
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("search", "tui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert on_disk <= declared, f"not installed by `pip install .`: {on_disk - declared}"


def test_seeds_ship_inside_the_package() -> None:
    setuptools = _declared()
    assert setuptools["package-dir"] == {"search.seeds": "seeds"}  # type: ignore[index]
    assert sorted(p.name for p in (ROOT / "seeds").glob("*.txt")) == [
        "000_57ce1d9c2516dadd.txt",
        "001_6e86bfa91c2c7f27.txt",
        "002_c0de79780e8f4f90.txt",
        "003_1e43ee1f4da0086e.txt",
        "004_5a1b6cf5f990128b.txt",
    ]
