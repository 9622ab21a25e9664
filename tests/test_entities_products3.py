"""Product rules of the prod3 round (issue #14: products that generalise to news the rules
never saw), on sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_an_untagged_title_after_a_work_noun_is_a_work() -> None:
    body = (
        "Penyanyi Rina Kartika kembali lewat lagu Senja Terakhir yang ditulisnya di Bali. "
        "Ia juga mengisi musik film Cahaya Pagi dan menyiapkan album Langit Jingga. "
        "Aktor itu dikenal lewat film The Road to Nowhere, diputar di festival film "
        "Internasional. Lagu dan film itu digarap bersama."
    )
    found = _kinds(body)
    assert found.get("Senja Terakhir") == {"product"}
    assert found.get("Cahaya Pagi") == {"product"}
    assert found.get("Langit Jingga") == {"product"}
    assert found.get("The Road to Nowhere") == {"product"}
    assert "Internasional" not in found
    assert found.get("Rina Kartika") == {"person"}


def test_an_untagged_one_word_title_named_in_passing_is_left_out() -> None:
    body = (
        "Aktris Dewi Anggraini pernah bermain dalam film Purnama. Kini ia memimpin "
        "sebuah yayasan di Surabaya."
    )
    assert "Purnama" not in _kinds(body)


def test_a_chart_a_festival_or_a_homeland_after_a_work_noun_is_no_work() -> None:
    body = (
        "Album itu masuk tangga lagu Billboard pekan ini. Festival Film Indonesia digelar "
        "di Jakarta, dan para artis film Tanah Air hadir. Acara Hari Film Nasional juga "
        "meriah."
    )
    found = _kinds(body)
    assert "product" not in {kind for kinds in found.values() for kind in kinds}


def test_a_brands_model_named_by_a_number_alone_is_a_product() -> None:
    body = (
        "HMD Global memperkenalkan ponsel Nokia 5 dan Nokia 3310 versi baru di Barcelona. "
        "Nokia 5 dijual mulai Rp 2 juta. Sementara itu, Nokia 45 persen sahamnya dijual, "
        "dan layar Nokia 6,5 inci lebih lebar."
    )
    found = _kinds(body)
    assert found.get("Nokia 5") == {"product"}
    assert found.get("Nokia 3310") == {"product"}
    assert "Nokia 45" not in found
    assert "Nokia 6" not in found


def test_a_clubs_score_or_year_after_its_name_is_no_model() -> None:
    body = (
        "Arsenal 2 Chelsea 1 menjadi skor akhir laga itu. Pemain Arsenal mendapat mobil "
        "baru dari sponsor. Toyota 2017 mencatat penjualan tertinggi."
    )
    found = _kinds(body)
    assert "product" not in {kind for kinds in found.values() for kind in kinds}


def test_a_models_edition_or_a_platforms_release_name_is_part_of_it() -> None:
    body = (
        "Ponsel Nokia 7 Plus menjalankan Android 8.0 Oreo, sedangkan Samsung Galaxy S8 Pro "
        "masih memakai Android Nougat. Prosesor Snapdragon 835 RAM 4 GB menjadi andalannya."
    )
    found = _kinds(body)
    assert found.get("Nokia 7 Plus") == {"product"}
    assert found.get("Android 8.0 Oreo") == {"product"}
    assert found.get("Android Nougat") == {"product"}
    assert found.get("Samsung Galaxy S8 Pro") == {"product"}
    assert "Snapdragon 835 RAM" not in found


def test_a_model_code_of_a_number_and_letters_or_a_name_after_it_is_a_product() -> None:
    body = (
        "Xiaomi Redmi 6A dijual mulai Rp 1,3 juta, lebih murah dari Lenovo IdeaPad 320S. "
        "Ponsel Nokia 8 Sirocco juga hadir, sedangkan Telkomsel 4G menjangkau desa."
    )
    found = _kinds(body)
    assert found.get("Xiaomi Redmi 6A") == {"product"}
    assert found.get("Lenovo IdeaPad 320S") == {"product"}
    assert found.get("Nokia 8 Sirocco") == {"product"}
    assert "Telkomsel 4G" not in found


def test_a_brands_name_in_a_sentence_about_a_product_is_its_model() -> None:
    body = (
        "Pengguna ponsel kini bisa menerjemahkan menu lewat Google Lens tanpa internet. "
        "Di pameran itu, Nissan Serena juga dipajang di samping mobil listrik. Direktur "
        "Hyundai Motor dan pebalap Honda Marc Marquez datang naik motor."
    )
    found = _kinds(body)
    assert found.get("Google Lens") == {"product"}
    assert found.get("Nissan Serena") == {"product"}
    assert "Hyundai Motor" not in found or found["Hyundai Motor"] == {"organisation"}
    assert found.get("Marc Marquez") == {"person"}


def test_a_brands_code_written_with_a_spaced_hyphen_is_its_model() -> None:
    body = (
        "Suzuki GSX - R150 dan Toyota C - HR laris di pameran. Laptop itu memakai Intel "
        "Core i7 - 8550U. Persija Jakarta U - 19 menang, dan Chelsea 2 - 2 Arsenal."
    )
    found = _kinds(body)
    assert found.get("Suzuki GSX - R150") == {"product"}
    assert found.get("Toyota C - HR") == {"product"}
    assert found.get("Intel Core i7 - 8550U") == {"product"}
    assert not any("U - 19" in surface or "2 - 2" in surface for surface in found)


def test_a_brand_right_before_a_product_is_part_of_its_name() -> None:
    body = (
        "Pembaruan itu hanya untuk pemilik Apple iPhone 7 dan Microsoft Xbox One S. "
        "Apple menyebut pembaruan lain menyusul, juga untuk iPhone 6s dan iPhone 64GB."
    )
    found = _kinds(body)
    assert found.get("iPhone 6s") == {"product"}
    assert "iPhone 64GB" not in found
    assert found.get("Apple iPhone 7") == {"product"}
    assert found.get("Microsoft Xbox One S") == {"product"}
    assert found.get("Apple") == {"organisation"}


def test_well_known_car_and_gadget_makers_give_their_models() -> None:
    body = (
        "Penjualan Audi A6 dan Mazda CX9 naik bulan lalu, sementara Realme C1 laris di "
        "toko daring. Audi juga menyiapkan model listrik."
    )
    found = _kinds(body)
    assert found.get("Audi A6") == {"product"}
    assert found.get("Mazda CX9") == {"product"}
    assert found.get("Realme C1") == {"product"}
    assert found.get("Audi") == {"organisation"}


def test_well_known_phone_lines_are_products_with_their_versions() -> None:
    body = (
        "Redmi Note 5 lebih murah dari Zenfone 4 Max. Lumia 950 tak lagi dijual, dan "
        "Redmi 5A jadi ponsel terlaris."
    )
    found = _kinds(body)
    assert found.get("Redmi Note 5") == {"product"}
    assert found.get("Zenfone 4 Max") == {"product"}
    assert found.get("Lumia 950") == {"product"}
    assert found.get("Redmi 5A") == {"product"}


def test_a_persons_surname_after_a_brand_is_no_model() -> None:
    body = (
        "Elon Musk kembali berkomentar. Dalam sebuah podcast, pendiri itu menanggapi "
        "komentar Twitter Musk soal aplikasi baru. Musk tak menjawab."
    )
    found = _kinds(body)
    assert found.get("Musk") == {"person"}
    assert not any(kind == "product" for kinds in found.values() for kind in kinds)
