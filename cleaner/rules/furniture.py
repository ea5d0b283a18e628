"""Page furniture: bylines, datelines, update notes, ads, read-time and listen prompts, counters,
copyright and cookie notices, contributor credits."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from cleaner.document import STOPWORDS, Line
from cleaner.rules import MAX_PHRASE_CHARS, Context, doc_rule, line_rule, phrase_rule

NOISE_CLASS: Final = "furniture"

_MONTH: Final = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?)\.?"
)
_WEEKDAY: Final = r"((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\.?,? )?"
_TIME: Final = r"(,? (at )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,5}| \(?(gmt|utc|[a-z]{3,4})\)?)?)?"
DATE: Final = (
    rf"{_WEEKDAY}(\d{{1,2}}(st|nd|rd|th)? {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}){_TIME}"
)

# Datelines: a bare date, optionally with time, "Published"/"Updated" and a relative age. Named:
# author_name looks for a name beside the lines furniture_phrase removed as datelines.
DATELINE: Final = (
    rf"((published|updated|posted|last updated|first published|modified)( on| at)?:? )?{DATE}"
    rf"([ |,·•]+((updated|published)( on| at)?:? )?{DATE})*"
)
_DATELINE: Final = re.compile(DATELINE)

FURNITURE_PHRASES: Final[tuple[str, ...]] = (
    DATELINE,
    r"(published|updated|posted)?:? ?\d{1,3} (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago",
    # Update and correction notes that stand alone.
    r"this (story|article|post|report|page) (has been|was|is being|will be) updated.{0,60}",
    r"(correction|update|editor's note):? this (story|article) .{0,120}",
    # Advertising and continuation markers.
    r"(advertisement|advertising|sponsored( content)?|ad|ads|promoted( content)?|paid (post|content))",
    r"(story|article|content) continues below( (this )?(advertisement|ad))?",
    r"scroll (down )?to continue( reading)?",
    r"continue reading( (below|the main story|this article))?.{0,10}",
    # Listen and reading-time widgets.
    r"listen to this (article|story).{0,30}",
    r"((\d+|one|two|three|four|five) ?)?(min(ute)?s?\.?) (read|listen)( time)?",
    r"(estimated )?reading time:? .{0,20}",
    r"(audio|listen) ?\d{1,2}:\d{2}",
    # Counters: "69 views", "1.2k shares".
    r"(\d[\d,.]*k? (views?|reads?|shares?|likes?|reactions?|plays?)[ |·•]*)+",
    # Copyright, rights and cookie notices.
    r"(©|\(c\)|copyright ©|copyright \d{4}).{0,120}",
    r".{0,60}all rights reserved[.!]?.{0,60}",
    r".{0,200}\b(we use cookies|this (web)?site uses cookies|uses cookies to|accept (all )?cookies|cookie (policy|settings|preferences|consent))\b.{0,300}",
    # Contributor credits that stand on their own line.
    r".{1,200}\bcontributed (reporting |to )?(to )?(this|the) (report|story|article)[.!]?",
    r"(additional )?(reporting|writing|editing|research) (by|from) .{1,120}",
    r"(compiled|written|edited) by .{1,60}",
    # A post's meta line: date, author, category and comment count together.
    rf"((posted|published|updated)( on)? )?{DATE}( ?(by|in) [^.!?]{{1,80}}?)?( ?[-|·•]? ?(\d+|no) comments?( on .{{1,150}})?)",
    rf"((posted|published)( on)? )?{DATE} ?by [^.!?]{{1,60}}",
    # Headings of navigation boxes that stand alone: breadcrumbs, a table of contents (whose
    # entries the extractor often drops), a box of links.
    r"you are here:?",
    # Accessibility and navigation links: "Skip to content", "Back to blog".
    r"skip to (the )?(main )?(content|navigation|menu|search|footer|article)",
    r"back to (the )?(blog|all posts|articles|news|top|home( ?page)?)",
    r"(table of )?contents|article contents|in this (article|post|guide|page)|on this page|jump to",
    r"(quick|useful) links",
    # A site builder's placeholder text left in the page: "Lorem ipsum dolor sit amet ...".
    r"lorem ipsum\b.{0,200}",
    r"this is some text inside of a div block\.?",
)

# A standalone byline: "By" and one to four name-like words, and nothing that reads as a sentence.
_BYLINE: Final = re.compile(r"(?:by|words by|text by)\s+(.{1,80})", re.IGNORECASE)
_NAME_WORD: Final = re.compile(r"^[\w.'’-]+$")


@phrase_rule(NOISE_CLASS, FURNITURE_PHRASES)
def furniture_phrase(line: Line) -> bool:
    """Remove standalone page furniture: datelines, "This story has been updated.",
    "Advertisement", "Listen to this article", read times, view counters, copyright and cookie
    notices, contributor credits, the headings of breadcrumbs, tables of contents and link boxes
    ("You are here", "Table of Contents", "In this article", "Quick links"), accessibility and
    return links ("Skip to content", "Back to blog"), and placeholder text
    a site builder left in the page ("Lorem ipsum ...").

    Keeps sentences that contain a date or mention advertising: the whole line must be furniture;
    and a date ending in a colon, which heads a timeline entry.
    """
    # "2020-05-27:" heads a timeline entry; furniture does not start lowercase.
    return not line.text.endswith(":") and not line.starts_lower


# Words of a cookie-consent notice; a line with several of them is the notice, however long.
COOKIE_WORDS: Final = frozenset(
    {
        "cookie", "cookies", "consent", "gdpr", "ccpa", "opt", "preferences", "necessary",
        "analytics", "tracking", "browser", "website", "functionality", "party", "advertisement",
    }
)  # fmt: skip
COOKIE_MIN_WORDS: Final = 3
# Affiliate disclosures: a purchase through a link earns the site a commission.
_AFFILIATE: Final = re.compile(
    r"\b(earn|receive|get|make)s? (an? )?(small |affiliate )?(commission|compensation|fee)s?\b.{0,200}"
    r"\b(purchase|buy|link|links|click)|\b(purchase|buy|links?|click)\b.{0,200}"
    r"\b(earn|receive|get|make)s? (an? )?(small |affiliate )?(commission|compensation)"
    r"|\b(contains?|includes?|uses?|may contain|may include) (some )?affiliate (links?|partnerships?)",
    re.IGNORECASE,
)
# A disclosure speaks of the site itself.
_SELF: Final = re.compile(
    r"\b(we|we'd|we’d|i|us|our|this (post|site|website|page|article|blog))\b", re.IGNORECASE
)
# Disclosures and notices are at most a few sentences.
NOTICE_MAX_CHARS: Final = 600
# The fewest words a line matching _AFFILIATE has: its first word is followed by a space, and
# something follows ("earn commission'purchase" is two words, an apostrophe joining them).
AFFILIATE_MIN_WORDS: Final = 2


@line_rule(NOISE_CLASS)
def cookie_notice(line: Line, ctx: Context) -> bool:
    """Remove a cookie-consent notice of any length ("We use cookies on our website to give you
    the most relevant experience...", "Necessary cookies are absolutely essential...").

    Keeps prose about cookies as a topic: the line must mention cookies and use at least three
    words of the consent vocabulary (consent, preferences, website, browser, necessary, ...).
    """
    # Three consent words at least: a shorter line (a menu's "Cookies") is never asked further.
    if len(line.text) > NOTICE_MAX_CHARS * 2 or line.bullet or line.n_words < COOKIE_MIN_WORDS:
        return False
    if "ookie" not in line.text and "OOKIE" not in line.text:
        return False  # a cheap gate: "cookie", "Cookie", "COOKIE"
    return sum(w.lower() in COOKIE_WORDS for w in line.words) >= COOKIE_MIN_WORDS


@line_rule(NOISE_CLASS)
def affiliate_disclosure(line: Line, ctx: Context) -> bool:
    """Remove an affiliate disclosure ("If you purchase through our links, we may earn a
    commission.").

    Keeps prose about commissions ("Travel agents get a commission when you buy it"): the line must
    tie earning a commission to a purchase or a link, say it of the site itself (we, I, this post),
    and be a notice of at most a few sentences, not a list item.
    """
    # Every match of the pattern spans two words at least: a one-word line is never asked further.
    if len(line.text) > NOTICE_MAX_CHARS or line.bullet or line.n_words < AFFILIATE_MIN_WORDS:
        return False
    lowered = line.lower
    if "commission" not in lowered and "compensation" not in lowered and "affiliate" not in lowered:
        return False  # a cheap gate before the pattern
    return _AFFILIATE.search(line.text) is not None and _SELF.search(line.text) is not None


@line_rule(NOISE_CLASS)
def byline(line: Line, ctx: Context) -> bool:
    """Remove a standalone byline: "By" followed by one to four name words ("By admin",
    "By Jane Doe and John Roe", "By Jane Doe, Political Editor").

    Keeps sentences that begin with "By" ("By then, ...", "By the end of the day"): a byline
    ends without sentence punctuation and its words are names, not function words.
    """
    if len(line.text) > 120 or line.terminal:
        return False
    match = _BYLINE.fullmatch(line.norm)
    if not match:
        return False
    parts = [p for p in re.split(r"[\s,|]+", match.group(1)) if p]
    names = [p for p in parts if p not in {"and", "&"}]
    # One capitalised word after "By" is a subheading ("By Audience"); one lowercase word is a
    # site user name ("By admin"); bylines of people have two to six name words.
    single_handle = len(names) == 1 and line.text.split()[-1].islower()
    if not (single_handle or 2 <= len(names) <= 6):
        return False
    return all(_NAME_WORD.match(p) for p in names) and not any(p in STOPWORDS for p in names[:2])


def _is_date(line: Line) -> bool:
    return len(line.text) <= MAX_PHRASE_CHARS and _DATELINE.fullmatch(line.norm) is not None


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
    dates = [j for j in ctx.removed_by(furniture_phrase) if _is_date(lines[j])]
    for j in dates:
        for i in (j - 1, j + 1):
            if 0 <= i < len(lines) and not ctx.is_removed(i) and _is_name(lines[i]):
                out.add(i)
    return sorted(out)
