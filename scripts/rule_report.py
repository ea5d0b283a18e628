"""`make rule-report`: what each rule removes on the WCXB dev set, article or noise.

For every line a rule removes, it asks whether the line is in the gold main text: a line of four
or more tokens is gold when at least half of its token 4-grams are in the gold's; a shorter line
when its tokens appear together in the gold, in order. (A one-word line such as "Facebook" is
counted as gold whenever the word occurs in the gold, so short lines lean towards gold.) It then
prints, per text form and rule, the lines and words it removed that are noise and that are
article, and the words' precision: the number to watch when a rule changes, next to the F1 of
`make eval`, since losing a line of the article is worse than keeping a line of noise.

With `--show RULE` it also lists that rule's removals, marked GOLD or noise, to read them.
Without the data it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from cleaner import clean_and_explain

FORMS = ("article-recall", "page")
_TOKEN = re.compile(r"\w+")
SHINGLE = 4
GOLD_SHARE = 0.5


class Gold:
    """The gold text of one page, ready to say whether a line belongs to it."""

    def __init__(self, text: str) -> None:
        tokens = _TOKEN.findall(text)
        self.joined = " " + " ".join(tokens) + " "
        self.shingles = {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}

    def holds(self, line: str) -> bool | None:
        """Whether `line` is article text by the gold (None for a line without tokens)."""
        tokens = _TOKEN.findall(line)
        if not tokens:
            return None
        if len(tokens) < SHINGLE:
            return " " + " ".join(tokens) + " " in self.joined
        grams = [tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]
        return sum(g in self.shingles for g in grams) >= GOLD_SHARE * len(grams)


def report(data: Path, form: str, show: str | None) -> list[str]:
    """One table row per rule for one text form, and the listing of `show`'s removals."""
    lines: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # noise, gold lines and words
    listing: list[str] = []
    with (data / f"{form}.jsonl").open(encoding="utf-8") as fh:
        for raw in fh:
            record = json.loads(raw)
            gold = Gold(record["gold_text"])
            for removal in clean_and_explain(record["text"]).removed:
                verdict = gold.holds(removal.text)
                if verdict is None:
                    continue
                words = len(_TOKEN.findall(removal.text))
                counts = lines[removal.rule]
                counts[1 if verdict else 0] += 1
                counts[3 if verdict else 2] += words
                if removal.rule == show:
                    mark = "GOLD " if verdict else "noise"
                    listing.append(f"{mark} {record['id']} {removal.line}: {removal.text[:150]}")
    rows = [
        f"| {form} | {rule} | {n_lines} | {g_lines} | {n_words} | {g_words} | "
        f"{n_words / (n_words + g_words):.3f} |"
        for rule, (n_lines, g_lines, n_words, g_words) in sorted(lines.items(), key=lambda kv: -kv[1][2])
    ]
    return [*rows, "", *listing] if listing else rows


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", nargs="?", default="../shared/bench/wcxb-dev", type=Path)
    parser.add_argument("--form", choices=FORMS, action="append", help="one text form (default: both)")
    parser.add_argument("--show", metavar="RULE", help="also list this rule's removals, marked GOLD or noise")
    args = parser.parse_args()
    if not (args.data / "page.jsonl").exists():
        print(f"rule report skipped: no benchmark data at {args.data} (pass its path as an argument)")
        return 0
    print("| form | rule | noise lines | article lines | noise words | article words | word precision |")
    print("|---|---|---|---|---|---|---|")
    for form in args.form or FORMS:
        for row in report(args.data, form, args.show):
            print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
