"""An HTML report a person can read: what the cleaner removed from a run or a sample of inputs.

`HtmlReport.add` takes one document at a time (its name, its text and its `CleanResult`) and keeps
only what the page shows: totals per rule and per noise class, the documents where the most was
removed, and for each rule a sample of its removals with the lines around them. Memory and the
page's size are bounded by the options whatever the number of documents, and the same documents
in the same order give the same bytes (the sample is drawn with a fixed seed per rule).

The page is one self-contained file: inline CSS and a small inline script that filters by rule
and by document. The filter lives in the URL fragment (`report.html#rule=page_chrome&file=a.txt`),
so a filtered view can be shared and is applied on load. Every text from the input is
HTML-escaped; the script reads only `data-` attributes, never the input's text as code.
"""

from __future__ import annotations

import dataclasses
import heapq
import html
import os
import random
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cleaner import __version__
from cleaner.batch import Options
from cleaner.decoding import InputError
from cleaner.hints import Hints
from cleaner.html import extract
from cleaner.pipeline import CleanResult, Removal, clean_and_explain
from cleaner.readers import (
    Source,
    find_sources,
    input_format,
    open_jsonl,
    parse_jsonl_line,
    read_document,
    read_input,
)
from cleaner.ruledocs import rule_summary
from cleaner.rules.registry import RULES
from cleaner.writers import display

# Defaults of `cleaner report`: examples per rule, and kept lines shown on each side of one.
SAMPLE_PER_RULE = 5
CONTEXT_LINES = 2
# Documents listed in "where the most was removed".
TOP_DOCUMENTS = 50
# Examples per rule kept for each listed document (its first runs), shown when the page is
# filtered to that document: the run's random sample rarely falls on a given document.
DOCUMENT_SAMPLE_PER_RULE = 2
# A run of removed lines longer than this shows its first lines and a count of the rest, so that
# one long block (a page's whole footer) does not fill the page.
MAX_RUN_LINES = 8
# Lines are cut at this many characters on the page (a scraped line can be a whole page long).
MAX_LINE_CHARS = 400
UNKNOWN_CLASS = "unknown"


def evidence_of(removal: Removal) -> str:
    """Why a removal's rule fired, as one line of text, or "" when the removal carries no
    evidence (removals made before rules recorded any).

    Evidence may be text, a mapping, a named tuple or a dataclass (the phrase matched, a
    block's start and end, a count); fields are shown as `key: value` pairs in key order, so the
    page stays deterministic, and empty fields are left out.

    >>> evidence_of(Removal(1, "byline", "By A. Writer"))
    ''
    """
    evidence = getattr(removal, "evidence", "")
    if not evidence:
        return ""
    if hasattr(evidence, "_asdict"):
        evidence = evidence._asdict()
    elif dataclasses.is_dataclass(evidence) and not isinstance(evidence, type):
        evidence = dataclasses.asdict(evidence)
    if isinstance(evidence, Mapping):
        evidence = {key: value for key, value in evidence.items() if value not in (None, "", ())}
        return "; ".join(f"{key}: {evidence[key]}" for key in sorted(evidence, key=str))
    return str(evidence)


@dataclass(frozen=True)
class ReportOptions:
    """How much the page shows: examples per rule, context lines around each, documents listed,
    and (for `explain --html`) every line of every document."""

    sample_per_rule: int = SAMPLE_PER_RULE
    context: int = CONTEXT_LINES
    top_documents: int = TOP_DOCUMENTS
    full_text: bool = False
    title: str = "cleaner report"


@dataclass(frozen=True)
class Shown:
    """One line as the page shows it: its number, text, and the rule (and evidence) that
    removed it, or "" for a kept line."""

    number: int
    text: str
    rule: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class Example:
    """A run of lines one rule removed in one document, with the lines around it."""

    document: str
    rule: str
    lines: tuple[Shown, ...]
    hidden: int  # removed lines of the run left out (beyond MAX_RUN_LINES)
    run: tuple[int, int]  # numbers of the run's first and last lines shown


@dataclass(frozen=True)
class DocumentSummary:
    """A document's line counts and lines removed per rule."""

    name: str
    lines: int
    removed: int
    counts: tuple[tuple[str, int], ...]
    language: str = ""


