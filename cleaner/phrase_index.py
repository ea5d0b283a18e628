"""Fast whole-line matching of a phrase table: only the phrases that can match a line are tried.

A phrase table is a list of regexes matched against the whole normalised line. Most lines are
prose that no phrase matches, and one alternation of every phrase made the regex engine try each
phrase on each line: the largest single cost of cleaning. `PhraseIndex` reads each phrase's
regex once (with the standard library's own parser) and learns two things that every match must
satisfy:

- the characters a match can start with ("advertisement" starts with "a"; `.{0,200}cookies` can
  start with anything), and the characters that can follow it ("adv");
- literal texts a match must contain ("all rights reserved"), or, where the phrase branches,
  one of a set of texts ("we use cookies" or "cookie policy").

A line is then tried only against the phrases whose first three characters and required texts it
has, one by one in table order (a handful at most; for most lines none). The analysis is conservative:
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
from typing import Any, Final

# The standard library's own regex parser and its opcodes (private modules, the same from Python
# 3.11 on; typeshed has no stubs for them).
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

# Character ranges wider than this are treated as "any character".
_MAX_RANGE: Final = 128
# Literal texts shorter than this are not worth testing for.
_MIN_LITERAL: Final = 3
# Stands for the decimal digits outside ASCII that \d also matches ("٣"), as a first character.
_OTHER_DIGIT: Final = "<digit>"
_DIGITS: Final = frozenset("0123456789") | {_OTHER_DIGIT}


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


_REPEATS: Final = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
# Stands for a character (after the first) that no phrase of an index names there.
_OTHER: Final = "<other>"
# Stands for the end of the line, after the first character: a match that short.
_END: Final = ""


# How many leading characters of a line choose its candidate phrases.
PREFIX: Final = 3
# What a match can start with: each first character with what can follow it, to PREFIX
# characters (None: anything can follow).
Trie = dict[str, "Trie | None"]


def _prefixes(seq: list[Any], depth: int = PREFIX) -> Trie:
    """The first `depth` characters a match of `seq` (to the end of the line) can have, as a
    trie; _END where the line can end. Branches and optional parts are followed into what
    comes after them, so `(please )?donate` can start "ple" or "don", and nothing else. Past
    the first character, what the analysis does not model becomes "anything"."""
    for k, (op, av) in enumerate(seq):
        rest = list(seq[k + 1 :])
        if op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:
            continue  # zero-width: ignoring it only widens the set
        if op is _c.LITERAL or op is _c.IN:
            after: Trie | None = None
            if depth > 1:
                try:
                    after = _prefixes(rest, depth - 1)
                except _Unknown:
                    after = None
            return dict.fromkeys({chr(av)} if op is _c.LITERAL else _charset(av), after)
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown
            return _prefixes([*av[3], *rest], depth)
        if op is _c.BRANCH:
            return _merge([_prefixes([*arm, *rest], depth) for arm in av[1]])
        if op in _REPEATS:
            low, high, body = av
            if _first(body)[1]:
                raise _Unknown  # a body that can match nothing could repeat without end
            # Once through the body, then the repeat's remaining turns, then the rest; or, when
            # the repeat may match nothing, straight to the rest.
            remaining = high if high == _c.MAXREPEAT else high - 1
            again = [(op, (max(low - 1, 0), remaining, body))] if remaining > 0 else []
            options = [_prefixes([*body, *again, *rest], depth)]
            if low == 0:
                options.append(_prefixes(rest, depth))
            return _merge(options)
        raise _Unknown  # any character, a back-reference, ...: no use guessing
    return {_END: None}  # the match ends here: so does the line


def _merge(tries: list[Trie]) -> Trie:
    out: Trie = {}
    for trie in tries:
        for char, after in trie.items():
            if char not in out:
                out[char] = after
            else:
                known = out[char]
                out[char] = None if known is None or after is None else _merge([known, after])
    return out


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
    prefixes: Trie | None = None  # None: the first characters are known, not what follows them
    table: int = 0  # which of the index's tables the phrase belongs to
    position: int = 0  # where it is in the index, all tables in order


# Patterns whose groups are referred to by number or name keep them.
_REFERS_TO_GROUPS: Final = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|\(\?P<")


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


def analyse(pattern: str) -> tuple[FirstSet, Clauses, Trie | None]:
    """What every whole-line match of `pattern` starts with, contains, and starts with in
    PREFIX characters ("" where the line can end).

    >>> first, clauses, prefixes = analyse(r"(please )?donate( now)?")
    >>> sorted(first), clauses, prefixes
    (['d', 'p'], (frozenset({'donate'}),), {'p': {'l': {'e': None}}, 'd': {'o': {'n': None}}})
    >>> analyse(r".{0,60}all rights reserved")[0] is None
    True
    """
    try:
        parsed = _parser.parse(pattern)
        if parsed.state.flags & ~(_c.SRE_FLAG_UNICODE):
            raise _Unknown
        first, nullable = _first(parsed)
        clauses = tuple(_required(parsed))
    except (_Unknown, re.error, AttributeError, TypeError, IndexError, RecursionError):
        return None, (), None
    try:
        prefixes: Trie | None = _prefixes(list(parsed))
    except (_Unknown, AttributeError, TypeError, IndexError, RecursionError):
        prefixes = None
    # A phrase that can match the empty line can start with anything (or nothing).
    return (None if nullable else first), clauses, prefixes


def _can_be(char: str, chars: frozenset[str]) -> bool:
    """Whether a line's character (or a stand-in: _OTHER_DIGIT, _OTHER, _END) is one of `chars`."""
    return char in chars or (_OTHER_DIGIT in chars and (char == _OTHER_DIGIT or char.isdecimal()))


