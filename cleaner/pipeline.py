"""The ordered rule table and the loop that applies it until nothing more is removed.

Order matters only for naming: a line is credited to the first rule that removes it. Phrase rules
run first, then block and context rules, which read what the phrase rules removed. The whole table
is applied again to the kept lines until a pass removes nothing, so that cleaning clean text
changes nothing (`clean(clean(x)) == clean(x)`) even for rules that look at neighbours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple

from cleaner.config import Config
from cleaner.document import Document, Line
from cleaner.phrase_index import PhraseIndex
from cleaner.rules import Context, LineFn, Rule, phrase_sized
from cleaner.rules.appeals import appeal_block, appeal_phrase
from cleaner.rules.captions import alt_text, caption_before_credit, caption_phrase, credited_caption
from cleaner.rules.context import orphan_between_noise, repeated_line
from cleaner.rules.endmatter import author_bio, disclaimer, end_note, foot_notice
from cleaner.rules.furniture import (
    affiliate_disclosure,
    author_name,
    byline,
    cookie_notice,
    furniture_phrase,
)
from cleaner.rules.link_lists import link_list_block, link_teaser, list_header
from cleaner.rules.markup import markup_noise
from cleaner.rules.navigation import edge_boilerplate, page_chrome, site_template
from cleaner.rules.prompts import prompt_phrase
from cleaner.rules.widgets import comment_thread, form_consent, widget_phrase

RULES: Final[tuple[Rule, ...]] = (
    appeal_phrase,
    prompt_phrase,
    widget_phrase,
    list_header,
    link_teaser,
    caption_phrase,
    credited_caption,
    furniture_phrase,
    cookie_notice,
    affiliate_disclosure,
    form_consent,
    byline,
    end_note,
    disclaimer,
    markup_noise,
    site_template,
    author_name,
    caption_before_credit,
    appeal_block,
    link_list_block,
    comment_thread,
    author_bio,
    foot_notice,
    alt_text,
    orphan_between_noise,
    repeated_line,
    page_chrome,
    edge_boilerplate,
)
RULE_NAMES: Final[tuple[str, ...]] = tuple(rule.name for rule in RULES)
RULES_BY_NAME: Final[dict[str, Rule]] = {rule.name: rule for rule in RULES}


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

    def counts(self) -> dict[str, int]:
        """Lines removed per rule."""
        out: dict[str, int] = {}
        for removal in self.removed:
            out[removal.rule] = out.get(removal.rule, 0) + 1
        return out


def run_pass(
    doc: Document,
    config: Config,
    first: bool = True,
    templates: frozenset[int] = frozenset(),
    markup: frozenset[int] = frozenset(),
) -> dict[int, str]:
    """Apply every enabled rule once; return {position in doc: rule name} of removed lines.

    After the first pass, per-line rules are skipped: they judge a line alone, and every line
    still here was already kept by all of them.
    """
    removed: dict[int, str] = {}
    enabled = [rule for rule in RULES if rule.name not in config.disabled]
    sweep = _sweep_plan(config)
    # Every rule of the pass reads the same context: `removed` is the one dict they all add to,
    # and `mask` the same as a flag per line.
    mask = [False] * len(doc.lines)
    ctx = Context(doc, config, removed, _patterns(config), templates, markup, mask)
    if first and sweep.steps:
        # One sweep for all per-line rules (they come first in the table): the first that
        # removes a line names it, exactly as if each rule had swept the lines in turn.
        # A line rule judges a line by its text and what holds for the whole document (config,
        # templates, markup), so a line repeated on the page ("Share", "Login") is judged once.
        verdicts: dict[str, str | None] = {}
        for index, line in enumerate(doc.lines):
            if line.text in verdicts:
                verdict = verdicts[line.text]
            else:
                verdict = sweep.verdict(line, ctx)
                verdicts[line.text] = verdict
            if verdict is not None:
                removed[index] = verdict
                mask[index] = True
    for rule in enabled:
        if rule.per_line:
            continue
        for index in rule.run(ctx):
            removed.setdefault(index, rule.name)
            mask[index] = True
    return removed


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
    """

    steps: tuple[_Step, ...]
    index: PhraseIndex | None

    def verdict(self, line: Line, ctx: Context) -> str | None:
        """The name of the first per-line rule that removes `line`, or None."""
        hit: int | None = None
        if self.index is not None and phrase_sized(line, ctx.config):
            hit = self.index.first_table(line.norm)
        for name, predicate, precondition, table in self.steps:
            if table < 0 or (hit is not None and table > hit):
                if predicate(line, ctx):
                    return name
            elif table == hit and precondition is not None and precondition(line):
                return name
        return None


@lru_cache(maxsize=64)
def _sweep_plan(config: Config) -> SweepPlan:
    steps: list[_Step] = []
    tables: list[tuple[str, ...]] = []
    for rule in RULES:
        if rule.predicate is None or rule.name in config.disabled:
            continue
        if rule.table is None:
            steps.append((rule.name, rule.predicate, None, -1))
        else:
            steps.append((rule.name, rule.predicate, rule.table.precondition, len(tables)))
            tables.append(rule.table.phrases + config.phrases(rule.table.key))
    return SweepPlan(tuple(steps), PhraseIndex(*tables) if tables else None)


@lru_cache(maxsize=64)
def _patterns(config: Config) -> dict[str, PhraseIndex]:
    """Phrase patterns compiled for one config, filled in as rules first ask for them."""
    return {}


def _check_rule_order() -> None:
    """Per-line rules must precede document rules: run_pass sweeps them first."""
    kinds = [rule.per_line for rule in RULES]
    if kinds != sorted(kinds, reverse=True):
        raise AssertionError("every per-line rule must come before the document rules in RULES")


_check_rule_order()


def clean_and_explain(
    text: str,
    config: Config | None = None,
    templates: frozenset[int] = frozenset(),
    markup: frozenset[int] = frozenset(),
) -> CleanResult:
    """Clean `text` and say why each removed line went. `templates` are the digests of the
    site's template lines from a first pass over a batch (see cleaner.templates); `markup` those
    of the texts an HTML page's markup marks as noise (see cleaner.html).

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
    removals: list[Removal] = []
    passes = 0
    while True:
        passes += 1
        removed = run_pass(doc, config, first=passes == 1, templates=templates, markup=markup)
        if not removed:
            break
        removals.extend(Removal(doc.lines[i].number, rule, doc.lines[i].text) for i, rule in removed.items())
        doc = Document([line for i, line in enumerate(doc.lines) if i not in removed])
    kept = tuple(doc.lines)
    body = "\n".join(line.text for line in kept)
    return CleanResult(
        text=body + "\n" if body else "",
        kept=kept,
        removed=tuple(sorted(removals, key=lambda r: r.line)),
        passes=passes,
    )


def clean(text: str, config: Config | None = None) -> str:
    """Return the article lines of `text`, trimmed, one per line, in input order.

    >>> clean("Headline\\n\\nAdvertisement\\nThe body of the story goes on here.\\n")
    'Headline\\nThe body of the story goes on here.\\n'
    """
    return clean_and_explain(text, config).text
