"""Product rules of the prod3 round (issue #14: products that generalise to news the rules
never saw), on sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_an_untagged_title_after_a_work_noun_is_a_work() -> None:
    body = (
        "Penyanyi Rina Kartika kembali lewat lagu Senja Terakhir yang ditulisnya di Bali. "
        "Ia juga mengisi musik film Cahaya Pagi dan menyiapkan album Langit Jingga. "
        "Aktor itu dikenal lewat film The Road to Nowhere, diputar di festival film "
        "Internasional."
    )
    found = _kinds(body)
    assert found.get("Senja Terakhir") == {"product"}
    assert found.get("Cahaya Pagi") == {"product"}
    assert found.get("Langit Jingga") == {"product"}
    assert found.get("The Road to Nowhere") == {"product"}
    assert "Internasional" not in found
    assert found.get("Rina Kartika") == {"person"}


def test_a_chart_a_festival_or_a_homeland_after_a_work_noun_is_no_work() -> None:
    body = (
        "Album itu masuk tangga lagu Billboard pekan ini. Festival Film Indonesia digelar "
        "di Jakarta, dan para artis film Tanah Air hadir. Acara Hari Film Nasional juga "
        "meriah."
    )
    found = _kinds(body)
    assert "product" not in {kind for kinds in found.values() for kind in kinds}
