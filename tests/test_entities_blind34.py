"""Entity rules of the blind34 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def _surfaces(body: str) -> list[str]:
    return [mention.surface for mention in extract_mentions("", body)]


def test_a_faiths_people_is_no_person_even_after_a_cue() -> None:
    # "membela Muslim Uighur" read the two words as a person, then every "Uighur" after.
    body = (
        "Tak ada negara tetangga yang membela Muslim Uighur. Warga Uighur di Xinjiang "
        "mengeluh, kata peneliti Rina Marlina. Penganut Muslim di sana dilarang berpuasa."
    )
    surfaces = _surfaces(body)
    assert not [name for name in surfaces if "Uighur" in name or "Muslim" in name]
    assert _found(body).get("Rina Marlina") == "person"


def test_human_rights_are_no_organisation_but_their_bodies_are() -> None:
    # "Hak Asasi Manusia (HAM)" was read as a body defined with its acronym, then every HAM.
    found = _found(
        "Para aktivis Hak Asasi Manusia (HAM) menyoroti dugaan pelanggaran HAM di Papua. "
        "Komnas HAM dan Kementerian Hukum dan HAM berjanji menyelidikinya."
    )
    assert "Hak Asasi Manusia (HAM)" not in found
    assert "HAM" not in found
    assert found.get("Komnas HAM") == "organisation"
    assert found.get("Kementerian Hukum dan HAM") == "organisation"
    assert found.get("Papua") == "place"


def test_a_race_named_with_run_or_marathon_is_an_event() -> None:
    # A fun run was read as a person, a marathon as a place; races are events, no entity.
    body = (
        "Selain pelari umum, Adhyaksa Run kali ini juga diikuti puluhan jaksa dari seluruh "
        "daerah. Sebanyak 5.000 pelari mengikuti Bandung Marathon yang diselenggarakan oleh "
        "Pemkot Bandung."
    )
    surfaces = _surfaces(body)
    assert not [name for name in surfaces if "Run" in name or "Marathon" in name]
    assert _found(body).get("Pemkot Bandung") == "organisation"
