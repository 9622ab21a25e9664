"""Round 25's wrong links and wrong types (issue #14), found auditing the 463 IndoSum
articles no audit had used: a police district read as a person."""

from __future__ import annotations

from pathlib import Path

from warta.search.service import SearchService

from tests.conftest import index_of
from tests.test_entities_links23 import _articles


def _kind(service: SearchService, name: str) -> str:
    """The kind of the one entity named ``name``."""
    (entity,) = [entity for entity in service.entities() if entity.name == name]
    return entity.kind


def test_a_police_district_between_its_chief_and_his_rank_is_a_place(tmp_path: Path) -> None:
    # "Kapolsek Kurik, Polres Merauke" made Kurik a person.
    service = index_of(
        tmp_path,
        {
            "mutasi": "Mutasi perwira\n\nSebelum bertugas di Jakarta, ia pernah menjadi "
            "Kapolsek Semangga, Polres Merauke, Papua.\n",
            "curanmor": "Pencurian motor\n\nKapolsek Kurik, Polres Merauke, Iptu Yudi "
            "Hartono mengatakan pelaku sudah ditahan.\n",
        },
    )
    try:
        assert _kind(service, "Semangga") == "place"
        assert _kind(service, "Kurik") == "place"
        assert _kind(service, "Yudi Hartono") == "person"
    finally:
        service.close()


def test_a_line_up_team_named_by_a_club_short_form_is_the_club(tmp_path: Path) -> None:
    # "Burnley (4 - 4 - 1 - 1): Pope; ..." was an organisation keyed as the town of Burnley,
    # so the entity was a place.
    service = index_of(
        tmp_path,
        {
            "laga": "Everton menang tipis\n\nGelandang Everton itu mencetak gol pada menit ke - "
            "30. Kiper Burnley tak berkutik, dan striker tamu gagal menyamakan skor.\n\n"
            "Susunan Pemain:\n\nEverton (4 - 3 - 3): Pickford; Kenny, Keane, Williams, Baines; "
            "Gueye, Schneiderlin, Davies; Lookman, Rooney, Calvert - Lewin.\n\n"
            "Burnley (4 - 4 - 1 - 1): Pope; Bardsley, Tarkowski, Long, Taylor; Lennon, Cork, "
            "Westwood, Hendrick; Barnes, Vokes.\n",
        },
    )
    try:
        assert {entity.kind for entity in service.entities() if "Burnley" in entity.name} == {
            "organisation"
        }
    finally:
        service.close()


def test_a_maker_before_a_racing_series_is_its_team_not_a_product(tmp_path: Path) -> None:
    # "Mercedes F1" was a product, the F1 of a model's code (as in "LG V30").
    service = index_of(
        tmp_path,
        {
            "balap": "Hasil balapan\n\nPebalap Mercedes F1 Lewis Hamilton menang di Monza. Tim "
            "Mercedes F1 kini memimpin klasemen konstruktor.\n",
            "ponsel": "Ponsel baru\n\nLG V30 dijual mulai pekan depan.\n",
        },
    )
    try:
        products = {entity.name for entity in service.entities() if entity.kind == "product"}
        assert products == {"LG V30"}
    finally:
        service.close()


def test_a_car_named_after_a_place_is_the_car(tmp_path: Path) -> None:
    # "Suzuki Karimun" was the maker and the regency of Karimun.
    service = index_of(
        tmp_path,
        {
            "mobil": "Mobil murah\n\nPenjualan Suzuki Karimun Wagon R naik bulan lalu. Mobil "
            "Suzuki Karimun itu laris di kalangan keluarga muda.\n",
            "pelabuhan": "Pelabuhan baru\n\nBupati Karimun meresmikan pelabuhan feri pada "
            "Senin pagi.\n",
        },
    )
    try:
        assert _articles(service, "Karimun") == {"pelabuhan"}
        assert _kind(service, "Suzuki Karimun Wagon R") == "product"
    finally:
        service.close()


