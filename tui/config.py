"""The user's settings: ``config.toml``, read once at start-up into a frozen ``Settings``.

The file lives in the user config directory (``~/.config/warta/config.toml``), or where
``--config`` or ``WARTA_CONFIG`` says, so tests point it at ``tmp_path``. A missing file
at the default place means the defaults; everything in a file is checked before warta
starts, and a problem is one line naming the file, the line and the setting, never a
traceback. Precedence everywhere: a flag, then warta's own environment variable, then the
file, then a general variable (``LANG``, ``PAGER``, ``EDITOR``), then the default.

This module imports neither Textual nor Whoosh: every command reads it before its work.
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
import sys
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from warta.search.errors import N_, Message, WartaError, error_reason, excerpt
from warta.search.paths import (
    APP_NAME,
    absolute_folders,
    check_trusted,
    expanded,
    given_path,
    is_null_device,
    read_regular_file,
)
from warta.tui.i18n import LANGUAGES, language_of

CONFIG_ENV = "WARTA_CONFIG"
CONFIG_NAME = "config.toml"
#: Hits a search shows before the results list asks for more.
DEFAULT_PAGE_SIZE = 50
PAGE_SIZE_RANGE = (1, 500)
#: Textual's own default theme, the explorer's when the file names none.
DEFAULT_THEME = "textual-dark"
#: A settings file is a few hundred bytes: a bigger one is not a settings file.
MAX_CONFIG_BYTES = 1_000_000
#: The general variables the pager and editor settings stand before, and the fallbacks.
PAGER_VARIABLES = ("PAGER",)
PAGER_DEFAULT = "less"
EDITOR_VARIABLES = ("VISUAL", "EDITOR")
EDITOR_DEFAULT = "vi"
#: What ``warta config --show`` names as the source of a value.
FROM_FILE = "config.toml"
FROM_DEFAULT = "default"

#: A key string as Textual spells one key: ``ctrl+f``, ``f1``, ``question_mark``, or a
#: single printable character.
_KEY_NAME = re.compile(r"[A-Za-z0-9_]+(\+[A-Za-z0-9_]+)*|\S")
_TOML_POSITION = re.compile(r"\s*\(at (?:line (\d+), column \d+|end of document)\)$")


@dataclass(frozen=True)
class Settings:
    """What ``config.toml`` sets; None where it says nothing (the default applies)."""

    #: Default corpus folders, used when neither ``--corpus`` nor ``WARTA_CORPUS`` is given.
    corpus: tuple[Path, ...] = ()
    #: Interface language, ``en`` or ``id``.
    language: str | None = None
    #: A Textual theme name (``textual-dark``, ``nord``, …).
    theme: str | None = None
    page_size: int = DEFAULT_PAGE_SIZE
    #: Commands (split like a shell would, never run by one) for the pager, the editor and
    #: the opener of web addresses.
    pager: str | None = None
    editor: str | None = None
    opener: str | None = None
    #: Folders to use though another user owns them or can write them (a team's index on
    #: a shared server), as git's ``safe.directory``: see ``paths.vouch_for``.
    trusted: tuple[Path, ...] = ()
    #: Index changed articles while the explorer is open; None: a corpus of the user's
    #: own, not the bundled seeds (see ``warta.tui.watch``).
    watch: bool | None = None
    #: Binding id -> key string, applied through ``App.set_keymap``.
    keys: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: The file read (None when there was none) and the settings it gave.
    path: Path | None = None
    given: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Choice:
    """A value in force and where it came from (``--corpus``, ``WARTA_LANG``, …)."""

    value: str
    source: str


class ConfigError(WartaError):
    """A problem in the settings file: where it is, then what it is, each translatable."""

    def __init__(self, path: Path, line: int | None, problem: Message) -> None:
        shown = excerpt(str(path), 200)
        self.where = (
            Message.of(N_("{path} line {line}"), path=shown, line=line)
            if line
            else Message.of("{path}", path=shown)
        )
        self.problem = problem
        super().__init__("{where}: {problem}", where=str(self.where), problem=str(problem))

    def translated(self, gettext: Callable[[str], str]) -> str:
        return f"{self.where.translated(gettext)}: {self.problem.translated(gettext)}"


class _Invalid(Exception):
    """A value a setting refuses; carries the template that says what it must be."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template)
        self.message = (template, params)


