"""Back and forward over visited places: plain data, tested without Textual."""

from __future__ import annotations

from warta.tui.navigation import History, Place, Request, Requests

SEARCH = Place("search", "musk")
ARTICLE = Place("article", article="a")
ENTITY = Place("entity", entity="e")


def visited(*places: Place, limit: int = 200) -> History:
    history = History(limit)
    for place in places:
        history.visit(place)
    return history


def test_back_and_forward_walk_the_visits_in_order() -> None:
    history = visited(SEARCH, ARTICLE, ENTITY)
    assert history.back() == ARTICLE
    assert history.back() == SEARCH
    assert history.back() is None
    assert history.current == SEARCH
    assert history.forward() == ARTICLE
    assert history.forward() == ENTITY
    assert history.forward() is None


def test_a_visit_after_going_back_drops_the_forward_places() -> None:
    history = visited(SEARCH, ARTICLE, ENTITY)
    history.back()
    other = Place("article", article="b")
    history.visit(other)
    assert not history.can_go_forward
    assert history.back() == ARTICLE
    assert history.forward() == other


def test_leaving_a_place_remembers_its_scroll_and_mention_for_coming_back() -> None:
    history = visited(ARTICLE)
    scrolled = Place("article", article="a", scroll_y=12, mention=3)
    history.leave(scrolled, ENTITY)
    assert history.back() == scrolled
    assert history.forward() == ENTITY


def test_leaving_a_place_still_arriving_keeps_it_as_it_was() -> None:
    history = visited(ARTICLE)
    history.leave(None, ENTITY)
    assert history.back() == ARTICLE


def test_the_searches_of_one_bout_of_typing_are_one_visit() -> None:
    history = visited(ARTICLE, SEARCH)
    typed_on = Place("search", "musk openai")
    history.leave(SEARCH, typed_on, merge=True)
    assert history.current == typed_on
    assert history.back() == ARTICLE


def test_update_replaces_the_current_place_or_starts_the_history() -> None:
    history = History()
    history.update(ARTICLE)
    assert history.current == ARTICLE
    scrolled = Place("article", article="a", scroll_y=12, mention=3)
    history.update(scrolled)
    assert history.current == scrolled
    assert not history.can_go_back


def test_the_history_keeps_only_the_latest_places() -> None:
    places = [Place("article", article=str(number)) for number in range(10)]
    history = visited(*places, limit=4)
    assert history.current == places[-1]
    assert [history.back() for _ in range(4)] == [places[8], places[7], places[6], None]


def test_only_the_latest_request_of_a_slot_is_wanted() -> None:
    requests = Requests()
    first = requests.ask(Request("search"))
    article = requests.ask(Request("main", origin="article", focus=True))
    second = requests.ask(Request("search", highlight="a"))
    assert not requests.wanted(first)
    assert requests.wanted(second) and requests.wanted(article)
    assert article.origin == "article" and second.highlight == "a"
    requests.withdraw("search")
    assert not requests.wanted(second)
