"""Entity rules of the blind26 round (issue #14), on sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_brands_model_with_its_number_is_a_product() -> None:
    body = (
        "Lenovo ThinkPad 14 kini dijual di Indonesia. Tahun lalu Lenovo hanya memperbarui "
        "prosesornya, tetapi kali ini Lenovo merombak bodinya. Menurut Lenovo, ThinkPad 14 "
        "generasi baru ini lebih ringan dan baterai ThinkPad 14 bertahan sepuluh jam."
    )
    found = _kinds(body)
    assert found.get("Lenovo ThinkPad 14") == {"product"}
    assert found.get("ThinkPad 14") == {"product"}
    assert found.get("Lenovo") == {"organisation"}


def test_a_processor_named_by_its_model_number_shape_is_a_product() -> None:
    body = (
        "Varian termurah memakai Ryzen r5 dan RAM 8 GB, sementara varian termahal memakai "
        "Core i7 dengan RAM 16 GB."
    )
    found = _kinds(body)
    assert found.get("Core i7") == {"product"}
    assert found.get("Ryzen r5") == {"product"}


def test_an_age_group_after_a_team_is_no_model() -> None:
    body = (
        "Pelatih Persib menilai timnya siap. Persib U19 akan bertanding melawan Persija "
        "U19 di Bandung, Minggu."
    )
    found = _kinds(body)
    assert "product" not in {kind for kinds in found.values() for kind in kinds}


def test_an_article_after_an_organisation_is_no_model() -> None:
    body = (
        "KPK menjerat tersangka dengan Pasal 12 huruf a. Anggota DPR RI 2019 itu membantah. "
        "Juru bicara KPK menyebut berkasnya lengkap."
    )
    found = _kinds(body)
    assert "product" not in {kind for kinds in found.values() for kind in kinds}


def test_polisi_after_a_police_rank_is_part_of_the_rank() -> None:
    body = (
        "Kapolda Sumut Irjen Polisi Rudi Hartono meninjau lokasi banjir. Sehari sebelumnya "
        "Kapolres Brigjen Polisi Wahyu Setiawan sudah menyiagakan anak buahnya."
    )
    found = _kinds(body)
    assert found.get("Rudi Hartono") == {"person"}
    assert found.get("Wahyu Setiawan") == {"person"}
    assert not any(surface.startswith("Polisi") for surface in found)


def test_a_publisher_after_a_city_and_its_province_in_a_dateline_is_no_mention() -> None:
    body = (
        "Garut, Jawa Barat (ANTARA News) - Dinas Sosial menyalurkan bantuan kepada korban "
        'banjir. "Bantuan datang hari ini," kata Kepala Dinas Sosial kepada Antara di Garut.'
    )
    found = _kinds(body)
    assert "ANTARA News" not in found
    assert found.get("Garut") == {"place"}
    assert found.get("Jawa Barat") == {"place"}
    assert found.get("Antara") == {"organisation"}


def test_a_bay_or_a_beach_named_after_a_city_is_a_place_of_its_own() -> None:
    body = (
        "Menurut data kementerian, reklamasi Teluk Jakarta dapat membuka ribuan lapangan "
        "kerja. Sebanyak 17 pulau dibangun di Teluk Jakarta sejak 2012. Pada akhir pekan "
        "wisatawan memadati Pantai Padang, sementara warga Jakarta berlibur ke Bogor."
    )
    found = _kinds(body)
    assert found.get("Teluk Jakarta") == {"place"}
    assert found.get("Pantai Padang") == {"place"}
    assert found.get("Jakarta") == {"place"}


def test_a_court_written_in_full_keeps_the_seat_after_it() -> None:
    body = (
        "Jaksa melimpahkan berkas terdakwa ke Pengadilan Tindak Pidana Korupsi Bandung, "
        "Senin. Sidang perdana di Pengadilan Tindak Pidana Korupsi Bandung digelar pekan "
        "depan."
    )
    found = _kinds(body)
    assert found.get("Pengadilan Tindak Pidana Korupsi Bandung") == {"organisation"}
    assert "Bandung" not in found


def test_a_meeting_defined_with_its_acronym_is_no_organisation() -> None:
    body = (
        "Direksi baru dipilih dalam Rapat Umum Pemegang Saham Luar Biasa (RUPSLB) di Jakarta. "
        "Sebelumnya Komisi VII DPR menggelar Rapat Dengar Pendapat (RDP) dengan PT Pertamina. "
        "Usai RDP, direksi enggan berkomentar soal hasil RUPSLB."
    )
    found = _kinds(body)
    assert "RDP" not in found
    assert "RUPSLB" not in found
    assert not any(surface.startswith("Rapat") for surface in found)
    assert found.get("Jakarta") == {"place"}


def test_a_surname_after_its_lowercase_particle_takes_it() -> None:
    body = (
        "Mantan presiden Frederik de Klerk meninggal dunia. Semasa hidupnya, de Klerk "
        "membebaskan Nelson Mandela. Menurut keluarga, de Klerk wafat di rumahnya."
    )
    found = _kinds(body)
    assert found.get("Frederik de Klerk") == {"person"}
    assert found.get("de Klerk") == {"person"}
    assert "Klerk" not in found


def test_the_feast_after_hari_raya_is_no_place() -> None:
    body = (
        "Sidang perdana terdakwa akan digelar usai Hari Raya Idul Fitri. Harga sapi di "
        "Garut naik menjelang Hari Raya Idul Adha."
    )
    found = _kinds(body)
    assert not any("Hari Raya" in surface for surface in found)
    assert found.get("Garut") == {"place"}


def test_an_acronym_counting_its_capitals_with_digits_names_the_body_it_defines() -> None:
    body = (
        "Balai Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI) Jawa Tengah memulangkan "
        "dua pekerja. Menurut Kepala BP3MI, keduanya sehat. Pusat Pelayanan Terpadu "
        "Pemberdayaan Perempuan dan Anak (P2TP2A) ikut membantu, dan P2TP2A menyiapkan "
        "psikolog."
    )
    found = _kinds(body)
    assert found.get("BP3MI") == {"organisation"}
    assert found.get("P2TP2A") == {"organisation"}
    assert found.get("Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak (P2TP2A)") == {
        "organisation"
    }


def test_a_one_word_holder_after_an_office_and_its_seat_is_a_person() -> None:
    body = (
        '"Sekolah tetap buka," kata Kepala Dinas Pendidikan Kota Bogor Fahrudin di Bogor, '
        "Senin. Sementara itu Kepala Dinas Pemuda dan Olahraga Garut Wawan menyiapkan "
        "lapangan."
    )
    found = _kinds(body)
    assert found.get("Dinas Pendidikan Kota Bogor") == {"organisation"}
    assert found.get("Fahrudin") == {"person"}
    assert found.get("Dinas Pemuda dan Olahraga Garut") == {"organisation"}
    assert found.get("Wawan") == {"person"}


def test_a_club_named_juniors_goes_by_its_first_word() -> None:
    body = (
        "Argentinos Juniors resmi memulangkan gelandang senior mereka. Pemain itu akan "
        "bergabung ke Argentinos pekan depan setelah kontraknya di Meksiko habis."
    )
    found = _kinds(body)
    assert found.get("Argentinos Juniors") == {"organisation"}
    assert found.get("Argentinos") == {"organisation"}
    assert found.get("Meksiko") == {"place"}
