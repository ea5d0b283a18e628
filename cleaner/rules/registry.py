"""The rule registry: every rule in the order the pipeline runs it, and what the names are.

`TABLE` lists the rules: every per-line rule first (the pipeline sweeps each line through all of
them at once), then the document rules. `RULES` is that table put in a stable topological order
of the rules' `reads` declarations: a rule comes after every rule it reads, and otherwise keeps
its place in `TABLE`. The order is checked when this module is imported.

Order matters beyond the reads, too. A line removed by two rules is credited to the first. And a
document rule that asks `ctx.is_removed` sees what every rule before it removed in this pass:
the block rules skip lines already removed, and the revision rules at the end judge a line by
what was removed around it: orphan_between_noise (both neighbours removed), repeated_line (the
last kept copy stays), page_chrome and edge_boilerplate (where the densest kept prose is, and
whether an edge holds enough kept lines). Reversing the document rules changes the text of 14
of the 30 page scrapes of tests/fixtures/eval_subset (and the credits of 28), although no rule
there reads another by name; page_chrome or edge_boilerplate moved first alone changes 8. So the
revision rules come last, and a new rule goes where what it sees is complete: `TABLE` is that
order, and `reads` only adds to it.
"""

from __future__ import annotations

from typing import Final

from cleaner.rules import Rule
from cleaner.rules.appeals import appeal_block, appeal_phrase
from cleaner.rules.captions import alt_text, caption_before_credit, caption_phrase, credited_caption
from cleaner.rules.disclosures import commission_notice, disclosure_note
from cleaner.rules.editorial import author_card, editorial_note, republish_footer, shortcode
from cleaner.rules.endmatter import author_bio, disclaimer, end_note, foot_notice, site_footer
from cleaner.rules.furniture import (
    affiliate_disclosure,
    author_name,
    byline,
    cookie_notice,
    furniture_phrase,
)
from cleaner.rules.link_lists import dated_teasers, link_list_block, link_teaser, list_header, sibling_links
from cleaner.rules.markup import markup_noise
from cleaner.rules.navigation import edge_boilerplate, page_chrome, site_template
from cleaner.rules.promotion import (
    call_to_action,
    cta_heading,
    newsletter_footer,
    promo_block,
    promo_phrase,
    shop_button,
)
from cleaner.rules.prompts import prompt_phrase
from cleaner.rules.repetition import repeated_menu, repeated_section
from cleaner.rules.revision import orphan_between_noise, repeated_line
from cleaner.rules.widgets import comment_thread, form_consent, widget_phrase

TABLE: Final[tuple[Rule, ...]] = (
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
    shop_button,
    call_to_action,
    cta_heading,
    end_note,
    disclaimer,
    markup_noise,
    site_template,
    author_name,
    caption_before_credit,
    appeal_block,
    link_list_block,
    sibling_links,
    dated_teasers,
    comment_thread,
    author_bio,
    foot_notice,
    site_footer,
    alt_text,
    repeated_menu,
    repeated_section,
    orphan_between_noise,
    repeated_line,
    page_chrome,
    edge_boilerplate,
    # Phrase rules run as document rules after the revision rules, which weigh these lines as
    # chrome: removed first, a promo footer no longer counts as one (see promo_phrase).
    promo_phrase,
    editorial_note,
    shortcode,
    disclosure_note,
    commission_notice,
    promo_block,
    newsletter_footer,
    republish_footer,
    author_card,
)


class RuleOrderError(ValueError):
    """The rules' declarations cannot be ordered (a circle of reads, a rule read but not in the
    table, a line rule after a document rule)."""


def order_rules(table: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """`table` in a stable topological order of `reads`: each rule after every rule it reads,
    and otherwise in its place in the table. Raises RuleOrderError when there is none, or when
    a per-line rule would come after a document rule (the pipeline sweeps them first).

    >>> [rule.name for rule in order_rules((appeal_block, prompt_phrase, appeal_phrase))]
    ['prompt_phrase', 'appeal_phrase', 'appeal_block']
    """
    names = [rule.name for rule in table]
    if len(set(names)) != len(names):
        raise RuleOrderError(f"a rule name is used twice in the table: {names}")
    for rule in table:
        missing = [read.name for read in rule.reads if read.name not in names]
        if missing:
            raise RuleOrderError(f"{rule.name} reads {', '.join(missing)}, which the table does not hold")
    placed: list[Rule] = []
    done: set[str] = set()
    waiting = list(table)
    while waiting:
        # The first rule in table order whose reads are all placed.
        ready = next((r for r in waiting if all(read.name in done for read in r.reads)), None)
        if ready is None:
            raise RuleOrderError(
                f"the rules {', '.join(r.name for r in waiting)} read each other in a circle"
            )
        placed.append(ready)
        done.add(ready.name)
        waiting.remove(ready)
    kinds = [rule.per_line for rule in placed]
    if kinds != sorted(kinds, reverse=True):
        raise RuleOrderError("every per-line rule must come before the document rules")
    return tuple(placed)


RULES: Final[tuple[Rule, ...]] = order_rules(TABLE)
RULE_NAMES: Final[tuple[str, ...]] = tuple(rule.name for rule in RULES)
# Per rule, the rules that read its removals (disabling it alone would leave them blind).
READERS: Final[dict[str, tuple[str, ...]]] = {
    rule.name: tuple(other.name for other in RULES if rule in other.reads) for rule in RULES
}
# The noise classes, in the order their first rule runs.
NOISE_CLASSES: Final[tuple[str, ...]] = tuple(dict.fromkeys(rule.noise_class for rule in RULES))
# Noise classes whose phrase table takes a user's extra phrases (`[phrases]` in a config file):
# the tables keyed by their class (a rule's second table has a key of its own and takes none).
PHRASE_CLASSES: Final[tuple[str, ...]] = tuple(
    dict.fromkeys(
        rule.noise_class for rule in RULES if rule.table is not None and rule.table.key == rule.noise_class
    )
)


def blind_readers(disabled: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Per disabled rule, the enabled rules that read it (empty when none is left blind)."""
    out: dict[str, tuple[str, ...]] = {}
    for name in sorted(disabled):
        left = tuple(reader for reader in READERS.get(name, ()) if reader not in disabled)
        if left:
            out[name] = left
    return out
