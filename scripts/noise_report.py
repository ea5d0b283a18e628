"""`make noise-report`: how much of the noise a reader sees the cleaner removes, and at what cost.

From the reader labels of `docs/reader-labels.tsv` (every line the cleaner kept outside the gold
at 1f03f1b, and every line it removed at 35335cd: N noise, A article, T headline or standfirst,
? cannot tell), on the WCXB dev article-recall form:

- noise lines removed / all noise lines (N), and article lines (A, T) removed;
- per rule and per noise class, the lines removed by label (unlabelled removals, new since the
  labels were written, are split by whether the gold holds them: a gold line is article text);
- gold pass-through: the gold texts cleaned as input, lines removed (must not rise).

On the HTML path (`--html`), the WCXB snippet rates (`snippets.jsonl`): the share of `with`
snippets found in the output and of `without` snippets leaked, as plain substrings, as WCXB's
`evaluate.py` checks them, for cleaner.clean_html (with and without `--html-markup`) and
trafilatura's three settings (as `make eval` runs them). Extractions are cached in a folder
(`--cache`, default /tmp/noise-report-cache) keyed by trafilatura's version and the source of
cleaner/html.py (and cleaner/page_markup.py for --html-markup), so a second run only re-runs the text rules.

The functions return dataclasses so that `make eval` can import them. Without the data it says
so and exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ceiling import LABELS, read_labels
from rule_report import Gold

import cleaner.html as cleaner_html
import cleaner.page_markup as cleaner_page_markup
from cleaner import Config, clean_and_explain
from cleaner.hints import Hints
from cleaner.rules.registry import RULES

ARTICLE = ("A", "T")
COLUMNS = ("N", "A", "T", "?", "new gold", "new other")
CACHE = Path("/tmp/noise-report-cache")
TRAFILATURA_SETTINGS = ("default", "precision", "recall")


@dataclass
class LabelReport:
    """What the cleaner removes of the labelled lines of the article-recall form."""

    noise_total: int = 0
    noise_removed: int = 0
    article_total: int = 0
    article_removed: int = 0
    # (rule, column) -> lines; a column is a label, or "new gold" / "new other" for unlabelled
    # removals the gold holds or does not.
    by_rule: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def noise_share(self) -> float:
        return self.noise_removed / self.noise_total if self.noise_total else 0.0

    def by_class(self) -> Counter[tuple[str, str]]:
        """(noise class, column) -> lines, the rules' counts summed by their noise class."""
        out: Counter[tuple[str, str]] = Counter()
        for (rule, column), n in self.by_rule.items():
            out[(noise_class(rule), column)] += n
        return out


@dataclass(frozen=True)
class PassThrough:
    """Gold texts cleaned as input: non-blank lines in all, removed, and pages touched."""

    lines: int
    removed: int
    pages: int
    by_rule: dict[str, int]


@dataclass(frozen=True)
class SnippetRates:
    """WCXB snippets: `with` found and `without` leaked, over all pages of a system's output."""

    system: str
    with_found: int
    with_total: int
    without_leaked: int
    without_total: int

    @property
    def found(self) -> float:
        return self.with_found / self.with_total if self.with_total else 0.0

    @property
    def leaked(self) -> float:
        return self.without_leaked / self.without_total if self.without_total else 0.0


def noise_class(rule: str) -> str:
    """The noise class a rule names (the rule's own name when it is no longer in the table)."""
    found = next((r for r in RULES if r.name == rule), None)
    return found.noise_class if found is not None else rule


def records(data: Path, form: str = "article-recall") -> Iterable[dict[str, str]]:
    with (data / f"{form}.jsonl").open(encoding="utf-8") as fh:
        for raw in fh:
            if raw.strip():
                yield json.loads(raw)


