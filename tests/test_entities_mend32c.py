"""Mends of the prod9 round's product rules (mend32c): each test is a sentence of the
shape a reviewer found read wrong, written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def test_a_product_stays_one_beside_a_name_the_tagger_opened_with_it() -> None:
    found = _found(
        "Google menggelar program Android Kejar bagi pengembang. Produk itu dibuat di "
        "platform Android."
    )
    assert found.get("Android") == "product"


def test_a_product_stays_one_beside_a_person_named_after_it() -> None:
    found = _found(
        "Amazon menyematkan Alexa di speaker Echo. Pengamat teknologi Alexa Pratiwi menilai "
        "Alexa masih tertinggal dari pesaingnya."
    )
    assert found.get("Alexa") == "product"
    found = _found("Google memperbarui Gemini pekan lalu. Penyanyi Gemini Sinta tampil di Jakarta.")
    assert found.get("Gemini") == "product"
    found = _found(
        "Toyota menjual 5.000 unit Avanza bulan lalu. Direktur pemasaran Avanza Putra "
        "mengatakan penjualan naik."
    )
    assert found.get("Avanza") == "product"


def test_a_title_after_berjudul_with_no_works_noun_is_no_work() -> None:
    found = _found(
        'Ia menggelar seminar nasional berjudul " Masa Depan Ekonomi Jakarta " di Bandung.'
    )
    assert "Masa Depan Ekonomi Jakarta" not in found
    found = _found('Kampus itu menggelar diskusi publik berjudul " Indonesia Maju " pekan lalu.')
    assert found.get("Indonesia Maju") != "product"
    found = _found('Ia menyampaikan pidato berjudul " Sulawesi Menggugat " di depan hakim.')
    assert found.get("Sulawesi Menggugat") != "product"
    found = _found('Ia menggelar pameran lukisan berjudul " Lombok " di Galeri Nasional.')
    assert found.get("Lombok") == "place"
    found = _found('Rektor menyampaikan orasi ilmiah berjudul " Membangun Maluku " di kampus.')
    assert found.get("Membangun Maluku") != "product"


def test_a_letters_or_photos_title_after_berjudul_keeps_its_person() -> None:
    found = _found('Ia menulis surat terbuka berjudul " Untuk Jokowi " kemarin.')
    assert found.get("Jokowi") == "person"
    found = _found('Ia mengunggah foto berjudul " Presiden Jokowi " kemarin.')
    assert found.get("Jokowi") == "person"


def test_a_headline_or_thesis_title_after_berjudul_keeps_its_names() -> None:
    found = _found(
        'Artikel itu bahkan berjudul " Mengapa Jenderal Gatot memutus hubungan dengan Australia ".'
    )
    assert found.get("Australia") == "place"
    found = _found(
        "Tesis Chiellini berjudul ' Model Bisnis Juventus FC dalam Konteks Internasional ' "
        "akhirnya lulus."
    )
    assert found.get("Juventus FC") == "organisation"


def test_a_person_dated_in_a_sentence_about_films_is_no_title() -> None:
    found = _found(
        "Sutradara film terbaik sebelumnya diraih Joko Santoso (2017) dan Garin Wibowo (2016)."
    )
    assert found.get("Joko Santoso") != "product"
    assert found.get("Garin Wibowo") != "product"
    found = _found("Ia bermain film dengan Budi Santoso (2014) yang meraih piala.")
    assert found.get("Budi Santoso") != "product"
    found = _found("Pameran karya seni itu menghadirkan Affandi (1907) dan Basuki Abdullah.")
    assert found.get("Affandi") != "product"


def test_a_cast_member_or_a_pupil_dated_after_their_role_is_no_title() -> None:
    found = _found(
        "Film itu pernah dibintangi sejumlah aktris, di antaranya Ratna Wulandari (1977) "
        "dan Sinta Maharani (2002)."
    )
    assert found.get("Ratna Wulandari") != "product"
    found = _found("Film itu disutradarai oleh Teguh Wibowo, murid Usman Hakim (1950) di Jakarta.")
    assert found.get("Usman Hakim") != "product"
    # A work's noun after the role still dates the title.
    found = _found("Ia membintangi film Langit Senja (2005) di Jakarta.")
    assert found.get("Langit Senja") == "product"


def test_an_award_event_or_company_dated_in_a_sentence_about_films_is_no_title() -> None:
    found = _found("Film itu meraih Piala Citra (1979) untuk sutradara terbaik.")
    assert found.get("Piala Citra") != "product"
    found = _found("Ia menyutradarai film pendek, lalu bergabung dengan Miles Films (2005).")
    assert found.get("Miles Films") != "product"
    found = _found("Film itu bercerita tentang Kongres Pemuda (1928) di Jakarta.")
    assert found.get("Kongres Pemuda") != "product"
    found = _found("Film itu diputar di Bioskop Metropole (1951) di Jakarta.")
    assert found.get("Bioskop Metropole") != "product"
    found = _found("Band itu merilis album setelah berganti nama dari Koes Bersaudara (1969).")
    assert found.get("Koes Bersaudara") != "product"
    found = _found("Ia meraih medali di Asian Games (1962) lalu bermain film.")
    assert found.get("Asian Games") != "product"


def test_a_maker_dated_after_a_passive_verb_is_no_title() -> None:
    found = _found("Film itu diproduksi Perfilma (1950) dan laris.")
    assert found.get("Perfilma") != "product"
    found = _found("Novel itu diterbitkan Pustaka Rakyat (1922) dan laris.")
    assert found.get("Pustaka Rakyat") != "product"


def test_a_components_acronym_of_a_body_names_no_product() -> None:
    found = _found("Ketua OS Jakarta mengatakan pihaknya siap.")
    assert found.get("Jakarta") != "product"
    found = _found("Menurut CPU Indonesia, harga komponen naik.")
    assert found.get("Indonesia") != "product"
    found = _found("Pada acara itu hadir pula OS Bambang selaku pengurus.")
    assert found.get("Bambang") != "product"
    found = _found("Ketua OS Bandung Budi mengatakan harga naik.")
    assert "Bandung Budi" not in found


def test_a_components_model_stops_at_a_day_or_a_spec() -> None:
    found = _found("Ponsel itu menjalankan OS Andromeda Oreo Selasa lalu.")
    assert "Andromeda Oreo Selasa" not in found
    found = _found("Ponsel itu memakai CPU Octa Core 2 GHz.")
    assert "Octa Core 2 GHz" not in found


def test_the_mended_rules_still_find_works_and_models_in_their_cues() -> None:
    # A film's noun four words before berjudul; a list of albums the tagger reads names
    # in; a component's model with the device named a sentence before, or a known product.
    found = _found(
        "Ia sibuk mempromosikan film dokumenter biografinya yang berjudul "
        '"Rudi Hartono: Sang Juara". Film itu tayang bulan depan.'
    )
    assert found.get("Rudi Hartono: Sang Juara") == "product"
    found = _found(
        "Ia punya tiga album: Rina Susanti (1997), Hari Esok (2001) dan Gempa Lagi (2002)."
    )
    assert found.get("Gempa Lagi") == "product"
    found = _found(
        "Chipset ini hadir dengan layar lebar. GPU Adreno 509 yang terintegrasi juga "
        "dirancang untuk gaming."
    )
    assert found.get("Adreno 509") == "product"
    found = _found("Penjahat mengeksploitasi celah keamanan pada OS Windows.")
    assert found.get("Windows") == "product"


def test_a_dated_title_after_a_role_and_sejak_or_a_paintings_title_stays_a_work() -> None:
    found = _found("Ia naik daun sebagai bintang cilik sejak Si Amat Anak Kampung (1973).")
    assert found.get("Si Amat Anak Kampung") == "product"
    found = _found('Sebuah lukisan berjudul " Demokrasi Kertas " sedang dikerjakannya.')
    assert found.get("Demokrasi Kertas") == "product"
