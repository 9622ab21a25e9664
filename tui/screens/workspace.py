"""The workspace's dialogs: the tag and name prompts, the list of saved searches.

Each loads what it shows in a worker (the workspace is SQLite, saved searches count their
new articles by searching), which posts it back as messages, and answers with what the user
chose; whoever opened it does the writing, so a dialog closed early never leaves half a
change.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.dom import DOMNode
from textual.message import Message
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.visual import Visual
from textual.widget import Widget
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist
from warta.search.errors import N_, WartaError, error_reason, excerpt
from warta.search.paths import expanded
from warta.search.sanitize import clean_line
from warta.tui.formatting import format_time, local_time
from warta.tui.i18n import _, current_locale, ngettext
from warta.tui.keys import (
    ANSWER,
    PICK_LIST,
    PROMPT,
    PROMPT_INPUT,
    SAVED_LIST,
    binding,
    shown_key,
)
from warta.tui.screens.help import HelpFooter, HelpScreen, help_sections, nothing_matches
from warta.tui.text import (
    INDENT,
    Hanging,
    Line,
    join_parts,
    kept_items,
    literal,
    show_date,
    show_number,
)
from warta.tui.widgets.answers import Notice, trouble
from warta.tui.widgets.bars import CappedInput
from warta.tui.widgets.routing import HeldUntilBuilt, give_keys, hold_keys
from warta.tui.workspace import WorkspaceThread, marks_of, retag, tag_changes, write_note

if TYPE_CHECKING:
    from warta.search.export import ExportRow
    from warta.search.model import Entity
    from warta.search.service import SearchService
    from warta.search.workspace import ForgottenSearch, HistoryEntry, SavedSearch, Workspace

_Row = TypeVar("_Row")
_Answer = TypeVar("_Answer")


class LastWordSuggester(SuggestFromList):
    """Completes the word being typed, not the whole line: ``+a -b c`` completes ``c``."""

    def __init__(self, words: Sequence[str]) -> None:
        super().__init__(words, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        head, space, last = value.rpartition(" ")
        if not last:
            return None
        word = await super().get_suggestion(last)
        return f"{head}{space}{word}" if word else None


class PromptInput(CappedInput):
    """An input where Tab takes the suggested completion (as shells do); the footer names
    Tab only where there is something to complete (the tag prompt's placeholder said
    "Tab completes" and its footer named only Enter and Escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [*PROMPT_INPUT, *ANSWER]

    #: Whether the prompt has completions (set once loaded).
    completes = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "complete" and not self.completes:
            return False
        return super().check_action(action, parameters)

    def action_complete(self) -> None:
        """Take the suggestion (the cursor's move right at the end of the line does)."""
        self.action_cursor_right()

    async def action_submit(self) -> None:
        """The keys typed after Enter wait for its answer (the prompt closes, or says why
        not), rather than go into the line: Textual answers Enter after the keys queued
        behind it, so "a catatanku" sent after the tag's Enter was added to the tags."""
        hold_keys(self)
        await super().action_submit()


class FilterInput(CappedInput):
    """A list's filter: Enter takes the highlighted row, PgUp and PgDn page the list (the
    line's own paging scrolled one line, so did nothing)."""

    BINDINGS: ClassVar[list[BindingType]] = list(ANSWER)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("page_up", "page_down"):
            return False  # to the list's dialog
        return _list_has_choice(self, action) and super().check_action(action, parameters)


class PickOptions(OptionList, inherit_bindings=False):
    """A list's rows: Enter takes the highlighted one, as from the filter (the same key,
    so that the footer says it wherever the focus is)."""

    BINDINGS: ClassVar[list[BindingType]] = list(ANSWER)

    action_submit = OptionList.action_select

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return _list_has_choice(self, action) and super().check_action(action, parameters)


def _list_has_choice(widget: Widget, action: str) -> bool:
    """Enter only where its list has a row to take: an empty list (or one filtered past
    every row) offered it, and it did nothing."""
    screen = widget.screen
    return action != "submit" or not isinstance(screen, PickList) or screen.has_choice()


@dataclass(frozen=True)
class PromptInfo:
    """What a prompt shows once loaded: a line about the current state, completions."""

    line: str
    completions: Sequence[str] = ()
    #: Put in the input, to edit, unless the user has started typing.
    value: str = ""
    #: The line instead of ``line`` when the user typed before ``value`` came: their text
    #: stays, and this says what Enter replaces.
    typed_over: str = ""


#: Characters of the stored note the note prompt shows when it changed elsewhere.
NOTE_SHOWN = 200

#: Rows a dialog's list shows at most (fewer in a short terminal: see ``PickList``).
LIST_ROWS = 16

#: The dialogs' look: a box in the middle of the screen.
DIALOG_CSS = """
    align: center middle;
    .dialog {
        width: 72;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    /* As wide as the dialog, so that a long heading or hint wraps instead of being cut. */
    .heading { text-style: bold; width: 100%; }
    .hint { color: $text-muted; margin-top: 1; width: 100%; }
    #info { color: $text-muted; }
    #problem { height: auto; display: none; }
    Input, Input:focus { border: none; height: 1; padding: 0 1; background: $boost; }
    Input { margin: 1 0 0 0; }
    OptionList { height: auto; border: none; padding: 0; }
"""


def hint_label(keys: str) -> Label:
    """The line of keys under a dialog, wrapped between its items (``kept_items``)."""
    return Label(kept_items(keys), classes="hint")


class Dialog(HeldUntilBuilt, ModalScreen[_Answer]):
    """A box over the screen, with a footer of its own: the dimmed footer behind it named
    the screen's keys (``c Quote``), which do nothing while it is open. F1 opens help, as
    everywhere.

    The keys typed before it is built wait for it (``HeldUntilBuilt``), as help's do: ``l tagz``
    sent at once in the reader gave the t to the reader (its timeline opened) and tagged
    the article "agz"."""

    BINDINGS: ClassVar[list[BindingType]] = [binding("warta.screen.help")]

    #: Dismissed already (``close_with``).
    _dismissed = False

    @on(events.Mount)
    def _hold_until_built(self) -> None:
        self.call_after_refresh(self.built)

    @on(events.Mount)
    @on(events.Resize)
    def _notices_above_bars(self) -> None:
        """The notices of a dialog opened over the open timeline (or find bar) stand above
        it, as the screen's own do (``place_notices``): at the foot they hid its selected
        row."""
        from warta.tui.widgets.bars import place_notices

        stack = self.app.screen_stack
        self.call_after_refresh(place_notices, self, stack[-2] if len(stack) > 1 else None)

    def close_with(self, answer: _Answer | None) -> None:
        """Dismiss with ``answer`` (once: a second Enter queued behind the first popped the
        screen under it, and warta stopped on "Can't pop screen"); the keys held since go
        to the screen under it, as typed there."""
        if self._dismissed:
            return
        self._dismissed = True
        keys = self.take_held()
        self.dismiss(answer)
        give_keys(self.app.screen, keys)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(help_sections(self.app)))


