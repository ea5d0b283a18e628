"""What a reader says about the lines the cleaner removes from the WCXB dev article-recall texts.

`docs/reader-labels.tsv` holds a reader's label for every line the cleaner removed at 35335cd
(N noise, A article, T headline or standfirst, ? cannot tell). This script runs the cleaner now
and prints, per rule, how many of its removals the reader called each label: the count to watch
is A, article text a rule deletes. Removals without a label (new since the labels were written)
are counted as unlabelled.

With `--show` it also prints each removal to read or label: page id, URL, rule, label, and the
three lines either side (R marks a neighbour that is removed too, G a line the gold holds, by the
test of `make rule-report`). `--unlabelled` limits the listing to removals without a label, and
`--label A` to removals with that label. Without the data it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from ceiling import LABELS, read_labels
from rule_report import Gold

from cleaner import clean_and_explain

CONTEXT = 3
WIDTH = 180
COLUMNS = ("N", "A", "T", "?", "unlabelled")


def _clip(text: str) -> str:
    """One line of the listing, cut to WIDTH characters."""
    text = text.rstrip()
    return text if len(text) <= WIDTH else text[:WIDTH] + "…"


def page_listing(
    record: dict[str, str],
    removed: dict[int, str],
    labels: dict[tuple[str, int], str],
    wanted: set[int],
) -> list[str]:
    """The removals `wanted` of one page, each with its neighbours, as listing lines."""
    lines = record["text"].splitlines()
    gold = Gold(record["gold_text"])
    shown: set[int] = set()
    for number in wanted:
        shown.update(range(max(1, number - CONTEXT), min(len(lines), number + CONTEXT) + 1))
    out = [f"==== {record['id']} {record['url']}"]
    previous = 0
    for number in sorted(shown):
        if previous and number != previous + 1:
            out.append("   ...")
        text = lines[number - 1]
        held = "G" if gold.holds(text) else " "
        if number in removed:
            label = labels.get((record["id"], number), "-")
            out.append(f"R{number:5d} {held} [{removed[number]} {label}] {_clip(text)}")
        else:
            out.append(f" {number:5d} {held} | {_clip(text)}")
        previous = number
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", nargs="?", default="../shared/bench/wcxb-dev", type=Path)
    parser.add_argument("--labels", default=LABELS, type=Path)
    parser.add_argument("--show", action="store_true", help="list the removals in context")
    parser.add_argument("--unlabelled", action="store_true", help="list only unlabelled removals")
    parser.add_argument("--label", choices=("N", "A", "T", "?"), help="list only this label")
    args = parser.parse_args()
    source = args.data / "article-recall.jsonl"
    if not source.exists():
        print(f"removal labels skipped: no benchmark data at {args.data} (pass its path)")
        return 0
    labels = read_labels(args.labels)
    counts: Counter[tuple[str, str]] = Counter()
    listing: list[str] = []
    with source.open(encoding="utf-8") as fh:
        for raw in fh:
            record = json.loads(raw)
            removed = {r.line: r.rule for r in clean_and_explain(record["text"]).removed}
            wanted: set[int] = set()
            for number, rule in removed.items():
                label = labels.get((record["id"], number), "unlabelled")
                counts[(rule, label)] += 1
                if args.unlabelled and label != "unlabelled":
                    continue
                if args.label and label != args.label:
                    continue
                wanted.add(number)
            if args.show and wanted:
                listing.extend(page_listing(record, removed, labels, wanted))
    if listing:
        print("\n".join(listing))
    rules = sorted({rule for rule, _ in counts}, key=lambda r: -sum(counts[(r, c)] for c in COLUMNS))
    print("| rule | " + " | ".join(COLUMNS) + " | total |")
    print("|---" * (len(COLUMNS) + 2) + "|")
    for rule in [*rules, "all"]:
        row = [
            sum(n for (r, c), n in counts.items() if c == column and rule in (r, "all")) for column in COLUMNS
        ]
        print(f"| {rule} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
