"""Image and video captions, photo credits and alt text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from cleaner.document import Line
from cleaner.lexicon import Lexicon
from cleaner.rules import (
    MAX_PHRASE_CHARS,
    Context,
    doc_rule,
    has_any,
    is_prose,
    lexicon_pattern,
    line_rule,
    phrase_rule,
)

NOISE_CLASS: Final = "captions"


# "... (Source/Name)", "... (Getty Images)", "... (AFP via Getty Images)": a credit in brackets.
_PAREN_CREDIT: Final = re.compile(r"[^\W\d_][^()]*?[^\s:;,]\s+\(([^()]{2,80})\)$")
# Words that say a bracket is a photo credit even without a "Source/Name" slash: the document
# language's PAREN_CREDIT_WORDS ("Images", "via", "Pool"), between names its CREDIT_CONNECTORS.
# A caption with a credit is a label, not a paragraph: at most this many words before the credit.
CAPTION_MAX_WORDS: Final = 40
# "Caption sentence. – Credit Name": a sentence, then a dash and a short title-case credit.
_DASH_CREDIT: Final = re.compile(r"[.!?][\"'”’]?\s+[–—]\s+([^.!?]{2,60})$")
# Alt text is plain lowercase words: no bullets, enumerators ("c."), code, digits or brackets.
_ALT_TEXT: Final = re.compile(r"[a-z][a-z'’-]*( [a-z][a-z'’-]*)+")
# A possessive ends a list item's variants ("( Men's / Women's )"), never a credit's names.
_POSSESSIVE: Final = ("'s", "’s", "s'", "s’")
# A label credit may also name where the picture is from: "Photo by Name on Site" (the
# language's LABEL_CONNECTORS). A caption before a dash credit names what it shows (VISUAL: a
# photo, a video, a map) and does not speak in the first person (FIRST_PERSON).
# How far from the end of a line a credit label can start: ". (Photo Credit: " and six names.
_LABEL_CREDIT_REACH: Final = 120


def _paren_credit(text: str, lex: Lexicon) -> bool:
    """True for a caption ending in a bracketed credit: "(Source/Name)" or "(X via Getty Images)",
    title-case names only, no digits, and a caption that is not a list item."""
    if len(text) > MAX_PHRASE_CHARS * 2 or not text[:1].isalpha() or not text.endswith(")"):
        return False  # the last test is a cheap gate: the pattern needs a closing bracket at the end
    match = _PAREN_CREDIT.fullmatch(text)
    if not match or any(ch.isdigit() for ch in match.group(1)):
        return False
    caption = text[: match.start(1)].rstrip(" (")
    if caption.rstrip("\"'”’").endswith(tuple(".!?:")) or len(caption.split()) > CAPTION_MAX_WORDS:
        return False
    words = match.group(1).replace("/", " / ").split()
    connectors = lex.wordset("CREDIT_CONNECTORS")
    if not all(w[:1].isupper() or w.lower() in connectors for w in words):
        return False
    # A credit names people and agencies; possessives are a list item's variants ("Hiking
    # shirt ( Men's / Women's )", "Gloves (Kids' / Adults')"), not who took the picture.
    if any(w.endswith(_POSSESSIVE) for w in words):
        return False
    # A caption describes: it has a lowercase word that is not a function word. A title, a score
    # line or a route in title case ("Salt and Iron (Greywater Films)", "Vale 18 Kingsbridge 18
    # (Pool A)") does not.
    stopwords = lex.wordset("STOPWORDS")
    if not any(w[:1].islower() and w not in stopwords for w in caption.split()):
        return False
    credit_words = lex.wordset("PAREN_CREDIT_WORDS")
    return "/" in words or any(w.lower() in credit_words for w in words)


@phrase_rule(NOISE_CLASS)
def caption_phrase(line: Line) -> bool:
    """Remove caption and credit labels ("Image caption, ...", "Photo: ...", "Image source, ...",
    a bare agency credit, "View gallery").

    Keeps prose about photos: the line must start with the label or be the credit alone. Keeps
    an item of a list ("Watch" in a packing list): a label is not bulleted, and a one-word label
    in a run of short lines without sentence punctuation (Line.item) is an item too. (A credit
    that names its source, "image source: Google", is one wherever it stands.)
    """
    return not line.bullet and not (line.item and line.n_words == 1)


@line_rule(NOISE_CLASS)
def credited_caption(line: Line, ctx: Context) -> bool:
    """Remove a caption that ends in a photo credit: "... (Source/Name)", "... (Getty Images)",
    a sentence followed by "– Credit Name", or a sentence followed by a credit label and names
    ("... Photo: Name", "... Credit: Name Name", "... (Photo by Name)", "... Courtesy Name").

    Keeps a paragraph that ends in an ordinary parenthesis ("(pictured)", "(2019)", "(Men's /
    Women's)" in a list item), and a quote attributed after a dash ("... – she said" has lowercase
    words): the credit must be title-case names with a slash or a credit word (Images, via, Pool).
    A dash also signs a testimonial, a reader's comment or a column ("I use it daily. – Name, CTO,
    Company"), an epigraph or a quotation ("The tide does not ask whose boat it is. – Name"), and
    ends a schedule's heading ("6:00 a.m. – Morning"): a caption before a dash credit does not
    speak in the first person, and names what it is of (a photo, a video, a map).
    A label credit must follow a whole sentence and be names ("Photo by photo, they ..." is prose).
    A caption is a label, so none of these is more than CAPTION_MAX_WORDS words before its credit.
    """
    lex = ctx.lexicon
    return _paren_credit(line.text, lex) or _dash_credit(line.text, lex) or _label_credit(line, lex)


def _label_credit(line: Line, lex: Lexicon) -> bool:
    """A caption that ends in a credit label of the document's language and names ("... Photo:
    Name", "... Foto: Name", "... Fot. Name", "...（摄影：陈涛）"): CREDIT_LABELS, the labels
    before title-case names (after CREDIT_GATE, a cheap test of the line's end, when the
    language has one), or CREDIT_END, a bracketed credit at the end of the line (Chinese,
    Japanese)."""
    if line.n_words > CAPTION_MAX_WORDS + 8 or len(line.text) > 2 * MAX_PHRASE_CHARS:
        return False
    text = line.text
    # A label word near the end of the line, less its first letter in English so that "Photo" and
    # "photo" are one test (an all-caps "PHOTO:" is not asked).
    if not has_any(text[-_LABEL_CREDIT_REACH:], lex.marks("CREDIT_GATE")):
        return False
    end = lexicon_pattern(lex, "CREDIT_END")
    if end is not None and end.search(line.text) is not None:
        return not end.match(line.text)  # a caption before it, not the credit alone
    labels = lex.pattern("CREDIT_LABELS")
    if not labels:
        return False
    match = _label_credit_pattern(labels).search(line.text)
    if not match or len(line.text[: match.start()].split()) > CAPTION_MAX_WORDS:
        return False
    words = match.group("credit").replace("/", " / ").replace(",", " ").split()
    connectors = lex.wordset("LABEL_CONNECTORS")
    return all(w[:1].isupper() or w.lower() in connectors for w in words)


@lru_cache(maxsize=32)
def _label_credit_pattern(labels: str) -> re.Pattern[str]:
    """A sentence, then one of a language's credit labels (`labels`, an alternation) and a
    credit: "Caption sentence. Photo: Name", "... (Photo Credit: Name)", "... Courtesy Name."."""
    return re.compile(
        r"[.!?][\"'”’)»]?\s+[(\[]?(?:" + labels + r")\s*"
        r"[\"'‘“«„]?(?P<credit>[^\W\d_][\w.&'’-]*(?:,? [^\W\d_][\w.&'’-]*){0,5}(?: ?/ ?[\w.'’ -]{1,40})?)"
        r"[\"'’”»“]?[)\]]?\.?$",
        re.IGNORECASE,
    )


def _dash_credit(text: str, lex: Lexicon) -> bool:
    # A quotation followed by "– Name" is an attributed quote, which is article content.
    if text[:1] in "\"“‘'«„" or ("–" not in text and "—" not in text):
        return False
    match = _DASH_CREDIT.search(text) if len(text) <= 2 * MAX_PHRASE_CHARS else None
    if not match:
        return False
    # A caption is a label: a long paragraph ending in "– Name, Title" is an attributed quote.
    caption = text[: match.start()]
    caption_words = len(caption.split())
    if caption_words > CAPTION_MAX_WORDS:
        return False
    words = match.group(1).replace("/", " / ").split()
    connectors = lex.wordset("CREDIT_CONNECTORS")
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w.lower() in connectors for w in words):
        return False
    # (A language without the two patterns below has no dash credits.)
    first_person = lexicon_pattern(lex, "FIRST_PERSON", ignore_case=False)
    visual = lexicon_pattern(lex, "VISUAL")
    # "– Name" also signs a testimonial, a reader's comment or a column: one that speaks in the
    # first person is a quote; one of several sentences must say what the picture shows.
    if first_person is None or first_person.search(caption):
        return False
    # "– Name" after a sentence is as often an epigraph or a quotation's author, and after a time
    # a schedule's heading ("6:00 a.m. – Morning"): only a caption that says what it shows (a
    # photo, a video, a map) is taken for one.
    return visual is not None and visual.search(caption) is not None


@doc_rule(NOISE_CLASS, reads=(credited_caption,))
def caption_before_credit(ctx: Context) -> Iterable[int]:
    """Remove a caption line that is repeated on the next line with a credit appended
    ("Cell holding the soldiers" then "Cell holding the soldiers (Telegram/Name)").

    Keeps a line whose next line merely starts the same way: the rest of the next line must be a
    credit that `credited_caption` removed.
    """
    lines = ctx.doc.lines
    out = []
    # From each credited caption back to the line before it (few lines are credited captions).
    for j in ctx.removed_by(credited_caption):
        i = j - 1
        if i < 0 or ctx.is_removed(i):
            continue
        nxt = lines[j].text
        if nxt.startswith(lines[i].text) and len(nxt) > len(lines[i].text):
            out.append(i)
    return sorted(out)


@doc_rule(NOISE_CLASS)
def alt_text(ctx: Context) -> Iterable[int]:
    """Remove image alt text: a short lowercase fragment with no sentence punctuation standing
    alone between two prose paragraphs ("soldier on bunk bed").

    Keeps verse, list items and lowercase lines next to other short lines: both neighbours must be
    long prose, which a poem's or a list's lines are not; and lines with capitals, digits, bullets,
    enumerators or code, which alt text does not have.
    """
    lines = ctx.doc.lines
    limit = ctx.config.thresholds.alt_text_max_words
    out = []
    for i in range(1, len(lines) - 1):
        line = lines[i]
        # The pattern last: it needs an ASCII lowercase letter first, and calling it costs more
        # than every other test here.
        if line.terminal or not 2 <= line.n_words <= limit or ctx.is_removed(i):
            continue
        if not "a" <= line.text[:1] <= "z" or not _ALT_TEXT.fullmatch(line.text):
            continue
        if is_prose(lines[i - 1], ctx) and is_prose(lines[i + 1], ctx):
            out.append(i)
    return out
