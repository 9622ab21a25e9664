"""Product rules of the prod1 round (issue #14: products in Indonesian news), on sentences
written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_known_chip_lines_and_platforms_are_products_with_their_versions() -> None:
    body = (
        "Qualcomm akan menanamkan Snapdragon 845 pada laptop tipis tahun depan. Ponsel "
        "itu juga menjalankan Tizen, dan kacamata Gear VR bisa disambungkan lewat port "
        "USB atau Thunderbolt 3. Gamer bisa bermain lewat Xbox Live."
    )
    found = _kinds(body)
    assert found.get("Snapdragon 845") == {"product"}
    assert found.get("Tizen") == {"product"}
    assert found.get("Gear VR") == {"product"}
    assert found.get("Thunderbolt 3") == {"product"}
    assert found.get("Xbox Live") == {"product"}


def test_popular_cars_and_motorbikes_are_products_not_places() -> None:
    body = (
        "Polisi menyita sebuah Suzuki Karimun dan sebuah Honda Vario dari rumah pelaku di "
        "Tanjung Balai Karimun. Pelaku juga mengaku pernah mencuri Honda Jazz milik "
        "tetangganya."
    )
    found = _kinds(body)
    assert found.get("Suzuki Karimun") == {"product"}
    assert found.get("Honda Vario") == {"product"}
    assert found.get("Honda Jazz") == {"product"}
    assert "Suzuki" not in found


def test_a_brands_racing_team_is_no_product() -> None:
    body = (
        "Tim Mercedes F1 kembali menang di Monza, Minggu. Sementara itu, rumor menyebut tim "
        "Yamaha Tech 5 tertarik merekrut pembalap muda asal Spanyol."
    )
    found = _kinds(body)
    assert "product" not in {kind for kinds in found.values() for kind in kinds}


def test_a_vehicles_colour_before_its_plate_is_no_part_of_its_name() -> None:
    body = (
        "Petugas menyita sebuah Daihatsu Sirion Putih Nopol B 1234 KZT dari tersangka. "
        "Seorang rekannya kabur dengan Kawasaki KLX warna hijau nopol AB 5521 RT."
    )
    found = _kinds(body)
    assert found.get("Daihatsu Sirion") == {"product"}
    assert found.get("Kawasaki KLX") == {"product"}
    assert not any("Putih" in surface or "hijau" in surface for surface in found)


def test_named_ships_and_trains_are_products() -> None:
    body = (
        "Kapal latih KRI Arung Samudra bersandar di Makassar, Senin. Sementara itu PT KAI "
        "menambah gerbong KA Argo Wilis dan KA Pariwisata. Dua gerbong dipasang di Argo "
        "Wilis. Pembangunan jalur ganda KA Madiun - Kertosono terus berjalan."
    )
    found = _kinds(body)
    assert found.get("KRI Arung Samudra") == {"product"}
    assert found.get("KA Argo Wilis") == {"product"}
    assert found.get("Argo Wilis") == {"product"}
    assert "KA Pariwisata" not in found
    assert not any(surface.startswith("KA Madiun") for surface in found)


def test_a_persons_surname_after_a_work_noun_stays_the_person() -> None:
    body = (
        "Sutradara Greta Lindqvist kini menggarap proyek film Lindqvist berikutnya. "
        "Lindqvist mengaku masih mencari pemeran utama. Sementara itu, penulis Tom Hardcastle "
        "merilis memoar berjudul Hardcastle: Sebuah Biografi. Hardcastle tinggal di Oslo."
    )
    found = _kinds(body)
    assert found.get("Lindqvist") == {"person"}
    assert found.get("Hardcastle") == {"person"}


def test_the_owner_of_a_phone_number_is_no_product() -> None:
    body = (
        "Pesanan sabu itu berasal dari nomor ponsel Budiman. Polisi lalu menangkap Budiman "
        "di rumahnya."
    )
    found = _kinds(body)
    assert "product" not in {kind for kinds in found.values() for kind in kinds}


def test_the_name_a_company_launches_is_a_product() -> None:
    body = (
        "Startup asal Bandung itu meluncurkan Kirimin Pay, dompet digital untuk pedagang "
        "pasar. Kirimin Pay bisa dipakai di seluruh Jawa Barat. Perusahaan juga meluncurkan "
        "Program Mitra Sejahtera untuk para pedagang."
    )
    found = _kinds(body)
    assert found.get("Kirimin Pay") == {"product"}
    assert not any(
        surface.startswith("Program") and "product" in kinds for surface, kinds in found.items()
    )


def test_an_english_title_the_article_repeats_is_a_product_without_a_cue() -> None:
    body = (
        "Musim terakhir Knights of the Silver Moon tayang bulan depan. Penggemar juga "
        "menanti Shadows of the Ember 2 yang dijadwalkan rilis tahun depan. Sutradaranya "
        "mengajar di School of Visual Arts dan pernah meraih Director of the Year.\n\n"
        "Produser Knights of the Silver Moon menyebut Shadows of the Ember 2 lebih gelap. "
        "Ia lulus dari School of Visual Arts dan meraih Director of the Year dua kali. "
        "Buku The Art of Quiet Mornings hanya disebut sekali."
    )
    found = _kinds(body)
    assert found.get("Knights of the Silver Moon") == {"product"}
    assert found.get("Shadows of the Ember 2") == {"product"}
    assert "product" not in found.get("School of Visual Arts", set())
    assert not any("Year" in surface for surface in found)
    assert "product" not in found.get("The Art of Quiet Mornings", set())


def test_a_star_or_director_after_a_work_noun_stays_a_person() -> None:
    body = (
        "Kabar bahagia datang dari pemain film Rania Kusumawardani yang baru menikah. "
        "Sutradara film Hendra Wiranata juga hadir di resepsi itu."
    )
    found = _kinds(body)
    assert found.get("Rania Kusumawardani") == {"person"}
    assert found.get("Hendra Wiranata") == {"person"}


def test_a_startup_named_with_an_ai_domain_is_an_organisation() -> None:
    body = (
        "Pengguna chatbot Lumina.ai terus bertambah tahun ini. Lumina.ai kini melayani "
        "sejumlah bank, kata pendirinya."
    )
    found = _kinds(body)
    assert found.get("Lumina.ai") == {"organisation"}
    assert "Lumina" not in found


def test_a_number_glued_to_a_dot_is_no_version_of_a_car() -> None:
    body = (
        "Mobil Toyota itu ringsek. Kecelakaan yang dialami Fortuner 2.l diesel milik "
        "warga itu terjadi di tol, sementara laptopnya memakai Windows 10."
    )
    found = _kinds(body)
    assert found.get("Fortuner") == {"product"}
    assert "Fortuner 2" not in found
    assert found.get("Windows 10") == {"product"}
