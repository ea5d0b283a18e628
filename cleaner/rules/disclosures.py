"""Legal and commercial fine print around an article: advertising and affiliate disclosure
labels and notes, sponsored-content notes, commission notes, advertising markers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from cleaner.rules import Context, doc_rule, is_phrase

NOISE_CLASS: Final = "disclosures"

DISCLOSURE_PHRASES: Final[tuple[str, ...]] = (
    # Disclosure labels and links: "Advertiser Disclosure", "Visit our Disclosure page."
    r"(advertis(ing|er)|affiliate|editorial|ftc|partner) disclosures?( policy)?",
    r"(for more information, )?(visit|see|read) our (affiliate |advertising |advertiser )?disclosure( page| policy)?[.!]?",
    # Notes that the page carries affiliate links or sponsored content.
    r"(some of )?the links (in|on) this (article|post|page|site|guide) (are|may be) affiliate( links| ones)?[.!]?.{0,100}",
    r"(also, )?this (article|post|page|guide) (contains|includes|may contain) (sponsored|paid|partner) content[.!]?",
    # The site earns from the providers it lists: "<Site> earns commissions from some listed providers."
    r"[\w.'’ -]{1,60} (earns|receives|is supported by) (a )?commissions? from (some )?(of )?(the )?"
    r"(listed )?(providers|partners|brands|companies|advertisers)( listed)?( (on|in) (our site|this (page|article)))?[.!]?"
    r"( .{0,80})?",
    # A sponsor's slot labelled as such: "Advertisement: <title>" (a "<headline> (Sponsored)"
    # section of a newsletter is kept: the gold keeps such sections as the issue's own).
    r"(advertisement|sponsored|sponsor|paid post|partner content|promoted)( content)? ?[:|] ?[^.!?]{1,80}[!]?",
    # Advertising markers run together or as a button: "AdvertisementAdvertisement", "Skip advertisement".
    r"(skip )?advertisement(advertisement)+|skip (the )?(advertisement|ad)",
)


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
    return [
        i
        for i, line in enumerate(ctx.doc.lines)
        if not ctx.is_removed(i) and not line.bullet and is_phrase(line, ctx, NOISE_CLASS, DISCLOSURE_PHRASES)
    ]
