"""Round 33 (news34u): faults found on a second tune sample of modern online news
(IndoSum, news-3302-t), each read through ``extract_mentions`` on sentences written for the
test, with sentences of the same position where the rule must not fire."""

from __future__ import annotations

import pytest
from warta.search.entities import extract_mentions


def _found(body: str, title: str = "") -> set[tuple[str, str]]:
    return {(mention.surface, mention.kind) for mention in extract_mentions(title, body)}


@pytest.mark.parametrize(
    ("body", "name", "site"),
    [
        (
            "Menurut pantauan kumparan (kumparan.com) di lokasi, warga sudah mengungsi.",
            "kumparan",
            "kumparan.com",
        ),
        (
            "Hal itu dikatakan Sutarno kepada detikcom (detik.com) saat dihubungi, Senin.",
            "detikcom",
            "detik.com",
        ),
    ],
)
def test_a_website_in_parentheses_after_its_publisher_is_a_mention_of_its_own(
    body: str, name: str, site: str
) -> None:
    # The publisher and its website are two namings (as the annotated samples mark
    # them), not one mention running over the parentheses like an acronym's.
    found = _found(body)
    assert (name, "organisation") in found
    assert (site, "organisation") in found
    assert not any("(" in surface for surface, _ in found)


@pytest.mark.parametrize(
    ("body", "mention"),
    [
        ("Hakim Mahkamah Konstitusi (MK) menolak gugatan itu.", "Mahkamah Konstitusi (MK)"),
        ("Proyek itu digarap PT Pertamina (Persero) tahun ini.", "PT Pertamina (Persero)"),
        ("Laporan Badan Kesehatan Dunia (WHO) terbit kemarin.", "Badan Kesehatan Dunia (WHO)"),
    ],
)
def test_an_acronym_or_a_legal_form_in_parentheses_stays_in_the_mention(
    body: str, mention: str
) -> None:
    # Guards: only a website is parted from the name before it.
    assert (mention, "organisation") in _found(body)
