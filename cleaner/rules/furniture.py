"""Page furniture: bylines, datelines, update notes, ads, read-time and listen prompts, counters,
copyright and cookie notices, contributor credits."""

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
    lexicon_pattern,
    line_rule,
    phrase_rule,
)

NOISE_CLASS: Final = "furniture"

_NAME_WORD: Final = re.compile(r"^[\w.'’-]+$")


@phrase_rule(NOISE_CLASS)
def furniture_phrase(line: Line) -> bool:
    """Remove standalone page furniture: datelines, "This story has been updated.",
    "Advertisement", "Listen to this article", read times, view counters, copyright and cookie
    notices, contributor credits, the headings of breadcrumbs, tables of contents and link boxes
    ("You are here", "Table of Contents", "In this article", "Quick links"), accessibility and
    return links ("Skip to content", "Back to blog"), and placeholder text
    a site builder left in the page ("Lorem ipsum ...").

    Keeps sentences that contain a date or mention advertising: the whole line must be furniture;
    a date ending in a colon, which heads a timeline entry; and the bare dates of a schedule or
    a timeline (Line.schedule: the text holds several different ones), which are its rows.
    Keeps a speaker's question (an interviewer's "Reporter: When did you arrive?" matches a
    source label's "<label>: <anything>"; no furniture asks after a label), and a quotation
    followed by its attribution ("“Accept all cookies should not be the easy path,” she said.",
    "« ... », a résumé sa présidente."): the words of someone the article quotes, not the site's
    notice.
    """
    # "2020-05-27:" heads a timeline entry; furniture does not start lowercase.
    return (
        not line.text.endswith(":")
        and not line.starts_lower
        and not line.schedule
        and not _asks(line.text)
        and not _attributed_quote(line.text)
    )


# What may follow a question mark at a line's end: closing quotes and brackets.
_CLOSERS: Final = "\"'”’»)]）」』 "
# A passage in quotation marks at the start of a line ("...", “...”, «...», „...“, 「...」).
_OPENING_QUOTE: Final = re.compile(r"\"[^\"]+\"|“[^”]+”|«[^»]+»|„[^“”]+[“”]|「[^」]+」")


def _asks(text: str) -> bool:
    """The line is a speaker's question: a label and a colon, then words that end in a question
    mark (before closing quotes). (A dateline that ends on a post's title, "Posted on <date> by
    <name> - 5 Comments on Do you need ...?", has no label before it and stays furniture.)"""
    return text.rstrip(_CLOSERS).endswith(("?", "？")) and (":" in text or "：" in text)


def _attributed_quote(text: str) -> bool:
    """The line opens with a quotation and goes on after it in words (its attribution: "...,"
    she said.): someone's words the article reports."""
    match = _OPENING_QUOTE.match(text)
    return match is not None and any(ch.isalpha() for ch in text[match.end() :])


COOKIE_MIN_WORDS: Final = 3
# A passage in quotation marks ("...", “...”, «...», „...“): the words of someone quoted.
_QUOTED: Final = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|„[^“”]*[“”]")
# Disclosures and notices are at most a few sentences.
NOTICE_MAX_CHARS: Final = 600
# The fewest words a line matching _AFFILIATE has: its first word is followed by a space, and
# something follows ("earn commission'purchase" is two words, an apostrophe joining them).
AFFILIATE_MIN_WORDS: Final = 2


@line_rule(NOISE_CLASS)
def cookie_notice(line: Line, ctx: Context) -> bool:
    """Remove a cookie-consent notice of any length ("We use cookies on our website to give you
    the most relevant experience...", "Necessary cookies are absolutely essential...").

    Keeps prose about cookies as a topic: the line must mention cookies, use at least three
    words of the consent vocabulary (consent, preferences, website, browser, necessary, ...), and
    speak for the site (we, our, you, your, "the website", "this cookie"), as a notice does and a
    report on cookies does not.
    """
    # Three consent words at least: a shorter line (a menu's "Cookies") is never asked further.
    if len(line.text) > NOTICE_MAX_CHARS * 2 or line.bullet or line.n_words < COOKIE_MIN_WORDS:
        return False
    lex = ctx.lexicon
    if not any(mark in line.text for mark in lex.marks("COOKIE_MARKS")):
        return False  # a cheap gate: "cookie", "Cookie", "COOKIE"
    words = lex.wordset("COOKIE_WORDS")
    if sum(w.lower() in words for w in line.words) < COOKIE_MIN_WORDS:
        return False
    # A notice speaks to the reader or for the site ("we use", "your browser"); prose that tells
    # of a site's cookies does not.
    voice = lexicon_pattern(lex, "COOKIE_VOICE")
    return voice is None or voice.search(line.text) is not None


