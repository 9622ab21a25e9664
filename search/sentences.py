"""Sentence bounds of a text, found in one pass: the reader's quote spans and the sentence
numbers the co-occurrence view counts by (stored with each mention at index time).

One home for what a sentence is, so that "Musk and Altman in one sentence" means the same
sentence the reader marks when it opens there.
"""

from __future__ import annotations

import bisect
import re
from array import array

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)]*(?=\s)|\n")


class Sentences:
    """The sentences of one text, found in a single pass so that any number of lookups
    cost a bisect each: a document with 20,000 dates asks 20,000 times, and scanning
    from the start every time made previewing it quadratic.

    Sentences end at ``. ! ? …`` (with closing quotes) before whitespace, or at a line
    break. Abbreviations such as ``Rp.`` are rare enough in news prose to accept.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        #: Where each sentence ending ends, in text order (an array: a hostile text can
        #: have hundreds of thousands).
        self._ends = array("q", (found.end() for found in _SENTENCE_END.finditer(text)))
        self._trimmed: dict[tuple[int, int], tuple[int, int]] = {}

    def __len__(self) -> int:
        """How many sentences the text has (a text without an ending is one)."""
        ends = self._ends
        return len(ends) + (not ends or ends[-1] < len(self.text))

    def number(self, offset: int) -> int:
        """The 0-based number of the sentence holding ``offset``."""
        return bisect.bisect_right(self._ends, offset)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding ``[start, end)``, without its surrounding whitespace: the
        quote a writer wants to copy."""
        ends = self._ends
        first = bisect.bisect_right(ends, start)
        sentence_start = ends[first - 1] if first else 0
        last = bisect.bisect_right(ends, max(end, sentence_start))
        sentence_end = ends[last] if last < len(ends) else len(self.text)
        key = (sentence_start, sentence_end)
        if key not in self._trimmed:
            # Once per sentence: a long run of spaces is not walked again for each date in it.
            self._trimmed[key] = _trim(self.text, sentence_start, sentence_end)
        return self._trimmed[key]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
