"""Interface language: detection, switching, and catalogs that match the code."""

from __future__ import annotations

import datetime as dt
import gettext
import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po
from warta.tui import i18n, keys
from warta.tui.i18n import _, current_locale, detect_language, language_of, ngettext, set_language

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "tui" / "locale"
FIX_CATALOGS = (
    "catalogs are stale; see README 'Translations': pybabel extract -F babel.cfg "
    "-o tui/locale/messages.pot . && pybabel update -i tui/locale/messages.pot -d tui/locale, "
    "translate, then pybabel compile -d tui/locale"
)


def _catalog(lang: str) -> Catalog:
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as po:
        return read_po(po)


def _forms(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """Babel gives a plural message's ids and strings as sequences, others as one string."""
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _entries(catalog: Catalog) -> list[tuple[tuple[str, ...], tuple[str, ...], bool]]:
    """``(ids, strings, fuzzy)`` of every message but the header."""
    return [
        (_forms(message.id), _forms(message.string), message.fuzzy)
        for message in catalog
        if message.id
    ]


def _ids(catalog: Catalog) -> set[tuple[str, ...]]:
    return {ids for ids, _strings, _fuzzy in _entries(catalog)}


# Language detection ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cli_lang", "environ", "expected"),
    [
        ("id", {"WARTA_LANG": "en", "LANG": "en_US.UTF-8"}, "id"),
        (None, {"WARTA_LANG": "id", "LC_ALL": "en_US.UTF-8"}, "id"),
        (None, {"LC_ALL": "id_ID.UTF-8", "LC_MESSAGES": "en_US", "LANG": "en_US"}, "id"),
        (None, {"LC_MESSAGES": "id_ID", "LANG": "en_US.UTF-8"}, "id"),
        (None, {"LANG": "id_ID.UTF-8"}, "id"),
        (None, {"LANG": "en_GB.UTF-8"}, "en"),
        (None, {}, "en"),
        (None, {"LC_ALL": "", "LANG": "id_ID.UTF-8"}, "id"),  # empty means unset
        (None, {"LC_ALL": "C", "LANG": "id_ID.UTF-8"}, "en"),  # C overrides on purpose
        (None, {"LANG": "fr_FR.UTF-8"}, "en"),  # no French catalog
        ("fr", {"LANG": "id_ID.UTF-8"}, "en"),
    ],
)
def test_detection_order(cli_lang: str | None, environ: dict[str, str], expected: str) -> None:
    assert detect_language(cli_lang, environ) == expected


def test_detection_reads_the_process_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    assert detect_language(None) == "id"


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("id_ID.UTF-8", "id"),
        ("id-ID", "id"),
        ("ID", "id"),
        ("in_ID", "id"),
        ("en_US.UTF-8@latin", "en"),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
        (None, None),
    ],
)
def test_language_of_locale_settings(setting: str | None, expected: str | None) -> None:
    assert language_of(setting) == expected


# Switching ------------------------------------------------------------------------------


def test_messages_are_english_by_default() -> None:
    assert _("Quit") == "Quit"
    assert current_locale() == "en"


def test_indonesian_interface() -> None:
    assert set_language("id") == "id"
    assert current_locale() == "id"
    assert _("Quit") == "Keluar"
    assert _("today") == "hari ini"
    assert ngettext("{count} result", "{count} results", 1) == "{count} hasil"
    assert ngettext("{count} result", "{count} results", 5) == "{count} hasil"


def test_english_plurals() -> None:
    set_language("en")
    assert ngettext("{count} result", "{count} results", 1) == "{count} result"
    assert ngettext("{count} result", "{count} results", 5) == "{count} results"


def test_unknown_language_falls_back_to_english() -> None:
    set_language("id")
    assert set_language("xx") == "en"
    assert _("Quit") == "Quit"


def test_set_language_none_detects_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARTA_LANG", "id")
    assert set_language(None) == "id"
    assert _("Quit") == "Keluar"


def test_message_without_translation_stays_english() -> None:
    set_language("id")
    assert _("a message nobody wrote") == "a message nobody wrote"


# Catalogs -------------------------------------------------------------------------------


def _extracted_ids() -> set[tuple[str, ...]]:
    """What ``pybabel extract -F babel.cfg`` would find in the code right now."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as config:
        method_map, options_map = parse_mapping_cfg(config)
    return {
        _forms(message)
        for _filename, _line, message, _comments, _context in extract_from_dir(
            str(ROOT), method_map, options_map
        )
    }


def test_template_is_up_to_date_with_the_code() -> None:
    with (LOCALE_DIR / "messages.pot").open("rb") as pot:
        template = read_po(pot)
    assert _ids(template) == _extracted_ids(), FIX_CATALOGS


def test_no_message_hides_inside_an_f_string() -> None:
    """Babel's extractor does not look inside an f-string's braces: a ``_()`` there is
    never in the catalog and shows English in every language (the palette's Suspend)."""
    hidden = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("tui", "search")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"""\bf(["']).*\{\s*(?:_|N_|ngettext)\(""", line)
    ]
    assert not hidden


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_catalog_has_every_template_message(lang: str) -> None:
    with (LOCALE_DIR / "messages.pot").open("rb") as pot:
        template = read_po(pot)
    assert _ids(_catalog(lang)) == _ids(template), FIX_CATALOGS


