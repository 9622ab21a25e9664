"""Round 34's mends after the whole-round read (on sentences written for these tests): a
known product's word alone is the product named whole, one entity with it."""

from warta.search.entities import extract_mentions


def _keys(body: str) -> dict[str, set[tuple[str, str]]]:
    """Each mentioned surface of ``body`` with its kinds and keys."""
    found: dict[str, set[tuple[str, str]]] = {}
    for mention in extract_mentions("", body):
        found.setdefault(mention.surface, set()).add((mention.kind, mention.key))
    return found


def test_a_known_products_word_alone_is_the_product_named_whole() -> None:
    found = _keys(
        "Nintendo akan merilis Nintendo Switch bulan depan. Toko itu menjual Switch mulai "
        "Juni, dan Oculus memamerkan Oculus Rift. Harga Rift turun."
    )
    assert found["Switch"] == {("product", "nintendo_switch")}
    assert found["Rift"] == {("product", "oculus_rift")}


def test_guard_the_maker_alone_stays_the_maker() -> None:
    found = _keys("Nintendo merilis Nintendo Switch. Pabrikan itu menjual Switch di Osaka.")
    assert found["Nintendo"] == {("organisation", "nintendo")}


def test_guard_a_products_word_written_in_lowercase_too_links_to_nothing() -> None:
    found = _keys("Nintendo merilis Nintendo Switch. Tombol switch di kiri. Pengguna Switch kesal.")
    assert "nintendo_switch" not in {
        key for surface, kinds in found.items() if surface != "Nintendo Switch" for _, key in kinds
    }


def test_guard_a_one_word_product_of_another_name_keeps_its_own_key() -> None:
    found = _keys("Nintendo merilis Nintendo Switch. Toko itu menjual Switch dan iPhone.")
    assert found["iPhone"] == {("product", "iphone")}
