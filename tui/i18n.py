"""The interface language: gettext catalogs for the TUI and the command line.

Messages are written in English in the code and wrapped in ``_()``; the catalogs in
``tui/locale/<lang>/LC_MESSAGES/messages.mo`` hold their translations. Until
``set_language`` is called every message is its English original, so importing a widget
never depends on start-up order. Babel is never imported here, to keep this module
(imported by every widget and the command line) cheap at start-up.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from warta.search.errors import excerpt

if TYPE_CHECKING:
    from warta.search.model import ReadWarning

#: Where the compiled catalogs live, inside the installed package.
LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "messages"
#: Interface languages with a catalog, as Babel locale identifiers.
LANGUAGES: tuple[str, ...] = ("en", "id")
DEFAULT_LANGUAGE = "en"

#: Where the language comes from, most specific first: the warta setting, then the POSIX
#: locale variables in the order the C library consults them for messages.
LANGUAGE_VARIABLES: tuple[str, ...] = ("WARTA_LANG", "LC_ALL", "LC_MESSAGES", "LANG")

#: Old or alternative codes that name a supported language ("in" is Java's Indonesian).
_ALIASES = {"in": "id", "ind": "id", "eng": "en"}

_active: gettext.NullTranslations = gettext.NullTranslations()
_active_language = DEFAULT_LANGUAGE


def _(message: str) -> str:
    """``message`` in the interface language."""
    return _active.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form that fits ``count``, in the interface language."""
    return _active.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog without translating it yet (for tables built at
    import time); pass the value through ``_()`` where it is shown."""
    return message


#: argparse's own messages that warta's command line can show ("usage:", "options:", its
#: errors), marked so that they are in the catalog: argparse looks them up through its
#: module-level ``_`` and ``ngettext``, which ``set_language`` points at the catalog.
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
)


def language_of(setting: str | None) -> str | None:
    """The supported language a ``--lang`` value or locale names (``id_ID.UTF-8`` -> ``id``).

    None for an empty setting, ``C``/``POSIX``, or a language we have no catalog for.
    """
    if not setting:
        return None
    code = setting.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    code = _ALIASES.get(code, code)
    return code if code in LANGUAGES else None


def language_sources(
    cli_lang: str | None = None,
    environ: Mapping[str, str] | None = None,
    configured: str | None = None,
) -> list[tuple[str, str | None]]:
    """Where the language may come from, in order, as (source, setting): ``--lang``,
    ``WARTA_LANG``, the ``language`` of config.toml, then the POSIX locale variables."""
    env = os.environ if environ is None else environ
    warta_variable, *locale_variables = LANGUAGE_VARIABLES
    return [
        ("--lang", cli_lang),
        (warta_variable, env.get(warta_variable)),
        ("config.toml", configured),
        *((name, env.get(name)) for name in locale_variables),
    ]


def detect_language(
    cli_lang: str | None = None,
    environ: Mapping[str, str] | None = None,
    configured: str | None = None,
) -> str:
    """The interface language: ``--lang``, then ``WARTA_LANG``, config.toml's ``language``,
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; English when none is set or the first one set
    names a language we lack.

    The first non-empty setting decides, as in POSIX: ``LC_ALL=C`` means English even when
    ``LANG=id_ID.UTF-8``, because the user overrode it on purpose.
    """
    sources = language_sources(cli_lang, environ, configured)
    first_set = next((setting for _, setting in sources if setting), None)
    return language_of(first_set) or DEFAULT_LANGUAGE


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalog of ``lang``, loaded once; untranslated messages fall back to English.

    English is the messages themselves: its catalog only repeats them, with the same two
    plural forms as ``NullTranslations``, so it is not read. The others are read with the
    standard library, whose ``GNUTranslations`` Babel's ``Translations`` only extends;
    importing ``babel.support`` cost ~20 ms of every cold command.
    """
    if lang == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, [lang], fallback=True)


def set_language(lang: str | None) -> str:
    """Switch every later ``_()`` to ``lang`` (None: detect it from the environment).

    Returns the language actually used, English when ``lang`` is not supported.
    """
    global _active, _active_language
    chosen = language_of(lang) if lang else detect_language()
    _active_language = chosen or DEFAULT_LANGUAGE
    _active = translations(_active_language)
    _translate_argparse()
    return _active_language


def _translate_argparse() -> None:
    """Route argparse's messages through the catalog.

    argparse imports ``gettext``'s functions, bound to the process locale (``LANGUAGE``,
    ``LANG``…), not to ``--lang`` or ``WARTA_LANG``; it calls them by their module-level
    names when it builds a parser and when it reports an error, so replacing those names
    is enough. The parser must be built after ``set_language``, as ``warta`` does.
    """
    import argparse

    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def current_locale() -> str:
    """The interface language as a Babel locale identifier, for dates and numbers."""
    return _active_language


def kind_name(kind: str) -> str:
    """The kind of one entity, as a word."""
    names = {
        "person": _("person"),
        "organisation": _("organisation"),
        "place": _("place"),
        "product": _("product"),
    }
    return names.get(kind, kind)


def warning_line(warning: ReadWarning, path_limit: int) -> str:
    """A skipped file as "path: reason" in the interface language, the path cut in the
    middle so that a deep one keeps its file name and leaves room for the reason."""
    return f"{excerpt(warning.path, path_limit, middle=True)}: {warning.message.translated(_)}"
