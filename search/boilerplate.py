"""Removing the site furniture (related links, font controls, comment forms) from a body.

The rules live in ``search/data/boilerplate.json`` so a new site's furniture is one more
entry there, with the reason next to it. All rules are compiled into one alternation and
each paragraph is matched once, because this runs over every paragraph of every article.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from warta.search.errors import N_, Message

Action = Literal["drop", "drop_with_headline", "cut_rest"]
_ACTIONS: tuple[Action, ...] = ("drop", "drop_with_headline", "cut_rest")

#: A related-article headline is short; real paragraphs are longer or end a sentence.
HEADLINE_MAX_CHARS = 120
HEADLINE_MAX_WORDS = 16
_SENTENCE_END = re.compile(r"[.!?…:;,][\"'”’»)\]]*$")


@dataclass(frozen=True)
class Rule:
    """One boilerplate rule: a whole-line pattern, what to do, and why it exists."""

    pattern: str
    action: Action
    why: str


@dataclass(frozen=True)
class RuleSet:
    """Rules compiled into one pattern; group ``r<i>`` names which rule matched."""

    rules: tuple[Rule, ...]
    combined: re.Pattern[str]


def parse_rules(document: dict[str, object]) -> tuple[Rule, ...]:
    """Validate the JSON document; a bad rule file should fail loudly, at load time."""
    raw_rules = document.get("rules")
    if not isinstance(raw_rules, list):
        raise ValueError("boilerplate rules: 'rules' must be a list")
    rules = []
    for index, raw in enumerate(raw_rules):
        if not isinstance(raw, dict) or raw.get("action") not in _ACTIONS:
            raise ValueError(f"boilerplate rule {index}: needs an action in {_ACTIONS}")
        pattern, why = raw.get("pattern"), raw.get("why", "")
        if not isinstance(pattern, str) or not isinstance(why, str):
            raise ValueError(f"boilerplate rule {index}: pattern and why must be strings")
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"boilerplate rule {index}: bad pattern ({error})") from error
        rules.append(Rule(pattern=pattern, action=raw["action"], why=why))
    return tuple(rules)


def compile_rules(rules: Sequence[Rule]) -> RuleSet:
    """One case-insensitive alternation; each rule's ``headline`` group gets a unique name."""
    alternatives = [
        f"(?P<r{index}>{rule.pattern.replace('(?P<headline>', f'(?P<h{index}>')})"
        for index, rule in enumerate(rules)
    ]
    return RuleSet(tuple(rules), re.compile("|".join(alternatives), re.IGNORECASE))


@cache
def default_rules() -> RuleSet:
    """The bundled rules, loaded once per process."""
    text = resources.files("warta.search.data").joinpath("boilerplate.json").read_text("utf-8")
    return compile_rules(parse_rules(json.loads(text)))


def is_headline(line: str) -> bool:
    """Short and without sentence-final punctuation, like a linked article title."""
    return (
        len(line) <= HEADLINE_MAX_CHARS
        and len(line.split()) <= HEADLINE_MAX_WORDS
        and _SENTENCE_END.search(line) is None
    )


@dataclass(frozen=True)
class Body:
    """An article's paragraphs without boilerplate, and what a ``cut_rest`` rule left out."""

    paragraphs: list[str]
    #: Paragraphs after the line that ended the article (a comment section, a list of
    #: other articles): counted, so that leaving them out is never silent.
    left_out: int = 0
    #: The line that ended the article.
    cut_at: str = ""

    def notices(self) -> tuple[Message, ...]:
        """What the reader should be told about the cut, if anything."""
        if not self.left_out:
            return ()
        if self.left_out == 1:
            template = N_("1 paragraph after “{line}” left out as page furniture")
        else:
            template = N_("{count} paragraphs after “{line}” left out as page furniture")
        return (Message.of(template, count=self.left_out, line=self.cut_at),)


def separate_body(paragraphs: Sequence[str], rule_set: RuleSet | None = None) -> Body:
    """The paragraphs that are article text: boilerplate lines and what they govern removed.

    ``paragraphs`` are trimmed, non-empty lines. A ``cut_rest`` rule ends the article only
    once some text was kept, so a navigation label at the top cannot empty a body.
    """
    rule_set = rule_set or default_rules()
    kept: list[str] = []
    skip_headline = False
    for position, paragraph in enumerate(paragraphs):
        if skip_headline:
            skip_headline = False
            if is_headline(paragraph):
                continue
        match = rule_set.combined.fullmatch(paragraph)
        if match is None:
            kept.append(paragraph)
            continue
        index = int(str(match.lastgroup)[1:])
        action = rule_set.rules[index].action
        if action == "cut_rest" and kept:
            return Body(kept, len(paragraphs) - position - 1, paragraph)
        if action == "drop_with_headline":
            # A bare label ("BACA JUGA:") announces a headline on the next line.
            skip_headline = not match.groupdict().get(f"h{index}")
    return Body(kept)
