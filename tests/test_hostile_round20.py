"""Hostile input, round twenty: round nineteen's leftovers (3,000 saved searches, a dangling
symbolic link as the index or data folder, tags and saved-search names cut on reading),
then new cases of the environment, streams, signals and the corpus. Each test failed
before its fix."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from warta.search.workspace import Workspace
from warta.tui.cli import main

from tests.conftest import SEEDS
from tests.test_hostile_round19 import _common

FIRST = "000_57ce1d9c2516dadd"
SECOND = "001_6e86bfa91c2c7f27"


# -- 1. warta saved with thousands of distinct saved searches ------------------------------------


def test_listing_saved_searches_reads_each_article_id_once(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    seeds_index: Path,
    tmp_path: Path,
) -> None:
    """``warta saved`` runs each distinct saved query to count what is new; every hit's id
    was decompressed from the stored fields again for each query (3,000 queries on 600
    articles: 52,000 reads, a quarter of its 8 s). Now each article's id is read once."""
    from whoosh.reading import SegmentReader

    with Workspace(tmp_path / "data") as workspace:
        for number in range(40):
            workspace.save_search(
                f"cari{number:02d}", f"musk {'tesla ' * (number % 4)}{number}", []
            )
    reads: list[int] = []
    stored = SegmentReader.stored_fields
    monkeypatch.setattr(
        SegmentReader,
        "stored_fields",
        lambda self, docnum: (reads.append(docnum), stored(self, docnum))[1],
    )
    assert main([*_common(seeds_index, tmp_path / "data"), "saved", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"cari39"' in out and '"new": 5' in out
    assert len(reads) <= 5, len(reads)  # the seeds are five articles


# -- 2. a dangling symbolic link as the index or the data folder ---------------------------------


@pytest.mark.parametrize("below", ["", "sub"])
def test_an_index_folder_through_a_dangling_link_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, below: str
) -> None:
    """``--index-dir`` (or ``WARTA_INDEX_DIR``) a symbolic link to nothing: warta built the
    index at the link's target, creating folders nobody gave it. Now one line says so."""
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "elsewhere" / "deep")
    index = link / below if below else link
    code = main(["--corpus", str(SEEDS), "--index-dir", str(index), "search", "musk"])
    err = capsys.readouterr().err
    assert code == 2
    assert "is a symbolic link to" in err and "which does not exist" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "elsewhere").exists()