class Prompt(Dialog[str | None]):
    """One line to type, with completion: Enter answers it (once ``check`` accepts the
    text), Escape cancels. ``load`` (run on the workspace thread) fills its info line and
    completions."""

    DEFAULT_CSS = f"Prompt {{ {DIALOG_CSS} }}"
    BINDINGS: ClassVar[list[BindingType]] = list(PROMPT)

    class Loaded(Message, bubble=False):
        """What ``load`` found, to show."""

        def __init__(self, info: PromptInfo) -> None:
            super().__init__()
            self.info = info

    class Failed(Message, bubble=False):
        """Why ``load`` could not read the workspace, in the interface's language."""

        def __init__(self, problem: str) -> None:
            super().__init__()
            self.problem = problem

    def __init__(
        self,
        workspace: WorkspaceThread,
        heading: Content,
        placeholder: str,
        check: Callable[[str], object],
        load: Callable[[Workspace], PromptInfo],
        value: str = "",
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.heading = heading
        self.placeholder = placeholder
        self.check = check
        self.load = load
        self.value = value
        #: Whether ``load`` has answered or failed: Enter waits for it, as what it loads
        #: (the note to edit, the note the write expects to find) is what Enter acts on.
        self.loaded = False
        self._enter_waiting = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.heading, classes="heading")
            yield Static(id="info")
            yield PromptInput(self.value, placeholder=self.placeholder, id="answer")
            yield Static(id="problem")
            yield hint_label(_("Enter: done · Escape: cancel"))
        yield HelpFooter()

    def on_mount(self) -> None:
        self._load()

    @work(thread=True)
    def _load(self) -> None:
        try:
            info = self.workspace.call(self.load)
        except WartaError as error:
            self.post_message(self.Failed(error.translated(_)))
            return
        self.post_message(self.Loaded(info))

    def holds(self, event: events.Key, editing: bool = False) -> bool:
        """Every key typed after Enter waits, in the line too: it was typed for what comes
        once the prompt has answered."""
        return super().holds(event)

    @on(Loaded)
    def _show_info(self, event: Loaded) -> None:
        """Show what ``load`` found, then take an Enter pressed before it came, unless
        the user typed over a ``value`` they have not seen (``a`` Enter removed the note:
        the empty line went before the note came to fill it; ``a`` x Enter replaced it)."""
        info = event.info
        answer = self.query_one("#answer", PromptInput)
        typed_over = bool(info.value and answer.value and answer.value != info.value)
        self.query_one("#info", Static).update(
            literal(info.typed_over if typed_over and info.typed_over else info.line)
        )
        answer.suggester = LastWordSuggester(info.completions)
        answer.completes = bool(info.completions)
        if answer.completes:
            hint = self.query_one(".hint", Label)
            hint.update(kept_items(_("Enter: done · Tab: complete · Escape: cancel")))
            self.refresh_bindings()
        if info.value and not answer.value:
            answer.value = info.value
        self.loaded = True
        if self._enter_waiting and not typed_over:
            self._answer(answer.value)
        elif self._enter_waiting:
            self.release_keys()  # the prompt stays: what was typed after Enter edits it
        self._enter_waiting = False

    @on(Failed)
    def _load_failed(self, event: Failed) -> None:
        self.loaded = True
        if self._enter_waiting:  # said why: Enter again tries all the same
            self.release_keys()
        self._enter_waiting = False
        self._show_problem(event.problem)

    def _show_problem(self, problem: str) -> None:
        self.query_one("#problem", Static).update(literal(problem, "$text-error"))
        self.query_one("#problem", Static).display = True

    @on(Input.Submitted, "#answer")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.loaded:
            self._answer(event.value)
        else:
            self._enter_waiting = True

    def _answer(self, value: str) -> None:
        try:
            self.check(value)
        except WartaError as error:
            self._show_problem(error.translated(_))
            self.release_keys()
            return
        self.close_with(value)

    def action_cancel(self) -> None:
        self.close_with(None)


