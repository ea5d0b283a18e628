"""`make gold-passthrough`: clean the dev set's gold article texts as if they were input.

The gold texts (`DATA/gold/ID.txt`) are article bodies as the benchmark's annotators extracted
them, so a cleaner that keeps the article should remove almost nothing from them. This cleans
each one with `cleaner.clean_and_explain` (default configuration) and prints the non-blank lines,
the lines removed and their share, the pages touched and the pages losing `HEAVY` lines or more,
the removals per rule, and how many removed lines a reader labelled article (A), noise (N),
headline or standfirst (T) or could not tell (?) in `docs/gold-passthrough-labels.tsv`, per rule
too. A label applies to a removal only when id, line number and text all match, so a removal
nobody has read yet (after a rule changes, or on a gold text that changed) is counted as
unlabelled, never guessed. It also counts the labelled lines the cleaner now keeps.

With `--list` it prints every removed line with its label: the gold pass-through listing.
`--disable RULE` (repeatable) shows what turning a rule off would give back.
`measure()` returns the numbers as a `PassThrough` for `scripts/eval.py` to use.
Without the data it says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cleaner import Config, ConfigError, clean_and_explain

LABELS = Path(__file__).resolve().parent.parent / "docs" / "gold-passthrough-labels.tsv"
LABEL_NAMES = ("A", "N", "T", "?")
UNLABELLED = ""
# A page losing this many gold lines or more is counted apart: issue 14 counts the pages losing 5.
HEAVY = 5

LabelKey = tuple[str, int, str]


@dataclass(frozen=True)
class RemovedLine:
    """One gold line the cleaner removes: page id, 1-based line, rule, text, reader's label."""

    page: str
    line: int
    rule: str
    text: str
    label: str  # one of LABEL_NAMES, or UNLABELLED

    def row(self) -> str:
        label = self.label or "-"
        return f"{self.page}\t{self.line}\t{label}\t{self.rule}\t{self.text}"


@dataclass(frozen=True)
class PassThrough:
    """What cleaning the gold texts removes, with the reader's labels of the removed lines."""

    pages: int
    lines: int  # non-blank gold lines
    removed: tuple[RemovedLine, ...]
    pages_heavy: int  # pages losing HEAVY lines or more
    max_page_loss: int
    kept_labelled: dict[str, int] = field(default_factory=dict)  # label -> labelled lines now kept

    @property
    def removed_lines(self) -> int:
        return len(self.removed)

    @property
    def share(self) -> float:
        """Removed lines as a share of the non-blank gold lines (0.0 without lines)."""
        return len(self.removed) / self.lines if self.lines else 0.0

    @property
    def pages_touched(self) -> int:
        return len({r.page for r in self.removed})

    @property
    def per_rule(self) -> dict[str, int]:
        return dict(Counter(r.rule for r in self.removed).most_common())

    @property
    def per_label(self) -> dict[str, int]:
        """Removed lines per label, every label present, unlabelled under UNLABELLED."""
        counts = Counter(r.label for r in self.removed)
        return {label: counts[label] for label in (*LABEL_NAMES, UNLABELLED)}

    @property
    def per_rule_label(self) -> dict[str, dict[str, int]]:
        """rule -> label -> removed lines, rules ordered by how many lines they remove."""
        return {
            rule: {
                label: sum(r.rule == rule and r.label == label for r in self.removed)
                for label in (*LABEL_NAMES, UNLABELLED)
            }
            for rule in self.per_rule
        }


def normalise(text: str) -> str:
    """A line as the labels file spells it: trimmed, tabs as spaces."""
    return text.replace("\t", " ").strip()


def read_labels(path: Path) -> dict[LabelKey, str]:
    """(page id, 1-based line, text) -> label, from the tab-separated file; {} when it is absent.

    Lines starting with # and blank lines are skipped; a row is id, line, label, rule, text.
    """
    labels: dict[LabelKey, str] = {}
    if not path.exists():
        return labels
    with path.open(encoding="utf-8") as fh:
        for number, raw in enumerate(fh, start=1):
            if raw.startswith("#") or not raw.strip():
                continue
            fields = raw.rstrip("\n").split("\t", 4)
            if len(fields) != 5 or fields[2] not in LABEL_NAMES:
                raise ValueError(f"{path}:{number}: expected id, line, label (A N T ?), rule, text")
            page, line, label, _rule, text = fields
            labels[(page, int(line), normalise(text))] = label
    return labels


def measure(gold: Path, labels_path: Path = LABELS, config: Config | None = None) -> PassThrough:
    """Clean every `gold/*.txt` and match each removed line to its reader's label."""
    labels = read_labels(labels_path)
    removed: list[RemovedLine] = []
    lines = pages = heavy = worst = 0
    matched: set[LabelKey] = set()
    for path in sorted(gold.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        pages += 1
        lines += sum(1 for line in text.splitlines() if line.strip())
        result = clean_and_explain(text, config)
        for r in result.removed:
            key = (path.stem, r.line, normalise(r.text))
            label = labels.get(key, UNLABELLED)
            if label:
                matched.add(key)
            removed.append(RemovedLine(path.stem, r.line, r.rule, normalise(r.text), label))
        heavy += len(result.removed) >= HEAVY
        worst = max(worst, len(result.removed))
    kept = Counter(label for key, label in labels.items() if key not in matched)
    return PassThrough(
        pages=pages,
        lines=lines,
        removed=tuple(removed),
        pages_heavy=heavy,
        max_page_loss=worst,
        kept_labelled={label: kept[label] for label in LABEL_NAMES},
    )


def report(result: PassThrough) -> list[str]:
    """The summary and the rule x label table, as printed lines."""
    labels = result.per_label
    out = [
        f"gold pages: {result.pages}; non-blank lines: {result.lines}",
        f"lines removed: {result.removed_lines} ({result.share:.2%})",
        f"pages touched: {result.pages_touched}; losing >= {HEAVY} lines: {result.pages_heavy};"
        f" most lost on one page: {result.max_page_loss}",
        "removed lines by reader label: "
        + ", ".join(f"{name} {labels[name]}" for name in LABEL_NAMES)
        + f", unlabelled {labels[UNLABELLED]}",
        "labelled lines now kept: " + ", ".join(f"{k} {v}" for k, v in result.kept_labelled.items()),
        "",
        "| rule | removed | A | N | T | ? | unlabelled |",
        "|---|---|---|---|---|---|---|",
    ]
    for rule, counts in result.per_rule_label.items():
        cells = " | ".join(str(counts[name]) for name in (*LABEL_NAMES, UNLABELLED))
        out.append(f"| {rule} | {sum(counts.values())} | {cells} |")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", nargs="?", default="../shared/bench/wcxb-dev", type=Path)
    parser.add_argument("--labels", default=LABELS, type=Path)
    parser.add_argument("--list", action="store_true", help="print every removed line with its label")
    parser.add_argument(
        "--disable", action="append", default=[], metavar="RULE", help="turn a rule off (repeatable)"
    )
    args = parser.parse_args()
    gold = args.data / "gold"
    if not gold.is_dir():
        print(f"gold pass-through skipped: no gold texts at {gold} (pass the data path as an argument)")
        return 0
    try:
        config = Config(disabled=frozenset(args.disable))
    except ConfigError as exc:  # an unknown rule, or one that others read disabled alone
        parser.error(str(exc))
    result = measure(gold, args.labels, config)
    print("\n".join(report(result)))
    if args.list:
        print("\nid\tline\tlabel\trule\ttext  (label - = unlabelled)")
        for removal in result.removed:
            print(removal.row())
    return 0


if __name__ == "__main__":
    sys.exit(main())
