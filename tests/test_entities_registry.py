"""The corpus entity registry: merging article-level keys into entities."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from warta.search.entities import EntityRegistry, KeyStat, extract_mentions, load_gazetteer
from warta.search.entities.registry import build_with_facts
from warta.search.index import _save_registry
from warta.search.model import Mention
from warta.search.service import SearchService
from warta.search.store import Store, article_key_stats


def _stat(
    key: str, name: str, kind: str, surface: str = "", articles: int = 1, mentions: int = 1
) -> KeyStat:
    return KeyStat(key, name, kind, surface or name, articles, mentions)


def _registry_of(articles: list[tuple[str, str]]) -> EntityRegistry:
    """Extract each (title, body) and aggregate like the indexer's GROUP BY."""
    counts: dict[tuple[str, str, str, str], list[int]] = {}
    for title, body in articles:
        for *group, articles, mentions in article_key_stats(extract_mentions(title, body)):
            row = counts.setdefault(tuple(group), [0, 0])
            row[0] += articles
            row[1] += mentions
    return EntityRegistry.build(KeyStat(*group, *n) for group, n in counts.items())


def test_a_name_gets_the_kind_most_articles_gave_it() -> None:
    registry = EntityRegistry.build(
        [
            _stat("nusa_raya", "Nusa Raya", "organisation", articles=5, mentions=6),
            _stat("nusa_raya", "Nusa Raya", "place", articles=2, mentions=9),
        ]
    )
    entity = registry.entity("nusa_raya")
    assert entity is not None
    # Each article is credited to one group of a key: 5 articles said organisation, 2 place.
    assert (entity.kind, entity.articles, entity.mentions) == ("organisation", 7, 15)


def test_the_users_kind_wins_over_the_majority(tmp_path: Path) -> None:
    user_file = tmp_path / "entities.json"
    user_file.write_text(
        json.dumps({"entities": [{"name": "Nusa Raya", "kind": "place"}]}), encoding="utf-8"
    )
    stats = [_stat("nusa_raya", "Nusa Raya", "organisation", articles=5)]
    entity = EntityRegistry.build(stats, load_gazetteer(user_file)).lookup("Nusa Raya")
    assert entity is not None and entity.kind == "place"


def test_a_short_form_seen_alone_joins_the_person_it_uniquely_shortens() -> None:
    registry = EntityRegistry.build(
        [
            _stat("budi_wijaya", "Budi Wijaya", "person", mentions=8),
            _stat("wijaya", "Wijaya", "person", mentions=2),
        ]
    )
    assert registry.resolve("wijaya") == "budi_wijaya"
    assert registry.keys_for("budi_wijaya") == ["budi_wijaya", "wijaya"]
    assert [e.id for e in registry.entities()] == ["budi_wijaya"]


def test_only_a_person_word_joins_a_person() -> None:
    registry = EntityRegistry.build(
        [
            _stat("dani_pedrosa_repsol", "Dani Pedrosa Repsol", "person", mentions=8),
            _stat("repsol", "Repsol", "organisation", mentions=2),
        ]
    )
    assert registry.resolve("repsol") == "repsol"


def test_an_ambiguous_short_form_stays_its_own_entity() -> None:
    registry = EntityRegistry.build(
        [
            _stat("budi_wijaya", "Budi Wijaya", "person", mentions=8),
            _stat("sari_wijaya", "Sari Wijaya", "person", mentions=5),
            _stat("wijaya", "Wijaya", "person", mentions=2),
        ]
    )
    assert registry.resolve("wijaya") == "wijaya"


def test_an_alias_used_in_one_article_merges_the_name_everywhere() -> None:
    registry = EntityRegistry.build(
        [
            _stat("warung_digital", "Warung Digital", "organisation", mentions=6),
            _stat("warung_digital", "Warung Digital", "organisation", "TokoKita", mentions=1),
            _stat("tokokita", "TokoKita", "organisation", mentions=3),
        ]
    )
    assert registry.resolve("tokokita") == "warung_digital"
    entity = registry.lookup("tokokita")
    assert entity is not None and entity.name == "Warung Digital"
    assert entity.aliases == ("TokoKita",)


