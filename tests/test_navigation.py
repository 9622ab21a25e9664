"""Back and forward over visited places: plain data, tested without Textual."""

from __future__ import annotations

from dataclasses import replace

from warta.tui.navigation import History, Navigator, Origin, Part, Place, Request, Requests

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


class Screen:
    """A stand-in for the main screen: what it shows is one place, set by ``show``."""

    def __init__(self, navigator: Navigator) -> None:
        self.navigator = navigator
        self.shown = Place("search")

    def capture(self, origin: Origin) -> Place:
        return replace(self.shown, origin=origin)

    def answer(self, request: Request, part: Part, place: Place) -> None:
        def show() -> None:
            self.shown = place

        self.navigator.arrive(request, part, show, self.capture)


def test_a_requested_visit_is_recorded_and_a_preview_is_not() -> None:
    navigator = Navigator()
    screen = Screen(navigator)
    screen.answer(Request("search", "search"), "search", SEARCH)
    screen.answer(Request("main"), "article", replace(SEARCH, article="a"))  # a preview
    screen.answer(Request("main", "article"), "article", ARTICLE)
    assert navigator.history.current == ARTICLE
    # Leaving the search remembered it with the article it previewed.
    assert navigator.travel(-1, screen.capture) == replace(SEARCH, article="a")


def test_searches_typed_in_one_go_are_one_visit_until_the_results_are_entered() -> None:
    navigator = Navigator()
    screen = Screen(navigator)
    for query in ("m", "mu", "musk"):
        screen.answer(Request("search", "search"), "search", Place("search", query))
    assert navigator.history.current == Place("search", "musk")
    assert not navigator.history.can_go_back
    navigator.search_settled = True
    screen.answer(Request("search", "search"), "search", Place("search", "musk ai"))
    assert navigator.history.can_go_back


def test_travel_remembers_the_scroll_of_the_place_left() -> None:
    navigator = Navigator()
    screen = Screen(navigator)
    screen.answer(Request("search", "search"), "search", SEARCH)
    screen.answer(Request("main", "article"), "article", ARTICLE)
    screen.shown = replace(ARTICLE, scroll_y=40, mention=2)  # the user scrolled
    back = navigator.travel(-1, screen.capture)
    assert back == SEARCH
    assert navigator.travel(1, screen.capture) == replace(ARTICLE, scroll_y=40, mention=2)
    assert navigator.travel(1, screen.capture) is None


def test_restore_asks_for_what_the_place_needs_and_nothing_else() -> None:
    navigator = Navigator()
    place = Place("article", "musk", result="r", article="a", scroll_y=7, mention=1)
    search, main = navigator.restore(place, shown_query="musk")
    assert search is None  # the results shown already are that query's
    assert main == Request("main", focus=True, scroll_y=7, mention=1)
    search, main = navigator.restore(place, shown_query="other")
    assert search == Request("search", highlight="r")
    entity = Place("entity", "musk", entity="e", entity_option=3)
    assert navigator.restore(entity, "musk") == (None, Request("main", focus=True, option=3))


def test_a_place_still_arriving_is_not_captured_as_it_looks_half_loaded() -> None:
    navigator = Navigator()
    screen = Screen(navigator)
    screen.answer(Request("search", "search"), "search", SEARCH)
    screen.answer(Request("main", "article"), "article", ARTICLE)
    back = navigator.travel(-1, screen.capture)
    assert back is not None
    navigator.restore(back, shown_query="")
    # Forward again before the search arrived: the search is not overwritten with the
    # article still on screen.
    assert navigator.travel(1, screen.capture) == ARTICLE
    assert navigator.travel(-1, screen.capture) == SEARCH
