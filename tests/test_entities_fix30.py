"""Round 30 (fix30): last round's leftovers and wrong mentions read on IndoSum news no
helper had read, each through ``extract_mentions`` on sentences written for the test."""

from __future__ import annotations

from warta.search.entities import extract_mentions


def _found(body: str, title: str = "") -> set[tuple[str, str, str]]:
    return {(m.surface, m.kind, m.key) for m in extract_mentions(title, body)}


def test_a_partys_faction_is_the_party_whatever_the_tagger_ran_into_it() -> None:
    # The tagger read ``Fraksi Hanura`` (a person's party before the person) as a place,
    # and ran ``DPR Fraksi`` into one body apart from an unlinked ``Hanura``.
    found = _found(
        "Uang itu diterima mantan Ketua DPR Ade Komarudin, anggota DPR dari Fraksi Hanura "
        "Mirna S Hartani, hingga anggota DPR dari Fraksi Golkar Markus Nari.\n\nMirna "
        "adalah mantan anggota DPR Fraksi Hanura yang telah menjadi tersangka."
    )
    assert not any(kind == "place" for _, kind, _ in found)
    assert ("Hanura", "organisation", "partai_hanura") in found
    assert ("DPR", "organisation", "dewan_perwakilan_rakyat") in found
    assert not any("Fraksi" in surface for surface, _, _ in found)


def test_a_factions_short_form_is_its_party() -> None:
    found = _found("Wakil Ketua F-PKS Sukarta setuju, sedangkan F-PDIP menolak usulan itu.")
    assert ("F-PKS", "organisation", "partai_keadilan_sejahtera") in found
    assert ("F-PDIP", "organisation", "partai_demokrasi_indonesia_perjuangan") in found


def test_a_police_command_spelt_out_with_its_short_form_is_one_office_linked_to_it() -> None:
    # The tagger read ``Kepolisian Resor`` as a place and the city apart: two places.
    found = _found(
        "Pelaku ditahan di Kepolisian Resor (Polres) Bogor sejak Senin. Kapolres Bogor "
        "AKBP Dedi Rahman menyebut Polres Bogor menyita dua senjata."
    )
    assert ("Kepolisian Resor (Polres) Bogor", "organisation", "kepolisian_resor_bogor") in found
    assert ("Polres Bogor", "organisation", "kepolisian_resor_bogor") in found
    assert not any(kind == "place" and surface != "Bogor" for surface, kind, _ in found)


def test_a_police_command_spelt_out_and_read_whole_as_a_place_is_an_office() -> None:
    found = _found("Ia ditahan di Kepolisian Resor Bogor. Kapolres Bogor AKBP Dedi Rahman hadir.")
    assert ("Kepolisian Resor Bogor", "organisation", "kepolisian_resor_bogor") in found


def test_a_place_inside_a_festivals_name_is_the_place() -> None:
    # Round 29 dropped every name before an event's last word; NERGrit marks the place
    # (and the body) inside an award's or a festival's name. ``Asean Games`` stays none.
    found = _found(
        "Film itu diputar di Busan International Film Festival tahun lalu. Atlet kita "
        "bertanding di Asean Para Games."
    )
    assert ("Busan", "place", "busan") in found
    assert not any(key == "association_of_southeast_asian_nations" for _, _, key in found)


def test_a_national_team_spelt_out_with_its_short_form_is_one_mention_of_its_country() -> None:
    # ``Tim Nasional (Timnas)`` was an organisation of its own, and every bare ``Timnas``
    # after it; ``Timnas Indonesia`` is the country, as warta links national teams.
    found = _found(
        "Pelatih Tim Nasional (Timnas) Indonesia Luis Mendoza memanggil 25 pemain. Timnas "
        "kini berada di posisi dua klasemen."
    )
    assert ("Tim Nasional (Timnas) Indonesia", "place", "indonesia") in found
    assert not any(kind == "organisation" for _, kind, _ in found)


def test_a_name_closing_an_apposition_after_an_organisations_noun_and_origin_is_one() -> None:
    # ``band legendaris di Indonesia, Slank`` gave a place, ``perusahaan minyak Rusia,
    # Rosneft`` a person: the origin came with ``di``/``dari`` or none, not ``asal``.
    found = _found(
        "Konser itu ia persembahkan untuk salah satu band legendaris di Indonesia, Gigantor. "
        "Penonton menyambut Gigantor dengan meriah."
    )
    assert {kind for surface, kind, _ in found if surface == "Gigantor"} == {"organisation"}
    found = _found(
        "Serangan itu juga menimpa perusahaan minyak Rusia, Petrovka, demikian pula "
        "perusahaan pelayaran dari Norwegia, Skagerak."
    )
    assert ("Petrovka", "organisation", "petrovka") in found
    assert ("Skagerak", "organisation", "skagerak") in found