def test_an_acronym_defined_in_one_article_names_the_organisation_in_another() -> None:
    # The defining article writes the name and acronym as one mention.
    defined = "Komite Nasional Pembaruan Agraria (KNPA)"
    (mention, _) = extract_mentions("", f"{defined} meminta petani bertemu. KNPA menolak.")
    assert mention.surface == defined
    registry = EntityRegistry.build(
        [
            _stat(mention.key, mention.name, "organisation", defined, mentions=2),
            _stat("knpa", "KNPA", "organisation", mentions=1),
        ]
    )
    assert registry.resolve("knpa") == "komite_nasional_pembaruan_agraria"
    entity = registry.lookup("KNPA")
    assert entity is not None and entity.name == "Komite Nasional Pembaruan Agraria"
    assert "Komite Nasional Pembaruan Agraria (KNPA)" not in entity.aliases


def test_a_short_name_is_not_the_acronym_written_in_capitals() -> None:
    # ``Ma`` (Jack Ma's surname) is not the court MA; the person ``Ah`` is not the firm AH.
    registry = EntityRegistry.build(
        [
            _stat("mahkamah_agung", "Mahkamah Agung", "organisation", "MA", articles=9),
            _stat("ma_person", "Ma", "person"),
            _stat("ah_person", "Ah", "person", articles=5),
            _stat("ah_organisation", "AH", "organisation"),
            _stat("nusa_raya", "NUSA RAYA", "place"),
            _stat("nusa_raya_2", "Nusa Raya", "place", articles=3),
        ]
    )
    assert registry.resolve("ma_person") == "ma_person"
    assert registry.resolve("ah_organisation") != registry.resolve("ah_person")
    # From four characters on, case still makes no difference.
    assert registry.resolve("nusa_raya") == registry.resolve("nusa_raya_2")


def test_a_publishers_website_and_its_name_are_one_entity() -> None:
    # IndoSum: "kepada CNNIndonesia.com" (126 articles) and "CNN Indonesia" in the text
    # (8) were two entities, "ANTARA News" (19) another than Kantor Berita Antara.
    registry = _registry_of(
        [
            ("", "Hal itu disampaikan Budi Santoso kepada CNNIndonesia.com, Senin."),
            ("", "Budi Santoso berbicara kepada CNN Indonesia dan ANTARA News, Senin."),
        ]
    )
    website = registry.lookup("CNNIndonesia.com")
    assert website is not None and website == registry.lookup("CNN Indonesia")
    assert website.articles == 2
    antara = registry.lookup("ANTARA News")
    assert antara is not None and antara.name == "Kantor Berita Antara"


def test_a_known_person_named_in_full_with_a_middle_name_is_that_person() -> None:
    # Issue 16: "Anies Rasyid Baswedan" was an entity apart from the shipped Anies Baswedan.
    registry = EntityRegistry.build(
        [
            _stat("anies_baswedan", "Anies Baswedan", "person", "Anies", mentions=9),
            _stat("anies_rasyid_baswedan", "Anies Rasyid Baswedan", "person", mentions=2),
            _stat("rasyid_baswedan", "Rasyid Baswedan", "person", mentions=1),
        ]
    )
    assert registry.resolve("anies_rasyid_baswedan") == "anies_baswedan"
    entity = registry.lookup("Anies Rasyid Baswedan")
    assert entity is not None and entity.name == "Anies Baswedan"
    # Two words are a name of their own, not a longer name of the known person.
    assert registry.resolve("rasyid_baswedan") == "rasyid_baswedan"


