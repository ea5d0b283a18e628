"""Editorial furniture around an article: author and reviewer credits, read times, "last
updated" and methodology notes, and the template leftovers of page builders."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from cleaner.document import Line
from cleaner.rules import Context, doc_rule, is_phrase
from cleaner.rules.furniture import DATE

NOISE_CLASS: Final = "editorial"

_ROLE: Final = (
    r"(written|reviewed|edited|fact[- ]checked|medically reviewed|curated|verified|updated|researched)"
)

EDITORIAL_PHRASES: Final[tuple[str, ...]] = (
    # Credit labels that stand alone or carry a name: "Written by", "Article reviewed by:",
    # "Edited by: Name", "reviewed by Name".
    rf"((article|post|content|page) )?{_ROLE} by",
    rf"((article|post|content) )?{_ROLE} by:? [\w .,'’&-]{{1,60}}",
    r"view (the )?author( page| profile)?",
    r"(read )?more (posts|articles|stories) by [^.!?]{1,40}",
    r"(editor|expert|fact) (verified|checked|approved)",
    r"[\d,]+ (published|edited) articles?( [\d,]+ (published|edited) articles?)?",
    rf"posted by [^.!?]{{1,60}} on {DATE}",
    # Read-time labels without their time, and read times after a date ("Estimated reading
    # time", "Jun 08, 2023 • 11 Minute Read"; furniture_phrase takes "5 min read" alone).
    r"(estimated )?(reading|read) time",
    rf"{DATE} ?[-–—•·⋅|] ?\d{{1,3}} ?min(ute)?s? read",
    # "Last updated" notes: "This post was last updated July 2021.", "Last reviewed January 2023",
    # "August 16, 2019 - Updated July 9, 2025".
    # (A bare "Last updated: <date>" line is often kept by a page's own text as its date line.)
    r"this (post|article|page|guide|content) (was|has been) last (updated|reviewed|modified|revised)( on)?:? [\w ,./-]{1,30}[.]?",
    r"last (reviewed|revised)( on)?:? [\w ,./-]{1,30}[.]?",
    rf"{DATE} ?[-–—] ?(last )?(updated|reviewed)( on)?:? {DATE}",
    # Editorial-process and methodology links: "Learn more about our editorial process.",
    # "Read our full methodology.", "Explore our Editorial Policy to learn more ...".
    r"(learn more about|read (more )?about|read|see|view|explore|here is|check out) our (full |complete )?"
    r"(editorial (process|policy|policies|guidelines|standards)|([\w-]+ ){0,4}methodology|review process|rating process)"
    r"( to learn more .{0,80})?[.!]?",
    r"to learn more about how we [^.!?]{1,80}, (read|see|check out) our (full )?([\w-]+ ){0,3}methodology[.!]?",
)


@doc_rule(NOISE_CLASS)
def editorial_note(ctx: Context) -> Iterable[int]:
    """Remove author and reviewer credits ("Written by", "Article reviewed by:", "Edited by:
    Name", "View author page", "867 Published Articles"), read-time labels ("Estimated
    reading time", "Jun 08, 2023 • 11 Minute Read"), "last updated" notes ("This post was last updated
    July 2021.", "Last reviewed January 2023") and links to the site's editorial process or
    methodology ("Learn more about our editorial process.").

    Keeps sentences that mention a review or an update: the whole line must be the note, and a
    list item is kept.

    Run after the structural rules, as promo_phrase is (see there).
    """
    return [
        i
        for i, line in enumerate(ctx.doc.lines)
        if not ctx.is_removed(i) and not line.bullet and is_phrase(line, ctx, NOISE_CLASS, EDITORIAL_PHRASES)
    ]


# A page builder's shortcode left in the text: "[/vc_column_text]", "[CTA_MODULE]",
# "[some-player-name key="value"]": a closing tag, a snake_case name, or a hyphenated name with
# attributes. A bracketed word or two ("[Chorus]", "[Verse 1]", "[sic]") is not one.
_SHORTCODE: Final = re.compile(
    r"\[(/[A-Za-z][\w-]*"
    r"|[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)+( [^\]]*)?"
    r"|[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+ [^\]]*=[^\]]*)\]"
)


@doc_rule(NOISE_CLASS)
def shortcode(ctx: Context) -> Iterable[int]:
    """Remove a line that is only page-builder shortcodes ("[/vc_column_text]", "[CTA_MODULE]",
    "[player-name id="x"]").

    Keeps bracketed article text ("[Chorus]", "[Verse 1]", "[sic]", footnote marks "[1]"): a
    shortcode is a closing tag, a snake_case name, or a hyphenated name with attributes. Run
    after the structural rules, as promo_phrase is.
    """
    return [i for i, line in enumerate(ctx.doc.lines) if not ctx.is_removed(i) and _is_shortcode(line)]


def _is_shortcode(line: Line) -> bool:
    text = line.text.strip()
    if not text.startswith("[") or not text.endswith("]"):
        return False
    return _SHORTCODE.sub("", text).strip() == ""
