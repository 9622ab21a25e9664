"""The sidebar's figures: money and counted quantities the open article mentions.

Each figure is written the way the interface language writes numbers (``US$1 miliar`` /
``$1 billion``, ``10.000 GPU`` / ``10,000 GPU``) above the sentence it comes from, with
the figure as the article wrote it marked there.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets.option_list import Option
from warta.search.amounts import Amount
from warta.tui.i18n import _
from warta.tui.widgets.document import Document
from warta.tui.widgets.timeline import ROW_LIMIT, in_context, more_rows

#: Figure options' ids start with this; entity keys are slugs of word characters, so an
#: entity can never be taken for a figure.
FIGURE_ID_PREFIX = "figure:"


def show_amount(amount: Amount) -> str:
    """An amount as the interface language writes it (Babel loads on first use)."""
    from warta.tui.formatting import format_amount
    from warta.tui.i18n import current_locale

    return format_amount(amount, current_locale())


def figure_options(document: Document) -> list[Option]:
    """A "Figures" heading and one option per amount, in reading order; none without any."""
    if not document.amounts:
        return []
    options = [Option(Content(_("Figures")).stylize("bold"), disabled=True)]
    for index, amount in enumerate(document.amounts[:ROW_LIMIT]):
        prompt = Content.assemble(
            Content(show_amount(amount)).stylize("bold"),
            "\n",
            in_context(document, amount.start, amount.end).stylize("dim"),
        )
        options.append(Option(prompt, id=f"{FIGURE_ID_PREFIX}{index}"))
    if len(document.amounts) > ROW_LIMIT:
        options.append(more_rows(len(document.amounts) - ROW_LIMIT))
    return options


def figure_index(option_id: str | None) -> int | None:
    """Which of the document's amounts a sidebar option shows; None for entities."""
    if option_id is None or not option_id.startswith(FIGURE_ID_PREFIX):
        return None
    return int(option_id.removeprefix(FIGURE_ID_PREFIX))
