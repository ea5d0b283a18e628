"""The lexicon seam (issue 16): words of a language live in cleaner/lexicon/<code>.py, never in a
rule module.

Every rule module's source is read as a syntax tree, and the strings that could be a word table
are taken apart: regular expressions (the first argument of a `re` call), string collections
(set, list and tuple literals of strings), substring tests (`"word" in text`) and prefix or
suffix tests (`.startswith("word")`). A run of four letters or more in one of them is a word,
unless it is one of the few technical tokens of ALLOWED or the whole string names a noise class,
a phrase table or a lexicon key. The scanner is itself tested on planted tables, so the test
cannot pass by finding nothing.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from cleaner.lexicon import LANGUAGES, lexicon
from cleaner.rules.registry import RULES

RULES_DIR = Path(__file__).resolve().parent.parent / "cleaner" / "rules"
# Technical tokens that are no language's words: a web address's scheme (navigation), and the
# names of jusText's paragraph classes (navigation: "good", "near", "short").
ALLOWED = frozenset({"https", "good", "near", "short"})
# Structural rules: position, shape and repetition only, in every language.
STRUCTURAL = ("navigation.py", "revision.py")
_WORD = re.compile(r"[^\W\d_]{4,}")
# Regex syntax that holds letters but is no word: escapes (\b, \w, \s) and group names.
_REGEX_SYNTAX = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)")
_RE_FUNCTIONS = frozenset(
    {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}
)
_STR_TESTS = frozenset({"startswith", "endswith", "find", "rfind", "index", "count"})


def _keys() -> frozenset[str]:
    """Names a rule may pass as strings: noise classes, phrase table keys, lexicon keys."""
    names = {r.noise_class for r in RULES} | {r.table.key for r in RULES if r.table is not None}
    for code in LANGUAGES:
        lex = lexicon(code)
        names |= set(lex.phrases) | set(lex.words) | set(lex.patterns)
    return frozenset(names)


def _strings(node: ast.AST) -> list[str]:
    """The string constants inside an expression (concatenations and f-strings included)."""
    return [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def word_table_strings(source: str) -> list[tuple[int, str]]:
    """(line, string) for every string of `source` that is a regex, a member of a string
    collection, or a substring or prefix test: where a word table would be written."""
    out: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            func = node.func
            if isinstance(func.value, ast.Name) and func.value.id == "re" and func.attr in _RE_FUNCTIONS:
                out += [(node.lineno, s) for s in _strings(node.args[0])] if node.args else []
            elif func.attr in _STR_TESTS:
                out += [(node.lineno, s) for arg in node.args for s in _strings(arg)]
        elif isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            if node.elts and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
                out += [(node.lineno, s) for e in node.elts for s in _strings(e)]
        elif isinstance(node, ast.Compare) and any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops):
            for operand in (node.left, *node.comparators):
                if isinstance(operand, (ast.Constant, ast.JoinedStr, ast.BinOp)):
                    out += [(node.lineno, s) for s in _strings(operand)]
    return out


def words_in(strings: list[tuple[int, str]], keys: frozenset[str]) -> list[tuple[int, str]]:
    """(line, word) for each word found in those strings."""
    out = []
    for line, text in strings:
        if text in keys:
            continue
        for word in _WORD.findall(_REGEX_SYNTAX.sub(" ", text)):
            if word.lower() not in ALLOWED:
                out.append((line, word))
    return out


def _rule_modules() -> list[Path]:
    return sorted(RULES_DIR.glob("*.py"))


def test_the_scanner_finds_planted_word_tables() -> None:
    """A rule module that carried a word table would fail: the scanner finds each kind."""
    planted = """
import re
_CONSENT = re.compile(r"(by (submitting|providing)\\b.{0,250}?\\b(you (agree|consent) to))", re.I)
_CREDIT_WORDS = frozenset({"images", "pictures", "handout"})
def gate(lowered: str) -> bool:
    return "purposes only" in lowered or lowered.startswith("courtesy")
_LABELS = ("Bildquelle", "図版")
"""
    found = {word for _, word in words_in(word_table_strings(planted), _keys())}
    assert {"submitting", "providing", "agree", "consent"} <= found
    assert {"images", "pictures", "handout", "purposes", "only", "courtesy", "Bildquelle"} <= found
    # Regex syntax and names are not words: escapes, group names, the noise class's own name.
    syntax = 'import re\nX = re.compile(r"\\bfoo(?P<credit>\\w+)\\s")\nY = ("captions", "https")\n'
    assert words_in(word_table_strings(syntax), _keys()) == []


def test_rule_modules_carry_no_word_tables() -> None:
    keys = _keys()
    modules = _rule_modules()
    assert len(modules) >= 10, modules  # every rule module is read (a moved folder would skip them)
    scanned, found = 0, []
    for path in modules:
        strings = word_table_strings(path.read_text(encoding="utf-8"))
        scanned += len(strings)
        found += [f"{path.name}:{line}: {word}" for line, word in words_in(strings, keys)]
    assert scanned >= 30  # the rules still hold regexes and tests of shape, and they were read
    assert found == [], "words of a language in a rule module (move them to cleaner/lexicon/):\n" + "\n".join(
        found
    )


@pytest.mark.parametrize("path", _rule_modules(), ids=lambda p: p.name)
def test_rule_modules_import_no_pack_and_no_english_word_list(path: Path) -> None:
    """A rule reads a pack through ctx.lexicon, never by importing it (or cleaner.document's
    English STOPWORDS and DATE, which are the English pack's)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            assert not node.module.startswith("cleaner.lexicon."), (path.name, node.module)
            if node.module == "cleaner.document":
                assert not {a.name for a in node.names} & {"STOPWORDS", "DATE"}, path.name


@pytest.mark.parametrize("name", STRUCTURAL)
def test_structural_rules_read_no_lexicon(name: str) -> None:
    source = (RULES_DIR / name).read_text(encoding="utf-8")
    assert "lexicon" not in source and "wordset" not in source
