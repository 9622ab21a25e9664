"""Entity rules of the blind29 round (issue #14), on sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_surname_read_as_a_place_after_a_venue_named_after_the_person_is_the_person() -> None:
    body = (
        "Presiden Joe Biden bermain golf di Biden National Golf Club, Delaware, bersama "
        "Kishida. Biden dan Kishida lalu makan malam bersama keluarga."
    )
    found = _kinds(body)
    assert found.get("Biden National Golf Club") == {"place"}  # a golf club is a venue
    assert found.get("Biden") == {"person"}


def test_an_english_committee_with_its_acronym_is_one_organisation_found_alone_later() -> None:
    body = (
        "Dana untuk Thailand Asian Games Organizing Committee (THAGOC) sudah cair. "
        "Ketua THAGOC Somchai Prasert berharap dana itu cepat terserap.\n\n"
        "Selain itu, THAGOC akan merekrut relawan bulan depan."
    )
    found = _kinds(body)
    assert found.get("Thailand Asian Games Organizing Committee (THAGOC)") == {"organisation"}
    assert found.get("THAGOC") == {"organisation"}
    assert "Thailand" not in found


def test_an_english_council_or_commission_is_an_organisation() -> None:
    body = (
        "Laporan itu dirilis Global Wind Energy Council pekan lalu. Menurut Asia Pacific "
        "Fisheries Commission, tangkapan ikan turun tahun ini."
    )
    found = _kinds(body)
    assert found.get("Global Wind Energy Council") == {"organisation"}
    assert found.get("Asia Pacific Fisheries Commission") == {"organisation"}


def test_dk_before_a_known_body_is_its_council() -> None:
    body = (
        "Rapat itu dihadiri jajaran DK OJK dan perwakilan bank. Pelantikan anggota DK OJK "
        "yang baru dijadwalkan bulan depan."
    )
    found = _kinds(body)
    assert found.get("DK OJK") == {"organisation"}
    assert "OJK" not in found


def test_the_one_name_after_an_officials_ministry_is_the_official() -> None:
    body = (
        "Sidang perdana kasus itu dengan terdakwa dua eks pejabat Kementerian Dalam Negeri "
        "Irwan dan Sugianto dimulai pekan lalu."
    )
    found = _kinds(body)
    assert found.get("Kementerian Dalam Negeri") == {"organisation"}
    assert found.get("Irwan") == {"person"}


def test_a_name_ending_in_building_is_a_place() -> None:
    body = (
        '" Saya mundur, " kata Mbeki di gedung pemerintah, Harbour Building dalam pidato '
        "perpisahan selama 20 menit."
    )
    found = _kinds(body)
    assert found.get("Harbour Building") == {"place"}
    assert found.get("Mbeki") == {"person"}


def test_a_department_or_armed_forces_named_in_full_is_an_organisation() -> None:
    body = (
        '"Departemen Urusan Perikanan telah menerima laporan itu, dan Angkatan Bersenjata '
        'Filipina sudah dikerahkan ke lokasi," tulis juru bicara dalam pernyataannya.'
    )
    found = _kinds(body)
    assert found.get("Departemen Urusan Perikanan") == {"organisation"}
    assert found.get("Angkatan Bersenjata Filipina") == {"organisation"}
    assert "Filipina" not in found


def test_a_given_name_read_as_a_place_after_the_person_named_in_full_is_the_person() -> None:
    body = (
        "Sony Aji Pratama sering terkendala cedera sedangkan Simon Hartanto bermasalah dengan "
        "konsistensi penampilan.\n\nDi bawah generasi Sony dan Simon, angkatan berikutnya tak "
        "bisa memberikan jawaban yang lebih baik."
    )
    found = _kinds(body)
    assert found.get("Simon") == {"person"}
    assert found.get("Simon Hartanto") == {"person"}


def test_a_league_before_its_season_is_an_organisation() -> None:
    body = "Pemilik klub itu juga pemenang Canadian Football League 2016 bersama timnya."
    assert _kinds(body).get("Canadian Football League") == {"organisation"}


def test_a_national_team_heading_a_line_up_with_its_formation_stays_the_country() -> None:
    body = (
        "Perkiraan susunan pemain:\n\n"
        "Peru (4 - 4 - 2): Gallese; Advincula, Ramos, Zambrano, Trauco; Carrillo, Tapia, "
        "Yotun, Cueva; Farfan, Guerrero."
    )
    found = _kinds(body)
    assert found.get("Peru") == {"place"}
    assert found.get("Guerrero") == {"person"}


def test_a_body_before_a_rulings_number_is_no_product() -> None:
    body = (
        "Kami juga mencermati putusan MK Nomor 21 tahun lalu sebelum membuka penyidikan baru "
        "dalam perkara tersebut."
    )
    found = _kinds(body)
    assert "MK Nomor 21" not in found
    assert found.get("MK") == {"organisation"}
