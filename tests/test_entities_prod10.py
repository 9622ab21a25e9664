"""Entity rules of the prod10 round (features and works by their cues, not their names),
on sentences written for these tests: each rule with the sentences it must leave alone."""

from tests.mention_kinds import kinds_by_surface as _kinds


def test_a_name_after_fitur_is_the_feature() -> None:
    found = _kinds(
        "Aplikasi kasir itu kini punya fitur Quick Reply untuk membalas pesan pelanggan. "
        "Pengguna juga bisa mencoba fitur Smart Scan di ponselnya."
    )
    assert found.get("Quick Reply") == {"product"}
    assert found.get("Smart Scan") == {"product"}


def test_a_feature_after_fitur_terbaru_or_opening_a_sentence() -> None:
    found = _kinds(
        "Perusahaan rintisan itu meluncurkan fitur terbaru Kirim Kilat bagi pedagang di "
        "Bandung. Fitur Kirim Kilat bisa dipakai gratis."
    )
    assert found.get("Kirim Kilat") == {"product"}
    assert found.get("Bandung") == {"place"}


def test_a_feature_the_tagger_reads_as_a_body_is_the_feature() -> None:
    found = _kinds("Mulai tahun depan, startup itu menambah fitur Seekmo Agent bagi mitranya.")
    assert found.get("Seekmo Agent") == {"product"}


def test_a_maker_or_an_app_after_fitur_stays_itself() -> None:
    # The brand or the app whose feature it is: a company, not a product.
    found = _kinds("Ia membandingkan fitur Samsung dengan fitur Xiaomi di tokonya.")
    assert found.get("Samsung") == {"organisation"}
    assert found.get("Xiaomi") == {"organisation"}
    assert _kinds("Fitur itu mirip fitur Snapchat yang lebih dulu populer.").get("Snapchat") == {
        "organisation"
    }


def test_a_person_or_a_common_name_after_fitur_is_no_feature() -> None:
    found = _kinds("Andi Wijaya mengatakan, fitur Andi Wijaya tidak pernah ada di aplikasi itu.")
    assert found.get("Andi Wijaya") == {"person"}
    found = _kinds("Ponsel itu membawa fitur 5 G, fitur NFC dan fitur Bank Mandiri Syariah.")
    assert "NFC" not in found
    assert "5 G" not in found and "G" not in found
    assert found.get("Bank Mandiri Syariah") == {"organisation"}


def test_a_place_read_after_a_works_noun_is_the_title() -> None:
    found = _kinds(
        "Ia menandai debutnya sebagai aktor di film Dunwich. Film garapan sutradara itu "
        "laris di banyak negara."
    )
    assert found.get("Dunwich") == {"product"}
    found = _kinds("Untuk produksi film Tangerine, rumah produksi itu menggandeng investor asing.")
    assert found.get("Tangerine") == {"product"}


def test_a_known_place_or_an_industry_after_a_works_noun_stays_a_place() -> None:
    found = _kinds("Dua film Indonesia diputar di festival film Venesia, Senin.")
    assert found.get("Indonesia") == {"place"}
    assert found.get("Venesia") == {"place"}
    assert _kinds("Ia gemar menonton film Hollywood di bioskop.").get("Hollywood") != {"product"}


def test_a_singer_or_a_studio_after_a_works_noun_stays_itself() -> None:
    found = _kinds("Ia memutar album Taylor Swift dan film Disney di rumahnya, Minggu.")
    assert found.get("Taylor Swift") == {"person"}
    assert found.get("Disney") == {"organisation"}


def test_a_feature_cut_short_or_of_a_named_app_is_left_alone() -> None:
    found = _kinds("Ada juga fitur Print Bluetooth untuk mencetak bukti transaksi.")
    assert "Print" not in found
    found = _kinds("Lewat fitur Snapstory di Instagram, penyanyi itu memamerkan foto pantai.")
    assert "Snapstory" not in found
    assert found.get("Instagram") == {"organisation"}


def test_a_name_read_as_a_body_ending_in_a_model_code_is_the_model() -> None:
    found = _kinds(
        "Ponsel pertama Samsung dengan RAM 6 GB, Galaxy C9 Pro, akhirnya resmi dijual. "
        "Selain RAM, Galaxy C9 Pro memiliki baterai besar."
    )
    assert found.get("Galaxy C9 Pro") == {"product"}
    found = _kinds(
        "Perusahaan itu membawa dua proyektor terbaru mereka yaitu CineHome W1700 dan "
        "CinePro W11000H ke pasar."
    )
    assert found.get("CineHome W1700") == {"product"}


def test_a_body_a_team_or_a_person_beside_a_code_stays_itself() -> None:
    found = _kinds("Para pemimpin Forum G20 bertemu di Hamburg, Jerman.")
    assert found.get("G20") == {"organisation"}
    found = _kinds("Direktur eksekutif Mercedes F1, Toto Wolff, mengatakan timnya siap.")
    assert found.get("Mercedes F1") == {"organisation"}
    assert found.get("Toto Wolff") == {"person"}
    found = _kinds("Pelatih Persib U19 Budi Santoso memanggil 30 pemain ke Bandung.")
    assert found.get("Budi Santoso") == {"person"}
    assert not any(kinds == {"product"} for kinds in found.values())


