"""Every key of the explorer, in one place: the panes' bindings, the help screen's
sections and the command palette's entries are all read from here.

Each binding has an id ("warta.<where>.<what>"), so a user's keymap (``apply_keymap``,
fed from the ``[keys]`` section of config.toml) can move it to other keys through
Textual's ``App.set_keymap``; help then shows the keys the user chose.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from textual.app import App
from textual.binding import Binding
from warta.search.errors import N_, Message
from warta.tui.i18n import _


def key(
    id: str, keys: str, action: str, description: str, *, show: bool = False, **more: Any
) -> Binding:
    """A binding with the id ``warta.<id>``; hidden from the footer unless ``show``."""
    return Binding(keys, action, description, show=show, id=f"warta.{id}", **more)


def marks(where: str, run: str = "") -> list[Binding]:
    """The keys that mark the article under the cursor (``where``: the results, the
    reader, the entity view or the entity sidebar, each with ids of its own so that either
    can be remapped), ``run`` the namespace of their actions. In the entity view help says
    which article: the highlighted mention's; in the sidebar the open one's, whose
    entities it lists (there the keys did nothing and help did not list them)."""
    if where == "entity":
        tooltips = (
            _("Star or unstar the highlighted mention's article"),
            _("Write a short note on the highlighted mention's article"),
            _(
                "Tag the highlighted mention's article: tag or +tag adds, -tag removes, "
                "Tab completes"
            ),
        )
    elif where == "sidebar":
        tooltips = (
            _("Star or unstar the open article"),
            _("Write a short note on the open article (empty removes it)"),
            _("Tag the open article: tag or +tag adds, -tag removes, Tab completes"),
        )
    else:
        tooltips = (
            _("Star or unstar the article (as ! flags in alot)"),
            _("Write a short note on the article (empty removes it)"),
            _("Tag the article: tag or +tag adds, -tag removes, Tab completes"),
        )
    star, note, tags = tooltips
    return [
        key(f"{where}.star", "exclamation_mark", f"{run}toggle_star", _("Star"), tooltip=star),
        key(f"{where}.note", "a", f"{run}edit_note", _("Note"), tooltip=note),
        key(f"{where}.tags", "l", f"{run}edit_tags", _("Tags"), tooltip=tags),
    ]


def pager(where: str, top: str, bottom: str) -> list[Binding]:
    """less's keys for a text that scrolls (the reader, help), with ids under ``where``;
    ``top`` and ``bottom`` say what g and G go to. Each letter and its arrow or paging key
    are bound apart (``nav``)."""
    return [
        *nav(
            f"{where}.down",
            "j",
            "down",
            "line_down",
            _("Scroll down"),
            tooltip=_("Scroll down; a number first scrolls that many lines (5j, as in less)"),
        ),
        *nav(f"{where}.up", "k", "up", "line_up", _("Scroll up")),
        *nav(f"{where}.page_down", "space", "pagedown", "page_down", _("Page down")),
        *nav(f"{where}.page_up", "b", "pageup", "page_up", _("Page up")),
        *nav(f"{where}.top", "g", "home", "top", top),
        *nav(f"{where}.bottom", "G", "end", "bottom", bottom),
    ]


def nav(
    id: str, letter: str, named: str, action: str, description: str, **more: Any
) -> list[Binding]:
    """A move bound to a letter (``j``, as in less and mutt) under ``id`` and to the
    terminal's own key for it (Down, Home, PgDn) under ``<id>_nav``: a keymap that gives
    ``id`` other keys keeps the arrows working, unless it gives ``<id>_nav`` others too
    (one id for both, "j,down", took Down away with the j). Help shows the two as one row."""
    return [
        key(id, letter, action, description, **more),
        key(f"{id}_nav", named, action, description),
    ]


def moves(
    where: str,
    down: str,
    up: str,
    top: str,
    bottom: str,
    page_down: str | None = None,
) -> list[Binding]:
    """The keys that move in a list (the results, the timeline, the sidebar, the mentions),
    with ids under ``where``: j and k as in mutt and newsboat, and the arrows and paging
    keys every list answers, so that help names all of them (the lists bind only these:
    Textual's own list keys, unnamed in help, paged the sidebar and the timeline)."""
    return [
        *nav(f"{where}.next", "j", "down", "cursor_down", down),
        *nav(f"{where}.previous", "k", "up", "cursor_up", up),
        *nav(f"{where}.first", "g", "home", "first", top),
        *nav(f"{where}.last", "G", "end", "last", bottom),
        key(f"{where}.page_down", "pagedown", "page_down", page_down or _("Page down")),
        key(f"{where}.page_up", "pageup", "page_up", _("Page up")),
    ]


APP = [
    key(
        "app.palette",
        App.COMMAND_PALETTE_BINDING,
        "app.command_palette",
        _("Command palette"),
        tooltip=_("Open the command palette"),
        priority=True,
    ),
    key(
        "app.quit",
        "ctrl+q",
        "quit",
        _("Quit"),
        tooltip=_("Quit warta and return to the command prompt."),
        priority=True,
    ),
    # Not a priority key: a note's text area takes Ctrl+Z to undo.
    key(
        "app.suspend",
        "ctrl+z",
        "suspend_process",
        _("Suspend"),
        tooltip=_("Stop warta for the shell, as less and vim do; fg brings it back"),
    ),
]

SCREEN = [
    # / as newsboat and mutt search their lists; in the reader, / finds in the text.
    key("screen.search", "ctrl+l,slash", "focus_search", _("Search")),
    key("screen.back", "backspace,alt+left", "travel(-1)", _("Back"), show=True),
    key("screen.forward", "alt+right", "travel(1)", _("Forward")),
    # Enter's action, run anyway (``MainScreen.check_action``): e with no mention to open
    # says what to do first, where Enter's "Entity" is left out of an empty reader's footer.
    key("screen.entity", "e", "open_entity(True)", _("Entity view")),
    key("screen.sidebar", "f4", "panes('focus_sidebar')", _("Entity sidebar")),
    key(
        "screen.timeline",
        "t",
        "article('toggle_timeline')",
        _("Timeline"),
        tooltip=_("The dates the article mentions, earliest first"),
    ),
    key(
        "screen.quote",
        "c",
        "article('copy_quote')",
        _("Quote"),
        show=True,
        tooltip=_("Copy the sentence of the selected mention or find match, with citation"),
    ),
    key("screen.citation", "C", "article('copy_citation')", _("Copy the article's citation")),
    key("screen.pager", "o", "article('open_pager')", _("Open in $PAGER")),
    key("screen.editor", "O", "article('open_editor')", _("Open in $EDITOR")),
    key("screen.address", "w", "article('open_address')", _("Open the article's web address")),
    key("screen.results", "f2", "panes('toggle_results')", _("Show/hide results")),
    key(
        "screen.entities",
        "f3",
        "panes('toggle_sidebar')",
        _("Show/hide entities"),
        tooltip=_("Show or hide the entity sidebar; below 80 columns it takes the results' place"),
    ),
    key(
        "screen.narrower_results",
        "less_than_sign",
        "panes('widen_results', -4)",
        _("Narrower results"),
    ),
    key(
        "screen.wider_results", "greater_than_sign", "panes('widen_results', 4)", _("Wider results")
    ),
    key("screen.narrower_entities", "minus", "panes('widen_sidebar', -4)", _("Narrower entities")),
    key(
        "screen.wider_entities",
        "plus,equals_sign",
        "panes('widen_sidebar', 4)",
        _("Wider entities"),
    ),
    key(
        "screen.escape",
        "escape",
        "escape",
        _("Results / back"),
        tooltip=_(
            "From the search bar to the results; from the entity sidebar to the reader; "
            "elsewhere back"
        ),
    ),
    key("screen.theme", "ctrl+t", "app.toggle_theme", _("Light/dark theme")),
    key("screen.update", "f5", "update_index", _("Update the index from the corpus")),
    key("screen.save_search", "ctrl+s", "results('save_search')", _("Save the search")),
    key("screen.saved_searches", "J", "results('saved_searches')", _("Saved searches")),
    key("screen.history", "ctrl+r", "results('search_history')", _("Search history")),
    key("screen.export", "x", "results('export')", _("Export the results")),
    key(
        "screen.related",
        "r",
        "panes('related_entities')",
        _("Named with"),
        tooltip=_("The entities named with the selected one, and the sentences naming both"),
    ),
    key(
        "screen.quotes",
        "Q",
        "panes('quotes')",
        _("Quotes"),
        tooltip=_("What the selected entity said, newest first"),
    ),
    key(
        "screen.more_like",
        "m",
        "panes('more_like')",
        _("More like this"),
        tooltip=_("Articles like the open one, and its copies of the same story"),
    ),
    key(
        "screen.coverage",
        "T",
        "results('coverage')",
        _("Coverage over time"),
        tooltip=_("The search's articles per month, week or day; Enter keeps only that period's"),
    ),
    key("screen.help", "f1,question_mark", "help", _("Help"), show=True),
    # As q in mutt, newsboat and less: out of what is open, and quit only from the top.
    key(
        "screen.quit",
        "q",
        "close",
        _("Close: the timeline or entity view, the reader to the results; quit from the results"),
    ),
]

SEARCH_BAR = [
    # Input's own Enter, bound here too so that help lists it and a keymap can move it.
    key(
        "search.open",
        "enter",
        "submit",
        _("Open the highlighted hit of the query as typed (searched first if need be)"),
    ),
    key("search.results", "down", "screen.results_of_query", _("Go to results")),
    key(
        "search.suggestion",
        "tab",
        "accept_suggestion",
        _("Search the suggested query (did you mean, or the entity a name names)"),
    ),
]

#: What the line-editing keys of Textual's ``Input`` do, by action: every line (the search
#: bar, the find bar, the prompts, the lists' filters) answers them, and help named none.
_LINE_EDITS = {
    "cursor_left": _("Cursor left"),
    "cursor_right": _("Cursor right"),
    "cursor_left_word": _("Cursor a word left"),
    "cursor_right_word": _("Cursor a word right"),
    "home": _("Start of the line"),
    "end": _("End of the line"),
    "delete_left": _("Delete the character before the cursor"),
    "delete_right": _("Delete the character under the cursor"),
    "delete_left_word": _("Delete the word before the cursor"),
    "delete_left_all": _("Delete to the start of the line"),
    "delete_right_all": _("Delete to the end of the line"),
}


def line_editing() -> list[Binding]:
    """The keys that edit a line, read from Textual's ``Input`` itself, so that help names
    the keys the installed Textual answers (Ctrl+A and Ctrl+E as well as Home and End)."""
    from textual.widgets import Input

    return [
        key(f"line.{bound.action}", bound.key, bound.action, _LINE_EDITS[bound.action])
        for bound in Input.BINDINGS
        if isinstance(bound, Binding) and bound.action in _LINE_EDITS
    ]


#: The line-editing keys (``line_editing``), listed with the search bar's and bound on every
#: line too, so that a keymap can move them as the others.
LINE_EDITING = line_editing()

RESULTS = [
    key("results.open", "enter", "select", _("Open article"), show=True),
    key(
        "results.sort",
        "s",
        "screen.toggle_sort",
        _("Sort"),
        show=True,
        tooltip=_("Newest first / most relevant first"),
    ),
    *moves(
        "results",
        _("Next result"),
        _("Previous result"),
        _("First result"),
        _("Last result (then more)"),
        _("Page down (then more)"),
    ),
    *marks("results"),
]

READER = [
    key(
        "reader.next_mention",
        "tab,right_square_bracket",
        "next_mention",
        _("Mention"),
        show=True,
        tooltip=_("Next mention, in reading order"),
    ),
    key(
        "reader.previous_mention",
        "shift+tab,left_square_bracket",
        "previous_mention",
        _("Previous mention"),
    ),
    key(
        "reader.next_same",
        "right_curly_bracket,full_stop",
        "next_same",
        _("Same entity"),
        show=True,
        tooltip=_("Next mention of the same entity, then the next article that mentions it"),
    ),
    key(
        "reader.previous_same",
        "left_curly_bracket,comma",
        "previous_same",
        _("Previous mention of the same entity"),
    ),
    key(
        "reader.entity",
        "enter",
        "screen.open_entity",
        _("Entity"),
        show=True,
        tooltip=_("Entity view: every mention of the selected entity in the corpus"),
    ),
    key("reader.find", "slash", "screen.article('find')", _("Find"), show=True),
    key(
        "reader.find_next",
        "n",
        "find_next",
        _("Next match"),
        tooltip=_(
            "Next match (before a find, of the words searched for); a number first goes "
            "that many on (3n)"
        ),
    ),
    key("reader.find_previous", "N", "find_previous", _("Previous match")),
    *pager("reader", _("Top of article"), _("End of article")),
    *marks("reader"),
]

#: The moves a count typed before their key repeats (``5j``, ``3n``, ``2}``), as in less
#: and vim; never a key that opens, closes or changes anything.
COUNTED = (
    frozenset(
        f"warta.{id}{nav_key}"
        for where in ("reader", "help")
        for id in (f"{where}.down", f"{where}.up", f"{where}.page_down", f"{where}.page_up")
        for nav_key in ("", "_nav")
    )
    | frozenset(
        f"warta.{id}"
        for id in (
            "reader.next_mention",
            "reader.previous_mention",
            "reader.next_same",
            "reader.previous_same",
            "reader.find_next",
            "reader.find_previous",
            "results.page_down",
        )
    )
    | frozenset(
        f"warta.{where}.{what}{nav_key}"
        for where in ("results", "timeline", "sidebar", "mentions")
        for what in ("next", "previous")
        for nav_key in ("", "_nav")
    )
)

FIND_BAR = [key("find.close", "escape", "close", _("Close find"), show=True)]

TIMELINE = [
    key("timeline.read", "enter", "select", _("Read there"), show=True),
    key("timeline.close", "escape,t", "close", _("Close the timeline"), show=True),
    # As the reader's status line under the timeline says: Tab went to the search bar.
    # ] and [ as in the reader: the line under it says "Tab or ] selects the next".
    key(
        "timeline.mention",
        "tab,right_square_bracket",
        "to_mention",
        _("Next mention in the text"),
        tooltip=_("Back to the text, at the next mention from where it shows"),
    ),
    # Shift+Tab went to the pane before (the reader, with no mention), the timeline open.
    key(
        "timeline.previous_mention",
        "shift+tab,left_square_bracket",
        "to_mention(-1)",
        _("Previous mention in the text"),
        tooltip=_("Back to the text, at the mention before the date shown"),
    ),
    *moves("timeline", _("Next date"), _("Previous date"), _("First date"), _("Last date")),
]

SIDEBAR = [
    *moves("sidebar", _("Next entity"), _("Previous entity"), _("First entity"), _("Last entity")),
    key(
        "sidebar.next_mention",
        "space",
        "next_mention",
        _("Next mention"),
        show=True,
        tooltip=_("Next mention of it"),
    ),
    key("sidebar.entity", "enter,e", "screen.open_entity", _("Entity view"), show=True),
    # The open article's, as the sidebar lists its entities (the screen's marked pane).
    *marks("sidebar", "screen."),
]

MENTION_LIST = [
    key("mentions.open", "enter", "select", _("Open at mention"), show=True),
    *moves(
        "mentions", _("Next mention"), _("Previous mention"), _("First mention"), _("Last mention")
    ),
]

ENTITY_VIEW = [
    key(
        "entity.export",
        "x",
        "screen.article('export_mentions')",
        _("Export the mentions"),
        tooltip=_("Write every mention, with its sentence, to a CSV, JSON Lines or Markdown file"),
    ),
    key(
        "entity.by_date",
        "t",
        "toggle_timeline",
        _("By date"),
        show=True,
        tooltip=_("List the mentions by date, or again by article"),
    ),
    key(
        "entity.quote",
        "c",
        "copy_quote",
        _("Quote"),
        show=True,
        tooltip=_("Copy the sentence of the highlighted mention, with citation"),
    ),
    # The highlighted mention's article, as the results' and the reader's marks.
    *marks("entity"),
]

#: The workspace's prompts (tag, note, name, export path) and lists (saved searches,
#: history): Enter answers them.
PROMPT = [key("prompt.cancel", "escape", "cancel", _("Cancel"), show=True)]
PROMPT_INPUT = [
    key(
        "prompt.complete",
        "tab",
        "complete",
        _("Complete"),
        show=True,
        tooltip=_("Complete the tag or saved name typed"),
    )
]
#: Enter in a prompt's line or a list's filter: Input's own key, bound here too so that
#: help lists it and a keymap can move it.
ANSWER = [
    key(
        "prompt.answer",
        "enter",
        "submit",
        _("Confirm"),
        show=True,
        tooltip=_("Save what was typed, or take the highlighted row"),
    )
]
PICK_LIST = [
    # Described as the prompts' Escape: help lists the two as one key.
    # q, j and k once Tab has moved into the list, as in the other lists (in the filter
    # they are typed).
    key("pick.close", "escape,q", "cancel", _("Cancel"), show=True),
    *nav("pick.down", "j", "down", "cursor_down", _("Next")),
    *nav("pick.up", "k", "up", "cursor_up", _("Previous")),
    # From the filter too, where Home and End move in the line typed.
    key("pick.page_down", "pagedown", "page_down", _("Page down")),
    key("pick.page_up", "pageup", "page_up", _("Page up")),
]

#: The coverage-over-time list, beside the list keys.
COVERAGE = [key("coverage.period", "ctrl+b", "next_period", _("By day, week or month"), show=True)]

#: The quotes list (Q): Ctrl+Y copies from the filter, where c is typed; c from the list.
QUOTE_LIST = [
    key(
        "quotes.copy",
        "ctrl+y,c",
        "copy_quote",
        _("Copy the quote"),
        show=True,
        tooltip=_("Copy the highlighted quote with its citation"),
    )
]

#: The saved searches' list (J): Ctrl+Delete deletes from the filter, where d is typed (and
#: the line's Ctrl+D and Delete delete a character); d from the list, as mutt and alot
#: delete.
SAVED_LIST = [
    key(
        "saved.delete",
        "ctrl+delete,d",
        "delete_saved",
        _("Delete the saved search"),
        show=True,
        tooltip=_("Delete the highlighted saved search; the notice says its query"),
    ),
    # Ctrl+Z from the filter, where u is typed; u once Tab has moved into the list, as d.
    key(
        "saved.undo",
        "ctrl+z,u",
        "undo_delete",
        _("Undo the delete"),
        show=True,
        tooltip=_("Put back the saved search just deleted, as it was"),
    ),
]

#: The help screen's keys: it closes from anywhere, and its text scrolls as the reader's.
HELP = [
    key("help.close", "escape,f1,question_mark,q", "dismiss", _("Close help"), show=True),
    # As less finds in its help; here the keys that do not match are left out, as fzf does.
    key(
        "help.find",
        "slash",
        "find",
        _("Find a key"),
        show=True,
        tooltip=_("Show only the keys whose key or description has the words typed"),
    ),
]
HELP_TEXT = pager("help", _("Top of the help"), _("End of the help"))
#: In the help's find line: Enter goes back to scrolling the keys found.
HELP_FIND = [key("help.find_close", "escape", "close_find", _("Every key again"), show=True)]


class HelpSection(NamedTuple):
    """The keys that work in one part of the screen, and (``also``) the keys listed in
    other sections that answer there at the same time: the screen's and the app's."""

    title: str
    bindings: Sequence[Binding]
    also: Sequence[Binding] = ()


def sections() -> list[HelpSection]:
    """Every key, by where it works, as the code binds them."""
    main = [*SCREEN, *APP]  # around every pane of the main screen
    lists = [*APP, *ANSWER, *PICK_LIST]  # around a dialog's own list keys
    return [
        HelpSection(_("Everywhere"), main),
        HelpSection(_("Search bar"), [*SEARCH_BAR, *LINE_EDITING], main),
        HelpSection(_("Results"), RESULTS, main),
        HelpSection(_("Reader"), READER, main),
        HelpSection(_("Find bar"), FIND_BAR, main),
        HelpSection(_("Timeline"), TIMELINE, main),
        HelpSection(_("Entity sidebar"), SIDEBAR, main),
        HelpSection(_("Entity view"), [*MENTION_LIST, *ENTITY_VIEW], main),
        HelpSection(
            _("Tags, saved searches, history"),
            [*ANSWER, *PROMPT, *PROMPT_INPUT, *PICK_LIST],
            APP,
        ),
        HelpSection(_("Coverage over time"), COVERAGE, lists),
        HelpSection(_("Quotes"), QUOTE_LIST, lists),
        HelpSection(_("Saved searches"), SAVED_LIST, lists),
        HelpSection(_("This help"), [*HELP, *HELP_TEXT, *HELP_FIND], APP),
    ]


#: The command palette's entries beyond Textual's own: the binding that runs each (by id),
#: its title and what it does. Their actions are the screen's or the app's, so the palette
#: runs them wherever the focus is.
PALETTE = [
    ("warta.screen.search", _("Search"), _("Go to the search bar")),
    ("warta.screen.back", _("Back"), _("Go back to the previous place")),
    ("warta.screen.forward", _("Forward"), _("Go forward again")),
    ("warta.screen.entity", _("Entity view"), _("Every mention of the selected entity")),
    ("warta.reader.find", _("Find in article"), _("Find text in the open article")),
    (
        "warta.screen.timeline",
        _("Timeline"),
        _("The dates the article mentions, earliest first"),
    ),
    ("warta.results.sort", _("Sort results"), _("Newest first / most relevant first")),
    ("warta.screen.quote", _("Copy quote"), _("Copy the selected sentence with its citation")),
    # The marks' keys are the panes' (the results, the reader, the entity view); the
    # screen runs their actions on the article the focus is on (``MainScreen.marked_pane``).
    ("warta.reader.star", _("Star"), _("Star or unstar the article")),
    ("warta.reader.tags", _("Tags"), _("Tag the article: tag or +tag adds, -tag removes")),
    ("warta.reader.note", _("Note"), _("Write a short note on the article")),
    ("warta.screen.citation", _("Copy citation"), _("Copy the open article's citation")),
    ("warta.screen.pager", _("Open in pager"), _("Read the article in $PAGER")),
    ("warta.screen.editor", _("Open in editor"), _("Open the article in $EDITOR")),
    ("warta.screen.results", _("Show/hide results"), _("Fold the results pane")),
    ("warta.screen.entities", _("Show/hide entities"), _("Fold the entity sidebar")),
    (
        "warta.screen.update",
        _("Update the index"),
        _("Add, change and drop articles as the corpus did"),
    ),
    ("warta.screen.save_search", _("Save the search"), _("Save the search shown under a name")),
    (
        "warta.screen.saved_searches",
        _("Saved searches"),
        _("Run a saved search; how many articles are new in each"),
    ),
    ("warta.screen.history", _("Search history"), _("Search again what you searched before")),
    (
        "warta.screen.export",
        _("Export the results"),
        _("Write every hit to a CSV, JSON Lines or Markdown file"),
    ),
    # Offered only in the entity view: "export" there found only the results' export.
    (
        "warta.entity.export",
        _("Export the mentions"),
        _("Write every mention of the entity shown, with its sentence, to a file"),
    ),
    (
        "warta.screen.related",
        _("Named with"),
        _("The entities named with the selected one, and the sentences naming both"),
    ),
    ("warta.screen.quotes", _("Quotes"), _("What the selected entity said, newest first")),
    (
        "warta.screen.more_like",
        _("More like this"),
        _("Articles like the open one, and its copies of the same story"),
    ),
    (
        "warta.screen.coverage",
        _("Coverage over time"),
        _("The search's articles per month, week or day; Enter keeps only that period's"),
    ),
    ("warta.screen.help", _("Help"), _("Every key, by where it works")),
]


def all_bindings() -> list[Binding]:
    """Every binding with an id."""
    return [binding for section in sections() for binding in section.bindings]


def binding(binding_id: str) -> Binding:
    """The binding with id ``binding_id`` (a ``KeyError`` names an id that is not here)."""
    return {b.id: b for b in all_bindings()}[binding_id]


def apply_keymap(app: App[Any], keymap: Mapping[str, str]) -> list[str]:
    """Bind the ids of ``keymap`` to its keys ("f6" or "f6,ctrl+f"), the other bindings
    keeping theirs; the ids not known here are returned, sorted, and left out."""
    known = {b.id for b in all_bindings()}
    app.set_keymap({id: keys for id, keys in keymap.items() if id in known})
    return sorted(id for id in keymap if id not in known)


#: Keys that never type into the search bar: with a modifier, or a function key.
_UNTYPED_KEY = re.compile(r"(ctrl|alt|meta|super|hyper)\+.+|f\d+")


#: Keys a terminal sends as the same byte as another key, so that Textual reports only the
#: other: quit on ``ctrl+m`` never ran (Enter came), and Ctrl+C said to press it.
_SENT_AS = {
    "ctrl+m": "enter",
    "ctrl+i": "tab",
    "ctrl+h": "backspace",
    "ctrl+[": "escape",
    "ctrl+left_square_bracket": "escape",
}


def _key_names(keys: str) -> list[str]:
    return [name.strip() for name in keys.split(",") if name.strip()]


def _known_key(name: str) -> bool:
    """Whether Textual can ever report ``name``: modifiers it has, then a key it names
    (``f6``, ``pageup``, ``slash``, ``question_mark``) or one character."""
    from textual.keys import KEY_NAME_REPLACEMENTS, Keys, key_to_character

    *modifiers, base = name.split("+")
    if not set(modifiers) <= {"ctrl", "shift", "alt", "meta", "super", "hyper"}:
        return False
    named = {key.value.split("+")[-1] for key in Keys} | set(KEY_NAME_REPLACEMENTS.values())
    return len(base) == 1 or base in named or key_to_character(base) is not None


def keymap_clash(keymap: Mapping[str, str]) -> tuple[str, Message] | None:
    """The first id ``keymap`` gives a key that cannot work as meant, and why.

    A key Textual never reports (``crtl+q``, ``f99``) left the binding with no key at all.
    A priority binding (quit, the palette) runs before the focused widget, so on a key that
    types it fired while a search was typed (quit on ``e`` closed warta at the e of "elon").
    Two bindings of one part of the screen on one key: only one of them ever ran, unsaid.
    A priority binding's keys are taken in every part of the screen: quit on ``ctrl+b``
    closed warta where the coverage view changes its period on that key. A part's keys
    answer before the screen's there: the timeline on ``n`` never opened from the reader,
    where ``n`` finds the next match (``HelpSection.also``).
    """
    for bound in all_bindings():
        for name in _key_names(keymap.get(bound.id or "", "")):
            if not _known_key(name):
                problem = N_(
                    'keys.{id}: {key} is not a key (keys are named as "ctrl+f", "f6", '
                    '"pageup" or "question_mark")'
                )
                return str(bound.id), Message.of(problem, id=bound.id, key=name)
            if name in _SENT_AS:
                problem = N_(
                    "keys.{id}: {key} reaches warta as {other} in most terminals; "
                    "choose another key"
                )
                return str(bound.id), Message.of(
                    problem, id=bound.id, key=name, other=_SENT_AS[name]
                )
            if bound.priority and not _UNTYPED_KEY.fullmatch(name):
                problem = N_(
                    "keys.{id} = {key} would run as you type a search; "
                    "choose a key with ctrl+ or alt+, or a function key"
                )
                return str(bound.id), Message.of(problem, id=bound.id, key=name)
    everywhere = {
        name: bound
        for bound in all_bindings()
        if bound.priority
        for name in _key_names(keymap.get(bound.id or "", bound.key))
    }
    for section in sections():
        taken: dict[str, Binding] = dict(everywhere)
        for bound in [*section.also, *section.bindings]:
            for name in _key_names(keymap.get(bound.id or "", bound.key)):
                other = taken.setdefault(name, bound)
                defaults = _key_names(bound.key), _key_names(other.key)
                # The same move on one key twice ("n,down" for next, Down for next_nav)
                # does what either would.
                if (
                    other is not bound
                    and other.action != bound.action
                    and not all(name in keys for keys in defaults)
                ):
                    problem = N_("keys.{id} and keys.{other} both use {key}; only one would work")
                    mine, theirs = (bound, other) if bound.id in keymap else (other, bound)
                    return str(mine.id), Message.of(problem, id=mine.id, other=theirs.id, key=name)
    return None


def user_keys(app: App[Any], bindings: Sequence[Binding]) -> list[Binding]:
    """``bindings`` with the keys of the app's keymap, as they work now.

    Textual has no public getter for the keymap it applies; reading it where Textual's own
    ``Screen`` does keeps help from ever disagreeing with the keys that work.
    """
    keymap = app._keymap
    return [replace(b, key=keymap.get(b.id or "", b.key)) for b in bindings]


def shown_key(app: App[Any], bound: Binding) -> str:
    """The first key the user's keymap gives ``bound``, as Textual displays keys: what a
    hint names (``ctrl+y,c`` is shown "ctrl+y", remapped to "f7" it is shown "f7")."""
    (current,) = user_keys(app, [bound])
    first = current.key.split(",")[0].strip()
    return app.get_key_display(replace(current, key=first))
