"""The help screen (F1, ?): every key of the app, readable, in the interface language."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.screens.help import HelpScreen, KeyTable, key_rows
from warta.tui.screens.main import MainScreen

from .test_tui_flows import open_first_result, settle

#: Tall enough for every section of the help at once.
TALL = (100, 200)


def screen_text(app: App[None]) -> str:
    """What the terminal shows now, as plain lines (through the compositor, the same
    strips the terminal gets)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def test_help_lists_every_binding_and_closes(
    seeds_service: SearchService,
) -> None:
    app = WartaApp(seeds_service)
    async with app.run_test(size=TALL) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = screen_text(app)
        for section in screen.help_sections():
            assert section.title in shown
            for keys, description in key_rows(section.bindings):
                assert app.get_key_display(keys[0]) in shown
                assert (keys[0].tooltip or description)[:40] in shown
        await pilot.press("escape")
        assert app.screen is screen
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)


async def test_help_is_one_widget_per_section(seeds_service: SearchService) -> None:
    """Two widgets per key made help take seconds to open (B13)."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=TALL) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("f1")
        await pilot.pause()
        sections = [s for s in screen.help_sections() if key_rows(s.bindings)]
        # and the line that says when a find matches no key
        assert len(app.screen.query("#help > *")) == len(sections) + 1


async def test_help_scrolls_with_less_keys_at_80x24(seeds_service: SearchService) -> None:
    """Help is taller than 24 lines: j, k, space, b, g and G move it as in less (only the
    arrow keys did)."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        scroll = app.screen.query_one("#help")
        assert scroll.max_scroll_y > 0
        await pilot.press("j", "j")
        assert scroll.scroll_y == 2
        await pilot.press("k")
        assert scroll.scroll_y == 1
        await pilot.press("space")
        assert scroll.scroll_y > 10
        await pilot.press("b")
        assert scroll.scroll_y == 1
        await pilot.press("G")
        assert scroll.scroll_y == scroll.max_scroll_y
        assert "End of the help" in screen_text(app), "help lists its own keys"
        await pilot.press("g")
        assert scroll.scroll_y == 0


async def test_help_on_prompts_and_lists_says_enter_and_escape_once(
    seeds_service: SearchService,
) -> None:
    """The section of tags, saved searches and history listed esc twice (Cancel, Close)
    and not Enter, which answers them."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=TALL) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        section = next(s for s in screen.help_sections() if s.title.startswith("Tags"))
        keys = [app.get_key_display(bound[0]) for bound, _what in key_rows(section.bindings)]
        assert keys.count(app.get_key_display(Binding("escape", ""))) == 1
        assert app.get_key_display(Binding("enter", "")) in keys


async def test_help_says_what_enter_does_in_the_search_bar(seeds_service: SearchService) -> None:
    """Enter is the search bar's main key; its section listed only ↓ and Tab."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=TALL) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("f1")
        await pilot.pause()
        section = next(s for s in screen.help_sections() if s.title == "Search bar")
        rows = {app.get_key_display(bound[0]): what for bound, what in key_rows(section.bindings)}
        assert rows[app.get_key_display(Binding("enter", ""))].startswith(
            "Open the highlighted hit"
        )
        assert "Open the highlighted hit of the query as typed" in screen_text(app)


async def test_a_footer_too_narrow_for_a_key_leaves_it_out_whole(
    seeds_service: SearchService,
) -> None:
    """At 60 columns the reader's footer ended in "⌫" without its "Back" (and "c Quote"
    was under the help key): a key is shown whole or not at all, and back at a wider
    terminal."""
    from textual.widgets._footer import FooterKey

    def shown(app: WartaApp) -> tuple[list[str], bool]:
        """The footer's keys in view, and whether each is whole, left of F1."""
        keys = [key for key in app.screen.query(FooterKey) if key.display]
        help_key = next(key for key in keys if key.key == "f1")
        whole = all(key.region.right <= help_key.region.x for key in keys if key is not help_key)
        return [key.description for key in keys], whole

    app = WartaApp(seeds_service)
    async with app.run_test(size=(60, 20)) as pilot:
        await open_first_result(pilot, "musk")
        descriptions, whole = shown(app)
        assert whole and descriptions[:2] == ["Mention", "Same entity"]
        assert "Back" not in descriptions
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        descriptions, whole = shown(app)
        assert whole and {"Back", "Quote"} <= set(descriptions)


async def test_slash_in_help_finds_the_keys_by_what_they_do(seeds_service: SearchService) -> None:
    """Help is some 150 lines: a newcomer looking for the key that tags an article read
    them all (less finds in its help with /). / shows only the keys whose key or
    description has the words typed; Enter scrolls them, Escape shows every key again."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert "Keys (/ finds, Escape closes)" in screen_text(app)
        await pilot.press("slash", *"tag")
        await pilot.pause()
        shown = screen_text(app)
        assert "Tag the article: tag or +tag adds" in shown
        assert "Scroll down" not in shown and "Entity sidebar" in shown
        tables = [table for table in app.screen.query(KeyTable) if table.display]
        expected = {"Results", "Reader", "Entity view", "Entity sidebar"}
        expected.add("Tags, saved searches, history")  # Tab completes a tag in its prompt
        assert {table.heading for table in tables} == expected
        await pilot.press("enter", "q")  # q closes help again, once out of the find line
        assert isinstance(app.screen, MainScreen)
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("slash", *"tag", "escape")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert all(table.display for table in app.screen.query(KeyTable))


async def test_help_says_tab_completes_wherever_the_tag_key_is(
    seeds_service: SearchService,
) -> None:
    """The entity view's tag key did not say that Tab completes a tag, and the prompts'
    Tab said "Complete", which finding "tag" in help did not show."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1", "slash", *"tag")
        await pilot.pause()
        tables = [table for table in app.screen.query(KeyTable) if table.display]
        tag_rows = {
            table.heading: description
            for table in tables
            for keys, description, _names in table.shown
            if keys == "l"
        }
        assert {"Results", "Reader", "Entity view", "Entity sidebar"} <= set(tag_rows)
        assert all("Tab completes" in description for description in tag_rows.values())
        prompts = next(t for t in tables if t.heading == "Tags, saved searches, history")
        assert [keys for keys, _description, _names in prompts.shown] == ["tab"]


async def test_finding_no_key_in_help_says_so(seeds_service: SearchService) -> None:
    """Words no key has left help an empty box: it says nothing matches."""
    app = WartaApp(seeds_service)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1", "slash", *"zzz")
        await pilot.pause()
        assert "Nothing matches “zzz”." in screen_text(app)
        await pilot.press("backspace", "backspace", "backspace")
        await pilot.pause()
        assert "Nothing matches" not in screen_text(app) and "Entity sidebar" in screen_text(app)