def offer_again(node: DOMNode, ask: Callable[[WartaError], None]) -> Callable[[WartaError], bool]:
    """A prompt's write that failed (a full disk, another program holding the workspace
    past the wait) as its ``refused``: ``ask`` opens the prompt again, from the worker,
    with what was typed and why, so Enter tries again (a notice said why, and the text
    typed was lost). False when the explorer is closing: the error is said on the way
    out."""

    def refused(error: WartaError) -> bool:
        try:
            node.app.call_from_thread(ask, error)
        except RuntimeError:
            return False
        return True

    return refused


def ask_tags(
    node: DOMNode,
    workspace: WorkspaceThread,
    article_id: str,
    title: str,
    unsaved: str = "",
    problem: str | None = None,
) -> None:
    """Ask how to retag an article, then retag it (in a worker of ``node``); a change that
    could not be written opens the prompt again with it (``unsaved``) and the
    ``problem``."""

    def load(workspace: Workspace) -> PromptInfo:
        marks = marks_of(workspace, article_id)
        known = [tag for tag, _count in workspace.tags()]
        line = _("Tags: {tags}").format(tags=", ".join(marks.tags)) if marks.tags else _("No tags")
        if problem is not None:
            line = _("The tags were not saved: {problem}. Enter tries again, Escape drops them.")
            line = line.format(problem=problem)
        return PromptInfo(line, [*known, *(f"-{tag}" for tag in marks.tags)])

    def apply(text: str | None) -> None:
        if text:
            added, removed = tag_changes(text)
            workspace.change(
                node,
                lambda workspace: retag(workspace, article_id, added, removed),
                offer_again(
                    node,
                    lambda error: ask_tags(
                        node, workspace, article_id, title, text, error.translated(_)
                    ),
                ),
            )

    heading = Content.assemble(_("Tag: "), literal(title or _("(untitled)"), "bold"))
    placeholder = _("tag +tag -tag (Tab completes)")
    prompt = Prompt(workspace, heading, placeholder, tag_changes, load, unsaved)
    node.app.push_screen(prompt, apply)


def ask_note(
    node: DOMNode,
    workspace: WorkspaceThread,
    article_id: str,
    title: str,
    unsaved: str | None = None,
    problem: str | None = None,
) -> None:
    """Ask for the article's note, showing the one it has, then write it (in a worker of
    ``node``); a note that is too long is refused in the prompt, the text kept. A note that
    another warta wrote while the prompt was open is kept: the prompt opens again with
    ``unsaved`` (what the user typed) and says what the note is now, so the user decides.
    A note that could not be written (a full disk, another program holding the workspace
    past the wait) opens the prompt again with ``unsaved`` and the ``problem``: the text
    typed was lost, with a notice."""
    #: The note as the prompt read it, which the write expects to find (the write is
    #: queued after the prompt's load on the workspace thread, so it is set by then).
    shown: list[str | None] = [None]

    def load(workspace: Workspace) -> PromptInfo:
        note = shown[0] = workspace.note(article_id)
        if problem is not None:
            line = _("The note was not saved: {problem}. Enter tries again, Escape drops it.")
            return PromptInfo(line.format(problem=problem))
        if unsaved is None:
            # It said nothing (an empty row) before the first note.
            line = (
                _("Edit the note; an empty note is removed.")
                if note
                else _("Write a short note on the article (empty removes it)")
            )
            typed_over = _("The note is: {note}; Enter saves what you typed over it.")
            return PromptInfo(
                line, (), note or "", typed_over.format(note=excerpt(note or "", NOTE_SHOWN))
            )
        if note is None:
            return PromptInfo(_("The note was removed elsewhere meanwhile; Enter saves yours."))
        line = _("The note changed elsewhere meanwhile, to: {note}; Enter saves yours over it.")
        return PromptInfo(line.format(note=excerpt(note, NOTE_SHOWN)))

    def apply(answer: str | None) -> None:
        if answer is None:
            return

        def again(error: WartaError) -> None:
            from warta.search.workspace import NoteChanged

            if isinstance(error, NoteChanged):
                typed, why = error.refused or "", None
            else:
                typed, why = answer, error.translated(_)
            ask_note(node, workspace, article_id, title, typed, why)

        workspace.change(
            node,
            lambda workspace: write_note(workspace, article_id, answer, shown[0]),
            offer_again(node, again),
        )

    from warta.search.workspace import note_text

    heading = Content.assemble(_("Note on: "), literal(title or _("(untitled)"), "bold"))
    prompt = Prompt(workspace, heading, _("A short note"), note_text, load, unsaved or "")
    node.app.push_screen(prompt, apply)


