"""Editorial furniture around an article: author and reviewer credits, read times, "last
updated" and methodology notes, and the template leftovers of page builders."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import Final

from cleaner.document import Line
from cleaner.rules import Context, doc_rule, footer_to_end, lexicon_pattern, phrase_lines_outside_lists

NOISE_CLASS: Final = "editorial"


@doc_rule(NOISE_CLASS)
def editorial_note(ctx: Context) -> Iterable[int]:
    """Remove author and reviewer credits ("Written by", "Article reviewed by:", "Edited by:
    Name", "View author page", "412 Published Articles"), read-time labels ("Estimated
    reading time", "Mar 3, 2024 • 9 Minute Read"), "last updated" notes ("This post was last updated
    July 2021.", "Last reviewed March 2024") and links to the site's editorial process or
    methodology ("Read about our editorial process.").

    Keeps sentences that mention a review or an update: the whole line must be the note, and a
    list item is kept.

    Run after the structural rules, as promo_phrase is (see there).
    """
    return phrase_lines_outside_lists(ctx, NOISE_CLASS)


# A page builder's shortcode left in the text: "[/vc_column_text]", "[PROMO_MODULE]",
# "[some-player-name key="value"]": a closing tag, a snake_case name, or a hyphenated name with
# attributes. A bracketed word or two ("[Chorus]", "[Verse 1]", "[sic]") is not one.
_SHORTCODE: Final = re.compile(
    r"\[(/[A-Za-z][\w-]*"
    r"|[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)+( [^\]]*)?"
    r"|[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+ [^\]]*=[^\]]*)\]"
)


@doc_rule(NOISE_CLASS)
def shortcode(ctx: Context) -> Iterable[int]:
    """Remove a line that is only page-builder shortcodes ("[/vc_column_text]", "[PROMO_MODULE]",
    "[player-name id="x"]").

    Keeps bracketed article text ("[Chorus]", "[Verse 1]", "[sic]", footnote marks "[1]"): a
    shortcode is a closing tag, a snake_case name, or a hyphenated name with attributes. Run
    after the structural rules, as promo_phrase is.
    """
    lines = ctx.doc.lines
    return [i for i in ctx.kept() if _is_shortcode(lines[i])]


def _is_shortcode(line: Line) -> bool:
    text = line.text.strip()
    if not text.startswith("[") or not text.endswith("]"):
        return False
    return _SHORTCODE.sub("", text).strip() == ""


# A job title is a label: at most this many words (its words: the language's TITLE_WORDS, and
# TITLE_CONNECTORS between them, "Founder and CEO").
TITLE_MAX_WORDS: Final = 6
_NAME_WORD: Final = re.compile(r"^[A-Z][\w.'’-]*,?$")
# Credit labels a name follows ("Written by") and author links a name precedes ("View author
# page"): the language's CREDIT_LABEL and AUTHOR_LINK.


def _name_like(line: Line) -> bool:
    """Two to four capitalised name words, no digits, no sentence punctuation."""
    words = line.text.split()
    return (
        2 <= len(words) <= 4
        and not line.terminal
        and not line.bullet
        and all(_NAME_WORD.match(w) for w in words)
        and not any(ch.isdigit() for ch in line.text)
    )


def _job_title(line: Line, title_words: frozenset[str], connectors: frozenset[str]) -> bool:
    """A short unpunctuated label in title case holding a job-title word."""
    words = line.text.replace(",", " ").split()
    if not words or len(words) > TITLE_MAX_WORDS or line.terminal or line.bullet:
        return False
    if not all(w[:1].isupper() or w.lower() in connectors for w in words):
        return False
    return any(w.lower().strip("()") in title_words for w in words)


@doc_rule(NOISE_CLASS, reads=(editorial_note,))
def author_card(ctx: Context) -> Iterable[int]:
    """Remove an author card: a person's name with their job title on the next line ("Jane Doe /
    Senior Content Contributor"), and a name right after a credit label editorial_note removed
    ("Written by" / "Jane Doe") or right before an author link it removed ("Jane Doe" / "View
    author page").

    Keeps names and titles elsewhere: a name alone, a title alone, a title that is a sentence or
    a list item, a card inside the article's text (no removed line or edge of the text touches
    it: a name and title there head a quotation or an interview answer).
    """
    lines = ctx.doc.lines
    title_words = ctx.lexicon.wordset("TITLE_WORDS")  # the language's job titles (none: no cards)
    connectors = ctx.lexicon.wordset("TITLE_CONNECTORS")
    credit_label = lexicon_pattern(ctx.lexicon, "CREDIT_LABEL")
    author_link = lexicon_pattern(ctx.lexicon, "AUTHOR_LINK")
    kept = ctx.kept()
    out: set[int] = set()
    for a, b in pairwise(kept):
        # Two lines next to each other, the first shaped like a name (its cheap tests first).
        if b != a + 1 or lines[a].terminal or lines[a].bullet:
            continue
        # The card sits in page furniture: a removed line or the text's edge touches it (a name
        # and title inside the article's text head a quotation or an interview answer).
        edge = a == 0 or b == len(lines) - 1 or ctx.is_removed(a - 1) or ctx.is_removed(b + 1)
        if edge and is_card(lines[a], lines[b], title_words, connectors):
            out.update((a, b))
    for j in ctx.removed_by(editorial_note):
        norm = lines[j].norm
        after = j + 1 < len(lines) and not ctx.is_removed(j + 1)
        if credit_label and credit_label.fullmatch(norm) and after and _name_like(lines[j + 1]):
            out.add(j + 1)
        if (
            author_link
            and author_link.fullmatch(norm)
            and j > 0
            and not ctx.is_removed(j - 1)
            and _name_like(lines[j - 1])
        ):
            out.add(j - 1)
    # The text's edges as the next passes would find them: once the lines at an edge go, the
    # two lines then at the edge are a card if shaped like one. (Left to the fixed-point loop, a
    # text of many cards went a card per edge per pass, and the passes made the work quadratic.)
    rest = [i for i in kept if i not in out] if out or len(kept) < len(lines) else []
    lo, hi = 0, len(rest)
    while hi - lo >= 2 and is_card(lines[rest[lo]], lines[rest[lo + 1]], title_words, connectors):
        out.update(rest[lo : lo + 2])
        lo += 2
    while hi - lo >= 2 and is_card(lines[rest[hi - 2]], lines[rest[hi - 1]], title_words, connectors):
        out.update(rest[hi - 2 : hi])
        hi -= 2
    return sorted(out)


def is_card(name: Line, title: Line, title_words: frozenset[str], connectors: frozenset[str]) -> bool:
    """A name line and a job-title line: an author card when at an edge of the text (author_card;
    also asked by author_bio, which predicts what that rule takes once a bio at the end goes)."""
    return _name_like(name) and _job_title(title, title_words, connectors)


# A republishing footer states its terms: at least this many lines of it (its heading, the
# licence, the terms that name republishing) from its heading to the end.
REPUBLISH_MIN_MARKS: Final = 3


@doc_rule(NOISE_CLASS, reads=(editorial_note,))
def republish_footer(ctx: Context) -> Iterable[int]:
    """Remove a newsroom's republishing terms after its article: everything from the heading
    editorial_note removed ("Republish this article", "Republish our stories for free") to the
    end of the text, when that stretch holds at least `REPUBLISH_MIN_MARKS` lines the language's
    REPUBLISH pattern marks (the licence, "Want to republish a story?", "Articles must be
    republished in their entirety"): the terms' sections (credit the writer, use our widget, tag
    us, keep in touch) go with them.

    Keeps the article: a run of prose lines must come before the heading, and the footer is left
    whole when such a run follows it (an article about republishing resumes); a text whose
    language has no REPUBLISH pattern is left alone.
    """
    pattern = lexicon_pattern(ctx.lexicon, "REPUBLISH")
    if pattern is None:
        return []
    return footer_to_end(ctx, ctx.removed_by(editorial_note), pattern, REPUBLISH_MIN_MARKS)