def shown_lines(text: str, result: CleanResult, why: Mapping[int, str] | None = None) -> list[Shown]:
    """The document's non-blank lines, numbered as the removals are, each with its rule and its
    evidence: from `why` (line number to text) when given, else from the removal itself."""
    by_line = {r.line: r for r in result.removed}
    out = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        removal = by_line.get(number)
        if removal is None:
            out.append(Shown(number, line))
        else:
            reason = why.get(number, "") if why is not None else evidence_of(removal)
            out.append(Shown(number, line, removal.rule, reason))
    return out


def runs(lines: Sequence[Shown]) -> Iterator[tuple[str, int, int]]:
    """(rule, start, end) of each run of consecutive lines removed by one rule, end exclusive.

    >>> list(runs([Shown(1, "a", "x"), Shown(2, "b", "x"), Shown(3, "c"), Shown(4, "d", "y")]))
    [('x', 0, 2), ('y', 3, 4)]
    """
    start = 0
    while start < len(lines):
        rule = lines[start].rule
        end = start + 1
        while end < len(lines) and lines[end].rule == rule:
            end += 1
        if rule:
            yield rule, start, end
        start = end


@dataclass
class HtmlReport:
    """The report being built, one document at a time (see the module docstring)."""

    options: ReportOptions = field(default_factory=ReportOptions)
    documents: int = 0
    lines: int = 0
    removed: Counter[str] = field(default_factory=Counter)
    documents_per_rule: Counter[str] = field(default_factory=Counter)
    # Documents per language the rules read them in (CleanResult.language; "" before it existed).
    languages: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    # Reservoir per rule: runs seen so far and the examples kept, drawn with a seed per rule.
    _seen: Counter[str] = field(default_factory=Counter)
    _samples: dict[str, list[Example]] = field(default_factory=dict)
    _random: dict[str, random.Random] = field(default_factory=dict)
    # The documents with the most removed: (removed, -order, summary), smallest first.
    _top: list[tuple[int, int, DocumentSummary]] = field(default_factory=list)
    # The examples of each listed document, by its -order in `_top`.
    _document_examples: dict[int, list[Example]] = field(default_factory=dict)
    _full: list[tuple[str, list[Shown]]] = field(default_factory=list)

    def add(self, name: str, text: str, result: CleanResult, why: Mapping[int, str] | None = None) -> None:
        """Count one document and offer its runs of removed lines to each rule's sample; `why`
        gives the evidence per line number when it is worked out apart from the result."""
        lines = shown_lines(text, result, why)
        counts = result.counts()
        self.documents += 1
        self.lines += len(lines)
        self.removed.update(counts)
        self.documents_per_rule.update(counts.keys())
        language = str(getattr(result, "language", ""))
        self.languages[language] += 1
        summary = DocumentSummary(
            name, len(lines), len(result.removed), tuple(sorted(counts.items())), language
        )
        entry = (summary.removed, -self.documents, summary)
        listed = True
        if len(self._top) < self.options.top_documents:
            heapq.heappush(self._top, entry)
        elif self.options.top_documents and entry[:2] > self._top[0][:2]:
            dropped = heapq.heapreplace(self._top, entry)
            del self._document_examples[dropped[1]]
        else:
            listed = False
        if listed:
            self._document_examples[entry[1]] = self._first_examples(name, lines)
        for rule, start, end in runs(lines):
            self._offer(name, rule, lines, start, end)
        if self.options.full_text:
            self._full.append((name, lines))

    def _offer(self, name: str, rule: str, lines: Sequence[Shown], start: int, end: int) -> None:
        """Reservoir sampling (Algorithm R): every run of a rule has the same chance of being
        shown, in one pass, with at most `sample_per_rule` examples held."""
        size = self.options.sample_per_rule
        if size <= 0:
            return
        self._seen[rule] += 1
        seen = self._seen[rule]
        sample = self._samples.setdefault(rule, [])
        if seen <= size:
            sample.append(self._example(name, rule, lines, start, end))
            return
        rng = self._random.get(rule)
        if rng is None:
            rng = self._random[rule] = random.Random(zlib.crc32(rule.encode()))
        slot = rng.randrange(seen)
        if slot < size:
            sample[slot] = self._example(name, rule, lines, start, end)

    def _first_examples(self, name: str, lines: Sequence[Shown]) -> list[Example]:
        """A document's first runs of each rule, at most DOCUMENT_SAMPLE_PER_RULE per rule."""
        taken: Counter[str] = Counter()
        out = []
        for rule, start, end in runs(lines):
            if taken[rule] < min(DOCUMENT_SAMPLE_PER_RULE, self.options.sample_per_rule):
                taken[rule] += 1
                out.append(self._example(name, rule, lines, start, end))
        return out

    def _example(self, name: str, rule: str, lines: Sequence[Shown], start: int, end: int) -> Example:
        k = self.options.context
        shown_end = min(end, start + MAX_RUN_LINES)
        window = [*lines[max(0, start - k) : shown_end], *lines[end : end + k]]
        run = (lines[start].number, lines[shown_end - 1].number)
        return Example(name, rule, tuple(window), end - shown_end, run)

    def top_documents(self) -> list[DocumentSummary]:
        """The listed documents, most lines removed first, then in input order."""
        return [summary for _, _, summary in sorted(self._top, key=lambda e: (-e[0], -e[1]))]

    def samples(self, rule: str) -> list[Example]:
        """A rule's examples drawn from the whole run, by document name, then line."""
        return sorted(self._samples.get(rule, []), key=lambda e: (e.document, e.lines[0].number))

    def document_samples(self, rule: str) -> list[Example]:
        """A rule's examples from the listed documents that the run's sample does not hold, by
        document name, then line."""
        drawn = {(e.document, e.lines[0].number) for e in self._samples.get(rule, [])}
        return sorted(
            (
                e
                for examples in self._document_examples.values()
                for e in examples
                if e.rule == rule and (e.document, e.lines[0].number) not in drawn
            ),
            key=lambda e: (e.document, e.lines[0].number),
        )

    def _document_order(self) -> list[str]:
        names: dict[str, None] = {}
        for sample in self._samples.values():
            for example in sample:
                names.setdefault(example.document, None)
        for summary in self.top_documents():
            names.setdefault(summary.name, None)
        for name, _ in self._full:
            names.setdefault(name, None)
        return sorted(names)

    def render(self) -> str:
        """The whole page."""
        return render(self)