def _can_start(phrase: _Phrase, key: tuple[str, ...]) -> bool:
    """Whether a match of `phrase` can start with these characters (or stand-ins)."""
    if phrase.first is None or not _can_be(key[0], phrase.first):
        return False
    return _in_trie(phrase.prefixes, key)


def _in_trie(trie: Trie | None, key: tuple[str, ...]) -> bool:
    """Whether the trie holds a path for `key` (a line's characters or stand-ins): the branch of
    its first character, or the digits' stand-in's for a digit (what _can_be says of each branch,
    asked of the two branches that can answer instead of every one)."""
    if trie is None or not key:
        return True
    first, rest = key[0], key[1:]
    if first in trie and _in_trie(trie[first], rest):
        return True
    digit = first == _OTHER_DIGIT or first.isdecimal()
    return digit and _OTHER_DIGIT in trie and _in_trie(trie[_OTHER_DIGIT], rest)


def _levels(trie: Trie | None, level: int, out: list[set[str]]) -> None:
    """Add the characters `trie` names at each level (from `level` on) to `out`."""
    if trie is None:
        return
    for char, after in trie.items():
        out[level].add(char)
        _levels(after, level + 1, out)


class PhraseIndex:
    """Phrase tables that try each line only against the phrases that could match it.

    For each first three characters a line can have, the phrases that can start with them, in
    two versions: with and without the phrases that can start anywhere (`.{0,60}all rights
    reserved`), which are tried only when the line holds one of the texts they require.
    Matching a line is a dictionary look-up, a few substring tests, and a whole-line match of
    each candidate phrase in order until one matches.

    Keyed by one character, the candidates were many, and were tried as one alternation per
    character; keyed by three, most keys have a few or none, and trying them one by one costs
    less than compiling an alternation for each of the hundreds of keys a run meets (0.8 s per
    process for two characters; each phrase pattern is compiled once, when first needed).

    An index may hold several tables, in order (`PhraseIndex(table_a, table_b)`): `first_table`
    then says which is the first table with a phrase matching the line, as the alternation of
    all phrases in table order would: the first phrase that matches the whole line names it.
    """

    def __init__(self, *tables: tuple[str, ...]) -> None:
        self.phrases = tuple(
            _Phrase(non_capturing(p), *analyse(p), table=n, position=k)
            for k, (n, p) in enumerate((n, p) for n, table in enumerate(tables) for p in table)
        )
        anchored = [p for p in self.phrases if p.first is not None]
        floating = [p for p in self.phrases if p.first is None]
        # Floating phrases that require no text at all are tried on every line.
        always = [p for p in floating if not p.clauses]
        gated = [p for p in floating if p.clauses]
        # Each gated phrase is represented in the gate by its most selective clause: the one
        # whose shortest text is longest ("contributed " rather than "story" or "report").
        chosen = {p.position: max(p.clauses, key=lambda c: min(map(len, c))) for p in gated}
        texts = sorted({text for clause in chosen.values() for text in clause}, key=len, reverse=True)
        # Substring tests, not one alternation searched: for the dozen texts of the built-in
        # tables, a dozen scans at C speed cost a third of what the search did.
        self._gate = tuple(texts)
        # The characters some phrase names at each position; any other stands in as "" (first:
        # no phrase starts with it) or _OTHER (later), unless it is a digit (_OTHER_DIGIT).
        levels: list[set[str]] = [set() for _ in range(PREFIX)]
        for p in anchored:
            levels[0] |= p.first or set()
            _levels(p.prefixes, 0, levels)
        self._firsts = frozenset(levels[0] | {""})
        self._seconds = frozenset(levels[1] | {_OTHER})
        self._thirds = frozenset(levels[2] | {_OTHER})

        # The phrases for a line's first two characters, then those of them for its third: a run
        # meets thousands of three-character keys (at most the product of the characters each
        # position can name), far fewer pairs.
        by_pair: dict[tuple[str, ...], list[_Phrase]] = {}

        def starting(key: tuple[str, ...]) -> list[_Phrase]:
            pair = key[:2]
            if pair not in by_pair:
                by_pair[pair] = [p for p in anchored if _can_start(p, pair)]
            return [p for p in by_pair[pair] if _can_start(p, key)]

        # Each key's phrases are found when a line first starts with it (the keys are the stand-in
        # characters, so there are at most the product of what each position names); each phrase
        # is compiled once, when a key first needs it.
        compiled: dict[int, re.Pattern[str]] = {}
        # A gated phrase is tried only on a line holding one of its own gate texts: one gate text
        # of another phrase sends a line to the gated candidates, where without this every gated
        # phrase was tried (a third of all the phrases tried on the dev texts, nearly none matching).
        needs = {
            position: tuple(sorted(clause, key=len, reverse=True)) for position, clause in chosen.items()
        }
        # In table order: an anchored phrase of a later table must not be tried before a floating
        # phrase of an earlier one ("©newsletter signup" is a prompt before it is a copyright line).
        self._plain = _Candidates(lambda key: _in_order(starting(key), always), compiled, needs)
        self._gated = _Candidates(lambda key: _in_order(starting(key), always, gated), compiled, needs)

    def _match(self, text: str) -> int:
        """The table of the first phrase (in table order) matching the whole of `text`, or -1."""
        first = text[:1]
        if first not in self._firsts:
            first = _OTHER_DIGIT if first.isdecimal() else ""
        second = text[1:2]
        if second not in self._seconds:
            second = _OTHER_DIGIT if second.isdecimal() else _OTHER
        third = text[2:3]
        if third not in self._thirds:
            third = _OTHER_DIGIT if third.isdecimal() else _OTHER
        candidates = self._plain
        for required in self._gate:
            if required in text:
                candidates = self._gated
                break
        for pattern, table, texts in candidates[first, second, third]:
            if texts:
                for required in texts:
                    if required in text:
                        break
                else:
                    continue
            if pattern.fullmatch(text) is not None:
                return table
        return -1

    def fullmatch(self, text: str) -> bool:
        """True when some phrase of the index matches the whole of `text`."""
        return self._match(text) >= 0

    def first_table(self, text: str) -> int | None:
        """The position of the first table with a phrase matching the whole of `text`, or None."""
        table = self._match(text)
        return None if table < 0 else table