def test_a_person_spelt_the_old_way_in_other_articles_is_one_person() -> None:
    # Across articles one person stayed two: Megawati Soekarnoputri (18 articles of
    # IndoSum) and Megawati Sukarnoputri (1), Luhut Binsar Pandjaitan and Panjaitan.
    registry = EntityRegistry.build(
        [
            _stat("sudirman_hadiwijoyo", "Sudirman Hadiwijoyo", "person", articles=3, mentions=5),
            _stat("soedirman_hadiwidjojo", "Soedirman Hadiwidjojo", "person", mentions=2),
        ]
    )
    entity = registry.lookup("Soedirman Hadiwidjojo")
    assert entity is not None and entity == registry.lookup("sudirman hadiwijoyo")
    # The spelling most mentions give names it; the other is an alias.
    assert (entity.name, entity.aliases, entity.articles, entity.mentions) == (
        "Sudirman Hadiwijoyo",
        ("Soedirman Hadiwidjojo",),
        4,
        7,
    )
    assert registry.keys_for(entity.id) == ["soedirman_hadiwidjojo", "sudirman_hadiwijoyo"]


def test_a_person_spelt_one_letter_off_in_another_article_is_one_person() -> None:
    registry = EntityRegistry.build(
        [
            _stat("rahmat_kurniawan", "Rahmat Kurniawan", "person", mentions=8),
            _stat("rahmat_kurniawam", "Rahmat Kurniawam", "person", mentions=1),
            _stat("kusuma_wardhani", "Kusuma Wardhani", "person", mentions=1),
            _stat("kusuma_wardani", "Kusuma Wardani", "person", mentions=4),
            _stat("julian_pratama", "Julian Pratama", "person", mentions=3),
            _stat("juilan_pratama", "Juilan Pratama", "person", mentions=1),  # two swapped
        ]
    )
    assert registry.resolve("rahmat_kurniawam") == "rahmat_kurniawan"
    assert registry.resolve("kusuma_wardhani") == "kusuma_wardani"
    assert registry.resolve("juilan_pratama") == "julian_pratama"
    assert [e.name for e in registry.entities()] == [
        "Rahmat Kurniawan",
        "Kusuma Wardani",
        "Julian Pratama",
    ]


@pytest.mark.parametrize(
    ("name", "other", "kind"),
    [
        ("Ahmad Yani", "Ahmad Yadi", "person"),  # a word too short to tell a misspelling
        ("Dewi Saputra", "Dewi Saputri", "person"),  # a man's name and a woman's
        ("Slamet Sukarno", "Slamet Sukarni", "person"),
        ("Harry Santoso", "Barry Santoso", "person"),  # another first letter
        ("Budi Santoso Wijaya", "Budi Santosa Wijoyo", "person"),  # two words respelt
        ("Abdul Jalil", "Abdul Djamil", "person"),  # one letter off only in the new spelling
        ("Golden Globe", "Golden Glove", "organisation"),  # not people
        ("Polda Sulut", "Polda Sumut", "organisation"),
    ],
)
def test_names_of_two_near_a_respelling_stay_two(name: str, other: str, kind: str) -> None:
    registry = EntityRegistry.build(
        [
            _stat(name.lower().replace(" ", "_"), name, kind, mentions=5),
            _stat(other.lower().replace(" ", "_"), other, kind, mentions=1),
        ]
    )
    assert len(registry.entities()) == 2


def test_two_spellings_named_as_often_take_the_one_without_a_dropped_letter() -> None:
    # The key sorting first named the entity: IndoSum's "Chris Hemswort" over Hemsworth.
    registry = EntityRegistry.build(
        [
            _stat("chris_hemswort", "Chris Hemswort", "person", mentions=2),
            _stat("chris_hemsworth", "Chris Hemsworth", "person", mentions=2),
        ]
    )
    assert [e.name for e in registry.entities()] == ["Chris Hemsworth"]


def test_a_spelling_one_letter_off_two_peoples_joins_neither() -> None:
    registry = EntityRegistry.build(
        [
            _stat("rahmat_kurniawam", "Rahmat Kurniawam", "person", mentions=5),
            _stat("rahmat_kurniawn", "Rahmat Kurniawn", "person", mentions=5),
            _stat("rahmat_kurniawan", "Rahmat Kurniawan", "person", mentions=1),
        ]
    )
    assert len(registry.entities()) == 3


