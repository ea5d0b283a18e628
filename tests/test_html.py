"""HTML input: the committed pages in tests/fixtures/html/ cleaned through the API and the CLI,
with the expected text written by reading each page."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import Config, clean_html, clean_html_and_explain
from cleaner.cli import main
from cleaner.decoding import declared_charset
from cleaner.html import FALLBACK, NO_MARKUP, TRAFILATURA, extract
from cleaner.page_markup import marked_noise
from cleaner.readers import input_format, looks_like_html

PAGES = Path(__file__).parent / "fixtures" / "html"

# The article of news.html: headline and paragraphs; its caption, photo credit, related-links
# aside, sign-up and newsletter boxes, comment section, menu and footer are all noise.
NEWS = (
    "River town votes to rebuild its old bridge\n"
    "The town council voted on Tuesday evening to rebuild the stone bridge that has linked the two halves of the town since 1878, ending a dispute that has run for more than a decade.\n"
    "Engineers told the meeting that the central arch had moved by several centimetres over the winter, and that heavy vehicles would have to be kept off the bridge until the work was done.\n"
    "The rebuilding is expected to cost about four million pounds, most of it from a regional fund for historic structures, and to take two years to complete.\n"
    "Residents who spoke at the meeting said they were relieved that the bridge would keep its arches, though several asked for a temporary footbridge while the work goes on.\n"
    "The council will publish the full plans next month and hold a public exhibition in the town library before any work begins.\n"
)
NEWS_NOISE = (
    "The old stone bridge at dusk",
    "Photograph: Tom Harris",
    "Related stories",
    "Council delays decision on ferry service",
    "Each Friday the Courier",
    "Get the morning briefing",
    "comments",
    "About time too",
    "All rights reserved",
    "Sport",
)
# windows-1252.html declares its charset in an http-equiv meta; these must come out as written.
WESTERN = (
    "Le marché de Noël ouvre ses portes\n"
    "Le marché de Noël de la vieille ville a ouvert ses portes samedi matin, avec une centaine de chalets installés autour de la place de l’église.\n"
    "« Nous attendons plus de visiteurs que l’an dernier », a déclaré la présidente du comité des fêtes, qui prévoit aussi un concert de chorales chaque soir — sauf le lundi.\n"
    "Les artisans proposent des décorations en verre soufflé, des jouets en bois et des spécialités régionales, dont le fameux pain d’épices à 25 € le kilo.\n"
    "Le marché restera ouvert tous les jours jusqu’au 24 décembre, de dix heures à vingt heures, et l’entrée est gratuite pour tous les visiteurs.\n"
)
# broken.html never closes its paragraphs, its caption div (classed as a photo credit too) or its
# table: the unclosed caption swallows the paragraph after it, which must still be kept.
BROKEN = (
    "Harbour reopens after storm repairs\n"
    "The harbour reopened to fishing boats on Monday after three weeks of repairs to the sea wall that was breached in the November storm.\n"
    "Harbour staff said the new wall is higher and thicker than the old one, and that the work had cost less than first feared.\n"
    "Boats that had sheltered in the neighbouring port began returning on the morning tide, and the fish market will open again on Wednesday.\n"
)
EXPECTED = {"news.html": NEWS, "windows-1252.html": WESTERN, "broken.html": BROKEN, "no_article.html": ""}
# What only the page's markup marks as noise (--html-markup): the sign-up box of news.html and
# the photo credit of broken.html read like article sentences; by default they stay.
MARKUP_ONLY = {
    "news.html": [
        "Each Friday the Courier gathers the week's stories from the valley into one weekly digest."
    ],
    "broken.html": ["Workers on the rebuilt sea wall."],
}
MARKUP = Config(html_markup=True)


def drop_markup_only(name: str, text: str) -> str:
    """`text` without the lines of page `name` that only its markup marks as noise, each of
    which must be there exactly once."""
    lines = text.splitlines()
    kept = [line for line in lines if line not in MARKUP_ONLY.get(name, [])]
    assert len(lines) - len(kept) == len(MARKUP_ONLY.get(name, []))
    return "".join(line + "\n" for line in kept)


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(autouse=True)
def one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEANER_JOBS", "1")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_pages_through_the_api(name: str) -> None:
    data = (PAGES / name).read_bytes()
    assert clean_html(data, MARKUP) == EXPECTED[name]
    # Without the markup pass (the default), the same text and the lines only the markup marks.
    assert drop_markup_only(name, clean_html(data)) == EXPECTED[name]
    # Cleaning is stable: the clean text, cleaned again as text, changes nothing.
    assert clean_html(EXPECTED[name]) == EXPECTED[name] or not EXPECTED[name]


def test_news_noise_goes_and_says_why() -> None:
    result = clean_html_and_explain((PAGES / "news.html").read_bytes(), MARKUP)
    assert result.extraction == TRAFILATURA
    for noise in NEWS_NOISE:
        assert noise not in result.text
    rules = {r.text: r.rule for r in result.removed}
    assert (
        rules["Each Friday the Courier gathers the week's stories from the valley into one weekly digest."]
        == "markup_noise"
    )
    # The same page with the markup rule off keeps that box: it is the rule's work.
    kept = clean_html((PAGES / "news.html").read_bytes(), MARKUP.with_disabled("markup_noise"))
    assert "Each Friday the Courier" in kept
    # So does the default, which does not read the markup (one parse instead of two).
    plain = clean_html_and_explain((PAGES / "news.html").read_bytes())
    assert "Each Friday the Courier" in plain.text
    assert "markup_noise" not in plain.counts()
    assert extract((PAGES / "news.html").read_bytes()).markup == frozenset()
    assert extract((PAGES / "news.html").read_bytes(), markup=True).markup


def test_windows_1252_page_decoded_by_its_declaration() -> None:
    data = (PAGES / "windows-1252.html").read_bytes()
    assert declared_charset(data) == "cp1252"
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the file really is windows-1252
    assert extract(data).encoding == "cp1252"
    assert clean_html(data) == WESTERN


def test_page_without_article_gives_empty_output() -> None:
    result = clean_html_and_explain((PAGES / "no_article.html").read_bytes())
    assert result.text == ""
    assert result.extraction == FALLBACK


def test_broken_page_does_not_crash_and_keeps_swallowed_paragraph() -> None:
    result = clean_html_and_explain((PAGES / "broken.html").read_bytes(), MARKUP)
    assert result.text == BROKEN
    assert [(r.rule, r.text) for r in result.removed] == [
        ("markup_noise", "Workers on the rebuilt sea wall.")
    ]


@pytest.mark.parametrize(
    "page",
    [
        "",
        "   ",
        "<",
        "<html>",
        "<p>only a fragment</p>",
        "<html><body></body></html>",
        b"\xff\xfe<\x00p\x00>\x00",
    ],
)
def test_degenerate_pages(page: str | bytes) -> None:
    assert isinstance(clean_html(page), str)


def test_markup_noise_uses_whole_words() -> None:
    from lxml.html import document_fromstring

    from cleaner.templates import line_key

    tree = document_fromstring(
        "<body><div class='article-body'><p>Story text.</p></div>"
        "<div class='captioned-story'><p>More story.</p></div>"
        "<div class='related-posts'><p><a href='/a'>Another story</a></p></div>"
        "<div class='toc-modal'><p>Story text.</p></div></body>"
    )
    keys = marked_noise(tree)
    assert line_key("another story") in keys
    assert line_key("story text.") not in keys  # also a block outside the noise box
    assert line_key("more story.") not in keys


def test_marked_noise_never_takes_the_article() -> None:
    # A theme's styling hook on the <article> element ("breadcrumb" in its class) says nothing
    # about its text; the breadcrumbs box beside it is still noise.
    from lxml.html import document_fromstring

    from cleaner.templates import line_key

    paragraphs = "".join(f"<p>Paragraph {n} of the story, told in full.</p>" for n in range(19))
    tree = document_fromstring(
        "<body><nav class='breadcrumbs'><p><a href='/'>Home</a> / <a href='/news'>News</a></p></nav>"
        f"<article class='post breadcrumb-trail'><h1>The headline</h1>{paragraphs}</article>"
        "<div class='related-posts'><p><a href='/a'>Another story</a></p></div>"
        # The article is under half of the page's text: the rest is a long site directory.
        + "".join(
            f"<p>Directory entry {n} of the site, with its address and its hours.</p>" for n in range(40)
        )
        + "</body>"
    )
    keys = marked_noise(tree)
    assert line_key("home / news") in keys and line_key("another story") in keys
    assert line_key("the headline") not in keys
    assert not any(line_key(f"paragraph {n} of the story, told in full.") in keys for n in range(19))


def test_format_by_suffix_and_sniffing(tmp_path: Path) -> None:
    for name in ("a.html", "a.HTM", "a.html.gz", "a.htm.gz"):
        assert input_format(Path(name), "auto") == "html"
    assert input_format(Path("a.jsonl"), "html") == "jsonl"  # its text field holds the pages
    assert input_format(Path("a.txt"), "auto") == "text"
    assert looks_like_html((PAGES / "news.html").read_text())
    assert not looks_like_html(NEWS)


def test_cli_clean_directory_of_pages(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(PAGES, src / "pages")
    (src / "pages" / "news.html.gz").write_bytes(gzip.compress((PAGES / "news.html").read_bytes()))
    (src / "pages" / "news.html").rename(src / "pages" / "story.htm")
    # A page saved as .txt is sniffed as HTML.
    (src / "saved.txt").write_bytes((PAGES / "windows-1252.html").read_bytes())
    code, _, err = run("clean", str(src), "-o", str(tmp_path / "out"), "--html-markup")
    assert code == 0, err
    out = tmp_path / "out"
    assert (out / "pages" / "story.txt").read_text(encoding="utf-8") == NEWS
    assert (out / "pages" / "news.txt").read_text(encoding="utf-8") == NEWS
    assert (out / "pages" / "windows-1252.txt").read_text(encoding="utf-8") == WESTERN
    assert (out / "pages" / "broken.txt").read_text(encoding="utf-8") == BROKEN
    assert (out / "pages" / "no_article.txt").read_text(encoding="utf-8") == ""
    assert (out / "saved.txt").read_text(encoding="utf-8") == WESTERN
    assert "markup_noise" in err
    assert "no_article.html: trafilatura found no main content" in err
    # Resumable: a second run finds every output up to date.
    code, _, err = run("clean", str(src), "-o", str(out), "--html-markup")
    assert code == 0 and "6 already up to date" in err, err
    # Without --html-markup the config differs, so every output is redone, keeping the lines
    # only the markup marks.
    code, _, err = run("clean", str(src), "-o", str(out))
    assert code == 0 and "0 already up to date" in err, err
    broken = (out / "pages" / "broken.txt").read_text(encoding="utf-8")
    assert broken == clean_html((PAGES / "broken.html").read_bytes()) != BROKEN
    assert "markup_noise" not in err


def test_cli_jobs_output_identical(tmp_path: Path) -> None:
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        code, _, err = run("clean", str(PAGES), "-o", str(out), "--jobs", jobs)
        assert code == 0, err
        outputs.append({p.name: p.read_bytes() for p in sorted(out.glob("*.txt"))})
    assert outputs[0] == outputs[1] and len(outputs[0]) == 4


def test_cli_explain_shows_extraction_path() -> None:
    code, out, err = run("explain", str(PAGES / "news.html"), "--html-markup")
    assert code == 0, err
    assert out.splitlines()[0] == "extraction: trafilatura"
    assert any(" - markup_noise" in line and "Each Friday the Courier" in line for line in out.splitlines())
    code, out, err = run("explain", str(PAGES / "news.html"))
    assert code == 0 and "markup_noise" not in out, err
    code, out, _ = run("explain", str(PAGES / "no_article.html"))
    assert code == 0 and out.splitlines()[0] == "extraction: fallback: body blocks"
    code, out, _ = run("explain", "-", "--html-markup", input=(PAGES / "broken.html").read_bytes())
    assert code == 0 and out.splitlines()[0] == "extraction: trafilatura"
    assert "markup_noise" in out
    code, out, _ = run("explain", "--format", "text", "-", input=(PAGES / "broken.html").read_bytes())
    assert code == 0 and not out.startswith("extraction:")


def test_cli_stdin_html() -> None:
    page = (PAGES / "news.html").read_bytes()
    code, out, err = run("clean", "--input-format", "html", "--explain", "--html-markup", "-", input=page)
    assert code == 0, err
    assert out == NEWS
    assert "extraction: trafilatura" in err
    # auto sniffs a page on stdin too.
    code, out, _ = run("clean", "-", input=page)
    assert code == 0 and out == clean_html(page)
    assert drop_markup_only("news.html", out) == NEWS


def test_cli_jsonl_field_holds_html(tmp_path: Path) -> None:
    records = [
        {"id": "a", "html": (PAGES / "news.html").read_text(encoding="utf-8"), "lang": "en"},
        {"id": "b", "html": (PAGES / "broken.html").read_text(encoding="utf-8")},
    ]
    src = tmp_path / "pages.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    code, _, err = run(
        "clean",
        str(src),
        "-o",
        str(tmp_path / "out"),
        "--input-format",
        "html",
        "--text-field",
        "html",
        "--html-markup",
    )
    assert code == 0, err
    out = [json.loads(line) for line in (tmp_path / "out" / "pages.jsonl").read_text().splitlines()]
    assert out == [{"id": "a", "html": NEWS, "lang": "en"}, {"id": "b", "html": BROKEN}]


def test_text_given_as_html_is_cleaned_as_text() -> None:
    text = "Headline\nGet The Paper on WhatsApp\nThe body of the story is a sentence long enough to count.\n"
    result = clean_html_and_explain(text)
    assert result.extraction == NO_MARKUP
    assert result.text == "Headline\nThe body of the story is a sentence long enough to count.\n"


def _posts(count: int) -> str:
    """A forum page whose posts never close their <div><p>: each nests inside the one before."""
    posts = "".join(
        f"<div><p>Post number {i} says something long enough to be a paragraph of prose here."
        for i in range(count)
    )
    return f"<html><body>{posts}</body></html>"


@pytest.mark.parametrize("markup", [False, True])
def test_page_nested_past_the_default_parser_depth_keeps_every_paragraph(markup: bool) -> None:
    text = extract(_posts(400), markup=markup).text
    assert text.count("Post number") == 400 and "Post number 399 " in text


def test_page_nested_past_the_huge_parser_depth_is_cut_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "deep.html").write_text(_posts(2100))
    result = CliRunner().invoke(main, ["clean", str(tmp_path / "deep.html"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert "deep.html: page nested deeper than the parser's limit" in result.stderr


def test_text_node_over_ten_megabytes_does_not_cut_the_page() -> None:
    page = (
        "<html><body><p>The first paragraph is long enough to be prose in the story.</p><pre>"
        + "x" * (11 << 20)
        + "</pre><p>After the big block comes the last paragraph of the story.</p></body></html>"
    )
    assert "After the big block" in extract(page).text


def test_body_blocks_walks_deep_pages_without_recursion() -> None:
    from lxml.html import document_fromstring

    from cleaner.html import HTML_PARSER, body_blocks

    tree = document_fromstring(_posts(1500).encode(), parser=HTML_PARSER)
    assert body_blocks(tree).count("Post number") == 1500
    tree = document_fromstring(b"<p>a<script>x</script>tail<b>bold</b>end<!-- c -->after</p>")
    assert body_blocks(tree) == "atailboldendafter\n"


def test_markup_marks_only_what_its_shape_bears_out() -> None:
    # A name is a claim; the element's shape must agree with it (cleaner.page_markup.agrees).
    # Each of these put a noise name on the article's own text on the dev pages.
    from lxml.html import document_fromstring

    from cleaner.templates import line_key

    rows = "".join(f"<tr><td>Measured speed</td><td>{n} km/h</td></tr>" for n in range(20, 45))
    tree = document_fromstring(
        "<body><h1>Scooters tested</h1>"
        # A comparison table inside a form (a sort widget): far more than a sign-up box holds.
        f"<form class='compare'><table>{rows}</table><p>Sorted by measured speed in our test.</p></form>"
        # A FAQ's accordion toggles are buttons: a disclosure control, not a call to action.
        "<div><button class='accordion-title'>Is a scooter worth it?</button><p>Usually, yes.</p></div>"
        # A heading's anchor id is a slug of its text, not the name of a component.
        "<h2 id='which-is-the-best-newsletter-service-for-you'>Which is the best newsletter service?</h2>"
        # A class naming related content on a paragraph of prose without links.
        "<p class='related'>We related the results to the survey we ran last spring.</p>"
        # A figcaption with no picture beside it is the page's own text.
        "<div><figcaption>Step one: unfold the stem.</figcaption></div>"
        # What agrees: a related box of links, a short sign-up box, a credit line.
        "<div class='related-posts'><ul><li><a href='/a'>Another scooter story</a></li></ul></div>"
        "<div class='newsletter-box'><p>Get the weekly ride report.</p><form><button>Sign up</button></form></div>"
        "<figure><img src='a.jpg'><figcaption>The scooter at rest.</figcaption></figure>"
        "<p class='photo-credit'>Photo: the test team</p>"
        + "".join(
            f"<p>Paragraph {n} of the review, long enough to be prose of the article.</p>" for n in range(30)
        )
        + "</body>"
    )
    keys = marked_noise(tree)
    for kept in (
        "measured speed",
        "sorted by measured speed in our test.",
        "is a scooter worth it?",
        "which is the best newsletter service?",
        "we related the results to the survey we ran last spring.",
        "step one: unfold the stem.",
    ):
        assert line_key(kept) not in keys, kept
    for marked in (
        "another scooter story",
        "get the weekly ride report.",
        "the scooter at rest.",
        "photo: the test team",
    ):
        assert line_key(marked) in keys, marked


def test_escalate_asks_the_balanced_setting_only_for_a_sliver(monkeypatch: pytest.MonkeyPatch) -> None:
    # trafilatura's recall setting sometimes keeps a sliver of a page it misreads; its balanced
    # setting escalates by itself. The gate is trafilatura's own: a recall text under 3,000
    # characters and under a fifth of the page's text; the balanced text is kept when 1.5 times
    # longer. (trafilatura is stubbed: which page it misreads is not the point here.)
    import trafilatura

    from cleaner.html import escalate

    page_text = {"big": "x" * 10_000, "small": "x" * 2_000}
    balanced = {"big": "B" * 900, "small": "B" * 900}
    asked: list[str] = []

    def extract(page: str, **settings: object) -> str:
        assert settings["favor_recall"] is False and settings["include_tables"] is True
        asked.append(page)
        return balanced[page]

    monkeypatch.setattr(trafilatura, "html2txt", lambda page: page_text[page])
    monkeypatch.setattr(trafilatura, "extract", extract)
    assert escalate("r" * 500, "big") == "B" * 900  # a sliver; the balanced text is 1.8 times longer
    assert escalate("r" * 700, "big") == "r" * 700  # the balanced text is not clearly longer
    assert escalate("r" * 500, "small") == "r" * 500  # a quarter of the page: not a sliver
    assert escalate("r" * 3000, "big") == "r" * 3000  # long enough: the page is not even measured
    assert asked == ["big", "big"]
