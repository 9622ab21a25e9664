"""Entity rules of the blind35 round (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def _mentions(body: str) -> list[tuple[str, str]]:
    return [(mention.surface, mention.kind) for mention in extract_mentions("", body)]


def test_a_chief_marketing_officer_is_a_title_before_the_company() -> None:
    # "CMO Tokomall Tommy Lim" was one person with the title and the store, and the store
    # a place everywhere else.
    body = (
        "Layanan marketplace gawai Tokomall kini berusia satu tahun. Kepada media, CMO "
        "Tokomall Tommy Lim mengungkapkan transaksi naik. Produk di Tokomall kini lebih "
        "beragam. Tokomall juga bermitra dengan GO - JEK."
    )
    mentions = _mentions(body)
    assert ("Tommy Lim", "person") in mentions
    assert [kind for surface, kind in mentions if "Tokomall" in surface] == ["organisation"] * 4


def test_an_embassy_written_kbri_stays_an_organisation() -> None:
    # "KBRI Den Haag" ended in "Haag", read as the surname of a person run into a place
    # (an institute "... Den Haag"), and became that person's relative.
    found = _found(
        "Malam budaya itu digelar di Den Haag pada Sabtu. Sejumlah mitra kerja KBRI Den Haag "
        "dan insan pers hadir. KBRI Den Haag menyajikan sate dan rendang.\n\n"
        "Pieter de Vries, Visiting Professor pada Clingendael Institute Den Haag, memuji acara."
    )
    assert found.get("KBRI Den Haag") == "organisation"
    assert found.get("Den Haag") == "place"


def test_an_english_professorship_is_a_title_not_a_person() -> None:
    # "Visiting Professor" after a name and a comma was read as a place or a person.
    body = (
        "Diskusi itu dibuka di Leiden pada Jumat. Hendrik Bakker, Visiting Professor pada "
        "Universitas Leiden, memuji para mahasiswa Indonesia yang hadir."
    )
    surfaces = [surface for surface, _ in _mentions(body)]
    assert not [surface for surface in surfaces if "Professor" in surface]
    assert ("Hendrik Bakker", "person") in _mentions(
        "Menurut Professor Hendrik Bakker, acara itu meriah."
    )


def test_a_name_after_a_players_position_is_the_player() -> None:
    # "kiper Jerry Mandagi" was read as an organisation, and "Mandagi" alone went unlinked.
    body = (
        "Persiba Balikpapan dan Mitra Kukar bermain imbang. Menerima umpan dari Yanto Basna, "
        "Rizky Pora melepaskan tendangan keras, tapi dapat ditepis kiper Jerry Mandagi. "
        "Setelah mengecoh bek Mitra Kukar, Rizky menjebol gawang Mandagi."
    )
    mentions = _mentions(body)
    assert ("Jerry Mandagi", "person") in mentions
    assert ("Mandagi", "person") in mentions
    assert [kind for surface, kind in mentions if surface == "Mitra Kukar"] == ["organisation"] * 2


def test_a_line_up_heading_in_capitals_is_the_club() -> None:
    # "BURNLEY:" over its line-up was the town; the heading in capitals names the team.
    body = (
        "Burnley menahan imbang Chelsea 1 - 1 di Turf Moor. Gol Burnley dicetak oleh "
        "Chris Wood, sementara bek Chelsea gagal mengawalnya. Burnley naik ke peringkat "
        "tujuh klasemen.\n\n"
        "BURNLEY: Pope; Lowton, Tarkowski, Mee, Taylor; Wood\n\n"
        "CHELSEA: Kepa; Azpilicueta, Rudiger, Luiz, Alonso; Hazard"
    )
    found = _found(body)
    assert found.get("BURNLEY") == "organisation"
    assert found.get("Burnley") == "organisation"


def test_a_rank_written_as_one_word_with_its_corps_is_a_title() -> None:
    # "Kombespol" (Kombes Pol written together) was read into the officer's name.
    body = (
        "Kapolres Metro Bekasi Kota, Kombespol Indarto Wibowo menegaskan akan menindak "
        "tegas pelaku sweeping selama bulan puasa di Kota Bekasi."
    )
    mentions = _mentions(body)
    assert ("Indarto Wibowo", "person") in mentions
    assert not [surface for surface, _ in mentions if "Kombespol" in surface]


def test_the_europa_league_written_in_indonesian_is_the_league() -> None:
    # "Liga Eropa" was the continent Eropa alone.
    mentions = extract_mentions("", "Sevilla menjuarai Liga Eropa tiga kali beruntun.")
    assert [(m.surface, m.kind, m.key) for m in mentions if "Eropa" in m.surface] == [
        ("Liga Eropa", "organisation", "liga_europa")
    ]


def test_cr7_is_cristiano_ronaldo() -> None:
    # The player's byname was no mention at all.
    mentions = extract_mentions(
        "", "Legenda klub itu menyarankan CR7 untuk pindah ke Turin musim depan."
    )
    assert [(m.surface, m.key) for m in mentions if m.kind == "person"] == [
        ("CR7", "cristiano_ronaldo")
    ]


def test_a_list_heading_runs_into_no_name_and_its_common_word_is_none() -> None:
    # "2.Mobil Pengantin" then "Mobil pengantin ..." was one product across the line break.
    body = (
        "Berikut beberapa hal yang bisa disewa untuk pernikahan.\n\n"
        "1. Gaun\n\nGaun pengantin bisa disewa dengan harga terjangkau.\n\n"
        "2.Mobil Pengantin\n\nMobil pengantin diperlukan untuk membawa kedua mempelai."
    )
    assert _mentions(body) == []


def test_a_duty_and_its_acronym_are_no_organisation() -> None:
    # "Bea Masuk Anti - Dumping (BMAD)" was an organisation, and "BMAD" alone after it.
    body = (
        "Amerika Serikat mengenakan Bea Masuk Anti - Dumping (BMAD) terhadap produk baja "
        "asal Vietnam. Besaran BMAD itu mencapai 20 persen. Sementara, Bea Masuk Imbalan "
        "(BMI) tidak dikenakan. Petugas Bea Cukai Tanjung Priok memeriksa kontainer baja itu."
    )
    found = _found(body)
    assert not [name for name in found if "Bea Masuk" in name or name in ("BMAD", "BMI")]
    assert found.get("Vietnam") == "place"
    assert [kind for name, kind in found.items() if name.startswith("Bea Cukai")] == [
        "organisation"
    ]


def test_a_director_generals_portfolio_is_part_of_the_title() -> None:
    # "Direktur Jenderal Perhubungan Darat Budi ..." ran the portfolio into an organisation
    # with the holder's name.
    body = (
        "Direktur Jenderal Perhubungan Darat Bambang Sulistyo meninjau Terminal Pulo Gebang "
        "pada Senin. Ia didampingi pejabat Kementerian Perhubungan."
    )
    mentions = _mentions(body)
    assert ("Bambang Sulistyo", "person") in mentions
    assert not [surface for surface, _ in mentions if "Darat" in surface]


def test_an_overseas_department_is_part_of_an_english_job_title() -> None:
    # "General Manager Overseas Business Alibaba Mobile Business Group Kenny Ye" gave the
    # department and the company as one organisation and "Group Kenny Ye" as a person.
    body = (
        "Hari ini Nusantara Mobile Business Group meluncurkan layanan iklan baru. Kepada media, "
        "General Manager Overseas Business Nusantara Mobile Business Group Hendra Lim "
        "mengungkapkan layanan itu menyasar merek lokal."
    )
    mentions = _mentions(body)
    assert ("Hendra Lim", "person") in mentions
    assert [m for m in mentions if "Nusantara" in m[0]] == [
        ("Nusantara Mobile Business Group", "organisation")
    ] * 2


def test_a_speakers_job_in_parentheses_makes_a_person_and_a_company() -> None:
    # "di antaranya Gerald Logor (Marketing Intelligence Lead Shopee)" read the speaker as a
    # place; the companies after the jobs went unread, or ran into the job.
    body = (
        "Pembicara yang akan hadir di antaranya Rangga Wiratama (Growth Lead Tokopedia), "
        "Sinta Maharani (VP Marketing Kopikita), Dimas Pratama (Head of Marketing "
        "Bukalapak), dan Yohana Sari (Customer Success Manager Sribuu)."
    )
    mentions = _mentions(body)
    for person in ("Rangga Wiratama", "Sinta Maharani", "Dimas Pratama", "Yohana Sari"):
        assert (person, "person") in mentions
    for company in ("Tokopedia", "Kopikita", "Bukalapak", "Sribuu"):
        assert (company, "organisation") in mentions
    assert not [surface for surface, _ in mentions if "Marketing" in surface or "Lead" in surface]


def test_a_company_named_by_its_last_word_goes_by_its_first() -> None:
    # "Lumbung" alone after "Lumbung Pictures" was read as a place.
    body = (
        "Film horor terbaru itu digarap rumah produksi Lumbung Pictures. Sutradara Rudi "
        "Hartono akan memproduksi film ini bersama Dewi Anggraini dari Lumbung."
    )
    mentions = extract_mentions("", body)
    found = {(m.surface, m.kind, m.key) for m in mentions if "Lumbung" in m.surface}
    assert found == {
        ("Lumbung Pictures", "organisation", "lumbung_pictures"),
        ("Lumbung", "organisation", "lumbung_pictures"),
    }


def test_a_name_after_mbak_is_a_person_even_after_di() -> None:
    # "di Mbak Narti ini" (at Mbak Narti's stall) left the person out there.
    body = (
        "Di Desa Sukamaju ada warung milik Mbak Sumi. Salah satu menu andalan warung Mbak "
        "Sumi adalah kepiting. Siapapun akan berkeringat, karena masakan di Mbak Sumi ini "
        "punya rasa pedas."
    )
    assert [(s, k) for s, k in _mentions(body) if "Sumi" in s] == [("Sumi", "person")] * 3


def test_a_bodys_central_board_is_one_organisation_with_it() -> None:
    # "PP PBSI" (the badminton association's central board) lost its board: PBSI alone.
    body = (
        "Kepala Bidang Pembinaan dan Prestasi PP PBSI, Rina Kusuma, menyayangkan kekalahan "
        "itu. Aturan pelatnas tertuang dalam PP Nomor 24 Tahun 2018."
    )
    mentions = _mentions(body)
    assert ("PP PBSI", "organisation") in mentions
    assert ("Rina Kusuma", "person") in mentions
    assert not [surface for surface, _ in mentions if "Nomor" in surface]


def test_a_company_name_runs_over_its_ampersand() -> None:
    # "Two & Two Pictures" was read as "Two Pictures".
    body = (
        "Film itu diproduksi Lima & Satu Pictures bersama Rudi Hartono. Kata Budi & Rekan "
        "Pictures, syuting dimulai bulan depan di Jakarta."
    )
    mentions = _mentions(body)
    assert ("Lima & Satu Pictures", "organisation") in mentions
    assert ("Budi & Rekan Pictures", "organisation") in mentions
    assert ("Jakarta", "place") in mentions


def test_a_magazine_and_a_picture_company_are_organisations() -> None:
    # "Diplomat Magazine" was no mention; "di kantor Falcon Picture" was a place.
    body = (
        "Jamuan itu diadakan Nusantara Magazine bersama perwakilan asing di Den Haag. "
        "Sutradara itu ditemui di kantor Rajawali Picture, Kemang, Jakarta Selatan."
    )
    mentions = _mentions(body)
    assert ("Nusantara Magazine", "organisation") in mentions
    assert ("Rajawali Picture", "organisation") in mentions


def test_a_name_after_a_lowercase_cue_stays_though_the_article_writes_it_lowercase() -> None:
    # The list heading rule (a capitalised cue opening a heading) leaves a lowercase cue's
    # name alone: a capital after it marks the name.
    found = _found("Penyanyi itu akrab disapa Bunga oleh teman-temannya. Ia suka bunga mawar.")
    assert found.get("Bunga") == "person"


def test_a_championship_is_an_event_not_a_place() -> None:
    # "Kejuaraan Badminton Asia Junior" was read as a place.
    body = (
        "Indonesia kalah dari Jepang di final Kejuaraan Badminton Asia Remaja 2019 di GOR "
        "Amongrogo."
    )
    mentions = _mentions(body)
    assert not [surface for surface, _ in mentions if "Kejuaraan" in surface]
    assert ("Jepang", "place") in mentions


def test_minister_counsellor_is_a_title_before_the_embassy() -> None:
    # "Minister Counsellor Fungsi Pensosbud KBRI Denhaag" kept "Counsellor" in the body.
    body = (
        "Acara itu dibuka di Tokyo, kata Minister Counsellor Fungsi Ekonomi KBRI Tokyo, "
        "Sari Wulandari, kepada wartawan."
    )
    mentions = _mentions(body)
    assert ("Sari Wulandari", "person") in mentions
    assert not [surface for surface, _ in mentions if "Counsellor" in surface]
    assert [kind for surface, kind in mentions if "KBRI Tokyo" in surface] == ["organisation"]