def test_a_known_person_spelt_another_way_is_that_person(tmp_path: Path) -> None:
    user_file = tmp_path / "entities.json"
    entry = {"id": "raden_soedjatmiko", "name": "Raden Soedjatmiko", "kind": "person"}
    user_file.write_text(json.dumps({"entities": [entry]}), encoding="utf-8")
    registry = EntityRegistry.build(
        [
            _stat("raden_soedjatmiko", "Raden Soedjatmiko", "person", mentions=1),
            _stat("raden_sujatmiko", "Raden Sujatmiko", "person", mentions=9),
            _stat("raden_soedjatmoko", "Raden Soedjatmoko", "person", mentions=2),
        ],
        load_gazetteer(user_file),
    )
    entity = registry.lookup("Raden Sujatmiko")
    assert entity is not None and (entity.id, entity.name) == (
        "raden_soedjatmiko",
        "Raden Soedjatmiko",
    )
    assert registry.keys_for(entity.id) == [
        "raden_soedjatmiko",
        "raden_soedjatmoko",
        "raden_sujatmiko",
    ]


def test_seed_corpus_entities() -> None:
    registry = _registry_of(
        [
            ("Elon Musk dan OpenAI", "Elon Musk menggugat OpenAI. Musk kecewa."),
            ("Musk lagi", "Musk memuji Grok buatan xAI di platform X (dulu Twitter)."),
            ("Twitter berubah", "Twitter kehilangan pengiklan."),
        ]
    )
    musk = registry.lookup("musk")
    assert musk is not None and (musk.id, musk.name, musk.kind) == (
        "elon_musk",
        "Elon Musk",
        "person",
    )
    assert registry.resolve("musk") == "elon_musk"
    x = registry.lookup("Twitter")
    assert x is not None and (x.id, x.kind, x.articles) == ("x_organisation", "organisation", 2)
    assert registry.entities()[0].id == "elon_musk"
    assert [e.name for e in registry.entities("product")] == ["Grok"]


def test_lookup_by_id_name_or_alias_ignores_case() -> None:
    registry = EntityRegistry.build(
        [
            _stat("elon_musk", "Elon Musk", "person"),
            _stat("elon_musk", "Elon Musk", "person", "Musk"),
        ]
    )
    for query in ("elon_musk", "ELON MUSK", "musk"):
        entity = registry.lookup(query)
        assert entity is not None and entity.id == "elon_musk"
    assert registry.lookup("Tesla") is None
    assert registry.entity("tesla") is None


def test_candidates_suggest_close_names() -> None:
    registry = EntityRegistry.build(
        [_stat("elon_musk", "Elon Musk", "person"), _stat("openai", "OpenAI", "organisation")]
    )
    assert [e.id for e in registry.candidates("Elon Mask")] == ["elon_musk"]
    assert registry.candidates("zzzz") == []


def test_unknown_keys_resolve_to_themselves() -> None:
    registry = EntityRegistry.build([])
    assert registry.resolve("nobody") == "nobody"
    assert registry.keys_for("nobody") == []
    assert registry.entities() == []


def test_the_stores_rows_keep_everything(tmp_path: Path) -> None:
    stats = [
        _stat("budi_wijaya", "Budi Wijaya", "person", mentions=8),
        _stat("wijaya", "Wijaya", "person", mentions=2),
        _stat("grok", "Grok", "product", "GROK", mentions=3),
    ]
    registry, facts = build_with_facts(stats, load_gazetteer(None))
    store = Store(tmp_path)
    store.save_registry(registry, facts)
    restored = store.registry()
    assert restored.entities() == registry.entities()
    assert restored.resolve("wijaya") == "budi_wijaya"
    assert restored.keys_for("budi_wijaya") == registry.keys_for("budi_wijaya")
    assert restored.lookup("wijaya") == registry.lookup("wijaya")


