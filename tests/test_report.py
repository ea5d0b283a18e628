"""`cleaner report` and `cleaner explain --html`: the page's content, and, in headless Chromium
(`make browser` installs the distribution's package), that it renders the counts and that the
filters work."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import main

PROSE = "The body of the story is a sentence long enough to count as prose here."
DOCS = [
    {"id": "one", "text": f"Headline\nGet the News on WhatsApp\n{PROSE}\n{PROSE} Yes.\nAdvertisement"},
    {"id": "two", "text": "Title <b>bold</b>\nRelated Posts\nFirst headline here\nSecond headline here\n"},
]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def report(tmp_path: Path) -> Path:
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in DOCS))
    result = CliRunner().invoke(
        main, ["report", str(tmp_path / "docs.jsonl"), "-o", str(tmp_path / "r.html")]
    )
    assert result.exit_code == 0, result.stderr
    assert "report on 2 document(s), 5 removed line(s)" in result.stderr
    return tmp_path / "r.html"


def test_report_is_self_contained_and_escaped(report: Path) -> None:
    page = report.read_text()
    assert "<b id='n-docs'>2</b>" in page and "<b id='n-removed'>5</b>" in page
    assert "Title &lt;b&gt;bold&lt;/b&gt;" in page  # document text is escaped, never markup
    assert not re.search(r"(src|href)=['\"]?(https?:|//)", page)  # nothing fetched from outside
    for rule in ("prompt_phrase", "furniture_phrase", "list_header", "link_list_block"):
        assert f"<option value='{rule}'>" in page


def test_explain_html() -> None:
    text = f"Headline\nGet the News on WhatsApp\n{PROSE}\n"
    result = CliRunner().invoke(main, ["explain", "--html", "-"], input=text)
    assert result.exit_code == 0
    assert "<b id='n-removed'>1</b>" in result.stdout and "[phrase " in result.stdout


def _dom(url: str) -> str:
    assert CHROMIUM is not None
    out = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return out.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium: run `make browser`")
def test_report_in_a_real_browser(report: Path) -> None:
    everything = _dom(report.as_uri())
    assert '<b id="n-removed">5</b>' in everything
    assert '<span id="shown">5</span>' in everything  # the script ran: a sample per removal here
    only = _dom(report.as_uri() + "#rule=link_list_block")
    assert '<span id="shown">2</span>' in only
    assert only.count('class="sample ctx hidden"') == 3
    assert 'class="sample ctx" data-rule="link_list_block"' in only
    one_doc = _dom(report.as_uri() + "#doc=0")
    assert '<span id="shown">2</span>' in one_doc
