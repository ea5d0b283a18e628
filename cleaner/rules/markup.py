"""Noise the page's own HTML names: lines that are the text of a related-links box, a sign-up
form, a pop-up, a footer, a cookie notice, a figure's caption or a byline in the page the text
was extracted from, where the element's shape agrees with its name.

The markup is read in cleaner.page_markup; here only its result is used, as digests of
normalised texts passed through the Context. Text input has no markup, and this rule then
removes nothing.
"""

from __future__ import annotations

from typing import Final

from cleaner.document import Line
from cleaner.rules import Context, line_rule
from cleaner.templates import line_key

NOISE_CLASS: Final = "markup"


@line_rule(NOISE_CLASS)
def markup_noise(line: Line, ctx: Context) -> bool:
    """Remove a line whose whole text is a block inside an element the page's markup marks as
    noise and whose shape agrees (cleaner.page_markup): a box of links named related, share or
    breadcrumbs; a prompt-sized form, footer, newsletter, sign-up, subscription, pop-up, modal or
    cookie box; a line-sized figcaption beside its picture, credit, byline, author or bio line.

    Keeps every line of text input, lines that only contain such a text, lines whose text also
    appears in the page outside those elements (a table of contents in a pop-up repeats the
    article's headings), and everything in an element whose shape does not bear its name out (a
    "related" paragraph of prose, a form around a comparison table, a FAQ's accordion buttons)
    or that holds the article.
    """
    return bool(ctx.markup) and line_key(line.norm) in ctx.markup
