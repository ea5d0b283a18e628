"""The one frozen configuration object: disabled rules, thresholds, and extra phrases per noise class.

Config is data only. A TOML file is parsed with tomllib and validated here; nothing in it is ever
evaluated as code, and extra phrases are regular expressions compiled (and checked) at load time.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from re import _constants as re_constants  # type: ignore[attr-defined]
from re import _parser as re_parser  # type: ignore[attr-defined]
from typing import Any

from cleaner.lexicon import LANGUAGES, UNKNOWN
from cleaner.rules.registry import PHRASE_CLASSES, RULE_NAMES, blind_readers

# Config.language: detect each document's language (cleaner.language), or read every document as
# this one (a pack's code, or UNKNOWN for the rules that read no words).
AUTO_LANGUAGE = "auto"
LANGUAGE_CHOICES = (AUTO_LANGUAGE, *LANGUAGES, UNKNOWN)


class ConfigError(ValueError):
    """A setting is invalid; the message names the setting and the valid choices."""


@dataclass(frozen=True)
class Thresholds:
    """Named numbers the heuristics use; each says where its default comes from."""

    # A line of at least this many words that ends like a sentence counts as article prose
    # (jusText's "long" paragraph is ~200 chars, about 10-12 words in English news text).
    prose_min_words: int = 10
    # After a related-links header, this many consecutive prose lines mean the article resumed.
    # One is not enough: link lists often carry a one-sentence teaser under a headline.
    list_resume_prose_lines: int = 2
    # ... or one paragraph of at least this many words, which is no headline or teaser (a post's
    # excerpt, which ends in an ellipsis, aside). Measured on the dev set, page form: an article
    # of single paragraphs between short lines was taken whole into a menu's "See more" list
    # (recall +0.0048, F1 +0.0004; 35 and 45 words do worse).
    list_resume_paragraph_words: int = 40
    # An appeal opener and its closer are treated as one appeal when at most this many lines apart.
    appeal_max_span: int = 8
    # Prompts, widgets and furniture are short; a longer line is prose that mentions them.
    max_phrase_words: int = 25
    # Alt text: a short lowercase fragment without punctuation between two paragraphs.
    alt_text_max_words: int = 8
    # A headline-like line sandwiched between removed lines is removed if at most this long.
    orphan_max_words: int = 20
    # Lines outside the article region go only when the edge holds at least this many (a menu or
    # footer), so a headline, standfirst and byline alone are never taken for navigation.
    edge_min_lines: int = 4
    # --site-templates: a site needs this many documents before any of its lines is a template,
    # and a template line occurs in at least this percentage of them (header, footer, menu).
    template_min_docs: int = 5
    template_min_percent: int = 50

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(f"thresholds.{f.name} must be a positive whole number, got {value!r}")


@dataclass(frozen=True)
class Config:
    """Everything that changes how text is cleaned. Hashable, so derived tables can be cached."""

    disabled: frozenset[str] = frozenset()
    thresholds: Thresholds = field(default_factory=Thresholds)
    # Extra whole-line phrases (regular expressions over the normalised line) per noise class.
    extra_phrases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # HTML input: also read the page's own markup for noise (captions, related boxes, forms) for
    # the rule markup_noise. It needs a parse of its own next to trafilatura's and costs about a
    # fifth of the time per page for +0.0006 F1 on the dev pages, so it is opt-in.
    html_markup: bool = False
    # The language whose lexicon the word-reading rules use: "auto" detects it per document.
    language: str = AUTO_LANGUAGE

    def __post_init__(self) -> None:
        # The compiled build checks field types on construction; the pure one checks them here.
        if not isinstance(self.disabled, frozenset):
            raise TypeError(f"disabled must be a frozenset, not {type(self.disabled).__name__}")
        if not isinstance(self.thresholds, Thresholds):
            raise TypeError(f"thresholds must be Thresholds, not {type(self.thresholds).__name__}")
        unknown = sorted(set(self.disabled) - set(RULE_NAMES))
        if unknown:
            raise ConfigError(
                f"unknown rule {', '.join(unknown)} in disable; valid rules: {', '.join(RULE_NAMES)}"
            )
        if self.language not in LANGUAGE_CHOICES:
            raise ConfigError(
                f"unknown language {self.language!r}; valid languages: {', '.join(LANGUAGE_CHOICES)}"
            )
        # A rule that another reads (cleaner.rules.registry) is not disabled alone: its reader
        # would silently find nothing to build on. Refused, naming the readers to disable too.
        blind = blind_readers(self.disabled)
        if blind:
            name, readers = next(iter(blind.items()))
            raise ConfigError(
                f"cannot disable {name} alone: {', '.join(readers)} read{'s' if len(readers) == 1 else ''} "
                f"what it removes; disable {' and '.join(readers)} too (see `cleaner rules`)"
            )
        for noise_class, patterns in self.extra_phrases:
            if noise_class not in PHRASE_CLASSES:
                raise ConfigError(
                    f"unknown noise class {noise_class!r} in phrases; "
                    f"valid classes: {', '.join(PHRASE_CLASSES)}"
                )
            for pattern in patterns:
                problem = vet_pattern(pattern)
                if problem:
                    raise ConfigError(f"phrases.{noise_class}: {pattern!r} {problem}")

    def phrases(self, noise_class: str) -> tuple[str, ...]:
        """The user's extra phrases for one noise class."""
        return dict(self.extra_phrases).get(noise_class, ())

    def with_disabled(self, *names: str) -> Config:
        return replace(self, disabled=self.disabled | frozenset(names))


