"""scripts/gold_passthrough.py: labels match removals by id, line and text; the rest is unlabelled."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from cleaner import clean_and_explain

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "gold_passthrough.py"
# Blank lines before the prompt, so its line number differs from its position among non-blank lines.
GOLD = "A short headline\n\n\nThe body of the story goes on here.\n\nGet the News on WhatsApp\n"


@pytest.fixture(scope="module")
def gp() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_passthrough", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gold_passthrough"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def write(tmp_path: Path, labels: str) -> tuple[Path, Path]:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "p1.txt").write_text(GOLD, encoding="utf-8")
    (gold / "p2.txt").write_text("Nothing here is noise at all, just one line.\n", encoding="utf-8")
    path = tmp_path / "labels.tsv"
    path.write_text("# header\n" + labels, encoding="utf-8")
    return gold, path


def test_line_numbers_count_blank_lines_like_removal_line() -> None:
    removed = clean_and_explain(GOLD).removed
    assert [(r.line, r.rule) for r in removed] == [(6, "prompt_phrase")]
    assert GOLD.splitlines()[removed[0].line - 1] == removed[0].text


def test_a_matching_row_labels_the_removal(gp: ModuleType, tmp_path: Path) -> None:
    gold, labels = write(tmp_path, "p1\t6\tN\tprompt_phrase\tGet the News on WhatsApp\n")
    result = gp.measure(gold, labels)
    assert (result.pages, result.lines, result.removed_lines, result.pages_touched) == (2, 4, 1, 1)
    assert result.per_label == {"A": 0, "N": 1, "T": 0, "?": 0, "": 0}
    assert result.per_rule_label["prompt_phrase"]["N"] == 1
    assert result.kept_labelled == {"A": 0, "N": 0, "T": 0, "?": 0}


@pytest.mark.parametrize(
    "row",
    [
        "p1\t5\tN\tprompt_phrase\tGet the News on WhatsApp\n",  # wrong line
        "p1\t6\tN\tprompt_phrase\tGet the news\n",  # text no longer the same
        "p2\t6\tN\tprompt_phrase\tGet the News on WhatsApp\n",  # wrong page
    ],
)
def test_a_row_that_does_not_match_leaves_the_removal_unlabelled(
    gp: ModuleType, tmp_path: Path, row: str
) -> None:
    gold, labels = write(tmp_path, row)
    result = gp.measure(gold, labels)
    assert result.per_label[""] == 1
    assert result.kept_labelled["N"] == 1  # the row now counts as a labelled line that is kept


def test_a_missing_labels_file_leaves_everything_unlabelled(gp: ModuleType, tmp_path: Path) -> None:
    gold, _ = write(tmp_path, "")
    result = gp.measure(gold, tmp_path / "absent.tsv")
    assert result.per_label[""] == result.removed_lines == 1


def test_a_malformed_row_is_refused(gp: ModuleType, tmp_path: Path) -> None:
    gold, labels = write(tmp_path, "p1\t6\tX\tprompt_phrase\tGet the News on WhatsApp\n")
    with pytest.raises(ValueError, match=r"labels\.tsv:2"):
        gp.measure(gold, labels)


def test_the_committed_labels_file_is_well_formed(gp: ModuleType) -> None:
    labels = gp.read_labels(gp.LABELS)
    assert len(labels) >= 1207
    assert set(labels.values()) <= set(gp.LABEL_NAMES)
