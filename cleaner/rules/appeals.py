"""Donation and support appeals: the boxes asking readers to pay for journalism."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import Final

from cleaner.document import Line
from cleaner.rules import Context, doc_rule, phrase_rule

NOISE_CLASS: Final = "appeals"


@phrase_rule(NOISE_CLASS)
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
    starts = sorted(ctx.removed_by(appeal_phrase))
    words = ctx.lexicon.wordset("APPEAL_WORDS")
    spaceless = ctx.lexicon.spaceless
    out: set[int] = set()
    for k, start in enumerate(starts):
        # The furthest appeal phrase within the span after this one (found by bisection: asking
        # every phrase of the page about every other made a page of many appeals quadratic).
        reach = bisect_right(starts, start + span, lo=k)
        last = starts[reach - 1] if reach > k else start
        if last > start:
            out.update(range(start + 1, last))
        j = last + 1
        while j < len(lines) and j - start <= span and _speaks_of_appeal(lines[j], words, spaceless):
            out.add(j)
            j += 1
    return sorted(i for i in out if not ctx.is_removed(i))


def _speaks_of_appeal(line: Line, words: frozenset[str], spaceless: bool = False) -> bool:
    """Uses a word of the appeal vocabulary (`words`: the document language's APPEAL_WORDS;
    in a language written without spaces, anywhere in the line)."""
    if spaceless:
        return any(word in line.text for word in words)
    return any(w.lower() in words for w in line.words)
