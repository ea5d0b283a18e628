"""`make idempotence`: the texts whose clean output the cleaner would clean further.

The standard is `clean(clean(x)) == clean(x)`. For every text of the WCXB dev set (the
article-recall and page forms, and the gold texts) and every input of tests/fixtures, this cleans
the text, cleans the output again, and lists each text whose second cleaning removes lines: the
lines it removes and the rule that removes each. Exits 1 when any text is listed (0 without the
data and with nothing to list), so it can gate.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from cleaner import clean_and_explain

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "bench" / "wcxb-dev"


def texts(data: Path, fixtures: Path) -> Iterator[tuple[str, str]]:
    """(name, text) of every text to check: the dev set's two forms and gold, then the fixtures."""
    for form in ("article-recall", "page"):
        path = data / f"{form}.jsonl"
        if path.exists():
            with path.open(encoding="utf-8") as lines:
                for line in lines:
                    record = json.loads(line)
                    yield f"{form}:{record['id']}", record["text"]
    if (data / "gold").is_dir():
        for path in sorted((data / "gold").glob("*.txt")):
            yield f"gold:{path.stem}", path.read_text(encoding="utf-8")
    for path in sorted(fixtures.rglob("*")):
        if path.is_file() and path.suffix == ".txt" and not path.name.startswith("expected"):
            yield f"fixture:{path.relative_to(fixtures)}", path.read_text(encoding="utf-8")


def second_removals(text: str) -> list[tuple[str, str]]:
    """(rule, line) of every line a second cleaning of `text`'s clean output removes."""
    once = clean_and_explain(text).text
    return [(r.rule, r.text) for r in clean_and_explain(once).removed]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA, help="the WCXB dev folder")
    parser.add_argument("--fixtures", type=Path, default=ROOT / "tests" / "fixtures")
    args = parser.parse_args()
    checked = 0
    failing: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    for name, text in texts(args.data, args.fixtures):
        checked += 1
        removals = second_removals(text)
        if not removals:
            continue
        failing[name.split(":")[0]] += 1
        print(f"{name}: the second cleaning removes {len(removals)} line(s)")
        for rule, line in removals:
            by_rule[rule] += 1
            print(f"    {rule:24} {line[:110]!r}")
    print(f"\n{sum(failing.values())} of {checked} texts not idempotent", dict(sorted(failing.items())))
    if by_rule:
        print("lines removed by the second cleaning, per rule:", dict(by_rule.most_common()))
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