def test_article_counts_ignore_how_each_article_spells_the_entity(tmp_path: Path) -> None:
    # B6: JAKARTA in one article and Jakarta in another are two articles, and so are an
    # article writing Nvidia and NVIDIA plus another writing Nvidia; counted out again
    # when an article goes.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Kabar pagi\n\nJAKARTA - Nvidia merilis cip baru. Saham NVIDIA naik.\n", "utf-8"
    )
    (corpus / "b.txt").write_text(
        "Kabar siang\n\nWarga Jakarta antre membeli kartu grafis Nvidia di toko.\n", "utf-8"
    )
    service = SearchService([corpus], tmp_path / "index")
    service.update()

    def articles(name: str) -> int | None:
        entity = service.entity(name)
        return entity.articles if entity else None

    assert (articles("Jakarta"), articles("Nvidia")) == (2, 2)
    (corpus / "b.txt").unlink()
    service.update()
    assert (articles("Jakarta"), articles("Nvidia")) == (1, 1)


def test_candidates_include_names_a_word_of_which_starts_with_the_query() -> None:
    # B20: "sam" suggested Amerika Serikat and "zuck" nothing.
    registry = EntityRegistry.build(
        [
            _stat("sam_altman", "Sam Altman", "person", mentions=3),
            _stat("amerika_serikat", "Amerika Serikat", "place", "AS", mentions=9),
            _stat("mark_zuckerberg", "Mark Zuckerberg", "person"),
            _stat("elon_musk", "Elon Musk", "person", mentions=20),
        ]
    )
    assert registry.candidates("sam")[0].id == "sam_altman"
    assert [e.id for e in registry.candidates("zuck")] == ["mark_zuckerberg"]
    assert [e.id for e in registry.candidates("Elon Mask")] == ["elon_musk"]


# -- the registry updated in part (issue #17) ------------------------------------------------

