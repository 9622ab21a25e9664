"""A Whoosh text field whose analysis can run in another process.

Whoosh analyses every field value inside ``add_document``, in the one process that writes
the index; at 100,000 articles that analysis was half of the writer's time while the entity
workers waited. The workers now analyse each article as well (:func:`preanalyse`) and send
Whoosh's own posting rows; the writer only adds them. Imported lazily: it imports Whoosh.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from whoosh import fields

#: One posting row as ``FieldType.index`` yields it: term, frequency, weight, encoded value.
PostingRow = tuple[bytes, int, float | int, bytes]


class Preanalysed:
    """A field value analysed ahead of time, by the same field type of the same schema."""

    __slots__ = ("rows",)

    def __init__(self, rows: list[PostingRow]) -> None:
        self.rows = rows

    def __getstate__(self) -> list[PostingRow]:
        return self.rows

    def __setstate__(self, rows: list[PostingRow]) -> None:
        self.rows = rows


class AnalysableText(fields.TEXT):
    """``TEXT`` that also accepts a :class:`Preanalysed` value instead of a string."""

    def index(self, value: Any, **kwargs: Any) -> Generator[PostingRow, Any, None]:
        if isinstance(value, Preanalysed):
            yield from value.rows
        else:
            yield from super().index(value, **kwargs)


def preanalyse(field: fields.FieldType, text: str) -> Preanalysed:
    """What the writer would have computed for ``text`` in ``field``."""
    return Preanalysed(list(field.index(text)))
