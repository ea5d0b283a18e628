"""Image and video captions, photo credits and alt text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from cleaner.document import Line
from cleaner.rules import MAX_PHRASE_CHARS, Context, doc_rule, is_phrase, is_prose, line_rule

NOISE_CLASS = "captions"

CAPTION_PHRASES: tuple[str, ...] = (
    r"(image|photo|picture|video|media|graphic|illustration) ?(caption|credit|source)s?[:,]?.{0,200}",
    r"(photo|photograph|photos|image|images|picture|pictures|file photo|illustration|video|watch|credit|source)(graph)?: .{1,200}",
    r"(getty images|getty|shutterstock|alamy|istock|pa media|pa wire|afp|ap|reuters|epa)( via .{1,40})?",
    r"(\(|\[)?(photo|image|video|watch|gallery)(\)|\])?",
    r"(open|view|enlarge|expand) (image|photo|gallery)( in (gallery|full ?screen))?.{0,20}",
    r"\d+ (photos|images|pictures)",
)

# "... (Source/Name)", "... (Getty Images)", "... (AFP via Getty Images)": a credit in brackets.
_PAREN_CREDIT = re.compile(
    r"\s*\((?:[^()]{1,60}/[^()]{1,60}|[^()]{0,40}\b(?:images?|photos?|pictures?|via|pool|handout|file)\b[^()]{0,40})\)$",
    re.IGNORECASE,
)
# "Caption sentence. – Credit Name": a sentence, then a dash and a short title-case credit.
_DASH_CREDIT = re.compile(r"[.!?][\"'”’]?\s+[–—]\s+([^.!?]{2,60})$")
_CONNECTORS = frozenset({"of", "the", "and", "for", "via", "de", "/", "&"})


def _credit_suffix(text: str) -> re.Match[str] | None:
    return _PAREN_CREDIT.search(text) if len(text) <= MAX_PHRASE_CHARS * 2 else None


@line_rule(NOISE_CLASS)
def caption_phrase(line: Line, ctx: Context) -> bool:
    """Remove caption and credit labels ("Image caption, ...", "Photo: ...", "Image source, ...",
    a bare agency credit, "View gallery").

    Keeps prose about photos: the line must start with the label or be the credit alone.
    """
    return is_phrase(line, ctx, NOISE_CLASS, CAPTION_PHRASES)


@line_rule(NOISE_CLASS)
def credited_caption(line: Line, ctx: Context) -> bool:
    """Remove a caption that ends in a photo credit: "... (Source/Name)", "... (Getty Images)",
    or a sentence followed by "– Credit Name".

    Keeps a paragraph that ends in an ordinary parenthesis ("(pictured)", "(2019)") and a quote
    attributed after a dash ("... – she said" has lowercase words).
    """
    return _credit_suffix(line.text) is not None or _dash_credit(line.text)


def _dash_credit(text: str) -> bool:
    match = _DASH_CREDIT.search(text) if len(text) <= 2 * MAX_PHRASE_CHARS else None
    if not match:
        return False
    words = match.group(1).replace("/", " / ").split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)


@doc_rule(NOISE_CLASS)
def caption_before_credit(ctx: Context) -> Iterable[int]:
    """Remove a caption line that is repeated on the next line with a credit appended
    ("Cell holding the soldiers" then "Cell holding the soldiers (Telegram/Name)").

    Keeps a line whose next line merely starts the same way: the rest of the next line must be a
    credit that `credited_caption` removed.
    """
    lines = ctx.doc.lines
    out = []
    for i in range(len(lines) - 1):
        if ctx.is_removed(i) or ctx.removed.get(i + 1) != "credited_caption":
            continue
        nxt = lines[i + 1].text
        if nxt.startswith(lines[i].text) and len(nxt) > len(lines[i].text):
            out.append(i)
    return out


@doc_rule(NOISE_CLASS)
def alt_text(ctx: Context) -> Iterable[int]:
    """Remove image alt text: a short lowercase fragment with no sentence punctuation standing
    alone between two prose paragraphs ("soldier on bunk bed").

    Keeps verse, list items and lowercase lines next to other short lines: both neighbours must be
    long prose, which a poem's or a list's lines are not.
    """
    lines = ctx.doc.lines
    limit = ctx.config.thresholds.alt_text_max_words
    out = []
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if ctx.is_removed(i) or line.terminal or not line.starts_lower:
            continue
        if not 1 <= line.n_words <= limit or any(ch in line.text for ch in ",;:"):
            continue
        if is_prose(lines[i - 1], ctx) and is_prose(lines[i + 1], ctx):
            out.append(i)
    return out
