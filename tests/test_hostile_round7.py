"""Hostile input, round seven: the cases docs/hostile-input.md lists under round seven that
failed, each through the CLI's ``main`` as a user would meet it, and each failing before
its fix. Tests that need root (to give a folder to another user) skip without it."""

from __future__ import annotations

import os
import pwd
import shutil
from pathlib import Path

import pytest
from warta.search import paths
from warta.tui.cli import main

from tests.conftest import SEEDS

ALTMAN = "001_6e86bfa91c2c7f27"


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--corpus", str(SEEDS), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _listing(folder: Path) -> list[tuple[str, int]]:
    """Every path under ``folder`` with its modification time: what a refusal must not touch."""
    return sorted((str(path), path.stat().st_mtime_ns) for path in folder.rglob("*"))


@pytest.fixture()
def own_index(seeds_index: Path, tmp_path: Path) -> Path:
    """A copy of the seeds' index, this user's to change the modes of."""
    copy = tmp_path / "index"
    shutil.copytree(seeds_index, copy, symlinks=True)
    return copy


def _another_user() -> pwd.struct_passwd:
    """An account that is not this process's, to give a folder to (root only)."""
    if os.geteuid() != 0:
        pytest.skip("only root can give a folder to another user")
    try:
        return pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no user 'nobody' here")


@pytest.mark.parametrize("mode", [0o777, 0o757, 0o1777], ids=oct)
def test_an_index_folder_other_users_can_write_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], own_index: Path, mode: int
) -> None:
    """An index folder anyone can write (``chmod 777``, or sticky as /tmp is) was trusted
    once it held warta's marker: another user could put links in it that warta, run by
    this user, would write through. Reading and updating it are refused, with the fix."""
    own_index.chmod(mode)
    before = _listing(own_index)
    for command in (["search", "altman"], ["show", ALTMAN], ["index"], ["index", "--rebuild"]):
        code, out, err = _cli(capsys, "--index-dir", str(own_index), *command)
        assert (code, out) == (2, ""), command
        assert err == (
            f"warta: {own_index} can be written by other users (mode {mode:04o}); warta uses "
            "only folders that you alone can write for its index and workspace: chmod go-w "
            f"{own_index}, or vouch for it in the trusted setting\n"
        )
    assert _listing(own_index) == before
    own_index.chmod(0o755)
    code, out, _ = _cli(capsys, "--index-dir", str(own_index), "search", "altman")
    assert code == 0 and ALTMAN in out


def test_a_settings_file_other_users_can_write_is_refused(
    capsys: pytest.CaptureFixture[str], own_index: Path, tmp_path: Path
) -> None:
    """``config.toml`` names the pager, editor and opener warta runs: one anyone could
    write (mode 666) was read, so another user could have warta run their command."""
    config = tmp_path / "config.toml"
    config.write_text('pager = "touch /tmp/pwned"\n')
    config.chmod(0o666)
    common = ("--config", str(config), "--index-dir", str(own_index))
    code, out, err = _cli(capsys, *common, "search", "altman")
    assert (code, out) == (2, "")
    assert err.startswith(f"warta: {config} can be written by other users (mode 0666);")
    config.chmod(0o644)
    code, out, _ = _cli(capsys, "--index-dir", str(own_index), "search", "altman")
    assert code == 0 and ALTMAN in out


def test_an_index_folder_or_generation_of_another_user_is_refused(
    capsys: pytest.CaptureFixture[str], own_index: Path
) -> None:
    """An index folder, or the live generation in it, owned by another user was read and
    updated (root running warta on a user's folder writes wherever that user's links
    point); it is refused as git refuses a repository of "dubious ownership"."""
    other = _another_user()
    live = next(own_index.glob("gen-*"))
    me = pwd.getpwuid(os.geteuid()).pw_name
    for folder in (own_index, live):
        os.chown(folder, other.pw_uid, -1)
        before = _listing(own_index)
        for command in (["search", "altman"], ["index"]):
            code, out, err = _cli(capsys, "--index-dir", str(own_index), *command)
            assert (code, out) == (2, ""), command
            assert err.startswith(f"warta: {folder} belongs to another user ({other.pw_name});")
            assert f"(chown -R {me} {folder})" in err and err.count("\n") == 1
        assert _listing(own_index) == before
        os.chown(folder, os.geteuid(), -1)
    code, out, _ = _cli(capsys, "--index-dir", str(own_index), "search", "altman")
    assert code == 0 and ALTMAN in out