def test_a_film_quoted_once_after_its_noun_is_a_work_and_so_is_the_next_in_the_list() -> None:
    # In an article about films: their noun in three sentences or more.
    body = (
        "Aktor laga itu sudah membintangi film ' Harimau Senja ' dan ' Bulan di Atas Kota ' "
        "sebelum pindah ke Seoul. Kini ia main film kolosal asal Korea. Film itu tayang "
        "tahun depan."
    )
    found = _kinds(body)
    assert found.get("Harimau Senja") == {"product"}
    assert found.get("Bulan di Atas Kota") == {"product"}


def test_a_film_quoted_once_in_passing_is_left_out_as_the_annotated_corpora_do() -> None:
    found = _kinds('Pada 1941 ia diberi kesempatan untuk main dalam film " Elang Senja " .')
    assert "Elang Senja" not in found


def test_a_speech_a_person_or_a_lowercase_word_quoted_after_film_is_no_work() -> None:
    found = _kinds(
        'Ia bicara soal film " Saya tidak tahu " katanya kepada wartawan. Film itu belum '
        "tayang. Film lain juga belum."
    )
    assert not any(kinds == {"product"} for kinds in found.values())
    found = _kinds('Saat ditanya soal film, " Andi Wijaya orangnya baik ," kata Budi.')
    assert found.get("Andi Wijaya") == {"person"}
    found = _kinds("Ia suka film ' horor ' lama.")
    assert not any(kinds == {"product"} for kinds in found.values())


def test_a_person_a_work_is_named_after_stays_the_person_elsewhere() -> None:
    found = _kinds(
        "Karier musik penyanyi Mirna Cyrano tak terdengar dua tahun terakhir. Ia terakhir "
        "merilis album dengan judul Mirna Cyrano & Her Dead Cats (2015). Cyrano kini "
        "kembali. Mirna Cyrano mengaku senang."
    )
    assert found.get("Mirna Cyrano") == {"person"}
    assert found.get("Cyrano") == {"person"}


def test_a_title_read_as_a_person_stays_the_work_where_no_one_is_named_by_its_word() -> None:
    found = _kinds(
        "Film Mad Maxine kembali diputar di bioskop. Sutradara film Mad Maxine, Budi "
        "Santoso, senang. Penonton menyukai Mad Maxine karena aksinya. Santoso kini menggarap "
        "film lain."
    )
    assert found.get("Mad Maxine") == {"product"}
    assert found.get("Budi Santoso") == {"person"}


def test_a_chatbot_named_like_a_person_needs_its_maker_in_the_article() -> None:
    found = _kinds("Penulis itu mengibaratkan kisah Ernie bak dongeng yang ajaib.")
    assert found.get("Ernie") != {"product"}
    found = _kinds("Baidu meluncurkan chatbot Ernie pekan lalu di Beijing.")
    assert found.get("Ernie") == {"product"}


def test_a_team_named_like_a_model_is_the_team_in_every_mention() -> None:
    found = _kinds(
        "Rumor menyebut tim Yamaha Tech 3 tertarik pada Alex Lowes. Meski namanya dikaitkan "
        "dengan Yamaha Tech 3, Lowes memilih diam."
    )
    assert found.get("Yamaha Tech 3") == {"organisation"}
    assert found.get("Alex Lowes") == {"person"}


def test_a_model_beside_a_team_word_elsewhere_stays_the_model() -> None:
    found = _kinds(
        "Tim Samsung merilis Galaxy S8 di Jakarta. Tim teknisi memeriksa Galaxy S8 itu. "
        "Tim Budi Santoso membeli Honda Jazz."
    )
    found_crew = _kinds("Ia memimpin tim Galaxy S9 di Samsung. Ponsel Galaxy S9 dirilis Maret.")
    assert found_crew.get("Galaxy S9") == {"product"}
    assert found.get("Galaxy S8") == {"product"}
    assert found.get("Samsung") == {"organisation"}
    assert found.get("Honda Jazz") == {"product"}


def test_a_work_or_a_car_after_tim_stays_a_product() -> None:
    found = _kinds(
        "Perbedaan pendapat membuat tim Captain Nusantara terbelah. Film Captain Nusantara "
        "tayang pekan depan. Tim ITS dengan mobil Angin Timur mencatat waktu terbaik. "
        "Pebalap tim Angin Timur senang."
    )
    assert found.get("Angin Timur") != {"organisation"}


def test_an_album_opening_a_sentence_titles_the_name_after_bertajuk() -> None:
    found = _kinds(
        "Debut solonya terbilang moncer. Album pertamanya bertajuk Pikiran Pagi yang dirilis "
        "pada 25 Maret lalu laris."
    )
    assert found.get("Pikiran Pagi") == {"product"}


def test_an_event_or_a_person_opening_a_sentence_before_bertajuk_titles_no_work() -> None:
    found = _kinds("Konser pertamanya bertajuk Malam Minggu digelar di Jakarta, Sabtu.")
    assert "Malam Minggu" not in found
    # A work's noun opens the sentence, but an event's comes closer to the cue.
    found = _kinds("Album dan pameran bertajuk Malam Minggu digelar di Jakarta, Sabtu.")
    assert found.get("Malam Minggu") != {"product"}
    found = _kinds("Budi Santoso membuka pameran bertajuk Rumah Kita di Bandung.")
    assert found.get("Budi Santoso") == {"person"}
    assert found.get("Rumah Kita") != {"product"}