def build_report(
    documents: Iterable[tuple[str, str, CleanResult]], options: ReportOptions | None = None
) -> str:
    """The report page for (name, text, result) documents, in the order given."""
    report = HtmlReport(options or ReportOptions())
    for name, text, result in documents:
        report.add(name, text, result)
    return report.render()


# ---------------------------------------------------------------------------------------------
# Reading inputs (the readers the batch uses), one document at a time


def read_documents(
    inputs: Sequence[Path], opts: Options, limit: int | None = None, skip: Path | None = None
) -> Iterator[tuple[str, str, CleanResult] | InputError]:
    """Each document under `inputs` cleaned, as (name, text, result), or the InputError that
    kept it from being read. A JSONL record is a document named `FILE#id` (its `id` field) or
    `FILE:line`; an HTML page's text is the extracted text the rules see. Stops after `limit`
    documents. `skip` (the report being written) is never read, even in an input folder."""
    count = 0
    skipped = os.path.realpath(skip) if skip else None
    for source in find_sources(list(inputs)):
        if isinstance(source, InputError):
            yield source
            continue
        if not isinstance(source, Source):  # a FIFO or device (never opened), or other formats
            continue
        if skipped and os.path.realpath(source.path) == skipped:
            continue
        name = display(source.path)
        kind = input_format(source.path, opts.fmt)
        try:
            if kind == "jsonl":
                for item in _jsonl_documents(source.path, name, opts):
                    yield item
                    if not isinstance(item, InputError):
                        count += 1
                        if limit is not None and count >= limit:
                            return
                continue
            doc = read_document(
                read_input(source.path), name, kind, sniff=opts.fmt == "auto", markup=opts.config.html_markup
            )
        except InputError as exc:
            yield exc
            continue
        except OSError as exc:
            yield InputError(f"{name}: {exc.strerror or exc}")
            continue
        yield name, doc.text, clean_and_explain(doc.text, opts.config, hints=Hints(markup=doc.markup))
        count += 1
        if limit is not None and count >= limit:
            return


def _jsonl_documents(
    path: Path, name: str, opts: Options
) -> Iterator[tuple[str, str, CleanResult] | InputError]:
    with open_jsonl(path) as src:
        for number, raw in enumerate(src, start=1):
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8", errors="replace")
            if not line.strip():
                continue
            record = parse_jsonl_line(line, number, name, opts.text_field)
            if record.data is None:
                yield InputError(record.error or f"{name}:{number}: bad record")
                continue
            ident = record.data.get("id")
            label = f"{name}#{ident}" if isinstance(ident, str | int) and ident != "" else f"{name}:{number}"
            text = record.data[opts.text_field]
            markup: frozenset[int] = frozenset()
            if opts.fmt == "html":
                page = extract(text, label, opts.config.html_markup)
                text, markup = page.text, page.markup
            yield label, text, clean_and_explain(text, opts.config, hints=Hints(markup=markup))


