"""Language packs: every word list and phrase table that belongs to a language, one module each.

A pack module (en.py, de.py, ...) holds data only: `PHRASES`, its whole-line phrase tables by
key (the key of the phrase rule that reads it: "prompts", "widgets", "link_lists", ...; see the
rules' PhraseTable), and its word lists. Rules read them through the document's language as
`ctx.lexicon`; structural rules read none. Adding a language means adding one module here, its
code to `_PACKS`, and its fixtures (tests/test_languages.py, tests/fixtures/languages/).

Tables are written as the English ones are: each phrase matches a whole normalised line
(lowercase, straight quotes, no leading bullet, no trailing colon), so prose that mentions a
word never matches.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Final

from cleaner.lexicon import common, de, en, es, fr, it, ja, nl, pl, pt, ru, zh

# A document whose language has no pack, or is mixed: rules read no words.
UNKNOWN: Final = "und"

_PACKS: Final[dict[str, ModuleType]] = {
    "en": en,
    "de": de,
    "fr": fr,
    "es": es,
    "pt": pt,
    "it": it,
    "nl": nl,
    "pl": pl,
    "ru": ru,
    "zh": zh,
    "ja": ja,
}
LANGUAGES: Final[tuple[str, ...]] = tuple(_PACKS)
_NO_WORDS: Final[frozenset[str]] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    """The words of one language that rules read (all empty for UNKNOWN).

    `phrases` maps a phrase rule's table key to its whole-line patterns; `words` names word sets
    (STOPWORDS: function words, which a name is not; APPEAL_WORDS: a paragraph after an appeal
    phrase that speaks of donations; COOKIE_WORDS and COOKIE_MARKS: a consent notice of any
    length; COMMENT_BUTTONS: the buttons under each comment); `patterns` names regular
    expressions (ATTRIBUTION: a commenter's "Name says:" line, whole normalised line; BYLINE: the
    words before an author's name, "by", "von", "par"). The English pack (en.py) says which rule
    reads each of the others (CONSENT, DISCLAIMER, BIO_START, CREDIT_LABELS, ...); a pack without
    one turns that rule off in its language.
    """

    code: str
    phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Written without spaces between words (Chinese, Japanese): a word of a set is found inside
    # a line's text, not among its words.
    words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    patterns: Mapping[str, str] = field(default_factory=dict)
    spaceless: bool = False
    # marks(): each word set as a tuple, made on first use.
    _marks: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __hash__(self) -> int:
        return hash(self.code)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and other.code == self.code

    # Rules ask these line by line: `in` and a subscript, not Mapping.get, which the compiled
    # build calls as a Python method (and a new empty frozenset for every miss).

    def table(self, key: str) -> tuple[str, ...]:
        """The phrases of table `key` in this language (none when it has no such table)."""
        phrases = self.phrases
        return phrases[key] if key in phrases else ()  # noqa: SIM401 (see above)

    def wordset(self, key: str) -> frozenset[str]:
        """The word set `key` in this language (lowercase words; empty when it has none)."""
        words = self.words
        return words[key] if key in words else _NO_WORDS  # noqa: SIM401

    def marks(self, key: str) -> tuple[str, ...]:
        """The word set `key` as a tuple, for the cheap substring gates (cleaner.rules.has_any)
        that every line is put through: the compiled build walks a tuple without an iterator
        object, a frozenset with one."""
        marks = self._marks
        if key not in marks:
            marks[key] = tuple(sorted(self.wordset(key)))
        return marks[key]

    def pattern(self, key: str) -> str:
        """The regular expression `key` in this language ("" when it has none)."""
        patterns = self.patterns
        return patterns[key] if key in patterns else ""  # noqa: SIM401


@cache
def lexicon(code: str) -> Lexicon:
    """The pack of language `code` (UNKNOWN, or a code without a pack: the empty lexicon).

    A pack module's PHRASES dict gives the phrase tables, its other upper-case names that hold
    a collection of strings the word sets, and those that hold one string the patterns.
    """
    module = _PACKS.get(code)
    if module is None:
        return Lexicon(UNKNOWN)
    words: dict[str, frozenset[str]] = {}
    patterns: dict[str, str] = {}
    for name, value in vars(module).items():
        if (
            not name.isupper()
            or name.startswith("_")
            or name in ("PHRASES", "SPACELESS")
            or name in vars(common)
        ):
            continue
        if isinstance(value, str):
            patterns[name] = value
        elif isinstance(value, (frozenset, set, tuple, list)):
            words[name] = frozenset(str(w) for w in value)
    phrases = getattr(module, "PHRASES", {})
    spaceless = bool(getattr(module, "SPACELESS", False))
    return Lexicon(code, {str(k): tuple(v) for k, v in phrases.items()}, words, patterns, spaceless)


def english() -> Lexicon:
    """The English pack: what a rule reads when it is asked outside a document (tests, doctests)."""
    return lexicon("en")