def test_every_indonesian_message_is_translated() -> None:
    untranslated = [
        ids
        for ids, strings, fuzzy in _entries(_catalog("id"))
        if fuzzy or not strings or not all(strings)
    ]
    assert untranslated == [], "translate these in tui/locale/id/LC_MESSAGES/messages.po"


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{[^{}]*\}", text))


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_translations_keep_the_placeholders(lang: str) -> None:
    """A renamed ``{count}`` in a translation would crash ``.format()`` on screen."""
    for ids, strings, _fuzzy in _entries(_catalog(lang)):
        for text in filter(None, strings):
            assert _placeholders(text) == _placeholders(ids[-1]), (ids, text)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_compiled_catalog_matches_its_source(lang: str) -> None:
    """A stale ``.mo`` would show old text: run ``pybabel compile -d tui/locale``."""
    catalog = _catalog(lang)
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "messages.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    plural_index = gettext.c2py(catalog.plural_expr)
    for ids, strings, fuzzy in _entries(catalog):
        shown = strings if strings and not fuzzy else ("",) * len(strings)
        if len(ids) == 1:
            assert compiled.gettext(ids[0]) == (shown[0] or ids[0]), ids
            continue
        singular, plural = ids
        for count in (1, 2):
            expected = shown[plural_index(count)] or (singular if count == 1 else plural)
            assert compiled.ngettext(singular, plural, count) == expected, ids


# Texts that come from Textual and argparse (B24) ----------------------------------------


def _footer(screen: str) -> str:
    """The footer: the last line of the screen before any notification lines."""
    lines = screen.splitlines()
    return next(line for line in reversed(lines) if "▏" in line or "f1" in line)


