"""--site-templates on a generated batch: thirty pages of one site share a header and a footer;
one page repeats a body sentence twice, which must stay."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cleaner import Thresholds, clean_and_explain
from cleaner.cli import main
from cleaner.templates import TemplateCounter, line_key

HEADER = ["Acme Gazette", "Home | World | Business | Sport", "Subscribe for unlimited access"]
FOOTER = ["About the Gazette", "Contact the newsroom", "Terms of use and privacy choices"]
REPEATED = "The council will vote on the proposal again next spring, officials said on Monday."


def page(i: int) -> str:
    body = [
        f"Story number {i} about the town",
        f"Residents of district {i} met on Tuesday to discuss the plan for the old mill, which closed {i} years ago.",
        f"The mayor said the budget for district {i} would be published before the end of the month.",
    ]
    if i == 7:
        body += [REPEATED, f"A second paragraph for page {i} explains what the vote would change.", REPEATED]
    return "\n".join(HEADER + body + FOOTER) + "\n"


def test_counting_is_per_document() -> None:
    counter = TemplateCounter()
    for i in range(30):
        counter.add("site", page(i))
    templates = counter.templates(Thresholds())["site"]
    from cleaner.document import normalize

    assert {line_key(normalize(x)) for x in HEADER + FOOTER} <= templates
    assert line_key(normalize(REPEATED)) not in templates  # twice in one page counts once


def test_site_templates_on_a_folder(tmp_path: Path) -> None:
    site = tmp_path / "in" / "acme"
    site.mkdir(parents=True)
    for i in range(30):
        (site / f"p{i:02d}.txt").write_text(page(i))
    # repeated_line would fold the repeated sentence to one copy; this test isolates the templates.
    args = ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--site-templates", "--explain"]
    result = CliRunner().invoke(main, [*args, "--disable", "repeated_line"])
    assert result.exit_code == 0, result.stderr
    out = (tmp_path / "out" / "acme" / "p07.txt").read_text().splitlines()
    assert not set(out) & set(HEADER + FOOTER)
    assert out.count(REPEATED) == 2 and out[0] == "Story number 7 about the town"
    removed = [
        json.loads(x) for x in (tmp_path / "out" / "acme" / "p07.removed.jsonl").read_text().splitlines()
    ]
    assert [r["text"] for r in removed] == HEADER + FOOTER
    assert {r["rule"] for r in removed} == {"site_template"}
    assert "site_template" in result.stderr


def test_site_templates_jsonl_by_url_and_jobs(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    rows = [{"url": f"https://acme.example/{i}", "text": page(i)} for i in range(30)]
    rows += [{"url": f"https://other.example/{i}", "text": page(i)} for i in range(3)]  # too few pages
    (src / "pages.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    outs = []
    for jobs in ("1", "2"):
        args = ["clean", str(src), "-o", str(tmp_path / f"o{jobs}"), "--site-templates", "-j", jobs]
        result = CliRunner().invoke(main, [*args, "--disable", "repeated_line"])
        assert result.exit_code == 0, result.stderr
        outs.append((tmp_path / f"o{jobs}" / "pages.jsonl").read_text())
    assert outs[0] == outs[1]
    texts = [json.loads(x)["text"] for x in outs[0].splitlines()]
    assert "Acme Gazette" not in texts[0] and texts[7].count(REPEATED) == 2
    assert "Acme Gazette" in texts[30]  # another site with three pages: no template yet


def test_without_the_flag_nothing_is_counted() -> None:
    result = clean_and_explain(page(1))
    assert "site_template" not in {r.rule for r in result.removed}


def test_site_templates_count_the_first_record_of_a_jsonl_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    # The counting pass read a UTF-8 byte order mark into the first record, which then failed to
    # parse and was not counted: five pages of a site counted as four, too few for a template.
    import codecs

    src = tmp_path / "in"
    src.mkdir()
    rows = [{"url": f"https://acme.example/{i}", "text": page(i)} for i in range(5)]
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    (src / "pages.jsonl").write_bytes(codecs.BOM_UTF8 + data)
    args = ["clean", str(src), "-o", str(tmp_path / "out"), "--site-templates", "-j", "1"]
    result = CliRunner().invoke(main, [*args, "--disable", "repeated_line"])
    assert result.exit_code == 0, result.stderr
    texts = [json.loads(x)["text"] for x in (tmp_path / "out" / "pages.jsonl").read_text().splitlines()]
    assert len(texts) == 5 and not any("Acme Gazette" in text for text in texts)