def config_file(
    flag: str | None = None, environ: Mapping[str, str] | None = None
) -> tuple[Path, str]:
    """``--config``, else ``WARTA_CONFIG``, else ``config.toml`` in the user config folder;
    with which of them it is (a file named on purpose must exist)."""
    env = os.environ if environ is None else environ
    if given_path(flag, "--config"):
        return expanded(str(flag)).absolute(), "--config"
    if env.get(CONFIG_ENV, "").strip():
        return expanded(env[CONFIG_ENV]).absolute(), CONFIG_ENV
    from platformdirs import user_config_path

    return user_config_path(APP_NAME) / CONFIG_NAME, FROM_DEFAULT


def load_settings(path: Path, required: bool = False) -> Settings:
    """The settings in ``path``; the defaults when it does not exist, unless ``required``
    (a file named on purpose with ``--config`` or ``WARTA_CONFIG`` must be there).

    Raises ``ConfigError`` for a file that cannot be read, is not TOML, or holds an
    unknown setting or a bad value. ``/dev/null`` is an empty file, the defaults: the way a
    script says "no settings" to git (``GIT_CONFIG_GLOBAL``) or pip (``PIP_CONFIG_FILE``);
    it was refused as "cannot read it (not a regular file)".
    """
    if is_null_device(path):
        return Settings()
    try:
        # Not blocking, and only a regular file: ``--config`` naming a FIFO hung warta.
        data = read_regular_file(path, MAX_CONFIG_BYTES + 1, follow_symlinks=True)
    except FileNotFoundError:
        if required:
            raise ConfigError(path, None, Message.of(N_("no such file"))) from None
        return Settings()
    except OSError as error:
        reason = Message.of(N_("cannot read it ({reason})"), reason=error_reason(error))
        raise ConfigError(path, None, reason) from None
    check_trusted(path, file=True)  # it names the commands warta runs (pager, editor, opener)
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(path, None, Message.of(N_("too large for a settings file")))
    try:
        # Notepad and other editors start a UTF-8 file with a byte-order mark, which TOML
        # does not allow: it was refused as "Invalid statement" on line 1, unseen.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        undecodable = data.count(b"\n", 0, error.start) + 1
        raise ConfigError(path, undecodable, Message.of(N_("not UTF-8 text"))) from None
    # Imported here: a command without a settings file never pays for the parser.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10 reads TOML with tomli, the same parser
        import tomli as tomllib
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _toml_error(path, text, str(error)) from None
    except RecursionError:  # tomllib recurses into nested arrays and inline tables
        raise ConfigError(path, None, Message.of(N_("not valid TOML: nested too deeply"))) from None
    except ValueError:  # an integer past Python's digit limit (4,300): a traceback before
        raise ConfigError(
            path, _long_number_line(text), Message.of(N_("a number too long to read"))
        ) from None
    return _settings(path, text, table)