def ask_search_name(
    node: DOMNode,
    workspace: WorkspaceThread,
    service: SearchService,
    query: str,
    unsaved: str | None = None,
    problem: str | None = None,
) -> None:
    """Ask a name for ``query``, proposing the query itself (selected, to type over: Enter
    alone saved nothing, "a name needs at least one visible character"), and save it under
    that name (in a worker of ``node``); a name that could not be written opens the
    prompt again with it (``unsaved``) and the ``problem``."""
    from warta.search.workspace import NAME_LIMIT, clean_name

    def load(workspace: Workspace) -> PromptInfo:
        names = [saved.name for saved in workspace.saved_searches()]
        line = _("A saved name is replaced.")
        if problem is not None:
            line = _("The search was not saved: {problem}. Enter tries again, Escape drops it.")
            line = line.format(problem=problem)
        return PromptInfo(line, names)

    def save(name: str | None) -> None:
        if name is None:
            return

        def job(workspace: Workspace) -> None:
            from warta.search.workspace import results_seen

            workspace.save_search(name, query, *results_seen(service, query))

        future = workspace.submit(job)  # now: quitting right after still saves it
        refused = offer_again(
            node,
            lambda error: ask_search_name(
                node, workspace, service, query, name, error.translated(_)
            ),
        )

        def work() -> None:
            try:
                future.result()
            except WartaError as error:
                if not refused(error):
                    node.post_message(trouble(error))
                return
            saved = _("Saved as {name}; J lists the saved searches.").format(
                name=literal(clean_name(name)).plain
            )
            node.post_message(Notice(saved))

        node.run_worker(work, thread=True, group="workspace")

    heading = Content.assemble(_("Save the search: "), literal(query, "bold"))
    proposed = clean_line(query)[:NAME_LIMIT] if unsaved is None else unsaved
    node.app.push_screen(Prompt(workspace, heading, _("Name"), clean_name, load, proposed), save)


#: The highest number an export's proposed name takes (``warta-banjir-99.csv``) before the
#: prompt proposes the taken first name again, to be changed.
MAX_EXPORT_NUMBER = 99


def default_export_path(query: str, folder: Path) -> Path:
    """``warta-<the query's words>.csv`` in ``folder``: named after what it holds; the
    first of ``-2``, ``-3``, … that is free when it is taken (x a second time proposed the
    file just written, only to refuse it: "exists, choose another name")."""
    words = "".join(char if char.isalnum() else " " for char in query.casefold()).split()
    stem = f"warta-{'-'.join(words)[:40].strip('-') or 'export'}"
    for number in range(1, MAX_EXPORT_NUMBER + 1):
        path = folder / (f"{stem}.csv" if number == 1 else f"{stem}-{number}.csv")
        try:
            if not (path.exists() or path.is_symlink()):
                return path
        except OSError:  # a folder that cannot be read: the prompt says what is wrong
            break
    return folder / f"{stem}.csv"


#: The folder in the user's data folder where the export prompt proposes its files.
EXPORTS_FOLDER = "exports"


def export_folder(data_folder: Path) -> Path:
    """Where the export prompt proposes its file: ``exports`` in the user's data folder
    (``--data-dir``, ``WARTA_DATA_DIR`` or the platform's, see ``paths.data_dir``). The
    working folder it proposed before was wherever warta happened to be started (the
    corpus, a system folder, one deleted meanwhile), and the file was lost among others or
    refused there. The folder is made only when a file is written to it
    (``make_export_folder``): a prompt opened and cancelled leaves nothing behind."""
    return data_folder / EXPORTS_FOLDER


def make_export_folder(path: Path, folder: Path) -> None:
    """Make ``folder`` (warta's own ``exports``) when ``path`` is to be written in it and it
    is missing; any other folder must exist already (``export_path``)."""
    if path.parent != folder:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _cannot_write(path, error) from error


def shown_path(path: Path) -> str:
    """``path`` as shells write it, the home folder as ``~`` (which the prompt expands):
    the data folder's ``/home/<user>/.local/share/warta/exports/…`` took three lines of
    a notice at 80 columns, the file's name cut in two."""
    home = Path(os.path.expanduser("~"))
    if home != Path("/") and path.is_relative_to(home):
        return str(Path("~") / path.relative_to(home))
    return str(path)