def _vouching(tmp_path: Path, *folders: Path) -> Path:
    """A settings file of this user's that vouches for ``folders``."""
    config = tmp_path / "config.toml"
    config.write_text("trusted = [{}]\n".format(", ".join(f'"{folder}"' for folder in folders)))
    return config


@pytest.fixture()
def vouching(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a test's commands vouch for is forgotten after it (``main`` sets it for
    the process, as it does the language)."""
    monkeypatch.setattr(paths, "_vouched", frozenset())


@pytest.mark.usefixtures("vouching")
def test_a_folder_others_can_write_is_used_once_the_settings_vouch_for_it(
    capsys: pytest.CaptureFixture[str], own_index: Path, tmp_path: Path
) -> None:
    """A team's index on a shared server, group-writable for the team, was refused with
    no way round it. ``trusted`` in the user's own settings vouches for it, or for a
    folder that holds it, as git's ``safe.directory`` does; for nothing else."""
    own_index.chmod(0o777)
    search = ("--index-dir", str(own_index), "search", "altman")
    for vouched in (own_index, own_index.parent):
        code, out, err = _cli(capsys, "--config", str(_vouching(tmp_path, vouched)), *search)
        assert (code, err) == (0, "") and ALTMAN in out
    code, out, err = _cli(capsys, "--config", str(_vouching(tmp_path, tmp_path / "x")), *search)
    assert (code, out) == (2, "") and err.endswith(", or vouch for it in the trusted setting\n")
    code, out, err = _cli(capsys, *search)
    assert (code, out) == (2, ""), "a command without the setting is refused again"


@pytest.mark.usefixtures("vouching")
def test_an_index_of_another_user_is_read_once_the_settings_vouch_for_it(
    capsys: pytest.CaptureFixture[str], own_index: Path, tmp_path: Path
) -> None:
    """An index an archive account built, that everyone reads, was refused to every other
    user; vouched for, it is searched."""
    other = _another_user()
    for folder in (own_index, *own_index.glob("gen-*")):
        os.chown(folder, other.pw_uid, -1)
    config = _vouching(tmp_path, own_index)
    code, out, err = _cli(
        capsys, "--config", str(config), "--index-dir", str(own_index), "show", ALTMAN
    )
    assert (code, err) == (0, "") and "Altman" in out


@pytest.mark.usefixtures("vouching")
def test_a_settings_file_others_can_write_cannot_vouch_for_itself(
    capsys: pytest.CaptureFixture[str], own_index: Path, tmp_path: Path
) -> None:
    """The file that vouches must itself be beyond doubt: one anyone can write could
    otherwise vouch for its own folder and name the pager warta runs."""
    config = _vouching(tmp_path, tmp_path, own_index)
    config.chmod(0o666)
    code, out, err = _cli(
        capsys, "--config", str(config), "--index-dir", str(own_index), "search", "altman"
    )
    assert (code, out) == (2, "")
    assert err == (
        f"warta: {config} can be written by other users (mode 0666); warta uses only files "
        f"that you alone can write for its settings: chmod go-w {config}\n"
    )


