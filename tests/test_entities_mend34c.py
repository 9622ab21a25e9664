"""Mends to round 34's venue and office rules (round 34, review c). The police spelt
``Kepolisian Resort`` is the police, not a resort; a person with a venue's word for a
surname after a person's title stays the person; a venue after its officer, staff or
manager is the body running it; a regional office (``Kanwil``, ``Sudin``) ends at a new
line, a title or an honorific, another body's head after ``dan``, and in a headline at the
body; an organising committee is not joined over ``dan`` to another body's acronym. On
sentences written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.mention_kinds import surfaces_and_kinds as _mentions


def _title_mentions(title: str) -> list[tuple[str, str]]:
    """Each mention of a headline, as its surface and its kind."""
    return [(m.surface, m.kind) for m in extract_mentions(title, "Acara itu digelar pagi tadi.")]


# F1: the police's command level spelt ``Resort`` is no resort.


def test_the_police_spelt_resort_is_one_organisation() -> None:
    found = _kinds("Perkara itu kini ditangani Kepolisian Resort Cianjur.")
    assert found == {"Kepolisian Resort Cianjur": {"organisation"}}


def test_the_police_spelt_resort_with_a_city_is_one_organisation() -> None:
    found = _kinds("Laporan warga diterima Kepolisian Resort Kota Cianjur kemarin.")
    assert found == {"Kepolisian Resort Kota Cianjur": {"organisation"}}


# Guards: a resort and a resort with its city stay places.


def test_a_resort_run_into_its_city_stays_two_places() -> None:
    found = _kinds("Konferensi itu digelar di Nusa Indah Resort Bali pekan lalu.")
    assert found == {"Nusa Indah Resort": {"place"}, "Bali": {"place"}}
    assert _kinds("Ia menginap di Kirana Resort Lombok.") == {
        "Kirana Resort": {"place"},
        "Lombok": {"place"},
    }


# F2: a person whose surname is a venue's word, after a person's title, is the person.


def test_an_actress_named_plaza_is_a_person() -> None:
    assert _kinds("Aktris Melody Plaza membintangi film horor terbaru.")["Melody Plaza"] == {
        "person"
    }


def test_a_singer_named_place_is_a_person() -> None:
    found = _kinds("Penyanyi Rosa Place dan Andien Aisyah tampil malam itu.")
    assert found["Rosa Place"] == {"person"}


def test_a_person_quoted_by_menurut_is_a_person() -> None:
    assert _kinds("Menurut Derek Plaza, harga tiket naik.")["Derek Plaza"] == {"person"}


def test_a_person_named_square_after_dan_and_a_person_is_a_person() -> None:
    found = _kinds("Rapat itu dihadiri Budi dan Kevin Square kemarin.")
    assert found["Kevin Square"] == {"person"}


# Guards: venues listed after their noun and after di stay places.


def test_malls_after_their_noun_stay_places() -> None:
    found = _kinds("Promo itu berlaku di dua mal, yakni Marina Place dan Cempaka Square.")
    assert found["Marina Place"] == {"place"}
    assert found["Cempaka Square"] == {"place"}


def test_a_mall_after_di_stays_a_place() -> None:
    assert _kinds("Ia ditangkap di Harmoni Plaza kemarin.").get("Harmoni Plaza") == {"place"}


def test_a_mall_after_dan_and_another_mall_stays_a_place() -> None:
    found = _kinds("Promo berlaku di Lotus Mall dan Harbour Place hingga Minggu.")
    assert found["Harbour Place"] == {"place"}


# F4: after its officer, staff or manager a venue's name is the body running it.


def test_a_mall_after_its_director_is_the_body() -> None:
    found = _kinds("Direktur Samudra Square Jakarta mengatakan pengunjung naik.")
    assert found == {"Samudra Square Jakarta": {"organisation"}}


def test_a_mall_after_its_public_relations_is_the_body() -> None:
    found = _kinds("Humas Grand Pelangi Mall Bekasi mengatakan parkir penuh.")
    assert found == {"Grand Pelangi Mall Bekasi": {"organisation"}}


def test_a_mall_after_its_management_is_the_body() -> None:
    assert _kinds("Manajemen Marina Place menutup area parkir.") == {
        "Marina Place": {"organisation"}
    }


def test_a_golf_club_after_its_chairman_or_member_is_the_club() -> None:
    found = _kinds("Ketua Cemara Indah Golf Club Anton Wibisono terpilih kembali.")
    assert found["Cemara Indah Golf Club"] == {"organisation"}
    assert found["Anton Wibisono"] == {"person"}
    found = _kinds("Anggota Cemara Indah Golf Club memilih ketua baru.")
    assert found["Cemara Indah Golf Club"] == {"organisation"}


def test_a_publisher_named_hall_is_the_publisher() -> None:
    assert _kinds("Penerbit Benson Hall menerbitkan buku itu.")["Benson Hall"] == {"organisation"}


# F3: a body named ``... Hall`` stays the body unless the word before says where.


def test_a_political_club_named_hall_is_an_organisation() -> None:
    found = _kinds("Kelompok politik Harlow Hall menguasai kota itu selama puluhan tahun.")
    assert found["Harlow Hall"] == {"organisation"}


# Guard: a hall the tagger read as a body, after di, is the place.


def test_a_hall_after_di_is_a_place() -> None:
    assert _kinds("Pentas itu digelar di GranMega Hall kemarin.") == {"GranMega Hall": {"place"}}


def test_a_hall_after_the_place_it_is_in_after_di_is_a_place() -> None:
    found = _kinds("Perjanjian itu diteken di Vaasa, The Government Guest Hall, Finlandia.")
    assert found["The Government Guest Hall"] == {"place"}


def test_a_known_brand_shop_at_a_mall_is_an_organisation() -> None:
    found = _kinds("Gerai Starbucks Cempaka Square Mall tutup lebih awal kemarin.")
    assert found["Starbucks Cempaka Square Mall"] == {"organisation"}


# Guard: a venue named after its sponsor stays a place.


def test_a_venue_named_after_its_sponsor_stays_a_place() -> None:
    found = _kinds("Konser itu digelar di Samsung Hall, Seoul.")
    assert found["Samsung Hall"] == {"place"}
    found = _kinds("Konser itu digelar di Mercedes-Benz Arena, Shanghai.")
    assert found["Mercedes-Benz Arena"] == {"place"}


def test_a_mall_the_tagger_read_as_a_place_stays_a_place() -> None:
    found = _kinds("Bazar itu berlangsung di Lippo Mall Kemang, Jakarta, pekan ini.")
    assert found["Lippo Mall Kemang"] == {"place"}


# Guards: a golf club where golf is played, and a mall and its city after di, stay places.


def test_a_golf_club_after_di_stays_a_place() -> None:
    found = _kinds("Turnamen digelar di Cemara Indah Golf Club Jakarta.")
    assert found == {"Cemara Indah Golf Club": {"place"}, "Jakarta": {"place"}}


def test_a_mall_with_its_city_after_di_stays_two_places() -> None:
    found = _kinds("Jumpa penggemar digelar di Cempaka Square Mall Surabaya.")
    assert found == {"Cempaka Square Mall": {"place"}, "Surabaya": {"place"}}


# F5: an office's name stops at a new line.


def test_an_office_stops_at_a_paragraph_break() -> None:
    found = _mentions("Data itu disampaikan Kanwil Kemenkumham Jambi\n\nIa menyebut lapas penuh.")
    assert found == [("Kanwil Kemenkumham Jambi", "organisation")]


def test_a_sudin_stops_at_a_line_break() -> None:
    found = _kinds("Petugas Sudin PKP\nJakarta Utara memadamkan api.")
    assert found["Sudin PKP"] == {"organisation"}
    assert found["Jakarta Utara"] == {"place"}


# F6: an office's name stops before a title, an honorific or a degree.


def test_an_office_stops_before_an_honorific() -> None:
    found = _kinds("Pegawai Kanwil Kemenag Bapak Slamet Riyadi hadir di Medan.")
    assert found["Kanwil Kemenag"] == {"organisation"}
    assert found["Slamet Riyadi"] == {"person"}


def test_an_office_stops_before_a_title() -> None:
    found = _kinds("Petugas Kanwil Kemenkumham Kepala Divisi Imigrasi Bayu Prasetyo menjelaskan.")
    assert found["Kanwil Kemenkumham"] == {"organisation"}


def test_an_office_with_its_area_stops_before_a_degree() -> None:
    found = _kinds("Kepala Kanwil Kemenag Sumut Drs H Ramli Siregar mengatakan hal itu.")
    assert found["Kanwil Kemenag Sumut"] == {"organisation"}


# F7: in a headline an office ends at its body.


def test_an_office_in_a_headline_leaves_the_verb_out() -> None:
    assert ("Kanwil Kemenag Jawa Barat", "organisation") in _title_mentions(
        "Kanwil Kemenag Jawa Barat Gelar Rapat"
    )
    assert _title_mentions("Kanwil Kemenag Gelar Rapat Koordinasi Haji")[0] == (
        "Kanwil Kemenag",
        "organisation",
    )


# F8: ``dan`` before another body's or a venue's head ends an office.


def test_an_office_stops_before_a_hospital_after_dan() -> None:
    found = _kinds("Ia bekerja di Sudin Kesehatan dan Rumah Sakit Umum Daerah Jakarta Barat.")
    assert found["Sudin Kesehatan"] == {"organisation"}
    assert "Sudin Kesehatan dan Rumah Sakit Umum Daerah Jakarta Barat" not in found


def test_two_offices_joined_by_dan_stay_two() -> None:
    found = _kinds("Kanwil Kemenkumham dan Kanwil Kemenag Jambi menggelar rapat.")
    assert found["Kanwil Kemenkumham"] == {"organisation"}
    assert found["Kanwil Kemenag Jambi"] == {"organisation"}


# Minor: a qualifier after the office's area is part of its name.


def test_an_office_keeps_the_qualifier_after_its_area() -> None:
    assert _kinds("Kanwil DJP Jakarta Khusus menagih pajak itu.") == {
        "Kanwil DJP Jakarta Khusus": {"organisation"}
    }


# Guards: a unit's name with Umum, a unit spelt out over dan, and an office and a person
# in a body sentence keep what they were.


def test_a_unit_named_umum_keeps_its_area() -> None:
    found = _kinds("Sudin Pekerjaan Umum Jakarta Utara memperbaiki jalan.")
    assert found == {"Sudin Pekerjaan Umum Jakarta Utara": {"organisation"}}


def test_a_unit_spelt_out_over_dan_stays_one_office() -> None:
    found = _kinds("Sudin Pertamanan dan Hutan Kota Jakarta Pusat menanam pohon.")
    assert found == {"Sudin Pertamanan dan Hutan Kota Jakarta Pusat": {"organisation"}}


def test_an_office_in_a_body_sentence_keeps_its_unit_words() -> None:
    found = _kinds("Petugas Sudin Sumber Daya Air Jakarta Barat mengeruk saluran.")
    assert found == {"Sudin Sumber Daya Air Jakarta Barat": {"organisation"}}


# F9: an organising committee is not joined over dan to another body's acronym.


def test_a_committee_and_another_body_with_an_acronym_stay_apart() -> None:
    found = _kinds("Panitia Pekan Olahraga dan Komite Olimpiade Nasional (NOC) Brunei bertemu.")
    assert "Panitia Pekan Olahraga dan Komite Olimpiade Nasional (NOC)" not in found
    assert found["Brunei"] == {"place"}


# Guard: a committee alone before its OC acronym stays one organisation.


def test_a_committee_alone_keeps_its_organising_acronym() -> None:
    found = _kinds("Ketua Panitia Pekan Olahraga Pelajar (PORPOC) Budi Hartono menyatakan siap.")
    assert found["Panitia Pekan Olahraga Pelajar (PORPOC)"] == {"organisation"}
    assert found["Budi Hartono"] == {"person"}
