"""Per language pack: noise removed and article lost on its fixtures, and language detection.

    python scripts/languages.py [FIXTURES] [--kept]

FIXTURES is tests/fixtures/languages (one folder per language: input.txt, labels.tsv with
`line<TAB>label<TAB>class` rows, prose.txt; see its README). For each language it prints the
noise lines removed of all noise lines, the article lines lost (of input.txt and of prose.txt),
the language detected for input.txt and prose.txt, and the time detection takes per document
(the model loaded; the fastest of a few rounds). --kept lists the noise lines each keeps.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from cleaner import clean_and_explain
from cleaner.language import _identifier, detect

ROUNDS = 20


def lines_of(text: str) -> list[str]:
    return [s for s in (raw.strip() for raw in text.splitlines()) if s]


def labels_of(path: Path) -> dict[int, str]:
    """{line number: "A" or "N"} from labels.tsv (after its header row)."""
    out: dict[int, str] = {}
    for row in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) >= 2 and cells[0].isdigit():
            out[int(cells[0])] = cells[1].strip()
    return out


def detection_time(texts: list[list[str]]) -> float:
    """Seconds per document, the fastest of ROUNDS rounds."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for lines in texts:
            detect(lines)
        best = min(best, (time.perf_counter() - start) / len(texts))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("fixtures", nargs="?", default="tests/fixtures/languages", type=Path)
    parser.add_argument("--kept", action="store_true", help="list the noise lines each language keeps")
    args = parser.parse_args()
    folders = sorted(p for p in args.fixtures.iterdir() if (p / "labels.tsv").exists())
    if not folders:
        print(f"no language fixtures in {args.fixtures}", file=sys.stderr)
        return 1
    _identifier()  # load the model once, outside the timings
    print(
        "| lang | noise removed | article lost | prose lost | detected (input, prose) | detection per doc |"
    )
    print("|---|---|---|---|---|---|")
    totals = [0, 0, 0, 0, 0]
    right = docs = 0
    kept_noise: list[str] = []
    for folder in folders:
        code = folder.name
        text = (folder / "input.txt").read_text(encoding="utf-8")
        prose = (folder / "prose.txt").read_text(encoding="utf-8")
        labels = labels_of(folder / "labels.tsv")
        result = clean_and_explain(text)
        removed = {r.line for r in result.removed}
        noise = [n for n, label in labels.items() if label == "N"]
        article = [n for n, label in labels.items() if label == "A"]
        hit = sum(n in removed for n in noise)
        lost = [n for n in article if n in removed]
        prose_result = clean_and_explain(prose)
        langs = (result.language, prose_result.language)
        right += sum(lang == code for lang in langs)
        docs += 2
        seconds = detection_time([lines_of(text), lines_of(prose)])
        raw = text.splitlines()
        kept_noise += [f"{code} {n}: {raw[n - 1].strip()}" for n in noise if n not in removed]
        kept_noise += [f"{code} {n}: LOST {raw[n - 1].strip()}" for n in lost]
        kept_noise += [f"{code} prose LOST: {r.text} ({r.rule})" for r in prose_result.removed]
        totals = [
            totals[0] + hit,
            totals[1] + len(noise),
            totals[2] + len(lost),
            totals[3] + len(article),
            totals[4] + len(prose_result.removed),
        ]
        print(
            f"| {code} | {hit}/{len(noise)} ({100 * hit / len(noise):.1f}%) | {len(lost)}/{len(article)} "
            f"| {len(prose_result.removed)}/{len(lines_of(prose))} | {langs[0]}, {langs[1]} "
            f"| {seconds * 1e6:.0f} µs |"
        )
    print(
        f"| all | {totals[0]}/{totals[1]} ({100 * totals[0] / totals[1]:.1f}%) | {totals[2]}/{totals[3]} "
        f"| {totals[4]} | {right}/{docs} right | |"
    )
    if args.kept:
        print("\n".join(["", *kept_noise]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
