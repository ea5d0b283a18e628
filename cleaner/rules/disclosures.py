"""Legal and commercial fine print around an article: advertising and affiliate disclosure
labels and notes, sponsored-content notes, commission notes, advertising markers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from cleaner.rules import Context, doc_rule, phrase_lines_outside_lists

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