# ---------------------------------------------------------------------------------------------
# The page


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _cut(text: str) -> str:
    return text if len(text) <= MAX_LINE_CHARS else text[:MAX_LINE_CHARS] + " …"


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "0.0%"


def _line_html(line: Shown, context: bool = False) -> str:
    """One line; a removed line around an example's run (`context`) is marked `other`."""
    if not line.rule:
        return f'<div class="ln kept"><span class="no">{line.number}</span><span class="tx">{_e(_cut(line.text))}</span></div>'
    evidence = f'<span class="ev">{_e(_cut(line.evidence))}</span>' if line.evidence else ""
    return (
        f'<div class="ln removed{" other" if context else ""}" data-rule="{_e(line.rule)}"><span class="no">{line.number}</span>'
        f'<span class="tag">{_e(line.rule)}</span><span class="tx">{_e(_cut(line.text))}</span>{evidence}</div>'
    )


def _example_html(example: Example, of_document: bool = False) -> str:
    """An example; one kept for its document (`of_document`) shows only when the page is
    filtered to that document."""
    first, last = example.lines[0].number, example.lines[-1].number
    body = []
    first_of_run, last_of_run = example.run
    for line in example.lines:
        body.append(_line_html(line, not first_of_run <= line.number <= last_of_run))
        if example.hidden and line.number == last_of_run:
            body.append(
                f'<div class="ln more">… {example.hidden} more line(s) removed by {_e(example.rule)}</div>'
            )
    sample = ' data-sample="document" hidden' if of_document else ""
    return (
        f'<div class="example" data-file="{_e(example.document)}"{sample}>'
        f'<div class="where"><a href="#file={_e(_fragment(example.document))}">{_e(example.document)}</a>'
        f" lines {first}–{last}</div>{''.join(body)}</div>"
    )