def test_a_current_before_a_party_name_is_another_party(tmp_path: Path) -> None:
    # "Sosial Demokrat" (the German social democrats) was Partai Demokrat; "Nasional
    # Demokrat" is NasDem.
    service = index_of(
        tmp_path,
        {
            "jerman": "Koalisi Berlin\n\nKanselir Angela Merkel kembali berkoalisi dengan kubu "
            "Sosial Demokrat setelah pemilu. Kristen Demokrat tetap partai terbesar.\n",
            "pilkada": "Dukungan partai\n\nPartai Demokrat mendukung pasangan itu. Demokrat "
            "yakin menang, begitu pula Nasional Demokrat.\n",
        },
    )
    try:
        assert _articles(service, "Partai Demokrat") == {"pilkada"}
        assert _articles(service, "Partai NasDem") == {"pilkada"}
    finally:
        service.close()


def test_a_venue_head_misspelt_names_the_same_venue(tmp_path: Path) -> None:
    # "Komplek Parlemen" and "Kompleks Parlemen" were two places.
    service = index_of(
        tmp_path,
        {
            "rapat": "Rapat paripurna\n\nAnggota dewan berkumpul di Komplek Parlemen, Senayan, "
            "Selasa.\n",
            "demo": "Unjuk rasa\n\nRatusan mahasiswa berunjuk rasa di depan Kompleks Parlemen, "
            "Senayan.\n",
        },
    )
    try:
        assert _articles(service, "Kompleks Parlemen") == {"rapat", "demo"}
    finally:
        service.close()


def test_a_region_named_by_its_byname_is_the_region(tmp_path: Path) -> None:
    # "Pulau Dewata" was a place of its own beside Bali, as Negeri Sakura is not beside Japan.
    service = index_of(
        tmp_path,
        {
            "libur": "Libur panjang\n\nWisatawan memadati Pulau Dewata saat libur panjang.\n",
            "pantai": "Pantai bersih\n\nRelawan membersihkan pantai Kuta di Bali.\n",
        },
    )
    try:
        assert _articles(service, "Bali") == {"libur", "pantai"}
    finally:
        service.close()


def test_a_city_named_as_its_province_is_a_place_of_its_own(tmp_path: Path) -> None:
    # "Kota Bengkulu" (the city) was one place with the province of Bengkulu.
    service = index_of(
        tmp_path,
        {
            "lapas": "Napi dipindah\n\nSatu narapidana dibawa ke rumah tahanan di Kota Bengkulu "
            "pada Jumat malam.\n",
            "wisata": "Kampung teh\n\nGubernur Bengkulu membuka destinasi wisata baru di "
            "Provinsi Bengkulu.\n",
        },
    )
    try:
        assert _articles(service, "Bengkulu") == {"wisata"}
        assert _articles(service, "Kota Bengkulu") == {"lapas"}
    finally:
        service.close()


def test_a_squad_listed_by_position_lists_players(tmp_path: Path) -> None:
    # "Gelandang: Bertolacci, Bonaventura, Honda, Kucka" read Bonaventura and Kucka as
    # places.
    service = index_of(
        tmp_path,
        {
            "skuat": "Skuat Milan\n\nBerikut skuat Milan untuk laga kontra Juventus:\n\nKiper: "
            "Donnarumma, Plizzari, Storari. Gelandang: Bertolacci, Bonaventura, Kucka, "
            "Locatelli, Pasalic. Penyerang: Bacca, Lapadula, Suso.\n",
        },
    )
    try:
        assert _kind(service, "Bonaventura") == "person"
        assert _kind(service, "Kucka") == "person"
    finally:
        service.close()


def test_a_player_named_as_a_company_is_not_the_company(tmp_path: Path) -> None:
    # Keisuke Honda, "Honda" in a squad's list, was a mention of the maker Honda.
    service = index_of(
        tmp_path,
        {
            "skuat": "Skuat Milan\n\nBerikut skuat Milan untuk laga kontra Juventus:\n\nKiper: "
            "Donnarumma, Plizzari, Storari. Gelandang: Bertolacci, Bonaventura, Honda, Kucka, "
            "Locatelli, Pasalic. Penyerang: Bacca, Lapadula, Suso.\n",
            "motor": "Penjualan motor\n\nHonda menjual 400 ribu sepeda motor bulan lalu.\n",
        },
    )
    try:
        hondas = {
            entity.kind: {mention.article for mention in service.mentions(entity.id)}
            for entity in service.entities()
            if entity.name == "Honda"
        }
        assert hondas == {"organisation": {"motor"}, "person": {"skuat"}}
    finally:
        service.close()


