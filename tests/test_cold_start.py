"""A cold ``warta search`` loads only what its answer needs, and the cheaper paths give the
same answers as the libraries they stand in for (issue 17: cold command line)."""

from __future__ import annotations

import datetime as dt
import gettext
import subprocess
import sys
from pathlib import Path

import pytest
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal
from warta.search import analysis
from warta.tui.cli import main
from warta.tui.formatting import format_date, format_number
from warta.tui.i18n import LOCALE_DIR, translations

ROOT = Path(__file__).resolve().parent.parent


def _search_in_fresh_process(index: Path, *options: str) -> tuple[str, set[str]]:
    """What ``warta search elon`` prints, and the modules the process loaded."""
    probe = (
        "import sys\n"
        "from warta.tui.cli import main\n"
        f"main([*{list(options)!r}, '--index-dir', {str(index)!r}, 'search', 'elon'])\n"
        "print('MODULES', *sorted(sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, cwd=ROOT.parent
    )
    assert done.returncode == 0, done.stderr
    output, _, modules = done.stdout.rpartition("MODULES ")
    return output, set(modules.split())


def test_an_english_search_prints_its_dates_without_babel(seeds_index: Path) -> None:
    output, modules = _search_in_fresh_process(seeds_index)
    assert "REPUBLIKA.CO.ID · Apr 15, 2023" in output
    assert "5 of 5 articles" in output
    assert not {name for name in modules if name.split(".")[0] == "babel"}


def test_a_search_reads_no_corpus_code(seeds_index: Path) -> None:
    """Checking that the index covers the corpus folders needs their keys, not the reader
    of articles (its decoders, metadata and date parsers), which only a build uses."""
    _, modules = _search_in_fresh_process(seeds_index)
    assert "warta.search.service" in modules
    assert "warta.search.reader" not in modules


def test_the_explorer_starts_without_the_corpus_reader() -> None:
    """Its first frame waits for every import (the watcher only needs the file formats,
    once a file changes): the reader took ~50 ms of it."""
    probe = "import sys\nimport warta.tui.app\nprint(*sorted(sys.modules))\n"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, cwd=ROOT.parent
    )
    assert done.returncode == 0, done.stderr
    assert "warta.search.reader" not in done.stdout.split()


def test_an_indonesian_search_still_writes_indonesian(seeds_index: Path) -> None:
    output, _ = _search_in_fresh_process(seeds_index, "--lang", "id")
    assert "REPUBLIKA.CO.ID · 15 Apr 2023" in output
    assert "5 dari 5 artikel" in output


def test_english_indonesian_and_english_again_in_one_process(
    capsys: pytest.CaptureFixture[str], seeds_index: Path
) -> None:
    """The catalogs are per language, not loaded once for the process."""
    for lang, summary in (("en", "5 of 5 articles"), ("id", "5 dari 5 artikel"), ("en", "5 of")):
        assert main(["--lang", lang, "--index-dir", str(seeds_index), "search", "elon"]) == 0
        assert summary in capsys.readouterr().out


def _days(first: dt.date, last: dt.date, step: int) -> list[dt.date]:
    return [first + dt.timedelta(days=offset) for offset in range(0, (last - first).days, step)]


@pytest.mark.parametrize(
    "day",
    [
        *_days(dt.date(1, 1, 1), dt.date(9999, 1, 1), 3_331),
        *_days(dt.date(2023, 1, 1), dt.date(2024, 12, 31), 1),
    ],
)
def test_english_medium_dates_are_babels(day: dt.date) -> None:
    assert format_date(day, "en") == babel_format_date(day, "medium", locale="en")


def test_an_english_date_with_a_time_is_babels() -> None:
    moment = dt.datetime(2023, 4, 15, 23, 59)
    assert format_date(moment, "en") == babel_format_date(moment, "medium", locale="en")


@pytest.mark.parametrize(
    "count", [0, 1, -1, 7, 999, 1_000, -1_000, 12_345, 10**6, -(10**9), 10**20]
)
def test_english_counts_are_babels(count: int) -> None:
    assert format_number(count, "en") == format_decimal(count, locale="en")


def test_the_english_catalog_only_repeats_the_messages() -> None:
    """English runs without reading its catalog: that must lose no entry of it."""
    path = LOCALE_DIR / "en" / "LC_MESSAGES" / "messages.mo"
    with path.open("rb") as compiled:
        catalog = gettext.GNUTranslations(compiled)
    english = translations("en")
    entries = [key for key in catalog._catalog if key]  # type: ignore[attr-defined]
    assert entries
    for key in entries:
        if isinstance(key, tuple):
            singular = key[0]
            plural = catalog._catalog[(singular, 1)]  # type: ignore[attr-defined]
            for count in (0, 1, 2, 5):
                assert english.ngettext(singular, plural, count) == catalog.ngettext(
                    singular, plural, count
                )
        else:
            assert english.gettext(key) == catalog.gettext(key)


#: Prefixes and suffixes to derive words from Sastrawi's roots, so the comparison walks its
#: rules (prefix removal, recoding of nasals, suffixes, clitics), not only the seeds' words.
AFFIXED_PREFIXES = (
    "",
    "me",
    "mem",
    "men",
    "meng",
    "meny",
    "ber",
    "di",
    "ter",
    "pe",
    "peng",
    "per",
    "ke",
    "se",
)
AFFIXED_SUFFIXES = ("", "kan", "an", "i", "nya", "lah")


def _seed_words() -> list[str]:
    """Every distinct lowercase word of the bundled seeds, as the analyzer meets them."""
    from warta.search.paths import bundled_seeds

    words = {
        token
        for path in bundled_seeds().rglob("*")
        if path.is_file()
        for token, _start, _end in analysis.tokenize(path.read_text("utf-8", errors="replace"))
    }
    return sorted(words)


def test_the_stemmer_gives_sastrawis_stems_and_dictionary() -> None:
    """warta builds Sastrawi's dictionary as a frozenset, not word by word: the stems of
    the seeds' words, and which words it holds, are those of Sastrawi's own construction."""
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    sastrawi_words = StemmerFactory().get_words()
    stock = Stemmer(ArrayDictionary(sastrawi_words))
    ours = analysis._sastrawi()
    derived = [
        prefix + root + suffix
        for root in sastrawi_words[::300]
        for prefix in AFFIXED_PREFIXES
        for suffix in AFFIXED_SUFFIXES
    ]
    words = [*_seed_words(), *derived]
    assert len(words) > 8_000
    assert [ours.stem_word(word) for word in words] == [stock.stem_word(word) for word in words]
    probes = [*sastrawi_words, *words, "", " ", "\t"]
    assert [ours.dictionary.contains(word) for word in probes] == [
        stock.dictionary.contains(word) for word in probes
    ]
