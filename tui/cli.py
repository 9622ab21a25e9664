"""The ``warta`` command: the TUI with no command, and scriptable subcommands.

Human output goes through Rich as ``Text`` objects (never markup, so ``[Antara]`` in a title
stays literal); Rich prints plain text when stdout is not a terminal. ``--json`` output is a
stable contract, documented in the README. Exit codes: 0 on success (also when nothing is
found), 2 for usage, corpus or index errors, with one line on stderr.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from search.errors import WartaError, excerpt
from search.model import ENTITY_KINDS, Article, Entity, Hit, Mention, MentionInContext
from search.sanitize import clean_line, clean_text
from tui.i18n import _, detect_language, kind_name, set_language

COMMANDS = ("index", "search", "show", "entities", "mentions")
#: Options that take a value: on every command, and on ``search``.
GLOBAL_VALUE_OPTIONS = ("--corpus", "--index-dir", "--lang")
SEARCH_VALUE_OPTIONS = (*GLOBAL_VALUE_OPTIONS, "--limit", "--sort")
#: Characters of one stderr line: messages quote user words (argparse, paths) at any length.
MESSAGE_LIMIT = 400
EXIT_OK = 0
EXIT_ERROR = 2


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
    show = commands.add_parser("show", parents=[common], help=_("one article with its metadata"))
    show.add_argument("id", metavar="ID", help=_("the article id"))
    show.add_argument("--json", action="store_true", help=_("print JSON"))
    entities = commands.add_parser(
        "entities", parents=[common], help=_("all entities, most mentioned first")
    )
    entities.add_argument("--kind", choices=ENTITY_KINDS, help=_("only this kind"))
    entities.add_argument("--json", action="store_true", help=_("print JSON"))
    mentions = commands.add_parser(
        "mentions", parents=[common], help=_("every mention of an entity, in context")
    )
    mentions.add_argument("name", nargs="+", metavar="NAME", help=_("name, alias or id"))
    mentions.add_argument("--json", action="store_true", help=_("print JSON"))
    return parser


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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``warta`` console script."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    set_language(detect_language(_early_lang(args_list)))
    parser = build_parser()
    try:
        if _wants_tui(args_list):
            return _run_tui(args_list)
        args = parser.parse_args(_query_words_last(args_list))
        if args.command is None:
            parser.print_help()
            return EXIT_OK
        return COMMAND_HANDLERS[args.command](args)
    except UsageError as error:
        _fail(f"{_('usage error')}: {error}")
    except WartaError as error:
        _fail(str(error))
    except KeyboardInterrupt:
        _fail(_("interrupted"))
    return EXIT_ERROR


def _early_lang(args: Sequence[str]) -> str | None:
    """``--lang`` must be known before argparse builds its (translated) help texts."""
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _wants_tui(args: Sequence[str]) -> bool:
    """No command word: the explorer (``warta``, ``warta WORDS``), unless help was asked for."""
    if any(arg in ("-h", "--help") for arg in args):
        return False
    first = _first_positional(args)
    return first is None or args[first] not in COMMANDS


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


def _is_option(word: str) -> bool:
    """``--json``, ``-h``: an option. ``-altman`` is a query word, the README's NOT."""
    return word == "-h" or (word.startswith("--") and word != "--")


def _takes_value(option: str, value_options: Sequence[str]) -> bool:
    """Whether the next word is ``option``'s value; argparse accepts ``--lim`` for ``--limit``."""
    return "=" not in option and sum(name.startswith(option) for name in value_options) == 1


def _query_words_last(args: Sequence[str]) -> list[str]:
    """``warta search -altman``: argparse would take ``-altman`` for an unknown option and
    say the query is missing. The query words of ``search`` go behind ``--``, in their
    order; its options, with their values, stay in front."""
    command = _first_positional(args)
    if command is None or args[command] != "search":
        return list(args)
    options = list(args[: command + 1])
    words: list[str] = []
    rest = iter(args[command + 1 :])
    for word in rest:
        if word == "--":
            words.extend(rest)
        elif _is_option(word):
            options.append(word)
            if _takes_value(word, SEARCH_VALUE_OPTIONS):
                options.extend(itertools.islice(rest, 1))
        else:
            words.append(word)
    return [*options, "--", *words] if words else options


