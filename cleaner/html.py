"""Reading HTML pages: decode the bytes, extract the main text one block per line for the text
pipeline, and with --html-markup also note what the page's own markup says is noise
(cleaner.page_markup).

Extraction is trafilatura configured for recall, so that nothing of the article is lost at this
stage; the leftovers it keeps (related lists, prompts, captions, author boxes) are the text
pipeline's job, helped by the rule markup_noise, which removes the lines whose text the markup
marked. Where the recall setting keeps only a sliver of a page, trafilatura's balanced setting
is asked too (escalate). When trafilatura finds nothing, the page body's block-level text is
used instead and the text pipeline does all the work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final, Literal

from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html
from lxml.html import HtmlElement  # type: ignore[import-untyped]

from cleaner.decoding import Decoded, decode_html
from cleaner.page_markup import BLOCK_TAGS, SKIP, marked_noise

# How a page's text was extracted (Extracted.route; CleanResult.extraction), "" for text files.
Route = Literal["trafilatura", "fallback: body blocks", "none: no markup, read as text", ""]
TRAFILATURA: Final[Route] = "trafilatura"
FALLBACK: Final[Route] = "fallback: body blocks"
NO_MARKUP: Final[Route] = "none: no markup, read as text"
_ANY_TAG = re.compile(r"</?[a-zA-Z!][^<>]*>")


def body_blocks(tree: HtmlElement) -> str:
    """The text of the page body, one block-level element per line (scripts, styles and the
    head dropped): the crudest scrape, for pages where trafilatura finds no main content.

    >>> from lxml.html import document_fromstring
    >>> body_blocks(document_fromstring("<p>One <b>line</b></p><ul><li>Two</li></ul><script>x</script>"))
    'One line\\nTwo\\n'
    """
    body = tree.find("body")
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = " ".join("".join(buffer).split())
        if text:
            lines.append(text)
        buffer.clear()

    # Walked with events rather than recursion: a page may nest 2,048 elements deep.
    walker = etree.iterwalk(body if body is not None else tree, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        usable = isinstance(el.tag, str) and el.tag not in SKIP
        if event == "start":
            if not usable:
                walker.skip_subtree()  # its "end" still comes, and adds its tail
                continue
            if el.tag in BLOCK_TAGS:
                flush()
            buffer.append(el.text or "")
            continue
        if usable and el.tag in BLOCK_TAGS:
            flush()
        if el.tail:
            buffer.append(el.tail)
    flush()
    return "\n".join(lines) + ("\n" if lines else "")


@dataclass(frozen=True)
class Extracted:
    """A page's main text (one block per line), how it was extracted (TRAFILATURA or
    FALLBACK), the digests of the texts its markup marks as noise, and how it was decoded."""

    text: str
    route: Route
    markup: frozenset[int]
    encoding: str
    warning: str | None = None
    # Set when the parser cut the page at its depth limit (cut_note).
    cut: str | None = None


# libxml2 stops at 256 levels of nesting and at text nodes of 10 MB unless told the input is huge:
# past either, the rest of the page was silently dropped (400 unclosed <div><p> posts kept 253).
# trafilatura parses with its own module-level parser; it is replaced once, here, by the same
# parser with huge_tree (which its source names as the option to use), so that every parse of a
# page, ours or trafilatura's, reads past those limits. Nesting deeper than 2,048 is still cut,
# and then said in a note (cut_note).
HTML_PARSER = lxml_html.HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,
)


def _use_huge_parser() -> None:
    import trafilatura.utils

    trafilatura.utils.HTML_PARSER = HTML_PARSER


def cut_note() -> str | None:
    """A note when the last parse stopped at libxml2's depth limit (the page's text below that
    depth is lost), else None."""
    if any("Excessive depth" in e.message for e in HTML_PARSER.error_log):
        return "page nested deeper than the parser's limit of 2,048 elements; the text below that was cut"
    return None


# libxml2 keeps an element's attributes in a list it scans for each new one (to refuse a
# duplicate name), so parsing one start tag costs the square of its attribute count: 20,000 took
# 2 s, 300,000 ran past 300 s. No real page gives one element thousands of attributes, and
# attributes hold no text the extractors keep, so a start tag this long with more than
# MAX_ATTRIBUTES loses them before the parse, and a note says so. A long tag of a few long
# values (a data: image of megabytes) is left whole.
MAX_ATTRIBUTES: Final = 1000
_LONG_START_TAG = re.compile(r"<([a-zA-Z][\w:-]*)([^<>]{3000,})>")  # 1,001 attributes take 3,003
_ATTRIBUTE = re.compile(r"\s[^\s=<>/\"']+\s*=")


def tame_attributes(text: str) -> tuple[str, str | None]:
    """`text` with every start tag of more than MAX_ATTRIBUTES attributes cut to its bare name,
    and a note when any was; linear in the page (the scan from each "<" stops at the next "<" or
    ">", and only tags of 3,000 characters or more are counted).

    >>> page = "<div " + " ".join(f"a{i}=1" for i in range(1200)) + "><p>Text</p></div>"
    >>> tamed, note = tame_attributes(page)
    >>> tamed
    '<div><p>Text</p></div>'
    >>> note
    'an element with 1,200 attributes (more than 1,000) was read without them'
    >>> tame_attributes('<img src="data:x" alt="a">')
    ('<img src="data:x" alt="a">', None)
    """
    most = 0

    def bare(match: re.Match[str]) -> str:
        nonlocal most
        count = len(_ATTRIBUTE.findall(match.group(2)))
        if count <= MAX_ATTRIBUTES:
            return match.group(0)
        most = max(most, count)
        return f"<{match.group(1)}>"

    tamed = _LONG_START_TAG.sub(bare, text)
    if not most:
        return text, None
    note = f"an element with {most:,} attributes (more than {MAX_ATTRIBUTES:,}) was read without them"
    return tamed, note


def _notes(*notes: str | None) -> str | None:
    """The notes that are set, joined, or None."""
    return "; ".join(n for n in notes if n) or None


def _parse(text: str) -> tuple[HtmlElement | None, bool]:
    """The page's tree, and whether trafilatura's own loader read it (False for a fragment it
    refuses, which lxml reads as a body)."""
    import trafilatura

    tree = trafilatura.load_html(text)
    if tree is not None:
        return tree, True
    try:  # load_html refuses fragments ("<p>x</p>" alone); lxml takes them as a body
        return lxml_html.document_fromstring(text.encode("utf-8"), parser=HTML_PARSER), False
    except (etree.ParserError, ValueError):
        return None, False


# trafilatura's settings: favour recall, comments excluded, tables included, no deduplication
# (the benchmark's `article-recall` form).
_TRAFILATURA_SETTINGS: dict[str, Any] = {
    "favor_recall": True,
    "include_comments": False,
    "include_tables": True,
    "deduplicate": False,
    "output_format": "txt",
}


# trafilatura's balanced setting escalates a short extraction by itself (a recall retry on a
# pruned tree and a jusText candidate, kept when clearly longer); its recall setting never does,
# so on a page whose layout it misreads (a list page, an article buried in divs) it returns a
# sliver. When the recall text is short and a small share of the page's text, the balanced
# setting is asked too and kept when clearly longer. The three numbers are trafilatura's own for
# its escalation (core.ESCALATION_MAX_LENGTH, _PAGE_SHARE, _ACCEPT_RATIO). How many pages pass
# the gate and what it gains and costs is measured in docs/html-markup.md.
ESCALATE_MAX_CHARS: Final = 3000
ESCALATE_PAGE_SHARE: Final = 0.2
ESCALATE_ACCEPT_RATIO: Final = 1.5
_BALANCED_SETTINGS: dict[str, Any] = {**_TRAFILATURA_SETTINGS, "favor_recall": False}


def escalate(text: str, page: str | HtmlElement) -> str:
    """`text`, trafilatura's recall extraction of `page`, or the balanced extraction when the
    recall text is a short sliver of the page's text and the balanced one clearly longer. Only
    pages that pass the cheap length test are measured or extracted again."""
    import trafilatura

    if len(text) >= ESCALATE_MAX_CHARS:
        return text
    if len(text) >= ESCALATE_PAGE_SHARE * len(trafilatura.html2txt(page)):
        return text
    balanced = trafilatura.extract(page, **_BALANCED_SETTINGS) or ""
    return balanced if len(balanced) > ESCALATE_ACCEPT_RATIO * len(text) else text


def extract(page: bytes | str, name: str = "<html>", markup: bool = False) -> Extracted:
    """Decode `page` and extract its main text with trafilatura, or the body's blocks when
    trafilatura finds nothing. With `markup`, parse the page once first, note what its markup
    marks as noise (for the rule markup_noise), and give trafilatura that tree; without, leave
    the parse to trafilatura (one parse instead of a parse and a copy: the markup pass costs
    about a fifth of the time per page).

    >>> extract("<html><body><p>A paragraph.</p></body></html>").route
    'trafilatura'
    >>> extract("<html><body><div><img src=a.jpg></div></body></html>").route
    'fallback: body blocks'
    >>> extract("A text file,\\nnot a page.").route
    'none: no markup, read as text'
    """
    import trafilatura

    decoded = decode_html(page, name) if isinstance(page, bytes) else Decoded(page, "str")
    if not _ANY_TAG.search(decoded.text):
        # Text where HTML was expected: parsing would join its lines into one paragraph.
        return Extracted(decoded.text, NO_MARKUP, frozenset(), decoded.encoding, decoded.warning)
    if not decoded.text.strip():
        return Extracted("", FALLBACK, frozenset(), decoded.encoding, decoded.warning)
    _use_huge_parser()
    page_text, tamed = tame_attributes(decoded.text)
    decoded = Decoded(page_text, decoded.encoding, decoded.warning)
    if not markup:
        text = trafilatura.extract(decoded.text, **_TRAFILATURA_SETTINGS)
        if text and text.strip():
            text = escalate(text, decoded.text)
            return Extracted(
                text + "\n",
                TRAFILATURA,
                frozenset(),
                decoded.encoding,
                decoded.warning,
                _notes(tamed, cut_note()),
            )
        # Nothing: the page has no main content, or it is a fragment trafilatura does not load
        # ("<p>x</p>" alone), which the parse below reads as a body.
    tree, loaded = _parse(decoded.text)
    if tree is None:
        return Extracted("", FALLBACK, frozenset(), decoded.encoding, decoded.warning)
    cut = _notes(tamed, cut_note())
    noise = marked_noise(tree) if markup else frozenset()
    # A page trafilatura loaded and already found nothing in is not extracted a second time.
    text = None if loaded and not markup else trafilatura.extract(tree, **_TRAFILATURA_SETTINGS)
    if text and text.strip():
        text = escalate(text, tree)
        return Extracted(text + "\n", TRAFILATURA, noise, decoded.encoding, decoded.warning, cut)
    return Extracted(body_blocks(tree), FALLBACK, noise, decoded.encoding, decoded.warning, cut)