def export_path(text: str, made_on_write: Path | None = None) -> Path:
    """The file an export prompt names; one that exists is refused (nothing is replaced
    from the explorer: ``warta export --force`` does that), and one in no folder, while
    the prompt is open to correct it (the write failed after it closed, the path lost),
    unless that folder is ``made_on_write`` (warta's own ``exports``, made when written).
    A path pasted with its quotes is the path inside them."""
    from warta.search.export import names_a_folder
    from warta.search.paths import unquoted

    text = unquoted(text)  # pasted with its quotes: as a shell reads it
    if not text.strip():
        raise WartaError(N_("name the file to write"))
    if names_a_folder(text):
        raise WartaError(N_("{path} is a folder: name a file in it"), path=excerpt(text.strip()))
    path = expanded(text.strip())
    if not path.is_absolute():
        try:
            Path.cwd()
        except OSError:  # deleted while the explorer ran: "there is no folder ." said less
            raise WartaError(
                N_("the current folder no longer exists: give the file's full path")
            ) from None
    try:  # a name the system refuses (too long) crashed the explorer
        taken = path.exists() or path.is_symlink()
        folder = path.parent.is_dir()
    except OSError as error:
        raise _cannot_write(path, error) from error
    if taken:
        raise _export_taken(path)
    if not folder and path.parent != made_on_write:
        raise WartaError(N_("there is no folder {folder}"), folder=excerpt(shown_path(path.parent)))
    return path


def _cannot_write(path: Path, error: OSError) -> WartaError:
    """The explorer's refusal of a file whose folder cannot be made or read: why, from the
    system, with the path as the prompt shows it."""
    return WartaError(
        N_("cannot write {path}: {error}"),
        path=excerpt(shown_path(path)),
        error=error_reason(error),
    )


def _export_taken(path: Path) -> WartaError:
    """The explorer's refusal of a file that exists: it replaces none (the CLI's --force
    does), so another name is what to give."""
    return WartaError(N_("{path} exists: choose another name"), path=excerpt(shown_path(path)))


def ask_export(
    node: DOMNode, workspace: WorkspaceThread, service: SearchService, query: str
) -> None:
    """Ask where to export every hit of ``query``, then write them there (see
    ``_ask_export``)."""
    from warta.search import export

    heading = Content.assemble(_("Export every hit of: "), literal(query, "bold"))
    rows = partial(export.query_rows, service, query)
    _ask_export(node, workspace, heading, query, rows, export.ARTICLE_COLUMNS, service.corpora)


def ask_mention_export(
    node: DOMNode, workspace: WorkspaceThread, service: SearchService, entity: Entity
) -> None:
    """Ask where to export every mention of ``entity`` with the sentence that holds it
    (all of them, not only those the entity view lists), then write them there."""
    from warta.search import export

    heading = Content.assemble(_("Export every mention of: "), literal(entity.name, "bold"))
    rows = partial(export.mention_rows, service, entity)
    name = f"mentions {entity.name}"
    _ask_export(node, workspace, heading, name, rows, export.MENTION_COLUMNS, service.corpora)


def _ask_export(
    node: DOMNode,
    workspace: WorkspaceThread,
    heading: Content,
    name: str,
    rows: Callable[[], Iterable[ExportRow]],
    columns: Sequence[str],
    corpora: Sequence[Path],
) -> None:
    """Ask for a file (``warta-<name's words>.csv`` by default), then write ``rows()``
    there in a worker of ``node``: the format from the file's extension (.csv, .jsonl,
    .md; else CSV), streamed, the file whole or absent, never where an update of
    ``corpora`` would read it as an article."""

    folder = export_folder(workspace.folder)

    def load(_workspace: Workspace) -> PromptInfo:
        return PromptInfo(_(".csv, .jsonl or .md: the format follows the extension."))

    def export(text: str | None) -> None:
        if text is None:
            return

        def work() -> None:
            from warta.search.export import ExportExists, export_to_file, format_for, write_rows

            try:
                path = export_path(text, folder)
                make_export_folder(path, folder)
                fmt = format_for(path)
                source = rows()
                count = export_to_file(
                    path,
                    lambda stream: write_rows(
                        source,
                        stream,
                        fmt,
                        columns,
                        format_date=show_date,
                        untitled=_("[untitled]"),
                    ),
                    corpora=corpora,
                    shown=shown_path,
                )
            except ExportExists as error:  # made while the rows were written
                node.post_message(trouble(_export_taken(error.path)))
                return
            except WartaError as error:
                node.post_message(trouble(error))
                return
            # The file's name before its folder, each whole between spaces: a notice is
            # 38 columns wide at 80, and the path in one piece was cut inside the name.
            done = ngettext(
                "Exported {count} row to {name} in {folder}",
                "Exported {count} rows to {name} in {folder}",
                count,
            )
            message = done.format(
                count=show_number(count),
                name=literal(path.name).plain,
                folder=literal(shown_path(path.parent)).plain,
            )
            node.post_message(Notice(message))

        node.run_worker(work, thread=True, group="export")

    value = shown_path(default_export_path(name, folder))
    prompt = Prompt(
        workspace,
        heading,
        _("File to write"),
        partial(export_path, made_on_write=folder),
        load,
        value,
    )
    node.app.push_screen(prompt, export)


@dataclass(frozen=True)
class SavedRow:
    """A saved search as listed: ``new`` is None until counted, -1 if it cannot run."""

    name: str
    query: str
    new: int | None = None