@line_rule(NOISE_CLASS)
def affiliate_disclosure(line: Line, ctx: Context) -> bool:
    """Remove an affiliate disclosure ("If you purchase through our links, we may earn a
    commission.").

    Keeps prose about commissions ("Travel agents get a commission when you buy it") and about
    affiliate programmes ("Partners share your booking links, and affiliates earn commissions"):
    the line must tie earning a commission to a purchase or a link (the document language's
    AFFILIATE) once the earning said of a third party is set aside (AFFILIATE_OTHER: they, you,
    who, a plural noun, "affiliates earn"), say it of the site itself (AFFILIATE_SELF: we, I, this
    post) outside quotation marks (a paragraph quoting someone's notice reports it), and be a
    notice of at most a few sentences, not a list item.
    """
    # Every match of the pattern spans two words at least: a one-word line is never asked further.
    if len(line.text) > NOTICE_MAX_CHARS or line.bullet or line.n_words < AFFILIATE_MIN_WORDS:
        return False
    lex = ctx.lexicon
    if not has_any(line.lower, lex.marks("AFFILIATE_MARKS")):
        return False  # a cheap gate before the pattern: "commission", "affiliate", ...
    affiliate, self_ = lexicon_pattern(lex, "AFFILIATE"), lexicon_pattern(lex, "AFFILIATE_SELF")
    if affiliate is None or self_ is None:
        return False
    # A notice quoted in a paragraph ('Her notice reads: "I earn a small commission if you buy
    # ..."') is the article reporting it: only the words outside quotation marks speak.
    text = _QUOTED.sub(" ", line.text) if _has_quote(line.text) else line.text
    if self_.search(text) is None:
        return False
    other = lexicon_pattern(lex, "AFFILIATE_OTHER")
    return affiliate.search(other.sub(" ", text) if other is not None else text) is not None


def _has_quote(text: str) -> bool:
    return '"' in text or "“" in text or "«" in text or "„" in text


@line_rule(NOISE_CLASS)
def byline(line: Line, ctx: Context) -> bool:
    """Remove a standalone byline: "By" followed by one to four name words ("By admin",
    "By Jane Doe and John Roe", "By Jane Doe, Political Editor").

    Keeps sentences that begin with "By" ("By then, ...", "By the end of the day"): a byline
    ends without sentence punctuation and its words are names, not function words.
    """
    if len(line.text) > 120 or line.terminal:
        return False
    prefix = lexicon_pattern(ctx.lexicon, "BYLINE")
    match = _byline(prefix.pattern).fullmatch(line.norm) if prefix is not None else None
    if not match:
        return False
    parts = [p for p in re.split(r"[\s,|]+", match.group("names")) if p]
    joiners = ctx.lexicon.wordset("BYLINE_JOINERS")  # "and", "&"
    names = [p for p in parts if p not in joiners]
    # One capitalised word after "By" is a subheading ("By Audience"); one lowercase word is a
    # site user name ("By admin"); bylines of people have two to six name words.
    single_handle = len(names) == 1 and line.text.split()[-1].islower()
    if not (single_handle or 2 <= len(names) <= 6):
        return False
    stopwords = ctx.lexicon.wordset("STOPWORDS")
    # The first two words are names, not function words ("By the way", "Von der Stadt"); the
    # second may be a particle of the name that is one (the language's NAME_PARTICLES: "Door
    # Sara de Vries", "Par Marie de la Tour").
    particles = ctx.lexicon.wordset("NAME_PARTICLES")
    first = names[:1] + [p for p in names[1:2] if p not in particles]
    return all(_NAME_WORD.match(p) for p in names) and not any(p in stopwords for p in first)


@lru_cache(maxsize=32)
def _byline(prefix: str) -> re.Pattern[str]:
    """A standalone byline: the language's byline words, then the names (the group)."""
    return re.compile(rf"(?:{prefix})\s+(?P<names>.{{1,80}})", re.IGNORECASE)


def _is_date(line: Line, lex: Lexicon) -> bool:
    """A dateline of the document's language (its DATELINE, a line furniture_phrase removes)."""
    dateline = lexicon_pattern(lex, "DATELINE")
    return (
        dateline is not None
        and len(line.text) <= MAX_PHRASE_CHARS
        and dateline.fullmatch(line.norm) is not None
    )


def _is_name(line: Line) -> bool:
    words = line.text.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and _NAME_WORD.match(w) for w in words)
        and not any(ch.isdigit() for ch in line.text)
        and not line.terminal
    )


@doc_rule(NOISE_CLASS, reads=(furniture_phrase,))
def author_name(ctx: Context) -> Iterable[int]:
    """Remove a bare author name ("Jane Doe") standing right before or after a dateline.

    Keeps short capitalised lines elsewhere (subheadings, names in lists): only a name next to a
    removed date line is a byline.
    """
    lines = ctx.doc.lines
    out = set()
    # Only the neighbours of removed date lines can be bylines: start from those, not from
    # every line of the document.
    dates = [j for j in ctx.removed_by(furniture_phrase) if _is_date(lines[j], ctx.lexicon)]
    for j in dates:
        for i in (j - 1, j + 1):
            if 0 <= i < len(lines) and not ctx.is_removed(i) and _is_name(lines[i]):
                out.add(i)
    return sorted(out)
