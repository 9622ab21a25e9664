"""Round 33 (mend33c): faults a reviewer found in news34u's rules (citing media, blends
glossed in lowercase, directorates and agencies defined once, websites), each read through
``extract_mentions`` on sentences written for the test, with guards where the rule must
still fire."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions


def _found(body: str, title: str = "") -> set[tuple[str, str]]:
    return {(mention.surface, mention.kind) for mention in extract_mentions(title, body)}


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("", "Dilansir dari the"),
        ("", "Rina merilis album baru, seperti dilansir dari the"),
        ("", "dilansir laman the"),
        ("Dilansir dari the", "Rina merilis album baru."),
    ],
)
def test_a_citing_cue_closing_a_field_with_the_names_nothing(title: str, body: str) -> None:
    # ``the`` was skipped past the field's last word and the whole article failed.
    found = _found(body, title)
    assert all(kind != "organisation" for _, kind in found)
    if "Rina" in body:
        assert ("Rina", "person") in found