def test_a_person_opening_a_clause_after_a_place_and_a_comma_stays_a_person() -> None:
    found = _found("Ia bekerja di pabrik di Bekasi, Ahmad Suryana mengaku tidak tahu.")
    assert ("Ahmad Suryana", "person", "ahmad_suryana") in found


def test_a_full_name_in_parentheses_after_a_persons_is_a_person() -> None:
    # The actor after the character in a series' recap was read as an organisation.
    found = _found(
        "Pada episode terakhir, Jorah Velaryon meninggalkan Selyse Baratheon (Mira Hadley) "
        "karena bersekongkol dengan Loras Tyrell (Nico Asmussen). Ia lalu bergabung dengan "
        "Rickon Stark (Tom Harlow) dan Lysa Arryn (Emily Clarkson)."
    )
    assert ("Nico Asmussen", "person", "nico_asmussen") in found
    assert ("Emily Clarkson", "person", "emily_clarkson") in found


def test_a_name_between_commas_after_a_title_phrase_is_its_holder() -> None:
    # A foreign official in apposition after the title was read as an organisation or a
    # place (``juru bicara kementerian, Geng Shuang,``).
    found = _found(
        "Hal itu disampaikan oleh juru bicara kementerian, Geng Weiming, sebagaimana dikutip "
        "kantor berita. Juru bicara kepolisian wilayah Sindh, Zulfikar Hamid, mengatakan pria "
        "itu ditangkap. Kepala rumah sakit di Kirkuk, Pervez Haidar, menolak berkomentar."
    )
    for name in ("Geng Weiming", "Zulfikar Hamid", "Pervez Haidar"):
        assert (name, "person", "_".join(name.lower().split())) in found
    assert ("Sindh", "place", "sindh") in found


def test_headlines_listed_under_a_related_news_heading_run_no_names_together() -> None:
    # Linked headlines in title case under a heading or a cue ending its line were read
    # as names (``Muda Nigeria Gemparkan``, ``Nintendo Switch Diperbanyak``).
    found = _found(
        "Warga diminta tetap tenang.\n\nKabarbaru.com - BERITA MENARIK LAINNYA:\n\nLama Tak "
        "Muncul, Sahabat Ahok Ungkap Asal Pendukung Ahok\n\nBurung Beo Bongkar Rahasia Majikan "
        "dengan Tetangganya\n\nKaya Raya, 5 Anak Muda Kenya Hebohkan Medsos"
    )
    assert {surface for surface, _, _ in found} == {"Ahok", "Kenya"}
    found = _found(
        "Jangan ragu untuk mengejar mimpimu! Baca juga: \n - Game Mario Lebih Laris dari "
        "Konsol Nintendo Switch \n - Laris Manis, Produksi Nintendo Switch Ditambah"
    )
    assert not any(surface.endswith("Ditambah") for surface, _, _ in found)


def test_a_team_or_a_song_in_parentheses_after_a_person_stays_no_person() -> None:
    found = _found("Ia salah satu pesaing utama Marquez, yakni Budi Santoso (Movistar Yamaha).")
    assert ("Movistar Yamaha", "person", "movistar_yamaha_person") not in found
    found = _found(
        "Lagu itu mengalahkan lagu hit lainnya milik Kelly Clarkson (Love So Soft), Kesha "
        "(Praying), Lady Gaga (Million Reasons) dan Pink (What About Us)."
    )
    assert not any(s in ("Love So Soft", "Million Reasons") and k == "person" for s, k, _ in found)


def test_a_tax_number_and_its_label_are_no_part_of_a_name() -> None:
    found = _found(
        "Ia tidak menyampaikan SPT tahunan atas nama Fadlan Rasyid NPWP 07.123.456.8 - "
        "009.000 untuk tahun pajak 2013.\n\nNama: Eko Sudrajat \n NPWP: 06.957.466.3 - "
        "024.000 \n Alamat: Jalan Melati No 5"
    )
    assert ("Fadlan Rasyid", "person", "fadlan_rasyid") in found
    assert not any("NPWP" in surface or surface[:1].isdigit() for surface, _, _ in found)
    # A known person's name does not grow over it either.
    found = _found("Laporan itu atas nama Fadli Zon NPWP 01.234.567.8 - 009.000 untuk tahun 2012.")
    assert {surface for surface, _, _ in found} == {"Fadli Zon"}


def test_a_name_after_a_company_noun_and_its_region_with_di_is_the_company() -> None:
    # ``di`` before the region stopped the reading that ``Startup Asia Tenggara Taloka``
    # gets: the name after the region is the company, not a person.
    found = _found(
        "Startup di Asia Tenggara Taloka tumbuh pesat. Taloka mengumumkan pendanaan baru."
    )
    assert ("Taloka", "organisation") in {(surface, kind) for surface, kind, _ in found}
