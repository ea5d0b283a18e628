"""Legal and commercial fine print around an article: advertising and affiliate disclosure
labels and notes, sponsored-content notes, commission notes, advertising markers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from cleaner.rules import Context, doc_rule, lexicon_pattern, phrase_lines_outside_lists

NOISE_CLASS: Final = "disclosures"


@doc_rule(NOISE_CLASS)
def disclosure_note(ctx: Context) -> Iterable[int]:
    """Remove the site's disclosure fine print: labels ("Advertiser Disclosure"), links to the
    disclosure page, notes that the page has affiliate links or sponsored content, notes that the
    site earns commissions from the providers it lists, a sponsor's slot labelled as such
    ("Advertisement: <title>"), and advertising markers ("Skip
    advertisement").

    Keeps prose about disclosure, sponsorship or commissions as a topic: the whole line must be
    the note, and a list item is kept. Run after the structural rules, as promo_phrase is.
    """
    return phrase_lines_outside_lists(ctx, NOISE_CLASS)


# A notice is a paragraph of a few sentences, not an article's long paragraph.
NOTICE_MAX_WORDS: Final = 120
# An article reporting someone else's notice quotes or attributes it.
_REPORTED: Final = re.compile(r"\b(said|says|told|according to|wrote|writes)\b|[“”\"]")


def _may_be_commission(lowered: str) -> bool:
    """A cheap gate before COMMISSION_NOTICE: each of its branches holds one of these."""
    return (
        "compensat" in lowered
        or "kickback" in lowered
        or "commission" in lowered
        or "financial relationship" in lowered
        or "taken to" in lowered
        or "affiliate" in lowered
        or "sponsored list" in lowered
    )


@doc_rule(NOISE_CLASS)
def commission_notice(ctx: Context) -> Iterable[int]:
    """Remove the site's commission and compensation notices that run longer than a phrase:
    "Many of the offers on this site are from companies from which we may receive financial
    compensation ...", "We may be compensated when you click on a link ...", "We have financial
    relationships with some companies we cover ...", "By clicking on these links, you may be
    taken to one of our partners ..." (the language's COMMISSION_NOTICE).

    Keeps an article's account of such notices: the wording is the site's own (we, I), a line
    that quotes or attributes ("said", "according to", quotation marks) is a report, and a list
    item or a paragraph longer than a notice is kept. Run after the structural rules, as
    disclosure_note is.
    """
    pattern = lexicon_pattern(ctx.lexicon, "COMMISSION_NOTICE")
    if pattern is None:
        return []
    out: list[int] = []
    for i, line in enumerate(ctx.doc.lines):
        if ctx.is_removed(i) or line.bullet or line.n_words > NOTICE_MAX_WORDS:
            continue
        lowered = line.lower
        if _may_be_commission(lowered) and pattern.search(lowered) and not _REPORTED.search(lowered):
            out.append(i)
    return out
