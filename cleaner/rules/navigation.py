"""Navigation, menus, footers and other page chrome at the head and tail of a document."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Final

from cleaner.document import SPACELESS_CHARS_PER_WORD, Line, is_structure
from cleaner.rules import Context, doc_rule, is_prose
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


# A sentence of this many words is prose in the line scores (and ends a page's opening menu).
PROSE_MIN_WORDS: Final = 8


def line_score(line: Line, chrome: bool) -> float:
    """How strongly a line suggests article text (positive) or page chrome (negative); `chrome`
    says whether it counts as chrome (Line.chrome, as _listed_chrome revises it)."""
    if line.terminal and line.n_words >= PROSE_MIN_WORDS:
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


def without_headline(lines: Sequence[Line], head: list[int]) -> list[int]:
    """`head` (the lines before the article) without the headline right before the article: its
    last line with a letter in it, when that does not end like a sentence. A dateline of figures
    only ("2025-06-14 09:30") may stand between the headline and the article.

    >>> lines = [Line(1, "Home"), Line(2, "The headline"), Line(3, "2025-06-14 09:30")]
    >>> without_headline(lines, [0, 1, 2])
    [0, 2]
    """
    k = len(head) - 1
    while k > 0 and not any(map(str.isalpha, lines[head[k]].text)):
        k -= 1
    if k >= 0 and not lines[head[k]].terminal:
        return head[:k] + head[k + 1 :]
    return head


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
    region (subheadings, lists and captions between paragraphs), short edges, an edge whose
    menu-like lines are more than three words at the median (an article's own list or table),
    the paragraph that opens a head edge with no menu line before it and everything after it,
    and every line of a text with fewer than 8 menu-like lines or under 20% of them, or that does
    not open with a menu (opens_with_menu: not a page), and both edges of a text that opens with a
    title over its own list and ends with its paragraphs or one more list (_titled_list). A list that
    the article introduces with a colon ("Below are the categories I use:") does not count as
    chrome however short its items, so it does not push the article's intro out of the region.
    """
    lines = ctx.doc.lines
    if not has_menu(lines, CHROME_MIN_SHARE, CHROME_MIN_LINES) or not opens_with_menu(lines, ctx.is_removed):
        return []  # no menu to speak of: an extracted article, with its own short lines
    kept = list(ctx.kept())
    chrome = _listed_chrome(lines, kept, ctx.config.thresholds.prose_min_words)
    first, last, total = best_region([line_score(lines[i], chrome[i]) for i in kept])
    if total <= 0:
        return []
    minimum = ctx.config.thresholds.edge_min_lines
    head, tail = kept[:first], kept[last + 1 :]
    head = without_headline(lines, head)
    region_words = sum(lines[i].n_words for i in kept[first : last + 1])
    out: list[int] = []
    # A title over a list, then paragraphs to the end or to one more list: an article opening
    # with its own list (a setlist, a squad, a recipe's ingredients) and maybe closing with one
    # (what to pack, what to serve it with). A page's menu and footer do not open with a title,
    # and repeat labels or carry a sentence (a tagline, a notice).
    if _titled_list(lines, head) and (not tail or _plain_list(lines, tail)):
        return []
    for edge, outer_first in ((head, True), (tail, False)):
        # The outermost run of the edge (from the document's start, or back from its end) that
        # is mostly chrome: a footer menu after the article's last paragraphs goes even when the
        # edge as a whole still holds some prose.
        cut = _outer_chrome_run([chrome[i] for i in (edge if outer_first else reversed(edge))])
        for part in (edge, edge[:cut] if outer_first else edge[len(edge) - cut :]):
            if outer_first:
                # A head edge that reaches a paragraph before any menu line is the article's
                # opening (a title, its intro, then its first list): it ends before the paragraph.
                stop = next((k for k, i in enumerate(part) if is_prose(lines[i], ctx)), len(part))
                if not any(chrome[i] for i in part[:stop]):
                    part = part[:stop]
            if not _menu_sized(lines, part, chrome):
                continue
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