def _run_tui(args: Sequence[str]) -> int:
    """``warta [OPTIONS] [WORDS...]``: the explorer, opened on a search when words are given."""
    parser = _Parser(prog="warta", add_help=False)
    _add_global_options(parser, None)
    options, words = parser.parse_known_args(list(args))
    unknown = [word for word in words if _is_option(word)]
    if unknown:
        raise UsageError(_("unrecognised arguments: {args}").format(args=" ".join(unknown)))
    query = " ".join(word for word in words if word != "--").strip() or None
    from search.service import SearchService
    from tui.app import WartaApp

    service = SearchService.from_settings(options.corpus, options.index_dir)
    _require_corpus(service)
    WartaApp(service=service, initial_query=query).run()
    return EXIT_OK


def _fail(message: str) -> None:
    """One clean line on stderr, however long the user text it quotes."""
    sys.stderr.write(f"warta: {excerpt(message, MESSAGE_LIMIT)}\n")


# -- shared helpers ------------------------------------------------------------------------------


def _service(args: argparse.Namespace, build_if_missing: bool = True) -> Any:
    from search.service import SearchService

    service = SearchService.from_settings(args.corpus, args.index_dir)
    _require_corpus(service)
    if build_if_missing and not service.has_index():
        _update_with_progress(service, rebuild=False)
    return service


def _require_corpus(service: Any) -> None:
    for root in service.corpora:
        try:
            found = root.is_dir()
        except OSError:  # a name too long for the file system
            found = False
        if not found:
            raise WartaError(
                _("corpus folder not found: {path}").format(path=clean_line(str(root)))
            )


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _update_with_progress(service: Any, rebuild: bool) -> Any:
    """Run an index update with a Rich progress bar on stderr (only when it is a terminal)."""
    console = _console(stderr=True)
    if not console.is_terminal:
        return service.update(rebuild=rebuild)
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
        )


def _emit_json(value: Any) -> None:
    """Every ``--json`` payload goes out here, each of its strings cleaned (see _clean_json)."""
    sys.stdout.write(json.dumps(_clean_json(value), ensure_ascii=False, indent=2) + "\n")


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
    service = _service(args, build_if_missing=False)
    report = _update_with_progress(service, rebuild=args.rebuild)
    for warning in report.warnings:
        _fail(f"{clean_line(warning.path)}: {clean_line(warning.message)}")
    summary = _(
        "{articles} articles indexed in {seconds} s "
        "({added} files added, {changed} changed, {deleted} deleted, {unchanged} unchanged)"
    ).format(
        articles=_number(report.articles),
        seconds=_number(round(report.seconds, 1)),
        added=_number(report.added),
        changed=_number(report.changed),
        deleted=_number(report.deleted),
        unchanged=_number(report.unchanged),
    )
    _console().print(_text(summary))
    return EXIT_OK