#: (key, name, kind, surface) of mentions chosen to meet every relation the grouping uses:
#: one name under two keys, gazetteer names and aliases, an alias used as a surface, a
#: person's first and last words, one key given two kinds.
VOCABULARY = [
    ("budi_wijaya", "Budi Wijaya", "person", "Budi Wijaya"),
    ("budi_wijaya", "Budi Wijaya", "person", "Wijaya"),
    ("budi_wijaya_2", "Budi Wijaya", "person", "BUDI WIJAYA"),
    ("sari_wijaya", "Sari Wijaya", "person", "Sari Wijaya"),
    ("wijaya", "Wijaya", "person", "Wijaya"),
    ("wijaya", "Wijaya", "organisation", "Wijaya"),
    ("budi", "Budi", "person", "Budi"),
    ("sari", "Sari", "person", "sari"),
    ("wijaya_kusuma", "Wijaya Kusuma", "person", "Wijaya Kusuma"),
    ("kusuma", "Kusuma", "person", "Kusuma"),
    ("warung_digital", "Warung Digital", "organisation", "Warung Digital"),
    ("warung_digital", "Warung Digital", "organisation", "TokoKita"),
    ("tokokita", "TokoKita", "organisation", "TokoKita"),
    ("tokokita", "TokoKita", "place", "Tokokita"),
    ("chatgpt", "ChatGPT", "product", "ChatGPT"),
    ("chat_gpt", "Chat GPT", "product", "Chat GPT"),
    ("x_organisation", "X", "organisation", "X"),
    ("twitter", "Twitter", "organisation", "Twitter"),
    ("burung_biru", "Burung Biru", "organisation", "Twitter"),
    ("jakarta", "Jakarta", "place", "JAKARTA"),
    ("dki", "DKI", "organisation", "DKI"),
    # A known person named in full with a middle name, and a word of it alone.
    ("anies_rasyid_baswedan", "Anies Rasyid Baswedan", "person", "Anies"),
    ("anies_baswedan", "Anies Baswedan", "person", "Anies Baswedan"),
    ("baswedan", "Baswedan", "person", "Baswedan"),
    # A short name that joins a long one, until a second person shares the word.
    ("elon_musk", "Elon Musk", "person", "Elon Musk"),
    ("musk", "Musk", "person", "Musk"),
    ("kimbal_musk", "Kimbal Musk", "person", "Kimbal Musk"),
    ("elon", "Elon", "person", "Elon"),
    # Short names two untouched groups name (surely joining no one) until an update
    # removes one of them: Sari as a surface of two people, Kusuma the word of three.
    ("sari_dewi", "Sari Dewi", "person", "Sari"),
    ("sari_wijaya", "Sari Wijaya", "person", "Sari"),
    ("dewi_kusuma", "Dewi Kusuma", "person", "Dewi Kusuma"),
    ("adi_kusuma", "Adi Kusuma", "person", "Adi Kusuma"),
    ("adi_kusuma", "Adi Kusuma", "organisation", "Kusuma"),
    # One person in the old and the new spelling, and one letter off; a spelling one letter
    # off two people's; a known person in the old spelling.
    ("sudirman_hadiwijoyo", "Sudirman Hadiwijoyo", "person", "Sudirman Hadiwijoyo"),
    ("soedirman_hadiwidjojo", "Soedirman Hadiwidjojo", "person", "Soedirman Hadiwidjojo"),
    ("sudirman_hadiwijaya", "Sudirman Hadiwijaya", "person", "Sudirman Hadiwijaya"),
    ("sudirman_hadiwijoyo", "Sudirman Hadiwijoyo", "organisation", "Sudirman Hadiwijoyo"),
    ("rahmat_kurniawan", "Rahmat Kurniawan", "person", "Rahmat Kurniawan"),
    ("rahmat_kurniawam", "Rahmat Kurniawam", "person", "Rahmat Kurniawam"),
    ("rahmat_kurniawn", "Rahmat Kurniawn", "person", "Rahmat Kurniawn"),
    ("rahmat_kurniwaan", "Rahmat Kurniwaan", "person", "Rahmat Kurniwaan"),
    ("rahmat", "Rahmat", "person", "Rahmat"),
    ("anies_baswedan_2", "Anies Baswedam", "person", "Anies Baswedam"),
]


def _full_build(store: Store) -> EntityRegistry:
    """The registry a build over everything in ``store`` gives, as the indexer builds it."""
    stats = (KeyStat(*row) for row in store.key_stats())
    return build_with_facts(
        stats, load_gazetteer(None), None, store.articles_naming, store.share_company
    )[0]


#: One step: an article (of a few) stored with these mentions, or with None dropped.
_steps = st.lists(
    st.tuples(st.integers(0, 5), st.none() | st.lists(st.sampled_from(VOCABULARY), max_size=6)),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=_steps)
# A name among another key's surfaces, added after it and before it.
@example(steps=[(0, [VOCABULARY[10], VOCABULARY[11]]), (1, [VOCABULARY[12]])])
@example(steps=[(1, [VOCABULARY[12]]), (0, [VOCABULARY[10], VOCABULARY[11]])])
def test_an_update_gives_the_registry_a_full_build_gives(tmp_path: Path, steps: list) -> None:
    folder = tmp_path / f"store-{uuid.uuid4().hex}"
    folder.mkdir()
    for number, (article, mentions) in enumerate(steps):
        store = Store(folder)  # a new one per update, as the indexer opens
        file = f"file-{article}"
        if mentions is None:
            store.forget_file(file)
        else:
            placed = [
                Mention("body", i, i + 1, s, k, n, c) for i, (k, n, c, s) in enumerate(mentions)
            ]
            store.put_article(f"article-{article}", file, "judul", None, placed)
        store.commit()
        _save_registry(folder, store, None, store.changed_keys if number else None)
        store.commit()
        full = _full_build(store)
        updated = store.registry()
        store.close()
        assert {e.id: e for e in updated.entities()} == {e.id: e for e in full.entities()}
        for entity in full.entities():
            assert updated.keys_for(entity.id) == full.keys_for(entity.id)