def saved_row_prompt(row: SavedRow) -> Content:
    if row.new is None:
        count = Content("…")
    elif row.new < 0:
        count = Content(_("query error")).stylize("$text-error")
    else:
        new = ngettext("{count} new", "{count} new", row.new).format(count=show_number(row.new))
        count = Content(new).stylize("bold" if row.new else "dim")
    from warta.search.workspace import shown_name

    # The query once: saved under its own query (Ctrl+S, Enter), the name says it.
    query = literal(row.query if row.query != row.name else "", "dim")
    return join_parts([literal(shown_name(row.name), "bold"), count, query])


class PickList(Dialog[_Row | None]):
    """A list to choose from, filtered as you type (every word, in any case): Enter
    answers the highlighted row, Escape nothing. The rows load in a worker."""

    DEFAULT_CSS = f"PickList {{ {DIALOG_CSS} }}"
    BINDINGS: ClassVar[list[BindingType]] = list(PICK_LIST)

    class Listed(Message, bubble=False):
        """The rows to list (posted by ``load_rows``)."""

        def __init__(self, rows: Sequence[Any]) -> None:
            super().__init__()
            self.rows = rows

    class Updated(Message, bubble=False):
        """A row listed, with more known about it (posted by ``load_rows``)."""

        def __init__(self, row: Any) -> None:
            super().__init__()
            self.row = row

    #: The list's title, the line under it, and what shows when there is nothing to list
    #: (marked with ``N_``: translated when shown).
    heading = ""
    hint = ""
    empty = ""
    #: The binding whose key, as the user's keymap gives it, fills ``{key}`` in the hint.
    hint_binding: ClassVar[Binding | None] = None

    def __init__(self, workspace: WorkspaceThread) -> None:
        super().__init__()
        self.workspace = workspace
        self.rows: list[_Row] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Content(_(self.heading)), classes="heading")
            yield FilterInput(placeholder=_("Type to filter"), id="filter")
            yield PickOptions(id="picks")
            yield hint_label(self._hint())
        yield HelpFooter()

    def _hint(self) -> str:
        hint = _(self.hint)
        if self.hint_binding is None:
            return hint
        return hint.format(key=shown_key(self.app, self.hint_binding))

    @property
    def option_list(self) -> OptionList:
        return self.query_one("#picks", OptionList)

    def on_mount(self) -> None:
        self.option_list.styles.max_height = LIST_ROWS
        self._load()

    @work(thread=True)
    def _load(self) -> None:
        try:
            self.load_rows()
        except WartaError as error:
            self.post_message(trouble(error))

    def load_rows(self) -> None:
        """(In a worker.) Read the rows and post them: ``Listed``, then any ``Updated``."""
        raise NotImplementedError

    def row_key(self, row: _Row) -> str:
        raise NotImplementedError

    def row_text(self, row: _Row) -> str:
        """What filtering looks in."""
        raise NotImplementedError

    def row_prompt(self, row: _Row) -> Content | Visual:
        raise NotImplementedError

    def row_selectable(self, row: _Row) -> bool:
        """Whether the cursor stops on ``row`` (not on a line that stands between rows)."""
        return True

    def row_prompt_under(self, row: _Row, above: _Row | None) -> Content | Visual:
        """``row`` as listed under ``above``, the row shown before it (None: at the top):
        a list that sets its rows under headings leaves out the one ``above`` shows."""
        return self.row_prompt(row)

    @on(Listed)
    def _listed(self, event: Listed) -> None:
        self.rows = list(event.rows)
        self._refilter()

    @on(Updated)
    def _updated(self, event: Updated) -> None:
        changed: _Row = event.row
        key = self.row_key(changed)
        self.rows = [changed if self.row_key(row) == key else row for row in self.rows]
        with suppress(OptionDoesNotExist):  # filtered out
            self.option_list.replace_option_prompt(key, self._prompt(changed))

    def _prompt(self, row: _Row, above: _Row | None = None) -> Content | Visual:
        """A row as listed: a long one wraps indented under its first line, so that it
        stands apart from the next (a title's second line read as another row)."""
        prompt = self.row_prompt_under(row, above)
        if isinstance(prompt, Line):
            return Hanging((Content(""), prompt), hang=INDENT.cell_length)
        return prompt

    @on(Input.Changed, "#filter")
    def _refilter(self) -> None:
        words = self.query_one("#filter", Input).value.casefold().split()
        shown = [row for row in self.rows if all(w in self.row_text(row).casefold() for w in words)]
        self.option_list.set_options(
            Option(
                self._prompt(row, above),
                id=self.row_key(row),
                disabled=not self.row_selectable(row),
            )
            for above, row in zip([None, *shown], shown, strict=False)
        )
        if shown:
            self.option_list.highlighted = 0
        elif not self.rows:
            self.option_list.add_option(Option(Content(_(self.empty)), disabled=True))
        else:  # a blank list read as one that failed to load
            filtered = self.query_one("#filter", Input).value
            self.option_list.add_option(Option(nothing_matches(filtered), disabled=True))
        # The keys that take a row (Enter, a list's own) only with a row to take, and the
        # filter only with rows to filter: above an empty list it offered what was not there.
        self.query_one(".hint").display = bool(shown)
        self.query_one("#filter").display = bool(self.rows)
        self.refresh_bindings()
        self.call_after_refresh(self._fit_list)

    def has_choice(self) -> bool:
        """Whether a row is highlighted, for Enter (and a list's own keys) to take."""
        option = self.option_list.highlighted_option
        return option is not None and not option.disabled

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_list)

    def _fit_list(self) -> None:
        """As many rows as leave the rest of the dialog in view: at 60x20 the quotes list
        pushed its last rows under the hint, and the hint under the screen's edge."""
        dialog = self.query_one(".dialog", Vertical)
        listing = self.option_list
        others = [child for child in dialog.children if child is not listing and child.display]
        rest = dialog.styles.gutter.height + sum(
            child.outer_size.height + child.styles.margin.height for child in others
        )
        room = self.size.height - self.query_one(HelpFooter).outer_size.height - rest
        listing.styles.max_height = max(3, min(LIST_ROWS, room))

    @on(Input.Submitted, "#filter")
    def _submitted(self) -> None:
        self.option_list.action_select()

    def row_of(self, option_id: str | None) -> _Row | None:
        """The listed row an option shows (None for the "nothing to list" line)."""
        return next((row for row in self.rows if self.row_key(row) == option_id), None)

    @on(OptionList.OptionSelected, "#picks")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        chosen = self.row_of(event.option.id)
        if chosen is not None:
            self.choose(chosen)
        else:
            self.close_with(None)

    def choose(self, row: _Row) -> None:
        """Enter on ``row``: answer it (a list may open another on top instead)."""
        self.close_with(row)

    def action_cursor_down(self) -> None:
        self.option_list.action_cursor_down()

    def action_cursor_up(self) -> None:
        self.option_list.action_cursor_up()

    def action_page_down(self) -> None:
        self.option_list.action_page_down()

    def action_page_up(self) -> None:
        self.option_list.action_page_up()

    def action_cancel(self) -> None:
        self.close_with(None)