# Positive evidence that an edge is a menu or a footer and not the article's own list:
# menus are one- to three-word labels ("Home", "World", "Contact us"); an article's lists (a
# packing list, a table of features, a directory) name things in more words, and the median
# chrome line of a cut must be this short (dev set, page form: 98% of the lines cut as chrome
# are in such runs; 14 of the 18 blocks of gold text it cut were not).
MENU_MAX_MEDIAN_WORDS: Final = 3
# ... and a page opens with its menu: at least OPEN_MENU_LINES of the first OPEN_WINDOW kept
# lines look like menu items. An article (or its clean text) opens with a headline and prose;
# its lists come later (dev gold texts cleaned as input: 504 of their lines were cut as page
# chrome and edge boilerplate from texts that open so; page form: F1 -0.005).
OPEN_MENU_LINES: Final = 3
OPEN_WINDOW: Final = 5
# ... and fewer than this many paragraphs among them (not removed as noise by another rule):
# an article opens with a headline and two paragraphs, and its first list may follow at once.
OPEN_MAX_PARAGRAPHS: Final = 2


def opens_with_menu(lines: Sequence[Line], is_removed: Callable[[int], bool]) -> bool:
    """True when at least OPEN_MENU_LINES of the first OPEN_WINDOW lines look like menu items
    (Line.chrome) and fewer than OPEN_MAX_PARAGRAPHS are paragraphs: the document starts as a
    page does, with its navigation, not as an article does, with a headline and prose. Menu
    lines another rule removed count too (the evidence of a rule must not depend on the rules
    before it), and a paragraph another rule removed (a cookie banner) is no article's.

    >>> opens_with_menu([Line(1, "Home"), Line(2, "World"), Line(3, "Sport"), Line(4, "Weather")], lambda i: False)
    True
    >>> story = "The story begins here, in full, as a sentence does."
    >>> article = [Line(1, "Headline"), Line(2, story), Line(3, story), Line(4, "Tent"), Line(5, "Stove")]
    >>> opens_with_menu(article, lambda i: False)
    False
    >>> opens_with_menu([Line(1, "-"), Line(2, "Zip Movers"), Line(3, "-"), Line(4, "Safeway"), Line(5, "-")], lambda i: False)
    False
    """
    menu = prose = 0
    for i, line in enumerate(lines[:OPEN_WINDOW]):
        # A menu item is a label: a line without a word (a stray bullet, a rule) is none, and a
        # lowercase start goes on a sentence or a verse.
        menu += line.chrome and line.n_words > 0 and not line.starts_lower
        prose += line.terminal and line.n_words >= PROSE_MIN_WORDS and not is_removed(i)
    return menu >= OPEN_MENU_LINES and prose < OPEN_MAX_PARAGRAPHS


# An article's title has at least this many words ("The Lanterns at the Corn Exchange"); a page
# opens with its site's name or a menu label, a word or two.
TITLE_MIN_WORDS: Final = 4
# The most lines a list under an article's title holds (a setlist, a squad, a book's contents);
# a page's menus run longer.
TITLED_LIST_MAX_LINES: Final = 20


def _plain_list(lines: Sequence[Line], edge: list[int]) -> bool:
    """`edge` is one list: at most TITLED_LIST_MAX_LINES lines, none ending like a sentence (a
    page's tagline or notice does), no two the same (a page repeats its menu labels: "Home" in
    the header and again in a drawer, "Contact us" twice)."""
    return (
        0 < len(edge) <= TITLED_LIST_MAX_LINES
        and not any(lines[i].terminal for i in edge)
        and len({lines[i].norm for i in edge}) == len(edge)
    )


def _titled_list(lines: Sequence[Line], edge: list[int]) -> bool:
    """`edge` (the lines before the article region) is a title over a list: a _plain_list whose
    first line has TITLE_MIN_WORDS words or more and does not start lowercase."""
    if not _plain_list(lines, edge):
        return False
    first = lines[edge[0]]
    return first.n_words >= TITLE_MIN_WORDS and not first.starts_lower


