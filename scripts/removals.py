"""Every removal the cleaner makes on the dev texts, to show that a refactor changes none.

    python scripts/removals.py dump OUT.tsv [DATA]
    python scripts/removals.py compare BEFORE.tsv AFTER.tsv

`dump` cleans every record of DATA/article-recall.jsonl and DATA/page.jsonl (and the gold texts,
DATA/gold/*.txt) with the default configuration and writes one row per removed line:
`source<TAB>id<TAB>language<TAB>line<TAB>rule`. `compare` prints the rows only one side has,
counted per language and per rule, then the rows themselves; it exits 0 when the two are the
same, 1 otherwise. Moving a table from a rule module into a language pack must leave every
English row as it was (issue 16).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from cleaner import clean_and_explain

DATA = Path("/work/shared/bench/wcxb-dev")
SOURCES = ("article-recall.jsonl", "page.jsonl")

Row = tuple[str, str, str, str, str]


def dump(out: Path, data: Path) -> int:
    rows: list[str] = []
    for source in SOURCES:
        with (data / source).open(encoding="utf-8") as f:
            for raw in f:
                record = json.loads(raw)
                result = clean_and_explain(record["text"])
                rows += [
                    f"{source}\t{record['id']}\t{result.language}\t{r.line}\t{r.rule}" for r in result.removed
                ]
    for path in sorted((data / "gold").glob("*.txt")):
        result = clean_and_explain(path.read_text(encoding="utf-8"))
        rows += [f"gold\t{path.stem}\t{result.language}\t{r.line}\t{r.rule}" for r in result.removed]
    out.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} removals written to {out}")
    return 0


def _rows(path: Path) -> set[Row]:
    out: set[Row] = set()
    for row in path.read_text(encoding="utf-8").splitlines():
        source, ident, language, line, rule = row.split("\t")
        out.add((source, ident, language, line, rule))
    return out


def compare(before: Path, after: Path) -> int:
    old, new = _rows(before), _rows(after)
    gone, added = sorted(old - new), sorted(new - old)
    print(f"before {len(old)} removals, after {len(new)}; only before {len(gone)}, only after {len(added)}")
    english = [r for r in gone + added if r[2] == "en"]
    print(f"English documents: {len(english)} rows differ")
    for name, rows in (("only before", gone), ("only after", added)):
        if rows:
            print(f"{name}, per language:", dict(Counter(r[2] for r in rows)))
            print(f"{name}, per rule:", dict(Counter(r[4] for r in rows)))
    for name, rows in (("-", gone), ("+", added)):
        for row in rows:
            print(name, "\t".join(row))
    return 0 if not gone and not added else 1


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("data", nargs="?", type=Path, default=DATA)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        return dump(args.out, args.data)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
