"""Entity rules of the blind39 round (issue #14: older news from another source), on
sentences written for these tests."""

from warta.search.entities import extract_mentions

from tests.mention_kinds import kinds_by_surface as _kinds


def _names(body: str) -> dict[str, str]:
    """Each mentioned surface with the name of the entity it links to."""
    return {mention.surface: mention.name for mention in extract_mentions("", body)}


def test_a_province_written_short_is_the_seat_and_the_name_after_it_the_governor() -> None:
    found = _kinds("Gubernur Sultra Rahmat Ludin meninjau lokasi banjir di Kolaka kemarin.")
    assert found["Sultra"] == {"place"}
    assert found["Rahmat Ludin"] == {"person"}
    assert _names("Warga Sulteng dan Malut menunggu bantuan.")["Sulteng"] == "Sulawesi Tengah"


def test_an_old_department_is_the_ministry_it_became() -> None:
    body = "Departemen Perhubungan (Dephub) memperketat izin maskapai. Pejabat Depkes hadir."
    names = _names(body)
    assert names["Departemen Perhubungan (Dephub)"] == "Kementerian Perhubungan"
    assert names["Depkes"] == "Kementerian Kesehatan"


def test_the_atomic_energy_agency_is_known() -> None:
    found = _kinds("Inspektur IAEA tiba di Teheran, sementara Dewan Gubernur IAEA bersidang.")
    assert found["IAEA"] == {"organisation"}


def test_old_titles_and_a_long_portfolio_stay_out_of_the_name() -> None:
    body = (
        "Menperdag Rini Sukmawati membuka pameran itu. Hadir pula Menteri Tenaga Kerja dan "
        "Transmigrasi Bambang Suryo. Di Berlin, Kanselir Helmut Brandt menyambut mereka. "
        "Pemusik Andra Wiratama mengisi acara."
    )
    found = _kinds(body)
    for name in ("Rini Sukmawati", "Bambang Suryo", "Helmut Brandt", "Andra Wiratama"):
        assert found[name] == {"person"}, name
    assert not {"Menperdag Rini Sukmawati", "Transmigrasi Bambang Suryo"} & found.keys()
    assert not {"Kanselir Helmut Brandt", "Pemusik Andra Wiratama"} & found.keys()
