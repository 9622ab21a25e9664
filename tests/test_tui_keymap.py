"""One registry of keys (tui/keys.py): every binding has an id, help and the palette are
read from it, and a user's keymap moves a key by id."""

from __future__ import annotations

from textual.binding import Binding
from warta.search.service import SearchService
from warta.tui import keys
from warta.tui.app import WartaApp
from warta.tui.screens.help import HelpScreen
from warta.tui.screens.main import MainScreen
from warta.tui.widgets.bars import FindBar, SearchBar
from warta.tui.widgets.entity_view import EntityView, MentionList
from warta.tui.widgets.reader import Reader
from warta.tui.widgets.results import ResultsList
from warta.tui.widgets.sidebar import EntitySidebar
from warta.tui.widgets.timeline import Timeline

from .test_tui_flows import SIZE, open_first_result, settle
from .test_tui_help import TALL, screen_text


def test_every_binding_of_the_app_has_a_unique_id_from_the_registry() -> None:
    owners: list[type[object]] = [
        WartaApp,
        MainScreen,
        HelpScreen,
        SearchBar,
        ResultsList,
        Reader,
        FindBar,
        Timeline,
        EntitySidebar,
        MentionList,
        EntityView,
    ]
    registered = keys.all_bindings()
    ids = [binding.id for binding in registered]
    assert len(ids) == len(set(ids)) and all(ids)
    for owner in owners:
        bound = owner.BINDINGS  # type: ignore[attr-defined]
        assert bound and all(binding in registered for binding in bound), owner


def test_apply_keymap_returns_the_ids_it_does_not_know(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    unknown = keys.apply_keymap(app, {"warta.reader.find": "f6", "warta.no.such": "x"})
    assert unknown == ["warta.no.such"]


async def test_a_remapped_key_works_and_help_shows_it(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    assert (
        keys.apply_keymap(app, {"warta.screen.help": "f6", "warta.screen.search": "ctrl+k"}) == []
    )
    async with app.run_test(size=TALL) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("escape")  # out of the search bar, where ? would be typed
        await pilot.press("ctrl+k")
        assert app.focused is screen.search_bar
        await pilot.press("f1")  # the old key no longer opens help
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = [line.strip("│ ").split() for line in screen_text(app).splitlines()]
        shown = {row[-1]: row[:-1] for row in rows if row}
        assert shown["Help"] == [app.get_key_display(Binding("f6", ""))]
        assert shown["Search"] == [app.get_key_display(Binding("ctrl+k", ""))]


async def test_the_palette_runs_the_registered_actions(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "musk")  # the commands on an article are offered
        await pilot.press("tab")  # and on an entity, once a mention is selected
        commands = {command.title: command for command in app.get_system_commands(app.screen)}
        # Forward once there is somewhere to go; the mentions' export in the entity view.
        no_forward = {"Forward", "Export the mentions"}
        assert set(commands) >= {title for _id, title, _help in keys.PALETTE} - no_forward
        callback = commands["Help"].callback
        await callback()  # type: ignore[misc]
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_the_palette_names_each_commands_key_as_the_keymap_binds_it(
    seeds_service: SearchService,
) -> None:
    """The palette listed what warta does but not the key that does it: a newcomer who
    found "Timeline" there had to open help to learn t (VS Code's palette says the key)."""
    app = WartaApp(seeds_service)
    assert keys.apply_keymap(app, {"warta.screen.help": "f6"}) == []
    async with app.run_test(size=SIZE) as pilot:
        await open_first_result(pilot, "musk")
        commands = {command.title: command for command in app.get_system_commands(app.screen)}
        assert commands["Timeline"].help.endswith(" · t")
        assert commands["Help"].help.endswith(f" · {app.get_key_display(Binding('f6', ''))}")


def test_every_registered_action_names_something_that_runs() -> None:
    """Actions are strings: a renamed method or pane command would make its key silently
    do nothing."""
    from textual.actions import parse
    from warta.tui.widgets.article_pane import ArticlePane
    from warta.tui.widgets.panes import Panes

    panes = {"article": ArticlePane, "panes": Panes}
    owners: list[type[object]] = [
        WartaApp,
        MainScreen,
        HelpScreen,
        SearchBar,
        ResultsList,
        Reader,
        FindBar,
        Timeline,
        EntitySidebar,
        MentionList,
        EntityView,
    ]
    for owner in owners:
        for binding in owner.BINDINGS:  # type: ignore[attr-defined]
            namespace, name, arguments = parse(binding.action)
            target = {"app": WartaApp, "screen": MainScreen}.get(namespace, owner)
            assert hasattr(target, f"action_{name}"), binding.action
            if target is MainScreen and name in panes:
                assert arguments[0] in panes[name].COMMANDS, binding.action
                assert callable(getattr(panes[name], str(arguments[0])))


async def test_ctrl_c_names_the_quit_key_the_user_chose(seeds_service: SearchService) -> None:
    app = WartaApp(seeds_service)
    assert keys.apply_keymap(app, {"warta.app.quit": "f10,ctrl+q"}) == []
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape", "ctrl+c")
        await pilot.pause()
        notices = [str(notice.message) for notice in app._notifications]
        assert "Press f10 to quit warta." in notices
