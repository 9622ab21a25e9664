"""Entity rules of the prod8 round (products and works on news nobody tuned for: cues
before a work's title), on sentences written for these tests."""

from warta.search.entities import extract_mentions


def _found(body: str) -> dict[str, str]:
    return {mention.surface: mention.kind for mention in extract_mentions("", body)}


def test_a_play_after_lakon_is_a_work() -> None:
    # A shadow play's title after ``lakon``, untagged, is the work as after ``film``.
    found = _found(
        "Partai itu menggelar pertunjukan wayang kulit dengan lakon Sumantri Ngenger oleh "
        "Ki Dalang Purbo. Lakon Sumantri Ngenger dipilih karena cocok."
    )
    assert found.get("Sumantri Ngenger") == "product"


def test_a_title_after_a_possessive_book_is_a_work() -> None:
    # ``bukunya`` has its owner already: the name after it is the book, whatever the
    # tagger read there (an English title read as an organisation).
    found = _found("Filsuf itu menulis dalam bukunya The Republic bahwa negara harus adil.")
    assert found.get("The Republic") == "product"


def test_a_title_after_a_possessive_film_is_a_work() -> None:
    found = _found("Sutradara itu dikenal lewat filmnya Under The Shadow tahun lalu.")
    assert found.get("Under The Shadow") == "product"


def test_a_title_after_diberi_judul_is_a_work() -> None:
    # ``diberi judul`` titles a work as ``berjudul`` does, even a title opening with ``Di``.
    found = _found(
        "Penyair itu mempromosikan buku berisi 40 puisi yang diberi judul Di Bawah Langit Sarajevo."
    )
    assert found.get("Di Bawah Langit Sarajevo") == "product"
    assert "Sarajevo" not in found


def test_a_name_after_a_plain_book_noun_is_left_to_the_tagger() -> None:
    # Without its ``-nya`` a book's noun may name the writer: no product here.
    found = _found("Ia membaca buku Pramoedya Ananta Toer di perpustakaan itu.")
    assert found.get("Pramoedya Ananta Toer") != "product"


def test_a_plays_hero_named_alone_stays_a_person() -> None:
    # A play is often named after its hero: the one word after ``Lakon`` is no title to
    # find all through the article.
    found = _found(
        "Dalang itu membawakan lakon Gatotkaca Gugur semalam suntuk. Lakon Gatotkaca yang "
        "diusung menggambarkan keberanian. Sosok Gatotkaca adalah ksatria yang setia."
    )
    assert found.get("Gatotkaca Gugur") == "product"
    assert found.get("Gatotkaca") != "product"


def test_a_person_a_possessive_books_title_opens_with_stays_a_person() -> None:
    # A memoir named after its writer: the one word after ``bukunya`` and a quote is the
    # writer all through the article, no title.
    found = _found(
        "Jenderal Sudarmo dalam bukunya “ Sudarmo dari Medan sampai Jakarta ” menulis "
        "bahwa situasi genting. Menurut Sudarmo, mahasiswa sudah bergerak."
    )
    assert found.get("Sudarmo") == "person"


def test_a_title_after_a_possessive_film_and_bertajuk_is_a_work() -> None:
    # ``bertajuk`` titles a work after a work's noun with its owner's ``-nya`` too.
    found = _found("Pada 2006 ia membintangi debut filmnya bertajuk Kopi Pagi Buta.")
    assert found.get("Kopi Pagi Buta") == "product"


def test_songs_listed_after_yaitu_are_works() -> None:
    # Titles listed after ``yaitu`` shortly after ``lagu``, whatever the tagger read in
    # them (a one-word title read as a person), English small words inside a title kept.
    found = _found(
        "Di panggung itu ia membawakan tiga lagu miliknya, yakni Jumpline, Marrowfield, "
        "dan Fake Heart untuk para penonton."
    )
    assert found.get("Jumpline") == "product"
    assert found.get("Marrowfield") == "product"
    assert found.get("Fake Heart") == "product"
    found = _found(
        "Band itu membawakan lagu dari album barunya, yaitu Copper Bell, State of The "
        "Heart, dan Lonesome."
    )
    assert found.get("State of The Heart") == "product"
    assert found.get("Lonesome") == "product"


def test_names_listed_after_yaitu_and_a_film_noun_are_left_alone() -> None:
    # After ``film`` a list as often names its makers or stars.
    found = _found(
        "Produser film itu yakni Claudia Hartono dan Budi Santoso menyampaikan kesan mereka."
    )
    assert found.get("Claudia Hartono") == "person"


def test_a_songs_untagged_title_after_lagu_is_a_work_in_passing() -> None:
    # An article about an award or a duet names a song in passing: its untagged title of
    # two words or more after ``lagu`` is the work all the same.
    found = _found("Ia juga menjadikan kota itu rujukan dalam lagu Seven Winters.")
    assert found.get("Seven Winters") == "product"
    found = _found(
        "Kalau di dalam lagu Bintang Bisa Bicara itu ada kata rindu, jadi saya tidak heran."
    )
    assert found.get("Bintang Bisa Bicara") == "product"


def test_an_ignored_name_listed_after_lagu_stays_out() -> None:
    # The anthem is a name the gazetteer ignores, in a list as after ``lagu`` alone.
    found = _found(
        "Sebelum laga, para pemain menyanyikan dua lagu, yaitu Indonesia Raya dan Tanah Airku."
    )
    assert "Indonesia Raya" not in found
    assert found.get("Tanah Airku") == "product"


def test_dated_albums_listed_after_yakni_are_works() -> None:
    # A discography listed after ``yakni``: each dated title is an album.
    found = _found(
        "Band itu telah merilis tiga album, yakni Lain Jalan (1999), Sesuatu Yang Hilang "
        "(2001), dan Simpan Jiwaku (2003)."
    )
    assert found.get("Lain Jalan") == "product"
    assert found.get("Sesuatu Yang Hilang") == "product"
    assert found.get("Simpan Jiwaku") == "product"
