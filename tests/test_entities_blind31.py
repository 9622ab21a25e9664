"""Entity rules of the blind31 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _kinds(body: str) -> dict[str, set[str]]:
    """Each surface found in ``body`` with the kinds it was given."""
    found: dict[str, set[str]] = {}
    for mention in extract_mentions("", body):
        found.setdefault(mention.surface, set()).add(mention.kind)
    return found


def test_a_band_whose_members_are_its_personel_is_an_organisation() -> None:
    # A band named like a person was a person in every mention; ``personel X`` (the
    # members of X) says it is a group, as ``band X`` does.
    body = (
        "Band era 80 - an, Rama Sinta kembali berkarya. Jelang tahun baru, Rama Sinta "
        "menggandeng musisi senior Anwar Fauzi. Para personel Rama Sinta memiliki tujuan "
        "yang sama."
    )
    found = _kinds(body)
    assert found.get("Rama Sinta") == {"organisation"}
    assert found.get("Anwar Fauzi") == {"person"}
