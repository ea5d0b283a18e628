"""Legal and commercial fine print around an article: advertising and affiliate disclosure
labels and notes, sponsored-content notes, commission notes, advertising markers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from cleaner.rules import Context, doc_rule, has_any, lexicon_pattern, phrase_lines_outside_lists

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


@doc_rule(NOISE_CLASS)
def commission_notice(ctx: Context) -> Iterable[int]:
    """Remove the site's commission and compensation notices that run longer than a phrase:
    "Many of the offers on this site are from companies from which we may receive financial
    compensation ...", "We may be compensated when you click on a link ..." (the language's
    COMMISSION_NOTICE, after its cheap gate COMMISSION_NOTICE_MARKS).

    Keeps an article's account of such notices: the wording is the site's own (we, I), a line
    the language's REPORTED pattern marks (it quotes or attributes) is a report, and a list item
    or a paragraph longer than a notice is kept. Run after the structural rules, as
    disclosure_note is.
    """
    lex = ctx.lexicon
    pattern = lexicon_pattern(lex, "COMMISSION_NOTICE")
    if pattern is None:
        return []
    marks = lex.marks("COMMISSION_NOTICE_MARKS")
    reported = lexicon_pattern(lex, "REPORTED")
    out: list[int] = []
    for i, line in enumerate(ctx.doc.lines):
        if ctx.is_removed(i) or line.bullet or line.n_words > NOTICE_MAX_WORDS:
            continue
        lowered = line.lower
        if not has_any(lowered, marks) or pattern.search(lowered) is None:
            continue
        if reported is None or reported.search(lowered) is None:
            out.append(i)
    return out
