"""What a document's surroundings tell the rules, beside its text: one explicit argument.

Not compiled (setup.py): like Config, it may be sent to worker processes, and mypyc's frozen
dataclasses cannot be unpickled.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Hints:
    """Digests (cleaner.templates.line_key) of lines known to be noise before any rule runs.

    `templates`: the lines of the document's site's template, found by a first pass over a batch
    (--site-templates; the rule site_template). `markup`: the texts the HTML page's own markup
    marks as noise (--html-markup; the rule markup_noise). Keyword-only, so the two can never be
    swapped.
    """

    templates: frozenset[int] = frozenset()
    markup: frozenset[int] = frozenset()


NO_HINTS: Hints = Hints()