@pytest.fixture(scope="module")
def indonesian_screens(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The Indonesian explorer at 80x24 after each step, in one launch (launching costs)."""
    from warta.search.paths import bundled_seeds
    from warta.search.service import SearchService

    from .screens_in_language import run_screens

    index = tmp_path_factory.mktemp("id-index")
    service = SearchService([bundled_seeds()], index)
    service.update()
    service.close()
    steps = {
        "reader": "enter enter",
        "palette": "ctrl+p",
        "themes in the palette": "t e m a",
        "help": "escape f1",
        "ctrl+c": "escape ctrl+c",
        "a corrected word": "escape ctrl+l p e l a t i h n down",
    }
    return dict(zip(steps, run_screens("id", index, (80, 24), *steps.values()), strict=True))


def test_indonesian_footer_keeps_help_in_view_at_80_columns(
    indonesian_screens: dict[str, str],
) -> None:
    footer = _footer(indonesian_screens["reader"])
    assert footer.rstrip().endswith("f1 Bantuan")
    assert "palette" not in footer


#: Where the footer is read, the keys that lead there from the results of ``musk``, and
#: the bindings whose footer labels show there.
FOOTER_PLACES = {
    # An article read first: Back shows only once there is somewhere to go back to.
    "results": ("enter q j", [keys.RESULTS, keys.SCREEN]),
    "reader": ("enter", [keys.READER, keys.SCREEN]),
    "find bar": ("slash o p e n", [keys.FIND_BAR]),
    "timeline": ("enter escape t", [keys.TIMELINE, keys.SCREEN]),
    "sidebar": ("t f4", [keys.SIDEBAR, keys.SCREEN]),
    "entity view": ("enter", [keys.MENTION_LIST, keys.ENTITY_VIEW, keys.SCREEN]),
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_footer_label_shows_whole_at_80x24(
    lang: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """In Indonesian the sidebar's "Sebutan berikutnya dari entitas ini" pushed Back and
    Quote off the footer, and the reader's cut "Kutip" to "K": a footer label is short
    (help's description says the rest)."""
    from warta.search.paths import bundled_seeds
    from warta.search.service import SearchService

    from .screens_in_language import run_screens

    index = tmp_path_factory.mktemp("footer-index")
    service = SearchService([bundled_seeds()], index)
    service.update()
    service.close()
    steps = [step for step, _bindings in FOOTER_PLACES.values()]
    screens = run_screens(lang, index, (80, 24), *steps)
    catalog = i18n.translations(lang)
    for (place, (_step, bindings)), screen in zip(FOOTER_PLACES.items(), screens, strict=True):
        footer = _footer(screen)
        for group in bindings:
            for binding in group:
                if binding.show:
                    label = catalog.gettext(binding.description)
                    assert f" {label} " in f"{footer} ", (place, label, footer)


def test_indonesian_find_and_search_are_different_words(
    indonesian_screens: dict[str, str],
) -> None:
    assert "/ Temukan" in _footer(indonesian_screens["reader"])
    assert _("Search") != _("Find")
    set_language("id")
    assert _("Search") == "Cari" and _("Find") == "Temukan"


def test_indonesian_command_palette_has_no_english(indonesian_screens: dict[str, str]) -> None:
    palette = indonesian_screens["palette"]
    assert "Cari perintah…" in palette
    assert "Search for commands" not in palette
    themes = indonesian_screens["themes in the palette"]
    assert "Tema" in themes and "Pilih tema dari daftar" in themes
    for english in ("Theme", "Keys", "Maximize", "Screenshot", "Quit the application"):
        assert english not in palette and english not in themes


def test_indonesian_help_title(indonesian_screens: dict[str, str]) -> None:
    help_screen = indonesian_screens["help"]
    assert "Tombol (/ mencari, Escape menutup)" in help_screen
    assert "Keys" not in help_screen


def test_indonesian_ctrl_c_says_how_to_quit(indonesian_screens: dict[str, str]) -> None:
    shown = indonesian_screens["ctrl+c"]
    assert "Ingin keluar?: Tekan ^q untuk keluar dari warta." in shown
    assert "Do you want to quit?" not in shown and "to quit the app" not in shown


def test_indonesian_search_notice_is_read_whole_at_80_columns(
    indonesian_screens: dict[str, str],
) -> None:
    """The status line under the search bar wraps: in Indonesian, longer, the notice was
    cut before its end (and a did-you-mean after it; round 20: none for a word searched as
    its correction already)."""
    status = " ".join(
        line.strip() for line in indonesian_screens["a corrected word"].splitlines()[1:3]
    )
    assert status.endswith("tidak ada artikel yang memuat pelatihn: pelatihan ikut dicari")


def test_indonesian_command_line_help_has_no_argparse_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from warta.tui.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["--lang", "id", "--help"])
    assert exited.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("penggunaan: warta")
    assert "opsi:" in shown and "tampilkan bantuan ini lalu keluar" in shown
    for english in ("usage:", "options:", "show this help message and exit"):
        assert english not in shown


def test_indonesian_argparse_errors(capsys: pytest.CaptureFixture[str]) -> None:
    from warta.tui.cli import main

    assert main(["--lang", "id", "search"]) == 2
    error = capsys.readouterr().err
    assert "argumen berikut wajib diisi: QUERY" in error
    assert "the following arguments are required" not in error


def test_indonesian_command_line_says_library_errors_in_indonesian(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """Query and index messages come from the library as templates the CLI translates."""
    from warta.tui.cli import main

    base = ["--lang", "id", "--index-dir", str(seeds_index), "search"]
    assert main([*base, "musk AND"]) == 2
    assert capsys.readouterr().err.strip() == "warta: AND memerlukan kata di kedua sisinya"
    assert main([*base, "date:2023-13-45"]) == 2
    assert capsys.readouterr().err.startswith("warta: bukan tanggal: 2023-13-45")
    assert main(["--lang", "id", "--limit", "0", "search", "musk"]) == 2
    assert "kesalahan penggunaan" in capsys.readouterr().err


def test_indonesian_command_line_says_search_notices_in_indonesian(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """A notice (an unknown field searched as words) is translated too; JSON stays English."""
    from warta.tui.cli import main

    base = ["--lang", "id", "--index-dir", str(seeds_index), "search", "titel:grok"]
    assert main(base) == 0
    assert "titel: bukan kolom, jadi dicari sebagai kata" in capsys.readouterr().out
    assert main([*base, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["notice"].startswith("titel: is not a field")


def test_indonesian_show_and_reader_say_what_reading_left_out_in_indonesian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An article's notices (paragraphs cut as page furniture, bytes replaced) were English in
    an Indonesian interface; JSON keeps the English line."""
    from warta.tui.cli import main
    from warta.tui.widgets.reader import meta_line

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "blog.txt").write_text(
        "Judul Berita Blog\n\nAwal berita yang sebenarnya.\n\nPost a Comment for Judul Berita Blog"
        "\n\nParagraf panjang sesudahnya yang nyata, dengan kalimat yang berakhir titik.\n",
        "utf-8",
    )
    base = ["--lang", "id", "--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    assert main([*base, "index"]) == 0
    capsys.readouterr()
    assert main([*base, "show", "blog"]) == 0
    said = "1 paragraf setelah “Post a Comment for Judul Berita Blog” tidak ditampilkan"
    assert said in capsys.readouterr().out
    assert main([*base, "show", "blog", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["notices"] == [
        "1 paragraph after “Post a Comment for Judul Berita Blog” left out as page furniture"
    ]
    from warta.search.service import SearchService

    article = SearchService([corpus], tmp_path / "index").article("blog")
    assert article is not None
    assert said in meta_line(article, dt.date(2026, 12, 2))
