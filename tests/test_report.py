"""The HTML report (cleaner.report, `cleaner report`, `cleaner explain --html`): counts, samples
in context, escaping, bounds and determinism. The page in a real browser: test_report_browser.py."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from click.testing import CliRunner

from cleaner import clean_and_explain
from cleaner.batch import Options
from cleaner.cli import main
from cleaner.pipeline import CleanResult, Removal
from cleaner.readers import InputError
from cleaner.report import (
    MAX_RUN_LINES,
    HtmlReport,
    ReportOptions,
    build_report,
    evidence_of,
    read_documents,
)

PROSE = "The body of the story goes on here, and it is long enough to be kept as prose."
PROSE2 = "More of the story follows in a second paragraph that a reader would want to keep."
# Three rules, one line each: prompt_phrase, furniture_phrase, byline.
ARTICLE = f"Headline of the story\nGet the News on WhatsApp\n{PROSE}\nAdvertisement\nBy Jane Doe\n{PROSE2}\n"
HOSTILE = '<script>alert("x")</script> O\'Brien & <b>co</b>'


def doc(name: str, text: str) -> tuple[str, str, CleanResult]:
    return name, text, clean_and_explain(text)


def examples(page: str, rule: str, of_documents: bool = False) -> list[str]:
    """The example blocks in a rule's section of the page: those drawn from the whole run, or
    those kept for the listed documents."""
    section = page.split(f'<section class="rule" data-rule="{rule}">', 1)[1].split("</section>", 1)[0]
    blocks = section.split('<div class="example"')[1:]
    return [b for b in blocks if ('data-sample="document"' in b.split(">", 1)[0]) == of_documents]


def test_counts_per_rule_and_noise_class() -> None:
    page = build_report([doc("a.txt", ARTICLE), doc("b.txt", ARTICLE + "Advertisement\n")])
    assert '<span id="total-documents">2</span>' in page
    assert '<span id="total-lines">13</span>' in page
    assert '<span id="total-removed">7</span>' in page
    row = re.search(r'<tr data-rule="furniture_phrase">.*?</tr>', page)
    assert row and '<td class="n count">3</td>' in row.group()
    # furniture_phrase and byline are both furniture: 3 + 2 lines.
    row = re.search(r'<tr data-class="furniture" data-rules="([^"]*)">.*?</tr>', page)
    assert row and row.group(1) == "furniture_phrase byline" and '<td class="n count">5</td>' in row.group()


def test_languages_are_counted_and_listed() -> None:
    german = "Die Regierung hat am Montag neue Regeln vorgestellt, die ab dem nächsten Jahr gelten sollen."
    page = build_report([doc("a.txt", ARTICLE), doc("b.txt", ARTICLE), doc("de.txt", german)])
    assert '<p id="languages">Read as: en 2, de 1</p>' in page
    assert re.findall(r'<td class="lang">(\w+)</td>', page) == ["en", "en", "de"]


def test_example_shows_removed_line_in_its_context() -> None:
    page = build_report([doc("a.txt", ARTICLE)], ReportOptions(context=1))
    (example,) = examples(page, "furniture_phrase")
    # Line 4 with one line each side: kept prose dimmed above, the byline (another rule) below.
    assert re.findall(r'<span class="no">(\d+)</span>', example) == ["3", "4", "5"]
    assert '<div class="ln kept"><span class="no">3</span>' in example
    assert '<div class="ln removed" data-rule="furniture_phrase"><span class="no">4</span>' in example
    assert '<div class="ln removed other" data-rule="byline"><span class="no">5</span>' in example


def test_example_marks_its_own_run_apart_from_the_same_rule_around_it() -> None:
    text = f"{PROSE}\nAdvertisement\nBy Jane Doe\nAdvertisement\n{PROSE2}\n"
    page = build_report([doc("a.txt", text)], ReportOptions(context=2))
    first, second = examples(page, "furniture_phrase")
    assert '<div class="ln removed" data-rule="furniture_phrase"><span class="no">2</span>' in first
    assert '<div class="ln removed other" data-rule="furniture_phrase"><span class="no">4</span>' in first
    assert '<div class="ln removed other" data-rule="furniture_phrase"><span class="no">2</span>' in second
    assert '<div class="ln removed" data-rule="furniture_phrase"><span class="no">4</span>' in second


def test_everything_from_the_input_is_escaped() -> None:
    text = f"{HOSTILE}\nAdvertisement\n{PROSE}\n"
    name = 'we"ird <name>.txt'
    page = build_report([doc(name, text)])
    assert page.count("<script>") == 1  # the page's own filter script
    assert 'alert("x")' not in page and "<b>" not in page and "O'Brien" not in page
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#x27;Brien &amp; &lt;b&gt;co&lt;/b&gt;" in page
    )
    assert 'data-file="we&quot;ird &lt;name&gt;.txt"' in page
    assert name not in page


def test_same_input_same_bytes() -> None:
    docs = [doc(f"d{i}.txt", ARTICLE * (1 + i % 3)) for i in range(40)]
    options = ReportOptions(sample_per_rule=3)
    assert build_report(docs, options) == build_report(list(docs), options)


def test_size_is_bounded_by_the_options() -> None:
    options = ReportOptions(sample_per_rule=3, context=2, top_documents=10)
    small = build_report([doc(f"d{i:04}.txt", ARTICLE) for i in range(100)], options)
    large = build_report([doc(f"d{i:04}.txt", ARTICLE) for i in range(1000)], options)
    assert len(examples(large, "byline")) == 3
    # Each of the 10 listed documents keeps its own first example of each rule, for the file
    # filter; those of documents that dropped off the list are gone.
    assert len(examples(large, "byline", of_documents=True)) == 10
    assert large.count('<tr data-file="') == 10
    assert len(large) < 1.1 * len(small)


def test_the_sample_is_drawn_from_the_whole_run() -> None:
    page = build_report([doc(f"d{i:04}.txt", ARTICLE) for i in range(200)], ReportOptions(sample_per_rule=4))
    names = re.findall(r'data-file="(d\d+)\.txt"', "".join(examples(page, "byline")))
    assert len(names) == 4 and max(names) > "d0050"  # not just the first documents


def test_listed_documents_keep_examples_of_their_own() -> None:
    docs = [doc(f"d{i:04}.txt", ARTICLE) for i in range(20)] + [doc("most.txt", ARTICLE + "Advertisement\n")]
    page = build_report(docs, ReportOptions(sample_per_rule=2, top_documents=3))
    assert re.findall(r'<tr data-file="([^"]+)"', page) == ["most.txt", "d0000.txt", "d0001.txt"]
    own = examples(page, "furniture_phrase", of_documents=True)
    assert all(e.split(">", 1)[0].endswith(" hidden") for e in own)  # until filtered to the document
    shown = [
        re.findall(r'data-file="([^"]+)".*?lines (\d+)', e)[0]
        for e in own + examples(page, "furniture_phrase")
    ]
    assert len(shown) == len(set(shown))  # an example drawn for the run is not repeated
    # Every listed document's runs of the rule (most.txt has two) are there, one way or the other.
    names = Counter(name for name, _ in shown)
    assert names["most.txt"] == 2 and names["d0000.txt"] == names["d0001.txt"] == 1


def test_long_run_is_cut_with_a_count() -> None:
    block = "".join(f"Advertisement {i}\n" for i in range(MAX_RUN_LINES + 5))
    lines = [f"line {i}" for i in range(1, MAX_RUN_LINES + 6)]
    result = CleanResult("", (), tuple(Removal(i, "furniture_phrase", t) for i, t in enumerate(lines, 1)), 1)
    page = build_report([("a.txt", block, result)])
    (example,) = examples(page, "furniture_phrase")
    assert example.count('class="ln removed"') == MAX_RUN_LINES
    assert "… 5 more line(s) removed by furniture_phrase" in example


def test_documents_listed_by_lines_removed() -> None:
    docs = [doc("few.txt", f"Advertisement\n{PROSE}\n"), doc("none.txt", PROSE), doc("most.txt", ARTICLE)]
    page = build_report(docs)
    assert re.findall(r'<tr data-file="([^"]+)"', page) == ["most.txt", "few.txt", "none.txt"]


class Block(NamedTuple):
    start: int
    end: int
    phrase: str


class WithEvidence(NamedTuple):
    line: int
    rule: str
    text: str
    evidence: object


def test_evidence_is_shown_when_a_removal_has_it() -> None:
    assert evidence_of(WithEvidence(1, "r", "t", "phrase: advertisement")) == "phrase: advertisement"  # type: ignore[arg-type]
    assert evidence_of(WithEvidence(1, "r", "t", {"start": 3, "end": 9})) == "end: 9; start: 3"  # type: ignore[arg-type]
    block = Block(start=3, end=9, phrase="")
    assert evidence_of(WithEvidence(1, "r", "t", block)) == "end: 9; start: 3"  # type: ignore[arg-type]
    removal = WithEvidence(2, "furniture_phrase", "Advertisement", '<phrase> "advertisement"')
    result = CleanResult("", (), (removal,), 1)  # type: ignore[arg-type]
    page = build_report([("a.txt", f"{PROSE}\nAdvertisement\n", result)])
    assert '<span class="ev">&lt;phrase&gt; &quot;advertisement&quot;</span>' in page


def test_evidence_worked_out_apart_from_the_result() -> None:
    report = HtmlReport()
    report.add("a.txt", ARTICLE, clean_and_explain(ARTICLE), why={5: "'By' and a name"})
    page = report.render()
    assert '<span class="tx">By Jane Doe</span><span class="ev">&#x27;By&#x27; and a name</span>' in page
    # Only the byline has evidence, wherever it is shown (its example, another's context).
    assert page.count('<span class="ev">') - 1 == page.count("and a name</span>") >= 1  # - the legend


def test_explain_page_shows_every_line() -> None:
    report = HtmlReport(ReportOptions(full_text=True))
    report.add(*doc("a.txt", ARTICLE))
    page = report.render()
    full = page.split("<h2>Every line</h2>")[1]
    assert re.findall(r'<span class="no">(\d+)</span>', full) == ["1", "2", "3", "4", "5", "6"]
    assert full.count('class="ln kept"') == 3


def test_read_documents_names_jsonl_records_and_reads_html(tmp_path: Path) -> None:
    records = [{"id": "a1", "text": ARTICLE}, {"text": ARTICLE}, {"id": 7, "text": "x"}, {"body": "no text"}]
    (tmp_path / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    (tmp_path / "p.html").write_text(f"<html><body><article><p>{PROSE}</p></article></body></html>")
    items = list(read_documents([tmp_path / "r.jsonl", tmp_path / "p.html"], Options()))
    names = [item if isinstance(item, InputError) else item[0] for item in items]
    jsonl = str(tmp_path / "r.jsonl")
    assert names[:3] == [f"{jsonl}#a1", f"{jsonl}:2", f"{jsonl}#7"]
    assert isinstance(names[3], InputError) and "no 'text' field" in str(names[3])
    assert names[4] == str(tmp_path / "p.html")
    page_item = items[4]
    assert not isinstance(page_item, InputError) and PROSE in page_item[1]
    assert len(list(read_documents([tmp_path / "r.jsonl"], Options(), limit=2))) == 2


def test_cli_report(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        main, ["report", str(tmp_path / "a.txt"), "-o", str(out), "--sample-per-rule", "1", "--context", "0"]
    )
    assert result.exit_code == 0, result.output
    assert "1 document(s), 3 of 6 line(s) removed" in result.output
    page = out.read_text()
    assert '<span id="total-removed">3</span>' in page
    (example,) = examples(page, "byline")
    assert re.findall(r'<span class="no">(\d+)</span>', example) == ["5"]


def test_cli_report_never_reads_its_own_page(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    out = tmp_path / "report.html"
    for _ in range(2):  # the second run finds the first run's page in the input folder
        result = CliRunner().invoke(main, ["report", str(tmp_path), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert "1 document(s), 3 of 6 line(s) removed" in result.output


def test_cli_report_names_unreadable_inputs(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert "missing.txt: no such file or directory" in result.output
    assert "1 input(s) not read" in out.read_text()


def test_cli_explain_html(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    out = tmp_path / "a.html"
    result = CliRunner().invoke(main, ["explain", str(tmp_path / "a.txt"), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text()
    assert "<h2>Every line</h2>" in page and '<span id="total-removed">3</span>' in page
    assert f"wrote {out}" in result.output and " - byline" not in result.output  # the page, no listing
