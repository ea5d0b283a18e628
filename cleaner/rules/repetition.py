"""Repetition (noise class `repetition`): blocks of the page's template printed more than once.

A page prints its menu twice (a desktop and a mobile one, a header and a footer), and an extractor
that walks a page's hidden panels or lazy-loaded copies returns the same block of the page (menu,
headline, lede, byline, footer) several times over. These rules read no words: a block is the
same lines in the same order, compared by their normalised text, so they hold in any language.

What they deliberately keep, after issue 14: repetition inside an article is its structure (the
rows of a table or a meal plan, a recurring label, a line of code, a chorus), so a repeat counts
only when its shape is a page's, not an article's: a run of menu labels, or a copy that carries
a menu run and a paragraph together (an article's repeated rows carry no menu, and an article
printed twice by the extractor carries no run of menu labels), and only where a page's template
stands: at the document's edges, outside the article's paragraphs, or printed three times or
more (the whole page returned over and over). A recipe that lists its
ingredients and prints them again in its recipe card repeats a run of short labels between its
own paragraphs; that is the article's structure, and it stays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Final

from cleaner.document import Line
from cleaner.rules import Context, doc_rule, is_prose

NOISE_CLASS: Final = "repetition"

# A menu printed twice: at least this many menu labels in a row, the same in both copies. An
# article's runs of short labels that recur (a product card's "Pros & Cons / Pros / Efficient
# service / ... / Cons / Damage to items", a table's column names) are shorter or broken by
# values. Measured on the dev set: on the gold texts cleaned as input no gold line is in a
# repeated run from 6 on (at 4, a price table's cell labels); on the page scrape, the mover
# comparisons' pros-and-cons cards (nine labels, printed per company) are cut up to 10 and
# none from 12, where every repeated run is a site menu (page F1 the same).
MENU_REPEAT_MIN_LINES: Final = 12
# Menu labels are one to three words ("Home", "World News"): the median label of a repeated run
# must be this short (a chorus or a list of features is longer; navigation.py's value).
MENU_MAX_MEDIAN_WORDS: Final = 3
# A section of the page printed again: a copy of at least this many lines ...
SECTION_MIN_LINES: Final = 3
# ... holding a paragraph and a run of at least this many menu labels (the page's template,
# not the article's own text, which an extractor may also print twice: that copy has no menu).
SECTION_MENU_RUN: Final = 5
# A block printed this many times or more is the page's template whatever its position (an
# extractor that walks a page's hidden panels returns the whole page three or four times, its
# menus inside each copy); an article prints its own list at most twice (a recipe's text and its
# card). On the dev set every line both rules removed was on one such page.
PAGE_COPIES: Final = 3
# Earlier copies of a line looked at when matching: bounds the work on a text of many repeated
# lines (a table's separator rows) to a few comparisons a line.
MAX_EARLIER_COPIES: Final = 4


def menu_label(line: Line) -> bool:
    """A line shaped like a menu item: Line.chrome (short, no sentence punctuation, no digits,
    not article structure), with a word in it, not starting lowercase (that goes on a sentence
    or a verse).

    >>> menu_label(Line(1, "World News")), menu_label(Line(1, "and the river ran on"))
    (True, False)
    """
    return line.chrome and line.n_words > 0 and not line.starts_lower


def article_span(ctx: Context) -> tuple[int, int]:
    """The first and last kept paragraph of the text (line indexes); (len, -1) when there is none,
    so every line stands at an edge (Context.prose_span: both rules here ask it in one pass)."""
    return ctx.prose_span()


def repeated_runs(lines: Sequence[Line], same: Callable[[int], bool]) -> list[tuple[int, int, int]]:
    """The maximal runs of lines printed twice: (first line of the earlier copy, first line of the
    later copy, length), for lines with the same normalised text for which `same` holds, the two
    copies not overlapping. Each later line is compared with at most MAX_EARLIER_COPIES earlier
    lines of its text, and a run is followed from its first line only, so the work grows with
    the text.

    >>> text = ["Home", "News", "Sport", "Home", "News", "Sport"]
    >>> repeated_runs([Line(n, t) for n, t in enumerate(text, 1)], lambda i: True)
    [(0, 3, 3)]
    """
    norms = [line.norm for line in lines]
    seen: dict[str, list[int]] = {}
    out: list[tuple[int, int, int]] = []
    n = len(lines)
    for b in range(n):
        if not same(b):
            continue
        earlier = seen.setdefault(norms[b], [])
        for j in earlier[-MAX_EARLIER_COPIES:]:
            if j > 0 and norms[j - 1] == norms[b - 1] and same(j - 1) and same(b - 1):
                continue  # inside a run found from its first line
            k = 1
            while b + k < n and j + k < b and norms[j + k] == norms[b + k] and same(b + k) and same(j + k):
                k += 1
            out.append((j, b, k))
        earlier.append(b)
    return out


@doc_rule(NOISE_CLASS)
def repeated_menu(ctx: Context) -> Iterable[int]:
    """Remove a menu the page prints twice: both copies of a run of at least
    MENU_REPEAT_MIN_LINES (12) menu labels (short lines without sentence punctuation or digits, one
    to three words at the median) that recurs line for line ("Home / Latest News / India News /
    World News / Cities / ..." in the header and again in the footer, or a desktop and a mobile
    menu), when each copy stands at an edge of the text: before its first paragraph (the page's
    header) or after its last (the footer), or when its first line is printed PAGE_COPIES (3)
    times or more (the whole page returned over and over by the extractor).

    Keeps shorter repeated runs (a product card's pros-and-cons labels, a table's column names),
    runs broken by a value, a list item or a sentence (a meal plan's rows, a schedule), runs of
    longer lines (a chorus, a list of features), lowercase lines (verse), every line repeated
    alone, and a run with a copy between the article's paragraphs (a recipe's ingredients listed
    in its text and again in its recipe card: the article's own structure). Of a block printed
    three times or more back to back, the copies after the two it found go but the last
    (printed_again): one copy of a chorus printed over and over after the article stays.
    """
    lines = ctx.doc.lines
    labels = [menu_label(line) for line in lines]
    first, last = article_span(ctx)
    copies = ctx.norm_counts()
    out: set[int] = set()
    for j, b, k in repeated_runs(lines, labels.__getitem__):
        if k < MENU_REPEAT_MIN_LINES:
            continue
        at_edges = all(start + k <= first or start > last for start in (j, b))
        if not at_edges and copies.get(lines[b].norm, 0) < PAGE_COPIES:
            continue  # a copy between the article's paragraphs: the article's structure
        sizes = sorted(lines[i].n_words for i in range(b, b + k))
        if sizes[len(sizes) // 2] <= MENU_MAX_MEDIAN_WORDS:
            out.update(range(j, j + k))
            out.update(range(b, b + k))
            # The copies after them: each a menu, at an edge unless the block is the page's.
            anywhere = copies.get(lines[b].norm, 0) >= PAGE_COPIES
            again = printed_again(lines, j, b, k, labels.__getitem__, MENU_REPEAT_MIN_LINES, True)
            out.update(i for i in again if anywhere or i < first or i > last)
    return sorted(i for i in out if not ctx.is_removed(i))


def printed_again(
    lines: Sequence[Line],
    j: int,
    b: int,
    k: int,
    same: Callable[[int], bool],
    min_lines: int,
    keep_last: bool,
) -> range:
    """The lines after two copies printed back to back (the run of `k` lines at `j`, again at
    `b` = `j` + `k`) that go on printing the same lines in the same order, for which `same`
    holds: the third copy and the ones after it, whole or cut short. A copy cut short counts
    only when it is at least `min_lines` long (the rule's least block) or runs to the end of the
    text: a line or two after the copies that happen to repeat the block's first lines (the
    article's first line repeating a teaser's standfirst) is no copy. With `keep_last` (the
    rule takes both copies it found), the last copy, whole or cut short, is left out: one copy
    of a block is always kept (a chorus printed three times after the article stays once).

    A copy is the block's shortest repeating unit: a run of 12 lines found in a 3-line menu
    printed over and over is 4 copies of it.

    repeated_runs compares a line with its last MAX_EARLIER_COPIES copies only, so of a block
    printed many times over it finds the first few copies; left to the fixed-point loop, the
    rest went a few copies a pass, and the passes made the work quadratic (issue 18).

    >>> text = ["Home", "News", "Home", "News", "Home", "News", "Home", "News", "Home"]
    >>> lines = [Line(n, t) for n, t in enumerate(text, 1)]
    >>> printed_again(lines, 0, 2, 2, lambda i: True, 2, False)
    range(4, 9)
    >>> printed_again(lines, 0, 2, 2, lambda i: True, 2, True)
    range(4, 8)
    >>> printed_again(lines + [Line(10, "Prose")], 0, 2, 2, lambda i: True, 2, True)
    range(4, 6)
    """
    if b != j + k:
        return range(0)
    start = end = b + k
    while end < len(lines) and lines[end].norm == lines[end - k].norm and same(end):
        end += 1
    if end == start:
        return range(0)
    unit = _unit(lines, j, k)
    cut = (end - start) % unit
    if cut and cut < min_lines and end < len(lines):
        end, cut = end - cut, 0  # no copy: a few lines that happen to repeat the block's first lines
    if keep_last:
        end -= cut or unit
    return range(start, max(start, end))


def _unit(lines: Sequence[Line], j: int, k: int) -> int:
    """The shortest unit the block of `k` lines at `j` repeats (a divisor of `k`; `k` itself
    when it repeats none)."""
    for d in range(1, k):
        if k % d == 0 and all(lines[j + i].norm == lines[j + i + d].norm for i in range(k - d)):
            return d
    return k


def _menu_run(lines: Sequence[Line], start: int, stop: int) -> bool:
    """The lines start..stop-1 hold SECTION_MENU_RUN menu labels in a row."""
    run = 0
    for i in range(start, stop):
        run = run + 1 if menu_label(lines[i]) else 0
        if run >= SECTION_MENU_RUN:
            return True
    return False


@doc_rule(NOISE_CLASS)
def repeated_section(ctx: Context) -> Iterable[int]:
    """Remove a section of the page printed again: the later copy of a run of at least
    SECTION_MIN_LINES lines that recurs line for line and holds both a paragraph and a menu of at
    least SECTION_MENU_RUN labels in a row (a page's header, headline, lede and footer returned
    once more by the extractor), when the earlier copy opens the page (no paragraph of the text
    stands before it) or the copy's first line is printed PAGE_COPIES (3) times or more. The
    earlier copy stays.

    The earlier copy always stays, so when a page prints its whole article twice with its
    template (a hidden mobile copy), the article is still there once.

    Keeps every repeat without a menu in it: an article printed twice by its extractor, a FAQ
    shown again, a table's rows, a meal plan's days, code, a chorus (its lines are no menu);
    and every repeat without a paragraph (a list of labels repeated is repeated_menu's to
    judge, by its own stricter bounds), and every repeat whose earlier copy starts after a
    paragraph (a recipe card printing again the ingredients and method the article gave).
    """
    lines = ctx.doc.lines
    first, _ = article_span(ctx)
    copies = ctx.norm_counts()
    out: set[int] = set()
    for j, b, k in repeated_runs(lines, lambda i: True):
        if k < SECTION_MIN_LINES or (j > first and copies.get(lines[b].norm, 0) < PAGE_COPIES):
            continue
        if any(is_prose(lines[i], ctx) for i in range(b, b + k)) and _menu_run(lines, b, b + k):
            out.update(range(b, b + k))
            out.update(printed_again(lines, j, b, k, lambda i: True, SECTION_MIN_LINES, False))
    return sorted(i for i in out if not ctx.is_removed(i))
