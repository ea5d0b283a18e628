"""Golden cases: each tests/fixtures/<case>/input.txt with its expected clean text and removals,
plus the negative set of clean articles that must come out unchanged."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from cleaner import clean, clean_and_explain

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p.parent for p in FIXTURES.glob("*/input.txt"))
UNCHANGED = sorted((FIXTURES / "unchanged").glob("*.txt"))


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def _diff(expected: str, actual: str, name: str) -> str:
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            f"{name} expected",
            f"{name} actual",
        )
    )


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden(case: Path, update_goldens: bool) -> None:
    result = clean_and_explain(_read(case / "input.txt"))
    removals = "".join(json.dumps({"line": r.line, "rule": r.rule}) + "\n" for r in result.removed)
    if update_goldens:
        (case / "expected.txt").write_bytes(result.text.encode("utf-8"))
        (case / "expected_removals.jsonl").write_bytes(removals.encode("utf-8"))
        pytest.skip("golden rewritten: review the diff line by line before committing")
    expected = _read(case / "expected.txt")
    assert result.text == expected, _diff(expected, result.text, case.name)
    expected_removals = _read(case / "expected_removals.jsonl")
    assert removals == expected_removals, _diff(expected_removals, removals, case.name + " removals")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_is_stable(case: Path) -> None:
    once = clean(_read(case / "input.txt"))
    assert clean(once) == once


def test_golden_cases_exist() -> None:
    assert len(CASES) >= 5 and len(UNCHANGED) >= 4


# Known failures, run as strict xfail so that a fix shows up: an article's own "Don't miss" or
# "Up next" section reads exactly like a related-links header with headline/teaser items, and
# the text alone does not tell them apart (a list header near the end of the text is taken).
KNOWN_FAILURES = {
    "festival_weekend_guide": "'Don't miss' heads the article's own picks, title and one-line teaser each",
    "match_day_interview": "'Up next' heads the next fixture's date and place",
}


def _unchanged_params() -> list[object]:
    return [
        pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_FAILURES[p.stem], strict=True))
        if p.stem in KNOWN_FAILURES
        else p
        for p in UNCHANGED
    ]


@pytest.mark.parametrize("path", _unchanged_params(), ids=[p.stem for p in UNCHANGED])
def test_clean_article_is_unchanged(path: Path) -> None:
    text = _read(path)
    result = clean_and_explain(text)
    assert result.removed == (), [(r.line, r.rule, r.text) for r in result.removed]
    assert result.text == "\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"
