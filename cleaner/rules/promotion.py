"""The publishing site's own promotion: calls to action, free-trial and demo offers, discount
codes, sales-contact prompts, link buttons, and the blocks they close."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import Final

from cleaner.document import Line
from cleaner.rules import (
    Context,
    doc_rule,
    footer_to_end,
    is_phrase,
    lexicon_pattern,
    line_rule,
    phrase_lines_outside_lists,
    phrase_rule,
)

NOISE_CLASS: Final = "promotion"


# The tables of shop furniture and of calls to action between paragraphs (each language's
# PHRASES[SHOP_KEY] and PHRASES[CTA_KEY]).
SHOP_KEY: Final = "promotion_shop"
CTA_KEY: Final = "promotion_cta"


@phrase_rule(NOISE_CLASS, key=SHOP_KEY)
def shop_button(line: Line) -> bool:
    """Remove a shop's buttons in a product review: a line of nothing but prices at stores and
    price buttons ("$99 Now $89 on <store>", "Check Price - <store>", several glued together as
    the extractor joins them) and an add-to-cart button's label ("(add <product> to cart)"); the
    language's PHRASES["promotion_shop"].

    Keeps the review's own sentences about prices and stores ("This one is $24.50 on <store>,
    half what the others cost."): the whole line must be buttons. A per-line rule, not part of
    promo_phrase: a button under each product is no promo box's end, and promo_block must not
    take the product's name above it for a box's heading.
    """
    return True  # any line may be one; the whole line must be a phrase of the table


@phrase_rule(NOISE_CLASS, key=CTA_KEY)
def call_to_action(line: Line) -> bool:
    """Remove the site's calls to action that stand on their own line between paragraphs: a
    button after the question that sets it up ("Curious how it runs? Learn more here.",
    "Looking for <service>? Learn More ❯"), sales calls and appointments ("Schedule a call with
    our team to find out more.", "Call today to book your visit."), sign-up credit and
    new-customer offers, social proof with a customer count ("See why 500+ teams choose
    <product>"), discounts offered to the reader ("Use code <CODE> at checkout ..."), the
    writer's own shop and free workshop; the language's PHRASES["promotion_cta"].

    Keeps prose that reports such offers ("The chain is offering 25% off ...", "Ready to start?
    Here is what to pack."): the whole line must be the call. Keeps a list item (an article's
    own step: "- Call now to book a slot" in a how-to's checklist). A per-line rule, not part of
    promo_phrase: the line above such a call is the article's (a section heading, the product it
    follows), so promo_block must not read it as a box's heading.
    """
    return not line.bullet


# The table of calls to action set in capitals (each language's PHRASES[CAPS_KEY]).
CAPS_KEY: Final = "promotion_caps"


@line_rule(NOISE_CLASS)
def cta_heading(line: Line, ctx: Context) -> bool:
    """Remove a call to action of the site set in capitals, as a button or a promo box's heading
    is: a question put to the reader that opens a sales pitch ("WANT TO LEARN MORE ABOUT <our
    service>?", "NEED MORE HELP?"), a button ("BOOK YOUR FREE CALL", "DOWNLOAD OUR FREE
    GUIDE", "WHERE TO BUY"), a promise of help ("WE'LL HELP YOU <do X>!"): the language's
    PHRASES["promotion_caps"], asked only of a line whose letters are all capitals.

    Two kinds of evidence together: the shape (capitals, a whole short line) and the words. Keeps
    the same words in ordinary case ("Need more help? The council runs a helpline." is the
    article's), a heading in capitals that states a topic rather than asking the reader or
    pointing to a button ("CHOOSE A READY-MADE SET OR BUILD YOUR OWN"), and every line of a script
    without capitals (a language whose pack has no such table removes nothing here).

    A line rule that asks the capitals first, not a phrase rule of the sweep's index: almost no
    line is in capitals, and in the index these phrases were tried on every line that starts as
    they do ("have ...", "not ...", "get ...").
    """
    if not line.text.isupper() or line.listing:
        return False
    table = ctx.lexicon.table(CAPS_KEY)
    return bool(table) and is_phrase(line, ctx, CAPS_KEY, table)


@doc_rule(NOISE_CLASS)
def promo_phrase(ctx: Context) -> Iterable[int]:
    """Remove the site's own calls to action: free-trial and "no credit card required" offers,
    discount codes and limited-time offers, "Book a demo with <product>", "Request your free
    <guide>", sales-contact prompts ("Get in touch with our team", "Contact us today"),
    sign-up and shopping buttons ("Register Now", "Shop <brand> Today"), the site's newsletter
    pitched as a product ("Get the best of <site> delivered to your inbox weekly", "Was this
    newsletter forwarded to you?", unsubscribe fine print), and link buttons that open with a
    call-to-action verb and end in an arrow ("Download the Workbook >").

    Keeps prose that speaks of trials, demos or discounts: the whole line must be the offer, and
    a question alone ("Ready to start?") is kept; a list item is kept (an article's own steps);
    a line the language's REPORTED pattern marks ("Share it with your friends, the organisers
    urged") is a report of someone else's call, as in the other notice rules.

    A document rule run after the structural rules, not a line rule of the first sweep: a promo
    line at the page's edge is evidence they weigh (a footer of short lines), and taking it away
    first would leave the rest of that footer standing.
    """
    hits = phrase_lines_outside_lists(ctx, NOISE_CLASS)
    reported = lexicon_pattern(ctx.lexicon, "REPORTED")
    if reported is None:
        return hits
    return [i for i in hits if reported.search(ctx.doc.lines[i].lower) is None]


# How many lines before a call to action a promo box's heading and pitch can start.
PROMO_BLOCK_SPAN: Final = 3
# A promo box's lines are short: its heading and one or two lines of pitch.
PROMO_BLOCK_MAX_WORDS: Final = 25
# Its heading is a title, shorter still: a longer unpunctuated line is a paragraph the extractor
# cut (measured: every longer one on the dev set was the article's own).
PROMO_HEADING_MAX_WORDS: Final = 8


@doc_rule(NOISE_CLASS, reads=(promo_phrase,))
def promo_block(ctx: Context) -> Iterable[int]:
    """Remove the heading and pitch of a promo box that a call to action closes: up to
    `PROMO_BLOCK_SPAN` short lines right before a line `promo_phrase` removed, when the first of
    them is a heading (a title of at most `PROMO_HEADING_MAX_WORDS` words without sentence
    punctuation, after a paragraph or a removed line) and every one is short and not a list item,
    stopping at the nearest sentence-length prose, removed line or list item above.

    ("Try <product> / Intuitive software for your clients. / 30 day free trial, no credit card
    required": the heading and pitch go with the offer.)

    Also the short lines between two calls to action at most `PROMO_BLOCK_SPAN` lines apart.

    Keeps the article that precedes a box: a line of prose longer than a pitch, a list item, or
    a block without a heading at its top stops the walk, and nothing is removed then.
    """
    lines = ctx.doc.lines
    out: set[int] = set()
    ends = sorted(ctx.removed_by(promo_phrase))
    for start, end in pairwise(ends):
        # Two calls to action a few lines apart: the pitch between them is the box's.
        between = range(start + 1, end)
        if end - start <= PROMO_BLOCK_SPAN and all(_pitch(lines[j]) for j in between):
            out.update(between)
    for end in ends:
        block: list[int] = []
        j = end - 1
        while j >= 0 and end - j <= PROMO_BLOCK_SPAN and not ctx.is_removed(j):
            line = lines[j]
            if not _pitch(line):
                break
            block.append(j)
            j -= 1
        # The box opens with a heading: walk back to the nearest line that is not punctuated.
        while block and lines[block[-1]].terminal:
            block.pop()
        if block and lines[block[-1]].n_words > PROMO_HEADING_MAX_WORDS:
            continue
        # The line above the heading must not run into it (a heading after a paragraph, or the
        # text's start): a heading in the middle of short lines is a list.
        if block:
            top = block[-1]
            above = top - 1
            if above < 0 or ctx.is_removed(above) or lines[above].terminal:
                out.update(block)
    return sorted(i for i in out if not ctx.is_removed(i))


def _pitch(line: Line) -> bool:
    """A line a promo box's pitch can be: short, not a list item, not introducing a list."""
    return not line.bullet and line.n_words <= PROMO_BLOCK_MAX_WORDS and not line.text.rstrip().endswith(":")


# A newsletter's footer holds the furniture: at least this many lines of it (its opener,
# a rating prompt, a share or referral offer, an unsubscribe link) from its first to the end.
NEWSLETTER_MIN_MARKS: Final = 3


@doc_rule(NOISE_CLASS, reads=(promo_phrase,))
def newsletter_footer(ctx: Context) -> Iterable[int]:
    """Remove the footer of a newsletter issue: everything from the first line of the issue's
    furniture that promo_phrase removed after the essay ("How Was This Issue?", "Rate this
    week's newsletter", "Share with a friend", an unsubscribe or referral line; the language's
    NEWSLETTER_ISSUE) to the end of the text, when that stretch holds at least
    `NEWSLETTER_MIN_MARKS` such lines: the issue's other sections (its events, jobs and classes
    lists, its sponsors' slots, where to follow the author, the sign-off) go with them.

    Keeps the essay: a run of `ARTICLE_RUN` prose lines must come before the footer, and a footer
    with such a run after its start (the article resuming) is left whole; so is a text whose
    language has no NEWSLETTER_ISSUE pattern.
    """
    pattern = lexicon_pattern(ctx.lexicon, "NEWSLETTER_ISSUE")
    if pattern is None:
        return []
    return footer_to_end(ctx, ctx.removed_by(promo_phrase), pattern, NEWSLETTER_MIN_MARKS)