def test_a_workspace_folder_other_users_can_write_is_refused_and_the_search_runs(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, tmp_path: Path
) -> None:
    """A data folder anyone can write: its saved searches, tags and notes were read and
    written. A write is refused in one line; a search runs without being remembered."""
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o777)
    common = ("--index-dir", str(seeds_index), "--data-dir", str(data))
    refused = f"warta: {data} can be written by other users (mode 0777)"
    code, _, err = _cli(capsys, *common, "star", ALTMAN)
    assert code == 2 and err.startswith(refused) and err.count("\n") == 1
    code, out, err = _cli(capsys, *common, "search", "altman")
    assert code == 0 and ALTMAN in out
    assert err.startswith(refused) and err.endswith("; the search is not remembered\n")
    assert list(data.iterdir()) == []


def test_a_group_writable_folder_is_trusted_only_when_the_group_is_the_users_own(
    own_index: Path,
) -> None:
    """``umask 002`` with a private group (Debian's default for users) makes every folder
    group-writable: that is no other user, and must not stop warta; another group is."""
    own_index.chmod(0o775)
    if paths._private_group(own_index.stat().st_gid):
        paths.check_trusted(own_index)
    other = _another_user()
    if paths._private_group(other.pw_gid):
        pytest.skip("the other user's group counts as this user's own here")
    os.chown(own_index, -1, other.pw_gid)
    with pytest.raises(paths.WartaError, match="can be written by other users"):
        paths.check_trusted(own_index)


def test_a_folder_root_owns_is_trusted_by_a_user(
    monkeypatch: pytest.MonkeyPatch, own_index: Path
) -> None:
    """An index root built and left readable (a shared machine's corpus) still serves
    every user, as round five's cases ask: root can write anywhere anyway."""
    if own_index.stat().st_uid != 0:
        pytest.skip("needs a folder root owns")
    monkeypatch.setattr(os, "geteuid", lambda: 4321)
    paths.check_trusted(own_index)


async def test_copying_the_quote_of_an_endless_sentence_puts_a_bounded_text_on_the_clipboard(
    tmp_path: Path,
) -> None:
    """An article without full stops is one sentence: `c` on a match in it copied all of
    it, an OSC 52 write of the whole article in one escape sequence (a 2 MiB one is 2.8 MB
    of base64 the terminal must take at once). The copy keeps the quote's start and its
    citation, cut in the middle."""
    from warta.search.service import SearchService
    from warta.tui.app import CLIPBOARD_LIMIT, WartaApp

    from tests.test_tui_flows import SIZE, open_first_result

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    words = "kata " * 8000
    (corpus / "panjang.txt").write_text(f"Kalimat Tanpa Akhir\n\n{words}sasaran {words}\n")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    app = WartaApp(service, data_folder=tmp_path / "data")
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "sasaran")
        await pilot.press("slash", *"sasaran", "enter", "c")
        copied = app.clipboard
        assert len(copied) <= CLIPBOARD_LIMIT
        assert copied.startswith("“kata kata") and copied.endswith("Kalimat Tanpa Akhir)")


@pytest.mark.parametrize("marker", ["", "warta index, format 1\n"], ids=["stray", "exact"])
def test_a_corpus_folder_holding_a_warta_index_marker_loses_no_article_unsaid(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, marker: str
) -> None:
    """A corpus folder with a file named ``WARTA-INDEX`` (from an archive, or planted) was
    taken for an index kept inside the corpus, and its articles went unread without a
    word. A stray file of that name is no marker now; warta's own text still marks an
    index, but one holding articles is said in one line."""
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "WARTA-INDEX").write_text(marker)
    (corpus / "sub" / "berita.txt").write_text("Berita\n\nKatatersembunyi ada di sini.\n")
    common = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*common, "index"]) == 0
    err = capsys.readouterr().err
    code = main([*common, "search", "katatersembunyi"])
    out = capsys.readouterr().out
    if marker:
        assert code == 0 and "sub/berita" not in out
        assert err == (
            f"warta: {corpus}/sub: holds articles but is marked as a warta index "
            "(WARTA-INDEX); not read: remove that file if this folder is no index\n"
        )
    else:
        assert (code, err) == (0, "") and "sub/berita" in out
