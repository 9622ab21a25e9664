"""Entity rules of the org32 round (issue #14, organisations in older news), on sentences
written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_regional_office_keeps_the_fields_its_name_joins_with_dan_and_its_seat() -> None:
    found = _kinds(
        "Kepala Dinas Pertambangan dan Energi Provinsi Jabar Asep Sunarya, di Bandung, "
        "Senin (12/3), mengatakan, cadangan itu besar."
    )
    assert found["Dinas Pertambangan dan Energi Provinsi Jabar"] == {"organisation"}
    assert found["Asep Sunarya"] == {"person"}
    assert "Dinas Pertambangan" not in found


def test_a_body_ends_before_dan_and_a_second_name() -> None:
    found = _kinds("Dana itu dikelola Badan Pusat Statistik dan Bank Indonesia.")
    assert found["Badan Pusat Statistik"] == {"organisation"}
    assert found["Bank Indonesia"] == {"organisation"}
    found = _kinds("Rapat itu dihadiri Dinas Kesehatan dan Rudi Hartono dari Bogor.")
    assert found["Rudi Hartono"] == {"person"}
    assert not any(
        surface.endswith("Rudi Hartono") and surface != "Rudi Hartono" for surface in found
    )
    found = _kinds("Surat itu dikirim ke Badan Narkotika Nasional dan Kejaksaan Agung.")
    assert "Badan Narkotika Nasional dan Kejaksaan Agung" not in found


def test_a_regional_office_defined_with_its_acronym_keeps_its_seat() -> None:
    found = _kinds(
        "Menurut petugas Balai Konservasi Sumber Daya Alam (BKSDA) Sulawesi Tengah, harimau "
        "itu sudah tua. Kepala Dinas Perhubungan dan Pariwisata (Dishubpar) Bantul, Yusran, "
        "membenarkannya."
    )
    assert found["Balai Konservasi Sumber Daya Alam (BKSDA) Sulawesi Tengah"] == {"organisation"}
    assert found["Dinas Perhubungan dan Pariwisata (Dishubpar) Bantul"] == {"organisation"}
    assert found["Yusran"] == {"person"}


def test_a_hall_or_a_venue_named_balai_stays_a_place() -> None:
    assert _kinds("Warga mengadu ke Balai Kota Bandung kemarin.") == {
        "Balai Kota Bandung": {"place"}
    }
    found = _kinds("Konser itu digelar di Balai Sarbini, Jakarta.")
    assert found.get("Jakarta") == {"place"}


def test_an_assembly_or_a_court_of_a_known_body_is_its_unit() -> None:
    found = _kinds(
        "Sidang Majelis Umum PBB digelar di New York. Kasus itu disidangkan di Mahkamah "
        "Kejahatan Perang PBB di Den Haag."
    )
    assert found["Majelis Umum PBB"] == {"organisation"}
    assert found["Mahkamah Kejahatan Perang PBB"] == {"organisation"}


def test_a_panel_of_judges_or_a_party_board_is_no_unit_of_the_body() -> None:
    found = _kinds("Ketua Majelis Hakim Mahkamah Konstitusi membacakan putusan itu.")
    assert found == {"Mahkamah Konstitusi": {"organisation"}}
    found = _kinds("Ketua Majelis Syuro PKS hadir dalam acara itu.")
    assert "Majelis Syuro PKS" not in found
    found = _kinds("Majelis Ulama Indonesia mengeluarkan fatwa baru.")
    assert found == {"Majelis Ulama Indonesia": {"organisation"}}


def test_a_body_takes_every_field_its_name_joins_with_dan() -> None:
    found = _kinds(
        "Pameran itu didukung Kementerian Koperasi dan Usaha Kecil dan Menengah, serta "
        "Badan Ekonomi Kreatif."
    )
    assert found["Kementerian Koperasi dan Usaha Kecil dan Menengah"] == {"organisation"}


def test_a_city_police_command_spelt_out_is_an_organisation() -> None:
    found = _kinds(
        "Petugas Satuan Reserse Narkoba Kepolisian Kota Besar Medan menangkap dua orang. "
        "Keduanya kini ditahan di Kepolisian Kota Binjai."
    )
    assert found["Satuan Reserse Narkoba Kepolisian Kota Besar Medan"] == {"organisation"}
    assert found["Kepolisian Kota Binjai"] == {"organisation"}


def test_a_city_named_near_the_police_or_its_government_stays_a_place() -> None:
    found = _kinds("Ia melapor ke kantor Kepolisian di Kota Medan.")
    assert found["Kota Medan"] == {"place"}
    found = _kinds("Bantuan itu diberikan pemerintah Kota Medan kepada warga.")
    assert found["Kota Medan"] == {"place"}
    found = _kinds("Kapolda mengatakan Kota Medan aman.")
    assert found["Kota Medan"] == {"place"}


def test_a_name_ending_in_university_is_an_organisation_even_after_di() -> None:
    found = _kinds(
        "Siang harinya Presiden memberi ceramah di Columbia University. Ia lalu terbang ke "
        "Leiden University di Belanda."
    )
    assert found["Columbia University"] == {"organisation"}
    assert found["Leiden University"] == {"organisation"}


def test_the_place_a_university_is_named_after_stays_a_place_alone() -> None:
    found = _kinds("Ia lahir di Columbia, lalu pindah ke Leiden untuk bekerja.")
    assert found.get("Columbia") == {"place"}
    assert found.get("Leiden") == {"place"}


def test_a_name_ending_in_international_read_as_a_person_is_an_organisation() -> None:
    found = _kinds("Menurut Transparency International, indeks korupsi naik tahun ini.")
    assert found["Transparency International"] == {"organisation"}


def test_an_airport_ending_in_international_stays_a_place() -> None:
    found = _kinds("Pesawat itu mendarat di Soekarno-Hatta International kemarin sore.")
    assert found["Soekarno-Hatta International"] == {"place"}


def test_the_acronym_of_a_regional_office_with_its_seat_names_it_alone_later() -> None:
    body = (
        "Balai Pelestarian Cagar Budaya (BPCB) Jambi meneliti candi itu. Menurut Kepala BPCB, "
        "candi itu dibangun abad ke-9."
    )
    keys = {m.surface: m.key for m in extract_mentions("", body)}
    assert keys["BPCB"] == keys["Balai Pelestarian Cagar Budaya (BPCB) Jambi"]
