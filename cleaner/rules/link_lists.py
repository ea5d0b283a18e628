"""Related and recommended link lists: their headers, their headline items and list furniture."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise
from typing import Final

from cleaner.document import Line, is_structure
from cleaner.rules import ARTICLE_RUN, Context, doc_rule, is_prose, phrase_rule

NOISE_CLASS: Final = "link_lists"

# A related-links header ending in a colon has at most four words on the dev set ("YOU MIGHT
# ALSO LIKE:", "Related articles and links:"); a lead-in of six or more describes its list.
LEAD_IN_MIN_WORDS: Final = 6
# A header phrase seen this many times in one document is a per-item button ("Read More").
BUTTON_REPEATS: Final = 3


@phrase_rule(NOISE_CLASS)
def list_header(line: Line) -> bool:
    """Remove a related-links header ("Read more:", "Related Posts", "You Missed", "Most Read",
    "You might also like", "More on this story", "Read this next", "Featured articles").

    Keeps subheadings that only contain such words: the whole line must be the header. Keeps a
    lead-in of LEAD_IN_MIN_WORDS words or more ending in a colon ("More from the county on
    climate and gardening:"): a box's header names the box in a few words ("More from
    Site:", "Related reads:"), a clause that says what the next list is about is the article
    introducing its own list.
    """
    return not (line.text.endswith((":", "：")) and line.n_words >= LEAD_IN_MIN_WORDS)


@doc_rule(NOISE_CLASS, reads=(list_header,))
def link_list_block(ctx: Context) -> Iterable[int]:
    """Remove the items under a related-links header: headlines, teasers and list furniture
    ("By admin", a bare date, "69 views"), up to where article prose resumes or the text ends.

    Keeps the article when it resumes after the list: `list_resume_prose_lines` consecutive prose
    lines that are not questions end the block, and they and everything after them stay (one
    teaser sentence under a headline does not end it), as does one paragraph of at least
    `list_resume_paragraph_words` words that does not end in an ellipsis (a teaser is shorter; a
    post's excerpt ends "…" or "[...]"); a list whose first item is bulleted ends with its bullets.
    A header phrase repeated three or more times is a per-item button and opens no block. A lone
    line right before the article resumes, unpunctuated and not bulleted, is kept too: the heading
    of the article's next section under a header whose links the extractor dropped ("Read More",
    "Conclusion", then the conclusion).
    """
    lines = ctx.doc.lines
    need = ctx.config.thresholds.list_resume_prose_lines
    headers = set(ctx.removed_by(list_header))
    # A header phrase that recurs ("Read More" after every teaser) is a button, not a list header.
    seen = Counter(lines[i].norm for i in headers)
    headers = {i for i in headers if seen[lines[i].norm] < BUTTON_REPEATS}
    out: list[int] = []
    i = 0
    while i < len(lines):
        if i not in headers:
            i += 1
            continue
        j = i + 1
        block: list[int] = []
        bulleted = j < len(lines) and lines[j].bullet
        while j < len(lines) and not _prose_run(ctx, j, need):
            if bulleted and not lines[j].bullet and not ctx.is_removed(j):
                break  # a bulleted list of links ends where its bullets end
            if not ctx.is_removed(j):
                block.append(j)
            j += 1
        if len(block) == 1 and j < len(lines) and _heads_paragraph(ctx, block[0], j):
            block = []  # the article's heading over its next paragraph, not a lone link
        out.extend(block)
        i = j
    return out


def _prose_run(ctx: Context, start: int, need: int) -> bool:
    lines = ctx.doc.lines
    first = lines[start]
    if (
        first.n_words >= ctx.config.thresholds.list_resume_paragraph_words
        and _resumes(first, ctx)
        and not ctx.is_removed(start)
        and not first.text.rstrip(" ]").endswith(_ELLIPSES)
    ):
        return True  # a whole paragraph: the article, not an item of the list
    run = lines[start : start + need]
    return len(run) == need and all(
        _resumes(line, ctx) and not ctx.is_removed(start + k) for k, line in enumerate(run)
    )


def _heads_paragraph(ctx: Context, item: int, paragraph: int) -> bool:
    """The one line under a header is a heading of the article when the article's prose resumes
    right after it: a header whose links the extractor dropped, then the article's next section."""
    line = ctx.doc.lines[item]
    return item + 1 == paragraph and not line.terminal and not line.bullet


# How an excerpt of another post ends: "...", "…", "[...]", "[…]".
_ELLIPSES: Final = ("…", "...")


def _resumes(line: Line, ctx: Context) -> bool:
    # Headline items are often questions ("Should I pay it back early?"); prose that resumes the
    # article states things, so a question does not end a list.
    return is_prose(line, ctx) and not line.text.rstrip("\"'”’)] ").endswith("?")


@phrase_rule(NOISE_CLASS, key="link_lists_teaser")
def link_teaser(line: Line) -> bool:
    """Remove a one-line link to another story: "Related: <headline>", "Also read: <headline>",
    "Next article: <headline>", "Check out: <headline>".

    Keeps an article sentence that starts with such a word ("Related research shows ..."): the
    label must be followed by a colon; and a list lead-in ending in a colon ("Read more about
    the costs:").
    """
    if (":" not in line.text and "：" not in line.text and "】" not in line.text) or line.text.endswith(
        (":", "：")
    ):
        # Every teaser has a colon after its label (or, in Chinese and Japanese, a full-width one
        # or the label in 【】 brackets); a lead-in ends in one.
        return False
    # "Watch: the programme is streamed free on Sunday, ..." labels a sentence of the article; a
    # teaser's headline starts with a capital and does not read as a sentence.
    rest = line.text.replace("：", ":").split(":", 1)[-1].strip()
    return not (rest[:1].islower() and line.terminal)


# A list of links to the site's sibling pages ("Average Costs for X in <City>", one a city): at
# least this many lines in a row ...
SIBLING_MIN_LINES: Final = 8
# ... opening with the same this many words and differing after them (a template filled in
# with a name). Measured on the dev gold texts cleaned as input: no gold line is in such a run
# at the end of a text (directories that annotators kept share a last word, not an opening).
SIBLING_SHARED_WORDS: Final = 3
# A link's text is a title: at most this many words (the longest on the dev set, a town's name
# of four words after a template of nine, is thirteen), and no sentence ends inside it.
SIBLING_MAX_WORDS: Final = 15
_SENTENCE_BREAKS: Final = (". ", "! ", "? ", "。", "！", "？")


def _sibling_key(line: Line) -> tuple[str, ...] | None:
    """The opening words a sibling link shares with its neighbours (lowercase); None for a line
    that cannot be one: a sentence, a list item, article structure (a table row, a label and
    its value, code), a line longer than a title or with a sentence ending inside it, or a line
    of no more than the shared words."""
    if line.terminal or line.bullet or line.n_words > SIBLING_MAX_WORDS or is_structure(line.text):
        return None
    if any(mark in line.text for mark in _SENTENCE_BREAKS):
        return None
    words = line.words
    if len(words) <= SIBLING_SHARED_WORDS:
        return None
    return tuple(word.lower() for word in words[:SIBLING_SHARED_WORDS])


# The article's heading over its own list has at most this many words ("New degrees", "The
# programme"); a longer unpunctuated line is a title, which a sibling list may hold as its first item.
SIBLING_HEADING_MAX_WORDS: Final = 6


def _introduced(ctx: Context, kept: list[int], start: int) -> bool:
    """The article introduces the run starting at kept[start]: the kept line before it ends in a
    colon, or is a short heading (unpunctuated, not a list item) that itself follows a paragraph."""
    if start == 0:
        return False
    lines = ctx.doc.lines
    before = lines[kept[start - 1]]
    if before.text.endswith((":", "：")):
        return True
    return (
        start >= 2
        and not before.terminal
        and not before.bullet
        and 0 < before.n_words <= SIBLING_HEADING_MAX_WORDS
        and is_prose(lines[kept[start - 2]], ctx)
    )


@doc_rule(NOISE_CLASS)
def sibling_links(ctx: Context) -> Iterable[int]:
    """Remove a list of links to the site's sibling pages after the article: at least
    SIBLING_MIN_LINES lines in a row, all different, that open with the same
    SIBLING_SHARED_WORDS words and go on differently ("Average Costs for Cleaning Services in
    <City>" for twenty cities, "Affordable Gym in <Town>, <County>"), with no paragraph after the
    run (the text does not resume). Reads no words: the shared opening is the evidence.

    Keeps shorter runs, any run with a paragraph after it (the article goes on), lines ending
    like sentences, bulleted items (an article's own list), article structure (table rows,
    "label: value" rows, code, quantities), runs of one line repeated (a recurring label), and
    lists whose items share only their last words (a directory of "<kind> Agencies"), and a run
    the article introduces: right after a line ending in a colon ("The eight methods, in the
    order we tested them:", "the poem she wrote in 1946:"), as `list_header` and the page-chrome
    rule's `_listed_chrome` read a lead-in (a box's short colon header, "Related:", is removed by
    the per-line `list_header` before any document rule runs, so it does not protect its links);
    and a run under the article's own heading, a short unpunctuated line right after a paragraph
    ("New degrees" over eight "Bachelor of Science in ..." lines: the article lists what it
    announced).
    """
    lines = ctx.doc.lines
    kept = [i for i in range(len(lines)) if not ctx.is_removed(i)]
    # The last paragraph of the text: a run must start after it.
    last_prose = next((i for i in reversed(kept) if is_prose(lines[i], ctx)), -1)
    # Only the lines from that paragraph on are keyed: a run that starts before it is never
    # removed, and the run holding the paragraph itself is found from the paragraph on (it is
    # the kept line just before the first line after it). The rule runs every pass, and keying
    # every line of the text was a tenth of the cleaning time.
    k = bisect_right(kept, last_prose)
    k = max(k - 1, 0)
    keys = {i: _sibling_key(lines[i]) for i in kept[k:]}
    out: list[int] = []
    while k < len(kept):
        key = keys[kept[k]]
        start = k
        while k < len(kept) and key is not None and keys[kept[k]] == key:
            k += 1
        if key is None:
            k += 1
            continue
        run = kept[start:k]
        introduced = _introduced(ctx, kept, start)
        if (
            not introduced
            and len(run) >= SIBLING_MIN_LINES
            and run[0] > last_prose
            and len({lines[i].norm for i in run}) == len(run)
        ):
            out += run
    return out


# A list of other posts, each with its date (a "latest" or "more from" box after the article):
# at least this many bare dates in a row ...
DATED_MIN_ITEMS: Final = 3
# ... at most this many kept lines apart (a teaser's date, headline, excerpt and category; on the
# dev set the widest item is seven lines, the headline and excerpt of an undated teaser between
# two dated ones) ...
DATED_MAX_GAP: Final = 7
# ... with at most this many kept lines after the last date (its item, the box's last button).
DATED_MAX_TAIL: Final = 8
# An item's line above its date: its headline or its category label.
DATED_MAX_OPENING: Final = 1
# How an article's lead-in to its own list ends.
_LEAD_IN: Final = (":", "：")
# A teaser's headline: a line of at least this many words without sentence punctuation at its
# end. A list needs at least this many of them after its first date: a timeline, a changelog or
# a post's own dated updates pairs each date with a sentence, not a headline.
HEADLINE_MIN_WORDS: Final = 3
DATED_MIN_HEADLINES: Final = 2
# A schedule's or a timeline's row is a date and one line (a venue, an event, an entry), the
# next date right after it; a teaser carries more than its headline (its category, its excerpt,
# its byline), so a list of dates each this many kept lines from the next is a schedule.
DATED_ROW_GAP: Final = 2


def _dated_start(ctx: Context, kept: list[int], first_date: int) -> int:
    """Where a dated list's first item starts: the kept lines right above its first date (at
    `kept[first_date]`) that are not prose, at most DATED_MAX_OPENING (1: its headline or its
    category), belong to the item (more would reach into what stands above the list); a
    paragraph above it is either the article or an undated teaser, and stays, and so does a
    lead-in ending in a colon (dated_teasers keeps the list it introduces)."""
    lines = ctx.doc.lines
    k = first_date
    while k > 0 and first_date - k < DATED_MAX_OPENING:
        above = lines[kept[k - 1]]
        if is_prose(above, ctx) or above.text.endswith(_LEAD_IN):
            break
        k -= 1
    return k


@doc_rule(NOISE_CLASS)
def dated_teasers(ctx: Context) -> Iterable[int]:
    """Remove a list of other posts with their dates that ends the text: at least DATED_MIN_ITEMS
    (3) bare date lines ("Dec 19, 2025", "11.04.2025", "01/15/24"), each at most DATED_MAX_GAP
    (7) kept lines from the next, with their headlines, excerpts and category labels between
    them, from the non-prose lines right above the first date to the end of the text, when the
    last date is at most DATED_MAX_TAIL (8) kept lines from the end, at least ARTICLE_RUN (5)
    paragraphs stand before the list, no bare date stands between the article's first
    paragraph and the list, and no two paragraphs stand in a row in it (a teaser is a headline
    and one sentence), and at least DATED_MIN_HEADLINES (2) headlines (HEADLINE_MIN_WORDS (3)
    words or more, no sentence punctuation at the end) stand after its first date, and not every
    date is a row of one date and one line. The dates are the evidence (Line.schedule, the bare
    dates of a text that holds several different ones): numeric dates ("11.04.2025",
    "2025-04-11") in any language, dates with a month's name in English only (Line.bare_date
    reads document.DATE, whose month names are English), so a list dated "19. Dezember 2025"
    is not seen.

    Keeps a timeline, a changelog or a post's own dated updates at its end whose entries are
    sentences ("March 4, 2014" / "Drought leaves the valley without water."): no headlines. Keeps
    a tour's dates and venues or a timeline of short entries at its end, each date with one line
    ("April 3, 2026" / "The Old Library, Bristol"): a teaser has more lines than its headline. Keeps
    a schedule, a timeline or a changelog inside the article (a date of the text stands
    between its first paragraph and the list, or the text resumes after it: the list must reach
    the end), dated entries that go on for paragraphs (readers' reviews, comments, a diary), a
    list the article introduces (the line above it ends in a colon: "The events we
    will attend this year:"), a dated list with fewer than ARTICLE_RUN paragraphs before it (the
    page is the list: an events calendar, an archive), and a paragraph right above the first date
    (the article's last paragraph, or an undated teaser whose place is not sure).
    """
    lines = ctx.doc.lines
    kept = ctx.kept()
    # The list ends the text, so a date stands among its last lines; the rule runs every pass,
    # and most texts have none there (then no line is asked further).
    if not any(lines[i].schedule for i in kept[-(DATED_MAX_TAIL + 1) :]):
        return []
    dates = [k for k, i in enumerate(kept) if lines[i].schedule]
    if len(dates) < DATED_MIN_ITEMS or len(kept) - 1 - dates[-1] > DATED_MAX_TAIL:
        return []
    # The run of dates that ends the text: walk back while they stand close together.
    first = len(dates) - 1
    while first > 0 and dates[first] - dates[first - 1] <= DATED_MAX_GAP:
        first -= 1
    if len(dates) - first < DATED_MIN_ITEMS:
        return []
    start = _dated_start(ctx, list(kept), dates[first])
    prose = [k for k in range(start) if is_prose(lines[kept[k]], ctx)]
    if len(prose) < ARTICLE_RUN:
        return []  # no article before the list: the page is the list
    if first > 0 and dates[first - 1] > prose[0]:
        return []  # a date of the article's own (a timeline) stands before the list
    if start > 0 and lines[kept[start - 1]].text.endswith(_LEAD_IN):
        return []  # the article introduces its own list
    items = [is_prose(lines[i], ctx) for i in kept[start:]]
    if any(a and b for a, b in pairwise(items)):
        return []  # a paragraph goes on: reviews, comments, a timeline's entries, not teasers
    headlines = sum(
        1
        for i in kept[dates[first] :]
        if not lines[i].terminal and lines[i].n_words >= HEADLINE_MIN_WORDS and not lines[i].bare_date
    )
    if headlines < DATED_MIN_HEADLINES:
        return []  # each date with a sentence: the article's timeline, changelog or updates
    run = dates[first:]
    if all(b - a == DATED_ROW_GAP for a, b in pairwise(run)) and len(kept) - run[-1] <= DATED_ROW_GAP:
        return []  # each date with one line: a tour's dates and venues, a timeline's rows
    return list(kept[start:])
