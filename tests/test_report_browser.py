"""The `cleaner report` page in a real browser: Debian's Chromium, headless, loads the page the
command wrote, runs its script, and dumps the DOM it ends with; the test reads the counts and
what each filter (rule, document, both, from the URL fragment) leaves visible.

Skipped when Chromium is not installed (`make browser` installs it, with root and apt);
CLEANER_REQUIRE_BROWSER=1 (set by .ci/run) turns the skip into a failure, so CI runs it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import lxml.html
import pytest

from cleaner import clean_and_explain

PROSE = "The body of the story goes on here, and it is long enough to be kept as prose."
PROSE2 = "More of the story follows in a second paragraph that a reader would want to keep."
# An input line that would change the page's title if the page ran it as a script.
HOSTILE = '<script>document.title = "it ran"</script> O\'Brien said "yes" & <b>left</b>'
ARTICLE = f"Headline\nGet the News on WhatsApp\n{PROSE}\nAdvertisement\nBy Jane Doe\n{PROSE2}\n"
RECORD = f"Another headline\n{PROSE}\nAdvertisement\n{HOSTILE}\n{PROSE2}\nThis story has been updated.\n"
# Chromium as Debian packages it, headless; no network, no profile of its own, no GPU.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium() -> str:
    found = os.environ.get("CLEANER_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    message = "Chromium is not installed; `make browser` installs Debian's chromium (needs root and apt)"
    if os.environ.get("CLEANER_REQUIRE_BROWSER") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page `cleaner report` writes for a text file and a JSONL file of two records, with one
    example per rule drawn from the run (so the file filter must show a document's own)."""
    chromium()
    folder = tmp_path_factory.mktemp("report")
    (folder / "a.txt").write_text(ARTICLE)
    records = [{"id": "n1", "text": RECORD}, {"id": "n2", "text": PROSE}]
    (folder / "notes.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    out = folder / "report.html"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "cleaner",
            "report",
            "a.txt",
            "notes.jsonl",
            "-o",
            str(out),
            "--sample-per-rule",
            "1",
        ],
        cwd=folder,
        check=True,
        capture_output=True,
    )
    return out


def load(page: Path, tmp_path: Path, fragment: str = "") -> lxml.html.HtmlElement:
    """The DOM after Chromium loaded `page#fragment` and ran its script."""
    profile = tmp_path / "profile"
    url = page.as_uri() + (f"#{fragment}" if fragment else "")
    done = subprocess.run(
        [chromium(), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "</html>" in done.stdout, done.stderr[-2000:]
    return lxml.html.fromstring(done.stdout)


def visible(dom: lxml.html.HtmlElement, xpath: str) -> list[lxml.html.HtmlElement]:
    """Elements matching `xpath` that neither they nor an ancestor hide."""
    return [el for el in dom.xpath(xpath) if not el.xpath("ancestor-or-self::*[@hidden]")]


def test_page_renders_the_counts(page: Path, tmp_path: Path) -> None:
    expected: dict[str, int] = {}
    for text in (ARTICLE, RECORD, PROSE):
        for rule, n in clean_and_explain(text).counts().items():
            expected[rule] = expected.get(rule, 0) + n
    dom = load(page, tmp_path)
    assert dom.findtext(".//title") == "cleaner report"  # the input's <script> did not run
    assert dom.get_element_by_id("total-documents").text_content() == "3"
    assert dom.get_element_by_id("total-removed").text_content() == str(sum(expected.values()))
    shown = {
        row.get("data-rule"): int(row.find_class("count")[0].text_content())
        for row in dom.xpath('//table[@id="rules"]/tbody/tr')
    }
    assert shown == expected and expected["furniture_phrase"] == 3
    assert HOSTILE in dom.text_content()  # shown as text
    # Unfiltered: the run's examples (one per rule) and every document.
    assert len(visible(dom, '//div[@class="example"]')) == len(shown)
    assert len(dom.xpath('//div[@class="example"][not(@data-sample)]')) == len(shown)
    assert len(visible(dom, '//table[@id="documents"]/tbody/tr')) == 3
    assert dom.get_element_by_id("status").text_content() == ""


def test_filter_by_rule(page: Path, tmp_path: Path) -> None:
    dom = load(page, tmp_path, "rule=furniture_phrase")
    sections = visible(dom, '//section[@class="rule"]')
    assert [s.get("data-rule") for s in sections] == ["furniture_phrase"]
    assert len(visible(dom, '//section[@class="rule"]//div[@class="example"]')) == 1
    documents = [row.get("data-file") for row in visible(dom, '//table[@id="documents"]/tbody/tr')]
    assert documents == ["a.txt", "notes.jsonl#n1"]  # most removed first; n2 lost nothing
    assert dom.xpath('//table[@id="rules"]/tbody/tr[@class="selected"]/@data-rule') == ["furniture_phrase"]
    status = dom.get_element_by_id("status")
    assert status.get("data-examples") == "1" and "for rule furniture_phrase" in status.text_content()


def test_filter_by_file(page: Path, tmp_path: Path) -> None:
    dom = load(page, tmp_path, "file=" + quote("notes.jsonl#n1", safe=""))
    examples = visible(dom, '//section[@class="rule"]//div[@class="example"]')
    assert [e.get("data-file") for e in examples] == ["notes.jsonl#n1"]  # its first furniture_phrase
    rules = {s.get("data-rule") for s in visible(dom, '//section[@class="rule"]')}
    assert "furniture_phrase" in rules and "byline" not in rules  # a.txt's byline is hidden
    assert [r.get("data-file") for r in visible(dom, '//table[@id="documents"]/tbody/tr')] == [
        "notes.jsonl#n1"
    ]


def test_filter_by_rule_and_file(page: Path, tmp_path: Path) -> None:
    dom = load(page, tmp_path, "rule=furniture_phrase&file=a.txt")
    examples = visible(dom, '//section[@class="rule"]//div[@class="example"]')
    assert len(examples) == 1 and examples[0].get("data-file") == "a.txt"
    # The run's one furniture_phrase example is n1's: this is a.txt's own, shown for the filter.
    assert examples[0].get("data-sample") == "document"
    assert "Advertisement" in examples[0].text_content()
    assert dom.get_element_by_id("status").get("data-examples") == "1"


def test_explain_page_marks_the_chosen_rule(tmp_path: Path) -> None:
    """`cleaner explain --html`: every line is there; filtered to a rule, the lines other rules
    removed are muted and that rule's lines stand out."""
    chromium()
    (tmp_path / "a.txt").write_text(ARTICLE)
    out = tmp_path / "a.html"
    subprocess.run(
        [sys.executable, "-m", "cleaner", "explain", "a.txt", "--html", str(out)],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    dom = load(out, tmp_path, "rule=byline")
    lines = dom.xpath('//section[@class="full"]//div[contains(@class, "ln")]')
    assert len(lines) == 6 and all(not line.xpath("ancestor-or-self::*[@hidden]") for line in lines)
    marks = {line.findtext('span[@class="no"]'): line.get("class") for line in lines}
    assert marks == {
        "1": "ln kept",
        "2": "ln removed muted",
        "3": "ln kept",
        "4": "ln removed muted",
        "5": "ln removed",
        "6": "ln kept",
    }
