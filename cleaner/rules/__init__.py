"""The rule interface shared by every noise class.

A rule is a named, documented function. Line rules look at one line and its features; document
rules look at the whole document (and at what earlier rules removed in this pass) for block and
context patterns. Both are wrapped in `Rule`, whose name is used everywhere: the rule table,
`--disable`, explain output, statistics and tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from cleaner.config import Config
from cleaner.document import Document, Line
from cleaner.lexicon import Lexicon, lexicon
from cleaner.phrase_index import PhraseIndex

# Phrase tables describe short lines; a longer line is prose. Bounding the length here also bounds
# the work any phrase pattern can do on hostile input.
MAX_PHRASE_CHARS: Final = 300


def _english() -> Lexicon:
    return lexicon("en")


@dataclass(frozen=True)
class Context:
    """What a rule may read: the document, the config, what earlier rules in this pass removed,
    the phrase patterns compiled for this config and language, and the document's lexicon (the
    words of its language; cleaner.lexicon)."""

    doc: Document
    config: Config
    removed: Mapping[int, str]
    patterns: dict[str, PhraseIndex] = field(default_factory=dict)
    # Digests of this document's site's template lines (--site-templates), else empty.
    templates: frozenset[int] = frozenset()
    # Digests of the texts an HTML page's markup marks as noise (cleaner.html), else empty.
    markup: frozenset[int] = frozenset()
    # `removed` as one flag per line, which the pipeline keeps in step with it (None: ask
    # `removed`). Rules ask is_removed of every line, often several times; a list look-up needs
    # no boxed integer, a dict look-up does.
    mask: list[bool] | None = None
    # The word lists and phrase tables of the document's language.
    lexicon: Lexicon = field(default_factory=_english)

    def is_removed(self, index: int) -> bool:
        mask = self.mask
        if mask is None or not 0 <= index < len(mask):
            return index in self.removed
        return mask[index]


LineFn = Callable[[Line, Context], bool]
DocFn = Callable[[Context], Iterable[int]]


@dataclass(frozen=True)
class PhraseTable:
    """A phrase rule's table: `key` names it in the compiled-pattern cache (and, when it is a
    noise class, the user's extra phrases for it); `precondition` is what the rule asks of a line
    beside matching one of the phrases whole."""

    key: str
    phrases: tuple[str, ...]
    precondition: Callable[[Line], bool]


@dataclass(frozen=True)
class Rule:
    """A named rule: `run` returns the positions (in `doc.lines`) of the lines it removes.
    `per_line` rules judge each line alone, so a line they kept once they keep again."""

    name: str
    noise_class: str
    run: DocFn
    doc: str
    predicate: LineFn | None = None
    # Phrase rules: their table, so that one match can ask every phrase rule at once (pipeline).
    table: PhraseTable | None = None

    @property
    def per_line(self) -> bool:
        return self.predicate is not None

    @property
    def summary(self) -> str:
        """The docstring's first paragraph on one line: what the rule removes."""
        return " ".join(self.doc.strip().split("\n\n")[0].split())


def line_rule(noise_class: str) -> Callable[[LineFn], Rule]:
    """Make a Rule from a predicate over one line (lines already removed are not asked again)."""

    def wrap(fn: LineFn) -> Rule:
        return _line_rule(fn.__name__, noise_class, fn, fn.__doc__ or "")

    return wrap


def _line_rule(name: str, noise_class: str, fn: LineFn, doc: str, table: PhraseTable | None = None) -> Rule:
    def run(ctx: Context) -> Iterable[int]:
        return [i for i, line in enumerate(ctx.doc.lines) if not ctx.is_removed(i) and fn(line, ctx)]

    return Rule(name, noise_class, run, doc, predicate=fn, table=table)


def phrase_rule(
    noise_class: str, phrases: tuple[str, ...], key: str | None = None
) -> Callable[[Callable[[Line], bool]], Rule]:
    """Make a Rule that removes a line whose whole normalised text is one of `phrases` (or of the
    user's extras for `key`, the noise class by default) and for which the decorated function,
    the rule's precondition on the line, holds."""

    def wrap(precondition: Callable[[Line], bool]) -> Rule:
        table = PhraseTable(key or noise_class, phrases, precondition)

        def predicate(line: Line, ctx: Context) -> bool:
            return precondition(line) and is_phrase(
                line, ctx, table.key, ctx.lexicon.table(table.key, table.phrases)
            )

        return _line_rule(precondition.__name__, noise_class, predicate, precondition.__doc__ or "", table)

    return wrap


def doc_rule(noise_class: str) -> Callable[[DocFn], Rule]:
    """Make a Rule from a function over the whole document."""

    def wrap(fn: DocFn) -> Rule:
        return Rule(fn.__name__, noise_class, fn, fn.__doc__ or "")

    return wrap


@lru_cache(maxsize=256)
def compile_table(builtin: tuple[str, ...], extra: tuple[str, ...] = ()) -> PhraseIndex:
    """Compile a phrase table (whole-line patterns over the normalised line), indexed so that a
    line is tried only against the phrases that could match it (see cleaner.phrase_index)."""
    return PhraseIndex(builtin + extra)


@lru_cache(maxsize=64)
def lexicon_pattern(lex: Lexicon, key: str, english: str) -> re.Pattern[str] | None:
    """The regular expression `key` of a lexicon, compiled once (None: the language has none,
    and the rule that reads it removes nothing). `english` is the rule's own pattern."""
    pattern = lex.pattern(key, english)
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def phrases_of(table: PhraseTable, lex: Lexicon) -> tuple[str, ...]:
    """The phrases of a phrase rule's table in the language of `lex`."""
    return lex.table(table.key, table.phrases)


def phrase_sized(line: Line, config: Config) -> bool:
    """Short enough to be one of the phrases of a table: longer lines are prose."""
    return len(line.text) <= MAX_PHRASE_CHARS and line.n_words <= config.thresholds.max_phrase_words


def is_phrase(line: Line, ctx: Context, noise_class: str, table: tuple[str, ...]) -> bool:
    """True when the whole normalised line is one of the table's phrases (or the user's extras).

    `table` is the table in the document's language (ctx.lexicon.table). `noise_class` names
    the compiled table in the per-config and per-language cache and the user's `[phrases]`
    extras added to it; a rule with a table of its own beside its class's main one passes a key
    of its own ("furniture_end_note"), which has no extras.
    """
    if not phrase_sized(line, ctx.config):
        return False
    pattern = ctx.patterns.get(noise_class)
    if pattern is None:
        pattern = ctx.patterns[noise_class] = compile_table(table, ctx.config.phrases(noise_class))
    return pattern.fullmatch(line.norm)


def is_prose(line: Line, ctx: Context) -> bool:
    """Article-like prose: long enough and ending like a sentence."""
    return line.terminal and line.n_words >= ctx.config.thresholds.prose_min_words


def neighbours(ctx: Context, index: int) -> tuple[int | None, int | None]:
    """Positions of the nearest lines before and after `index` (None at the edges)."""
    before = index - 1 if index > 0 else None
    after = index + 1 if index + 1 < len(ctx.doc.lines) else None
    return before, after
