"""The ``warta`` command: the TUI with no command, and scriptable subcommands.

Human output goes through Rich as ``Text`` objects (never markup, so ``[Antara]`` in a title
stays literal); Rich prints plain text when stdout is not a terminal. ``--json`` output is a
stable contract, documented in the README. Exit codes: 0 on success (also when nothing is
found, and when the reader of a pipe stops early, as ``| head``), 2 for usage, corpus or index
errors, with one line on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import functools
import io
import itertools
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, NoReturn, TextIO, TypeVar, cast

from warta.search.errors import (
    PATH_ECHO_LIMIT,
    TERMINATION_SIGNALS,
    WartaError,
    error_reason,
    excerpt,
)
from warta.search.model import (
    ENTITY_KINDS,
    Article,
    Entity,
    Hit,
    Mention,
    MentionInContext,
    UpdateReport,
)
from warta.search.paths import vouch_for
from warta.search.sanitize import clean_line, clean_text
from warta.tui.config import FROM_DEFAULT, Settings, config_file, load_settings
from warta.tui.i18n import (
    LANGUAGE_VARIABLES,
    LANGUAGES,
    _,
    detect_language,
    kind_name,
    language_of,
    ngettext,
    set_language,
    warning_line,
)

#: The commands on the user's workspace (saved searches, tags, stars, notes, history, export).
WORKSPACE_COMMANDS = (
    "saved",
    "unsave",
    "tag",
    "untag",
    "tags",
    "star",
    "unstar",
    "note",
    "history",
    "export",
)

COMMANDS: tuple[str, ...] = (
    *("index", "search", "show", "entities", "mentions", "quotes", *WORKSPACE_COMMANDS),
    "config",
    *("related-entities", "timeline", "like"),
)
#: Options that take a value: on every command, and on ``search``.
GLOBAL_VALUE_OPTIONS = ("--corpus", "--index-dir", "--lang", "--data-dir", "--config")
SEARCH_VALUE_OPTIONS = (*GLOBAL_VALUE_OPTIONS, "--limit", "--sort", "--save")
EXPORT_VALUE_OPTIONS = (
    *GLOBAL_VALUE_OPTIONS,
    "--format",
    "-o",
    "--output",
    "--tag",
    "--saved",
    "--entity",
)
#: Commands whose QUERY words may start with ``-`` (NOT), with the options that take a
#: value and the short options they have.
QUERY_COMMANDS = {
    "search": (SEARCH_VALUE_OPTIONS, ("-h",)),
    "export": (EXPORT_VALUE_OPTIONS, ("-h", "-o")),
}
#: Characters of one stderr line: messages quote user words (argparse, paths) at any length.
MESSAGE_LIMIT = 400
#: Warnings ``warta index`` prints before saying how many more there are and where they
#: are all listed (15,000 empty files printed 15,000 lines).
INDEX_WARNINGS_SHOWN = 10
EXIT_OK = 0
EXIT_ERROR = 2
#: Human output is laid out at least this wide, whatever the terminal or COLUMNS say.
MIN_OUTPUT_WIDTH = 20
#: How alike a first word must be to a command to be taken for a typo of it (difflib ratio):
#: ``serch``/``search`` 0.91, ``shw``/``show`` 0.86; Indonesian ``indeks``/``index`` 0.73
#: stays a query.
COMMAND_TYPO_RATIO = 0.8
#: Seconds ``warta saved`` spends running saved searches to count what is new before it
#: lists the rest as not counted: after an update or an upgrade each runs once, and 2,000
#: took 15 s on a loaded machine (about 2.5 ms of CPU each). The next listing goes on.
SAVED_COUNT_SECONDS = 1.0
#: Quotes ``warta quotes`` lists, newest first: each reads its article (for the citation),
#: and an entity of 100,000 articles may have thousands.
QUOTE_LIMIT = 200


class UsageError(Exception):
    """Bad command-line words; reported like argparse does, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """Global options on every command; the subcommands as the README lists them."""
    # Subcommands take the global options too, with SUPPRESS defaults: otherwise a subparser's
    # default would overwrite ``--corpus`` given before the command word.
    common = _Parser(add_help=False)
    _add_global_options(common, argparse.SUPPRESS)
    parser = _Parser(
        prog="warta",
        description=_("Explore Indonesian news archives from the terminal."),
        epilog=_("With no command, warta opens the explorer; `warta WORDS` opens it on a search."),
    )
    _add_global_options(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    index = commands.add_parser("index", parents=[common], help=_("build or update the index"))
    index.add_argument("--rebuild", action="store_true", help=_("rebuild the whole index"))
    search = commands.add_parser("search", parents=[common], help=_("ranked hits with snippets"))
    search.add_argument("query", nargs="+", metavar="QUERY", help=_("the query"))
    search.add_argument("--limit", type=int, default=10, metavar="N", help=_("at most N hits"))
    search.add_argument(
        "--sort", choices=("score", "date"), default="score", help=_("order of the hits")
    )
    search.add_argument("--json", action="store_true", help=_("print JSON"))
    _add_save_option(search)
    show = commands.add_parser("show", parents=[common], help=_("one article with its metadata"))
    show.add_argument("id", metavar="ID", help=_("the article id"))
    show.add_argument("--json", action="store_true", help=_("print JSON"))
    entities = commands.add_parser(
        "entities", parents=[common], help=_("all entities, most mentioned first")
    )
    entities.add_argument("--kind", choices=ENTITY_KINDS, help=_("only this kind"))
    _add_rows_limit(entities, None)
    entities.add_argument("--json", action="store_true", help=_("print JSON"))
    mentions = commands.add_parser(
        "mentions", parents=[common], help=_("every mention of an entity, in context")
    )
    mentions.add_argument("name", nargs="+", metavar="NAME", help=_("name, alias or id"))
    _add_rows_limit(mentions, None)
    mentions.add_argument("--json", action="store_true", help=_("print JSON"))
    _add_quotes_parser(commands, common)
    _add_workspace_commands(commands, common)
    _add_notes_history_export_commands(commands, common)
    _add_config_parser(commands, common)
    _add_views_commands(commands, common)
    return parser


def _add_quotes_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    quotes = commands.add_parser(
        "quotes", parents=[common], help=_("what an entity said, newest first")
    )
    quotes.add_argument("name", nargs="+", metavar="NAME", help=_("name, alias or id"))
    _add_rows_limit(quotes, QUOTE_LIMIT)
    quotes.add_argument("--json", action="store_true", help=_("print JSON"))


def _add_rows_limit(command: argparse.ArgumentParser, default: int | None) -> None:
    """``--limit N`` on a command that lists rows, as ``search`` and ``like`` have it: a
    script wants the first rows of a long list without reading all of it."""
    command.add_argument(
        "--limit", type=int, default=default, metavar="N", help=_("at most N rows")
    )


def _add_global_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--corpus",
        action="append",
        default=[] if default is None else default,
        metavar="DIR",
        help=_("a folder of articles (repeatable; default: WARTA_CORPUS or the bundled seeds)"),
    )
    parser.add_argument(
        "--index-dir",
        metavar="DIR",
        default=default,
        help=_("where the index lives (default: WARTA_INDEX_DIR or the user cache folder)"),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        default=default,
        help=_("interface language: id or en (default: WARTA_LANG or the locale)"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=_(
            "where saved searches and tags live (default: WARTA_DATA_DIR or the user data folder)"
        ),
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        default=default,
        help=_(
            "the settings file (default: WARTA_CONFIG or config.toml in the user config folder)"
        ),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``warta`` console script."""
    with _termination_as_interrupt():
        _usable_standard_streams()
        code: int | None = None
        try:
            code = _main(list(sys.argv[1:] if argv is None else argv))
            sys.stdout.flush()  # inside the try: a closed pipe must not fail at exit instead
            if argv is None:
                _done_with_interrupts()
        except BrokenPipeError:
            # The reader of a pipe stopped early (``warta mentions elon | head -2``): what it
            # wanted is printed. Quiet and 0, as ripgrep does; later writes go to /dev/null.
            _discard_stdout()
            return EXIT_OK
        except KeyboardInterrupt:
            # Each command says its own interrupt; this one came after it had finished (its
            # file whole, "Exported 600 rows" said): a traceback from the flush, and exit
            # -2, the process ended by the signal. Its result stands, or the output is cut.
            if code is None or not _flushed():
                _discard_stdout()
                _fail(_("interrupted"))
                return EXIT_ERROR
            if argv is None:
                _done_with_interrupts()
        return code


def _flushed() -> bool:
    """Whether standard output holds nothing unwritten (an interrupted flush may not)."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError, KeyboardInterrupt):
        return False
    return True


def _done_with_interrupts() -> None:
    """Ignore Ctrl+C, SIGTERM and SIGHUP from the moment the command's work is done and
    written: only the interpreter's exit is left, and an interrupt there ended the process
    by the signal (exit -2, 130 in a shell, sometimes with a traceback) after an export had
    said it was complete. Only when warta is the process (``main()`` without arguments),
    and nothing else is left running: the explorer quit during a first build waits at exit
    for its batches in flight, which Ctrl+C must still cut short."""
    import signal
    import threading

    if any(
        thread.is_alive() and not thread.daemon and thread is not threading.main_thread()
        for thread in threading.enumerate()
    ):
        return
    for number in (signal.SIGINT, *_interrupting_signals()):
        signal.signal(number, signal.SIG_IGN)


@contextlib.contextmanager
def _termination_as_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP raise KeyboardInterrupt, as SIGINT does, for as long as warta runs.

    Their default action ended the process on the spot: an export left its ``.part`` file
    behind, a build left its extraction workers running for ever (holding the caller's
    pipes open), and the explorer left the terminal on its alternate screen with the mouse
    captured. An interrupt runs the cleanup each of them already does for Ctrl+C. A signal
    ignored by the caller (``nohup``) stays ignored.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    numbers = [getattr(signal, name) for name in TERMINATION_SIGNALS if hasattr(signal, name)]
    saved = {number: signal.getsignal(number) for number in numbers}
    for number, handler in saved.items():
        if handler is signal.SIG_DFL:
            signal.signal(number, signal.default_int_handler)
    try:
        yield
    finally:
        for number, handler in saved.items():
            if signal.getsignal(number) is not signal.SIG_IGN:  # see _done_with_interrupts
                signal.signal(number, handler)


def _interrupting_signals() -> list[int]:
    """The termination signals that interrupt warta now (see ``_termination_as_interrupt``;
    not one the caller ignores)."""
    import signal

    numbers = (getattr(signal, name, None) for name in TERMINATION_SIGNALS)
    return [
        number
        for number in numbers
        if number is not None and signal.getsignal(number) is signal.default_int_handler
    ]


def _usable_standard_streams() -> None:
    """Standard streams that can fail only in one line.

    A closed one (``warta search x >&-``, a job started without them) is opened on
    /dev/null: stdout read-only, so that writing the output fails as a full disk does
    ("cannot write the output: Bad file descriptor"), not with a traceback; left closed, the
    first file warta opened would take its number. A stream whose encoding is not UTF-8
    (a Latin-1 locale, ``PYTHONIOENCODING=ascii``) writes ``?`` for what it cannot encode
    instead of raising UnicodeEncodeError; ``--json`` escapes it (see ``_emit_json``).
    """
    for number, name, flags in (
        (0, "stdin", os.O_RDONLY),
        (1, "stdout", os.O_RDONLY),
        (2, "stderr", os.O_WRONLY),
    ):
        try:
            os.fstat(number)
        except OSError:
            opened = os.open(os.devnull, flags)
            if opened != number:
                os.dup2(opened, number)
                os.close(opened)
            mode = "r" if number == 0 else "w"
            setattr(sys, name, open(number, mode, encoding="utf-8", closefd=False))  # noqa: SIM115
    for stream in (sys.stdout, sys.stderr):
        if not _writes_utf8(stream) and isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def _writes_utf8(stream: Any) -> bool:
    """Whether ``stream`` encodes every character (UTF-8, or a test's capture)."""
    import codecs

    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "utf-8").name == "utf-8"
    except LookupError:
        return False


def _main(args_list: list[str]) -> int:
    args_list = _options_as_meant(args_list)
    cli_lang = _early_value(args_list, "--lang")
    set_language(detect_language(cli_lang))  # a broken settings file is reported in it
    try:
        # ``config --path`` says where the file goes even when it is missing or broken.
        settings = Settings() if _asks_config_path(args_list) else _settings_of(args_list)
        vouch_for(settings.trusted)
        set_language(detect_language(cli_lang, configured=settings.language))
        _check_language(cli_lang)
        parser = build_parser()
        if _wants_tui(args_list):
            _refuse_a_closing_umask()
            return _run_tui(args_list, settings)
        with _guarded_stdout():
            args = parser.parse_args(_query_words_last(args_list))  # --help prints here
            args.settings = settings
            if args.command is None:
                parser.print_help()
                return EXIT_OK
            if args.command != "config":  # the one command that makes nothing
                _refuse_a_closing_umask()
            return COMMAND_HANDLERS[args.command](args)
    except _OutputError as error:
        # ``warta search x > file`` on a full disk: say so once, never a traceback, and
        # drop what is still buffered so that the interpreter's last flush cannot fail.
        _discard_stdout()
        _fail(_("cannot write the output: {error}").format(error=error.reason))
    except UsageError as error:
        _fail(_("usage error: {error}").format(error=error))
    except WartaError as error:
        _fail(error.translated(_))
    except KeyboardInterrupt:
        _fail(_("interrupted"))
    except FileNotFoundError:
        if _has_working_folder():
            raise
        # A relative path (``--corpus .``) in a folder deleted since the shell entered it.
        _fail(_("the current folder no longer exists; change to another, or give full paths"))
    return EXIT_ERROR


def _refuse_a_closing_umask() -> None:
    """Stop, before any folder is made, under a umask that takes the user's own permission
    away (``umask 777``): warta would make index and workspace folders it cannot use
    itself, and an update would leave files that a later run cannot read."""
    if os.name != "posix":
        return
    mask = os.umask(0o022)
    os.umask(mask)
    if mask & 0o700:
        raise WartaError(
            _(
                "the umask {mask} would make folders and files that you cannot use; "
                "set one such as 022 (umask 022) and try again"
            ).format(mask=f"{mask:04o}")
        )


def _has_working_folder() -> bool:
    try:
        os.getcwd()
    except OSError:
        return False
    return True


class _OutputError(Exception):
    """Standard output refused a write (a full disk, an I/O error), told apart from every
    other OSError a command may meet; a closed pipe stays BrokenPipeError."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.reason = error_reason(error)


class _GuardedStream:
    """``sys.stdout`` whose write and flush errors are ``_OutputError``s."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        with _as_output_error():
            return self._stream.write(text)

    def flush(self) -> None:
        with _as_output_error():
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def _as_output_error() -> Iterator[None]:
    """An OSError of standard output as ``_OutputError``; a closed pipe stays itself."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise _OutputError(error) from error


@contextlib.contextmanager
def _guarded_stdout() -> Iterator[None]:
    """A command's output through ``_GuardedStream``, flushed before it ends."""
    stream = sys.stdout
    sys.stdout = cast("TextIO", _GuardedStream(stream))
    try:
        try:
            yield
        except SystemExit:  # argparse's --help: its text must reach stdout, or fail in one line
            sys.stdout.flush()
            raise
        sys.stdout.flush()
    finally:
        sys.stdout = stream


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (a test's capture): nothing to flush
        pass


def _check_language(cli_lang: str | None) -> None:
    """``--lang``, or ``WARTA_LANG`` when it decides, naming a language warta has no
    interface in is refused, as config.toml's ``language`` is: each fell back to English
    without a word. A locale setting that names one is not (it covers every program;
    English is then the right fallback)."""
    variable = LANGUAGE_VARIABLES[0]
    value = os.environ.get(variable, "") if cli_lang is None else cli_lang
    if (value or cli_lang is not None) and language_of(value) is None:  # empty: unset
        setting = f"{variable}={excerpt(value)}" if cli_lang is None else f"--lang {excerpt(value)}"
        raise UsageError(
            _("{setting}: no interface in that language (choose from: {languages})").format(
                setting=setting, languages=", ".join(LANGUAGES)
            )
        )


def _options_as_meant(args: Sequence[str]) -> list[str]:
    """``—json``, ``–limit 5``, ``−−corpus DIR``: an option of warta's written with other
    dashes (autocorrect turns ``--`` into an em dash, a page copied from a word processor
    an en dash) is that option. Left as typed, ``search —json musk`` searched for "json"
    and printed text, ``export musk —o FILE`` exported to stdout: silent wrong answers.
    An abbreviation (``—lim 3``) is decided as argparse decides ``--lim``: the option it
    starts, or "ambiguous option" when it starts several of the command's options. A dashed
    word that starts none stays a query word (``—elon``), as does every word after ``--``."""
    meant: list[str] = []
    command: str | None = None
    value_next = False
    for index, arg in enumerate(args):
        if arg == "--":
            return [*meant, *args[index:]]
        word = _option_meant(arg, _option_names(command))
        meant.append(word)
        if value_next:
            value_next = False
        elif command is None and word.startswith("-"):
            value_next = _takes_value(word, GLOBAL_VALUE_OPTIONS)
        elif command is None and word in COMMANDS:
            command = word  # the options after it are that command's
    return meant


def _option_meant(arg: str, options: frozenset[str]) -> str:
    """``arg`` as the option of ``options`` it spells, or starts, with a dash other than
    ``-``, else ``arg``."""
    if arg.isascii():
        return arg
    from warta.search.query import is_dash

    lead = len(arg) - len(arg.lstrip("-"))
    while lead < len(arg) and is_dash(arg[lead]):
        lead += 1
    dashes, body = arg[:lead], arg[lead:]
    if not body or set(dashes) <= {"-"}:  # no other dash: argparse's own case
        return arg
    name, equals, value = body.partition("=")
    name = unicodedata.normalize("NFKC", name)
    if not equals and f"-{name}" in options:
        return f"-{name}"
    if any(option.startswith(f"--{name}") for option in options):
        return f"--{name}{equals}{value}"  # whole or abbreviated: argparse decides
    return arg


@functools.cache
def _option_names(command: str | None) -> frozenset[str]:
    """Every option string of warta (``--corpus``), or of its ``command`` (``--json``)."""
    parser = build_parser()
    if command is not None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                parser = action.choices[command]
    return frozenset(name for action in parser._actions for name in action.option_strings)


def _early_value(args: Sequence[str], option: str) -> str | None:
    """``--lang`` and ``--config`` must be known before argparse builds its (translated)
    help texts."""
    for index, arg in enumerate(args):
        if arg == option and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith(f"{option}="):
            return arg.split("=", 1)[1]
    return None


def _wants_tui(args: Sequence[str]) -> bool:
    """No command word: the explorer (``warta``, ``warta WORDS``), unless help was asked for.

    A first word that looks like a mistyped command (``warta serch musk``) is refused, as
    git and notmuch do, rather than opening the explorer on it; ``warta -- serch`` searches
    for the word itself.
    """
    if any(arg in ("-h", "--help") for arg in args):
        return False
    first = _first_positional(args)
    if first is None:
        return True
    word = args[first]
    if word in COMMANDS:
        return False
    meant = _command_meant(word)
    if meant:
        raise WartaError(
            _("unknown command '{word}' (did you mean '{command}'?)").format(
                word=excerpt(word), command=meant
            )
        )
    return True


def _command_meant(word: str) -> str | None:
    """The command ``word`` is a typo of (``serch`` → ``search``), if it is close to one."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        return None
    close = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=COMMAND_TYPO_RATIO)
    return close[0] if close else None


def _first_positional(args: Sequence[str]) -> int | None:
    """Where the first word that is neither an option nor an option's value is (the command)."""
    skip = False
    for index, arg in enumerate(args):
        if skip:
            skip = False
        elif _takes_value(arg, GLOBAL_VALUE_OPTIONS):
            skip = True
        elif arg == "--" or not arg.startswith("-"):
            return index
    return None


def _is_option(word: str, short_options: Sequence[str]) -> bool:
    """``--json``, ``-h``: an option. ``-altman`` is a query word, the README's NOT."""
    return word in short_options or (word.startswith("--") and word != "--")


def _takes_value(option: str, value_options: Sequence[str]) -> bool:
    """Whether the next word is ``option``'s value; argparse accepts ``--lim`` for ``--limit``."""
    return "=" not in option and sum(name.startswith(option) for name in value_options) == 1


def _query_words_last(args: Sequence[str]) -> list[str]:
    """``warta search -altman``: argparse would take ``-altman`` for an unknown option and
    say the query is missing. The query words of ``search`` and ``export`` go behind
    ``--``, in their order; their options, with their values, stay in front."""
    command = _first_positional(args)
    if command is None or args[command] not in QUERY_COMMANDS:
        return list(args)
    value_options, short_options = QUERY_COMMANDS[args[command]]
    options = list(args[: command + 1])
    words: list[str] = []
    rest = iter(args[command + 1 :])
    for word in rest:
        if word == "--":
            words.extend(rest)
        elif _is_option(word, short_options):
            options.append(word)
            if _takes_value(word, value_options):
                options.extend(itertools.islice(rest, 1))
        else:
            words.append(word)
    return [*options, "--", *words] if words else options


def _run_tui(args: Sequence[str], settings: Settings) -> int:
    """``warta [OPTIONS] [WORDS...]``: the explorer, opened on a search when words are given."""
    parser = _Parser(prog="warta", add_help=False)
    _add_global_options(parser, None)
    options, words = parser.parse_known_args(list(args))
    unknown = [word for word in words if _is_option(word, ("-h",))]
    if unknown:
        raise UsageError(_("unrecognized arguments: {args}").format(args=" ".join(unknown)))
    from warta.tui.config import refuse_bindings
    from warta.tui.keys import all_bindings, keymap_clash

    known = {binding.id for binding in all_bindings() if binding.id}
    refuse_bindings(settings, known, keymap_clash(settings.keys))
    if not _has_terminal():
        # A script or cron job must never get a full-screen app (nor its escape sequences).
        raise WartaError(_("the explorer needs a terminal; in a script, use: warta search WORDS"))
    query = " ".join(word for word in words if word != "--").strip() or None
    from warta.search.paths import data_dir
    from warta.tui.app import WartaApp
    from warta.tui.watch import should_watch

    service = _service_of(settings, options.corpus, options.index_dir)
    _require_corpus(service, settings, options.corpus)
    if not service.has_index():
        service.check_writable()  # an explorer that can never show an article is no use
    watch = should_watch(settings.watch, service.corpora)
    app = WartaApp(
        service=service,
        initial_query=query,
        settings=settings,
        watch=watch,
        data_folder=data_dir(options.data_dir),
        stop_signals=_interrupting_signals(),
    )
    with _size_from_the_terminal(), _screen_on_the_terminal():
        app.run()
    code = _finish_workspace_writes(app)
    if app.interrupted:
        raise KeyboardInterrupt
    return code


def _finish_workspace_writes(app: Any) -> int:
    """Wait for the stars, tags, notes and saved searches queued before the explorer
    closed, for as long as a write may wait on another program's transaction; say which
    did not go through. Quitting just after a star, while another warta was writing the
    workspace, lost the star without a word."""
    from warta.search.workspace import BUSY_SECONDS

    def waiting() -> None:
        message = _("saving your last changes: another program is writing the workspace…")
        _fail(message)
        sys.stderr.flush()

    failures = app.workspace.finish(BUSY_SECONDS + 1, waiting)
    for failure in failures:
        _fail(failure.translated(_))
    return EXIT_ERROR if failures else EXIT_OK


@contextlib.contextmanager
def _screen_on_the_terminal() -> Iterator[None]:
    """Textual draws on stderr: with stderr redirected (``warta 2>log``) the screen stayed
    blank and the log filled with escape sequences. The explorer then gets stdout's terminal
    as its stderr while it runs."""
    try:
        redirected = not sys.stderr.isatty()
        terminal = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not real files (a test's capture)
        redirected = False
    if not redirected:
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    os.dup2(terminal, 2)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)


@contextlib.contextmanager
def _size_from_the_terminal() -> Iterator[None]:
    """Without ``COLUMNS`` and ``LINES`` while the explorer runs, when the terminal says its
    size: Textual asks ``shutil.get_terminal_size``, which takes them first, so exported
    ones (``COLUMNS=1``, or 80 in a wider window) fixed the screen at their size through
    every resize (blank at 1x1). A terminal that says no size keeps them as its only hint."""
    try:
        known = all(os.get_terminal_size(sys.stdout.fileno()))
    except (AttributeError, OSError, ValueError):  # not a terminal (a test's capture)
        known = False
    saved = {
        name: os.environ.pop(name) for name in ("COLUMNS", "LINES") if known and name in os.environ
    }
    try:
        yield
    finally:
        os.environ.update(saved)


def _has_terminal() -> bool:
    """Whether keys come from, and the screen goes to, a terminal: the explorer needs both."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def _fail(message: str) -> None:
    """One clean line on stderr, however long the user text it quotes, cut in the middle:
    the reason a message ends with was cut off after a folder of 5,000 characters
    ("cannot use the index folder /tmp/eee…", without "File name too long")."""
    sys.stderr.write(f"warta: {excerpt(message, MESSAGE_LIMIT, middle=True)}\n")


# -- shared helpers ------------------------------------------------------------------------------


def _service(args: argparse.Namespace, build_if_missing: bool = True) -> Any:
    workspace = getattr(args, "workspace", None)  # for tag:, is:starred, has:note
    service = _service_of(args.settings, args.corpus, args.index_dir, workspace)
    _require_corpus(service, args.settings, args.corpus)
    if build_if_missing and not service.has_index():
        service.check_writable()  # one line, not "building it again first" and then why not
        if service.index_outdated():
            # A script waiting on ``--json`` would otherwise sit silent through a whole build.
            _fail(
                _(
                    "the index was made by another version of warta or for other folders: "
                    "building it again first"
                )
            )
        _update_with_progress(service, rebuild=False)
    return service


def _service_of(
    settings: Settings, corpus: Sequence[str], index_dir: str | None, workspace: Any = None
) -> Any:
    """The search service the flags, variables and settings file name."""
    from warta.search.service import SearchService

    folder = settings.path.parent if settings.path else None
    return SearchService.from_settings(
        corpus,
        index_dir,
        configured_corpus=settings.corpus,
        config_folder=folder,
        workspace=workspace,
    )


def _require_corpus(service: Any, settings: Settings, corpus: Sequence[str]) -> None:
    """One line when a corpus folder is missing or a file, naming it as it was given.
    The reader of articles is imported only to say so: a search never loads it."""
    for root in service.corpora:
        try:
            found = root.is_dir()
        except OSError as error:
            from warta.search.reader import display_path

            # A path past the system's limit (4,096 bytes): "corpus folder not found"
            # sent the user looking for a folder that is there.
            raise WartaError(
                _("cannot use the corpus folder {path}: {reason}").format(
                    path=display_path(root), reason=error.strerror or error
                )
            ) from None
        if not found:
            from warta.search.paths import refuse_corpus_link
            from warta.search.reader import display_path

            refuse_corpus_link(root, corpus, None, settings.corpus)

            # ``--corpus news.jsonl`` is a natural slip: "not found" sent the user looking
            # for a file that is there.
            missing = _not_a_folder(root) or _("corpus folder not found: {path}")
            # A byte that is not UTF-8 is shown as U+FFFD: dropped, "--corpus /tmp/\xff"
            # was said to be "/tmp/", a folder that is there.
            raise WartaError(missing.format(path=display_path(root)))


def _not_a_folder(root: os.PathLike[str]) -> str | None:
    """What ``root`` is where a folder was wanted, or None if nothing is there: a socket
    given as the corpus was said to be "a file", which sent the user looking for one."""
    import stat

    try:
        mode = os.lstat(root).st_mode
    except OSError:
        return None
    if stat.S_ISSOCK(mode):
        return _("{path} is a socket, not a folder; give the folder of the news")
    if stat.S_ISFIFO(mode):
        return _("{path} is a FIFO (named pipe), not a folder; give the folder of the news")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("{path} is a device, not a folder; give the folder of the news")
    return _("{path} is a file, not a folder; give the folder that holds it")


def _console(stderr: bool = False) -> Any:
    """A Rich console for human output: plain text with no trailing spaces when piped, and a
    closed pipe left to ``main`` (Rich itself would exit 1)."""
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    stream = sys.stderr if stderr else sys.stdout
    piped = None if stream.isatty() else cast("IO[str]", _TrimmedLines(stream))
    console = _Console(stderr=stderr, file=piped, highlight=False, soft_wrap=False)
    # COLUMNS=0 (some CI runners and ``docker exec`` set it) made Rich print nothing at
    # all, and a few columns left tables with empty cells.
    console.width = max(console.width, MIN_OUTPUT_WIDTH)
    return console


class _TrimmedLines(io.TextIOBase):
    """A pipe's stream with each line's trailing spaces dropped: Rich pads indented and
    tabular output to the full width, which ``cat -A`` or ``diff`` would show."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        for line in lines:
            self._stream.write(line.rstrip(" ") + "\n")
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._stream.write(self._pending)
            self._pending = ""
        self._stream.flush()

    def isatty(self) -> bool:
        return False


def _update_with_progress(service: Any, rebuild: bool) -> Any:
    """Run an index update with a Rich progress bar on stderr (only when it is a terminal).
    Another warta writing the index is waited for, said once: a second ``warta index``
    during a rebuild gave up after 10 s."""

    def waiting() -> None:
        _fail(_("another warta is indexing this folder; waiting for it to finish (Ctrl+C stops)"))

    console = _console(stderr=True)
    if not console.is_terminal:
        return service.update(rebuild=rebuild, waiting=waiting)
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn(_("Indexing")),
        BarColumn(),
        TextColumn("{task.percentage:>3.0f}%"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("index", total=None)
        return service.update(
            rebuild=rebuild,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
            waiting=waiting,
        )


def _emit_json(value: Any) -> None:
    """Every ``--json`` payload goes out here, each of its strings cleaned (see _clean_json)."""
    # A stdout that cannot encode every character gets JSON's own escapes: still exact.
    ascii_only = not _writes_utf8(sys.stdout)
    sys.stdout.write(json.dumps(_clean_json(value), ensure_ascii=ascii_only, indent=2) + "\n")


def _clean_json(value: Any) -> Any:
    """``value`` with every string, keys too, through ``clean_text``.

    ``json.dumps`` escapes ESC but, with ``ensure_ascii=False``, writes C1 controls (U+009B
    is an 8-bit CSI) and bidi overrides raw; cleaning here, not per field, means no field
    added later can leak. Article text is already clean, so offsets into ``body`` hold.
    """
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(str(key)): _clean_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_clean_json(item) for item in value]
    return value


def _text(value: str | None, style: str = "") -> Any:
    from rich.text import Text

    return Text(clean_line(value or ""), style=style)


def _marked(raw: str, marks: Sequence[tuple[int, int]]) -> Any:
    """Text with the matched words marked. It comes from article text, cleaned when it was
    read; should it still need cleaning, it is shown cleaned and unmarked, never raw."""
    from rich.text import Text

    cleaned = clean_text(raw)
    text = Text(cleaned)
    if cleaned == raw:
        for start, end in marks:
            text.stylize("bold reverse", start, end)
    return text


# -- commands --------------------------------------------------------------------------------------


def cmd_index(args: argparse.Namespace) -> int:
    from warta.tui.skipped import more_skipped

    service = _service(args, build_if_missing=False)
    report = _update_with_progress(service, rebuild=args.rebuild)
    for warning in report.warnings[:INDEX_WARNINGS_SHOWN]:
        _fail(warning_line(warning, PATH_ECHO_LIMIT))
    if more := more_skipped(report, service.index_dir, INDEX_WARNINGS_SHOWN):
        _fail(more)
    _console().print(_text(_index_summary(report)), soft_wrap=True)  # one line for scripts
    return EXIT_OK


def _index_summary(report: UpdateReport) -> str:
    """What ``warta index`` did, with each count in its own singular or plural form; an
    index that needed nothing is said to be up to date, not "indexed"."""
    articles = ngettext("{count} article", "{count} articles", report.articles).format(
        count=_number(report.articles)
    )
    files = ", ".join(
        (
            ngettext("{count} file added", "{count} files added", report.added).format(
                count=_number(report.added)
            ),
            _("{count} changed").format(count=_number(report.changed)),
            _("{count} deleted").format(count=_number(report.deleted)),
            _("{count} unchanged").format(count=_number(report.unchanged)),
        )
    )
    seconds = _number(round(report.seconds, 1))
    if report.added or report.changed or report.deleted or report.rebuilt:
        template = _("{articles} indexed in {seconds} s ({files})")
    else:
        template = _("Index up to date: {articles}, checked in {seconds} s ({files})")
    return template.format(articles=articles, seconds=seconds, files=files)


def hit_json(hit: Hit) -> dict[str, Any]:
    return {
        "id": hit.id,
        "title": hit.title,
        "source": hit.source,
        "date": hit.date.isoformat() if hit.date else None,
        "score": hit.score,
        "snippet": hit.snippet.text,
    }


def cmd_search(args: argparse.Namespace, unusable: WartaError | None = None) -> int:
    """``search``; ``unusable``: why the workspace did not open, said once the search ran
    (the search is not remembered), or, for ``tag:``, as the reason it cannot run (two
    lines said the workspace was not open, the first one why)."""
    from warta.search.query import WorkspaceNeeded

    if args.limit < 1:
        raise UsageError(_("--limit must be at least 1"))
    service = _service(args)
    result = service.search(" ".join(args.query), limit=args.limit, sort=args.sort)
    if result.error and not result.hits:
        if unusable is not None and isinstance(result.problem, WorkspaceNeeded):
            needed = _("{problem}; tag:, is:starred and has:note need it")
            raise WartaError(needed.format(problem=unusable.translated(_)))
        raise result.problem or WartaError(result.error)
    if unusable is not None:
        _fail(_not_remembered(unusable))
    if args.json:
        stories = service.same_story([hit.id for hit in result.hits])
        _emit_json(
            {
                "query": result.query,
                "total": result.total,
                "hits": [{**hit_json(hit), "same_story": stories[hit.id]} for hit in result.hits],
                "suggestion": result.suggestion,
                "notice": result.notice,
                "matched": result.matched,
            }
        )
        return EXIT_OK
    from rich.padding import Padding
    from rich.text import Text

    console = _console()
    for number, hit in enumerate(result.hits, 1):
        _print_hanging(console, Text(f"{number:>3}. ", style="dim"), _text(hit.title, "bold"))
        meta = " · ".join(part for part in (hit.id, hit.source, _date_text(hit.date)) if part)
        snippet = _marked(hit.snippet.text, hit.snippet.marks)
        console.print(Padding(_text(meta, "dim"), (0, 0, 0, 5), expand=False))
        console.print(Padding(snippet, (0, 0, 0, 5), expand=False))
    if result.total:
        shown = ngettext(
            "{shown} of {total} article", "{shown} of {total} articles", result.total
        ).format(shown=_number(len(result.hits)), total=_number(result.total))
    else:
        shown = _("No article matches.")
    console.print(_text(shown, "dim"))
    if result.matched == "some":
        console.print(_text(_("Also articles with only some of the words"), "dim"))
    if result.notices:  # the search was narrowed (a capped fuzzy distance, a cut expansion)
        notice = "; ".join(message.translated(_) for message in result.notices)
        console.print(_text(notice, "dim"))
    if result.suggestion:  # a hint, not output: a script reading stdout never sees it
        hint = _("Did you mean: {query}").format(query=clean_line(result.suggestion))
        sys.stderr.write(f"{excerpt(hint, MESSAGE_LIMIT)}\n")
    if result.error:
        _fail(result.error)
    return EXIT_OK


def _print_hanging(console: Any, lead: Any, text: Any) -> None:
    """``lead`` then ``text``, whose wrapped lines start under its first word, not under
    ``lead`` (a long title stays readable as one block below its number)."""
    from rich.table import Table

    grid = Table.grid()
    grid.add_column(width=lead.cell_len, no_wrap=True)
    grid.add_column()
    grid.add_row(lead, text)
    console.print(grid)


def _number(value: float) -> str:
    """A count or measure as the interface language writes it (``10.000`` / ``10,000``)."""
    from warta.tui.formatting import format_number
    from warta.tui.i18n import current_locale

    return format_number(value, current_locale())


#: Rows past which ``_print_table`` lays a table out itself: Rich lays out every cell as a
#: wrapped paragraph, about a millisecond a row, and ``warta tags`` of 100,000 tags printed
#: nothing for over a minute.
RICH_TABLE_ROWS = 1000
#: Spaces between the columns of a table, as Rich's (a cell's padding on either side).
COLUMN_GAP = 2


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A borderless table of ``rows`` (``Text`` or ``str`` cells) under ``headers``. Past
    ``RICH_TABLE_ROWS`` each row is one line, its columns as wide as their widest cell and
    the widest cut with "…" until the row fits the width, at a cost linear in the cells."""
    from rich.table import Table
    from rich.text import Text

    console = _console()
    if len(rows) <= RICH_TABLE_ROWS:
        table = Table(box=None, pad_edge=False)
        for header in headers:
            table.add_column(header)
        for row in rows:
            table.add_row(*row)
        console.print(table)
        return
    lines = [[Text(header, style="bold") for header in headers]]
    lines += [[cell if isinstance(cell, Text) else Text(cell) for cell in row] for row in rows]
    widths = [max(line[column].cell_len for line in lines) for column in range(len(headers))]
    gaps = COLUMN_GAP * (len(widths) - 1)
    while (over := sum(widths) + gaps - console.width) > 0 and max(widths) > 1:
        widest = widths.index(max(widths))
        widths[widest] -= min(over, widths[widest] - 1)
    shown = Text()
    for line in lines:
        for column, cell in enumerate(line):
            cell.truncate(widths[column], overflow="ellipsis", pad=column < len(line) - 1)
        shown.append_text(Text(" " * COLUMN_GAP).join(line))
        shown.append("\n")
    console.print(shown, soft_wrap=True, end="")


def _date_text(value: Any) -> str:
    if value is None:
        return ""
    from warta.tui.formatting import format_date
    from warta.tui.i18n import current_locale

    return str(format_date(value, current_locale()))


def article_json(article: Article, mentions: Sequence[Mention]) -> dict[str, Any]:
    """``show --json``; each mention says which string (``title`` or ``body``) it indexes."""
    grouped: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        entry = grouped.setdefault(
            mention.key,
            {"id": mention.key, "name": mention.name, "kind": mention.kind, "mentions": []},
        )
        entry["mentions"].append(
            {"field": mention.field, "start": mention.start, "end": mention.end}
        )
    fields: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "byline": article.byline,
        "date": article.date.isoformat() if article.date else None,
        "body": article.body,
        "path": article.path,
        "entities": list(grouped.values()),
    }
    if article.url:
        fields["url"] = article.url
    fields["notices"] = [str(notice) for notice in article.notices]  # English, as all JSON
    return fields


def _article_marks(args: argparse.Namespace, article_id: str) -> dict[str, Any]:
    """What the user put on the article (``show``'s "tags", "starred", "note"): read only
    when a workspace exists (``show`` never creates one), and an unreadable one is said on
    stderr without hiding the article."""
    from warta.search.paths import data_dir
    from warta.search.workspace import FILE_NAME

    marks: dict[str, Any] = {"tags": [], "starred": False, "note": None}
    if not (data_dir(args.data_dir) / FILE_NAME).is_file():
        return marks
    try:
        with _workspace(args) as workspace:
            marks["tags"] = workspace.article_tags(article_id)
            marks["starred"] = workspace.is_starred(article_id)
            marks["note"] = workspace.note(article_id)
    except WartaError as error:
        _fail(error.translated(_))
    return marks


def _print_marks(console: Any, marks: dict[str, Any]) -> None:
    """The star and tags on one line, the note on the next, as the reader's header."""
    line = [_("Starred")] if marks["starred"] else []
    if marks["tags"]:
        line.append(_("Tags: {tags}").format(tags=", ".join(marks["tags"])))
    if line:
        console.print(_text(" · ".join(line), "bold"))
    if marks["note"]:
        console.print(_text(_("Note: {note}").format(note=marks["note"])))


def cmd_show(args: argparse.Namespace) -> int:
    service = _service(args)
    article = _named_article(args)
    mentions = service.article_mentions(article.id)
    marks = _article_marks(args, article.id)
    if args.json:
        quotes = [
            {
                "speaker": quote.speaker,
                "kind": quote.kind,
                "start": quote.start,
                "end": quote.end,
                "quote": quote.text,
            }
            for quote in service.article_quotes(article.id)
        ]
        _emit_json({**article_json(article, mentions), "quotes": quotes, **marks})
        return EXIT_OK
    from rich.text import Text

    console = _console()
    console.print(_text(article.title, "bold"))
    meta = " · ".join(
        part for part in (article.source, article.byline, _date_text(article.date)) if part
    )
    if meta:
        console.print(_text(meta, "dim"))
    console.print(_text(article.path, "dim"))
    _print_marks(console, marks)
    for notice in article.notices:  # what reading the file changed or left out
        console.print(_text(notice.translated(_), "dim"))
    console.print()
    console.print(Text(clean_text(article.body)))
    return EXIT_OK


def entity_json(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "articles": entity.articles,
        "mentions": entity.mentions,
    }


def cmd_entities(args: argparse.Namespace) -> int:
    _at_least_one(args.limit, "--limit")
    service = _service(args)
    found = service.entities(args.kind)[: args.limit]
    if args.json:
        _emit_json([entity_json(entity) for entity in found])
        return EXIT_OK
    _print_table(
        (_("name"), _("kind"), _("articles"), _("mentions"), _("id")),
        [
            (
                _text(entity.name),
                _text(kind_name(entity.kind)),
                _number(entity.articles),
                _number(entity.mentions),
                _text(entity.id, "dim"),
            )
            for entity in found
        ],
    )
    return EXIT_OK


def mention_json(mention: MentionInContext) -> dict[str, Any]:
    return {
        "article": mention.article,
        "title": mention.title,
        "field": mention.field,
        "start": mention.start,
        "end": mention.end,
        "context": mention.context,
    }


def _entity_named(service: Any, name: str) -> Entity:
    """The entity a command names (canonical name, alias or id); else an error that lists
    the closest candidates."""
    entity: Entity = service.named_entity(name)
    return entity


def cmd_mentions(args: argparse.Namespace) -> int:
    _at_least_one(args.limit, "--limit")
    service = _service(args)
    entity = _entity_named(service, " ".join(args.name))
    found = service.mentions(entity.id, args.limit)
    if args.json:
        _emit_json(
            {
                "entity": {"id": entity.id, "name": entity.name, "kind": entity.kind},
                "mentions": [mention_json(mention) for mention in found],
                "total": entity.mentions,
            }
        )
        return EXIT_OK
    from rich.padding import Padding

    console = _console()
    count = ngettext("{count} mention", "{count} mentions", entity.mentions).format(
        count=_number(entity.mentions)
    )
    header = f"{entity.name} ({kind_name(entity.kind)}) · {count}"
    console.print(_text(header, "bold"))
    article = None
    for mention in found:
        if mention.article != article:
            article = mention.article
            console.print(_text(f"{mention.title} · {mention.article}", "dim"))
        line = _marked(mention.context, [(mention.context_start, mention.context_end)])
        console.print(Padding(line, (0, 0, 0, 2), expand=False))
    if len(found) < entity.mentions:
        note = _("the newest {shown} of {total} mentions")
        shown = note.format(shown=_number(len(found)), total=_number(entity.mentions))
        console.print(_text(shown, "dim"))
    return EXIT_OK


def cmd_quotes(args: argparse.Namespace) -> int:
    """What the entity said, newest article first (the quotes stored at index time): the
    newest ``--limit`` (``QUOTE_LIMIT`` unless given), each with its article's citation."""
    from warta.tui.text import quotation
    from warta.tui.widgets.reader import article_citation

    _at_least_one(args.limit, "--limit")
    service = _service(args)
    entity = _entity_named(service, " ".join(args.name))
    total = service.quote_count(entity.id)
    found: list[dict[str, Any]] = []
    cited: dict[str, str] = {}
    for quote in service.quotes(entity.id, args.limit):
        if quote.article not in cited:
            article = service.article(quote.article)
            cited[quote.article] = article_citation(article) if article else quote.title
        found.append(
            {
                "article": quote.article,
                "title": quote.title,
                "date": quote.date,
                "kind": quote.kind,
                "start": quote.start,
                "end": quote.end,
                "quote": quote.text,
                "citation": cited[quote.article],
            }
        )
    if args.json:
        dated = [{**item, "date": item["date"] and item["date"].isoformat()} for item in found]
        _emit_json(
            {
                "entity": {"id": entity.id, "name": entity.name, "kind": entity.kind},
                "quotes": dated,
                "total": total,
            }
        )
        return EXIT_OK
    from rich.padding import Padding

    console = _console()
    count = ngettext("{count} quote", "{count} quotes", total).format(count=_number(total))
    console.print(_text(f"{entity.name} ({kind_name(entity.kind)}) · {count}", "bold"))
    for item in found:
        meta = " · ".join(part for part in (item["title"], _date_text(item["date"])) if part)
        console.print(_text(f"{meta} · {item['article']}", "dim"))
        console.print(
            Padding(
                _text(quotation(item["quote"], item["citation"], item["kind"] == "reported")),
                (0, 0, 0, 2),
                expand=False,
            )
        )
    if len(found) < total:
        note = _("the newest {shown} of {total} quotes")
        console.print(_text(note.format(shown=_number(len(found)), total=_number(total)), "dim"))
    return EXIT_OK


# -- the workspace: saved searches, tags, stars -------------------------------------------------


def _add_save_option(search: argparse.ArgumentParser) -> None:
    search.add_argument("--save", metavar="NAME", help=_("also save the search under NAME"))


def _add_workspace_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    saved = commands.add_parser(
        "saved", parents=[common], help=_("list saved searches, or run one by name")
    )
    saved.add_argument("name", nargs="?", metavar="NAME", help=_("the saved search to run"))
    saved.add_argument("--limit", type=int, default=10, metavar="N", help=_("at most N hits"))
    saved.add_argument(
        "--sort", choices=("score", "date"), default="score", help=_("order of the hits")
    )
    saved.add_argument("--json", action="store_true", help=_("print JSON"))
    unsave = commands.add_parser("unsave", parents=[common], help=_("delete a saved search"))
    unsave.add_argument("name", metavar="NAME", help=_("the saved search to delete"))
    for command, help_text in (
        ("tag", _("tag an article")),
        ("untag", _("remove a tag from an article")),
    ):
        parser = commands.add_parser(command, parents=[common], help=help_text)
        parser.add_argument("id", metavar="ID", help=_("the article id"))
        parser.add_argument("tag", metavar="NAME", help=_("the tag, one word"))
    tags = commands.add_parser("tags", parents=[common], help=_("your tags, with counts"))
    tags.add_argument("--json", action="store_true", help=_("print JSON"))
    for command, help_text in (("star", _("star an article")), ("unstar", _("remove a star"))):
        parser = commands.add_parser(command, parents=[common], help=help_text)
        parser.add_argument("id", metavar="ID", help=_("the article id"))


def _workspace(args: argparse.Namespace) -> Any:
    from warta.search.paths import data_dir
    from warta.search.workspace import Workspace

    return Workspace(data_dir(args.data_dir))


@contextlib.contextmanager
def _open_workspace(args: argparse.Namespace, opened: Any = None) -> Iterator[Any]:
    """The workspace (``opened``, else opened here), open for this command, and the
    service ``_service(args)`` builds searching with it (``tag:``, ``is:starred``,
    ``has:note``)."""
    with opened or _workspace(args) as workspace:
        args.workspace = workspace
        try:
            yield workspace
        finally:
            args.workspace = None


def cmd_search_and_save(args: argparse.Namespace) -> int:
    """``search``, recorded in the history, and with ``--save NAME`` saved too."""
    from warta.search.workspace import clean_name, results_seen

    name = None if args.save is None else clean_name(args.save)  # refused before any output
    query = " ".join(args.query)
    if name is None:
        unusable = _workspace_problem(args)
        if unusable is not None:
            return cmd_search(args, unusable)
    # Recorded and saved before the hits are printed: a reader that closes the pipe early
    # (``| head``) ends warta at the first write, and the search must be kept all the same.
    with _open_workspace(args) as workspace:
        if name is not None:
            workspace.record_search(query)
            workspace.save_search(name, query, *results_seen(_service(args), query))
            _console(stderr=True).print(_text(_("Saved as {name}").format(name=name), "dim"))
        elif workspace.read_only is None:
            try:
                workspace.record_search(query)
            except WartaError as error:  # another program holds it, a full disk: still search
                _fail(_not_remembered(error))
        return cmd_search(args)


def _workspace_problem(args: argparse.Namespace) -> WartaError | None:
    """Why the workspace does not open (None when it does); a search still runs, only
    unremembered and without ``tag:`` (see ``cmd_search``). One that opens only to read
    (another user's, a read-only disk) serves ``tag:`` and says the search is not
    remembered."""
    try:
        with _workspace(args) as workspace:
            if workspace.read_only is not None:
                _fail(_not_remembered(workspace.read_only))
    except WartaError as error:
        return error
    return None


def _not_remembered(problem: WartaError) -> str:
    return _("{problem}; the search is not remembered").format(problem=problem.translated(_))


def saved_json(saved: Any, new: int | None) -> dict[str, Any]:
    from warta.search.workspace import shown_name

    return {
        "name": shown_name(saved.name),
        "query": saved.query,
        "opened": saved.opened.isoformat(),
        "new": new,
    }


def cmd_saved(args: argparse.Namespace) -> int:
    """``saved``: each saved search with what is new since it was last opened;
    ``saved NAME``: run it as ``search`` would, and mark it opened."""
    from warta.search.workspace import listing_state, results_seen

    if args.name is not None:
        from warta.search.workspace import typed_name

        with _open_workspace(args) as workspace:
            saved = workspace.saved_search(args.name)
            if saved is None:
                typed_name(args.name)  # blank: refused, not "no saved search named" nothing
                raise WartaError(_("no saved search named {name}").format(name=excerpt(args.name)))
            args.query = [saved.query]
            # Marked before the hits are printed, as ``search --save`` saves (``| head``).
            seen, index = results_seen(_service(args), saved.query)
            try:
                workspace.mark_opened(saved.name, seen, index)
            except WartaError as error:  # a read-only disk's, or another program writing it
                _fail(_not_remembered(error))
            return cmd_search(args)
    import time

    from warta.search.workspace import nothing_new

    with _open_workspace(args) as workspace:
        service = _service(args)
        found: dict[str, list[str] | WartaError] = {}  # one search for each query listed
        saved_searches = workspace.saved_searches()
        state = listing_state(service) if saved_searches else None
        # A table is read by someone waiting: past the budget, what needs a run is left for
        # the next listing (``--json`` is read by a program, which wants every count).
        deadline = time.monotonic() + (float("inf") if args.json else SAVED_COUNT_SECONDS)
        listed: list[tuple[Any, int | None]] = []
        uncounted: set[str] = set()
        for saved in saved_searches:
            if found and time.monotonic() >= deadline and not nothing_new(saved, state):
                uncounted.add(saved.name)
                listed.append((saved, None))
            else:
                listed.append((saved, _new_since_opened(workspace, service, saved, state, found)))
        workspace.note_nothing_new(listed, state)
    if args.json:
        _emit_json([saved_json(saved, new) for saved, new in listed])
        return EXIT_OK
    if not listed:
        _console().print(_text(_("No saved searches yet: warta search --save NAME QUERY"), "dim"))
        return EXIT_OK
    from warta.search.workspace import shown_name
    from warta.tui.formatting import local_time

    def counted(saved: Any, new: int | None) -> Any:
        if saved.name in uncounted:
            return _text(_("not counted"), "dim")
        return _text(_("query error")) if new is None else _number(new)

    _print_table(
        (_("name"), _("query"), _("last opened"), _("new")),
        [
            (
                _text(shown_name(saved.name), "bold"),
                _text(saved.query),
                local_time(saved.opened).strftime("%Y-%m-%d %H:%M"),
                counted(saved, new),
            )
            for saved, new in listed
        ],
    )
    if uncounted:
        said = ngettext(
            "{count} saved search not counted yet: warta saved again counts on",
            "{count} saved searches not counted yet: warta saved again counts on",
            len(uncounted),
        )
        _console().print(_text(said.format(count=_number(len(uncounted))), "dim"))
    return EXIT_OK


def cmd_unsave(args: argparse.Namespace) -> int:
    """``unsave NAME``: delete a saved search, as ``search --save NAME`` made it."""
    from warta.search.workspace import shown_name, typed_name

    with _workspace(args) as workspace:
        forgotten = workspace.forget_search(args.name)
    if forgotten is None:
        typed_name(args.name)  # blank: refused, not "No saved search named" nothing
    return _report(
        forgotten is not None,
        _("Deleted the saved search {name}"),
        _("No saved search named {name}"),
        name=shown_name(forgotten.name if forgotten else args.name),
    )


def _new_since_opened(
    workspace: Any,
    service: Any,
    saved: Any,
    index: str | None,
    found: dict[str, list[str] | WartaError],
) -> int | None:
    """A saved search's new articles (none, unrun, while the index is in the state
    ``index`` it was opened on); None, said on stderr, when its query no longer runs
    (one such search hid every other one from ``warta saved``), as the explorer's list
    says "query error". ``found`` keeps each query's hits for the next search saved with
    the same query."""
    from warta.search.workspace import nothing_new, result_ids

    if nothing_new(saved, index):
        return 0
    try:
        if saved.query not in found:
            try:
                found[saved.query] = result_ids(service, saved.query)
            except WartaError as error:
                found[saved.query] = error
        ids = found[saved.query]
        if isinstance(ids, WartaError):
            raise ids
        return int(workspace.new_since_opened(saved.name, ids))
    except WartaError as error:
        problem = error.translated(_)
        _fail(_("saved search {name}: {problem}").format(name=excerpt(saved.name), problem=problem))
        return None


_T = TypeVar("_T")

#: Ids listed when a short id starts several.
AMBIGUOUS_IDS_SHOWN = 5


def _named_article(args: argparse.Namespace) -> Article:
    """The article ``args.id`` names: that id, or the one id that starts with it (as git
    takes a commit's first letters); refused when the index has no such article, or when
    the start fits several."""
    service = _service(args)
    given = str(args.id)
    article = next(filter(None, map(service.article, _whole_ids(service, given))), None)
    if article is None:
        start = _id_typed(given)
        found = service.article_ids(start, AMBIGUOUS_IDS_SHOWN + 1)
        if not found:  # typed in another case: the one id that is it whole, else a start
            found = service.article_ids(start, AMBIGUOUS_IDS_SHOWN + 1, any_case=True)
            if found and found[0].casefold() == start.casefold():
                found = [same for same in found if same.casefold() == start.casefold()]
        if len(found) > 1:
            shown = ", ".join(excerpt(found_id) for found_id in found[:AMBIGUOUS_IDS_SHOWN])
            more = ", …" if len(found) > AMBIGUOUS_IDS_SHOWN else ""
            message = _("{id} starts several article ids: {ids}")
            raise WartaError(message.format(id=excerpt(given), ids=shown + more))
        article = service.article(found[0]) if found else None
    if article is None:
        raise WartaError(_("no article with id {id}").format(id=excerpt(given)))
    return article


def _whole_ids(service: Any, given: str) -> Iterator[str]:
    """The whole ids ``given`` may mean, in order: as typed; as shown, for ids are kept as
    they are shown (a .jsonl line's id "x" ESC "[31m" is the article "x", which that id,
    copied from the file, named as "no article with id x"); in fullwidth forms folded
    (``０００_a``, as an East Asian keyboard types it), as search reads it; then the file's
    name (``seeds/a.txt``) as a shell completes it. Only whole ids: a start cut short by a
    dropped byte is no id."""
    shown = clean_line(given)
    folded = unicodedata.normalize("NFKC", shown)
    typed = _id_typed(shown)
    yield from dict.fromkeys(name for name in (given, shown, folded, typed) if name)
    # The file's name as typed too: one with a byte that is not UTF-8 (``berita$'\xff'.txt``,
    # completed by the shell) has an id with a digest of its raw bytes, which cleaning loses.
    for path in dict.fromkeys((typed, given)):
        yield from (name for name in _file_ids(service, path) if name)


#: Quotes an id may come wrapped in when copied from a page, a chat or a spreadsheet
#: (``show “002_c0de…”``), beyond the shell's own, which it removes.
ID_QUOTES = "\"'`“”‘’„‟‚‛«»‹›「」『』"


def _id_typed(given: str) -> str:
    """The id ``given`` spells: compatibility forms folded, without the spaces and quotes
    around it (``“002_c0de…”`` was "no article with id “002_c0de…”"). Not cleaned: a
    byte that is not UTF-8 stays, so that ``0`` and that byte is no start of every id."""
    return unicodedata.normalize("NFKC", given).strip().strip(ID_QUOTES).strip()


def _file_ids(service: Any, given: str) -> list[str]:
    """The ids the article file ``given`` has, if it is one: its path below a corpus folder
    without the extension, or the name as given without it. ``show seeds/a.txt`` or
    ``show a.txt``, the name a shell completes, was "no article with id a.txt"."""
    from pathlib import Path

    from warta.search.reader import FORMATS, CorpusFile

    suffix = os.path.splitext(given)[1]
    if FORMATS.get(suffix.lower()) not in ("text", "markdown"):
        if os.sep not in given:
            return []
        # A path without the extension (``seeds/a``, a shell's completion cut short, an id
        # pasted after its folder): the id below the corpus folder, as for a file's path.
        suffix = ""
    path = Path(given).expanduser()
    ids = []
    end = len(given) - len(suffix)
    for whole in dict.fromkeys((Path(os.path.abspath(path)), path.resolve())):
        for root in service.corpora:
            if whole.is_relative_to(root) and whole != root:
                relative = whole.relative_to(root).as_posix()
                name = relative[: len(relative) - len(suffix)]
                ids.append(CorpusFile(root, str(whole), name, 0, 0).rel_id)
    ids.append(CorpusFile(Path(), given, given[:end], 0, 0).rel_id)
    return list(dict.fromkeys(ids))


def _known_article(args: argparse.Namespace) -> str:
    """The id of the article ``args.id`` names (:func:`_named_article`)."""
    return _named_article(args).id


def _is_given(value: object) -> bool:
    return value is not None


def _marks_of(
    args: argparse.Namespace, act: Callable[[Any, str], _T], found: Callable[[_T], bool]
) -> tuple[str, _T]:
    """``act`` on the workspace marks of the article ``args.id`` names, and that article's
    id: the id as given first (marks stay removable after their article left the index),
    else the article it names in the index (:func:`_known_article`). An id no workspace
    can hold (a byte that is not UTF-8, ``warta note $'\\xff'``) has no marks: looking it
    up raised UnicodeEncodeError, with a traceback."""
    from warta.search.service import storable

    if storable(args.id):
        with _workspace(args) as workspace:
            result = act(workspace, args.id)
        if found(result):
            return str(args.id), result
    article_id = _known_article(args)
    if article_id != args.id:
        with _workspace(args) as workspace:
            result = act(workspace, article_id)
    return article_id, result


def _report(changed: bool, done: str, unchanged: str, **fields: str) -> int:
    """One line saying what a tag or star command did, or that nothing needed doing."""
    clean = {key: clean_line(value) for key, value in fields.items()}
    _console().print(_text((done if changed else unchanged).format(**clean)), soft_wrap=True)
    return EXIT_OK


def cmd_tag(args: argparse.Namespace) -> int:
    from warta.search.workspace import clean_tag

    tag = clean_tag(args.tag)
    article_id = _known_article(args)
    with _workspace(args) as workspace:
        stored, added = workspace.tag(article_id, tag)
    return _report(
        added, _("Tagged {id} {tag}"), _("{id} already has tag {tag}"), id=article_id, tag=stored
    )


def cmd_untag(args: argparse.Namespace) -> int:
    from warta.search.workspace import typed_name

    article_id, removed = _marks_of(
        args, lambda marks, id_: marks.untag(id_, args.tag), lambda tag: tag is not None
    )
    if removed is None:
        typed_name(args.tag, "tag")  # blank: refused, not "has no tag" naming nothing
    return _report(
        removed is not None,
        _("Removed tag {tag} from {id}"),
        _("{id} has no tag {tag}"),
        id=article_id,
        tag=removed or args.tag,
    )


def cmd_tags(args: argparse.Namespace) -> int:
    with _workspace(args) as workspace:
        found = workspace.tags()
    if args.json:
        _emit_json([{"tag": tag, "articles": count} for tag, count in found])
        return EXIT_OK
    if not found:
        _console().print(_text(_("No tags yet: warta tag ID NAME"), "dim"))
        return EXIT_OK
    _print_table((_("tag"), _("articles")), [(_text(tag), _number(count)) for tag, count in found])
    return EXIT_OK


def cmd_star(args: argparse.Namespace) -> int:
    article_id = _known_article(args)
    with _workspace(args) as workspace:
        changed = workspace.star(article_id)
    return _report(changed, _("Starred {id}"), _("{id} is already starred"), id=article_id)


def cmd_unstar(args: argparse.Namespace) -> int:
    article_id, changed = _marks_of(args, lambda marks, id_: marks.unstar(id_), bool)
    return _report(changed, _("Removed the star from {id}"), _("{id} has no star"), id=article_id)


# -- settings: config.toml ---------------------------------------------------------------------


def _settings_of(args: Sequence[str]) -> Settings:
    """The settings file ``--config`` or ``WARTA_CONFIG`` names, else the default one."""
    path, source = config_file(_early_value(args, "--config"))
    return load_settings(path, required=source != FROM_DEFAULT)


def _asks_config_path(args: Sequence[str]) -> bool:
    command = _first_positional(args)
    return command is not None and args[command] == "config" and "--path" in args


def _add_config_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    config = commands.add_parser(
        "config", parents=[common], help=_("where the settings file is, and what is in force")
    )
    # Not required: a bare "warta config" said only that a flag was missing, where the
    # command's own description promises the settings in force (as "gh config list").
    asked = config.add_mutually_exclusive_group()
    asked.add_argument("--path", action="store_true", help=_("print where the settings file is"))
    asked.add_argument(
        "--show",
        action="store_true",
        help=_("print each setting in force and where it is from (the default)"),
    )
    config.add_argument("--json", action="store_true", help=_("print JSON"))


def cmd_config(args: argparse.Namespace) -> int:
    """``config --path``: the settings file's place; ``config --show`` (or ``config``
    alone): every setting in force, and whether a flag, a variable, the file or the
    default gave it."""
    path, source = config_file(args.config)
    if args.path:
        if args.json:
            _emit_json({"path": str(path), "source": source, "exists": path.is_file()})
        else:
            _console().print(_text(str(path)), soft_wrap=True)
        return EXIT_OK
    in_force = _settings_in_force(args)
    if args.json:
        _emit_json(
            {
                "file": {"path": str(path), "source": source, "exists": path.is_file()},
                "settings": {
                    name: {"value": value, "source": where} for name, value, where in in_force
                },
            }
        )
        return EXIT_OK

    console = _console()
    found = "" if path.is_file() else " " + _("(not found: the defaults apply)")
    console.print(_text(_("Settings file: {path}").format(path=path) + found), soft_wrap=True)
    _print_table(
        (_("setting"), _("value"), _("from")),
        [
            (_text(name, "bold"), _text(_shown_setting(value)), _text(where, "dim"))
            for name, value, where in in_force
        ],
    )
    return EXIT_OK


def _settings_in_force(args: argparse.Namespace) -> list[tuple[str, Any, str]]:
    """(setting, value, source) for every setting, resolved by the same functions the
    commands and the explorer use."""
    from warta.search.paths import ENTITIES_ENV, corpus_choice, user_entities_file
    from warta.tui.config import (
        DEFAULT_THEME,
        EDITOR_DEFAULT,
        EDITOR_VARIABLES,
        FROM_FILE,
        PAGER_DEFAULT,
        PAGER_VARIABLES,
        Choice,
        first_choice,
        program_candidates,
    )
    from warta.tui.i18n import DEFAULT_LANGUAGE, language_sources
    from warta.tui.outside import system_opener
    from warta.tui.watch import should_watch

    settings: Settings = args.settings

    def from_file(name: str) -> str:
        return FROM_FILE if name in settings.given else FROM_DEFAULT

    roots, corpus_source = corpus_choice(args.corpus, None, settings.corpus)
    language = first_choice(language_sources(args.lang, None, settings.language))
    opener = settings.opener or (" ".join(system_opener() or []) or None)
    entities = user_entities_file(None, settings.path.parent if settings.path else None)
    entities_source = ENTITIES_ENV if os.environ.get(ENTITIES_ENV, "").strip() else FROM_DEFAULT
    pager = first_choice(program_candidates(settings.pager, PAGER_VARIABLES))
    editor = first_choice(program_candidates(settings.editor, EDITOR_VARIABLES))
    return [
        ("corpus", [str(root) for root in roots], corpus_source),
        (
            "language",
            (language_of(language.value) if language else None) or DEFAULT_LANGUAGE,
            language.source if language else FROM_DEFAULT,
        ),
        ("theme", settings.theme or DEFAULT_THEME, from_file("theme")),
        ("page_size", settings.page_size, from_file("page_size")),
        *(
            (name, chosen.value, chosen.source)
            for name, chosen in (
                ("pager", pager or Choice(PAGER_DEFAULT, FROM_DEFAULT)),
                ("editor", editor or Choice(EDITOR_DEFAULT, FROM_DEFAULT)),
            )
        ),
        ("opener", opener, from_file("opener")),
        ("keys", dict(settings.keys), from_file("keys")),
        ("watch", should_watch(settings.watch, roots), from_file("watch")),
        ("trusted", [str(folder) for folder in settings.trusted], from_file("trusted")),
        ("entities", str(entities) if entities else None, entities_source),
    ]


def _shown_setting(value: Any) -> str:
    """A setting's value as one line of ``config --show``."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(value) or "-"
    if isinstance(value, dict):
        return ", ".join(f"{name} = {key}" for name, key in value.items()) or "-"
    return str(value)


COMMAND_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "index": cmd_index,
    "search": cmd_search_and_save,
    "show": cmd_show,
    "entities": cmd_entities,
    "mentions": cmd_mentions,
    "quotes": cmd_quotes,
    "saved": cmd_saved,
    "unsave": cmd_unsave,
    "tag": cmd_tag,
    "untag": cmd_untag,
    "tags": cmd_tags,
    "star": cmd_star,
    "unstar": cmd_unstar,
    "config": cmd_config,
}


# -- notes, search history and export -----------------------------------------------------------


def _add_notes_history_export_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    from warta.search.export import FORMATS

    note = commands.add_parser(
        "note", parents=[common], help=_("print, write or clear an article's note")
    )
    note.add_argument("id", metavar="ID", help=_("the article id"))
    note.add_argument("text", nargs="*", metavar="TEXT", help=_("the note (replaces the old one)"))
    note.add_argument("--clear", action="store_true", help=_("remove the note"))
    note.add_argument("--json", action="store_true", help=_("print JSON"))
    history = commands.add_parser(
        "history", parents=[common], help=_("the searches you ran, most recent first")
    )
    history.add_argument(
        "containing", nargs="?", default="", metavar="TEXT", help=_("only those containing TEXT")
    )
    history.add_argument("--limit", type=int, default=50, metavar="N", help=_("at most N"))
    history.add_argument("--json", action="store_true", help=_("print JSON"))
    export = commands.add_parser(
        "export", parents=[common], help=_("write every hit, a tag, a saved search or mentions")
    )
    export.add_argument("query", nargs="*", metavar="QUERY", help=_("the query"))
    export.add_argument(
        "--format", choices=FORMATS, help=_("csv, jsonl or md (default: from -o, else csv)")
    )
    export.add_argument("-o", "--output", metavar="FILE", help=_("write to FILE (default: stdout)"))
    export.add_argument("--force", action="store_true", help=_("replace FILE if it exists"))
    export.add_argument("--bom", action="store_true", help=_("start with a UTF-8 BOM (for Excel)"))
    source = export.add_mutually_exclusive_group()
    source.add_argument("--tag", metavar="NAME", help=_("the articles with this tag"))
    source.add_argument("--saved", metavar="NAME", help=_("the hits of this saved search"))
    source.add_argument("--entity", metavar="NAME", help=_("this entity's mentions, with quotes"))


def cmd_note(args: argparse.Namespace) -> int:
    """``note ID``: print the note; ``note ID TEXT``: write it; ``note ID --clear``."""
    text = " ".join(args.text)
    if args.clear and text:
        raise UsageError(_("--clear takes no TEXT"))
    if args.clear:
        article_id, changed = _marks_of(args, lambda marks, id_: marks.clear_note(id_), bool)
        if args.json:
            _emit_json({"id": article_id, "note": None})
            return EXIT_OK
        return _report(
            changed, _("Removed the note from {id}"), _("{id} has no note"), id=article_id
        )
    if text:
        article_id = _known_article(args)
        with _workspace(args) as workspace:
            note: str | None = workspace.set_note(article_id, text)
        if not args.json:
            return _report(True, _("Noted on {id}"), "", id=article_id)
    else:
        article_id, note = _marks_of(args, lambda marks, id_: marks.note(id_), _is_given)
    if args.json:  # the note in force, also after writing one (it printed a line of text)
        _emit_json({"id": article_id, "note": note})
    elif note is None:
        hint = _("{id} has no note: warta note ID TEXT").format(id=excerpt(article_id))
        sys.stderr.write(f"{excerpt(hint, MESSAGE_LIMIT)}\n")
    else:
        _console().print(_text(note), soft_wrap=True)
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError(_("--limit must be at least 1"))
    with _workspace(args) as workspace:
        found = workspace.history(args.containing, args.limit)
    if args.json:
        _emit_json(
            [{"query": entry.query, "searched": entry.searched.isoformat()} for entry in found]
        )
        return EXIT_OK
    if not found:
        empty = (
            _("No search in the history contains {text}").format(text=excerpt(args.containing))
            if args.containing
            else _("No searches yet: warta search QUERY")
        )
        _console().print(_text(empty, "dim"))
        return EXIT_OK
    from rich.text import Text
    from warta.tui.formatting import local_time

    console = _console()
    for entry in found:
        when = local_time(entry.searched).strftime("%Y-%m-%d %H:%M")
        console.print(Text.assemble((when, "dim"), "  ", _text(entry.query)), soft_wrap=True)
    return EXIT_OK


#: The file name ``export -o`` takes for standard output.
STDOUT_NAME = "-"


def cmd_export(args: argparse.Namespace) -> int:
    """Stream the rows of one source (a query, ``--tag``, ``--saved``, ``--entity``) to
    stdout or, whole or not at all, to ``-o FILE``."""
    from pathlib import Path

    from warta.search import export

    query = " ".join(args.query)
    if bool(query) == bool(args.tag or args.saved or args.entity):
        raise UsageError(_("export takes a QUERY or one of --tag, --saved, --entity"))
    _file_name(args.output, "-o")
    # ``-o -`` is stdout, as for every tool that takes -o (it wrote a file named "-").
    output = Path(args.output) if args.output and args.output != STDOUT_NAME else None
    fmt = args.format or export.format_for(output)
    columns = export.MENTION_COLUMNS if args.entity else export.ARTICLE_COLUMNS
    with _export_workspace(args) as workspace:
        service = _service(args)
        if args.tag:
            rows = export.tag_rows(service, workspace, args.tag)
        elif args.saved:
            saved = workspace.saved_search(args.saved)
            if saved is None:
                raise WartaError(_("no saved search named {name}").format(name=excerpt(args.saved)))
            rows = export.query_rows(service, saved.query)
        elif args.entity:
            rows = export.mention_rows(service, _entity_named(service, args.entity))
        else:
            rows = export.query_rows(service, query)

        def write(stream: Any) -> int:
            return export.write_rows(
                rows,
                stream,
                fmt,
                columns,
                bom=args.bom,
                format_date=_date_text,
                untitled=_("[untitled]"),
            )

        if output is None:
            write(sys.stdout)
            return EXIT_OK
        count = export.export_to_file(output, write, force=args.force, corpora=service.corpora)
    done = ngettext("Exported {count} row to {path}", "Exported {count} rows to {path}", count)
    message = done.format(count=_number(count), path=clean_line(str(output)))
    _console(stderr=True).print(_text(message, "dim"), soft_wrap=True)
    return EXIT_OK


@contextlib.contextmanager
def _export_workspace(args: argparse.Namespace) -> Iterator[Any]:
    """The workspace for ``export``, or None when it cannot be opened and the export does
    not need it: a query's or an entity's articles are exported all the same, as ``search``
    runs, with one line saying the workspace was left out (export refused, though its rows
    hold nothing of the workspace). ``--tag`` and ``--saved`` are read from it, and a query
    with ``tag:``, ``is:starred`` or ``has:note`` is refused by the search itself."""
    if args.tag or args.saved:
        with _open_workspace(args) as workspace:
            yield workspace
        return
    try:
        opened = _workspace(args)
    except WartaError as error:
        _fail(_("{problem}; exported without it").format(problem=error.translated(_)))
        yield None
        return
    with _open_workspace(args, opened) as workspace:
        yield workspace


COMMAND_HANDLERS.update({"note": cmd_note, "history": cmd_history, "export": cmd_export})


# -- investigation views: related entities, coverage over time, more like this ----------------

#: Rows ``related-entities`` lists (and writes as edges) unless ``--limit`` says otherwise.
RELATED_LIMIT = 30
#: Shared sentences ``related-entities --pair`` lists unless ``--limit`` says otherwise.
PAIR_LIMIT = 50
#: Cells of the longest bar of ``warta timeline``.
BAR_CELLS = 40
EDGE_FORMATS = (".csv", ".graphml")


def _add_views_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    related = commands.add_parser(
        "related-entities",
        parents=[common],
        help=_("the entities named with an entity, most strongly associated first"),
    )
    related.add_argument("name", nargs="+", metavar="NAME", help=_("name, alias or id"))
    related.add_argument(
        "--scope",
        choices=("sentence", "article"),
        default="sentence",
        help=_("together in one sentence or one article"),
    )
    related.add_argument(
        "--min-count", type=int, default=None, metavar="N", help=_("seen together N times at least")
    )
    related.add_argument("--limit", type=int, default=None, metavar="N", help=_("at most N rows"))
    related.add_argument(
        "--pair", nargs="+", metavar="OTHER", help=_("list the sentences naming both")
    )
    related.add_argument(
        "--edges", metavar="FILE", help=_("write the edges for Gephi (.csv or .graphml)")
    )
    related.add_argument("--force", action="store_true", help=_("replace FILE if it exists"))
    related.add_argument("--json", action="store_true", help=_("print JSON"))
    timeline = commands.add_parser(
        "timeline", parents=[common], help=_("articles per day, week or month")
    )
    timeline.add_argument("query", nargs="*", metavar="QUERY", help=_("the query"))
    timeline.add_argument(
        "--by", choices=("day", "week", "month"), default="month", help=_("the period")
    )
    timeline.add_argument("--entity", nargs="+", metavar="NAME", help=_("an entity, not a query"))
    timeline.add_argument("--json", action="store_true", help=_("print JSON"))
    like = commands.add_parser(
        "like", parents=[common], help=_("articles like one, and its copies of the same story")
    )
    like.add_argument("id", metavar="ID", help=_("the article id"))
    like.add_argument("--limit", type=int, default=10, metavar="N", help=_("at most N hits"))
    like.add_argument("--json", action="store_true", help=_("print JSON"))


def _entity_json(entity: Entity) -> dict[str, Any]:
    return {"id": entity.id, "name": entity.name, "kind": entity.kind}


def _file_name(value: str | None, option: str) -> None:
    """A file option given a blank name is refused: ``-o ''`` went to stdout and
    ``--edges ''`` wrote nothing, both without a word."""
    if value is not None and not value.strip():
        raise UsageError(_("{option} needs a file name").format(option=option))
    from warta.search.export import names_a_folder

    if value is not None and names_a_folder(value):
        raise UsageError(
            _("{option} needs a file name, not a folder: {name}").format(
                option=option, name=excerpt(value)
            )
        )


def _at_least_one(value: int | None, option: str) -> None:
    if value is not None and value < 1:
        raise UsageError(_("{option} must be at least 1").format(option=option))


def cmd_related_entities(args: argparse.Namespace) -> int:
    """``related-entities NAME``: ranked associates; ``--pair OTHER`` their shared sentences;
    ``--edges FILE`` the ranked list as a Gephi edge list."""
    from warta.search.related import MIN_COUNT

    _at_least_one(args.limit, "--limit")
    _at_least_one(args.min_count, "--min-count")
    _file_name(args.edges, "--edges")
    if args.edges and not args.edges.lower().endswith(EDGE_FORMATS):
        raise UsageError(_("--edges FILE must end in .csv or .graphml"))
    service = _service(args)
    entity = _entity_named(service, " ".join(args.name))
    if args.pair:
        return _print_pair(service, entity, _entity_named(service, " ".join(args.pair)), args)
    min_count = MIN_COUNT if args.min_count is None else args.min_count
    found = service.related_entities(
        entity.id, args.scope, min_count=min_count, limit=args.limit or RELATED_LIMIT
    )
    if args.edges:
        count = _write_edges(args.edges, entity, found, args.scope, force=args.force)
        note = ngettext("Wrote {count} edge to {file}", "Wrote {count} edges to {file}", count)
        _console(stderr=True).print(
            _text(note.format(count=_number(count), file=clean_line(args.edges)), "dim")
        )
    if args.json:
        _emit_json(
            {
                "entity": _entity_json(entity),
                "scope": args.scope,
                "min_count": min_count,
                "related": [
                    {
                        **_entity_json(item.entity),
                        "sentences": item.sentences,
                        "articles": item.articles,
                        "score": item.score,
                    }
                    for item in found
                ],
            }
        )
        return EXIT_OK
    from rich.text import Text

    console = _console()
    title = (
        _("{name} ({kind}): named in the same sentence")
        if args.scope == "sentence"
        else _("{name} ({kind}): named in the same article")
    )
    console.print(_text(title.format(name=entity.name, kind=kind_name(entity.kind)), "bold"))
    if not found:
        console.print(_text(_("No entity is named with it often enough."), "dim"))
    width = max((len(_number(item.score)) for item in found), default=0)
    for item in found:
        sentences = ngettext("{count} sentence", "{count} sentences", item.sentences)
        articles = ngettext("{count} article", "{count} articles", item.articles)
        counts = " · ".join(
            (
                sentences.format(count=_number(item.sentences)),
                articles.format(count=_number(item.articles)),
            )
        )
        name = f"{item.entity.name} ({kind_name(item.entity.kind)})"
        score = Text(f"{_number(item.score).rjust(width)}  ")  # clean_line would strip the padding
        console.print(Text.assemble(score, _text(f"{name} · {counts}")))
    return EXIT_OK


def _print_pair(service: Any, entity: Entity, other: Entity, args: argparse.Namespace) -> int:
    found = service.shared_sentences(entity.id, other.id, limit=args.limit or PAIR_LIMIT)
    if args.json:
        _emit_json(
            {
                "entity": _entity_json(entity),
                "other": _entity_json(other),
                "sentences": [
                    {
                        "article": item.article,
                        "title": item.title,
                        "date": item.date.isoformat() if item.date else None,
                        "field": item.field,
                        "start": item.start,
                        "end": item.end,
                        "text": item.text,
                        "marks": [list(mark) for mark in item.marks],
                    }
                    for item in found
                ],
            }
        )
        return EXIT_OK
    from rich.padding import Padding

    console = _console()
    count = ngettext("{count} sentence", "{count} sentences", len(found)).format(
        count=_number(len(found))
    )
    console.print(_text(f"{entity.name} + {other.name} · {count}", "bold"))
    for item in found:
        meta = " · ".join(
            part for part in (item.title, _date_text(item.date), item.article) if part
        )
        console.print(_text(meta, "dim"))
        console.print(Padding(_marked(item.text, item.marks), (0, 0, 0, 2), expand=False))
    return EXIT_OK


def _write_edges(
    path: str, entity: Entity, related: Sequence[Any], scope: str, *, force: bool
) -> int:
    """The entity's edges to each related one, as Gephi imports them: a CSV edge list
    (Source, Target, Weight, ...) or GraphML with the nodes' names and kinds. Written as an
    export is (search.export): whole or not at all, an existing file kept unless ``force``."""
    import csv
    from pathlib import Path
    from xml.sax.saxutils import quoteattr

    from warta.search.export import export_to_file, spreadsheet_safe

    rows = [
        (item.entity, item.sentences if scope == "sentence" else item.articles, item)
        for item in related
    ]

    def write(out: TextIO) -> int:
        if path.lower().endswith(".csv"):
            writer = csv.writer(out)
            writer.writerow(("Source", "Target", "Weight", "Sentences", "Articles", "Score"))
            for other, weight, item in rows:
                writer.writerow(
                    (
                        spreadsheet_safe(clean_line(entity.name)),
                        spreadsheet_safe(clean_line(other.name)),
                        weight,
                        item.sentences,
                        item.articles,
                        item.score,
                    )
                )
        else:
            out.write(
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
                '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n'
                '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>\n'
                '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n'
                '  <key id="score" for="edge" attr.name="score" attr.type="double"/>\n'
                '  <graph edgedefault="undirected">\n'
            )
            for node in (entity, *(other for other, _, _ in rows)):
                out.write(
                    f"    <node id={quoteattr(_xml_value(node.id))}>"
                    f'<data key="label">{_xml_text(node.name)}</data>'
                    f'<data key="kind">{_xml_text(node.kind)}</data></node>\n'
                )
            for other, weight, item in rows:
                out.write(
                    f"    <edge source={quoteattr(_xml_value(entity.id))}"
                    f" target={quoteattr(_xml_value(other.id))}>"
                    f'<data key="weight">{weight}</data>'
                    f'<data key="score">{item.score}</data></edge>\n'
                )
            out.write("  </graph>\n</graphml>\n")
        return len(rows)

    return export_to_file(Path(path), write, force=force)


#: What XML 1.0 does not allow in a document, once ``clean_line`` has removed the controls:
#: U+FFFE and U+FFFF in an entity's name made the whole GraphML file unreadable.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_value(value: str) -> str:
    """``value`` as one clean line XML can hold (still to be escaped)."""
    return _NOT_XML.sub("", clean_line(value))


def _xml_text(value: str) -> str:
    from xml.sax.saxutils import escape

    return escape(_xml_value(value))


def _period_label(start: Any, by: str) -> str:
    """A period as the interface language writes it (Babel, through tui.formatting)."""
    from warta.tui.formatting import format_coverage_period
    from warta.tui.i18n import current_locale

    return format_coverage_period(start, by, current_locale())


def cmd_timeline(args: argparse.Namespace) -> int:
    """``timeline QUERY`` or ``timeline --entity NAME``: articles per period, as bars."""
    from warta.search.coverage import period_key

    if bool(args.query) == bool(args.entity):
        raise UsageError(_("give a query or --entity NAME (one of them)"))
    service = _service(args)
    subject: dict[str, Any]
    if args.entity:
        entity = _entity_named(service, " ".join(args.entity))
        found = service.entity_timeline(entity.id, args.by)
        subject = {"entity": _entity_json(entity)}
        heading = entity.name
    else:
        query = " ".join(args.query)
        found = service.timeline(query, args.by)
        subject = {"query": query}
        heading = query
    labels = [_period_label(period.start, args.by) for period in found.periods]
    if args.json:
        _emit_json(
            {
                **subject,
                "by": args.by,
                "periods": [
                    {
                        "period": period_key(period.start, args.by),
                        "start": period.start.isoformat(),
                        "label": label,
                        "articles": period.articles,
                    }
                    for period, label in zip(found.periods, labels, strict=True)
                ],
                "undated": found.undated,
                "total": found.total,
            }
        )
        return EXIT_OK
    from rich.text import Text
    from warta.search.coverage import Gap, with_gaps
    from warta.tui.formatting import format_gap, text_bar
    from warta.tui.i18n import current_locale

    console = _console()
    total = ngettext("{count} article", "{count} articles", found.total).format(
        count=_number(found.total)
    )
    console.print(_text(f"{heading} · {total}", "bold"))
    width = max(map(len, labels), default=0)
    most = max((period.articles for period in found.periods), default=0)
    for period in with_gaps(found):  # a run of empty days is one line, as in the explorer
        if isinstance(period, Gap):
            console.print(_text(format_gap(period.periods, args.by, current_locale()), "dim"))
            continue
        label = _period_label(period.start, args.by)
        bar = text_bar(period.articles, most, BAR_CELLS)
        count = _number(period.articles).rjust(6)
        console.print(Text.assemble(_text(label), f"{' ' * (width - len(label))}  {count} {bar}"))
    if found.undated:
        console.print(_text(_("undated: {count}").format(count=_number(found.undated)), "dim"))
    return EXIT_OK


def cmd_like(args: argparse.Namespace) -> int:
    """``like ID``: the articles most like one, and the copies of its story."""
    if args.limit < 1:
        raise UsageError(_("--limit must be at least 1"))
    service = _service(args)
    article_id = _known_article(args)
    found = service.more_like(article_id, args.limit)
    if found is None:  # gone since: an update published another generation in between
        raise WartaError(_("no article with id {id}").format(id=excerpt(args.id)))
    copies = service.story_copies(article_id)
    if args.json:
        _emit_json(
            {
                "id": article_id,
                "like": [
                    {key: value for key, value in hit_json(hit).items() if key != "snippet"}
                    for hit in found
                ],
                "same_story": copies,
            }
        )
        return EXIT_OK
    from rich.padding import Padding
    from rich.text import Text

    console = _console()
    for number, hit in enumerate(found, 1):
        _print_hanging(console, Text(f"{number:>3}. ", style="dim"), _text(hit.title, "bold"))
        meta = " · ".join(part for part in (hit.id, hit.source, _date_text(hit.date)) if part)
        console.print(Padding(_text(meta, "dim"), (0, 0, 0, 5), expand=False))
    if not found:
        console.print(_text(_("No article is like it."), "dim"))
    if copies:
        # A story copied 3,000 times printed 570 lines of ids; ``--json`` lists them all.
        ids = ", ".join(copies[:SAME_STORY_SHOWN])
        if (more := len(copies) - SAME_STORY_SHOWN) > 0:
            told = ngettext("… and {count} more", "… and {count} more", more)
            ids = f"{ids} {told.format(count=_number(more))}"
        console.print(_text(_("Same story: {ids}").format(ids=ids), "dim"))
    return EXIT_OK


#: Copies of a story ``like`` names in its human output.
SAME_STORY_SHOWN = 10


COMMAND_HANDLERS.update(
    {"related-entities": cmd_related_entities, "timeline": cmd_timeline, "like": cmd_like}
)


if __name__ == "__main__":
    sys.exit(main())