def test_a_player_after_his_country_without_a_comma_is_a_person(tmp_path: Path) -> None:
    # "Gelandang asal Jepang Keisuke Honda" was a place, and "Honda" after it the maker.
    service = index_of(
        tmp_path,
        {
            "pamit": "Pamit dari Milan\n\nGelandang asal Jepang Keisuke Honda memastikan akan "
            "meninggalkan AC Milan. Setelah musim yang sulit, Honda memutuskan pergi.\n",
            "motor": "Penjualan motor\n\nHonda menjual 400 ribu sepeda motor bulan lalu.\n",
        },
    )
    try:
        assert _kind(service, "Keisuke Honda") == "person"
        assert _articles(service, "Keisuke Honda") == {"pamit"}
        assert _articles(service, "Honda") == {"motor"}
    finally:
        service.close()


def test_a_mall_named_without_its_head_is_the_mall(tmp_path: Path) -> None:
    # "lantai 3A Thamrin City" after "Mal Thamrin City" was "City", linked to Bristol City.
    service = index_of(
        tmp_path,
        {
            "mal": "Perkelahian pelajar\n\nPerkelahian terjadi di Mal Thamrin City, Jakarta, "
            "Senin. Polisi tiba di lantai 3A Thamrin City sepuluh menit kemudian.\n",
            "bola": "Liga Championship\n\nBristol City menang 2 - 0 atas Leeds United. Kemenangan "
            "itu membawa City naik ke posisi ketujuh klasemen.\n",
        },
    )
    try:
        assert {
            entity.name
            for entity in service.entities()
            if "mal" in {mention.article for mention in service.mentions(entity.id)}
        } == {"Mal Thamrin City", "Jakarta"}
    finally:
        service.close()


def test_an_airline_named_without_air_after_maskapai_is_the_airline(tmp_path: Path) -> None:
    # "maskapai Garuda Indonesia dan Sriwijaya" linked Sriwijaya Air to the club Sriwijaya FC.
    service = index_of(
        tmp_path,
        {
            "bandara": "Bandara baru\n\nPenerbangan ke Silangit kini dilayani maskapai Garuda "
            "Indonesia dan Sriwijaya setiap hari.\n",
            "liga": "Hasil Liga 1\n\nSriwijaya FC kalah dari Persib. Sriwijaya kini di posisi "
            "sepuluh klasemen.\n",
        },
    )
    try:
        assert _articles(service, "Sriwijaya FC") == {"liga"}
        assert _articles(service, "Sriwijaya Air") == {"bandara"}
    finally:
        service.close()


def test_a_legal_form_alone_is_no_entity(tmp_path: Path) -> None:
    # "Salesforce.com Inc" made a person "Inc".
    service = index_of(
        tmp_path,
        {
            "akuisisi": "Batal membeli\n\nMasa depan Twitter tak menentu setelah Salesforce.com "
            "Inc sebagai calon pembeli terakhir mundur.\n",
        },
    )
    try:
        assert not [entity for entity in service.entities() if entity.name == "Inc"]
    finally:
        service.close()


def test_a_known_product_with_its_version_is_a_product(tmp_path: Path) -> None:
    # "MIUI 9" (the tagger's organisation over a known product and its version) was an
    # organisation; "Piala Dunia Antar-Klub" was the World Cup.
    service = index_of(
        tmp_path,
        {
            "ponsel": "Ponsel baru\n\nPonsel ini menjalankan Android yang dipercantik oleh "
            "MIUI 9.\n",
            "klub": "Juara dunia\n\nReal Madrid menjuarai Piala Dunia Antar-Klub musim lalu.\n",
        },
    )
    try:
        assert _kind(service, "MIUI 9") == "product"
        assert not [entity for entity in service.entities() if entity.name == "Piala Dunia"]
    finally:
        service.close()