def _keys_read_by_an_update(
    folder: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> set[str]:
    """The keys whose counts the registry's update of ``store``'s changes reads."""
    read: set[str] = set()
    key_stats_of = store.key_stats_of

    def reading(keys: Iterable[str]) -> list[tuple[str, str, str, str, int, int]]:
        keys = list(keys)
        read.update(keys)
        return key_stats_of(keys)

    monkeypatch.setattr(store, "key_stats_of", reading)
    _save_registry(folder, store, None, store.changed_keys)
    store.commit()
    return read


def test_one_articles_update_rereads_the_keys_near_it_not_everyone_sharing_a_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue #17: people who share words (Budi Santoso, Santoso Wijaya, Wijaya Kusuma, ...)
    # chained a whole corpus together, and a one-file update re-derived all of them (3,423
    # entities at 5,000 articles, 57,433 keys at 100,000).
    words = [f"Nama{i}" for i in range(201)]
    store = Store(tmp_path)
    for i in range(200):
        full, short = f"{words[i]} {words[i + 1]}", words[i]
        placed = [
            Mention("body", 0, 1, full, f"p{i}", full, "person"),
            Mention("body", 2, 3, short, f"w{i}", short, "person"),
        ]
        store.put_article(f"article-{i}", f"file-{i}", "judul", None, placed)
    store.commit()
    _save_registry(tmp_path, store, None, None)
    store.commit()
    store.close()

    store = Store(tmp_path)  # a new one per update, as the indexer opens
    store.forget_file("file-100")
    placed = [Mention("body", 0, 1, "Nama100 Nama101", "p100", "Nama100 Nama101", "person")]
    store.put_article("article-100", "file-100", "judul", None, placed)
    store.commit()
    read = _keys_read_by_an_update(tmp_path, store, monkeypatch)
    assert len(read) < 20, sorted(read)
    assert store.registry().entities() == _full_build(store).entities()
    store.close()


def _put(store: Store, article: str, names: list[str]) -> None:
    """Store ``article`` naming each person of ``names`` once, keyed as the names write."""
    keys = [name.lower().replace(" ", "_") for name in names]
    placed = [
        Mention("body", i, i + 1, name, key, name, "person")
        for i, (name, key) in enumerate(zip(names, keys, strict=True))
    ]
    store.put_article(article, f"{article}.txt", "judul", None, placed)


def test_updates_link_and_unlink_two_spellings_as_a_fresh_build_does(tmp_path: Path) -> None:
    (tmp_path / "updated").mkdir()
    store = Store(tmp_path / "updated")
    names = ["Sudirman Hadiwijoyo", "Sudirman Hadiwijoyo", "Rahmat Kurniawan"]
    kept = {"a": names, "c": ["Rahmat Kurniawan", "Rahmat Kurniawan"]}
    for article, names in kept.items():
        _put(store, article, names)
    store.commit()
    _save_registry(tmp_path, store, None, None)
    steps: list[tuple[str, list[str] | None, dict[str, list[str]]]] = [
        # Another article spells them the old way and one letter off: one person each.
        (
            "b",
            ["Soedirman Hadiwidjojo", "Rahmat Kurniawam"],
            {
                "Sudirman Hadiwijoyo": ["soedirman_hadiwidjojo", "sudirman_hadiwijoyo"],
                "Rahmat Kurniawan": ["rahmat_kurniawam", "rahmat_kurniawan"],
            },
        ),
        # The first spelling's article goes: the other spelling is left, alone.
        (
            "a",
            None,
            {
                "Soedirman Hadiwidjojo": ["soedirman_hadiwidjojo"],
                "Rahmat Kurniawan": ["rahmat_kurniawam", "rahmat_kurniawan"],
            },
        ),
        # A third spelling, one letter off one of the others, joins them too.
        (
            "d",
            ["Rahmat Kurniawn"],
            {"Rahmat Kurniawan": ["rahmat_kurniawam", "rahmat_kurniawan", "rahmat_kurniawn"]},
        ),
    ]
    for article, names, expected in steps:
        if names is None:
            store.forget_file(f"{article}.txt")
            kept.pop(article, None)
        else:
            _put(store, article, names)
            kept[article] = names
        store.commit()
        _save_registry(tmp_path, store, None, store.changed_keys)
        store.commit()
        (tmp_path / f"fresh-{article}").mkdir()
        fresh = Store(tmp_path / f"fresh-{article}")
        for other, other_names in kept.items():
            _put(fresh, other, other_names)
        fresh.commit()
        _save_registry(tmp_path, fresh, None, None)
        updated, built = store.registry(), fresh.registry()
        assert updated.entities() == built.entities()
        for name, keys in expected.items():
            entity = updated.lookup(name)
            assert entity is not None and entity.name == name
            assert updated.keys_for(entity.id) == keys
        fresh.close()
    store.close()


def test_an_entitys_articles_count_an_article_writing_two_spellings_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = {
        "a": "Menurut Soedirman Hadiwidjojo, harga beras naik di pasar.",
        "b": "Ketua koperasi Sudirman Hadiwijoyo mengatakan harga beras turun.",
        "c": "Kata Sudirman Hadiwijoyo, panen gagal. Soedirman Hadiwidjojo lalu pulang.",
    }
    for name, body in texts.items():
        (corpus / f"{name}.txt").write_text(f"Kabar {name}\n\n{body}\n", "utf-8")
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    entity = service.entity("Soedirman Hadiwidjojo")
    assert entity is not None and entity == service.entity("Sudirman Hadiwijoyo")
    assert entity.articles == 3
    assert sorted(service.articles_mentioning(entity.id)) == ["a", "b", "c"]
    assert {m.article for m in service.mentions(entity.id)} == {"a", "b", "c"}
    (corpus / "b.txt").unlink()
    service.update()
    entity = service.entity("Sudirman Hadiwijoyo")
    assert entity is not None and entity.articles == 2


def test_a_respelling_rereads_the_people_spelt_near_it_not_everyone_sharing_a_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 200 people named Rahmat, no two spelt near each other; an article writing one of them
    # one letter off reads that one, not every Rahmat.
    letters = "abcdefghijklmnopqrstuvwxyz"
    surnames = [f"{a}{b}ndra{a}{b}".capitalize() for a in letters[:10] for b in letters[:20]]
    store = Store(tmp_path)
    for i, surname in enumerate(surnames):
        _put(store, f"article-{i}", [f"Rahmat {surname}"] * 2)
    store.commit()
    _save_registry(tmp_path, store, None, None)
    store.commit()
    store.close()

    store = Store(tmp_path)  # a new one per update, as the indexer opens
    respelt = "Rahmat " + surnames[5].replace("ndra", "ndara")
    _put(store, "respelt", [respelt])
    store.commit()
    read = _keys_read_by_an_update(tmp_path, store, monkeypatch)
    assert len(read) < 5, sorted(read)
    registry = store.registry()
    entity = registry.lookup(respelt)
    assert entity is not None and entity.name == f"Rahmat {surnames[5]}"
    assert registry.entities() == _full_build(store).entities()
    store.close()


def test_a_name_typed_in_todays_spelling_finds_the_entity_written_in_the_old(
    tmp_path: Path,
) -> None:
    """``warta mentions "cahyo kumolo"`` said there was no such entity, though a search for
    the words finds the articles writing Tjahjo Kumolo."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Kabar\n\nMenteri Dalam Negeri Tjahjo Kumolo meninjau Bandung, kata Andi Wijaya.\n",
        "utf-8",
    )
    service = SearchService([corpus], tmp_path / "index")
    service.update()
    entity = service.entity("Cahyo Kumolo")
    assert entity is not None and entity.name == "Tjahjo Kumolo"
    assert service.entity("Andi Wijata") is None  # a letter off is no other spelling
