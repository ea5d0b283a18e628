"""The language of a document: which lexicon (cleaner.lexicon) its word-reading rules use.

Detection is py3langid's (a naive Bayes model over byte n-grams, trained on 97 languages, which
ships inside the package: nothing is downloaded at run time), asked of a bounded sample of the
text: the first long lines, at most SAMPLE_CHARS characters, so that the cost per document does
not grow with its length. py3langid walks the sample's bytes in Python, about a microsecond a
byte, which on English would be a fifth of the text path's time; so a sample that is plainly
English (English-only function words make up a tenth of its words) is taken as English without
asking the model, and the model (about a second to load) is loaded only when a document needs it.

A detected language without a pack, a sample whose language the model is unsure of (lists of
names), and a sample whose long lines read as two languages (mixed text) get UNKNOWN: the rules
then read no words, only shapes. A text too short
to tell (fewer than MIN_SAMPLE_LETTERS letters: a snippet, a single widget line) gets
SHORT_TEXT_LANGUAGE, English, which is what cleaner read every text as before it had packs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Final

from cleaner.document import TERMINAL_PUNCTUATION
from cleaner.lexicon import LANGUAGES, UNKNOWN

# The sample: long lines first (headlines, menus and buttons are short and often in another
# language than the article: "Home", "Login"), at most this many characters. 400 characters is
# where py3langid is right on every English dev page and every pack's fixture.
SAMPLE_CHARS: Final = 400
SAMPLE_LINE_CHARS: Final = 40
_TERMINAL: Final = tuple(TERMINAL_PUNCTUATION)
_CLOSERS: Final = "\"'”’)]»」』） "
# Fewer letters than this in the sample, or no sentence in it, and no language can be told.
MIN_SAMPLE_LETTERS: Final = 20
SHORT_TEXT_LANGUAGE: Final = "en"
# py3langid's normalised probability below which the sample is taken as mixed or unknown.
MIN_CONFIDENCE: Final = 0.5
# A sample with two lines (each at least MIXED_MIN_CHARS long) that read as two different
# languages, each with at least MIXED_MIN_CONFIDENCE, is mixed (see _mixed).
MIXED_MIN_CHARS: Final = 120
MIXED_MIN_CONFIDENCE: Final = 0.9
# Function words that are English and no other pack's language's words ("was", "will", "of",
# "is", "on", "for", "die", "we", "by" are words of German, Dutch, French, Polish or Portuguese
# too).
_ENGLISH_ONLY: Final = frozenset(
    ["the", "and", "that", "with", "this", "from", "have", "has", "were", "which", "they", "their", "would", "been", "are", "you", "not", "but", "his", "she", "her", "them", "there", "these", "those", "what", "when", "who", "about", "because", "could", "should", "it", "its", "at", "your", "our", "can", "more", "than", "other", "into", "just", "only", "some", "any", "such", "many", "new", "like", "get", "how", "may", "be", "being", "did", "does", "after", "up", "out", "while", "where", "through", "during", "between", "might", "must", "said", "says"]
)  # fmt: skip
# The fast path: at least this share of the sample's words, and at least ENGLISH_MIN_HITS of them
# (English news prose: 15-25%; English lists and tables: 5-10%; German, French, Dutch or
# Spanish prose: under 1%).
ENGLISH_MIN_SHARE: Final = 0.05
ENGLISH_MIN_HITS: Final = 3
_WORDS: Final = re.compile(r"[^\W\d_]+")
# The model's codes that map to a pack: Cantonese and Wu written in Chinese characters read as
# Chinese to the rules.
_ALIASES: Final = {"yue": "zh", "wuu": "zh"}


def sample(lines: Iterable[str]) -> str:
    """The part of a text (its trimmed, non-blank lines) that the language is told from: its long
    lines, from the start, up to SAMPLE_CHARS characters; the start of the text when it has no
    long lines. Lines are taken lazily, so a long document costs no more than a short one.

    >>> sample(["Home", "News", "The council met on Tuesday to discuss the plan for the new school."])
    'The council met on Tuesday to discuss the plan for the new school.'
    """
    parts: list[str] = []
    head: list[str] = []
    size = head_size = 0
    for line in lines:
        if head_size < SAMPLE_CHARS:
            head.append(line)
            head_size += len(line) + 1
        if len(line) >= SAMPLE_LINE_CHARS:
            parts.append(line[: SAMPLE_CHARS - size])
            size += len(parts[-1]) + 1
            if size >= SAMPLE_CHARS:
                break
    if not parts:
        return "\n".join(head)[:SAMPLE_CHARS]
    return "\n".join(parts)


def is_plainly_english(words: list[str]) -> bool:
    """True when English-only function words make up ENGLISH_MIN_SHARE of `words` (lowercase).

    >>> is_plainly_english("the council said that the plan would go ahead".split())
    True
    >>> is_plainly_english("der rat sagte, dass der plan umgesetzt wird".split())
    False
    """
    hits = sum(map(_ENGLISH_ONLY.__contains__, words))
    return hits >= ENGLISH_MIN_HITS and hits >= ENGLISH_MIN_SHARE * len(words)


def detect(lines: Iterable[str]) -> str:
    """The language code of a text given as its trimmed, non-blank lines (a code of
    cleaner.lexicon.LANGUAGES) or UNKNOWN.

    >>> detect(["Die Regierung hat am Dienstag einen neuen Plan für die Schulen vorgestellt."])
    'de'
    >>> detect(["The government presented a new plan for the schools on Tuesday."])
    'en'
    >>> detect(["Share"])
    'en'
    """
    return detect_sample(sample(lines))


def detect_sample(part: str) -> str:
    """The language of a sample (see `sample` and `detect`)."""
    words = _WORDS.findall(part.lower())
    if is_plainly_english(words):
        return "en"
    if sum(map(len, words)) < MIN_SAMPLE_LETTERS or not _has_sentence(part):
        return SHORT_TEXT_LANGUAGE
    code, confidence = _classify(part)
    if confidence < MIN_CONFIDENCE or code not in LANGUAGES or _mixed(part):
        return UNKNOWN
    return code


def _classify(part: str) -> tuple[str, float]:
    """py3langid's language of `part` (a pack's code for the model's aliases) and its probability."""
    code, confidence = _identifier().classify(part)
    return _ALIASES.get(str(code), str(code)), float(confidence)


def _mixed(part: str) -> bool:
    """True when two lines of a sample, each at least MIXED_MIN_CHARS long, read confidently as
    two different languages: a text in two languages (a bilingual page, an article in one
    language with paragraphs in another), for which the whole sample's probability still comes
    out near 1 for one of them (py3langid's normalised probabilities are sharp: a sample of
    German and French lines in turn reads German at 0.999). Only lines that long are asked on
    their own: a shorter line's language is a guess."""
    seen = ""
    for line in part.split("\n"):
        if len(line) < MIXED_MIN_CHARS:
            continue
        code, confidence = _classify(line)
        if confidence < MIXED_MIN_CONFIDENCE:
            continue
        if seen and code != seen:
            return True
        seen = code
    return False


def _has_sentence(part: str) -> bool:
    """A line of the sample ends like a sentence: without one (a table, a list of names or dates,
    code) the text is not prose, and no model tells its language reliably.

    >>> _has_sentence("September 10  12pm-1pm  Room 217\\nSeptember 17  12pm-1pm  Room 217")
    False
    """
    return any(line.rstrip(_CLOSERS).endswith(_TERMINAL) for line in part.split("\n"))


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier with normalised probabilities, loaded on first use (about a second:
    an English-only batch never loads it)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
