"""Donation and support appeals: the boxes asking readers to pay for journalism."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from cleaner.document import Line
from cleaner.rules import Context, doc_rule, phrase_rule

NOISE_CLASS: Final = "appeals"

# Whole-line phrases of a support appeal, as they open or close the appeal box.
APPEAL_PHRASES: Final[tuple[str, ...]] = (
    r"your support (helps|allows|enables) us (to )?.{0,60}",
    r"your support makes (all )?the difference\.?",
    r"(please )?(support|fund|back) (independent|quality|our|local|public[- ]interest) (journalism|reporting|newsroom)[.!]?.{0,80}",
    r"every (contribution|donation|gift)[, ]+(however|no matter how) (big|large) or small.{0,120}",
    r"(please )?(consider )?(donate|donating|make a (donation|contribution)|contribute|give) (now|today|here|monthly|once)[.!]?",
    r"(support|help fund) (us|our work|this work)( today| now)?[.!]?",
    r"(become|join us as) an? (member|supporter|patron|subscriber)( today| now)?[.!]?.{0,60}",
    r"(we|this newsroom) (rely|relies|depend|depends) on (readers|our readers|you|reader support).{0,100}",
    r"(subscribe|donate|contribute) to (support|help) .{0,80}",
    r"(a|this) (message|note) from (the|our) (editor|publisher)s?",
    r"(enjoyed|enjoy|like|liked|love|loved|value) (this|the|our) (piece|article|story|post|content|reporting|work|journalism)\?.{0,100}",
    r"we need your (help|support)( to .{1,60})?[.!]?",
    r"(help|support) (keep )?(us|this (site|newsletter|podcast)) (independent|going|free|alive|publishing).{0,60}",
)

# Words that mark a paragraph as part of an appeal box (used only next to an appeal phrase).
APPEAL_WORDS: Final = frozenset(
    [
        "donate",
        "donation",
        "donations",
        "donating",
        "contribution",
        "contributions",
        "contribute",
        "paywall",
        "paywalls",
        "supporters",
        "subscribe",
        "subscription",
        "funding",
        "reader-funded",
        "afford",
    ]
)


@phrase_rule(NOISE_CLASS, APPEAL_PHRASES)
def appeal_phrase(line: Line) -> bool:
    """Remove a line that is a support-appeal phrase ("Your support makes all the difference.").

    Keeps prose that merely mentions donations or support: only the whole line as a short appeal
    phrase matches.
    """
    return True  # any line may be one; the whole line must be a phrase of the table


@doc_rule(NOISE_CLASS, reads=(appeal_phrase,))
def appeal_block(ctx: Context) -> Iterable[int]:
    """Remove the paragraphs of an appeal box: everything between an appeal phrase and the next
    appeal phrase a few lines on, and paragraphs right after an appeal phrase that speak of
    donations, paywalls or contributions.

    Keeps anything further away than `appeal_max_span` lines, and prose after an appeal that does
    not use appeal vocabulary, so the article that follows a box is untouched.
    """
    lines = ctx.doc.lines
    span = ctx.config.thresholds.appeal_max_span
    starts = ctx.removed_by(appeal_phrase)
    out: set[int] = set()
    for start in sorted(starts):
        ends = [j for j in starts if start < j <= start + span]
        if ends:
            out.update(range(start + 1, max(ends)))
        j = max(ends) + 1 if ends else start + 1
        while j < len(lines) and j - start <= span and _speaks_of_appeal(lines[j]):
            out.add(j)
            j += 1
    return sorted(i for i in out if not ctx.is_removed(i))


def _speaks_of_appeal(line: Line) -> bool:
    return any(w.lower() in APPEAL_WORDS for w in line.words)
