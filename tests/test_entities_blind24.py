"""Entity rules of the blind24 round (issue #14), on sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_venue_named_in_italian_or_spanish_is_a_place() -> None:
    body = (
        "Berlaga di kandang lawan, Stadio Comunale Renato Dall Ara, Senin dini hari, "
        "Bologna kalah. Sepekan kemudian mereka main di Estadio Ramon Sanchez Pizjuan."
    )
    found = _kinds(body)
    assert found.get("Stadio Comunale Renato Dall Ara") == {"place"}
    assert found.get("Estadio Ramon Sanchez Pizjuan") == {"place"}


def test_an_archipelago_beaten_by_a_national_team_is_a_place() -> None:
    body = (
        "Sebelumnya mereka juga menang atas Kepulauan Cook (9 - 0), Nepal (2 - 1), "
        "dan Bhutan (1 - 0)."
    )
    found = _kinds(body)
    assert found.get("Kepulauan Cook") == {"place"}
    assert found.get("Nepal") == {"place"}


def test_initials_after_saudara_are_no_entity() -> None:
    body = (
        "Polisi menetapkan saudara RK dan saudara MA sebagai tersangka pembakaran. "
        "Menurut Kapolsek, MA yang membeli bensin itu di warung dekat pasar."
    )
    found = _kinds(body)
    assert "MA" not in found
    assert "RK" not in found


def test_densus_alone_is_the_counterterrorism_unit() -> None:
    body = (
        "Seorang warga Klaten dijemput Densus 88 di rumahnya. Tim Densus lalu membawanya "
        "ke Jakarta. Menurut tetangga, Densus datang pukul tujuh pagi."
    )
    found = _kinds(body)
    assert found.get("Densus") == {"organisation"}


def test_the_jakarta_provincial_government_keeps_its_seat() -> None:
    body = (
        "Pemprov DKI Jakarta menambah dua panti sosial tahun ini. "
        "Kepala dinas menyebut Pemprov DKI Jakarta sudah menyiapkan lahannya di Cipayung."
    )
    found = _kinds(body)
    assert found.get("Pemprov DKI Jakarta") == {"organisation"}
    assert "Jakarta" not in found


def test_a_name_after_alias_cut_in_two_is_one_person() -> None:
    body = "Hakim membacakan dakwaan untuk Suryo alias Gendut Sulaiman, warga Tegal."
    found = _kinds(body)
    assert found.get("Gendut Sulaiman") == {"person"}
    assert "Gendut" not in found


def test_a_street_abbreviated_jln_is_a_street() -> None:
    body = (
        "Razia digelar di Jln Veteran, Medan, dan di Jln. Binjai - Stabat, Langkat. "
        "Polisi menyita dua sepeda motor."
    )
    found = _kinds(body)
    assert found.get("Jln Veteran") == {"place"}
    assert "Jln" not in found


def test_an_acronym_leaving_out_indonesia_is_the_body_it_follows() -> None:
    body = (
        "Acara itu didukung Asosiasi Pedagang Kopi Indonesia (Apeko) dan dua bank. "
        "Ketua Umum Apeko Sari Dewi mengatakan anggotanya bertambah. "
        "Kini Apeko punya 300 anggota."
    )
    found = _kinds(body)
    assert found.get("Asosiasi Pedagang Kopi Indonesia (Apeko)") == {"organisation"}
    assert found.get("Apeko") == {"organisation"}
    assert found.get("Sari Dewi") == {"person"}


def test_gps_is_no_entity() -> None:
    body = (
        "Perusahaan juga memasang internet gratis dan GPS di layar setiap kursi. "
        "Selain itu juga GPS agar sopir tahu posisi bus, kata Budi."
    )
    found = _kinds(body)
    assert "GPS" not in found
    assert found.get("Budi") == {"person"}


def test_the_grand_prix_racing_alone_is_no_place() -> None:
    body = (
        "Pebalap Spanyol itu mulai tampil di ajang balap motor Grand Prix sejak 2002. "
        "Setiap juara dunia di Grand Prix berhak memakai nomor 1."
    )
    found = _kinds(body)
    assert "Grand Prix" not in found
    assert found.get("Spanyol") == {"place"}


def test_a_linked_headline_in_title_case_does_not_run_names_together() -> None:
    body = (
        "Skor pun berubah 1 - 0.\n\n"
        "SIMAK JUGA:   Pemain Muda Persib Masuk Bidikan Timnas Indonesia Buat Asian Games\n\n"
        "Tertinggal satu gol, Laos mencoba menyerang."
    )
    found = _kinds(body)
    assert found.get("Persib") == {"organisation"}
    assert found.get("Laos") == {"place"}
    assert not any("Masuk" in name for name in found)
