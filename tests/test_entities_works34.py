"""Works and awards in entertainment news: an award is an organisation, never the person
its name reads as (``Emmy Awards``, ``Piala Emmy``); a show's English title after its noun
is a work; consoles of known families and a known model's word alone are products. On
sentences written for these tests."""

from tests.mention_kinds import kinds_by_surface as _kinds
from tests.mention_kinds import surfaces_and_kinds as _surfaces


def test_an_award_ending_in_awards_is_one_organisation_and_its_name_alone_too() -> None:
    found = _kinds(
        "Ratna sempat menyinggung soal Emmy Awards, di mana acaranya kalah. “ Saya kecewa "
        "oleh Emmy, ” kata Ratna Sulistyo."
    )
    assert found["Emmy Awards"] == {"organisation"}
    assert found["Emmy"] == {"organisation"}


def test_a_cup_named_again_after_its_award_is_the_cup_with_its_head() -> None:
    found = _kinds(
        "Bima Arya ingin Piala Emmy. Ia menyebut Emmy Awards curang. “ Saya kecewa oleh "
        "Emmy, ” kata Bima Arya, yang masih ingin Piala Emmy."
    )
    assert found["Piala Emmy"] == {"organisation"}


def test_an_award_ending_in_award_is_one_organisation_and_its_name_alone_too() -> None:
    found = _kinds("Penyanyi Raisa meraih Oscar Award tahun lalu. Ia kini mengincar Oscar lagi.")
    assert found["Oscar Award"] == {"organisation"}
    assert found["Oscar"] == {"organisation"}


def test_guard_a_known_body_before_its_awards_word_stays_the_body() -> None:
    found = _kinds("Ia menerima penghargaan WHO Awards di Jenewa, Swiss.")
    assert found["WHO"] == {"organisation"}
    assert "WHO Awards" not in found


def test_guard_a_person_sharing_an_awards_name_stays_a_person() -> None:
    found = _kinds("Tony Wibisono menonton Tony Awards di New York. Tony lalu pulang ke Bandung.")
    assert found["Tony Wibisono"] == {"person"}
    assert found["Tony"] == {"person"}


def test_guard_a_place_before_an_awards_name_stays_the_place() -> None:
    found = _kinds("Penyanyi itu menang di Seoul Music Awards pekan lalu.")
    assert found.get("Seoul Music Awards") is None


def test_guard_a_person_or_a_company_not_before_the_awards_word_is_unchanged() -> None:
    found = _surfaces(
        "Emmy Rossum tiba di Jakarta. Telkom menerima award dari panitia. Emmy tersenyum."
    )
    assert ("Emmy Rossum", "person") in found
    assert ("Emmy", "person") in found
    assert ("Telkom", "organisation") in found


def test_a_shows_english_title_after_its_noun_and_channel_is_a_work() -> None:
    found = _kinds(
        "Grup itu tampil di reality show populer tvN ‘ Summer Over Rivers’ tahun lalu. Kini "
        "mereka syuting variety show ' Brave Fathers ' di Busan."
    )
    assert found["Summer Over Rivers"] == {"product"}
    assert found["Brave Fathers"] == {"product"}


def test_a_dramas_title_keeps_its_small_words_and_is_found_again() -> None:
    found = _surfaces(
        "Aktris itu bermain di drama Moon over the Eastern Sea tahun ini. Moon over the "
        "Eastern Sea tayang di KBS setiap Senin."
    )
    assert found.count(("Moon over the Eastern Sea", "product")) == 2


def test_a_title_quoted_after_starring_is_a_work() -> None:
    found = _kinds('Aktor Park Jun Seo memilih membintangi " Whispers of the Deep " tahun ini.')
    assert found["Whispers of the Deep"] == {"product"}


def test_guard_a_place_or_a_star_after_a_dramas_noun_is_no_work() -> None:
    found = _kinds(
        "Ia menonton drama Korea setiap malam. Ia paling suka drama Park Jun Seo, kata "
        "Park Jun Seo sendiri."
    )
    assert found["Korea"] == {"place"}
    assert found["Park Jun Seo"] == {"person"}


def test_guard_a_category_with_a_capitalised_drama_is_no_work() -> None:
    found = _kinds("Film itu meraih Film Drama Terbaik di ajang Golden Globes.")
    assert "Terbaik" not in found


def test_guard_a_co_star_unquoted_after_starring_stays_a_person() -> None:
    found = _kinds(
        "Film itu dibintangi Dian Sastro. Ia juga membintangi Reza Rahadian di film lain."
    )
    assert found["Dian Sastro"] == {"person"}
    assert found.get("Reza Rahadian", {"person"}) == {"person"}


def test_consoles_of_known_families_are_products_apart_from_their_maker() -> None:
    found = _kinds(
        "Gim itu dirilis untuk Nintendo 3DS, Wii U dan PlayStation Vita. Nintendo menyebut "
        "penjualannya naik."
    )
    assert found["Nintendo 3DS"] == {"product"}
    assert found["Wii U"] == {"product"}
    assert found["PlayStation Vita"] == {"product"}
    assert found["Nintendo"] == {"organisation"}


def test_guard_a_console_makers_name_alone_stays_the_company() -> None:
    found = _kinds("Sony dan Nintendo bersaing di Tokyo, kata analis Hiroshi Tanaka.")
    assert found["Sony"] == {"organisation"}
    assert found["Nintendo"] == {"organisation"}
    assert found["Tokyo"] == {"place"}


def test_a_known_consoles_model_word_alone_is_the_console() -> None:
    found = _surfaces(
        "Nintendo akan merilis Nintendo Switch tahun depan. Pabrikan itu menjual Switch "
        "mulai Maret, dan gim yang disediakan oleh Switch bisa dimainkan berdua."
    )
    assert found.count(("Switch", "product")) == 2


def test_guard_a_models_word_written_in_lowercase_too_is_a_common_word() -> None:
    found = _surfaces(
        "Nintendo merilis Nintendo Switch. Tombol switch ada di sisi kiri. Pengguna Switch "
        "mengeluh."
    )
    assert ("Switch", "product") not in found


def test_guard_a_models_word_inside_a_longer_name_or_after_a_place_cue_is_not_it() -> None:
    found = _kinds(
        "Honda City dan Hyundai Tucson laris. Bima Sakti, fan Manchester City, membeli "
        "mobil itu di Tucson."
    )
    assert found["Honda City"] == {"product"}
    assert found["Manchester City"] == {"organisation"}
    assert "product" not in found.get("Tucson", set())


def test_guard_a_channel_after_a_dramas_noun_stays_the_channel() -> None:
    found = _kinds("Serial drama KBS pada tahun 2010 itu dibintangi Park Jun Seo.")
    assert found["KBS"] == {"organisation"}


def test_a_shows_title_opening_with_the_after_acara_is_a_work() -> None:
    found = _kinds(
        "Penyanyi itu tampil dalam acara The Midnight Talk Show with Sam Harlow pekan lalu."
    )
    assert found["The Midnight Talk Show with Sam Harlow"] == {"product"}


def test_guard_a_person_a_company_or_a_place_after_acara_is_no_work() -> None:
    found = _kinds(
        "Acara itu dibuka Budi Santoso. Ia hadir di acara Bank Mandiri dan acara Jakarta "
        "Fair, lalu program Keluarga Berencana di Bogor."
    )
    assert "product" not in found.get("Budi Santoso", set())
    assert "product" not in found.get("Bank Mandiri", set())
    assert "product" not in found.get("Jakarta Fair", set()) | found.get("Jakarta", set())
    assert "product" not in found.get("Keluarga Berencana", set())