def _menu_sized(lines: Sequence[Line], part: list[int], chrome: list[bool]) -> bool:
    """The chrome lines of `part` are menu labels: their median is at most MENU_MAX_MEDIAN_WORDS."""
    sizes = sorted(lines[i].n_words for i in part if chrome[i])
    return bool(sizes) and sizes[len(sizes) // 2] <= MENU_MAX_MEDIAN_WORDS


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
# classify_paragraphs and revise_paragraph_classification), with its lengths rescaled to lines
# (measured on the dev set, page form) and its stopword density replaced by the sentence
# punctuation of the line's script, which every language has: with English stopwords (the
# language detected) the page form scored F1 0.9094, with sentence punctuation 0.9104, and a
# German or Chinese page had no "good" line at all under English stopwords.
# A line shorter than SHORT_MAX_CHARS is "short" and takes the class of its context.
SHORT_MAX_CHARS: Final = 80
# A longer line that ends like a sentence is "good" from GOOD_MIN_CHARS on, else "near good";
# one that does not is "bad" (a list of names, a line of keywords, a row of footer links).
GOOD_MIN_CHARS: Final = 90
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


# A character of a script without spaces (a Chinese or Japanese character) carries about as
# much text as this many letters of English, a word and its space being six: a Chinese sentence
# of 25 characters is as long as an English one of 100 letters.
SPACELESS_CHAR_SIZE: Final = 4


def _text_size(line: Line) -> int:
    """The line's length in characters, as jusText measures paragraphs; a line mostly in a script
    without spaces (Chinese, Japanese, Thai) counts SPACELESS_CHAR_SIZE to a character (from its
    words, SPACELESS_CHARS_PER_WORD characters each).

    >>> _text_size(Line(1, "Home")), _text_size(Line(1, "东京都は日本の首都です。"))
    (4, 48)
    """
    chars = len(line.text)
    spaceless = line.n_words * SPACELESS_CHARS_PER_WORD
    if spaceless * 5 >= chars * 4:  # at least 80% of the line in such a script
        return spaceless * SPACELESS_CHAR_SIZE
    return chars


def paragraph_class(line: Line) -> str:
    """jusText's context-free class of one line: short, bad, near good or good, by its size and
    whether it ends like a sentence in its script (the same test in every language).

    >>> paragraph_class(Line(1, "Home"))
    'short'
    >>> paragraph_class(Line(1, "The minister said on Tuesday that the plan would be published in full."))
    'short'
    >>> paragraph_class(Line(1, "The minister said on Tuesday that the plan would be published in full before the summer recess."))
    'good'
    >>> paragraph_class(Line(1, "Privacy Policy | Terms of Service | Cookie Settings | Accessibility Statement | Sitemap"))
    'bad'
    >>> paragraph_class(Line(1, "Der Minister sagte am Dienstag, dass der Plan vor der Sommerpause vollständig veröffentlicht werde."))
    'good'
    """
    chars = _text_size(line)
    if chars < SHORT_MAX_CHARS:
        return _SHORT
    if line.terminal:  # a sentence in its script's punctuation, in any language
        return _GOOD if chars >= GOOD_MIN_CHARS else _NEAR
    return _BAD


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
    after jusText's classification and context revision (long lines ending like sentences are good;
    short lines take the class of the good or bad lines around them; lines other rules removed
    count as bad): menus, footers and link lists that page_chrome left because some prose, a
    teaser or a footer blurb, drew its region outwards.

    Keeps the heading line right before the first good line, everything between the first and
    the last good line, an edge of fewer than `edge_min_lines` lines, an edge where under 60% of
    the lines were short or bad before revision (sentences and article structure such as list
    items, lead-ins, code and web addresses never count as bad), every line of a text where
    under 30% of the lines, or fewer than 15, are menu-like (an extracted article, not a page),
    and every line of a text whose first line is a title over its own list (_titled_list: a
    setlist, a squad) that no other rule took a line of, as an article opens and a page does not.
    """
    lines = ctx.doc.lines
    # First, as it is the cheaper test: is this a whole page rather than an extracted article?
    if not has_menu(lines, SCRAPE_MIN_CHROME_SHARE, SCRAPE_MIN_CHROME_LINES):
        return []
    if not opens_with_menu(lines, ctx.is_removed):
        return []  # the text does not open as a page does: its lists are the article's
    initial, first, last = _edge_classes(lines, ctx.is_removed)
    if first is None or last is None:
        return []
    head = [i for i in range(first) if not ctx.is_removed(i)]
    head = without_headline(lines, head)
    if head and head[0] == 0 and _titled_list(lines, head) and not any(map(ctx.is_removed, range(head[-1]))):
        # The text opens with a title over its own list, as an article does: a page's head has
        # lines the phrase rules took ("Skip to content", "Sign in", "Share") or no title first.
        return []
    tail = [i for i in range(last + 1, len(lines)) if not ctx.is_removed(i)]
    minimum = ctx.config.thresholds.edge_min_lines
    out: list[int] = []
    for edge in (head, tail):
        bad = sum(initial[i] in (_SHORT, _BAD) and not _is_article_structure(lines[i]) for i in edge)
        if len(edge) >= minimum and bad >= EDGE_BAD_SHARE * len(edge):
            out += edge
    return out
