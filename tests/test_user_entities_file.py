"""The user's ``entities.json`` is untrusted input too: a bad one costs one line, never the index.

Each malformed file, a FIFO, a folder and ``/dev/zero`` in its place must give
``warta: <file>: <what is wrong>`` and exit 2 from ``warta index``, leave the live index
serving and no half-built generation behind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warta.search.entities import load_gazetteer
from warta.search.entities.gazetteer import USER_FILE_LIMIT, read_user_file
from warta.search.errors import WartaError
from warta.search.sanitize import clean_line
from warta.search.service import SearchService
from warta.tui.cli import main


def _write(text: str | bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        if isinstance(text, str):
            path.write_text(text, encoding="utf-8")
        else:
            path.write_bytes(text)

    return make


#: name -> how to make the bad file, as the report tried them.
BAD_FILES: dict[str, Callable[[Path], None]] = {
    "syntax_error": _write('{"entities": ['),
    "new_entity_without_kind": _write(json.dumps({"entities": [{"name": "Baru Sekali"}]})),
    "alien_kind": _write(json.dumps({"entities": [{"name": "Baru", "kind": "alien"}]})),
    "entities_not_a_list": _write(json.dumps({"entities": "x"})),
    "invalid_utf8": _write(b'{"entities": [{"name": "\xff\xfe", "kind": "person"}]}'),
    "a_folder": lambda path: path.mkdir(),
    "nested_100000_deep": _write("[" * 100_000 + "]" * 100_000),
    "huge_integer": _write('{"entities": [], "x": ' + "9" * 5000 + "}"),
    "larger_than_the_cap": _write(b" " * (USER_FILE_LIMIT + 1)),
}


@pytest.fixture()
def indexed(tmp_path: Path) -> tuple[Path, Path]:
    """A one-article corpus and its index, built with no user entities."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Harga durian\n\nHarga durian naik di Jakarta.\n", "utf-8")
    index = tmp_path / "index"
    assert main(["--corpus", str(corpus), "--index-dir", str(index), "index"]) == 0
    return corpus, index


def _generations(index: Path) -> list[str]:
    return sorted(path.name for path in index.glob("gen-*"))


def _search_still_works(
    capsys: pytest.CaptureFixture[str], corpus: Path, index: Path, generations: list[str]
) -> None:
    assert _generations(index) == generations
    capsys.readouterr()
    code = main(["--corpus", str(corpus), "--index-dir", str(index), "search", "durian", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["total"] == 1


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_entities_file_is_one_line_and_the_index_keeps_serving(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    indexed: tuple[Path, Path],
    tmp_path: Path,
    case: str,
) -> None:
    corpus, index = indexed
    before = _generations(index)
    bad = tmp_path / "entities.json"
    BAD_FILES[case](bad)
    monkeypatch.setenv("WARTA_ENTITIES", str(bad))
    capsys.readouterr()
    code = main(["--corpus", str(corpus), "--index-dir", str(index), "index", "--rebuild"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith(f"warta: {bad}: ") and err.count("\n") == 1, err
    assert len(err) < 300
    _search_still_works(capsys, corpus, index, before)


def test_a_bad_file_is_a_warta_error_for_the_explorer(
    indexed: tuple[Path, Path], tmp_path: Path
) -> None:
    """The explorer shows ``str(error)`` of a WartaError, and a type name with anything else."""
    corpus, index = indexed
    bad = tmp_path / "entities.json"
    bad.write_text(json.dumps({"entities": [{"name": "Baru", "kind": "alien"}]}), "utf-8")
    service = SearchService([corpus], index, bad)
    with pytest.raises(WartaError, match=r"^\S*entities\.json: kind of 'Baru' must be one of"):
        service.update()
    service.close()


def _cli_in_subprocess(
    corpus: Path, index: Path, entities: str, limit_memory: bool = False
) -> subprocess.CompletedProcess[str]:
    """``warta index`` in a child process: a regression must fail the test, not hang it."""

    def cap_memory() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))

    command = ["--corpus", str(corpus), "--index-dir", str(index), "index", "--rebuild"]
    return subprocess.run(
        [sys.executable, "-m", "warta.tui.cli", *command],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "WARTA_ENTITIES": entities},
        preexec_fn=cap_memory if limit_memory else None,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_as_entities_file_does_not_hang(
    capsys: pytest.CaptureFixture[str], indexed: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, index = indexed
    before = _generations(index)
    fifo = tmp_path / "entities.json"
    os.mkfifo(fifo)
    completed = _cli_in_subprocess(corpus, index, str(fifo))
    assert completed.returncode == 2
    assert completed.stderr == f"warta: {fifo}: not a regular file\n"
    _search_still_works(capsys, corpus, index, before)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_as_entities_file_is_refused_without_reading_it(
    capsys: pytest.CaptureFixture[str], indexed: tuple[Path, Path]
) -> None:
    corpus, index = indexed
    before = _generations(index)
    completed = _cli_in_subprocess(corpus, index, "/dev/zero", limit_memory=True)
    assert completed.returncode == 2
    assert completed.stderr == "warta: /dev/zero: not a regular file\n"
    _search_still_works(capsys, corpus, index, before)


def test_a_file_of_exactly_the_cap_still_loads(tmp_path: Path) -> None:
    """The cap leaves room: 100,000 entities take about 11 MB, the cap is 16 MB."""
    path = tmp_path / "entities.json"
    text = json.dumps({"entities": [{"name": "Sawit Raya", "kind": "product"}]})
    path.write_text(text + " " * (USER_FILE_LIMIT - len(text)), encoding="utf-8")
    data = read_user_file(path)
    assert data is not None and len(data) == USER_FILE_LIMIT
    assert load_gazetteer(path).lookup("Sawit Raya") is not None


def test_a_symlinked_entities_file_is_followed(tmp_path: Path) -> None:
    """The user names this file; dotfile managers keep config files as symlinks."""
    real = tmp_path / "dotfiles" / "entities.json"
    real.parent.mkdir()
    real.write_text(json.dumps({"entities": [{"name": "Sawit Raya", "kind": "product"}]}))
    link = tmp_path / "entities.json"
    link.symlink_to(real)
    assert load_gazetteer(link).lookup("Sawit Raya") is not None


def test_a_missing_entities_file_is_no_error(tmp_path: Path) -> None:
    assert read_user_file(tmp_path / "absent.json") is None


_TEXT = st.text(st.characters(codec="utf-8"), max_size=12) | st.sampled_from(
    ["person", "product", "Elon Musk", "X", "", "\x1b]52;c;x\x07", "\x9b2J", "\u202e"]
)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=12,
)
_ENTRY = st.fixed_dictionaries(
    {},
    optional={"name": _JSON, "kind": _JSON, "aliases": _JSON, "id": _JSON},
)
_FILE = st.fixed_dictionaries(
    {}, optional={"entities": st.lists(_ENTRY, max_size=4) | _JSON, "ignore": _JSON}
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=_FILE | _JSON)
def test_any_entities_file_loads_clean_or_fails_in_one_line(tmp_path: Path, data: object) -> None:
    path = tmp_path / "entities.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        gazetteer = load_gazetteer(path)
    except WartaError as error:
        message = str(error)
        assert message.startswith(f"{path}: ") and "\n" not in message and len(message) < 400
        return
    for entry in gazetteer.entries.values():
        for text in (entry.id, *entry.surfaces, *gazetteer.ignored):
            assert clean_line(text) == text
