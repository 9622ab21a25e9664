"""Hostile input, round fourteen: the cases docs/hostile-input.md lists under round
fourteen that failed, each as a user would meet it, and each failing before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from warta.search.model import Article
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.cli import main
from warta.tui.widgets.document import build_document
from warta.tui.widgets.reader import Reader

from tests.conftest import SEEDS
from tests.test_hostile_round13 import find_pasted
from tests.test_tui_flows import SIZE, open_first_result


def _found(service: SearchService, query: str) -> tuple[str | None, str, list[str]]:
    result = service.search(query)
    return result.error, result.matched, [hit.id for hit in result.hits]


@pytest.mark.parametrize(
    ("typed", "ascii"),
    [
        ("ｓｏｕｒｃｅ:republika", "source:republika"),
        ("ｓｏｕｒｃｅ：republika", "source:republika"),
        ("ｊｕｄｕｌ:musk", "judul:musk"),
        ("musk －elon", "musk -elon"),
        ("－musk", "-musk"),
        ("musk ＮＯＴ elon", "musk NOT elon"),
        ("republika ＯＲ musk", "republika OR musk"),
        ("（republika ＯＲ musk） ＡＮＤ elon", "(republika OR musk) AND elon"),
        ("musk ＡＮＤ", "musk AND"),
        ("ｓｏｕｒｃｅ：", "source:"),
    ],
)
def test_the_query_syntax_in_fullwidth_forms_is_the_syntax(
    seeds_service: SearchService, typed: str, ascii: str
) -> None:
    """A field name, operator or sign typed on an East Asian keyboard was a word:
    ``ｓｏｕｒｃｅ:republika`` "is not a field", ``－elon`` did not exclude, ``ＯＲ`` was a
    word every article had to hold."""
    assert _found(seeds_service, typed) == _found(seeds_service, ascii)


def test_a_fullwidth_field_name_is_no_unknown_field(seeds_service: SearchService) -> None:
    result = seeds_service.search("ｓｏｕｒｃｅ:republika")
    assert result.hits and not result.notice


def test_a_fullwidth_dash_inside_a_word_still_joins_it(tmp_path: Path) -> None:
    """Only a sign before a word is syntax: ``covid－19`` stays one word, not covid NOT 19,
    and a word as typed (``Apple™``) is searched as the text is read."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Kasus covid-19 naik lagi\n\nDinas kesehatan mencatat kasus covid-19 naik di Bekasi."
        " Toko Apple™ di mal itu tutup sementara.\n",
        encoding="utf-8",
    )
    (corpus / "b.txt").write_text(
        "Kasus demam berdarah\n\nKasus demam berdarah naik pada bulan ke-19 tahun ini.\n",
        encoding="utf-8",
    )
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    try:
        assert [hit.id for hit in service.search("covid－19").hits] == ["a"]
        assert [hit.id for hit in service.search("Apple™").hits] == ["a"]
        assert [hit.id for hit in service.search("kasus －covid").hits] == ["b"]
    finally:
        service.close()


def test_find_in_the_article_folds_as_the_search_does() -> None:
    """``/ｍｕｓｋ`` found no "Musk" in the article the search ``ｍｕｓｋ`` had found, nor
    ``finansial`` its ``ﬁnansial``; the marks fall on the text as shown."""
    body = "Elon Musk bicara soal ﬁnansial. Warga menulis ＭＵＳＫ di spanduk; Straße ditutup."
    document = build_document(Article(id="a", title="Musk di Jakarta", body=body), "", [])
    shown = [document.plain[start:end] for start, end in document.find("ｍｕｓｋ")]
    assert shown == ["Musk", "Musk", "ＭＵＳＫ"]
    assert [document.plain[s:e] for s, e in document.find("finansial")] == ["ﬁnansial"]
    assert [document.plain[s:e] for s, e in document.find("strasse")] == ["Straße"]
    assert [document.plain[s:e] for s, e in document.find("spanduk; s")] == ["spanduk; S"]


