"""Round 26's explorer changes as they met on the merged main."""

from __future__ import annotations

from pathlib import Path

from warta.tui.app import WartaApp

from tests.test_tui_flows import open_first_result, settle

SIZE = (100, 30)

#: An article whose title reads as Textual markup: the entity view's ``!`` said it.
MARKUP_TITLED = {
    "banjir": "[b]Banjir[/b] besar [red]di Semarang\n\nSEMARANG - Joko Widodo meninjau banjir "
    "di Semarang pada Senin. Joko Widodo meminta warga waspada.\n",
}


async def test_starring_from_the_entity_view_shows_a_title_as_written(tmp_path: Path) -> None:
    """ux29's notice after ``!`` handed the article's title to the notice as markup: a
    title with ``[b]`` lost its brackets and turned bold (and a bad tag could fail)."""
    from tests.conftest import index_of

    service = index_of(tmp_path, MARKUP_TITLED)
    try:
        app = WartaApp(service, data_folder=tmp_path / "data")
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            screen = await open_first_result(pilot, "widodo")
            await pilot.press("tab", "enter", "j", "j")
            await settle(pilot)
            assert screen.query_one("#entity-view").display
            await pilot.press("exclamation_mark")
            await settle(pilot)
            await pilot.pause()
            toasts = [toast.render().plain for toast in app.screen.query("Toast")]
            assert any("Starred: [b]Banjir[/b]" in " ".join(t.split()) for t in toasts), toasts
    finally:
        service.close()
