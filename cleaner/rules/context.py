"""Context revision: lines judged by their neighbours after the phrase and block rules ran."""

from __future__ import annotations

from collections.abc import Iterable

from cleaner.rules import Context, doc_rule

NOISE_CLASS = "context"


@doc_rule(NOISE_CLASS)
def orphan_between_noise(ctx: Context) -> Iterable[int]:
    """Remove a short line without sentence punctuation whose neighbours on both sides were
    removed (an embedded video's title between a widget and an appeal), after jusText's
    neighbour smoothing.

    Keeps the first kept line of the document (the headline), anything ending like a sentence or
    a question (subheadings such as "Who are they?"), and lines with kept text on either side.
    """
    lines = ctx.doc.lines
    limit = ctx.config.thresholds.orphan_max_words
    kept = [i for i in range(len(lines)) if not ctx.is_removed(i)]
    if not kept:
        return []
    first_kept = kept[0]
    out = []
    for i in kept:
        if i == first_kept or lines[i].terminal or lines[i].n_words > limit:
            continue
        if 0 < i < len(lines) - 1 and ctx.is_removed(i - 1) and ctx.is_removed(i + 1):
            out.append(i)
    return out
