"""Noise the page's own HTML names: lines that are the text of a caption, a related-links box, a
sign-up form, a pop-up, a footer or a cookie notice in the page the text was extracted from.

The markup is read in cleaner.html; here only its result is used, as digests of normalised texts
passed through the Context. Text input has no markup, and this rule then removes nothing.
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
    noise: figcaption, form, button, aside and footer elements, and elements whose class or id
    has a word naming a caption, credit, byline or author line, related links, a subscription or
    sign-up box, a pop-up or modal, a cookie notice or breadcrumbs (cleaner.html.BOX_WORDS and
    LINE_WORDS).

    Keeps every line of text input, lines that only contain such a text, and lines whose text
    also appears in the page outside those elements (a table of contents in a pop-up repeats the
    article's headings).
    """
    return bool(ctx.markup) and line_key(line.norm) in ctx.markup
