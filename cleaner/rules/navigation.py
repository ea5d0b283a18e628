"""Navigation, menus, footers and other page chrome at the head and tail of a document."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Final

from cleaner.document import Line, is_structure
from cleaner.rules import Context, doc_rule
from cleaner.templates import line_key

NOISE_CLASS: Final = "navigation"

# Line scores for finding the article region (measured on the public dev set, page form):
# prose pulls the region towards it in proportion to its length, short lines without sentence
# punctuation (menu items, buttons, tags) push it away, anything else is neutral.
PROSE_WORD_WEIGHT: Final = 0.1
PROSE_MAX_SCORE: Final = 10.0
CHROME_SCORE: Final = -1.0


# Page chrome is only looked for in texts with at least this many menu-like lines, and this share
# of them: a page has menus and footers; an extracted article's few short lines at its ends (a
# fact box, key takeaways) are its own (dev set: article-recall recall +0.0004, page form
# unchanged; at 10 a footer of eight links in the eval subset stayed).
CHROME_MIN_LINES: Final = 8
CHROME_MIN_SHARE: Final = 0.2
# An edge is cut only when at least this share of its lines look like chrome: article lists,
# tables and reference sections at the ends of articles do not (measured on the dev set).
EDGE_CHROME_SHARE: Final = 0.6
# Menus and footers are light next to the article; an edge with this share of the article's words
# or more is more likely a part of the article that the densest region left out.
EDGE_MAX_WORD_SHARE: Final = 0.5
# A long menu is heavy, but its words are all in chrome lines: from MENU_MIN_LINES lines on only
# the other lines count (shorter runs of short lines are as likely to be verse or an ingredient
# list before the article's prose; measured on the dev set, page form).
MENU_MIN_LINES: Final = 15


def has_menu(lines: Sequence[Line], min_share: float, min_lines: int = 0) -> bool:
    """True when at least `min_share` of `lines`, and at least `min_lines` of them, look like
    menu items (Line.chrome): the test page_chrome, edge_boilerplate and repeated_line use to
    tell a whole-page scrape from an extracted article, each with its own measured bounds.

    >>> has_menu([Line(1, "Home"), Line(2, "A sentence of the article, and it ends here.")], 0.5)
    True
    >>> has_menu([Line(1, "Home"), Line(2, "A sentence of the article, and it ends here.")], 0.5, 2)
    False
    """
    menu_like = sum(line.chrome for line in lines)
    return menu_like >= min_lines and menu_like >= min_share * len(lines)


def line_score(line: Line, chrome: bool) -> float:
    """How strongly a line suggests article text (positive) or page chrome (negative); `chrome`
    says whether it counts as chrome (Line.chrome, as _listed_chrome revises it)."""
    if line.terminal and line.n_words >= 8:
        return min(line.n_words * PROSE_WORD_WEIGHT, PROSE_MAX_SCORE)
    return CHROME_SCORE if chrome else 0.0


def _listed_chrome(lines: Sequence[Line], kept: list[int], lead_in_words: int) -> list[bool]:
    """Line.chrome of each kept line (by line index; False for the others), except for the short
    lines of a list that the article introduces: those right after a sentence of at least
    `lead_in_words` words ending in a colon ("Below are the categories I use:"), up to the first
    line that is not chrome-like."""
    out = [False] * len(lines)
    listed = False
    for i in kept:
        line = lines[i]
        out[i] = line.chrome and not listed
        if line.text.endswith(":") and line.n_words >= lead_in_words:
            listed = True
        elif not line.chrome:
            listed = False
    return out


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
    region (subheadings, lists and captions between paragraphs), short edges, and every line of a
    text with fewer than 8 menu-like lines or under 20% of them (no menu: not a page). A list that
    the article introduces with a colon ("Below are the categories I use:") does not count as
    chrome however short its items, so it does not push the article's intro out of the region.
    """
    lines = ctx.doc.lines
    if not has_menu(lines, CHROME_MIN_SHARE, CHROME_MIN_LINES):
        return []  # no menu to speak of: an extracted article, with its own short lines
    kept = [i for i in range(len(lines)) if not ctx.is_removed(i)]
    chrome = _listed_chrome(lines, kept, ctx.config.thresholds.prose_min_words)
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


