"""Economic news mended: acronyms the gazetteer ignores only as written and only where
they are no company's, rating agencies' names inside other companies' names, a stock
index named after its maker, ``Pulp and Paper``, common nouns in Title Case headlines,
and companies with dotted legal forms across lines and in their names."""

from warta.search.entities import extract_mentions


def _mentions(title: str, body: str) -> list[tuple[str, str]]:
    return [(mention.surface, mention.kind) for mention in extract_mentions(title, body)]


def _found(body: str) -> list[tuple[str, str]]:
    return _mentions("", body)


def test_a_surname_spelt_like_an_ignored_acronym_stays_a_person() -> None:
    found = _mentions(
        "Sun Raih Emas Lagi",
        "Perenang China Sun Yang meraih emas di nomor 400 meter gaya bebas. Sun finis tercepat.",
    )
    assert [surface for surface, kind in found if kind == "person"].count("Sun") >= 2


def test_a_company_opening_with_an_ignored_acronym_keeps_its_short_form() -> None:
    found = _found(
        "Saham SBI Holdings menguat. Direktur SBI menyebut perusahaannya akan masuk ke Vietnam."
    )
    assert found.count(("SBI", "organisation")) == 1


def test_an_ignored_acronym_defined_after_its_instrument_is_no_entity() -> None:
    found = _found("Sertifikat Bank Indonesia (SBI) dilelang Selasa. Permintaan SBI turun.")
    assert all(surface != "SBI" for surface, _ in found)


def test_a_rating_agency_after_an_ampersand_is_the_end_of_another_company() -> None:
    found = extract_mentions("", "Penjualan Abercrombie & Fitch turun di Singapura.")
    assert ("Abercrombie & Fitch", "organisation") in [(m.surface, m.kind) for m in found]


def test_a_rating_agency_before_a_capitalised_word_is_another_company() -> None:
    found = extract_mentions("", "Fitch Solutions memperkirakan ekonomi melambat.")
    assert [(m.surface, m.kind, m.key) for m in found] == [
        ("Fitch Solutions", "organisation", "fitch_solutions")
    ]


def test_a_stock_index_named_after_a_rating_agency_is_no_organisation() -> None:
    found = _found("Indeks Standard & Poor's 500 melemah 0,3 persen di Wall Street.")
    assert all(kind != "organisation" for _, kind in found)


def test_a_pulp_and_paper_company_is_one_organisation() -> None:
    found = _found("Pabrik Sumber Jaya Pulp and Paper di Perawang ditutup.")
    assert any(
        surface.endswith("Sumber Jaya Pulp and Paper") and kind == "organisation"
        for surface, kind in found
    )
    assert all(surface != "Paper" for surface, _ in found)


def test_common_nouns_in_a_title_case_headline_are_no_company() -> None:
    found = _mentions(
        "Prospek Cerah Saham Farma",
        "Saham emiten farmasi diperkirakan naik. Indeks Sektor Financial turun.",
    )
    assert all(kind != "organisation" for _, kind in found)


def test_a_drug_maker_named_after_a_common_word_is_still_a_company() -> None:
    found = _found("Saham Kimia Farma naik tajam pada perdagangan Senin.")
    assert ("Kimia Farma", "organisation") in found


def test_a_company_with_dotted_forms_does_not_run_over_a_line_break() -> None:
    found = _found("PT Bintang Timur\nLaut Biru Resources Pte. Ltd. (20 persen)")
    assert ("PT Bintang Timur", "organisation") in found
    assert ("Laut Biru Resources Pte. Ltd.", "organisation") in found


def test_a_dotted_form_run_over_the_name_read_before_it_is_one_company() -> None:
    found = _found("Kontrak diteken oleh Dencisco Energy Resources Pte. Ltd. dan PT Maju.")
    assert ("Dencisco Energy Resources Pte. Ltd.", "organisation") in found


def test_dotted_and_undotted_forms_are_one_company_of_one_name() -> None:
    mentions = extract_mentions(
        "",
        "Saham dibeli Karang Laut Holdings Pte Ltd tahun lalu. "
        "Kini Karang Laut Holdings Pte. Ltd. menjualnya, kata Toyota Motor Corp. dan "
        "pembeli lain.",
    )
    companies = [m for m in mentions if m.kind == "organisation"]
    assert len({m.key for m in companies if m.surface.startswith("Karang")}) == 1
    assert all(" ." not in m.name for m in companies)


def test_a_known_company_before_a_dotted_form_keeps_its_link() -> None:
    mentions = extract_mentions(
        "", "Kontrak dengan Petronas Lautan Biru Pte. Ltd. diteken kemarin."
    )
    assert [mention.key for mention in mentions] == ["petronas", "lautan_biru_pte_ltd"]


def test_an_ignored_acronym_before_a_place_names_no_company() -> None:
    found = _found("Ekspor TPT naik, sedangkan safeguard atas impor TPT Vietnam dicabut.")
    assert ("TPT", "organisation") not in found
