"""English.

The English phrase tables and word lists still live beside the rules that read them
(cleaner/rules/*.py: PROMPT_PHRASES, WIDGET_PHRASES, APPEAL_WORDS, ...); a rule asks
`ctx.lexicon.table(key, ITS_TABLE)` and English gets the rule's own. A name defined here
overrides it, so the tables can move here one by one.
"""

from __future__ import annotations
