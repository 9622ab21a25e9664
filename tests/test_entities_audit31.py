"""Names the tagger read as persons that an English body's shape says are bodies."""

from warta.search.entities import extract_mentions


def _kinds(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def test_name_ending_in_an_english_body_head_is_an_organisation() -> None:
    kinds = _kinds("Risiko itu naik dua kali lipat pada perokok, menurut American Lung Society.")
    assert kinds.get("American Lung Society") == "organisation"


def test_foreign_bank_named_in_a_list_of_lenders_is_an_organisation() -> None:
    kinds = _kinds("Pinjaman itu diberikan oleh Bank Jateng, Woori Bank, dan Bank Bengkulu.")
    assert kinds.get("Woori Bank") == "organisation"


def test_english_daily_quoted_as_a_source_is_an_organisation() -> None:
    kinds = _kinds("Menurut Daily Express, Arteta ingin merekrut gelandang itu musim depan.")
    assert kinds.get("Daily Express") == "organisation"
    assert kinds.get("Arteta") == "person"


def test_person_with_a_surname_like_a_court_stays_a_person() -> None:
    kinds = _kinds("Petenis legendaris Margaret Court memuji juara baru itu.")
    assert kinds.get("Margaret Court") == "person"


def _kinds_of(surface: str, body: str) -> list[str]:
    """The kind of each mention of ``surface`` in ``body``, in reading order."""
    return [mention.kind for mention in extract_mentions("", body) if mention.surface == surface]


def test_known_team_goes_by_a_nickname_without_a_plural_s() -> None:
    kinds = _kinds_of(
        "Thunder",
        "Oklahoma City Thunder menang atas Los Angeles Clippers. Pada laga itu, Thunder "
        "unggul 118 - 109. Bintang Thunder, Paul George, mencetak 40 poin.",
    )
    assert kinds == ["organisation", "organisation"]


def test_name_after_a_passive_launch_and_a_copula_is_a_product() -> None:
    kinds = _kinds_of(
        "Rekso Jaga",
        "Layanan pertama yang diluncurkan adalah Rekso Jaga yang berbasis aplikasi. "
        "Saat ini Rekso Jaga baru tersedia di Surabaya.",
    )
    assert kinds == ["product", "product"]
