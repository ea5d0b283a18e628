"""The eval gate: cleaner's shingle F1 on a fixed subset of the public dev set must not drop below
the recorded floor (which may only go up; see tests/fixtures/eval_subset/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.evaluation import score, tp_fp_fn

SUBSET = Path(__file__).parent / "fixtures" / "eval_subset"
FLOORS: dict[str, float] = json.loads((SUBSET / "floor.json").read_text())


def _records(form: str) -> list[dict[str, str]]:
    with (SUBSET / f"{form}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize("form", sorted(FLOORS))
def test_f1_not_below_floor(form: str) -> None:
    records = _records(form)
    assert len(records) == 30
    golds = {r["id"]: r["gold_text"] for r in records}
    result = score(golds, {r["id"]: clean(r["text"]) for r in records})
    assert result.f1 >= FLOORS[form], f"{form}: F1 {result.f1:.4f} fell below the floor {FLOORS[form]}"


def test_metric_definition() -> None:
    # Hand-checked: gold has 3 shingles, the prediction 2, one shared.
    assert tp_fp_fn("a b c d e f", "a b c d x") == (1, 1, 2)
    assert score({"1": "a b c d"}, {}).recall == 0.0
    perfect = score({"1": "a b c d e"}, {"1": "a b c d e"})
    assert (perfect.precision, perfect.recall, perfect.f1) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize("form", sorted(FLOORS))
def test_subset_cleaning_is_stable(form: str) -> None:
    """Real pages, not just generated text: cleaning the clean text changes nothing."""
    for record in _records(form):
        once = clean(record["text"])
        assert clean(once) == once, record["id"]