def test_a_cache_folder_linked_to_nowhere_gets_no_index(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The default index folder under a cache folder that is a link to an unmounted drive:
    refused in one line, nothing made at the link's target."""
    (tmp_path / "cache").symlink_to(tmp_path / "drive" / "cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("WARTA_INDEX_DIR", raising=False)
    assert main(["--corpus", str(SEEDS), "search", "musk"]) == 2
    assert "which does not exist" in capsys.readouterr().err
    assert not (tmp_path / "drive").exists()


def test_a_workspace_through_a_dangling_link_says_why(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``--data-dir`` a link to nothing said "cannot use the workspace …: File exists"."""
    (tmp_path / "data").symlink_to(tmp_path / "gone")
    assert main([*_common(seeds_index, tmp_path / "data"), "tag", FIRST, "penting"]) == 2
    err = capsys.readouterr().err
    assert "is a symbolic link to" in err and "File exists" not in err
    assert not (tmp_path / "gone").exists()


# -- 3. tag and saved-search names cut on reading ------------------------------------------------


def _long_marks(data: Path) -> tuple[str, str]:
    """A tag and a saved search's name of 200 characters, as another program stores them."""
    with Workspace(data) as workspace:
        workspace.tag(FIRST, "penting")
    tag, name = "Banjir" + "x" * 200, "Cari" + "y" * 200
    with sqlite3.connect(data / "state.sqlite") as db:
        db.execute(
            "INSERT INTO tags (article_id, tag, added) VALUES (?, ?, ?)",
            (SECOND, tag, "2026-12-06T10:00:00"),
        )
        db.execute(
            "INSERT INTO saved_searches (name, query, created, opened) VALUES (?, ?, ?, ?)",
            (name, "musk", "2026-12-06T10:00:00", "2026-12-06T10:00:00"),
        )
    return tag, name


def test_a_tag_listed_cut_can_be_typed_back(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``warta tags`` lists a 200-character tag cut to 64 ("Banjirxxx…"); typed back,
    that name found nothing: ``search tag:``, ``export --tag`` and ``untag`` said "no
    article has the tag". Now the name as shown names the tag."""
    import json

    _long_marks(tmp_path / "data")
    common = _common(seeds_index, tmp_path / "data")
    assert main([*common, "tags", "--json"]) == 0
    (cut,) = [row["tag"] for row in json.loads(capsys.readouterr().out) if row["tag"] != "penting"]
    assert cut.endswith("…") and len(cut) == 64
    assert main([*common, "search", f"tag:{cut}", "--json"]) == 0
    assert [hit["id"] for hit in json.loads(capsys.readouterr().out)["hits"]] == [SECOND]
    assert main([*common, "export", "--tag", cut, "-o", "-"]) == 0
    assert SECOND in capsys.readouterr().out
    assert main([*common, "untag", SECOND, cut]) == 0
    assert "Removed tag" in capsys.readouterr().out
    assert main([*common, "tags", "--json"]) == 0
    assert [row["tag"] for row in json.loads(capsys.readouterr().out)] == ["penting"]


def test_a_saved_search_listed_cut_can_be_run_by_that_name(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """``saved NAME`` and ``export --saved NAME`` with the name ``warta saved`` lists: "no
    saved search named Cariyyy…". Now it runs the search listed under it."""
    import json

    _long_marks(tmp_path / "data")
    common = _common(seeds_index, tmp_path / "data")
    assert main([*common, "saved", "--json"]) == 0
    (cut,) = [row["name"] for row in json.loads(capsys.readouterr().out)]
    assert main([*common, "saved", cut, "--json"]) == 0
    assert FIRST in capsys.readouterr().out
    assert main([*common, "export", "--saved", cut, "-o", "-"]) == 0
    assert FIRST in capsys.readouterr().out


def test_a_tag_typed_with_an_ellipsis_is_still_its_own_tag(workspace: Workspace) -> None:
    """Only a stored name longer than the limit is named by its cut form: a typed tag that
    happens to end in "…" stays a tag of its own."""
    workspace.tag(FIRST, "tunggu…")
    workspace.tag(SECOND, "tunggu")
    assert workspace.tagged("tunggu…") == [FIRST]


# -- 4. new cases ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "line"),
    [("page_size = 9{digits}", 2), ('[keys]\n"warta.app.q\\u0075it" = 9{digits}', 3)],
)
def test_a_settings_number_too_long_to_read_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, setting: str, line: int
) -> None:
    """A settings file holding an integer of 5,000 digits (a script's runaway value): a
    32-line ValueError traceback from tomllib ("Exceeds the limit (4300 digits) for
    integer string conversion"). Now one line naming the file and the line."""
    config = tmp_path / "config.toml"
    config.write_text('theme = "nord"\n' + setting.format(digits="9" * 5000) + "\n")
    code = main(["--config", str(config), "--corpus", str(SEEDS), "search", "musk"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [f"warta: {config} line {line}: a number too long to read"]


@pytest.fixture(scope="module")
def copied(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seeds with one article saved under 30 more names (a mirror, a scraper run
    twice): the corpus folder and its index."""
    import shutil

    from warta.search.service import SearchService

    folder = tmp_path_factory.mktemp("copied")
    corpus = folder / "corpus"
    shutil.copytree(SEEDS, corpus)
    for number in range(30):
        shutil.copy(corpus / f"{FIRST}.txt", corpus / f"salinan-{number:02d}.txt")
    service = SearchService([corpus], folder / "index")
    service.update()
    service.close()
    return corpus, folder / "index"


def test_hits_that_are_copies_of_one_story_look_their_copies_up_once(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    copied: tuple[Path, Path],
    tmp_path: Path,
) -> None:
    """``search --json`` names each hit's story; each hit looked up every copy of its
    story again (a story copied 3,000 times: 200 hits took 9 s, hits times copies). Now
    one lookup for each fingerprint, the same groups."""
    import json

    from warta.search.store import Store

    lookups: list[int] = []
    near = Store.near_fingerprints
    monkeypatch.setattr(
        Store, "near_fingerprints", lambda self, key: (lookups.append(key), near(self, key))[1]
    )
    corpus, index = copied
    common = ["--corpus", str(corpus), "--index-dir", str(index), "--data-dir", str(tmp_path)]
    assert main([*common, "search", "investasi proyek twitter", "--json", "--limit", "40"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    copies = [hit for hit in hits if hit["id"] == FIRST or hit["id"].startswith("salinan-")]
    assert len(copies) == 31
    assert {hit["same_story"] for hit in copies} == {FIRST}
    assert len(lookups) <= len(hits) - len(copies) + 1


def test_like_names_a_few_copies_of_a_story_copied_many_times(
    capsys: pytest.CaptureFixture[str], copied: tuple[Path, Path], tmp_path: Path
) -> None:
    """``warta like ID`` printed every copy's id ("Same story: …": 570 lines for 3,000
    copies); now the first ten and how many more. ``--json`` lists them all."""
    import json

    corpus, index = copied
    common = ["--corpus", str(corpus), "--index-dir", str(index), "--data-dir", str(tmp_path)]
    assert main([*common, "like", FIRST]) == 0
    out = capsys.readouterr().out
    assert "salinan-09" in out and "salinan-10" not in out and "… and 20 more" in out
    assert main([*common, "like", FIRST, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["same_story"]) == 30


def test_more_like_this_lists_a_bounded_number_of_copies(copied: tuple[Path, Path]) -> None:
    """The explorer's More like this (m) read every copy of the story to list it (3,000
    copies: 8 s before the list opened); now the first ``LIKE_LIMIT`` and, in the
    heading, how many more."""
    import types

    from warta.search.service import SearchService
    from warta.tui.screens import views

    corpus, index = copied
    service = SearchService([corpus], index)
    try:
        screen = types.SimpleNamespace(
            service=service, article=FIRST, heading=views.MoreLikeThis.heading
        )
        found = views.MoreLikeThis.find_rows(screen)  # type: ignore[arg-type]
    finally:
        service.close()
    copies = [row for row in found.rows if row.copy]
    assert len(copies) == views.LIKE_LIMIT
    assert found.title is not None and "… and 10 more" in found.title.plain


@pytest.mark.parametrize("flag", ["--index-dir", "--data-dir"])
def test_a_message_about_a_very_long_path_keeps_its_reason(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path, flag: str
) -> None:
    """A folder 5,000 characters deep (past the system's 4,096): the one line was cut at
    400 characters inside the path, so it never said why ("File name too long"). Now
    the middle of the line is cut, the reason kept."""
    deep = str(tmp_path / "/".join(["e" * 200] * 25))
    flags = {"--index-dir": str(seeds_index), "--data-dir": str(tmp_path / "data"), flag: deep}
    common = ["--corpus", str(SEEDS), *[part for item in flags.items() for part in item]]
    assert main([*common, "tag", FIRST, "penting"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "File name too long" in line and "…" in line and len(line) <= 410
    assert not (tmp_path / ("e" * 200)).exists()
