"""`make ceiling`: how far a faithful line cleaner can go on the WCXB dev set's article-recall form.

The benchmark's gold leaves out some of each article (code blocks, tables, FAQs, the later
sections of long guides), so a line-level oracle that knows the gold (F1 0.961) drops article
text too. This script asks what the best cleaner that keeps the article could score instead.

`docs/reader-labels.tsv` holds a reader's judgement of every line the cleaner kept at 1f03f1b
that is outside the gold (a line of four or more tokens is gold when at least half of its token
4-grams are in the gold's, as in `make rule-report`): N noise, A article, T headline or
standfirst. Starting from the cleaner's output now, the script scores:

- the cleaner as it is;
- the cleaner with every kept line the reader called noise removed as well (a perfect noise
  rule set, never wrong);
- that, with every line the cleaner removes and the gold holds given back (no rule ever wrong):
  the best a cleaner that keeps the headline, as this one does by design, could score;
- that, with the headlines and standfirsts removed too (the gold has no titles);
- the line-level oracle, which keeps exactly the lines the gold holds.

Lines the cleaner keeps that were not labelled (kept since 1f03f1b, or by a changed config) count
as article. Without the data it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rule_report import Gold

from cleaner import clean_and_explain
from cleaner.evaluation import score

LABELS = Path(__file__).resolve().parent.parent / "docs" / "reader-labels.tsv"
ROWS = (
    ("cleaner", "the cleaner now"),
    ("noise", "... and every kept line the reader calls noise removed"),
    ("restored", "... and every gold line the cleaner removes given back"),
    ("titles", "... and the headlines and standfirsts removed"),
    ("oracle", "line-level oracle: exactly the lines the gold holds"),
)


def read_labels(path: Path) -> dict[tuple[str, int], str]:
    """(page id, 1-based line) -> label, from the tab-separated file (lines starting # skipped)."""
    labels: dict[tuple[str, int], str] = {}
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            if raw.startswith("#") or not raw.strip():
                continue
            page, line, label = raw.rstrip("\n").split("\t")
            labels[(page, int(line))] = label
    return labels


def outputs(record: dict[str, str], labels: dict[tuple[str, int], str]) -> dict[str, str]:
    """The text each row of the table keeps of one page."""
    gold = Gold(record["gold_text"])
    removed = {r.line for r in clean_and_explain(record["text"]).removed}
    kept: dict[str, list[str]] = {name: [] for name, _ in ROWS}
    for number, text in enumerate(record["text"].splitlines(), start=1):
        label = labels.get((record["id"], number), "A")
        holds = bool(gold.holds(text))
        if number not in removed:
            kept["cleaner"].append(text)
            if label != "N":
                kept["noise"].append(text)
        if (number not in removed and label != "N") or (number in removed and holds):
            kept["restored"].append(text)
            if label != "T" or number in removed:
                kept["titles"].append(text)
        if holds:
            kept["oracle"].append(text)
    return {name: "\n".join(lines) for name, lines in kept.items()}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", nargs="?", default="../shared/bench/wcxb-dev", type=Path)
    parser.add_argument("--labels", default=LABELS, type=Path)
    args = parser.parse_args()
    source = args.data / "article-recall.jsonl"
    if not source.exists():
        print(f"ceiling skipped: no benchmark data at {args.data} (pass its path as an argument)")
        return 0
    labels = read_labels(args.labels)
    golds: dict[str, str] = {}
    preds: dict[str, dict[str, str]] = {name: {} for name, _ in ROWS}
    with source.open(encoding="utf-8") as fh:
        for raw in fh:
            record = json.loads(raw)
            golds[record["id"]] = record["gold_text"]
            for name, text in outputs(record, labels).items():
                preds[name][record["id"]] = text
    counts = {label: sum(v == label for v in labels.values()) for label in "NAT?"}
    print(f"{len(golds)} pages; {len(labels)} labelled lines: {counts}")
    print("| article-recall | F1 | precision | recall |")
    print("|---|---|---|---|")
    for name, title in ROWS:
        s = score(golds, preds[name])
        print(f"| {title} | {s.f1:.4f} | {s.precision:.4f} | {s.recall:.4f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