def label_report(
    data: Path,
    labels: dict[tuple[str, int], str],
    config: Config | None = None,
    markup: dict[str, frozenset[int]] | None = None,
) -> LabelReport:
    """Run the cleaner over the article-recall form and count its removals by reader label.

    `markup`: page -> the digests its HTML markup marks as noise (cleaner.html.extract with
    markup), to count what --html-markup adds; the pages it leaves out are skipped.
    """
    report = LabelReport()
    wanted = None if markup is None else set(markup)
    report.noise_total = sum(v == "N" for (p, _), v in labels.items() if wanted is None or p in wanted)
    report.article_total = sum(v in ARTICLE for (p, _), v in labels.items() if wanted is None or p in wanted)
    for record in records(data):
        if wanted is not None and record["id"] not in wanted:
            continue
        keys = frozenset() if markup is None else markup[record["id"]]
        gold: Gold | None = None
        for removal in clean_and_explain(record["text"], config, hints=Hints(markup=keys)).removed:
            label = labels.get((record["id"], removal.line))
            if label is None:
                gold = gold or Gold(record["gold_text"])
                label = "new gold" if gold.holds(removal.text) else "new other"
            report.by_rule[(removal.rule, label)] += 1
            report.noise_removed += label == "N"
            report.article_removed += label in ARTICLE
    return report


def gold_pass_through(data: Path, config: Config | None = None) -> PassThrough:
    """Clean every gold text of the dev set as input; count the lines removed."""
    lines = removed = pages = 0
    by_rule: Counter[str] = Counter()
    for path in sorted((data / "gold").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines += sum(1 for line in text.splitlines() if line.strip())
        result = clean_and_explain(text, config)
        removed += len(result.removed)
        pages += bool(result.removed)
        by_rule.update(r.rule for r in result.removed)
    return PassThrough(lines, removed, pages, dict(by_rule.most_common()))


def snippet_rates(
    system: str, outputs: dict[str, str], snippets: dict[str, dict[str, list[str]]]
) -> SnippetRates:
    """The share of `with` snippets found in each page's output and of `without` ones leaked."""
    found = with_total = leaked = without_total = 0
    for page, snips in snippets.items():
        text = outputs.get(page, "")
        with_total += len(snips["with"])
        found += sum(s in text for s in snips["with"])
        without_total += len(snips["without"])
        leaked += sum(s in text for s in snips["without"])
    return SnippetRates(system, found, with_total, leaked, without_total)


def read_snippets(data: Path) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    with (data / "snippets.jsonl").open(encoding="utf-8") as fh:
        for raw in fh:
            if raw.strip():
                record = json.loads(raw)
                out[record["id"]] = {"with": record["with"], "without": record["without"]}
    return out


def _cached(folder: Path, page: str, make: Callable[[], dict[str, object]]) -> dict[str, object]:
    path = folder / f"{page}.json"
    if path.exists():
        loaded: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
        return loaded
    value = make()
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value), encoding="utf-8")
    return value


def _cache_key(markup: bool = False) -> str:
    """trafilatura's version and the source of the code that made an extraction: cleaner/html.py,
    and with markup cleaner/page_markup.py too."""
    import trafilatura

    modules = (cleaner_html, cleaner_page_markup) if markup else (cleaner_html,)
    source = b"".join(Path(str(m.__file__)).read_bytes() for m in modules)
    return f"{trafilatura.__version__}-{hashlib.sha1(source).hexdigest()[:10]}"


@dataclass(frozen=True)
class HtmlRun:
    """system -> page -> output text on the HTML path, and per page the text cleaner extracted
    with --html-markup and the digests its markup marks as noise."""

    outputs: dict[str, dict[str, str]]
    markup: dict[str, tuple[str, frozenset[int]]]


def html_outputs(data: Path, cache: Path, pages: list[str]) -> HtmlRun:
    """The HTML path's outputs: cleaner with and without --html-markup (its extraction cached,
    its text rules run now) and trafilatura's three settings (cached)."""
    import trafilatura

    out: dict[str, dict[str, str]] = {}
    marked: dict[str, tuple[str, frozenset[int]]] = {}
    raw = {p: gzip.decompress((data / "html" / f"{p}.html.gz").read_bytes()) for p in pages}
    for markup in (False, True):
        name = "cleaner (--html-markup)" if markup else "cleaner"
        config = Config(html_markup=markup)
        folder = cache / f"cleaner-{_cache_key(markup)}-{'markup' if markup else 'plain'}"
        texts: dict[str, str] = {}
        for page, data_bytes in raw.items():

            def make(data_bytes: bytes = data_bytes, markup: bool = markup) -> dict[str, object]:
                extracted = cleaner_html.extract(data_bytes, markup=markup)
                return {"text": extracted.text, "markup": sorted(extracted.markup)}

            value = _cached(folder, page, make)
            text = str(value["text"])
            keys = value["markup"]
            assert isinstance(keys, list)
            digests = frozenset(int(k) for k in keys)
            if markup:
                marked[page] = (text, digests)
            texts[page] = clean_and_explain(text, config, hints=Hints(markup=digests)).text
        out[name] = texts
    for setting in TRAFILATURA_SETTINGS:
        folder = cache / f"trafilatura-{trafilatura.__version__}-{setting}"
        texts = {}
        for page, data_bytes in raw.items():

            def run(data_bytes: bytes = data_bytes, setting: str = setting) -> dict[str, object]:
                extracted = trafilatura.extract(
                    data_bytes.decode("utf-8", "replace"),
                    include_comments=False,
                    include_tables=True,
                    favor_precision=setting == "precision",
                    favor_recall=setting == "recall",
                )
                return {"text": extracted or ""}

            texts[page] = str(_cached(folder, page, run)["text"])
        out[f"trafilatura ({setting})"] = texts
    return HtmlRun(out, marked)


