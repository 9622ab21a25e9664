"""Round 24's merge: rules that each held alone and met in one article."""

import pytest
from warta.search.entities.linking import extract_mentions


@pytest.mark.parametrize("name", ["Kirana Incubator", "Lentera Incubator", "Arka Incubator"])
def test_a_company_read_once_as_a_person_is_no_relative_of_itself(name: str) -> None:
    """After ``asal Sumatra,`` the tagger reads the company alone as a person; the company
    is no family of that reading: every mention stays the organisation."""
    text = (
        f"Kepada wartawan, CEO {name} Andika Pratama mengatakan kehadiran {name} diharapkan "
        f"memancing startup lokal. Selain fokus kepada startup asal Sumatra, {name} juga "
        f"mengajak startup dari Jawa. Andika mengatakan {name} sudah membina 20 startup."
    )
    kinds = {m.kind for m in extract_mentions("", text) if m.surface == name}
    assert kinds == {"organisation"}
