"""A report a person can read before a big run: one self-contained HTML page (no network, no
external files) for a sample of inputs, or for one document (`cleaner explain --html`).

It shows the totals per rule and per noise class, the documents where the most was removed,
and for each rule a sample of its removals in context: the kept lines around them dimmed, the
removed lines marked with the rule and its evidence (cleaner.evidence). Two menus filter the
page by rule and by document; the filter can also be given in the address (`#rule=NAME`,
`#doc=N`), which is how the browser test drives it.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cleaner._version import __version__
from cleaner.config import Config
from cleaner.evidence import RULES_BY_NAME, evidence
from cleaner.hints import Hints
from cleaner.html import read_document
from cleaner.pipeline import CleanResult, clean_and_explain
from cleaner.readers import (
    Format,
    InputError,
    Source,
    find_sources,
    input_format,
    open_jsonl,
    parse_jsonl_line,
    read_input,
)

# Lines of context shown on each side of a sampled removal, and removals sampled per rule.
CONTEXT_LINES = 2
SAMPLES_PER_RULE = 8


@dataclass(frozen=True)
class Explained:
    """One document: its name, its non-blank lines by number, the result and the evidence."""

    name: str
    lines: dict[int, str]
    result: CleanResult
    why: dict[int, str]


def explain_document(name: str, text: str, config: Config, markup: frozenset[int] = frozenset()) -> Explained:
    result = clean_and_explain(text, config, hints=Hints(markup=markup))
    lines = {n: raw.strip() for n, raw in enumerate(text.splitlines(), start=1) if raw.strip()}
    return Explained(name, lines, result, evidence(result, config))


def documents(
    inputs: list[Path], config: Config, fmt: Format = "auto", text_field: str = "text", limit: int = 200
) -> Iterator[Explained]:
    """Up to `limit` documents from files, directories and JSONL files (each record one), in order;
    unreadable ones are skipped (the report is a look, not a run)."""
    count = 0
    for source in find_sources(inputs):
        if isinstance(source, InputError):
            continue
        for doc in _read(source, config, fmt, text_field):
            yield doc
            count += 1
            if count >= limit:
                return


def _read(source: Source, config: Config, fmt: Format, text_field: str) -> Iterable[Explained]:
    name = str(source.relative)
    try:
        kind = input_format(source.path, fmt)
        if kind == "jsonl":
            with open_jsonl(source.path) as src:
                for number, raw in enumerate(src, start=1):
                    record = parse_jsonl_line(raw.decode("utf-8", "replace"), number, name, text_field)
                    if record.data is not None:
                        label = f"{name}:{record.data.get('id', number)}"
                        yield explain_document(label, str(record.data[text_field]), config)
            return
        page = read_document(
            read_input(source.path), name, kind, sniff=fmt == "auto", markup=config.html_markup
        )
        yield explain_document(name, page.text, config, page.markup)
    except (OSError, InputError):
        return


_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em}
table{border-collapse:collapse}td,th{padding:2px 10px;border-bottom:1px solid #ddd;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.ctx{font-family:ui-monospace,monospace;font-size:12.5px;border:1px solid #ddd;margin:.6em 0;padding:.3em .6em}
.kept{color:#999}.removed{background:#fde8e8;color:#600}.removed .rule{font-weight:bold}
.why{color:#a44;font-style:italic}.num{display:inline-block;width:4em;color:#bbb}
.hidden{display:none}#filters{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ccc}
"""

