"""Product rules of the prod4 round (issue #14: products in news the rules never saw), on
sentences written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_hyphened_model_code_and_its_short_form_are_products() -> None:
    body = (
        "Kawasaki resmi menjual sepeda motor baru Kawasaki ZXR - K250 dan ZXR - N250 di "
        "Surabaya. Harga ZXR - N250 dipatok Rp 30 juta, sedangkan ZXR - K250 lebih mahal. "
        "Pembeli ZXR - K250 mendapat helm gratis dari tim Ninja 4."
    )
    found = _kinds(body)
    assert found.get("Kawasaki ZXR - K250") == {"product"}
    assert found.get("ZXR - K250") == {"product"}
    assert found.get("ZXR - N250") == {"product"}
    assert found.get("Surabaya") == {"place"}


def test_a_known_makers_hyphened_model_is_found_again_without_the_maker() -> None:
    body = (
        "Dealer di Medan mulai menawarkan Suzuki GSX - R150 kepada pelajar. Menurut Budi "
        "Santoso, GSX - R150 laku keras tahun ini."
    )
    found = _kinds(body)
    assert found.get("GSX - R150") == {"product"}
    assert found.get("Budi Santoso") == {"person"}


def test_a_name_given_after_a_products_noun_is_that_product_all_through() -> None:
    body = (
        "Perusahaan audio itu memperkenalkan earphone nirkabel bernama Dozebuds. Dozebuds "
        "dapat memutar suara alam sepanjang malam. Cara kerja Dozebuds melibatkan aplikasi "
        "di ponsel. Seorang pria bernama Joko Susilo membelinya di sebuah bengkel mobil "
        "bernama Garasi Rahmat Jaya."
    )
    found = _kinds(body)
    assert found.get("Dozebuds") == {"product"}
    assert found.get("Joko Susilo") == {"person"}
    assert "product" not in found.get("Garasi Rahmat Jaya", set())


def test_a_name_before_an_apposition_opening_with_a_products_noun_is_a_product() -> None:
    body = (
        "Masih ingat dengan Skyboard, aplikasi yang mengubah tablet menjadi papan gambar? "
        "Pengembangnya kini membuat Nova Stick, sebuah perangkat kecil. Skyboard kini "
        "gratis. Selanjutnya, ponsel itu dijual murah. Menurut pantauan Kompas, aplikasi "
        "Gmail Go sudah tersedia."
    )
    found = _kinds(body)
    assert found.get("Skyboard") == {"product"}
    assert found.get("Nova Stick") == {"product"}
    assert "Selanjutnya" not in found
    assert "product" not in found.get("Kompas", set())


def test_a_films_title_runs_on_over_its_lowercase_words() -> None:
    body = (
        "Aktris Rina Melati tampil dalam film Surat Manis untuk Ibu yang tayang pekan depan. "
        "Film Surat Manis untuk Ibu disutradarai Bambang Hadi. Sebelumnya ia membintangi film "
        "Laila si Penari dalam Tiga Babak. Laila si Penari dalam Tiga Babak meraih "
        "penghargaan. Ia juga bermain di film Senandung Kata - kata. Film Senandung Kata - "
        "kata laris. Sutradara itu merilis film berjudul Life is Full of Dreams. Film Life "
        "is Full of Dreams laris di Medan. Konferensi bertajuk The World is Yours to Change "
        "digelar di Jakarta."
    )
    found = _kinds(body)
    assert found.get("Surat Manis untuk Ibu") == {"product"}
    assert found.get("Laila si Penari dalam Tiga Babak") == {"product"}
    assert found.get("Senandung Kata - kata") == {"product"}
    assert found.get("Life is Full of Dreams") == {"product"}
    assert "Surat Manis" not in found and "Laila" not in found
    assert "The World is Yours to Change" not in found
    assert found.get("Rina Melati") == {"person"}


def test_a_character_named_like_its_film_is_a_person_of_its_own() -> None:
    body = (
        "Film Laila tayang pekan depan. Film ini dibintangi Rina Melati (Laila), Dewi "
        "Sartika (Novi) dan Budi Santoso (Markus). Kisahnya tentang seorang janda bernama "
        "Laila. Rina memerankan Laila dengan baik. Penonton film Laila memuji akting Rina."
    )
    mentions = [m for m in extract_mentions("", body) if m.surface == "Laila"]
    work = [m for m in mentions if m.kind == "product"]
    character = [m for m in mentions if m.kind == "person"]
    assert len(work) == 2 and len(character) == 3
    assert {m.key for m in work}.isdisjoint({m.key for m in character})
    assert body[character[0].start - 1] == "("


def test_apples_computers_and_accessories_are_known_products() -> None:
    body = (
        "Aplikasi buatan Bandung itu mengubah iPad menjadi layar kedua untuk Mac. Ia "
        "kompatibel dengan Mac keluaran 2015, macOS terbaru, Apple Pencil dan AirPlay, dan "
        "menantang AirPods di pasar audio."
    )
    found = _kinds(body)
    for name in ("Mac", "macOS", "Apple Pencil", "AirPlay", "AirPods"):
        assert found.get(name) == {"product"}, name


def test_mac_without_apples_products_around_is_no_computer() -> None:
    found = _kinds("Lagu itu ditulis oleh Johnny McDaid dan Steve Mac di London.")
    assert "product" not in {kind for kinds in found.values() for kind in kinds}


def test_a_name_after_a_songs_noun_is_the_song_not_the_singer() -> None:
    body = (
        "Rina Kartika membawakan lagu Swish Swosh dan lagu Anna Molina di Jakarta. Lagu "
        "Anna Molina ditulis bersama penulis lagu Jim Vallance. Grup band Nadaku juga "
        "tampil, dan 10 lagu Nadaku dinyanyikan ulang. Lagu terbaru Kartika juga laris. "
        'Mereka juga menyanyikan lagu Maya Lestari, "Senja di Pantai".'
    )
    found = _kinds(body)
    assert found.get("Swish Swosh") == {"product"}
    assert found.get("Anna Molina") == {"product"}
    assert "product" not in found.get("Jim Vallance", set())
    assert "product" not in found.get("Nadaku", set())
    assert "product" not in found.get("Kartika", set())
    assert found.get("Maya Lestari") == {"person"}
