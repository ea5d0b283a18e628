"""Lines and documents: the text of each line and the features every rule reads, computed once."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

# A compact English stopword list (function words only), after jusText's idea that prose is dense
# in function words while menus, headlines and furniture are not.
STOPWORDS: Final = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
    ]
)

_MONTH: Final = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?)\.?"
)
_WEEKDAY: Final = r"((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\.?,? )?"
_TIME: Final = r"(,? (at )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,5}| \(?(gmt|utc|[a-z]{3,4})\)?)?)?"
# A date as pages print it, optionally with a weekday and a time (lowercase, as normalize makes it).
DATE: Final = (
    rf"{_WEEKDAY}(\d{{1,2}}(st|nd|rd|th)? {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}){_TIME}"
)

# Chinese characters and Japanese kana, and Thai, Lao, Myanmar and Khmer: scripts written without
# spaces between words.
_CJK: Final = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# How many characters of such a script count as one word (see _WORD).
SPACELESS_CHARS_PER_WORD: Final = 3
# A word is a run of letters and digits joined by apostrophes; in a script without spaces, every
# three characters count as one word, so that the line-shape tests (a short line, a menu item,
# prose, a phrase-sized line) count characters there, in the units the thresholds were set in:
# three full-width characters take the width of an English word and its space (about six
# columns). "首页" is one word, a sentence of 30 characters ten.
_WORD: Final = re.compile(rf"[{_CJK}]{{1,3}}|[^\W_{_CJK}]+(?:['’][^\W_{_CJK}]+)*")
# For text of Latin-1 characters (ASCII, and the accented letters of Western European words),
# one byte per character: every letter or digit as "a" and every other byte as a space (the
# pattern's [^\W_] is str.isalnum()). The runs of letters and digits are then the places where
# " a" occurs (and the start, if it is "a"), counted without making a list of them, several
# times faster than the pattern.
_LATIN1_RUNS: Final = bytes(97 if chr(code).isalnum() else 32 for code in range(256))


# The non-ASCII characters most often found in English text that are not letters or digits
# (curly quotes, dashes, the ellipsis, no-break and zero-width spaces, bullets, symbols), with an
# ASCII stand-in that separates words the same way: the right single quote joins words like an
# apostrophe, the rest separate them. Once they are replaced, nearly every non-ASCII line of the
# dev set is Latin-1 and takes the fast count.
_NON_ASCII_SEPARATORS: Final = tuple(
    (char, "'" if char == "’" else " ") for char in "’‘“”—–‑…\xa0\u200b\u200d•·©®™×→★»«€£°"
)


def count_words(text: str) -> int:
    """The number of words (runs of letters and digits, joined by apostrophes) in `text`: what
    `len(_WORD.findall(text))` gives, counted without building the words when it can.

    >>> count_words("Don't miss: 3 ways_to go!")
    6
    >>> count_words("“Rock ’n’ roll” — it’s 3½ hours…")
    6
    """
    if text.isascii():
        data = text.encode("ascii")
    else:
        for char, stand_in in _NON_ASCII_SEPARATORS:
            if char in text:
                text = text.replace(char, stand_in)
        try:
            data = text.encode("latin-1")
        except UnicodeEncodeError:  # other scripts, or rarer symbols: the pattern decides
            return len(_WORD.findall(text))
    runs = data.translate(_LATIN1_RUNS)
    words = runs.count(b" a") + runs.startswith(b"a")
    if "'" in text:
        # An apostrophe between a letter or digit on each side joins two runs into one word.
        parts = text.split("'")
        for left, right in pairwise(parts):
            if left[-1:].isalnum() and right[:1].isalnum():
                words -= 1
    return words


_BULLET_CHARS: Final = " \t•·◦▪▸►‣∙*-–—>|»›"
# The characters a list item may open with (read by rules that look at an item without them).
BULLET_CHARS: Final = _BULLET_CHARS
_QUOTES: Final = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
_QUOTE_PAIRS: Final = tuple((chr(code), str(new)) for code, new in _QUOTES.items())
# Closing characters that may follow the sentence punctuation of a paragraph.
_CLOSERS: Final = "\"'”’)]»」』）】》〉"
_CLOSERS_SPACE: Final = _CLOSERS + " "
# The sentence punctuation of the scripts: Latin, Greek and Cyrillic (. ! ? …), CJK full-width
# (。！？．), Arabic (؟ ۔), Devanagari (। ॥), Armenian (։), Ethiopic (።), Myanmar (။).
TERMINAL_PUNCTUATION: Final = ".!?…。！？．｡؟۔।॥։።။"
_TERMINAL: Final = tuple(TERMINAL_PUNCTUATION)


# A menu item, button, tag or footer link has at most this many words (measured on the public dev
# set, page form).
CHROME_MAX_WORDS: Final = 7
# List items, table rows, lead-ins ("Ingredients:") and lines of code or data (braces, brackets,
# "=", ";", a leading quote, "@", "#" or "/") are article structure, not chrome: code blocks at
# the end of technical articles were cut as footers (dev set, both forms: recall +0.001/+0.003).
# So are the rows of a recipe or a timetable: a quantity with its unit ("200g lentils", "2 tsp
# cumin"), a time ("12.30 Choir"), a label and its number ("Calories 385", "Prep 15 minutes");
# a recipe's ingredients and nutrition table were cut as menus (no change on the dev set).
# What a line starts with is tested at its start only, each kind of start only where the line
# can have it (a digit first, a capital first and a number or unit last, ": " in reach), and
# with string tests where they say the same as the pattern did: calling the regex engine on
# every short line was a tenth of the time spent on page scrapes.
_BULLET_MARKS: Final = "-*•·▪◦"  # followed by whitespace
_CELL_OR_CODE_MARKS: Final = "|\"'@#$/"
_STRUCTURE_NUMBER: Final = re.compile(
    r"\d{1,3}[.)]\s|\d+(?:[.,/]\d+)?\s?(?:g|kg|mg|ml|l|oz|lb|tsp|tbsp|cups?|cm|mm|km)\b|\d{1,2}[.:]\d{2}\b"
)
_STRUCTURE_LABEL: Final = re.compile(
    r"[A-Z][a-z]+(?: [a-z]+)? \d+(?:[.,]\d+)?\s?(?:g|mg|kg|ml|kcal|%|minutes|mins|hours)?$"
)
_LABEL_UNITS: Final = ("g", "ml", "kcal", "%", "minutes", "mins", "hours")
# A word, up to 30 more characters without a colon, then ": " (so ": " starts at 1 to 31).
_STRUCTURE_LEAD_IN: Final = re.compile(r"\w[\w .'’-]{0,30}: \S")


_ASCII_DIGIT: Final = re.compile(r"[0-9]")


def has_digit(text: str) -> bool:
    """True when a character of `text` is a digit (str.isdigit: "3", "²", "٣"): what
    `any(map(str.isdigit, text))` says, which called a method per character and was a twentieth
    of the cleaning time (asked of every short line when it is made and on every pass). An ASCII
    text has only the ten ASCII digits, found by one search.

    >>> has_digit("Top 10"), has_digit("x²"), has_digit("Home")
    (True, True, False)
    """
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


def _structure_start(text: str, end: str) -> bool:
    """A list item, table cell, code line, quantity, time, label and number, or lead-in by how
    `text` starts (`end` is `text` without the one final newline that `$` allows)."""
    first = text[:1]
    if first == "":
        return False
    if first in _CELL_OR_CODE_MARKS or (first in _BULLET_MARKS and text[1:2].isspace()):  # \s
        return True
    if first.isdecimal() and _STRUCTURE_NUMBER.match(text):  # \d is a decimal digit (Nd)
        return True
    if "A" <= first <= "Z" and " " in text:
        last = end[-1:]
        if (last.isdecimal() or last.isspace() or end.endswith(_LABEL_UNITS)) and _STRUCTURE_LABEL.match(
            text
        ):
            return True
    return text.find(": ", 1, 33) >= 0 and _STRUCTURE_LEAD_IN.match(text) is not None


# Ends like a lead-in, a table cell or a line of code, or holds code punctuation anywhere.
_STRUCTURE_END: Final = tuple(":|{}[];,")


def is_structure(text: str) -> bool:
    """A list item, table row, lead-in, or line of code or data (see above).

    >>> [is_structure(t) for t in ("- eggs", "Ingredients:", "200g lentils", "Calories 385", "Home")]
    [True, True, True, True, False]
    """
    end = text[:-1] if text.endswith("\n") else text  # where `$` matches
    return (
        _structure_start(text, end)
        or end.endswith(_STRUCTURE_END)
        or "{" in text
        or "}" in text
        or "=" in text
        or "<" in text
        or ">" in text
        or ";" in text
    )


def normalize(text: str) -> str:
    """Return the form phrase tables match against: lowercase, straight quotes, no leading bullet,
    single spaces, no trailing colon (nor a full-width one, "：").

    >>> normalize("  • Related Posts: ")
    'related posts'
    >>> normalize("Don’t Miss")
    "don't miss"
    """
    if not text.isascii():  # the quotes and no-break space to replace are all non-ASCII
        # str.replace per character, not str.translate: translate looks up every character of
        # the line in a dict, which made this the slowest step of reading a long line.
        for old, new in _QUOTE_PAIRS:
            if old in text:
                text = text.replace(old, new)
    text = text.lstrip(_BULLET_CHARS)
    # Splitting into words and joining them again changes nothing in the usual line: one whose
    # only whitespace is single spaces inside it (every other whitespace character is not
    # printable), and it cost more than the rest of this function.
    if not text.isprintable() or "  " in text or text.endswith(" "):
        text = " ".join(text.split())
    return text.rstrip(":：").rstrip().lower()


_BARE_DATE: Final = re.compile(DATE)
# A bare date is a page's dateline; several different ones are the rows of a schedule or a
# timeline (a tour's dates, an events list), which the article holds.
SCHEDULE_MIN_DATES: Final = 3
# The longest bare date: a weekday, a month's name, a time and its zone.
_DATE_MAX_CHARS: Final = 60


class Line:
    """One non-blank input line with its 1-based line number and its features: those every rule
    reads are computed when the line is made, the rest (words, normalised and lowercase text) on
    first use, once."""

    __slots__ = (
        "_date",
        "_lower",
        "_norm",
        "_words",
        "bullet",
        "chrome",
        "item",
        "listing",
        "n_words",
        "number",
        "schedule",
        "starts_lower",
        "term",
        "terminal",
        "text",
    )

    def __init__(self, number: int, text: str) -> None:
        self.number = number
        self.text = text
        self._norm: str | None = None
        self._lower: str | None = None
        self._words: list[str] | None = None
        self._date: str | None = None
        # A bare date that is a row of the text's schedule or timeline (set by Document.from_text).
        self.schedule = False
        # Inside a preformatted listing (console output, an ASCII table) that an ASCII rule opens
        # (set by Document.from_text): the program's text, not the page's.
        self.listing = False
        # An item among items: it and both its neighbours are short lines without sentence
        # punctuation, as in a packing list or a schedule (set by Document.from_text).
        self.item = False
        # The term of a glossary entry: a short line that a definition follows, among several
        # such pairs with different terms (set by Document.from_text).
        self.term = False
        self.n_words = count_words(text)
        # True when the line ends like a sentence: . ! ? or …, possibly inside closing quotes.
        self.terminal = text.rstrip(_CLOSERS_SPACE).endswith(_TERMINAL)
        self.starts_lower = text.lstrip(" •·-–—*")[:1].islower()
        # Starts with a bullet character (none of them is a letter or digit).
        self.bullet = text[:1] != "" and text[0] in _BULLET_CHARS
        # Looks like page chrome (a menu item, button, tag or footer link): short, no sentence
        # punctuation, and not article structure. Three rules ask it of every line on every pass.
        self.chrome = (
            not self.terminal
            and self.n_words <= CHROME_MAX_WORDS
            and not has_digit(text)
            and not is_structure(text)
        )

    @property
    def norm(self) -> str:
        """The normalised text phrase tables match (made on first use: long lines never need it)."""
        if self._norm is None:
            self._norm = normalize(self.text)
        return self._norm

    @property
    def words(self) -> list[str]:
        """The words of the line (made on first use: few rules need more than their number)."""
        if self._words is None:
            self._words = _WORD.findall(self.text)
        return self._words

    @property
    def lower(self) -> str:
        """The text in lowercase (made on first use, then shared by every rule that asks)."""
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    @property
    def bare_date(self) -> str:
        """The normalised text when the line is a bare date ("March 16, 2026", "• 2024-05-01"),
        else "" (asked on first use, once: mark_schedules asks it of every line on every pass)."""
        if self._date is None:
            text = self.text
            is_date = len(text) <= _DATE_MAX_CHARS and has_digit(text) and _BARE_DATE.fullmatch(self.norm)
            self._date = self.norm if is_date else ""
        return self._date

    def __repr__(self) -> str:
        return f"Line({self.number}, {self.text!r})"


def mark_schedules(lines: Sequence[Line]) -> None:
    """Set Line.schedule on the bare date lines ("March 16, 2026", "• 2024-05-01") of a text
    that holds at least SCHEDULE_MIN_DATES different ones: items that share a shape are the
    article's rows, not its furniture. (Repeats of one date, as under every teaser of a related
    list, are no schedule.)

    >>> lines = [Line(1, "March 16, 2026"), Line(2, "Atlanta"), Line(3, "March 17, 2026"), Line(4, "April 2, 2026")]
    >>> mark_schedules(lines); [line.schedule for line in lines]
    [True, False, True, True]
    """
    dates: dict[str, list[Line]] = {}
    for line in lines:
        date = line.bare_date
        if date:
            dates.setdefault(date, []).append(line)
    if len(dates) >= SCHEDULE_MIN_DATES:
        for same in dates.values():
            for line in same:
                line.schedule = True


# An ASCII rule: ten or more of one drawing character ("----------", "==========", "──────────"),
# as console output, an ASCII table or a preformatted block draws its frame.
_RULE_CHARS: Final = "-=_*#~+─━═"
RULE_MIN_CHARS: Final = 10


def _is_rule(text: str) -> bool:
    """Ten or more of one drawing character, and nothing else (string tests, no pattern: this is
    asked of every line of every text)."""
    return len(text) >= RULE_MIN_CHARS and text[0] in _RULE_CHARS and text.count(text[0]) == len(text)


# How far a listing runs after its rule at most, and the paragraph that ends it sooner: a sentence
# of this many words (the article resumes), or a bulleted line (the article's own list resumes).
LISTING_MAX_LINES: Final = 40
LISTING_END_WORDS: Final = 10


def mark_listings(lines: Sequence[Line]) -> None:
    """Set Line.listing on an ASCII rule and the lines after it, up to the first sentence of
    LISTING_END_WORDS words or more, the first bulleted line, or LISTING_MAX_LINES lines: a
    preformatted block (a boot screen, a command's output, an ASCII table), whose lines are the
    program's text ("(c) Copyright 1990-1994, Company." in a boot screen), not the page's.

    >>> lines = [Line(1, "-" * 20), Line(2, "(c) Copyright 1994, Company."), Line(3, "- then reboot")]
    >>> mark_listings(lines); [line.listing for line in lines]
    [True, True, False]
    """
    end = 0
    for i, line in enumerate(lines):
        if i < end or not _is_rule(line.text):
            continue
        line.listing = True
        end = i + 1
        while end < len(lines) and end - i <= LISTING_MAX_LINES:
            nxt = lines[end]
            if nxt.bullet and not _is_rule(nxt.text):
                break
            if nxt.terminal and nxt.n_words >= LISTING_END_WORDS:
                break
            nxt.listing = True
            end += 1


# An item of a list of short lines has at most this many words, and a list has at least this
# many items in a row (three short lines are as often a caption label and two headings: "Video",
# "Recipe Notes", "Tips for ..." on the dev set).
ITEM_MAX_WORDS: Final = 12
ITEM_MIN_RUN: Final = 4


def _short_item(line: Line) -> bool:
    return line.n_words <= ITEM_MAX_WORDS and not line.terminal


def mark_structure(lines: Sequence[Line]) -> bool:
    """Set Line.schedule, Line.listing, Line.item and Line.term afresh from `lines` (mark_schedules,
    mark_listings, mark_items, mark_terms) and say whether any line's marks changed. All read other
    lines, so the pipeline asks again once lines are removed: a packing list's "Watch" whose
    neighbours went as a menu is judged beside the lines now around it, and a page's dateline
    counted as a schedule's row only beside the dates of a related-posts list that went as noise
    is judged among the dates left, in this run rather than in a second cleaning
    (clean(clean(x)) == clean(x)).

    >>> lines = [Line(1, "March 16, 2026"), Line(2, "March 17, 2026"), Line(3, "April 2, 2026")]
    >>> mark_structure(lines), lines[0].schedule
    (True, True)
    >>> mark_structure(lines[:2]), lines[0].schedule
    (True, False)
    """
    before = [(line.schedule, line.listing, line.item, line.term) for line in lines]
    for line in lines:
        line.schedule = False
        line.listing = False
        line.item = False
        line.term = False
    mark_schedules(lines)
    mark_listings(lines)
    mark_items(lines)
    mark_terms(lines)
    return any(
        (line.schedule, line.listing, line.item, line.term) != was
        for line, was in zip(lines, before, strict=True)
    )


def mark_items(lines: Sequence[Line]) -> None:
    """Set Line.item on the lines of a run of ITEM_MIN_RUN or more short lines without sentence
    punctuation: the items of a list ("Compass", "Watch", "GPS app" in a packing list), which a
    one-word caption label ("Watch", "Video") on its own beside a picture is not.

    >>> kit = ["Map", "Compass", "Watch", "GPS app", "A sentence.", "Video", "Recipe notes", "Tips"]
    >>> lines = [Line(n, text) for n, text in enumerate(kit, start=1)]
    >>> mark_items(lines); [line.item for line in lines]
    [True, True, True, True, False, False, False, False]
    """
    run = 0
    for i, line in enumerate(lines):
        run = run + 1 if _short_item(line) else 0
        # The run's first ITEM_MIN_RUN lines when it reaches that length, then each line as it
        # comes: marking the whole run again at each line cost work in the square of its length.
        if run == ITEM_MIN_RUN:
            for j in range(i - run + 1, i + 1):
                lines[j].item = True
        elif run > ITEM_MIN_RUN:
            line.item = True


# A glossary has at least this many entries in a row, each a term line and then its definition,
# a sentence; a term has at most this many words ("Share", "Potencia contratada").
TERM_MIN_PAIRS: Final = 3
TERM_MAX_WORDS: Final = 4


def _term(line: Line) -> bool:
    # A label with its value ("Source: example.com") or a lead-in ("Pros:") is not a term.
    return (
        0 < line.n_words <= TERM_MAX_WORDS
        and not line.terminal
        and not line.bullet
        and ":" not in line.text
        and "：" not in line.text
    )


def _definition(line: Line) -> bool:
    # A definition states: it ends like a sentence and asks nothing (a post's "What's your take?"
    # before a "Leave a comment" button is no definition).
    return line.terminal and not line.text.rstrip(_CLOSERS_SPACE).endswith(("?", "？"))


def mark_terms(lines: Sequence[Line]) -> None:
    """Set Line.term on the terms of a glossary: TERM_MIN_PAIRS or more pairs in a row of a short
    line without sentence punctuation (nor a colon: "Source: example.com", "Pros:") and a sentence
    after it that is not a question (the definition), no two terms the same. A page's buttons
    between comments or posts ("Reply", "Share") repeat; a glossary's terms ("Share", "Dividend",
    "Bond") do not.

    A glossary is introduced: a title or a sentence comes before its first term. A run that begins
    the text is a headline over its first paragraph, and then one-off furniture between the
    article's paragraphs ("Advertisement", "Share this"), so it marks no term.

    >>> texts = ["Words", "Share", "A piece of a company.", "Bond", "A loan.", "Yield", "The income."]
    >>> lines = [Line(n, text) for n, text in enumerate(texts, start=1)]
    >>> mark_terms(lines); [line.term for line in lines]
    [False, True, False, True, False, True, False]
    >>> lines = [Line(n, text) for n, text in enumerate(texts[1:], start=1)]
    >>> mark_terms(lines); [line.term for line in lines]
    [False, False, False, False, False, False]
    >>> lines = [Line(n, t) for n, t in enumerate(["Reply", "Nice.", "Reply", "Yes.", "Reply", "No."], 1)]
    >>> mark_terms(lines); [line.term for line in lines]
    [False, False, False, False, False, False]
    """
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j + 1 < n and _term(lines[j]) and _definition(lines[j + 1]):
            j += 2
        terms = range(i, j, 2)
        # i > 0: a run that begins the text is a headline and its paragraphs (see above).
        if i > 0 and len(terms) >= TERM_MIN_PAIRS and len({lines[k].norm for k in terms}) == len(terms):
            for k in terms:
                lines[k].term = True
        i = j if j > i else i + 1


@dataclass
class Document:
    """The non-blank lines of one text, in order; rules address lines by their position here."""

    lines: Sequence[Line]

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Split on any line boundary, trim each line, and drop blank ones (they carry no text)."""
        lines = [
            Line(number, stripped)
            for number, raw in enumerate(text.splitlines(), start=1)
            if (stripped := raw.strip())
        ]
        mark_structure(lines)
        return cls(lines)

    def __len__(self) -> int:
        return len(self.lines)