_SCRIPT = """
function applyFilter(){
  var rule=document.getElementById('rule').value, doc=document.getElementById('doc').value, shown=0;
  document.querySelectorAll('[data-rule]').forEach(function(el){
    var ok=(!rule||el.dataset.rule===rule)&&(!doc||el.dataset.doc===doc);
    el.classList.toggle('hidden',!ok); if(ok&&el.classList.contains('sample'))shown++;
  });
  document.getElementById('shown').textContent=shown;
}
function fromHash(){
  var h=new URLSearchParams(location.hash.slice(1));
  if(h.get('rule')!==null)document.getElementById('rule').value=h.get('rule');
  if(h.get('doc')!==null)document.getElementById('doc').value=h.get('doc');
  applyFilter();
}
document.getElementById('rule').addEventListener('change',applyFilter);
document.getElementById('doc').addEventListener('change',applyFilter);
window.addEventListener('hashchange',fromHash);fromHash();
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _context(doc: Explained, index: int, line: int) -> str:
    """The removed `line` of `doc` with CONTEXT_LINES non-blank lines on each side."""
    numbers = sorted(doc.lines)
    at = numbers.index(line)
    rule_of = {r.line: r.rule for r in doc.result.removed}
    rows = []
    for n in numbers[max(0, at - CONTEXT_LINES) : at + CONTEXT_LINES + 1]:
        if n in rule_of:
            rows.append(
                f'<div class="removed"><span class="num">{n}</span><span class="rule">{_e(rule_of[n])}</span> '
                f'{_e(doc.lines[n])} <span class="why">[{_e(doc.why.get(n, ""))}]</span></div>'
            )
        else:
            rows.append(f'<div class="kept"><span class="num">{n}</span>{_e(doc.lines[n])}</div>')
    return "".join(rows)


def render(docs: list[Explained], title: str = "cleaner report") -> str:
    """The whole page for `docs`."""
    per_rule: Counter[str] = Counter()
    per_class: Counter[str] = Counter()
    lines_in = 0
    for doc in docs:
        lines_in += len(doc.lines)
        for removal in doc.result.removed:
            per_rule[removal.rule] += 1
            rule = RULES_BY_NAME.get(removal.rule)
            per_class[rule.noise_class if rule else "?"] += 1
    removed = sum(per_rule.values())
    out = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f"<p id='totals'>cleaner {_e(__version__)}: <b id='n-docs'>{len(docs)}</b> document(s), "
        f"<b id='n-removed'>{removed}</b> of <b id='n-lines'>{lines_in}</b> non-blank lines removed.</p>",
        "<div id='filters'>Rule <select id='rule'><option value=''>all</option>",
    ]
    out += [f"<option value='{_e(r)}'>{_e(r)} ({c})</option>" for r, c in per_rule.most_common()]
    out.append("</select> Document <select id='doc'><option value=''>all</option>")
    out += [f"<option value='{i}'>{_e(d.name)}</option>" for i, d in enumerate(docs)]
    out.append(" </select> <span id='shown'></span> sample(s) shown</div>")
    out.append(
        "<h2>Removed lines per rule</h2><table id='per-rule'><tr><th>rule</th><th>class</th><th>lines</th></tr>"
    )
    for rule_name, count in per_rule.most_common():
        rule = RULES_BY_NAME.get(rule_name)
        out.append(
            f"<tr data-rule='{_e(rule_name)}' data-doc=''><td>{_e(rule_name)}</td>"
            f"<td>{_e(rule.noise_class if rule else '?')}</td><td class='n'>{count}</td></tr>"
        )
    out.append("</table><h2>Per noise class</h2><table id='per-class'>")
    out += [f"<tr><td>{_e(c)}</td><td class='n'>{n}</td></tr>" for c, n in per_class.most_common()]
    out.append("</table><h2>Where the most was removed</h2><table id='top-docs'>")
    out.append("<tr><th>document</th><th>removed</th><th>kept</th><th>share removed</th></tr>")
    ranked = sorted(range(len(docs)), key=lambda i: -len(docs[i].result.removed))[:20]
    for i in ranked:
        doc = docs[i]
        total = len(doc.lines) or 1
        out.append(
            f"<tr><td>{_e(doc.name)}</td><td class='n'>{len(doc.result.removed)}</td>"
            f"<td class='n'>{len(doc.result.kept)}</td><td class='n'>{len(doc.result.removed) / total:.0%}</td></tr>"
        )
    out.append("</table><h2>Samples in context</h2>")
    for rule_name, _ in per_rule.most_common():
        rule = RULES_BY_NAME.get(rule_name)
        summary = ""
        if rule is not None:
            from cleaner.ruledocs import rule_summary

            summary = rule_summary(rule)
        out.append(f"<h3 data-rule='{_e(rule_name)}' data-doc=''>{_e(rule_name)}</h3>")
        out.append(f"<p data-rule='{_e(rule_name)}' data-doc=''>{_e(summary)}</p>")
        shown = 0
        for i, doc in enumerate(docs):
            for removal in doc.result.removed:
                if removal.rule != rule_name or shown >= SAMPLES_PER_RULE:
                    continue
                shown += 1
                out.append(
                    f"<div class='sample ctx' data-rule='{_e(rule_name)}' data-doc='{i}'>"
                    f"<div><b>{_e(doc.name)}</b></div>{_context(doc, i, removal.line)}</div>"
                )
    out.append(f"<script>{_SCRIPT}</script></body></html>")
    return "\n".join(out)


def render_document(doc: Explained) -> str:
    """One document, every line: kept lines dimmed, removed lines with rule and evidence."""
    rule_of = {r.line: r.rule for r in doc.result.removed}
    rows = []
    for n, text in sorted(doc.lines.items()):
        if n in rule_of:
            rows.append(
                f"<div class='removed' data-rule='{_e(rule_of[n])}' data-doc='0'><span class='num'>{n}</span>"
                f"<span class='rule'>{_e(rule_of[n])}</span> {_e(text)} <span class='why'>[{_e(doc.why[n])}]</span></div>"
            )
        else:
            rows.append(f"<div class='kept'><span class='num'>{n}</span>{_e(text)}</div>")
    counts = json.dumps(doc.result.counts())
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{_e(doc.name)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{_e(doc.name)}</h1><p id='totals'>kept <b id='n-kept'>{len(doc.result.kept)}</b>, removed "
        f"<b id='n-removed'>{len(doc.result.removed)}</b> <code>{_e(counts)}</code></p>"
        f"<div class='ctx'>{''.join(rows)}</div></body></html>"
    )