def label_tables(report: LabelReport) -> list[str]:
    """The summary line and the per-rule and per-class tables, as markdown lines."""
    out = [
        f"noise lines removed: {report.noise_removed} / {report.noise_total} = {report.noise_share:.1%}; "
        f"article lines (A, T) removed: {report.article_removed} / {report.article_total}",
        "",
    ]
    for title, counts in (("rule", report.by_rule), ("noise class", report.by_class())):
        names = sorted({n for n, _ in counts}, key=lambda n: -sum(counts[(n, c)] for c in COLUMNS))
        out.append(f"| {title} | " + " | ".join(COLUMNS) + " | total |")
        out.append("|---" * (len(COLUMNS) + 2) + "|")
        for name in [*names, "all"]:
            row = [
                sum(v for (n, c), v in counts.items() if c == col and name in (n, "all")) for col in COLUMNS
            ]
            out.append(f"| {name} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
        out.append("")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", nargs="?", default="../shared/bench/wcxb-dev", type=Path)
    parser.add_argument("--labels", default=LABELS, type=Path)
    parser.add_argument(
        "--html", action="store_true", help="also the snippet rates on the HTML path (slow once)"
    )
    parser.add_argument("--cache", default=CACHE, type=Path, help="where HTML extractions are cached")
    parser.add_argument("--limit", type=int, help="HTML path: only the first N pages")
    args = parser.parse_args()
    if not (args.data / "article-recall.jsonl").exists():
        print(f"noise report skipped: no benchmark data at {args.data} (pass its path)")
        return 0
    labels = read_labels(args.labels)
    print("\n".join(label_tables(label_report(args.data, labels))))
    passing = gold_pass_through(args.data)
    print(
        f"gold pass-through: {passing.removed} of {passing.lines} gold lines removed on {passing.pages} pages; "
        f"by rule: {passing.by_rule}"
    )
    if args.html:
        snippets = read_snippets(args.data)
        pages = sorted(snippets)[: args.limit] if args.limit else sorted(snippets)
        snippets = {p: snippets[p] for p in pages}
        print("\n| HTML path | with found | without leaked |")
        print("|---|---|---|")
        run = html_outputs(args.data, args.cache, pages)
        for system, texts in run.outputs.items():
            rates = snippet_rates(system, texts, snippets)
            print(
                f"| {system} | {rates.found:.1%} ({rates.with_found}/{rates.with_total}) | "
                f"{rates.leaked:.1%} ({rates.without_leaked}/{rates.without_total}) |"
            )
        # The labels are keyed by the article-recall text's lines; cleaner's extraction has the
        # same settings, so on the pages where it gives the same text they count --html-markup.
        same = {r["id"]: r["text"] for r in records(args.data) if r["id"] in run.markup}
        matching = {
            p: keys
            for p, (text, keys) in run.markup.items()
            if p in same and same[p].splitlines() == text.splitlines()
        }
        print(
            f"\npages whose extraction equals the article-recall text: {len(matching)} of {len(run.markup)}"
        )
        for name, config in (("without", None), ("with --html-markup", Config(html_markup=True))):
            keys = matching if config is not None else dict.fromkeys(matching, frozenset[int]())
            report = label_report(args.data, labels, config, keys)
            print(f"{name}: " + label_tables(report)[0])
            if config is not None:
                marked = {c: n for (r, c), n in report.by_rule.items() if r == "markup_noise"}
                print(f"  of which markup_noise: {marked}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