class SavedSearches(PickList[SavedRow]):
    """The saved searches, each with how many articles are new since it was last opened
    (as notmuch and alot count unread mail); Enter runs one, Ctrl+Delete (d in the list)
    deletes one, as ``warta unsave`` does."""

    BINDINGS: ClassVar[list[BindingType]] = [*PICK_LIST, *SAVED_LIST]

    heading = N_("Saved searches")
    hint = N_("Enter: run it · {key}: delete it · Escape: close")
    empty = N_("No saved searches yet: Ctrl+S saves the current search.")
    hint_binding = SAVED_LIST[0]

    class Deleted(Message, bubble=False):
        """A saved search is no longer in the workspace (posted by ``_delete``)."""

        def __init__(self, forgotten: ForgottenSearch) -> None:
            super().__init__()
            self.forgotten = forgotten

    class Restored(Message, bubble=False):
        """The saved search deleted last is back (posted by ``_restore``)."""

        def __init__(self, row: SavedRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, workspace: WorkspaceThread, service: SearchService) -> None:
        super().__init__(workspace)
        self.service = service
        #: The saved search deleted last, while the undo key can still put it back.
        self.undoable: ForgottenSearch | None = None

    def load_rows(self) -> None:
        """List the saved searches, then count each one's new articles."""
        from warta.search.workspace import listing_state, nothing_new

        saved = self.workspace.call(lambda workspace: workspace.saved_searches())
        rows = [SavedRow(search.name, search.query) for search in saved]
        self.post_message(self.Listed(rows))
        index = listing_state(self.service) if saved else None
        counted: list[tuple[SavedSearch, int | None]] = []
        for search, row in zip(saved, rows, strict=True):
            new = 0 if nothing_new(search, index) else self._new(row)
            counted.append((search, new))
            self.post_message(self.Updated(SavedRow(row.name, row.query, new)))
        self.workspace.call(lambda workspace: workspace.note_nothing_new(counted, index))

    def _new(self, row: SavedRow) -> int:
        """How many of a saved search's articles are new since it was opened (-1: error)."""
        from warta.search.workspace import result_ids

        try:
            ids = result_ids(self.service, row.query)
            return self.workspace.call(lambda workspace: workspace.new_since_opened(row.name, ids))
        except WartaError:
            return -1

    def row_key(self, row: SavedRow) -> str:
        return row.name

    def row_text(self, row: SavedRow) -> str:
        from warta.search.workspace import shown_name

        return f"{shown_name(row.name)} {row.query}"

    def row_prompt(self, row: SavedRow) -> Content:
        return saved_row_prompt(row)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "delete_saved" and not self.has_choice():
            return False
        if action == "undo_delete" and self.undoable is None:
            return False  # and Ctrl+Z goes on to the app's: stop warta for the shell
        return super().check_action(action, parameters)

    def action_delete_saved(self) -> None:
        """Delete the highlighted saved search at once, with no question to answer (the
        explorer's dialogs ask none: Ctrl+S replaces a name, tags go with ``-tag``): the
        notice says its query, which searched and saved again brings it back."""
        option = self.option_list.highlighted_option
        chosen = self.row_of(option.id) if option is not None else None
        if chosen is not None:
            self._delete(chosen)

    @work(thread=True, group="workspace")
    def _delete(self, row: SavedRow) -> None:
        """(In a worker.) Delete ``row`` on the workspace thread, then say so."""
        from warta.search.workspace import shown_name

        try:
            deleted = self.workspace.call(lambda workspace: workspace.forget_search(row.name))
        except WartaError as error:
            self.post_message(trouble(error))
            return
        if deleted is None:  # deleted already (the key pressed twice, or ``warta unsave``)
            return
        self.post_message(self.Deleted(deleted))
        # "In this list": out of it, Ctrl+Z stops warta for the shell.
        said = _(
            "Deleted the saved search {name} (query: {query}); {key} in this list puts it back"
        )
        undo_key = shown_key(self.app, binding("warta.saved.undo"))
        name = literal(shown_name(deleted.name)).plain
        self.post_message(
            Notice(said.format(name=name, query=literal(row.query).plain, key=undo_key))
        )

    @on(Deleted)
    def _deleted(self, event: Deleted) -> None:
        """The row goes; the highlight stays on the row that took its place."""
        self.undoable = event.forgotten
        index = self.option_list.highlighted
        self.rows = [row for row in self.rows if row.name != event.forgotten.name]
        self._refilter()
        count = self.option_list.option_count
        if index is not None and self.has_choice() and count:
            self.option_list.highlighted = min(index, count - 1)

    def action_undo_delete(self) -> None:
        """Put back the saved search deleted last (once: the key then does nothing more)."""
        forgotten, self.undoable = self.undoable, None
        self.refresh_bindings()
        if forgotten is not None:
            self._restore(forgotten)

    @work(thread=True, group="workspace")
    def _restore(self, forgotten: ForgottenSearch) -> None:
        """(In a worker.) Put ``forgotten`` back through the workspace thread, then count
        its new articles again, as the list does on opening."""
        from warta.search.workspace import shown_name

        try:
            restored = self.workspace.call(lambda workspace: workspace.restore_search(forgotten))
        except WartaError as error:
            self.post_message(trouble(error))
            return
        name = literal(shown_name(forgotten.name)).plain
        if not restored:
            said = _("A search named {name} was saved since; the deleted one stays deleted")
            self.post_message(Notice(said.format(name=name), severity="warning"))
            return
        row = SavedRow(forgotten.name, forgotten.query)
        self.post_message(self.Restored(row))
        self.post_message(Notice(_("Put back the saved search {name}").format(name=name)))
        self.post_message(self.Updated(SavedRow(row.name, row.query, self._new(row))))

    @on(Restored)
    def _restored(self, event: Restored) -> None:
        """The row is back where the list orders it (by name), highlighted."""
        self.rows = sorted([*self.rows, event.row], key=lambda row: row.name)
        self._refilter()
        with suppress(OptionDoesNotExist):  # filtered out
            self.option_list.highlighted = self.option_list.get_option_index(event.row.name)


