"""Product rules of the prod5 round (products on news nobody tuned on), on sentences
written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_quoted_title_a_performer_is_credited_with_is_a_work_written_once() -> None:
    body = (
        "Penyanyi Rina Kartika menjenguk para penggemarnya di rumah sakit. Pelantun ' Senja "
        "di Pelabuhan ' itu datang bersama suaminya, Doni Prasetyo, pemain sinetron ' Cinta "
        "Kedua '. Mereka membawa bunga untuk para korban."
    )
    found = _kinds(body)
    assert found.get("Senja di Pelabuhan") == {"product"}
    assert found.get("Cinta Kedua") == {"product"}
    assert found.get("Doni Prasetyo") == {"person"}


def test_a_quoted_word_in_passing_without_a_credit_stays_no_work() -> None:
    body = (
        "Warga menyebut jalan itu ' Gang Senggol '. Lagu ' Pelangi ' diputar di acara itu. "
        "Budi Santoso datang terlambat."
    )
    found = _kinds(body)
    assert "product" not in found.get("Gang Senggol", set())
    assert "product" not in found.get("Pelangi", set())


def test_an_edition_of_a_product_the_article_names_is_that_products_edition() -> None:
    body = (
        "Produsen asal Taiwan, Kirana, meluncurkan Vortex Dock dan Vortex Dock Mini. Vortex "
        "Dock Mini ditujukan untuk pemilik laptop tipis. Harga Vortex Dock Mini belum diumumkan."
    )
    found = _kinds(body)
    assert found.get("Vortex Dock") == {"product"}
    assert found.get("Vortex Dock Mini") == {"product"}


def test_a_name_after_a_satellite_rocket_or_browser_noun_is_a_product() -> None:
    body = (
        "Gangguan satelit Cendrawasih 5 membuat layanan ATM terhenti. Satelit itu diluncurkan "
        "dengan roket Garuda Maju 3 dari Kourou. Pengguna browser Lintas juga melaporkan "
        "gangguan, kata Andi Wijaya."
    )
    found = _kinds(body)
    assert found.get("Cendrawasih 5") == {"product"}
    assert found.get("Garuda Maju 3") == {"product"}
    assert found.get("Lintas") == {"product"}
    assert found.get("Andi Wijaya") == {"person"}


def test_an_untagged_title_after_berjudul_is_a_work() -> None:
    body = (
        "Penyanyi itu baru saja merilis album ketiga berjudul Beneath the Surface pada "
        "Jumat. Sementara itu, video dengan judul Langit Jingga sudah ditonton sejuta kali. "
        "Konser bertajuk Malam Gembira digelar di Bandung."
    )
    found = _kinds(body)
    assert found.get("Beneath the Surface") == {"product"}
    assert found.get("Langit Jingga") == {"product"}
    assert "product" not in found.get("Malam Gembira", set())


def test_a_title_a_dot_cuts_is_left_out() -> None:
    body = "Ia merilis single berjudul Dum . da . dum pada bulan lalu di Tokyo."
    found = _kinds(body)
    assert "product" not in found.get("Dum", set())


def test_a_name_after_a_game_engine_noun_is_a_product_but_a_known_company_stays() -> None:
    body = (
        "Studio itu membuat gim balap dengan engine Kilat 3. Pengguna bisa memakai search "
        "engine Google untuk mencari panduannya."
    )
    found = _kinds(body)
    assert found.get("Kilat 3") == {"product"}
    assert found.get("Google") == {"organisation"}


def test_a_name_after_a_crafts_or_systems_two_word_noun_is_a_product() -> None:
    body = (
        "Armada itu dipimpin kapal induk Gajah Mada. Indonesia membeli pesawat tempur "
        "Rajawali 9 dari Rusia, dan laptop itu memakai sistem operasi Kelinci 5. Penumpang "
        "pesawat Garuda Indonesia selamat."
    )
    found = _kinds(body)
    assert found.get("Gajah Mada") == {"product"}
    assert found.get("Rajawali 9") == {"product"}
    assert found.get("Kelinci 5") == {"product"}
    assert found.get("Garuda Indonesia") == {"organisation"}
