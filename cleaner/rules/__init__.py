"""The rule interface shared by every noise class.

A rule is a named, documented function. Line rules look at one line and its features; document
rules look at the whole document (and at what earlier rules removed in this pass) for block and
context patterns. Both are wrapped in `Rule`, whose name is used everywhere: the rule table,
`--disable`, explain output, statistics and tests. A document rule that builds on the lines
another rule removed says so, `@doc_rule(CLASS, reads=(list_header,))`, and asks
`ctx.removed_by(list_header)`; the registry (cleaner.rules.registry) orders the rules from those
declarations and refuses to disable a rule that an enabled rule reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import not_
from typing import TYPE_CHECKING, Final

from cleaner.document import Document, Line
from cleaner.lexicon import Lexicon, english
from cleaner.phrase_index import PhraseIndex

if TYPE_CHECKING:
    # Only a type here: cleaner.config validates rule names against the registry, which imports
    # the rules, so a run-time import would close a circle.
    from cleaner.config import Config

# Phrase tables describe short lines; a longer line is prose. Bounding the length here also bounds
# the work any phrase pattern can do on hostile input.
MAX_PHRASE_CHARS: Final = 300


class Context:
    """What a rule may read: the document, the config, what earlier rules in this pass removed,
    the document's hints (cleaner.hints.Hints, unpacked), and the document's lexicon (the words
    of its language; cleaner.lexicon).

    (A plain class, not a frozen dataclass: mypyc gives a compiled dataclass its fields' types at
    run time, and Config is imported here for typing only; see the import above.)
    """

    def __init__(
        self,
        doc: Document,
        config: Config,
        removed: Mapping[int, str],
        templates: frozenset[int] = frozenset(),
        markup: frozenset[int] = frozenset(),
        mask: list[bool] | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.doc: Final = doc
        # The late phrase rules' matches in this pass (see phrase_lines_outside_lists).
        self.late_phrase_hits: list[int] | None = None
        self.config: Final = config
        self.removed: Final = removed
        # Digests of this document's site's template lines (--site-templates), else empty.
        self.templates: Final = templates
        # Digests of the texts an HTML page's markup marks as noise (cleaner.html), else empty.
        self.markup: Final = markup
        # `removed` as one flag per line, which the pipeline keeps in step with it (None: ask
        # `removed`). Rules ask is_removed of every line, often several times; a list look-up
        # needs no boxed integer, a dict look-up does.
        self.mask: Final = mask
        # The word lists and phrase tables of the document's language (English when not given).
        self.lexicon: Final = lexicon or english()
        # kept(), and how many lines `removed` held when it was made (the pass only adds to it).
        self._kept: tuple[int, ...] = ()
        self._kept_at = -1
        # prose_span() and norm_counts(), made once for the pass (the span again when a rule
        # removed lines since: see kept()).
        self._span = (0, -1)
        self._span_at = -1
        self._norm_counts: dict[str, int] | None = None

    def is_removed(self, index: int) -> bool:
        mask = self.mask
        if mask is None or not 0 <= index < len(mask):
            return index in self.removed
        return mask[index]

    def kept(self) -> tuple[int, ...]:
        """Positions of the lines no rule has removed so far in this pass, in order.

        Made once for every run of rules that removes nothing: a pass only adds to `removed`,
        so the view is stale exactly when `removed` has grown. (Half the rules began by asking
        is_removed of every line to make this list, two million calls on the dev set.)
        """
        removed = self.removed
        if self._kept_at != len(removed):
            mask = self.mask
            if mask is None or len(mask) != len(self.doc.lines):
                self._kept = tuple(i for i in range(len(self.doc.lines)) if i not in removed)
            else:
                self._kept = tuple(compress(range(len(mask)), map(not_, mask)))
            self._kept_at = len(removed)
        return self._kept

    def prose_span(self) -> tuple[int, int]:
        """The positions of the first and the last kept paragraph (is_prose) of the text;
        (len(doc.lines), -1) when there is none, so that every line stands before the first and
        after the last. Made again only when lines were removed since it was last made (two rules
        of a pass asked for it, each walking the kept lines)."""
        if self._span_at != len(self.removed):
            lines = self.doc.lines
            first, last = len(lines), -1
            for i in self.kept():
                if is_prose(lines[i], self):
                    if last < 0:
                        first = i
                    last = i
            self._span = (first, last)
            self._span_at = len(self.removed)
        return self._span

    def norm_counts(self) -> dict[str, int]:
        """How many lines of the document (kept or not) have each normalised text: made once a
        pass, since the document does not change within it."""
        if self._norm_counts is None:
            counts: dict[str, int] = {}
            for line in self.doc.lines:
                norm = line.norm
                counts[norm] = counts.get(norm, 0) + 1
            self._norm_counts = counts
        return self._norm_counts

    def removed_by(self, rule: Rule) -> list[int]:
        """Positions of the lines `rule` removed so far in this pass, in the order it removed
        them. A rule asks this only of the rules it declares in `reads`."""
        name = rule.name
        return [i for i, by in self.removed.items() if by == name]


LineFn = Callable[[Line, Context], bool]
DocFn = Callable[[Context], Iterable[int]]


@dataclass(frozen=True)
class PhraseTable:
    """A phrase rule's table: `key` names it in the compiled-pattern cache (and, when it is a
    noise class, the user's extra phrases for it); `precondition` is what the rule asks of a line
    beside matching one of the phrases whole."""

    key: str
    precondition: Callable[[Line], bool]


@dataclass(frozen=True)
class Rule:
    """A named rule. A per-line rule has a `predicate` over one line (the pipeline sweeps every
    line through all of them at once; a line they kept once they keep again); a document rule
    has `run`, which returns the positions (in `doc.lines`) of the lines it removes, and `reads`,
    the rules whose removals it builds on (it runs after them, and cannot run without them)."""

    name: str
    noise_class: str
    run: DocFn | None
    doc: str
    predicate: LineFn | None = None
    # Phrase rules: their table, so that one match can ask every phrase rule at once (pipeline).
    table: PhraseTable | None = None
    reads: tuple[Rule, ...] = ()

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
    return Rule(name, noise_class, None, doc, predicate=fn, table=table)


def phrase_rule(noise_class: str, key: str | None = None) -> Callable[[Callable[[Line], bool]], Rule]:
    """Make a Rule that removes a line whose whole normalised text is one of the phrases of its
    table in the document's language (the table `key`, the noise class by default, of the
    lexicon: cleaner.lexicon.<code>.PHRASES) or of the user's extras for `key`, and for which the
    decorated function, the rule's precondition on the line, holds."""

    def wrap(precondition: Callable[[Line], bool]) -> Rule:
        def outside_listing(line: Line) -> bool:
            # A preformatted listing holds a program's text (Line.listing): a phrase there
            # ("(c) Copyright 1994, Company." on a boot screen) is not the page's furniture; nor
            # is a glossary's term (Line.term: "Share" over "A small piece of a company.").
            return not line.listing and not line.term and precondition(line)

        table = PhraseTable(key or noise_class, outside_listing)

        def predicate(line: Line, ctx: Context) -> bool:
            return outside_listing(line) and is_phrase(line, ctx, table.key, ctx.lexicon.table(table.key))

        return _line_rule(precondition.__name__, noise_class, predicate, precondition.__doc__ or "", table)

    return wrap


