"""Regional governments spelt out (``Pemerintah Kabupaten Sleman``) are one organisation,
as their short forms (``Pemkab Sleman``) are; a national government stays its country. On
sentences written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def _keys(body: str) -> dict[str, str]:
    return {mention.surface: mention.key for mention in extract_mentions("", body)}


def test_a_province_government_spelt_out_is_one_organisation() -> None:
    found = _kinds("Pemerintah Provinsi Kalimantan Utara menunda lelang proyek jalan itu.")
    assert found == {"Pemerintah Provinsi Kalimantan Utara": {"organisation"}}


def test_a_city_government_keeps_its_head_beside_the_city_named_alone() -> None:
    found = _kinds(
        "Pemerintah Kota Semarang menutup pasar itu, kata Wali Kota Semarang Budi Santoso."
    )
    assert found["Pemerintah Kota Semarang"] == {"organisation"}
    assert found["Semarang"] == {"place"}


def test_an_administrative_city_government_is_one_organisation() -> None:
    found = _kinds("Penertiban itu dilakukan Pemerintah Kota Administrasi Jakarta Timur kemarin.")
    assert found["Pemerintah Kota Administrasi Jakarta Timur"] == {"organisation"}


def test_a_regency_government_and_its_short_form_are_one_entity() -> None:
    keys = _keys(
        "Pemerintah Kabupaten Temanggung membuka posko banjir. Pemkab Temanggung juga "
        "menyiapkan dapur umum."
    )
    assert keys["Pemerintah Kabupaten Temanggung"] == keys["Pemkab Temanggung"]


def test_a_government_with_a_known_short_form_is_that_known_body() -> None:
    keys = _keys("Pemerintah Provinsi DKI menyiapkan anggaran untuk taman itu.")
    assert keys["Pemerintah Provinsi DKI"] == "pemerintah_provinsi_dki_jakarta"


def test_a_short_form_in_parentheses_inside_the_government_stays_in_its_mention() -> None:
    found = _kinds("Pemerintah Kabupaten (Pemkab) Temanggung memberikan beasiswa kepada atlet.")
    assert found == {"Pemerintah Kabupaten (Pemkab) Temanggung": {"organisation"}}


def test_a_national_government_stays_its_country() -> None:
    found = _kinds("Pemerintah Indonesia dan Pemerintah Turki menandatangani perjanjian dagang.")
    assert found == {"Indonesia": {"place"}, "Turki": {"place"}}


def test_a_lowercase_government_in_running_text_leaves_the_place_alone() -> None:
    found = _kinds("Warga sudah melapor kepada pemerintah Kabupaten Temanggung pekan lalu.")
    assert found == {"Kabupaten Temanggung": {"place"}}


def test_a_bureau_of_the_province_without_a_place_names_no_government() -> None:
    found = _kinds("Menurut Kepala Biro Pemerintah Provinsi, Budi Santoso, rapat itu ditunda.")
    assert found == {"Budi Santoso": {"person"}}


def test_a_village_government_leaves_the_village_a_place() -> None:
    found = _kinds("Pemerintah Desa Sukamaju membangun jembatan baru tahun ini.")
    assert found == {"Desa Sukamaju": {"place"}}


def test_a_level_alone_at_the_end_of_a_text_names_no_government() -> None:
    found = _kinds("Ia bekerja di Pemerintah Kota Administrasi")
    assert all(kind == {"place"} for kind in found.values())
