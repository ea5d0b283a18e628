"""The loop that applies the rules (cleaner.rules.registry) until nothing more is removed.

Each pass first sweeps every line through the per-line rules (the first that removes a line
names it), then runs the document rules in the registry's order. Order is not only for naming:
a document rule sees every line the rules before it removed in this pass (`ctx.is_removed`), and
the rules it declares in `reads` (`ctx.removed_by`) always run before it (the registry's
docstring says why reversing the document rules changes outputs). The whole table is applied
again to the kept lines until a pass removes nothing, so that cleaning clean text changes nothing
(`clean(clean(x)) == clean(x)`) even for rules that look at neighbours. MAX_PASSES is a safety
net (see there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple

from cleaner._version import __version__
from cleaner.config import AUTO_LANGUAGE, Config
from cleaner.document import Document, Line, mark_structure
from cleaner.hints import NO_HINTS, Hints
from cleaner.language import detect_sample, sample
from cleaner.lexicon import Lexicon, english, lexicon
from cleaner.phrase_index import PhraseIndex
from cleaner.rules import Context, LineFn, late_index, late_table, late_tables, phrase_sized, phrases_of
from cleaner.rules.registry import RULES

# The most passes the loop makes over one text: a safety net, not a bound any known input
# reaches. A pass costs time in proportion to the text, so a text that needed a pass per few lines
# cost time in proportion to its square (issue 18). That happened where rules took turns, each
# exposing lines to the other: the rules that judge the end of the text (author_bio, foot_notice,
# author_card) and repeated_menu now take the whole run in one pass, predicting what the pass's
# later rules take (see author_bio, foot_notice, printed_again), so that every dev, gold and
# fixture text reaches its fixed point in at most 4 passes and every run the tests build (10,
# 100 and 1,000 pairs: tests/test_bad_input.py) in the same few passes whatever its length. Where
# rules still take turns (a search of repeated noise patterns finds foot notices printed inside a
# menu repeated hundreds of times: foot_notice and repeated_menu), the loop stops here, linear in
# the text, and that text's result is the one case where cleaning it again may remove more.
MAX_PASSES: Final = 16


class Removal(NamedTuple):
    """One removed line: its 1-based number in the input, the rule that removed it, its text.

    (A named tuple, not a frozen dataclass: a page scrape has hundreds of removals, and the
    dataclass's generated __init__ ran in the interpreter even in the compiled build, 5% of the
    time spent on page scrapes.)
    """

    line: int
    rule: str
    text: str

    def to_dict(self) -> dict[str, object]:
        return {"line": self.line, "rule": self.rule, "text": self.text}


@dataclass(frozen=True)
class CleanResult:
    """The clean text, the kept lines, and every removed line with its rule, in input order."""

    text: str
    kept: tuple[Line, ...]
    removed: tuple[Removal, ...]
    passes: int
    # How an HTML page's text was extracted (cleaner.html: trafilatura or the body's blocks).
    extraction: str = ""
    # The language whose lexicon the rules read (cleaner.lexicon; "und": none, shapes only).
    language: str = "en"
    # Characters of the text that was cleaned (for an HTML page, of its extracted text).
    input_chars: int = 0

    def counts(self) -> dict[str, int]:
        """Lines removed per rule."""
        out: dict[str, int] = {}
        for removal in self.removed:
            out[removal.rule] = out.get(removal.rule, 0) + 1
        return out

    def metadata(self) -> dict[str, object]:
        """What to filter on afterwards, per document, as plain JSON data: the cleaner version,
        the extraction path of an HTML page (None for text), the language whose lexicon the
        rules read (cleaner.lexicon; "und" when none), non-blank lines kept and removed, characters kept (of the clean
        text) and removed (everything taken out, blank lines a removal collapsed included), and
        lines removed per rule.

        >>> clean_and_explain("A headline\\n\\nAdvertisement\\n").metadata()["removed_by_rule"]
        {'furniture_phrase': 1}
        """
        return {
            "cleaner_version": __version__,
            "extraction": self.extraction or None,
            "language": self.language,
            "lines_kept": len(self.kept),
            "lines_removed": len(self.removed),
            "chars_kept": len(self.text),
            "chars_removed": self.input_chars - len(self.text),
            "removed_by_rule": self.counts(),
        }


def run_pass(
    doc: Document,
    config: Config,
    first: bool = True,
    hints: Hints = NO_HINTS,
    lex: Lexicon | None = None,
    late: dict[str, int] | None = None,
    memo: SweepMemo | None = None,
) -> dict[int, str]:
    """Apply every enabled rule once; return {position in doc: rule name} of removed lines.
    `lex` is the document's lexicon, the words of its language (English when not given).

    After the first pass, per-line rules are skipped (`first=False`): they judge a line alone,
    and every line still here was already kept by all of them; the caller asks them again when
    the marks that read a line's neighbours (Line.listing, Line.item, Line.term) changed. `late`
    remembers, by line text, what a sweep found for the late phrase rules
    (cleaner.rules.late_table) on a line outside a listing, so that later passes in the same
    language match no line again; pass
    the same dict to every pass of one document and language. (A listing line has no late hit,
    whatever its text; an item's is its text's: those rules do not read Line.item.)
    `memo` remembers the sweep's verdicts in the same way (see SweepMemo): pass the same one to
    every pass of one document and language, so that a sweep after the marks changed judges only
    the lines whose marks did.
    """
    removed: dict[int, str] = {}
    enabled = [rule for rule in RULES if rule.name not in config.disabled]
    lex = lex or english()
    sweep = _sweep_plan(config, lex)
    late = {} if late is None else late
    # Every rule of the pass reads the same context: `removed` is the one dict they all add to,
    # and `mask` the same as a flag per line.
    mask = [False] * len(doc.lines)
    ctx = Context(
        doc, config, removed, templates=hints.templates, markup=hints.markup, mask=mask, lexicon=lex
    )
    if first and sweep.steps:
        # One sweep for all per-line rules (they come first in the table): the first that
        # removes a line names it, exactly as if each rule had swept the lines in turn.
        # A line rule judges a line by its text and what holds for the whole document (config,
        # templates, markup), so a line repeated on the page ("Share", "Login") is judged once.
        # A line marked by its neighbours (Line.listing, Line.item, Line.schedule, Line.term) may
        # be judged otherwise than a copy of it elsewhere, so the marked lines have their own cache.
        memo = SweepMemo() if memo is None else memo
        verdicts = memo.verdicts
        marked = memo.marked
        for index, line in enumerate(doc.lines):
            if line.listing or line.item or line.schedule or line.term:
                key = (line.text, line.listing, line.item, line.schedule, line.term)
                if key in marked:
                    verdict = marked[key]
                else:
                    verdict, late_hit = sweep.judge(line, ctx)
                    marked[key] = verdict
                    # A listing line's or a glossary term's late hit is -1 by its mark, not by
                    # its text: not for `late`.
                    if verdict is None and not line.listing and not line.term:
                        late[line.text] = late_hit
            elif line.text in verdicts:
                verdict = verdicts[line.text]
            else:
                verdict, late_hit = sweep.judge(line, ctx)
                verdicts[line.text] = verdict
                if verdict is None:
                    late[line.text] = late_hit
            if verdict is not None:
                removed[index] = verdict
                mask[index] = True
    # The late phrase rules' tables, by line (a removed line's is never asked, and a listing
    # line's is none whatever its text: -1).
    ctx.late_phrase_hits = [
        -1
        if mask[i] or line.listing or line.term
        else late[line.text]
        if line.text in late
        else late_table(line, config, sweep.late)
        for i, line in enumerate(doc.lines)
    ]
    for rule in enabled:
        if rule.run is None:
            continue
        for index in rule.run(ctx):
            removed.setdefault(index, rule.name)
            mask[index] = True
    return removed


class SweepMemo:
    """The sweep's verdicts on the lines of one document in one language, kept from pass to pass:
    a per-line rule judges a line by its text, its marks (Line.listing, Line.item,
    Line.schedule, Line.term) and what holds for the whole document, so a line with the same text
    and marks gets the same verdict in a later sweep. After a pass changed the marks, the sweep then judges
    only the lines whose marks changed (it judged every line again, a fifth of the sweeps' work
    on the dev pages).

    (Within one pass the lines of one text have the same schedule mark, which mark_schedules sets
    by text: `verdicts` holds the verdicts of lines without marks, by text, as the sweep's cache
    did before it was kept across passes.)
    """

    def __init__(self) -> None:
        self.verdicts: dict[str, str | None] = {}
        self.marked: dict[tuple[str, bool, bool, bool, bool], str | None] = {}


# One step of the sweep: the rule's name, its predicate, and for a phrase rule its precondition
# and the position of its table in the sweep's index (-1 for other rules).
_Step = tuple[str, LineFn, Callable[[Line], bool] | None, int]


@dataclass(frozen=True)
class SweepPlan:
    """The per-line rules of a config in table order, and one index of every phrase rule's
    table, so that one match tells which phrase rule's table is the first to hold a line.

    The phrase tables were the largest cost of the sweep when each rule matched its own: now a
    phrase rule before that first table is known not to match, the one at it only checks its
    precondition, and only one after it (when that precondition failed) matches its own table.

    The index also holds, after those, the tables of the late phrase rules (the document rules
    promo_phrase, editorial_note and disclosure_note; cleaner.rules.LATE_PHRASE_KEYS), from
    position `late_from` on: a line that no per-line phrase table holds is then matched against
    them in the same look-up. (A line that one does hold, and that the sweep still keeps,
    is matched against `late`, the late tables' own index.)
    """

    steps: tuple[_Step, ...]
    index: PhraseIndex | None
    late: PhraseIndex | None = None
    late_from: int = 0
    # The steps that are not phrase rules, in order: all a line that no phrase table holds (most
    # lines) is asked.
    plain: tuple[tuple[str, LineFn], ...] = ()

    def verdict(self, line: Line, ctx: Context) -> str | None:
        """The name of the first per-line rule that removes `line`, or None."""
        return self.judge(line, ctx)[0]

    def judge(self, line: Line, ctx: Context) -> tuple[str | None, int]:
        """The name of the first per-line rule that removes `line` (or None), and, for a line
        none removes, the late table that holds it (cleaner.rules.late_table: never for a list
        item or a listing line; else -1)."""
        hit: int | None = None
        sized = phrase_sized(line, ctx.config)
        if self.index is not None and sized:
            hit = self.index.first_table(line.norm)
        late_hit = -1
        if hit is not None and hit >= self.late_from:
            late_hit, hit = hit - self.late_from, None
        if hit is None:
            for name, predicate in self.plain:
                if predicate(line, ctx):
                    return name, -1
            return None, -1 if line.bullet or line.listing or line.term else late_hit
        for name, predicate, precondition, table in self.steps:
            if table < 0 or (hit is not None and table > hit):
                if predicate(line, ctx):
                    return name, -1
            elif table == hit and precondition is not None and precondition(line):
                return name, -1
        # A per-line table held the line, so the index did not say which late table does.
        return None, -1 if line.bullet or line.term else late_table(line, ctx.config, self.late)


@lru_cache(maxsize=64)
def _sweep_plan(config: Config, lex: Lexicon) -> SweepPlan:
    """The sweep of one config in one language: each phrase rule's table is the language's."""
    steps: list[_Step] = []
    tables: list[tuple[str, ...]] = []
    for rule in RULES:
        if rule.predicate is None or rule.name in config.disabled:
            continue
        if rule.table is None:
            steps.append((rule.name, rule.predicate, None, -1))
        else:
            steps.append((rule.name, rule.predicate, rule.table.precondition, len(tables)))
            tables.append(phrases_of(rule.table, lex) + config.phrases(rule.table.key))
    late = late_tables(lex, config)
    plain = tuple((name, predicate) for name, predicate, _, table in steps if table < 0)
    return SweepPlan(
        tuple(steps), PhraseIndex(*tables, *late), late=late_index(late), late_from=len(tables), plain=plain
    )


def keep_layout(text: str, removed: set[int] | frozenset[int]) -> str:
    """`text` with the lines numbered in `removed` (1-based, as `str.splitlines` counts them)
    taken out, and nothing else changed.

    Kept lines stay byte for byte: indentation, inner and trailing spaces, and their own line
    ending (`\\n`, `\\r\\n`, ...). Blank lines stay, with one exception: where a removal
    stood between two kept lines, the blank lines around it, now next to each other, collapse to
    the first of them (one paragraph break, not several), and at the start or the end of the text
    a removal takes the blank lines beside it along (no leading or trailing gap is left where
    noise was). The text ends with a line ending exactly when the input did. So a text with
    nothing removed comes back identical, and cleaning the output again changes nothing: the
    rules see the same non-blank lines, remove none of them, and this returns its input.

    >>> keep_layout("Title\\n\\n    code()\\n\\nShare this\\n\\n\\nEnd.", {5})
    'Title\\n\\n    code()\\n\\nEnd.'
    >>> keep_layout("Title\\nProse.\\nShare this", {3})
    'Title\\nProse.'
    >>> keep_layout("Menu\\n\\n\\nProse.\\n\\n", {1})
    'Prose.\\n\\n'
    """
    if not removed:
        return text
    segments = text.splitlines(keepends=True)
    out: list[str] = []
    gap: list[str] = []  # blank lines since the last kept non-blank line
    gap_removed = False  # a removal since the last kept non-blank line
    started = False  # a non-blank line has been kept
    for number, segment in enumerate(segments, start=1):
        if number in removed:
            gap_removed = True
        elif segment.isspace():  # a blank line (its ending, maybe spaces): strip() leaves nothing
            gap.append(segment)
        else:
            if not gap_removed:
                out += gap
            elif started and gap:
                out.append(gap[0])
            out.append(segment)
            started = True
            gap = []
            gap_removed = False
    if not gap_removed:
        out += gap
    elif out and segments[-1].splitlines() == [segments[-1]]:
        # The input ended without a line ending; the last kept line had one: take it off.
        out[-1] = out[-1].splitlines()[0]
    return "".join(out)


def clean_and_explain(text: str, config: Config | None = None, *, hints: Hints = NO_HINTS) -> CleanResult:
    """Clean `text` and say why each removed line went. `hints` are what the document's
    surroundings tell: its site's template lines (cleaner.templates) and the texts its HTML
    page's markup marks as noise (cleaner.html).

    >>> result = clean_and_explain("A short headline\\nGet the News on WhatsApp\\n")
    >>> result.text
    'A short headline\\n'
    >>> [(r.line, r.rule) for r in result.removed]
    [(2, 'prompt_phrase')]
    """
    if not isinstance(text, str):  # the compiled build refuses it too, with the same TypeError
        raise TypeError(f"text must be str, not {type(text).__name__}")
    config = config or Config()
    doc = Document.from_text(text)
    auto = config.language == AUTO_LANGUAGE
    # The language is told from a sample of the text (cleaner.language); the sample is taken
    # again from the clean text, and the language asked again only when the sample changed.
    told = sample(line.text for line in doc.lines) if auto else ""
    lex = lexicon(detect_sample(told) if auto else config.language)
    removals: list[Removal] = []
    passes = 0
    first = True
    late: dict[str, int] = {}
    memo = SweepMemo()
    while True:
        passes += 1
        removed = run_pass(doc, config, first=first, hints=hints, lex=lex, late=late, memo=memo)
        first = False
        if not removed:
            # The language is the clean text's: when removing its noise changed what the text
            # reads as, the rules run again in that language. A text changes language only when
            # lines go, so this ends; and cleaning the result finds the same language in it and
            # nothing to remove (clean(clean(x)) == clean(x)).
            now = sample(line.text for line in doc.lines) if auto else told
            language = detect_sample(now) if now != told else lex.code
            told = now
            if language == lex.code:
                break
            lex, first, late, memo = lexicon(language), True, {}, SweepMemo()
            continue
        removals.extend(Removal(doc.lines[i].number, rule, doc.lines[i].text) for i, rule in removed.items())
        doc = Document([line for i, line in enumerate(doc.lines) if i not in removed])
        # A line's listing, item and term marks read its neighbours: when removals changed them, the
        # per-line rules judge the kept lines again, as a second cleaning would.
        first = mark_structure(doc.lines)
        if passes == MAX_PASSES:
            break  # see MAX_PASSES: a safety net; this result is not a fixed point
    kept = tuple(doc.lines)
    return CleanResult(
        text=keep_layout(text, {r.line for r in removals}),
        kept=kept,
        removed=tuple(sorted(removals, key=lambda r: r.line)),
        passes=passes,
        language=lex.code,
        input_chars=len(text),
    )


def is_missing(value: object) -> bool:
    """True for the values a data frame or a dataset uses for "no text": None, a float NaN
    (pandas' and numpy's included), pandas' NA and NaT. Checked without importing pandas.

    >>> [is_missing(v) for v in (None, float("nan"), "", "text", 0.5)]
    [True, True, False, False, False]
    """
    if value is None:
        return True
    if isinstance(value, float):
        return value != value  # NaN is the one float unequal to itself
    return type(value).__name__ in ("NAType", "NaTType") and type(value).__module__.startswith("pandas")
