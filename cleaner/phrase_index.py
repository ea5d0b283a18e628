"""Fast whole-line matching of a phrase table: only the phrases that can match a line are tried.

A phrase table is a list of regexes matched against the whole normalised line. Most lines are
prose that no phrase matches, and one alternation of every phrase made the regex engine try each
phrase on each line: the largest single cost of cleaning. `PhraseIndex` reads each phrase's
regex once (with the standard library's own parser) and learns two things that every match must
satisfy:

- the characters a match can start with ("advertisement" starts with "a"; `.{0,200}cookies` can
  start with anything);
- literal texts a match must contain ("all rights reserved"), or, where the phrase branches,
  one of a set of texts ("we use cookies" or "cookie policy").

A line is then tried only against the phrases whose first characters and required texts it has,
compiled together as one alternation (cached per set of phrases). The analysis is conservative:
anything it does not understand (flags, back-references, classes it cannot list) makes the phrase
a candidate for every line, so the answer is always the one the full alternation gives; a test
checks this on real lines and on generated ones.

This is the prefilter idea of RE2's and Hyperscan's literal factoring, cut down to what phrase
tables need.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# The standard library's own regex parser and its opcodes (private modules, the same from Python
# 3.11 on; typeshed has no stubs for them).
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

# Character ranges wider than this are treated as "any character".
_MAX_RANGE = 128
# Literal texts shorter than this are not worth testing for.
_MIN_LITERAL = 3
# Stands for the decimal digits outside ASCII that \d also matches ("٣"), as a first character.
_OTHER_DIGIT = "<digit>"
_DIGITS = frozenset("0123456789") | {_OTHER_DIGIT}


class _Unknown(Exception):
    """A construct the analysis does not model; the phrase is then tried on every line."""


# The first characters a match can start with: a set, or None for any character.
FirstSet = frozenset[str] | None
# What a match must contain: every clause holds, and a clause holds when one of its texts is in
# the line.
Clauses = tuple[frozenset[str], ...]


def _charset(items: list[tuple[Any, Any]]) -> frozenset[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av in (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT):
            chars |= _DIGITS
        else:  # NEGATE, other categories (\w, \s), wide ranges
            raise _Unknown
    return frozenset(chars)


def _first(seq: Any) -> tuple[FirstSet, bool]:
    """(characters a match of `seq` can start with, whether `seq` can match the empty string)."""
    out: set[str] = set()
    for op, av in seq:
        if op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:
            continue  # zero-width: constrains, consumes nothing; ignoring it only widens the set
        if op is _c.LITERAL:
            out.add(chr(av))
            return frozenset(out), False
        if op is _c.IN:
            try:
                out |= _charset(av)
            except _Unknown:
                return None, False
            return frozenset(out), False
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:  # inline flags, such as (?i:...)
                raise _Unknown
            chars, nullable = _first(av[3])
        elif op is _c.BRANCH:
            chars, nullable = frozenset(), False
            for branch in av[1]:
                branch_chars, branch_nullable = _first(branch)
                chars = None if chars is None or branch_chars is None else chars | branch_chars
                nullable = nullable or branch_nullable
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            chars, nullable = _first(av[2])
            nullable = nullable or av[0] == 0
        elif op is _c.ATOMIC_GROUP:
            chars, nullable = _first(av)
        elif op is _c.ANY or op is _c.NOT_LITERAL:
            return None, False
        else:
            raise _Unknown
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def _required(seq: Any) -> list[frozenset[str]]:
    """Clauses every match of `seq` satisfies: runs of literal characters it must contain, and
    for a branch whose every arm must contain some text, the set of those texts."""
    clauses: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= _MIN_LITERAL:
            clauses.append(frozenset(["".join(run)]))
        run.clear()

    for op, av in seq:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.SUBPATTERN and not av[1] and not av[2]:
            clauses.extend(_required(av[3]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            clauses.extend(_required(av[2]))
        elif op is _c.BRANCH:
            arms = [_longest(_required(branch)) for branch in av[1]]
            if all(arm is not None for arm in arms):
                clauses.append(frozenset(arm for arm in arms if arm is not None))
    flush()
    return clauses


def _longest(clauses: list[frozenset[str]]) -> str | None:
    """The longest text that a list of clauses requires outright (a one-text clause)."""
    single = [next(iter(clause)) for clause in clauses if len(clause) == 1]
    return max(single, key=len) if single else None


@dataclass(frozen=True)
class _Phrase:
    pattern: str
    first: FirstSet
    clauses: Clauses
    table: int = 0  # which of the index's tables the phrase belongs to


# Patterns whose groups are referred to by number or name keep them.
_REFERS_TO_GROUPS = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?P<")


def non_capturing(pattern: str) -> str:
    r"""`pattern` with its capturing groups made non-capturing: the same matches, but the regex
    engine no longer records where each group matched, and can skip an alternative by its first
    character (an alternative that opens with a capturing group cannot be skipped so). The
    phrase tables match about a third faster. A pattern that refers to its groups, or that this
    does not turn into one without groups, is returned as it is.

    >>> non_capturing(r"(please )?donate( now|[(]today[)])?")
    '(?:please )?donate(?: now|[(]today[)])?'
    >>> non_capturing(r"(a)\1")
    '(a)\\1'
    """
    if _REFERS_TO_GROUPS.search(pattern):
        return pattern
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            # A "]" first in a class (after an optional "^") is a literal, not its end.
            j = i + 1 + (pattern.startswith("^", i + 1))
            if pattern.startswith("]", j):
                out.append(pattern[i : j + 1])
                i = j + 1
                continue
        elif ch == "(" and not pattern.startswith("?", i + 1):
            out.append("(?:")
            i += 1
            continue
        out.append(ch)
        i += 1
    converted = "".join(out)
    try:
        if re.compile(converted).groups == 0:
            return converted
    except re.error:
        pass
    return pattern


def analyse(pattern: str) -> tuple[FirstSet, Clauses]:
    """What every whole-line match of `pattern` starts with and contains.

    >>> first, clauses = analyse(r"(please )?donate( now)?")
    >>> sorted(first), clauses
    (['d', 'p'], (frozenset({'donate'}),))
    >>> analyse(r".{0,60}all rights reserved")[0] is None
    True
    """
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & ~(_c.SRE_FLAG_UNICODE):
            raise _Unknown
        first, nullable = _first(parsed)
        clauses = tuple(_required(parsed))
    except (_Unknown, re.error, AttributeError, TypeError, IndexError):
        return None, ()
    # A phrase that can match the empty line can start with anything (or nothing).
    return (None if nullable else first), clauses


class PhraseIndex:
    """Phrase tables that try each line only against the phrases that could match it.

    Everything is decided when the index is built: for each first character, one alternation of
    the phrases that can start with it, in two versions: with and without the phrases that can
    start anywhere (`.{0,60}all rights reserved`). Those are tried only when one search for the
    texts they require finds one in the line. Matching a line is then a dictionary look-up, at
    most one search and one match, all in the regex engine.

    An index may hold several tables, in order (`PhraseIndex(table_a, table_b)`): `first_table`
    then says which is the first table with a phrase matching the line, in one match: each
    table's phrases form one named group, in table order, and a regex alternation takes the
    first alternative that matches the whole line.
    """

    def __init__(self, *tables: tuple[str, ...]) -> None:
        self.phrases = tuple(
            _Phrase(non_capturing(p), *analyse(p), table=n) for n, table in enumerate(tables) for p in table
        )
        floating = [p for p in self.phrases if p.first is None]
        # Floating phrases that require no text at all are tried on every line.
        always = [p for p in floating if not p.clauses]
        gated = [p for p in floating if p.clauses]
        # Each gated phrase is represented in the gate by its most selective clause: the one
        # whose shortest text is longest ("contributed " rather than "story" or "report").
        texts = sorted(
            {text for p in gated for text in max(p.clauses, key=lambda c: min(map(len, c)))},
            key=len,
            reverse=True,
        )
        # Substring tests, not one alternation searched: for the dozen texts of the built-in
        # tables, a dozen scans at C speed cost a third of what the search did.
        self._gate = tuple(texts)
        self._chars = {ch for p in self.phrases if p.first is not None for ch in p.first} | {""}
        # Each first character's alternation is compiled when a line first starts with it.
        self._plain = _Alternations(lambda ch: [*self._anchored(ch), *always])
        self._gated = _Alternations(lambda ch: [*self._anchored(ch), *always, *gated])

    def _anchored(self, ch: str) -> list[_Phrase]:
        return [p for p in self.phrases if p.first is not None and ch in p.first]

    def _match(self, text: str) -> re.Match[str] | None:
        first = text[:1]
        if first not in self._chars:
            first = _OTHER_DIGIT if first.isdecimal() and _OTHER_DIGIT in self._chars else ""
        alternations = self._plain
        for required in self._gate:
            if required in text:
                alternations = self._gated
                break
        pattern = alternations[first]
        return None if pattern is None else pattern.fullmatch(text)

    def fullmatch(self, text: str) -> bool:
        """True when some phrase of the index matches the whole of `text`."""
        return self._match(text) is not None

    def first_table(self, text: str) -> int | None:
        """The position of the first table with a phrase matching the whole of `text`, or None."""
        match = self._match(text)
        if match is None:
            return None
        return _TABLE_GROUPS[match.lastgroup or ""]


# Each table's phrases in an alternation are one named group; the name gives the table back.
_MAX_TABLES = 64
_TABLE_GROUP_NAMES = tuple(f"_phrase_table_{n}" for n in range(_MAX_TABLES))
_TABLE_GROUPS = {name: n for n, name in enumerate(_TABLE_GROUP_NAMES)}


class _Alternations(dict[str, "re.Pattern[str] | None"]):
    """First character -> the alternation of the phrases `select(character)` gives, compiled on
    first use (most tables have dozens of first characters; a short run meets few of them)."""

    def __init__(self, select: Callable[[str], list[_Phrase]]) -> None:
        super().__init__()
        self.select = select

    def __missing__(self, ch: str) -> re.Pattern[str] | None:
        pattern = self[ch] = _alternation(self.select(ch))
        return pattern


def _alternation(phrases: list[_Phrase]) -> re.Pattern[str] | None:
    """One regex of the phrases, table by table in table order, each table's phrases in one named
    group; or None for no phrases."""
    if not phrases:
        return None
    groups = []
    for table in sorted({p.table for p in phrases}):
        body = "|".join(f"(?:{p.pattern})" for p in phrases if p.table == table)
        groups.append(f"(?P<{_TABLE_GROUP_NAMES[table]}>{body})")
    return re.compile("|".join(groups))
