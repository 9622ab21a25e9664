"""Economic news of the CSUI kind: rating agencies, the capital market's regulator, banks
known by short names, and foreign companies whose legal forms are written with dots."""

from warta.search.entities import extract_mentions


def _found(body: str) -> list[tuple[str, str]]:
    return [(mention.surface, mention.kind) for mention in extract_mentions("", body)]


def test_rating_agencies_are_organisations() -> None:
    found = _found(
        "Menurut Fitch, prospek PT Sinar Pelangi membaik. Moody's menahan peringkatnya, "
        "sedangkan analis Pefindo menilai risikonya rendah."
    )
    assert {("Fitch", "organisation"), ("Moody's", "organisation")} <= set(found)
    assert ("Pefindo", "organisation") in found


def test_the_capital_market_regulator_is_an_organisation() -> None:
    found = _found("Laporan itu disampaikan kepada Ketua Bapepam-LK di Jakarta, Senin.")
    assert ("Bapepam-LK", "organisation") in found


def test_a_bank_known_by_its_short_name_is_an_organisation() -> None:
    found = _found("Rasio kredit bermasalah Panin turun ke 2,1 persen tahun ini.")
    assert ("Panin", "organisation") in found


def test_the_common_words_of_an_agency_name_stay_words() -> None:
    found = _found("Lembaga pemeringkat efek itu menilai pengawas pasar modal terlalu lunak.")
    assert found == []


def test_a_company_runs_over_its_dotted_pair_of_legal_forms() -> None:
    found = _found(
        "Saham itu dimiliki Lintang Samudra Holdings Pte. Ltd. dan Karya Mulia Sdn. Bhd. "
        "sejak tahun lalu."
    )
    assert ("Lintang Samudra Holdings Pte. Ltd.", "organisation") in found
    assert ("Karya Mulia Sdn. Bhd.", "organisation") in found


def test_a_legal_form_keeps_its_dot_where_the_sentence_goes_on() -> None:
    found = _found("Pemasoknya antara lain Harimau Putih Inc. dan Taman Kencana Corp. (TKC).")
    assert ("Harimau Putih Inc.", "organisation") in found


def test_a_legal_form_leaves_the_dot_that_ends_the_sentence() -> None:
    found = _found("Kontrak itu diteken dengan Harimau Putih Inc. Nilainya belum diumumkan.")
    assert ("Harimau Putih Inc", "organisation") in found


def test_a_place_or_a_person_before_a_dot_keeps_no_dot() -> None:
    found = _found(
        "Ia pindah ke Bandung. Ltd adalah singkatan yang tak dikenalnya, kata Budi Santoso."
    )
    assert ("Bandung", "place") in found
    assert all(not surface.endswith(".") for surface, _ in found)


def test_a_person_run_into_a_dotted_form_is_not_grown() -> None:
    found = _found("Wawancara dengan Rudi Hartono berlangsung. Co. Ltd adalah bentuk usaha asing.")
    assert found == [("Rudi Hartono", "person")]


def test_a_drug_maker_a_pulp_mill_and_a_data_firm_are_organisations() -> None:
    found = _found(
        "Saham Sentosa Farma naik, rencana akuisisi Lestari Pulp ditunda, "
        "demikian dikutip Harmoni Financial, Kamis."
    )
    assert {
        ("Sentosa Farma", "organisation"),
        ("Lestari Pulp", "organisation"),
        ("Harmoni Financial", "organisation"),
    } <= set(found)


def test_a_person_a_place_and_a_phrase_before_such_words_keep_their_kind() -> None:
    found = _found(
        "Budi Santoso membaca Financial Times di Bandung. Breaking News: harga pulp turun."
    )
    assert ("Budi Santoso", "person") in found
    assert ("Bandung", "place") in found
    assert all(surface != "Breaking News" for surface, _ in found)


def test_fiscal_and_market_abbreviations_are_no_entities() -> None:
    found = _found(
        "Penerimaan PPh naik, penerbitan SUN dan SBI bertambah, "
        "sedangkan NPL industri TPT turun dan harga CPO stabil."
    )
    assert found == []


def test_the_planning_ministry_written_ppn_stays_an_organisation() -> None:
    found = _found("Anggaran Kementerian PPN bertambah tahun depan, kata pejabatnya.")
    assert ("Kementerian PPN", "organisation") in found