async def test_find_in_the_explorer_finds_a_fullwidth_word(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        matches = await find_pasted(app, pilot, "ｍｕｓｋ")
        document = app.screen.query_one(Reader).document
        assert document is not None
        assert len(matches) == document.plain.lower().count("musk") > 0


async def test_an_article_is_folded_for_find_while_it_loads(seeds_service: SearchService) -> None:
    """The text find (/) compares is folded in the reader's loading worker, before any find:
    the first find in a large article outside ASCII took 0.8 s on the UI thread, the
    explorer frozen while it ran."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        document = screen.reader.document
        assert document is not None
        assert "folded" in vars(document)  # ready: the first find does no folding


@pytest.mark.parametrize(
    ("setting", "example"),
    [("editor = 5", '"nano"'), ("opener = 5", '"xdg-open"'), ("pager = 5", '"less -R"')],
)
def test_each_command_setting_gives_its_own_example(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, setting: str, example: str
) -> None:
    """``editor = 5`` was told "such as \\"less -R\\"", the pager's example."""
    config = tmp_path / "config.toml"
    config.write_text(setting + "\n", encoding="utf-8")
    assert main(["--config", str(config), "--corpus", str(SEEDS), "config", "--show"]) == 2
    err = capsys.readouterr().err
    assert f"must be a command, such as {example}" in err


@pytest.mark.parametrize(
    ("typed", "ascii"),
    [
        ("date:２０２３．０４", "date:2023.04"),
        ("date:[２０２３．０４ TO ２０２３．０５]", "date:[2023.04 TO 2023.05]"),
        ("date:２０２３－０４－１５", "date:2023-04-15"),
    ],
)
def test_a_date_in_fullwidth_forms_is_the_date(
    seeds_service: SearchService, typed: str, ascii: str
) -> None:
    """``date:２０２３．０４`` was "not a date" while ``date:2023.04`` was April 2023."""
    found = _found(seeds_service, typed)
    assert found == _found(seeds_service, ascii) and found[2]


@pytest.mark.parametrize(
    "named",
    [
        "000_57ce1d9c2516dadd.txt",
        "000_57ce1d9c2516dadd.TXT",
        str(SEEDS / "000_57ce1d9c2516dadd.txt"),
        "０００_57ce1d9c2516dadd",
        "０００_57ce",
    ],
)
def test_an_article_named_by_its_file_or_in_fullwidth_forms_is_shown(
    capsys: pytest.CaptureFixture[str], seeds_index: Path, named: str
) -> None:
    """``warta show a.txt`` (the name a shell completes) and an id typed in fullwidth
    digits were "no article with id …"."""
    common = ["--corpus", str(SEEDS), "--index-dir", str(seeds_index)]
    assert main([*common, "show", named, "--json"]) == 0
    assert '"000_57ce1d9c2516dadd"' in capsys.readouterr().out


def test_a_file_that_is_no_article_is_still_no_article(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    common = ["--corpus", str(SEEDS), "--index-dir", str(seeds_index)]
    assert main([*common, "show", "tidak-ada.txt"]) != 0
    assert "no article with id tidak-ada.txt" in capsys.readouterr().err


def test_a_tag_typed_in_fullwidth_forms_is_the_tag(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seeds_index: Path
) -> None:
    """A tag typed ``ｐｅｎｔｉｎｇ`` (an East Asian keyboard) was another tag than
    ``Penting``: ``tag:penting`` found not the article so tagged, and ``is:ｓｔａｒｒｅｄ``
    "means nothing"."""
    monkeypatch.setenv("WARTA_DATA_DIR", str(seeds_index.parent / "data-round14"))
    common = ["--corpus", str(SEEDS), "--index-dir", str(seeds_index)]
    assert main([*common, "tag", "000_57ce1d9c2516dadd", "ｐｅｎｔｉｎｇ"]) == 0
    assert main([*common, "tag", "001_6e86bfa91c2c7f27", "Penting"]) == 0
    assert main([*common, "star", "001_6e86bfa91c2c7f27"]) == 0
    capsys.readouterr()
    assert main([*common, "search", "tag:penting", "--json"]) == 0
    out = capsys.readouterr().out
    assert "000_57ce1d9c2516dadd" in out and "001_6e86bfa91c2c7f27" in out
    assert main([*common, "search", "ｉｓ:ｓｔａｒｒｅｄ", "--json"]) == 0
    assert "001_6e86bfa91c2c7f27" in capsys.readouterr().out
    assert main([*common, "tags", "--json"]) == 0
    assert capsys.readouterr().out.count("ｐｅｎｔｉｎｇ") == 1


@pytest.mark.parametrize("typed", ["“musk elon”", "„musk elon“", "title:“musk elon”"])
def test_curly_double_quotes_make_a_phrase(seeds_service: SearchService, typed: str) -> None:
    """Phones, macOS and word processors turn ``"`` into ``“ ”``: ``“musk elon”`` so typed
    found every article with both words, in any order, where ``"musk elon"`` finds none."""
    ascii = typed.translate(str.maketrans("“”„", '"""'))
    assert seeds_service.search("musk elon").hits
    assert _found(seeds_service, typed) == _found(seeds_service, ascii) == (None, "all", [])