# edge_boilerplate: jusText's paragraph classes (Pomikálek 2011, justext/core.py
# classify_paragraphs and revise_paragraph_classification), with its lengths and stopword
# densities rescaled to lines and to our compact stopword list (measured on the dev set, page form).
# A line shorter than SHORT_MAX_CHARS is "short" and takes the class of its context.
SHORT_MAX_CHARS: Final = 80
# A longer line with at least STOP_HIGH stopwords is "good" from GOOD_MIN_CHARS on, else "near
# good"; with at least STOP_LOW it is "near good"; with fewer it is "bad" (a list of names, a
# line of keywords).
GOOD_MIN_CHARS: Final = 90
STOP_HIGH: Final = 0.22
STOP_LOW: Final = 0.2
# The same gate as repeated_line's: only texts where this share of lines is menu-like look like
# whole-page scrapes; an extracted article's own ends (references, lists) are left alone ...
SCRAPE_MIN_CHROME_SHARE: Final = 0.3
# ... and at least this many: a short article with subheadings and a list of names or dates
# crosses the share, but a page has a menu (dev set: no change on the page form).
SCRAPE_MIN_CHROME_LINES: Final = 15
# An edge goes only when at least this share of its lines were short or bad before revision and
# are neither sentences nor article structure (list items, lead-ins, code, web addresses):
# reference lists and pros-and-cons lines after the last paragraph stay (dev set, page form;
# at 0.6 it removes no gold line of the article-recall form).
EDGE_BAD_SHARE: Final = 0.6

_GOOD, _NEAR, _SHORT, _BAD = "good", "near", "short", "bad"
# A web address in a line: a reference list's entries, not a menu's.
_URL: Final = re.compile(r"https?://|www\.")


def _is_article_structure(line: Line) -> bool:
    """A sentence, a list item, table row, lead-in or line of code, or a reference (an address):
    lines an edge_boilerplate edge must be mostly without."""
    return line.terminal or is_structure(line.text) or bool(_URL.search(line.text))


def paragraph_class(line: Line) -> str:
    """jusText's context-free class of one line: short, bad, near good or good.

    >>> paragraph_class(Line(1, "Home"))
    'short'
    >>> paragraph_class(Line(1, "The minister said on Tuesday that the plan would be published in full."))
    'short'
    >>> paragraph_class(Line(1, "The minister said on Tuesday that the plan would be published in full before the summer recess."))
    'good'
    >>> paragraph_class(Line(1, "Privacy Policy | Terms of Service | Cookie Settings | Accessibility Statement | Sitemap"))
    'bad'
    """
    chars = len(line.text)
    if chars < SHORT_MAX_CHARS:
        return _SHORT
    share = line.stop_share
    if share >= STOP_HIGH:
        return _GOOD if chars >= GOOD_MIN_CHARS else _NEAR
    return _NEAR if share >= STOP_LOW else _BAD


def _nearest(classes: list[str], wanted: tuple[str, ...], step: int) -> list[str]:
    """For each line, the class of the nearest line before it (step 1: a forward sweep) or after
    it (step -1: a backward sweep) whose class is one of `wanted`; the document's edges count
    as bad, as in jusText. One sweep, so long runs of short lines cost no more than others.

    >>> _nearest(["good", "short", "bad", "short"], ("good", "bad"), 1)
    ['bad', 'good', 'good', 'bad']
    """
    out = [_BAD] * len(classes)
    last = _BAD
    order = range(len(classes)) if step == 1 else range(len(classes) - 1, -1, -1)
    for i in order:
        out[i] = last
        if classes[i] in wanted:
            last = classes[i]
    return out