def _fragment(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")


def render(report: HtmlReport) -> str:
    """The report as one self-contained HTML page."""
    rules = {rule.name: rule for rule in RULES}
    total = sum(report.removed.values())
    order = sorted(report.removed, key=lambda r: (-report.removed[r], r))
    per_class: Counter[str] = Counter()
    rules_of_class: dict[str, list[str]] = {}
    for name in order:
        noise_class = rules[name].noise_class if name in rules else UNKNOWN_CLASS
        per_class[noise_class] += report.removed[name]
        rules_of_class.setdefault(noise_class, []).append(name)
    opts = report.options
    out: list[str] = []
    add = out.append
    add('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    add(f"<title>{_e(opts.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n")
    add(f"<h1>{_e(opts.title)}</h1>\n")
    add(
        f'<p class="summary">cleaner {_e(__version__)}: <span id="total-documents">{report.documents}</span> '
        f'document(s), <span id="total-lines">{report.lines}</span> non-blank line(s), '
        f'<span id="total-removed">{total}</span> removed ({_share(total, report.lines)}). '
        f"Up to {opts.sample_per_rule} example(s) per rule, drawn at random with a fixed seed, "
        f"with {opts.context} line(s) of context.</p>\n"
    )
    languages = sorted((lang, n) for lang, n in report.languages.items() if lang)
    if languages:
        by_count = sorted(languages, key=lambda item: (-item[1], item[0]))
        add('<p id="languages">Read as: ' + ", ".join(f"{_e(lang)} {n}" for lang, n in by_count) + "</p>\n")
    if report.failures:
        add(f'<details class="failures"><summary>{len(report.failures)} input(s) not read</summary><ul>')
        add("".join(f"<li>{_e(f)}</li>" for f in report.failures[:100]))
        add("</ul></details>\n")
    documents = report._document_order()
    add('<form id="filters" onsubmit="return false">\n<label>Rule <select id="rule-filter">')
    add('<option value="">every rule</option>')
    add("".join(f'<option value="{_e(r)}">{_e(r)} ({report.removed[r]})</option>' for r in order))
    add(
        '</select></label>\n<label>Document <select id="file-filter"><option value="">every document</option>'
    )
    add("".join(f'<option value="{_e(d)}">{_e(d)}</option>' for d in documents))
    add('</select></label>\n<a href="#" id="clear">show all</a>\n<span id="status"></span>\n</form>\n')

    add('<h2>Removed per noise class</h2>\n<table id="classes"><thead><tr><th>noise class</th>')
    add('<th class="n">lines</th><th class="n">share</th><th>rules</th></tr></thead><tbody>\n')
    for noise_class in sorted(per_class, key=lambda c: (-per_class[c], c)):
        names = " ".join(rules_of_class[noise_class])
        links = ", ".join(f'<a href="#rule={_e(r)}">{_e(r)}</a>' for r in rules_of_class[noise_class])
        add(
            f'<tr data-class="{_e(noise_class)}" data-rules="{_e(names)}"><td>{_e(noise_class)}</td>'
            f'<td class="n count">{per_class[noise_class]}</td><td class="n">{_share(per_class[noise_class], total)}</td>'
            f"<td>{links}</td></tr>\n"
        )
    add("</tbody></table>\n")

    add('<h2>Removed per rule</h2>\n<table id="rules"><thead><tr><th>rule</th><th>noise class</th>')
    add(
        '<th class="n">lines</th><th class="n">share</th><th class="n">documents</th><th>what it removes</th>'
    )
    add("</tr></thead><tbody>\n")
    for name in order:
        rule = rules.get(name)
        add(
            f'<tr data-rule="{_e(name)}"><td><a href="#rule={_e(name)}">{_e(name)}</a></td>'
            f"<td>{_e(rule.noise_class if rule else UNKNOWN_CLASS)}</td>"
            f'<td class="n count">{report.removed[name]}</td><td class="n">{_share(report.removed[name], total)}</td>'
            f'<td class="n">{report.documents_per_rule[name]}</td><td class="doc">{_e(rule_summary(rule) if rule else "")}</td></tr>\n'
        )
    add("</tbody></table>\n")

    top = report.top_documents()
    add(f"<h2>Documents where the most was removed</h2>\n<p>The {len(top)} of {report.documents} ")
    add("document(s) with the most lines removed.</p>\n")
    add(
        '<table id="documents"><thead><tr><th>document</th><th>language</th><th class="n">lines</th>'
        '<th class="n">removed</th>'
    )
    add('<th class="n">share</th><th>rules</th></tr></thead><tbody>\n')
    for summary in top:
        names = " ".join(r for r, _ in summary.counts)
        counts = ", ".join(f"{_e(r)} {n}" for r, n in sorted(summary.counts, key=lambda c: (-c[1], c[0])))
        add(
            f'<tr data-file="{_e(summary.name)}" data-rules="{_e(names)}">'
            f'<td><a href="#file={_e(_fragment(summary.name))}">{_e(summary.name)}</a></td>'
            f'<td class="lang">{_e(summary.language)}</td><td class="n">{summary.lines}</td><td class="n count">{summary.removed}</td>'
            f'<td class="n">{_share(summary.removed, summary.lines)}</td><td>{counts}</td></tr>\n'
        )
    add("</tbody></table>\n")

    add("<h2>Examples per rule</h2>\n")
    add(
        '<p class="legend"><span class="ln kept">kept lines are dimmed</span> '
        '<span class="ln removed"><span class="tag">rule</span>removed lines are marked with the rule '
        '<span class="ev">and its evidence</span></span> '
        '<span class="ln removed other"><span class="tag">rule</span>lines removed around an example</span></p>\n'
    )
    for name in order:
        rule = rules.get(name)
        seen = report._seen[name]
        examples = report.samples(name)
        add(f'<section class="rule" data-rule="{_e(name)}">\n<h3 id="rule-{_e(name)}">{_e(name)} ')
        add(f'<span class="class">{_e(rule.noise_class if rule else UNKNOWN_CLASS)}</span> ')
        add(f'<span class="count">{report.removed[name]}</span> line(s) removed; ')
        add(f"{len(examples)} of {seen} run(s) shown</h3>\n")
        if rule:
            add(f'<p class="doc">{_e(rule_summary(rule))}</p>\n')
        add("".join(_example_html(example) + "\n" for example in examples))
        add("".join(_example_html(example, True) + "\n" for example in report.document_samples(name)))
        add("</section>\n")

    if report._full:
        add("<h2>Every line</h2>\n")
        for name, lines in report._full:
            add(f'<section class="full" data-file="{_e(name)}"><h3>{_e(name)}</h3>\n<div class="example">')
            add("".join(_line_html(line) for line in lines))
            add("</div></section>\n")
    add(f"<script>{SCRIPT}</script>\n</body>\n</html>\n")
    return "".join(out)


CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:80em;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}h3{font-size:1em;margin:1.2em 0 .3em}
table{border-collapse:collapse;margin:.5em 0}td,th{border-bottom:1px solid #ddd;padding:.2em .6em;text-align:left;vertical-align:top}
.n{text-align:right;font-variant-numeric:tabular-nums}td.doc,p.doc{color:#555;font-size:.92em}
#filters{position:sticky;top:0;background:#f4f4f4;padding:.5em;border:1px solid #ddd;display:flex;gap:1em;align-items:center;flex-wrap:wrap}
#filters select{max-width:30em}#status{color:#555}
.example{border:1px solid #ddd;margin:.4em 0 .8em;font:12.5px/1.4 ui-monospace,monospace}
.where{background:#f4f4f4;padding:.15em .5em;font-family:system-ui,sans-serif}
.ln{display:block;padding:0 .5em;white-space:pre-wrap;overflow-wrap:anywhere}
.ln.kept{color:#999}.ln.removed{background:#fde8e8;color:#222}.ln.more{color:#777;font-style:italic}
.ln.muted,.ln.other{background:#fbf3f3;color:#777}.ln.other .tag,.ln.muted .tag{background:#c98a86}
.legend .ln{display:inline-block;margin-right:1em}
.no{display:inline-block;min-width:3.5em;color:#aaa;text-align:right;margin-right:.8em}
.tag{display:inline-block;background:#b3261e;color:#fff;border-radius:3px;padding:0 .35em;margin-right:.6em;font-size:.9em}
.ev{display:block;margin-left:4.3em;color:#8a4b00;font-size:.92em}.ev::before{content:"evidence: "}
.class{font-weight:normal;color:#555;margin:0 .5em}
tr.selected{background:#fff6d6}
[hidden]{display:none!important}
"""

# Reads the filter from the URL fragment (#rule=NAME&file=NAME), shows only what matches, and
# writes the selects' choices back into the fragment. It reads data- attributes only.
SCRIPT = """
(function(){
var ruleSel=document.getElementById('rule-filter'),fileSel=document.getElementById('file-filter');
function want(){var p=new URLSearchParams(location.hash.slice(1));return{rule:p.get('rule')||'',file:p.get('file')||''};}
function has(list,name){return (' '+list+' ').indexOf(' '+name+' ')>=0;}
function apply(){
var f=want(),shown=0,rules=0;ruleSel.value=f.rule;fileSel.value=f.file;
document.querySelectorAll('section.rule').forEach(function(s){
 var n=0;s.querySelectorAll('.example').forEach(function(x){var ok=f.file?x.dataset.file===f.file:!x.dataset.sample;x.hidden=!ok;if(ok)n++;});
 var ok=(!f.rule||s.dataset.rule===f.rule)&&(!f.file||n>0);s.hidden=!ok;if(ok){shown+=n;rules++;}});
document.querySelectorAll('#documents tbody tr').forEach(function(r){
 r.hidden=!((!f.file||r.dataset.file===f.file)&&(!f.rule||has(r.dataset.rules,f.rule)));});
document.querySelectorAll('#rules tbody tr').forEach(function(r){r.classList.toggle('selected',r.dataset.rule===f.rule);});
document.querySelectorAll('#classes tbody tr').forEach(function(r){r.classList.toggle('selected',!!f.rule&&has(r.dataset.rules,f.rule));});
document.querySelectorAll('section.full').forEach(function(s){
 s.hidden=!!f.file&&s.dataset.file!==f.file;
 s.querySelectorAll('.ln.removed').forEach(function(l){l.classList.toggle('muted',!!f.rule&&l.dataset.rule!==f.rule);});});
var st=document.getElementById('status');
st.textContent=(f.rule||f.file)?'showing '+shown+' example(s) in '+rules+' rule(s)'+(f.rule?' for rule '+f.rule:'')+(f.file?' from '+f.file:''):'';
st.dataset.examples=shown;st.dataset.rules=rules;}
function go(){var p=new URLSearchParams();if(ruleSel.value)p.set('rule',ruleSel.value);if(fileSel.value)p.set('file',fileSel.value);location.hash=p.toString();}
ruleSel.addEventListener('change',go);fileSel.addEventListener('change',go);
document.getElementById('clear').addEventListener('click',function(e){e.preventDefault();location.hash='';});
window.addEventListener('hashchange',apply);apply();
})();
"""
