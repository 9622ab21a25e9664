"""Product rules of the prod7 round (products the FacQA and long blind samples missed, and
wrong ones), on sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_brands_number_is_a_model_where_the_article_numbers_its_models() -> None:
    body = (
        "Motorola memamerkan ponsel Motorola 7 Plus di Jakarta, kemarin. Selain itu, "
        "perusahaan juga membawa kembali model klasik, Motorola 2200.\n\n"
        "Sama seperti Motorola 2200 dulu, Motorola 7 Plus kini bisa dipakai setahun. "
        "Pembeli Motorola 2200 menyukai bentuknya."
    )
    found = _kinds(body)
    assert found.get("Motorola 2200") == {"product"}
    assert found.get("Motorola 7 Plus") == {"product"}


def test_a_brands_number_stays_a_count_without_a_numbered_model() -> None:
    body = (
        "Saham Motorola 25 persen dimiliki investor asal Jepang. Motorola 2 kali menolak "
        "tawaran itu, kata juru bicaranya di Jakarta."
    )
    found = _kinds(body)
    assert not any(kinds == {"product"} for kinds in found.values())


def test_a_bare_model_number_alone_is_no_product() -> None:
    body = (
        "Vendor itu mengumumkan 3 smartphone dan 1 ponsel sekaligus, antara lain Nokia 9 "
        "Lumen, Nokia 5 Plus, Nokia 4 2019 dan Nokia 1.\n\n"
        "Nokia 5 Plus memiliki layar 6 inci Full HD dan baterai besar. Harga Nokia 1 murah."
    )
    found = _kinds(body)
    assert found.get("Nokia 1") == {"product"}
    assert "1" not in found
    assert "6" not in found


def test_a_name_after_kapal_is_the_ship() -> None:
    body = (
        "Komandan kapal patroli itu mengatakan, kapal Sinar Lestari 7 sempat berusaha kabur, "
        "sementara kapal Mawar 12 memutus jaringnya. Polisi juga menyita solar di kapal "
        "tanker Hoki Jaya.\n\nKasus solar yang dimuat kapal Hoki Jaya itu diusut. Komandan "
        "KRI Teluk Sabang mengatakan, kapal Nangala 9 sempat berusaha lari."
    )
    found = _kinds(body)
    assert found.get("Sinar Lestari 7") == {"product"}
    assert found.get("Mawar 12") == {"product"}
    assert found.get("Hoki Jaya") == {"product"}
    assert found.get("Nangala 9") == {"product"}


def test_a_ships_owner_or_flag_after_kapal_stays_itself() -> None:
    body = (
        "Kapal Vietnam dan kapal Pelni ikut membantu pencarian di perairan Natuna, begitu "
        "pula kapal ASDP dan kapal Nasional milik swasta."
    )
    found = _kinds(body)
    assert found.get("Vietnam") == {"place"}
    assert found.get("Pelni") == {"organisation"}
    assert found.get("ASDP") == {"organisation"}
    assert "Nasional" not in found


def test_a_list_of_quoted_titles_beside_a_quoted_work_lists_works() -> None:
    body = (
        "Film ‘ Hujan di Bulan Juni’ diputar di Leiden pekan lalu.\n\n"
        "Tahun ini bukan hanya ‘ Hujan di Bulan Juni’ yang diputar, tapi juga ‘ Salawaku 2’, "
        "‘ Sekala Niskala’ dan ‘ Ziarah’. Penonton Belanda menyukainya."
    )
    found = _kinds(body)
    assert found.get("Salawaku 2") == {"product"}
    assert found.get("Sekala Niskala") == {"product"}
    assert found.get("Ziarah") == {"product"}


def test_quoted_names_without_a_quoted_work_stay_apart() -> None:
    body = (
        "Warga menyebut dua tokoh, ‘ Pak Harjo’ dan ‘ Bu Sumi’, sebagai perintis kampung "
        "itu. Film ‘ Hujan di Bulan Juni’ diputar kemudian di balai desa."
    )
    found = _kinds(body)
    assert "product" not in found.get("Harjo", set()) | found.get("Pak Harjo", set())


def test_a_title_of_two_words_after_film_or_novel_is_a_work_in_passing() -> None:
    for body, title in (
        (
            "Komite di Jakarta memilih film Pulang Sebelum Senja sebagai unggulan.",
            "Pulang Sebelum Senja",
        ),
        (
            "Rano Karno dikenal lewat sinetron Si Kabayan Anak Desa sejak 1994.",
            "Si Kabayan Anak Desa",
        ),
        ("Ia membaca novel Bumi Lestari karya Pramoedya Ananta Toer di Bandung.", "Bumi Lestari"),
    ):
        assert _kinds(body).get(title) == {"product"}, body


def test_a_one_word_name_after_film_in_passing_is_left_out() -> None:
    body = "Penonton di Bandung menyukai film Eastwood lain yang diputar pekan lalu."
    found = _kinds(body)
    assert "Eastwood" not in found or found["Eastwood"] != {"product"}
