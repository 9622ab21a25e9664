"""Rules of round 25's branches that met in one article (found on merging)."""

from warta.search.entities import extract_mentions


def test_a_laws_article_listed_after_a_phone_is_no_product() -> None:
    # prod2's list rule took "Pasal 5" beside "Mi 6" for another phone model.
    mentions = extract_mentions("", "Ponsel Mi 6 dan Pasal 5 aturan itu berbeda.")
    assert [(m.surface, m.kind) for m in mentions] == [("Mi 6", "product")]


def test_a_listed_phone_model_is_still_a_product() -> None:
    mentions = extract_mentions("", "Samsung merilis Galaxy S8, Note8 dan S7 Edge di Jakarta.")
    assert ("Note8", "product") in [(m.surface, m.kind) for m in mentions]


def test_a_phone_released_with_its_model_code_is_a_product() -> None:
    # "merilis" is said of songs as often, so only a name ending in a code of letters and
    # digits after it is a product; the tagger read "Galaxy S8" as an organisation.
    mentions = extract_mentions("", "Samsung merilis Galaxy S8 di Jakarta pekan lalu.")
    assert ("Galaxy S8", "product") in [(m.surface, m.kind) for m in mentions]


def test_a_song_released_is_still_no_product() -> None:
    mentions = extract_mentions("", "Raisa merilis Kali Kedua pekan lalu di Jakarta.")
    assert "product" not in [m.kind for m in mentions]
