"""Entity rules of round 20 (issue #14), on sentences written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def test_investors_named_as_funds_are_organisations() -> None:
    body = (
        "Putaran pendanaan itu dipimpin Lintang Ventures, diikuti Sagara Capital dan "
        "Karsa Partners, kata Dewi Anggraini."
    )
    found = _kinds(body)
    assert found["Sagara Capital"] == {"organisation"}
    assert found["Karsa Partners"] == {"organisation"}
    assert found["Dewi Anggraini"] == {"person"}
    body = "Investor awal Kopiku adalah Sagara Capital dan Lintang Ventures."
    found = _kinds(body)
    assert found["Lintang Ventures"] == {"organisation"}


def test_a_region_named_with_a_capitalised_compass_point_is_one_place() -> None:
    body = (
        "Serangan udara itu menghantam sebuah desa di Suriah Barat Laut. "
        "Kelompok itu juga aktif di Asia Tenggara dan Irak Utara, kata pejabat itu."
    )
    found = _kinds(body)
    assert found["Suriah Barat Laut"] == {"place"}
    assert found["Irak Utara"] == {"place"}
    assert "Suriah" not in found


def test_a_name_alone_before_founded_is_an_organisation() -> None:
    body = (
        "Panenraya didirikan oleh dua alumni ITB pada 2016. "
        "Kini Panenraya telah membantu ribuan petani di Jawa Barat."
    )
    assert _kinds(body)["Panenraya"] == {"organisation"}


def test_a_band_and_its_members_name_the_band() -> None:
    body = (
        "Konser band Larasuara di Bandung penuh sesak. Vokalis Larasuara, Dimas Pratama, "
        "menyapa penonton. Sebelumnya dua anggota Larasuara sempat sakit, "
        "tetapi Larasuara tetap tampil dua jam."
    )
    found = _kinds(body)
    assert found["Larasuara"] == {"organisation"}
    assert found["Dimas Pratama"] == {"person"}


def test_a_cued_band_is_found_in_every_mention() -> None:
    body = (
        "Larasuara juga menulis, Terima kasih Bandung. Penggemar yang belum mengenal "
        "Larasuara langsung mengikuti akun Twitter Dimas. Setelah konser Larasuara ia "
        "mendadak terkenal. Saya bukan anggota Larasuara, tulis Dimas. Dimas juga bukan "
        "anggota Larasuara."
    )
    bands = [m for m in extract_mentions("", body) if m.surface == "Larasuara"]
    assert [m.kind for m in bands] == ["organisation"] * 5
    assert len({m.key for m in bands}) == 1


def test_a_company_named_after_its_origin_is_an_organisation() -> None:
    body = (
        "Belum lama ini perusahaan konstruksi asal Swedia, Vipp, meluncurkan paket wisata. "
        "Tamu tinggal memilih lokasi, lalu Vipp akan membangun kamar hotelnya."
    )
    found = _kinds(body)
    assert found["Vipp"] == {"organisation"}
    assert found["Swedia"] == {"place"}


def test_a_mosque_is_a_place_whatever_the_tagger_read() -> None:
    body = "Sebanyak 40 warga diungsikan di Mesjid Al - Ikhlas dan Asrama Koramil Sukasari."
    assert _kinds(body)["Mesjid Al - Ikhlas"] == {"place"}


def test_both_sources_of_a_credit_line_are_organisations() -> None:
    body = "Laptop itu dijual mulai bulan depan.\n\nSumber: Microsoft dan Ars Technica."
    assert _kinds(body)["Ars Technica"] == {"organisation"}


def test_an_acronym_leaving_out_its_head_names_the_bureau() -> None:
    body = (
        "Teknisnya akan dirumuskan oleh Kepala Biro Tata Pemerintahan (Tapem) Andi Wijaya. "
        "Pemprov juga bersinergi dengan Biro Tapem. Tapem siap membantu."
    )
    mentions = {m.surface: m for m in extract_mentions("", body)}
    bureau = mentions["Biro Tata Pemerintahan (Tapem)"]
    assert bureau.kind == "organisation"
    assert mentions["Tapem"].key == bureau.key


def test_the_company_between_a_ceo_title_and_name_is_an_organisation() -> None:
    body = (
        "Salah satunya dilakukan oleh Tanamin. Kepada DailySocial, CEO Tanamin Budi "
        "Prasetyo selaku penggagas program itu mengaku optimistis. Dalam program tersebut, "
        "Tanamin menggandeng petani."
    )
    tanamin = [m for m in extract_mentions("", body) if m.surface == "Tanamin"]
    assert [m.kind for m in tanamin] == ["organisation"] * 3
    found = _kinds("Menurut CEO Gudangku Rina Oktaviani, Gudangku kini melayani 200 toko.")
    assert found == {"Gudangku": {"organisation"}, "Rina Oktaviani": {"person"}}
    assert _kinds("CEO Jack Ma mengatakan hal itu.") == {"Jack Ma": {"person"}}


def test_an_untagged_name_ending_as_companies_do_is_an_organisation() -> None:
    body = (
        "Tidak ada informasi soal investasi Kopiku, tetapi Sagara Capital dan Lintang "
        "Ventures adalah jajaran investornya. Hal itu dilaporkan harian Jakarta Post."
    )
    found = _kinds(body)
    assert found["Sagara Capital"] == {"organisation"}
    assert found["Jakarta Post"] == {"organisation"}
    assert "Jakarta" not in found


def test_social_networks_chat_apps_and_ride_services_are_organisations() -> None:
    """As the annotated corpora type them (NERGrit: Twitter, YouTube), listed with X."""
    body = (
        "Video itu menyebar lewat WhatsApp dan Telegram sebelum diunggah ke YouTube. "
        "Pengemudi GrabCar dan GoCar juga mengeluh di Facebook, kata Dewi Anggraini."
    )
    found = _kinds(body)
    for name in ("WhatsApp", "Telegram", "YouTube", "GrabCar", "GoCar", "Facebook"):
        assert found[name] == {"organisation"}, name
    body = "Ponsel itu menjalankan Android dan bisa membuka Gmail."
    assert _kinds(body)["Android"] == {"product"}
