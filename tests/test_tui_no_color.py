"""NO_COLOR=1: no colour reaches the terminal, and every mark stays visible by its text
style (bold, underline, reverse), as https://no-color.org asks of a readable app."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from textual.color import Color
from warta.search.service import SearchService
from warta.tui.app import WartaApp
from warta.tui.widgets.reader import Reader

from .test_tui_flows import SIZE, open_first_result

#: What the reader marks: a query match, a mention, the selected mention, the rest of the
#: selected entity's mentions, find matches and the current one.
MARKS = ("match", "mention", "current", "same", "find", "find-current")


def text_style(reader: Reader, role: str) -> tuple[bool, bool, bool]:
    style = reader.get_component_rich_style(f"reader--{role}", partial=True)
    return (bool(style.bold), bool(style.underline), bool(style.reverse))


async def test_without_colour_every_mark_has_a_text_style_of_its_own(
    seeds_service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = WartaApp(seeds_service)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_first_result(pilot, "musk")
        await pilot.press("tab", "tab")
        await pilot.pause()
        styles = {role: text_style(screen.reader, role) for role in MARKS}
        assert all(any(style) for style in styles.values()), styles
        assert len(set(styles.values())) == len(MARKS), f"two marks look alike: {styles}"

        drawn: list[Segment] = []
        for strip in app.screen._compositor.render_strips():
            segments = list(strip)
            for line_filter in app._filters:
                segments = line_filter.apply(segments, Color(0, 0, 0))
            drawn.extend(segments)
        colours = {
            colour.get_truecolor()
            for segment in drawn
            if segment.style is not None
            for colour in (segment.style.color, segment.style.bgcolor)
            if colour is not None and not colour.is_default
        }
        assert colours, "the screen was drawn"
        assert all(red == green == blue for red, green, blue in colours), "only greys"