def _in_order(*groups: list[_Phrase]) -> list[_Phrase]:
    """The phrases of every group, in their order in the index."""
    return sorted((p for group in groups for p in group), key=lambda p: p.position)


# A candidate phrase: its compiled pattern, its table, and for a gated phrase the texts one of
# which a line must hold for it to be tried (empty: tried on every line its first characters let in).
_Candidate = tuple["re.Pattern[str]", int, tuple[str, ...]]


class _Candidates(dict[tuple[str, ...], tuple[_Candidate, ...]]):
    """First characters -> the phrases `select(characters)` gives, in order, each compiled with
    its table and its gate texts (a table has thousands of keys; a short run meets few of them).
    `compiled`, which several of these share, holds each phrase's pattern by its position in the
    index; `needs` the gate texts of the gated phrases by position."""

    def __init__(
        self,
        select: Callable[[tuple[str, ...]], list[_Phrase]],
        compiled: dict[int, re.Pattern[str]],
        needs: dict[int, tuple[str, ...]],
    ) -> None:
        super().__init__()
        self.select = select
        self.compiled = compiled
        self.needs = needs

    def __missing__(self, key: tuple[str, ...]) -> tuple[_Candidate, ...]:
        out: list[_Candidate] = []
        for phrase in self.select(key):
            if phrase.position not in self.compiled:
                self.compiled[phrase.position] = re.compile(phrase.pattern)
            out.append((self.compiled[phrase.position], phrase.table, self.needs.get(phrase.position, ())))
        self[key] = candidates = tuple(out)
        return candidates
