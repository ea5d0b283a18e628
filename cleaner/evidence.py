"""Why each line went: the evidence behind a removal, worked out after cleaning from the result,
for `cleaner explain` and the API (`evidence(result)`), so that cleaning itself pays nothing.

- a phrase rule: the phrase of its table (or of the config's extras) that the line matched;
- a block or context rule: the block it removed the line in, from its first to its last line
  (consecutive removals by the same rule, with no kept line between them);
- page chrome and edge boilerplate: which side of the article the line was on, and the first
  or last kept line that bounds the article;
- a repeated line: how many times the line occurs in the text;
- markup noise and site templates: what marked the line (the page's markup, the batch's count).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner.config import Config
from cleaner.document import normalize
from cleaner.lexicon import lexicon
from cleaner.pipeline import CleanResult, Removal
from cleaner.rules.promotion import CAPS_KEY
from cleaner.rules.registry import RULES

RULES_BY_NAME = {rule.name: rule for rule in RULES}
# Line rules that read a phrase table of the language but are no phrase rule (kept out of the
# sweep's phrase index): the table their removal matched a phrase of.
_LINE_RULE_TABLES = {"cta_heading": CAPS_KEY}
# Rules whose removals are whole regions at the edges of the article.
_EDGE_RULES = frozenset({"page_chrome", "edge_boilerplate"})


@lru_cache(maxsize=512)
def _pattern(phrase: str) -> re.Pattern[str] | None:
    try:
        return re.compile(phrase)
    except re.error:
        return None


def matched_phrase(removal: Removal, config: Config | None = None, language: str = "en") -> str | None:
    """The phrase (a whole-line pattern over the normalised line) that a phrase rule's removal
    matched: the first of the rule's table in `language` (the one the rules read the document
    in), then of the config's extras; for a line rule that reads a table (_LINE_RULE_TABLES:
    cta_heading's "promotion_caps"), the same of that table; None for other rules.

    >>> from cleaner import clean_and_explain
    >>> matched_phrase(clean_and_explain("Headline\\nGet the News on WhatsApp").removed[0]) is not None
    True
    """
    rule = RULES_BY_NAME.get(removal.rule)
    if rule is None:
        return None
    key = rule.table.key if rule.table is not None else _LINE_RULE_TABLES.get(rule.name)
    if key is None:
        return None
    config = config or Config()
    norm = normalize(removal.text)
    phrases: tuple[str, ...] = lexicon(language).table(key) + config.phrases(key)
    for phrase in phrases:
        pattern = _pattern(phrase)
        if pattern is not None and pattern.fullmatch(norm):
            return phrase
    return None


def evidence(result: CleanResult, config: Config | None = None) -> dict[int, str]:
    """{line number: why it went} for every removal of `result`, in words a person can check.

    >>> from cleaner import clean_and_explain
    >>> text = "Headline\\nRelated Posts\\nFirst headline here\\nSecond headline here\\n"
    >>> sorted(evidence(clean_and_explain(text)).values())[0]
    'block of lines 3-4 (2 lines), after line 2 (list_header)'
    """
    config = config or Config()
    out: dict[int, str] = {}
    kept = [line.number for line in result.kept]
    first_kept, last_kept = (kept[0], kept[-1]) if kept else (None, None)
    # Every non-blank line in order, kept or removed, to find runs of one rule's removals.
    order = sorted([(n, "") for n in kept] + [(r.line, r.rule) for r in result.removed])
    runs: dict[int, str] = {}
    start = 0
    for i in range(1, len(order) + 1):
        if i == len(order) or order[i][1] != order[start][1]:
            if order[start][1]:
                size = i - start
                what = (
                    f"block of lines {order[start][0]}-{order[i - 1][0]} ({size} lines)" if size > 1 else ""
                )
                if start > 0 and order[start - 1][1]:  # opened by a line another rule removed
                    n, opener = order[start - 1]
                    what = f"{what}, after line {n} ({opener})" if what else f"next to line {n} ({opener})"
                for n, _ in order[start:i]:
                    runs[n] = what or "this line alone"
            start = i
    texts = [r.text for r in result.removed] + [line.text for line in result.kept]
    for removal in result.removed:
        rule = RULES_BY_NAME.get(removal.rule)
        if rule is not None and (rule.table is not None or rule.name in _LINE_RULE_TABLES):
            phrase = matched_phrase(removal, config, result.language)
            out[removal.line] = f"phrase {phrase!r}" if phrase else "a phrase of its table"
        elif removal.rule in _EDGE_RULES:
            if first_kept is None:
                out[removal.line] = "no article region: every line was removed"
            elif removal.line < first_kept:
                out[removal.line] = f"before the article, which starts at line {first_kept}"
            else:
                out[removal.line] = f"after the article, which ends at line {last_kept}"
        elif removal.rule == "repeated_line":
            out[removal.line] = f"occurs {texts.count(removal.text)} times in the text"
        elif removal.rule == "markup_noise":
            out[removal.line] = "the page's markup marks this text as noise"
        elif removal.rule == "site_template":
            out[removal.line] = "a line of the site's template (--site-templates count)"
        else:
            out[removal.line] = runs[removal.line]
    return out