def _long_number_line(text: str) -> int | None:
    """The line of the first integer too long for Python to read (``page_size = 999…``
    of 5,000 digits, which tomllib converts with ``int``)."""
    limit = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300
    found = re.search(rf"[0-9_]{{{limit + 1},}}", text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _toml_error(path: Path, text: str, reason: str) -> ConfigError:
    """tomllib's message with its "(at line 3, column 7)" turned into the line."""
    found = _TOML_POSITION.search(reason)
    if found is None:
        return ConfigError(path, None, Message.of(N_("not valid TOML: {reason}"), reason=reason))
    line = int(found.group(1)) if found.group(1) else text.count("\n") + 1
    problem = Message.of(N_("not valid TOML: {reason}"), reason=reason[: found.start()])
    return ConfigError(path, line, problem)


def _settings(path: Path, text: str, table: dict[str, Any]) -> Settings:
    """Every setting of ``table`` checked and converted; the first problem is raised."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        try:
            if key == "keys":
                values[key] = _keymap(value, path, text)
            elif key in _CHECKS:
                values[key] = _CHECKS[key](value, path)
            else:
                raise ConfigError(path, _line_of(text, None, key), _unknown(key))
        except _Invalid as invalid:
            template, params = invalid.message
            problem = Message.of(template, key=key, **params)
            raise ConfigError(path, _line_of(text, None, key), problem) from None
    return Settings(**values, path=path, given=frozenset(values))


#: How every binding id of the explorer starts (``warta.app.quit``).
_BINDING_ID_PREFIX = "warta."


def _unknown(key: str) -> Message:
    shown = excerpt(key, 40)
    if key.startswith(_BINDING_ID_PREFIX):  # a binding written above ``[keys]``, or without it
        return Message.of(N_("{key} is a key binding: put it under [keys]"), key=shown)
    close = difflib.get_close_matches(key, SETTING_NAMES, n=1, cutoff=0.8)
    if close:
        return Message.of(
            N_("unknown setting {key} (did you mean {close}?)"), key=shown, close=close[0]
        )
    return Message.of(
        N_("unknown setting {key} (the settings are: {known})"),
        key=shown,
        known=", ".join(SETTING_NAMES),
    )


def _folders(value: object, path: Path) -> tuple[Path, ...]:
    folders = [value] if isinstance(value, str) else value
    if (
        not isinstance(folders, list)
        or not folders
        or not all(isinstance(item, str) and _plain(item) for item in folders)
    ):
        raise _Invalid(N_("{key} must be a folder or a list of folders"))
    # A relative folder is taken from the settings file's folder, not from wherever warta
    # happens to be started. The folders are kept as written, their links not followed
    # (the corpus is resolved where it is chosen): a link to nothing is then named, not
    # only the folder it points to.
    try:
        given = tuple(path.parent / expanded(item) for item in folders)
        absolute_folders(given)
    except WartaError as error:  # ``~nosuchuser``, a loop: said with the file and line
        raise _Invalid(error.template, **error.params) from None
    return given


def _plain(text: str) -> bool:
    """Not blank, and without control characters: a NUL in a folder or a command would
    fail deep inside the system call, an escape sequence is never meant."""
    return bool(text.strip()) and text.isprintable()


def _language(value: object, path: Path) -> str:
    chosen = language_of(value) if isinstance(value, str) else None
    if chosen is None:
        raise _Invalid(N_("{key} must be one of {choices}"), choices=", ".join(LANGUAGES))
    return chosen


def _theme(value: object, path: Path) -> str:
    from textual.theme import BUILTIN_THEMES

    if isinstance(value, str) and value in BUILTIN_THEMES:
        return value
    close = difflib.get_close_matches(str(value), list(BUILTIN_THEMES), n=1)
    raise _Invalid(
        N_("{key} must be the name of a theme, such as {example}"),
        example=close[0] if close else "textual-dark",
    )


def _page_size(value: object, path: Path) -> int:
    low, high = PAGE_SIZE_RANGE
    # TOML booleans are not numbers, though Python's are.
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _Invalid(N_("{key} must be a whole number {low}-{high}"), low=low, high=high)
    return value


#: An example of each command setting for its message: ``editor = 5`` was told the
#: pager's "less -R", which is no editor.
_COMMAND_EXAMPLES = {"pager": "less -R", "editor": "nano", "opener": "xdg-open"}


def _command_of(key: str) -> Callable[[object, Path], str]:
    """The check of the command setting ``key``, whose message gives its own example."""

    def check(value: object, path: Path) -> str:
        try:
            words = shlex.split(value) if isinstance(value, str) and _plain(value) else []
        except ValueError:
            words = []
        if not words:
            raise _Invalid(
                N_('{key} must be a command, such as "{example}"'),
                example=_COMMAND_EXAMPLES[key],
            )
        return str(value)

    return check


def _flag(value: object, path: Path) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(N_("{key} must be true or false"))
    return value


def _keymap(value: object, path: Path, text: str) -> Mapping[str, str]:
    """``[keys]``: binding id -> key string. The ids are the app's to check (it knows its
    bindings); a key string is checked here, each of its comma-separated keys."""
    if not isinstance(value, dict):
        raise _Invalid(N_("{key} must be a table of binding ids and keys, such as [keys]"))
    keymap: dict[str, str] = {}
    for binding_id, keys in value.items():
        names = keys.split(",") if isinstance(keys, str) else []
        if not names or not all(_KEY_NAME.fullmatch(name.strip()) for name in names):
            problem = Message.of(
                N_('keys.{id} must be a key, such as "ctrl+f" or "f1,question_mark"'),
                id=excerpt(binding_id, 60),
            )
            raise ConfigError(path, _line_of(text, "keys", binding_id), problem)
        keymap[binding_id] = ",".join(_key_as_reported(name.strip()) for name in names)
    return MappingProxyType(keymap)


#: The modifiers of a key, in the order Textual names them in every key it reports (it
#: sorts them): ``ctrl+shift+up``, never ``shift+ctrl+up``.
_MODIFIERS = ("alt", "ctrl", "hyper", "meta", "shift", "super")


def _key_as_reported(name: str) -> str:
    """``name`` spelled as Textual reports that key, which is all a binding is compared
    with: ``shift+ctrl+q`` (or ``ctrl+ctrl+q``, ``ctrl+Q``) bound nothing, without a word,
    as Textual says ``ctrl+shift+q`` (``ctrl+q``). Modifiers in its order, each once; a
    letter held with ctrl is reported lower case, as the terminal sends it."""
    *modifiers, base = name.split("+")
    if not modifiers or not base or not set(modifiers) <= set(_MODIFIERS):
        return name  # one key, or not a key: the explorer says which binding cannot work
    if "ctrl" in modifiers and len(base) == 1:
        base = base.lower()
    return "+".join([*sorted(set(modifiers)), base])


_CHECKS: dict[str, Callable[[object, Path], Any]] = {
    "corpus": _folders,
    "language": _language,
    "theme": _theme,
    "page_size": _page_size,
    "pager": _command_of("pager"),
    "editor": _command_of("editor"),
    "opener": _command_of("opener"),
    "watch": _flag,
    "trusted": _folders,
}
#: Every setting of the file, in the order the README and ``config --show`` list them.
SETTING_NAMES: tuple[str, ...] = (*_CHECKS, "keys")


def _line_of(text: str, table: str | None, key: str) -> int | None:
    """The line that sets ``key`` (in ``[table]``, or at the top when None): tomllib gives
    values without positions, and a message must say where to look."""
    header = re.compile(r"\s*\[\[?\s*([^\]]*?)\s*\]")
    # Compared as text, not as a pattern made of the key: a key of 900 KB (the file's limit)
    # made a pattern of 2.7 MB, and every warta command took 7 s and 280 MB to say so.
    spellings = (key, f'"{key}"', f"'{key}'")
    current: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        opened = header.match(line)
        if opened:
            current = _escaped_key(line) or opened.group(1).strip("\"'")
            if table is None and current == key:
                return number
        elif current == table and (
            _sets(line.lstrip(), spellings) or _escaped_key(line.lstrip()) == key
        ):
            return number
    return None


def _escaped_key(line: str) -> str | None:
    """The first key that ``line`` (a table's header, or a line setting a key) names, as
    TOML reads it, when it is written with escapes (``"n\\u0065xt" = "f2"``): compared as
    typed, such a key was said without its line. None for any other line."""
    if not line.startswith(('"', "[")) or "\\" not in line.split("=", 1)[0]:
        return None
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10 reads TOML with tomli, the same parser
        import tomli as tomllib
    try:
        parsed = tomllib.loads(line)
    except (ValueError, RecursionError):  # TOMLDecodeError too, and a number too long
        return None
    return next(iter(parsed), None)


def _sets(line: str, spellings: Sequence[str]) -> bool:
    """Whether ``line`` starts with one of ``spellings`` of a key, then ``=`` or ``.``."""
    return any(
        line.startswith(spelling) and line[len(spelling) :].lstrip()[:1] in ("=", ".")
        for spelling in spellings
    )


# -- what is in force, and from where --------------------------------------------------------------


def first_choice(candidates: Sequence[tuple[str, str | None]]) -> Choice | None:
    """The first candidate (source, value) whose value is not blank."""
    for source, value in candidates:
        if value and value.strip():
            return Choice(value, source)
    return None


def program_candidates(
    setting: str | None, variables: Sequence[str], environ: Mapping[str, str] | None = None
) -> list[tuple[str, str | None]]:
    """Where the pager or editor comes from, in order: the setting, then the variables."""
    env = os.environ if environ is None else environ
    return [(FROM_FILE, setting), *((f"${name}", env.get(name)) for name in variables)]


def pager_commands(settings: Settings) -> list[str | None]:
    """The pager commands to try before ``PAGER_DEFAULT``, most specific first."""
    return [value for _, value in program_candidates(settings.pager, PAGER_VARIABLES)]


def editor_commands(settings: Settings) -> list[str | None]:
    """The editor commands to try before ``EDITOR_DEFAULT``, most specific first."""
    return [value for _, value in program_candidates(settings.editor, EDITOR_VARIABLES)]


def refuse_bindings(
    settings: Settings, known: Collection[str], clash: tuple[str, Message] | None
) -> None:
    """``[keys]`` may remap only bindings the explorer has, each to a key that can work
    (``clash``: the first id that cannot, and why); the first problem is one line naming the
    id and where it is (the file is read again for the line: tomllib gives none)."""
    unknown = sorted(binding_id for binding_id in settings.keys if binding_id not in known)
    if unknown:
        clash = (
            unknown[0],
            Message.of(
                N_("keys.{id} is not a binding id of warta (README: Key ids for [keys])"),
                id=excerpt(unknown[0]),
            ),
        )
    if clash is None or settings.path is None:
        return
    binding_id, problem = clash
    try:
        text = read_regular_file(settings.path, MAX_CONFIG_BYTES, follow_symlinks=True)
        line = _line_of(text.decode("utf-8-sig", errors="replace"), "keys", binding_id)
    except OSError:
        line = None
    raise ConfigError(settings.path, line, problem)