def doc_rule(noise_class: str, reads: tuple[Rule, ...] = ()) -> Callable[[DocFn], Rule]:
    """Make a Rule from a function over the whole document; `reads` are the rules whose removals
    it asks for with `ctx.removed_by`."""

    def wrap(fn: DocFn) -> Rule:
        return Rule(fn.__name__, noise_class, fn, fn.__doc__ or "", reads=reads)

    return wrap


@lru_cache(maxsize=256)
def compile_table(builtin: tuple[str, ...], extra: tuple[str, ...] = ()) -> PhraseIndex:
    """Compile a phrase table (whole-line patterns over the normalised line), indexed so that a
    line is tried only against the phrases that could match it (see cleaner.phrase_index).
    The one cache of compiled tables (the pipeline's sweep plan holds one index of them all)."""
    return PhraseIndex(builtin + extra)


# lexicon_pattern's patterns: by language code (a Lexicon is equal to another of its code), then
# by key; one dict for those that ignore case, one for those that do not. (An lru_cache hashed a
# new tuple of the three arguments at every call, and rules ask for their patterns per line: 2%
# of the cleaning time.)
_PATTERNS: Final[dict[str, dict[str, re.Pattern[str] | None]]] = {}
_CASE_PATTERNS: Final[dict[str, dict[str, re.Pattern[str] | None]]] = {}