def revise_classes(classes: list[str]) -> list[str]:
    """jusText's context revision: a short line between good lines is good, between bad lines
    bad, and between one of each good only when a near-good line stands next to the bad side;
    then a near-good line is bad only between bad lines. Every line ends good or bad.

    >>> revise_classes(["short", "good", "short", "good", "short", "short"])
    ['bad', 'good', 'good', 'good', 'bad', 'bad']
    """
    strong, any_long = (_GOOD, _BAD), (_GOOD, _BAD, _NEAR)
    before, after = _nearest(classes, strong, 1), _nearest(classes, strong, -1)
    before_any, after_any = _nearest(classes, any_long, 1), _nearest(classes, any_long, -1)
    revised = list(classes)
    for i, cls in enumerate(classes):
        if cls != _SHORT:
            continue
        if before[i] == after[i]:
            revised[i] = before[i]
        elif (before[i] == _BAD and before_any[i] == _NEAR) or (after[i] == _BAD and after_any[i] == _NEAR):
            revised[i] = _GOOD
        else:
            revised[i] = _BAD
    before, after = _nearest(revised, strong, 1), _nearest(revised, strong, -1)
    return [
        (_BAD if before[i] == after[i] == _BAD else _GOOD) if cls == _NEAR else cls
        for i, cls in enumerate(revised)
    ]


def _edge_classes(
    lines: Sequence[Line], is_removed: Callable[[int], bool]
) -> tuple[dict[int, str], int | None, int | None]:
    """The context-free classes of the lines of the edges, and the first and last line that is
    good after revision (None, None when none is).

    Revision never changes a good line, and a good line bounds every context look-up, so the
    classes of the lines before the first good line and after the last one decide the edges: the
    lines between them (most of the article, and most of the cost: the stopword share of long
    lines) are not classified unless the text has no good line at all.
    """

    def cls(i: int) -> str:
        return _BAD if is_removed(i) else paragraph_class(lines[i])

    n = len(lines)
    initial: dict[int, str] = {}
    for i in range(n):
        initial[i] = cls(i)
        if initial[i] == _GOOD:
            break
    else:  # no good line: revision alone may make some, so classify every line
        final = revise_classes([initial[i] for i in range(n)])
        good = [i for i, c in enumerate(final) if c == _GOOD]
        return initial, (good[0] if good else None), (good[-1] if good else None)
    first_good = i
    for j in range(n - 1, first_good - 1, -1):
        initial[j] = cls(j) if j not in initial else initial[j]
        if initial[j] == _GOOD:
            break
    last_good = j
    head = revise_classes([initial[i] for i in range(first_good + 1)])
    tail = revise_classes([initial[i] for i in range(last_good, n)])
    first = head.index(_GOOD)
    last = last_good + len(tail) - 1 - tail[::-1].index(_GOOD)
    return initial, first, last


@doc_rule(NOISE_CLASS)
def edge_boilerplate(ctx: Context) -> Iterable[int]:
    """Remove the lines of a whole-page scrape before its first and after its last good line
    after jusText's classification and context revision (long lines dense in stopwords are good;
    short lines take the class of the good or bad lines around them; lines other rules removed
    count as bad): menus, footers and link lists that page_chrome left because some prose, a
    teaser or a footer blurb, drew its region outwards.

    Keeps the heading line right before the first good line, everything between the first and
    the last good line, an edge of fewer than `edge_min_lines` lines, an edge where under 60% of
    the lines were short or bad before revision (sentences and article structure such as list
    items, lead-ins, code and web addresses never count as bad), and every line of a text where
    under 30% of the lines, or fewer than 15, are menu-like (an extracted article, not a page).
    """
    lines = ctx.doc.lines
    # First, as it is the cheaper test: is this a whole page rather than an extracted article?
    if not has_menu(lines, SCRAPE_MIN_CHROME_SHARE, SCRAPE_MIN_CHROME_LINES):
        return []
    initial, first, last = _edge_classes(lines, ctx.is_removed)
    if first is None or last is None:
        return []
    head = [i for i in range(first) if not ctx.is_removed(i)]
    if head and not lines[head[-1]].terminal:
        head = head[:-1]  # the headline right before the article
    tail = [i for i in range(last + 1, len(lines)) if not ctx.is_removed(i)]
    minimum = ctx.config.thresholds.edge_min_lines
    out: list[int] = []
    for edge in (head, tail):
        bad = sum(initial[i] in (_SHORT, _BAD) and not _is_article_structure(lines[i]) for i in edge)
        if len(edge) >= minimum and bad >= EDGE_BAD_SHARE * len(edge):
            out += edge
    return out