class SearchHistory(PickList["HistoryEntry"]):
    """The queries searched, most recent first (Ctrl+R, as in a shell); Enter searches one."""

    heading = N_("Search history")
    hint = N_("Enter: search it · Escape: close")
    empty = N_("No searches yet.")

    def load_rows(self) -> None:
        entries = self.workspace.call(lambda workspace: workspace.history())
        self.post_message(self.Listed(entries))

    def row_key(self, row: HistoryEntry) -> str:
        return row.query

    def row_text(self, row: HistoryEntry) -> str:
        return row.query

    def row_prompt(self, row: HistoryEntry) -> Content:
        # Today's searches by their time: each said only today's date.
        local = local_time(row.searched)
        if local.date() == dt.date.today():
            when = format_time(local, current_locale())
        else:
            when = show_date(local.date())
        return join_parts([literal(row.query), Content(when).stylize("dim")])


def record_search(workspace: WorkspaceThread, query: str) -> None:
    """Remember ``query`` in the search history, queued at once so that quitting right
    after still keeps it (see ``WorkspaceThread.finish``); a workspace that cannot be
    written loses the entry quietly: history is a convenience."""

    def job(workspace: Workspace) -> None:
        with suppress(WartaError):
            workspace.record_search(query)

    workspace.submit(job)


def mark_opened(
    node: DOMNode, workspace: WorkspaceThread, service: SearchService, name: str, query: str
) -> None:
    """``name`` was just run: what it shows now is no longer new (in a worker of ``node``)."""

    def work() -> None:
        from warta.search.workspace import results_seen

        try:
            seen, index = results_seen(service, query)
            workspace.call(lambda workspace: workspace.mark_opened(name, seen, index))
        except WartaError as error:
            node.post_message(trouble(error))

    node.run_worker(work, thread=True, group="workspace")