def lexicon_pattern(lex: Lexicon, key: str, ignore_case: bool = True) -> re.Pattern[str] | None:
    """The regular expression `key` of a lexicon, compiled once, ignoring case unless told
    otherwise (None: the language has none, and the rule that reads it removes nothing)."""
    by_code = _PATTERNS if ignore_case else _CASE_PATTERNS
    patterns = by_code.get(lex.code)
    if patterns is None:
        patterns = by_code[lex.code] = {}
    if key in patterns:
        return patterns[key]
    pattern = lex.pattern(key)
    compiled = None
    if pattern:
        compiled = re.compile(pattern, re.IGNORECASE) if ignore_case else re.compile(pattern)
    patterns[key] = compiled
    return compiled


def has_any(text: str, marks: tuple[str, ...]) -> bool:
    """True when `text` contains one of `marks` (a pack's cheap gate before a pattern: every
    match of the pattern holds one of them; Lexicon.marks). No marks: no gate, True."""
    return not marks or any(mark in text for mark in marks)


def phrases_of(table: PhraseTable, lex: Lexicon) -> tuple[str, ...]:
    """The phrases of a phrase rule's table in the language of `lex`."""
    return lex.table(table.key)


def phrase_sized(line: Line, config: Config) -> bool:
    """Short enough to be one of the phrases of a table: longer lines are prose."""
    return len(line.text) <= MAX_PHRASE_CHARS and line.n_words <= config.thresholds.max_phrase_words


def is_phrase(line: Line, ctx: Context, key: str, table: tuple[str, ...]) -> bool:
    """True when the whole normalised line is one of the table's phrases (or the user's extras).

    `table` is the table in the document's language (ctx.lexicon.table). `key` names the user's
    `[phrases]` extras added to the table: a noise class; a rule with a table of its own beside
    its class's main one passes a key of its own ("endmatter_author_box"), which has no extras.
    """
    if not phrase_sized(line, ctx.config):
        return False
    return compile_table(table, ctx.config.phrases(key)).fullmatch(line.norm)


def is_prose(line: Line, ctx: Context) -> bool:
    """Article-like prose: long enough and ending like a sentence."""
    return line.terminal and line.n_words >= ctx.config.thresholds.prose_min_words


# The tables of the phrase rules that run as document rules, after the structural ones, in the
# order the registry runs them (promo_phrase, editorial_note, disclosure_note): a line both
# tables hold goes to the first, as it would if each rule matched its own table in turn.
LATE_PHRASE_KEYS: Final = ("promotion", "editorial", "disclosures")


def late_tables(lex: Lexicon, config: Config) -> tuple[tuple[str, ...], ...]:
    """The late phrase rules' tables in the language of `lex`, with the user's extras, in the
    order of LATE_PHRASE_KEYS (a language without a table has none of the extras for it either)."""
    return tuple(lex.table(k) + config.phrases(k) if lex.table(k) else () for k in LATE_PHRASE_KEYS)


