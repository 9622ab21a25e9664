"""Round 31 of the explorer as a new user: a saved search deleted from the J list, and a
date of the timeline read there that Back returns from, as a browser's Back after an
in-page anchor."""

from __future__ import annotations

from pathlib import Path

import pytest
from warta.search.service import SearchService
from warta.search.workspace import Workspace
from warta.tui.app import WartaApp
from warta.tui.screens.workspace import SavedSearches

from tests.test_tui_flows import SIZE, open_first_result, search, settle
from tests.test_tui_workspace import notices, saved_list

# -- deleting a saved search from the J list ---------------------------------------------------


def _listed(listing: SavedSearches) -> list[str]:
    """The names the list shows, in order."""
    options = listing.option_list
    return [
        str(options.get_option_at_index(index).id)
        for index in range(options.option_count)
        if not options.get_option_at_index(index).disabled
    ]


def _app_with_saved(service: SearchService, data: Path, saved: dict[str, str]) -> WartaApp:
    """The explorer on a workspace with the searches ``saved`` (name: query)."""
    with Workspace(data) as workspace:
        for name, query in saved.items():
            workspace.save_search(name, query, [])
    return WartaApp(service, data_folder=data)


@pytest.mark.parametrize("keys", [("ctrl+delete",), ("tab", "d")], ids=["filter", "list"])
async def test_a_saved_search_is_deleted_from_the_list_and_the_notice_keeps_its_query(
    seeds_service: SearchService, tmp_path: Path, keys: tuple[str, ...]
) -> None:
    """J listed the saved searches with no key to delete one: only ``warta unsave``
    could. Ctrl+Delete from the filter (d once Tab has moved into the list) deletes the
    highlighted one through the workspace: its row goes, the others stay, and the notice
    says its name and query (so that it can be searched and saved again), as text: a
    name with brackets is not read as markup."""
    saved = {"[bold]banjir[/bold]": "banjir jakarta", "mobil": "musk tesla"}
    app = _app_with_saved(seeds_service, tmp_path, saved)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        listing = await saved_list(app, pilot)
        assert _listed(listing) == ["[bold]banjir[/bold]", "mobil"]
        await pilot.press(*keys)
        await settle(pilot)
        assert app.screen is listing
        assert _listed(listing) == ["mobil"]
        said = [text for _severity, text in notices(app)]
        assert any("[bold]banjir[/bold]" in text and "banjir jakarta" in text for text in said)
    with Workspace(tmp_path) as workspace:
        assert [saved.name for saved in workspace.saved_searches()] == ["mobil"]


async def test_the_delete_key_is_in_the_lists_hint_and_in_help(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """The hint under the list names the key (as the user's keymap binds it), and help
    lists it among the saved searches' keys."""
    from warta.tui.keys import SAVED_LIST, sections, shown_key

    app = _app_with_saved(seeds_service, tmp_path, {"mobil": "musk tesla"})
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        await saved_list(app, pilot)
        hint = str(app.screen.query_one(".hint").render())
        assert f"{shown_key(app, SAVED_LIST[0])}: delete it" in hint, hint
    ids = {binding.id for section in sections() for binding in section.bindings}
    assert SAVED_LIST[0].id == "warta.saved.delete" and SAVED_LIST[0].id in ids


async def test_delete_with_nothing_listed_does_nothing(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """With no saved search (or none matching the filter) the key deletes nothing."""
    app = _app_with_saved(seeds_service, tmp_path, {"mobil": "musk tesla"})
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "musk")
        await saved_list(app, pilot)
        await pilot.press("z", "z", "z")
        await settle(pilot)
        await pilot.press("ctrl+delete")
        await settle(pilot)
    with Workspace(tmp_path) as workspace:
        assert [saved.name for saved in workspace.saved_searches()] == ["mobil"]


# -- the timeline's "Read there" is a visit Back returns from --------------------------------


async def test_back_after_reading_at_a_date_returns_to_where_the_reader_was(
    seeds_service: SearchService, tmp_path: Path
) -> None:
    """Enter on a hit, ``t``, j j, Enter (read there), then Backspace left the article
    for the results. Back goes to where the reader was before the jump (its scroll and
    selected mention), and Forward to the date again."""
    app = WartaApp(seeds_service, data_folder=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("tab")
        await settle(pilot)
        reader = screen.reader
        article = reader.document
        before_mention = reader.current
        before_scroll = reader.scroll_y
        assert article is not None and before_mention is not None
        await pilot.press("t", "j", "j", "enter")
        await settle(pilot)
        assert reader.spot is not None and reader.current is None
        jumped_scroll = reader.scroll_y
        await pilot.press("backspace")
        await settle(pilot)
        assert reader.document is not None and reader.document.article.id == article.article.id
        assert app.focused is reader
        assert reader.current == before_mention
        assert reader.scroll_y == before_scroll
        await pilot.press("alt+right")
        await settle(pilot)
        assert reader.document is not None and reader.document.article.id == article.article.id
        assert reader.current is None and reader.scroll_y == jumped_scroll
        await pilot.press("backspace", "backspace")  # then the results, as before
        await settle(pilot)
        assert app.focused is screen.results
