"""Navigation, menus, footers and other page chrome at the head and tail of a document."""

from __future__ import annotations

import re
from collections.abc import Iterable

from cleaner.document import Line
from cleaner.rules import Context, doc_rule
from cleaner.templates import line_key

NOISE_CLASS = "navigation"

# Line scores for finding the article region (measured on the public dev set, page form):
# prose pulls the region towards it in proportion to its length, short lines without sentence
# punctuation (menu items, buttons, tags) push it away, anything else is neutral.
PROSE_WORD_WEIGHT = 0.1
PROSE_MAX_SCORE = 10.0
CHROME_SCORE = -1.0
CHROME_MAX_WORDS = 7


# An edge is cut only when at least this share of its lines look like chrome: article lists,
# tables and reference sections at the ends of articles do not (measured on the dev set).
EDGE_CHROME_SHARE = 0.6
# Menus and footers are light next to the article; an edge with this share of the article's words
# or more is more likely a part of the article that the densest region left out.
EDGE_MAX_WORD_SHARE = 0.5
# A long menu is heavy, but its words are all in chrome lines: from MENU_MIN_LINES lines on only
# the other lines count (shorter runs of short lines are as likely to be verse or an ingredient
# list before the article's prose; measured on the dev set, page form).
MENU_MIN_LINES = 15
# List items, table rows, lead-ins ("Ingredients:") and lines of code or data (braces, brackets,
# "=", ";", a leading quote, "@", "#" or "/") are article structure, not chrome: code blocks at
# the end of technical articles were cut as footers (dev set, both forms: recall +0.001/+0.003).
_STRUCTURE = re.compile(
    r"^(?:[-*•·▪◦]\s|\d{1,3}[.)]\s|\||[\"'@#$/])|[:|{}\[\];,]$|[{}=<>;]|^\w[\w .'’-]{0,30}: \S"
)


def is_chrome(line: Line) -> bool:
    """A menu item, button, tag or footer link: short, no sentence punctuation, and not marked
    as a list item, table row or lead-in."""
    return not line.terminal and line.n_words <= CHROME_MAX_WORDS and not _STRUCTURE.search(line.text)


def line_score(line: Line, chrome: bool) -> float:
    """How strongly a line suggests article text (positive) or page chrome (negative);
    `chrome` is `is_chrome(line)`."""
    if line.terminal and line.n_words >= 8:
        return min(line.n_words * PROSE_WORD_WEIGHT, PROSE_MAX_SCORE)
    return CHROME_SCORE if chrome else 0.0


def best_region(scores: list[float]) -> tuple[int, int, float]:
    """The contiguous run of lines with the largest total score (Kadane's algorithm):
    (first, last, total); (0, -1, 0.0) when no run has a positive total.

    >>> best_region([-1, -1, 2, -1, 3, -1])
    (2, 4, 4.0)
    """
    best = (0, -1, 0.0)
    start, total = 0, 0.0
    for i, s in enumerate(scores):
        if total <= 0:
            start, total = i, 0.0
        total += s
        if total > best[2]:
            best = (start, i, total)
    return best


@doc_rule(NOISE_CLASS)
def site_template(ctx: Context) -> Iterable[int]:
    """Remove lines of the site's template: lines that a first pass over the batch found in many
    documents of the same site (--site-templates; thresholds template_min_docs and
    template_min_percent).

    Keeps everything when the batch was not counted, and lines repeated inside one article:
    the first pass counts documents, not occurrences.
    """
    if not ctx.templates:
        return []
    return [
        i
        for i, line in enumerate(ctx.doc.lines)
        if not ctx.is_removed(i) and line_key(line.norm) in ctx.templates
    ]


@doc_rule(NOISE_CLASS)
def page_chrome(ctx: Context) -> Iterable[int]:
    """Remove navigation, menus, footers and similar page chrome before and after the article:
    the lines outside the region where prose is densest, when that edge holds at least
    `edge_min_lines` lines (a menu, a footer, not just a headline and a standfirst) and most of
    them look like chrome (short, unpunctuated, not list items or table rows).

    Keeps the heading line right before the article region (the headline), everything inside the
    region (subheadings, lists and captions between paragraphs), and short edges.
    """
    lines = ctx.doc.lines
    kept = [i for i in range(len(lines)) if not ctx.is_removed(i)]
    chrome = {i: is_chrome(lines[i]) for i in kept}  # asked several times below: once per line
    first, last, total = best_region([line_score(lines[i], chrome[i]) for i in kept])
    if total <= 0:
        return []
    minimum = ctx.config.thresholds.edge_min_lines
    head, tail = kept[:first], kept[last + 1 :]
    if head and not lines[head[-1]].terminal:
        head = head[:-1]  # the headline right before the article
    region_words = sum(lines[i].n_words for i in kept[first : last + 1])
    out: list[int] = []
    for edge, outer_first in ((head, True), (tail, False)):
        # The outermost run of the edge (from the document's start, or back from its end) that
        # is mostly chrome: a footer menu after the article's last paragraphs goes even when the
        # edge as a whole still holds some prose.
        cut = _outer_chrome_run([chrome[i] for i in (edge if outer_first else reversed(edge))])
        for part in (edge, edge[:cut] if outer_first else edge[len(edge) - cut :]):
            n_chrome = sum(chrome[i] for i in part)
            # A long menu outweighs a short article; only its lines other than chrome count then.
            weighed = part if len(part) < MENU_MIN_LINES else [i for i in part if not chrome[i]]
            words = sum(lines[i].n_words for i in weighed)
            if (
                len(part) >= minimum
                and n_chrome >= EDGE_CHROME_SHARE * len(part)
                and words <= EDGE_MAX_WORD_SHARE * region_words
            ):
                out += part
                break
    return out


def _outer_chrome_run(edge: list[bool]) -> int:
    """Length of the prefix of `edge` (whether each line is chrome, outermost line first) where
    chrome outweighs the rest most: each chrome line counts +1, any other line -1/share + 1 (so
    the run stays at least EDGE_CHROME_SHARE chrome at its best point); 0 when no prefix is
    mostly chrome.

    >>> _outer_chrome_run([True, True, True, False])
    3
    """
    penalty = EDGE_CHROME_SHARE / (1 - EDGE_CHROME_SHARE)
    best, best_len, total = 0.0, 0, 0.0
    for n, is_menu in enumerate(edge, start=1):
        total += 1.0 if is_menu else -penalty
        if total >= best:
            best, best_len = total, n
    return best_len