@lru_cache(maxsize=64)
def late_index(tables: tuple[tuple[str, ...], ...]) -> PhraseIndex | None:
    """One index of the late tables (None when every one is empty)."""
    return PhraseIndex(*tables) if any(tables) else None


def late_table(line: Line, config: Config, index: PhraseIndex | None) -> int:
    """Which late table (a position in LATE_PHRASE_KEYS) is the first to hold `line` whole, or
    -1: also for a list item, a line of a preformatted listing (Line.listing), a glossary's term
    (Line.term) and a line too long to be a phrase, which these rules keep."""
    if index is None or line.bullet or line.listing or line.term or not phrase_sized(line, config):
        return -1
    table = index.first_table(line.norm)
    return -1 if table is None else table


def phrase_lines_outside_lists(ctx: Context, key: str) -> list[int]:
    """Positions of the kept lines, not list items nor lines of a preformatted listing (Line.listing:
    a phrase rule must not fire inside console output), that are whole phrases of the document
    language's table `key` (a language without that table: none). For the phrase rules that run
    as document rules after the structural ones (promotion, editorial, disclosures).

    Each line is matched once against all three tables, not once per rule (with every line
    asked of every table, these rules took a fifth of the cleaning time): the pipeline's first
    sweep does it in the same index match as the per-line phrase rules and fills
    `ctx.late_phrase_hits`; without it (a Context made by hand) the first of these rules to ask
    matches the lines against one index of the three tables.
    """
    hits = ctx.late_phrase_hits
    if hits is None:
        index = late_index(late_tables(ctx.lexicon, ctx.config))
        hits = [late_table(line, ctx.config, index) for line in ctx.doc.lines]
        ctx.late_phrase_hits = hits
    table = LATE_PHRASE_KEYS.index(key)
    return [i for i, hit in enumerate(hits) if hit == table and not ctx.is_removed(i)]


# This many lines of prose are an article's: before a footer (footer_to_end), the article itself
# (a text without them has no footer after its article, it is the top of the text); in a row after
# its opener, the article resuming (the footer is then left alone). A footer's own sections hold a
# paragraph or two of pitch, at most four in a row on the dev set.
ARTICLE_RUN: Final = 5


def footer_to_end(
    ctx: Context, openers: Iterable[int], pattern: re.Pattern[str], min_marks: int
) -> list[int]:
    """The kept lines from the first of `openers` (lines a phrase rule removed) that `pattern`
    marks, to the end of the text, when that stretch holds at least `min_marks` lines `pattern`
    marks, `ARTICLE_RUN` prose lines come before it, and no run of as many comes after its start.
    For the footers a site prints after its article (newsletter_footer, republish_footer); none
    when no opener qualifies.
    """
    lines = ctx.doc.lines
    for start in sorted(openers):
        if pattern.search(lines[start].norm) is None:
            continue
        rest = range(start, len(lines))
        if sum(1 for j in rest if pattern.search(lines[j].norm)) < min_marks:
            return []  # a later opener has fewer marks still
        if sum(1 for j in range(start) if not ctx.is_removed(j) and is_prose(lines[j], ctx)) < ARTICLE_RUN:
            continue  # no article before it: the top of the text
        if _prose_run(ctx, rest) >= ARTICLE_RUN:
            continue  # the article resumes after it
        return [j for j in rest if not ctx.is_removed(j)]
    return []


def _prose_run(ctx: Context, span: range) -> int:
    """The most kept prose lines in a row within `span` (list items and removed lines neither
    count nor break a run: a footer's lists of long items are not the article's prose)."""
    best = run = 0
    for j in span:
        if ctx.is_removed(j) or ctx.doc.lines[j].bullet:
            continue
        run = run + 1 if is_prose(ctx.doc.lines[j], ctx) else 0
        best = max(best, run)
    return best
