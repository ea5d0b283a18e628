"""Context revision (noise class `revision`): lines judged by their neighbours after the phrase
and block rules ran, so these rules run last (see cleaner.rules.registry)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from cleaner.document import Line
from cleaner.rules import Context, doc_rule, is_prose
from cleaner.rules.navigation import has_menu

NOISE_CLASS: Final = "revision"

# A menu item at the top of a page scrape has at most this many words ("Home", "Local news").
MENU_ITEM_MAX_WORDS: Final = 3


@doc_rule(NOISE_CLASS)
def orphan_between_noise(ctx: Context) -> Iterable[int]:
    """Remove a short line without sentence punctuation whose neighbours on both sides were
    removed (an embedded video's title between a widget and an appeal), after jusText's
    neighbour smoothing.

    Keeps the first kept line of the document, or the first after a menu of short items at its
    top (the headline, even between a removed cookie notice and a removed byline), anything ending like a sentence or a question (subheadings such as
    "Who are they?"), and lines with kept text on either side.
    """
    lines = ctx.doc.lines
    kept = ctx.kept()
    if not kept:
        return []
    headlines = orphan_headlines(ctx)
    out = []
    for i in kept:
        if i in headlines or not orphan_shaped(lines[i], ctx):
            continue
        if 0 < i < len(lines) - 1 and ctx.is_removed(i - 1) and ctx.is_removed(i + 1):
            out.append(i)
    return out


def orphan_headlines(ctx: Context) -> set[int]:
    """The lines orphan_between_noise keeps whatever their neighbours: the first kept line, and
    the first after a menu of one-to-three-word items at the top ("Home / News / Sport")."""
    lines, kept = ctx.doc.lines, ctx.kept()
    if not kept:
        return set()
    menu = 0
    while (
        menu < len(kept)
        and lines[kept[menu]].n_words <= MENU_ITEM_MAX_WORDS
        and not lines[kept[menu]].terminal
    ):
        menu += 1
    headlines = {kept[0]}
    if ctx.config.thresholds.edge_min_lines <= menu < len(kept):
        headlines.add(kept[menu])
    return headlines


def orphan_shaped(line: Line, ctx: Context) -> bool:
    """A line orphan_between_noise removes when both its neighbours were removed: short, and not
    ending like a sentence or a question (also asked by author_bio, which predicts what this
    rule takes once a bio goes)."""
    return not line.terminal and line.n_words <= ctx.config.thresholds.orphan_max_words


# A repeated line needs this many words to count: shorter repeats are labels ("Reply", "Share").
REPEAT_MIN_WORDS: Final = 4
# Repeats are page structure (a menu in the header and again in the footer, a table of contents)
# only in texts that look like whole-page scrapes, where at least this share of lines is
# menu-like; in an extracted article body, repeated lines are mostly its own table rows and
# recurring headings (measured on the dev set: gating at 0.3 keeps 0.0008 more recall on the
# extracted form and costs nothing on the page form).
REPEAT_MIN_CHROME_SHARE: Final = 0.3
# A short line repeated within this many lines is a refrain (verse, a chorus), kept.
REFRAIN_DISTANCE: Final = 8
REFRAIN_MAX_WORDS: Final = 10


@doc_rule(NOISE_CLASS)
def repeated_line(ctx: Context) -> Iterable[int]:
    """Remove the copy in the page's header of a line that appears again later: a menu printed
    in the header and again in the footer, a title printed twice, a table of contents repeating
    the headings. The last copy stays, so the heading keeps its place in the article.

    Keeps every repeat whose earlier copy stands at or after the article's first paragraph:
    repetition inside the article is its structure (the rows of a table or a meal plan, a
    recurring label, a line of code, a caption shown again), and only a header repeats what the
    rest of the page holds. Keeps lines of fewer than four words, a short line repeated within a
    few lines (a refrain in verse or a chorus), bulleted items (repeated list rows), and every
    repeat in a text that does not look like a whole-page scrape (under 30% menu-like lines).
    """
    lines = ctx.doc.lines
    if not has_menu(lines, REPEAT_MIN_CHROME_SHARE):
        return []
    kept = ctx.kept()
    last: dict[str, int] = {}
    for i in kept:
        last[lines[i].norm] = i
    # The header: the lines before the article's first paragraph.
    first_prose = next((i for i in kept if is_prose(lines[i], ctx)), len(lines))
    out = []
    for i, line in enumerate(lines):
        j = last.get(line.norm, i)
        if i >= first_prose:
            continue  # a copy inside the article or after it: the article's own structure
        if ctx.is_removed(i) or j == i or line.n_words < REPEAT_MIN_WORDS or line.bullet:
            continue
        if line.n_words < REFRAIN_MAX_WORDS and j - i <= REFRAIN_DISTANCE:
            continue
        out.append(i)
    return out