def hit_json(hit: Hit) -> dict[str, Any]:
    return {
        "id": hit.id,
        "title": hit.title,
        "source": hit.source,
        "date": hit.date.isoformat() if hit.date else None,
        "score": hit.score,
        "snippet": hit.snippet.text,
    }


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError(_("--limit must be at least 1"))
    service = _service(args)
    result = service.search(" ".join(args.query), limit=args.limit, sort=args.sort)
    if result.error and not result.hits:
        raise WartaError(result.error)
    if args.json:
        _emit_json(
            {
                "query": result.query,
                "total": result.total,
                "hits": [hit_json(hit) for hit in result.hits],
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
        line = Text(f"{number:>3}. ", style="dim")
        line.append_text(_text(hit.title, "bold"))
        console.print(line)
        meta = " · ".join(part for part in (hit.id, hit.source, _date_text(hit.date)) if part)
        snippet = _marked(hit.snippet.text, hit.snippet.marks)
        console.print(Padding(_text(meta, "dim"), (0, 0, 0, 5), expand=False))
        console.print(Padding(snippet, (0, 0, 0, 5), expand=False))
    shown = _("{shown} of {total} articles").format(
        shown=_number(len(result.hits)), total=_number(result.total)
    )
    console.print(_text(shown, "dim"))
    if result.matched == "some":
        console.print(_text(_("Also articles with only some of the words"), "dim"))
    if result.notice:  # the search was narrowed (a capped fuzzy distance, a cut expansion)
        console.print(_text(result.notice, "dim"))
    if result.suggestion:  # a hint, not output: a script reading stdout never sees it
        hint = _("Did you mean: {query}").format(query=clean_line(result.suggestion))
        sys.stderr.write(f"{excerpt(hint, MESSAGE_LIMIT)}\n")
    if result.error:
        _fail(result.error)
    return EXIT_OK


def _number(value: float) -> str:
    """A count or measure as the interface language writes it (``10.000`` / ``10,000``)."""
    from tui.formatting import format_number
    from tui.i18n import current_locale

    return format_number(value, current_locale())


def _date_text(value: Any) -> str:
    if value is None:
        return ""
    from tui.formatting import format_date
    from tui.i18n import current_locale

    return str(format_date(value, current_locale()))


def article_json(article: Article, mentions: Sequence[Mention]) -> dict[str, Any]:
    """``show --json``; mention offsets index the ``body`` string of the same object."""
    grouped: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        if mention.field != "body":
            continue
        entry = grouped.setdefault(
            mention.key,
            {"id": mention.key, "name": mention.name, "kind": mention.kind, "mentions": []},
        )
        entry["mentions"].append([mention.start, mention.end])
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "byline": article.byline,
        "date": article.date.isoformat() if article.date else None,
        "body": article.body,
        "path": article.path,
        "entities": list(grouped.values()),
    }


def cmd_show(args: argparse.Namespace) -> int:
    service = _service(args)
    article = service.article(args.id)
    if article is None:
        raise WartaError(_("no article with id {id}").format(id=excerpt(args.id)))
    mentions = service.article_mentions(article.id)
    if args.json:
        _emit_json(article_json(article, mentions))
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
    service = _service(args)
    found = service.entities(args.kind)
    if args.json:
        _emit_json([entity_json(entity) for entity in found])
        return EXIT_OK
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for header in (_("name"), _("kind"), _("articles"), _("mentions"), _("id")):
        table.add_column(header)
    for entity in found:
        table.add_row(
            _text(entity.name),
            _text(kind_name(entity.kind)),
            _number(entity.articles),
            _number(entity.mentions),
            _text(entity.id, "dim"),
        )
    _console().print(table)
    return EXIT_OK


def mention_json(mention: MentionInContext) -> dict[str, Any]:
    return {
        "article": mention.article,
        "title": mention.title,
        "start": mention.start,
        "end": mention.end,
        "context": mention.context,
    }


def cmd_mentions(args: argparse.Namespace) -> int:
    service = _service(args)
    name = " ".join(args.name)
    entity = service.entity(name)
    if entity is None:
        close = ", ".join(candidate.name for candidate in service.entity_candidates(name))
        message = _("no entity named {name}").format(name=excerpt(name))
        if close:
            message += "; " + _("closest: {names}").format(names=close)
        raise WartaError(message)
    found = service.mentions(entity.id)
    if args.json:
        _emit_json(
            {
                "entity": {"id": entity.id, "name": entity.name, "kind": entity.kind},
                "mentions": [mention_json(mention) for mention in found],
            }
        )
        return EXIT_OK
    from rich.padding import Padding

    console = _console()
    count = _("{count} mentions").format(count=_number(len(found)))
    header = f"{entity.name} ({kind_name(entity.kind)}) · {count}"
    console.print(_text(header, "bold"))
    article = None
    for mention in found:
        if mention.article != article:
            article = mention.article
            console.print(_text(f"{mention.title} · {mention.article}", "dim"))
        start = mention.context_start
        line = _marked(mention.context, [(start, start + mention.end - mention.start)])
        console.print(Padding(line, (0, 0, 0, 2), expand=False))
    return EXIT_OK


COMMAND_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "index": cmd_index,
    "search": cmd_search,
    "show": cmd_show,
    "entities": cmd_entities,
    "mentions": cmd_mentions,
}


if __name__ == "__main__":
    sys.exit(main())
