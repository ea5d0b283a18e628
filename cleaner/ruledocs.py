"""Rule docstrings that survive compiling: mypyc drops the docstrings of the functions it
compiles, so in the wheel every `Rule.doc` is empty. The wheel still ships each rule module's
source beside its extension, and the docstring is read from there (by function name, which is
the rule's name) when the function has none. Not compiled itself."""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

from cleaner.rules import Rule

RULES_DIR = Path(__file__).parent / "rules"


@lru_cache(maxsize=1)
def source_docstrings() -> dict[str, str]:
    """{function name: docstring} for every function of the rule modules' sources."""
    docs: dict[str, str] = {}
    for path in sorted(RULES_DIR.glob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and (doc := ast.get_docstring(node, clean=False)):
                docs.setdefault(node.name, doc)
    return docs


def rule_doc(rule: Rule) -> str:
    """The rule's docstring: its function's, or, where compiling dropped it, its source's."""
    return rule.doc or source_docstrings().get(rule.name, "")


def rule_summary(rule: Rule) -> str:
    """The docstring's first paragraph on one line: what the rule removes.

    >>> from cleaner.evidence import RULES_BY_NAME
    >>> rule_summary(RULES_BY_NAME["prompt_phrase"]).startswith("Remove")
    True
    """
    return rule.summary or " ".join(rule_doc(rule).strip().split("\n\n")[0].split())
