"""Round 30's entity rules mended where they took a person for a ship, a company or a
product, on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def test_a_ships_crew_or_owner_after_kapal_stays_a_person() -> None:
    found = _found(
        "Nakhoda kapal Darmawan Siregar mengatakan angin kencang. Pemilik kapal Hendra "
        "Gunawan sudah melapor ke polisi."
    )
    assert found.get("Darmawan Siregar") == "person"
    assert found.get("Hendra Gunawan") == "person"
    for body, name in (
        ("Kapten kapal Bambang Wijaya menolak berkomentar.", "Bambang Wijaya"),
        ("ABK kapal Eko Prasetyo belum ditemukan.", "Eko Prasetyo"),
        ("Seorang anak buah kapal Agus Salim selamat.", "Agus Salim"),
    ):
        assert _found(body).get(name) == "person", body


def test_a_companys_staff_after_its_origin_and_a_comma_stays_a_person() -> None:
    found = _found("Menurut pemilik perusahaan di Bogor, Dedi Kurniawan, gudang itu terbakar.")
    assert found.get("Dedi Kurniawan") == "person"
    found = _found(
        "Seorang karyawan perusahaan dari Korea Selatan, Kim Min Jae, mengatakan hal itu."
    )
    assert found.get("Kim Min Jae") == "person"


def test_a_maker_or_owner_before_a_makes_year_stays_a_person() -> None:
    found = _found("Ia bermain dalam film karya Hanung Bramantyo produksi 2016 di Bandung.")
    assert found.get("Hanung Bramantyo") == "person"
    found = _found("Polisi menyita sepeda motor milik Rahmat Hidayat keluaran 2008 kemarin.")
    assert found.get("Rahmat Hidayat") == "person"
