"""Mends of the works and awards rules (round 34): a show's title after ``acara``,
``program``, ``drama`` or ``sekuel`` only where the sentence is about a show and never
over a body or a place; a title stops before a date or a channel; headlines in title case
are left alone; an award keeps the honoured name whole and a body inside it, and stays on
its line. On sentences written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.mention_kinds import surfaces_and_kinds as _surfaces


def _products(body: str, title: str = "") -> list[str]:
    """The surfaces typed as products in an article."""
    return [m.surface for m in extract_mentions(title, body) if m.kind == "product"]


# 1. ``acara`` / ``program`` + ``The``: a show only in a sentence about a broadcast.


def test_a_body_opening_with_the_after_program_or_acara_is_no_show() -> None:
    found = _products(
        "Bantuan itu disalurkan lewat program The Lestari Foundation di Ambon. The Lestari "
        "Foundation bekerja sama dengan pemda. Ia hadir dalam acara The Wirahadi Center di "
        "Medan."
    )
    assert found == []


def test_an_event_or_a_band_opening_with_the_after_acara_is_no_show() -> None:
    found = _products(
        "Ia hadir di acara The Grand Reunion di Surabaya bersama keluarga. Ribuan penonton "
        "memadati acara The 1984 di Malang."
    )
    assert found == []


def test_a_shows_title_after_acara_in_a_sentence_about_a_broadcast_is_a_work() -> None:
    found = _kinds("Penyanyi itu tampil di acara The Golden Stage yang tayang di televisi.")
    assert found["The Golden Stage"] == {"product"}


def test_guard_a_bodys_name_after_acara_is_no_show_even_on_television() -> None:
    found = _kinds("Acara The Harapan Foundation ditayangkan televisi swasta.")
    assert "product" not in found.get("The Harapan Foundation", set())


def test_guard_the_alone_after_acara_is_no_title() -> None:
    found = _products("Ia tampil di acara The (2017) bersama band. Kata The dalam bahasa Inggris.")
    assert found == []


# 2 and 3. ``drama`` / ``sekuel``: not over a body or a place; one word only about a show.


def test_a_saga_named_by_a_body_after_drama_stays_the_body() -> None:
    found = _surfaces("Kasus itu menjadi drama Bank Sentosa. Bank Sentosa diselamatkan pemerintah.")
    assert found.count(("Bank Sentosa", "organisation")) == 2


def test_a_saga_named_by_a_place_after_drama_is_no_work() -> None:
    found = _products(
        "Warga menyaksikan drama Kampung Rawa ketika penggusuran. Kampung Rawa kini telah rata."
    )
    assert found == []


def test_one_word_after_drama_outside_a_sentence_about_a_show_is_no_work() -> None:
    found = _products("Warga menyaksikan drama Kalisari. Drama Pendopo terus berlanjut.")
    assert found == []


def test_guard_one_word_after_drama_in_a_sentence_about_a_show_is_a_work() -> None:
    found = _kinds("Aktris itu bermain di drama Phantom yang tayang di tvN setiap Jumat.")
    assert found["Phantom"] == {"product"}


def test_an_origin_after_drama_is_no_work() -> None:
    found = _products("Ia suka drama Melayu dan drama Barat yang tayang di televisi.")
    assert found == []


# 4. An unquoted title stops before a date and a channel.


def test_an_unquoted_title_stops_before_a_day_or_a_month() -> None:
    assert _products("Episode terakhir drama Phantom Sabtu malam ditonton jutaan orang.") == [
        "Phantom"
    ]
    assert _products("Film sekuel Guardians Maret mendatang tayang di bioskop.") == ["Guardians"]


def test_an_unquoted_title_leaves_out_a_channel_after_or_before_it() -> None:
    assert _products("Ia menonton reality show Happy Camp SBS setiap pekan.") == ["Happy Camp"]
    assert _products(
        "Ia dikenal sejak kemunculannya di variety show KBS Running Boy di bulan april lalu."
    ) == ["Running Boy"]


def test_guard_a_title_with_a_mixed_case_name_runs_on() -> None:
    found = _kinds("Ia hadir di acara The Ellen McKenzie Show bulan lalu.")
    assert found["The Ellen McKenzie Show"] == {"product"}


def test_an_unquoted_title_cut_before_an_inner_lowercase_word_is_no_title() -> None:
    found = _products("Film sekuel Cinta dengan Rindu sudah tayang di bioskop.")
    assert found == []


# 5. Headlines in title case.


def test_a_headline_in_title_case_is_no_title_after_drama() -> None:
    found = _products(
        "Aktris itu bermain di drama Phantom yang tayang di tvN setiap Jumat.",
        "Drama Phantom Raih Rating Tertinggi di Korea",
    )
    assert "Phantom Raih Rating Tertinggi" not in found
    assert found.count("Phantom") == 2


# 6. A title quoted after ``membintangi`` named as a person elsewhere.


def test_a_biopics_title_is_not_spread_over_the_person_it_names() -> None:
    found = _surfaces(
        'Aktris Dewi Lestari membintangi " Sumirah ". Sumirah lahir di Jepara pada 1879.'
    )
    assert ("Sumirah", "product") not in found


# 7 and 8. Awards.


def test_an_award_keeps_the_honoured_name_whole_and_the_name_alone_stays_the_person() -> None:
    found = _kinds("Ia meraih Bung Sutejo Award. Sutejo dikenal sebagai pejuang.")
    assert found["Bung Sutejo Award"] == {"organisation"}
    assert found["Sutejo"] == {"person"}


def test_an_awards_name_opening_a_sentence_about_no_award_is_the_person() -> None:
    found = _kinds("Ia meraih Felix Award tahun lalu. Felix mencetak gol untuk Persib.")
    assert found["Felix Award"] == {"organisation"}
    assert found["Felix"] == {"person"}


def test_a_body_inside_an_awards_name_stays_named() -> None:
    found = _surfaces(
        "Yayasan Cahaya Bangsa menggelar Yayasan Cahaya Bangsa Youth Awards di Bandung. "
        "Stasiun televisi ZTV bakal menggelar ZTV Video Music Awards tahun ini. ZTV "
        "menayangkan acara itu."
    )
    assert found.count(("Yayasan Cahaya Bangsa", "organisation")) == 2
    assert found.count(("ZTV", "organisation")) == 3


def test_an_award_does_not_run_over_a_line_break() -> None:
    found = _surfaces("Aktor terbaik diraih Reza Rahadian\n\nAwards tahun ini digelar di Jakarta.")
    assert ("Reza Rahadian", "person") in found


def test_guard_a_title_stops_before_a_known_channel() -> None:
    found = _surfaces("Ia menjadi bintang tamu talk show Kopi Pagi Metro TV pekan lalu.")
    assert ("Kopi Pagi", "product") in found
    assert ("Metro TV", "organisation") in found


def test_an_award_does_not_run_over_a_line_break_between_its_words() -> None:
    found = _surfaces(
        "Aktor terbaik diraih Reza Rahadian\n\nMusic Awards tahun ini digelar di Jakarta."
    )
    assert ("Reza Rahadian", "person") in found


# Guards the reviewer found missing in ``test_entities_works34.py``.


def test_guard_a_models_word_written_in_lowercase_elsewhere_stays_no_product() -> None:
    found = _surfaces(
        "Nintendo merilis Nintendo Switch. Tombol switch ada di sisi kiri. Pabrikan itu "
        "menjual Switch mulai Maret."
    )
    assert found.count(("Switch", "product")) == 0


def test_guard_unquoted_words_after_starring_are_no_work() -> None:
    assert _products("Ia juga membintangi Kisah Kasih Sekolah tahun lalu.") == []


def test_guard_a_models_word_before_another_name_word_is_not_the_model() -> None:
    found = _surfaces("Nintendo merilis Nintendo Switch. Kata Switch Cahaya, band itu bubar.")
    assert ("Switch", "product") not in found


def test_guard_an_awards_name_shared_by_a_persons_longer_name_stays_the_person() -> None:
    found = _kinds("Menurut Lumina, acara Lumina Awards meriah. Lumina Santoso lalu pulang.")
    assert found["Lumina Awards"] == {"organisation"}
    assert found["Lumina"] == {"person"}
    assert found["Lumina Santoso"] == {"person"}


def test_guard_a_categorys_word_before_an_awards_name_is_not_taken_in() -> None:
    found = _kinds("Penyanyi Rania meraih Best Rania Pratiwi Award tahun ini.")
    assert not any(surface.startswith("Best") for surface in found)
