"""scripts/noise_report.py: labels counted per rule and class, gold pass-through, snippet rates."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
PROSE = "The minister said on Tuesday that the plan would be published before the summer recess."


@pytest.fixture(scope="module")
def nr() -> ModuleType:
    sys.path.insert(0, str(SCRIPTS))  # the script imports its neighbours (ceiling, rule_report)
    spec = importlib.util.spec_from_file_location("noise_report", SCRIPTS / "noise_report.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["noise_report"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_label_report_counts_removals_by_label_rule_and_class(nr: ModuleType, tmp_path: Path) -> None:
    text = f"{PROSE}\nGet the News on WhatsApp\nOur team also runs workshops in the spring and the autumn, in four cities.\nSign up now"
    record = {"id": "p1", "text": text, "gold_text": f"{PROSE}\nSign up now"}
    (tmp_path / "article-recall.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    labels = {("p1", 2): "N", ("p1", 3): "N", ("p1", 1): "A"}
    report = nr.label_report(tmp_path, labels)
    assert (report.noise_removed, report.noise_total) == (1, 2)
    assert (report.article_removed, report.article_total) == (0, 1)
    # Line 4 has no label and the gold holds it: counted apart, as a gold line removed.
    assert report.by_rule == {("prompt_phrase", "N"): 1, ("prompt_phrase", "new gold"): 1}
    assert report.by_class() == {("prompts", "N"): 1, ("prompts", "new gold"): 1}
    assert report.noise_share == 0.5


def test_gold_pass_through_counts_non_blank_lines_and_pages(nr: ModuleType, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.txt").write_text(f"{PROSE}\n\nGet the News on WhatsApp\n", encoding="utf-8")
    (gold / "b.txt").write_text(f"{PROSE}\n", encoding="utf-8")
    passing = nr.gold_pass_through(tmp_path)
    assert (passing.lines, passing.removed, passing.pages) == (3, 1, 1)
    assert passing.by_rule == {"prompt_phrase": 1}


def test_snippet_rates_are_plain_substring_shares(nr: ModuleType) -> None:
    snippets = {
        "p1": {"with": ["the plan", "not there"], "without": ["Sign up"]},
        "p2": {"with": [], "without": []},
    }
    rates = nr.snippet_rates("x", {"p1": "So the plan. Sign up now"}, snippets)
    assert (rates.with_found, rates.with_total, rates.without_leaked, rates.without_total) == (1, 2, 1, 1)
    assert (rates.found, rates.leaked) == (0.5, 1.0)
    assert nr.snippet_rates("x", {}, snippets).found == 0.0  # a page without output finds nothing