def config_from_mapping(data: Mapping[str, Any]) -> Config:
    """Build a Config from parsed TOML, rejecting unknown keys and wrong types by name."""
    known = {"disable", "thresholds", "phrases", "html_markup", "language"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"unknown setting {', '.join(unknown)}; valid settings: {', '.join(sorted(known))}")
    disable = data.get("disable", [])
    if not isinstance(disable, list) or not all(isinstance(x, str) for x in disable):
        raise ConfigError("disable must be a list of rule names")
    raw_thresholds = data.get("thresholds", {})
    if not isinstance(raw_thresholds, dict):
        raise ConfigError("thresholds must be a table")
    valid = [f.name for f in fields(Thresholds)]
    bad = sorted(set(raw_thresholds) - set(valid))
    if bad:
        raise ConfigError(f"unknown threshold {', '.join(bad)}; valid thresholds: {', '.join(valid)}")
    raw_phrases = data.get("phrases", {})
    if not isinstance(raw_phrases, dict):
        raise ConfigError("phrases must be a table of lists, one per noise class")
    phrases = []
    for noise_class, patterns in raw_phrases.items():
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise ConfigError(f"phrases.{noise_class} must be a list of strings")
        phrases.append((noise_class, tuple(patterns)))
    html_markup = data.get("html_markup", False)
    if not isinstance(html_markup, bool):
        raise ConfigError("html_markup must be true or false")
    language = data.get("language", AUTO_LANGUAGE)
    if not isinstance(language, str):
        raise ConfigError(f"language must be a string, one of: {', '.join(LANGUAGE_CHOICES)}")
    return Config(
        disabled=frozenset(disable),
        thresholds=Thresholds(**raw_thresholds),
        extra_phrases=tuple(sorted(phrases)),
        html_markup=html_markup,
        language=language,
    )


def vet_pattern(pattern: str) -> str | None:
    """What is wrong with a user's phrase pattern, or None: it must compile alone and as one
    alternative among others (so "x)|(.*" and a global flag such as "(?i)" are refused), and must
    not nest unbounded repetition ("(a+)+$", whose matching time is exponential in the line).

    >>> vet_pattern("sign up (?:now|today)") is None
    True
    >>> vet_pattern("(a+)+$")
    'nests unbounded repetition (such as (a+)+), which can take exponential time; rewrite it'
    """
    try:
        re.compile(pattern)
        re.compile(f"(?:{pattern})")
        parsed = re_parser.parse(pattern)
    except (re.error, OverflowError, RecursionError, ValueError) as exc:
        return f"is not a valid regular expression: {exc}"
    if _nested_repeat(parsed, inside=False):
        return "nests unbounded repetition (such as (a+)+), which can take exponential time; rewrite it"
    return None


_REPEATS = (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, re_constants.POSSESSIVE_REPEAT)


def _nested_repeat(items: Any, inside: bool) -> bool:
    """True when a repetition of more than one time holds an unbounded one (star height 2)."""
    for op, av in items:
        if op in _REPEATS:
            _, high, sub = av
            if inside and high == re_constants.MAXREPEAT:
                return True
            if _nested_repeat(sub, inside or high > 1):
                return True
        elif op is re_constants.SUBPATTERN:
            if _nested_repeat(av[-1], inside):
                return True
        elif op is re_constants.BRANCH:
            if any(_nested_repeat(branch, inside) for branch in av[1]):
                return True
        elif op in (re_constants.ASSERT, re_constants.ASSERT_NOT) and _nested_repeat(av[1], inside):
            return True
    return False


def load_config(path: str | Path) -> Config:
    """Read a TOML config file; any problem raises ConfigError naming the file and the setting."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid TOML: a config file must be UTF-8") from None
    try:
        return config_from_mapping(data)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
