"""Reading HTML pages: decode the bytes, parse them once, note what the page's own markup says is
noise (captions, credits, related links, sign-up boxes, pop-ups, footers), and extract the main
text one block per line for the text pipeline.

Extraction is trafilatura, given the parsed tree (it works on its own copy), configured for
recall so that nothing of the article is lost at this stage; the leftovers it keeps (related
lists, prompts, captions, author boxes) are the text pipeline's job, helped by the rule
markup_noise, which removes the lines whose text the markup marked. When trafilatura finds
nothing, the page body's block-level text is used instead and the text pipeline does all the
work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final, Literal

from lxml import etree  # type: ignore[import-untyped]
from lxml import html as lxml_html
from lxml.html import HtmlElement  # type: ignore[import-untyped]

from cleaner.decoding import Decoded, decode_html
from cleaner.document import normalize
from cleaner.templates import line_key

# How a page's text was extracted (Extracted.route; CleanResult.extraction), "" for text files.
Route = Literal["trafilatura", "fallback: body blocks", "none: no markup, read as text", ""]
TRAFILATURA: Final[Route] = "trafilatura"
FALLBACK: Final[Route] = "fallback: body blocks"
NO_MARKUP: Final[Route] = "none: no markup, read as text"
_ANY_TAG = re.compile(r"</?[a-zA-Z!][^<>]*>")

# What the page's markup can say is noise. Each word and tag was measured on the dev pages for
# precision, the lines it removes that are not article text: those here remove 195 noise lines
# and 9 (short headings) that are (precision 0.956). Others name wrappers of article text as
# often as noise boxes there, so they are left to the text rules: widget (2,572 article lines to
# 224 noise), newsletter (840 to 80), sidebar (642 to 99), social (122 to 1), share (111 to 10),
# nav (30 to 8), comment (26 to 12), promo (9 to 14).
#
# Boxes: everything inside is noise (a related-links list, a sign-up form, a pop-up, a footer).
BOX_TAGS = frozenset({"form", "button", "aside", "footer"})
BOX_WORDS = frozenset(
    {
        "related",
        "relatedposts",
        "sharedaddy",
        "subscribe",
        "subscription",
        "signup",
        "cookie",
        "popup",
        "modal",
        "breadcrumb",
        "breadcrumbs",
    }
)
# Lines: the element's own text is one noise line (a caption, a photo credit, a byline). Their
# block children are not taken with them: in broken HTML an unclosed caption swallows the
# paragraphs that follow it.
LINE_TAGS = frozenset({"figcaption"})
LINE_WORDS = frozenset({"caption", "credit", "byline", "author"})
# A class or id token matches when one of its words (split on - _ :) is a noise word, so
# `wp-caption-text` and `related-posts` match and `article-body` or `captioned` do not; a token
# with a state word is a page state, not a box (`comments-open`, `has-related`, `no-popup`).
STATE_WORDS = frozenset({"open", "closed", "enabled", "disabled", "has", "no", "with", "without", "count"})
_WORD_SPLIT = re.compile(r"[-_:]+")
# A quick test on class and id values before the whole-word test (most elements have neither).
_NOISE_SUBSTRING = re.compile("|".join(sorted(BOX_WORDS | LINE_WORDS)))
_NOISE_TAGS = BOX_TAGS | LINE_TAGS
# An element holding more than this share of the page's text is a layout wrapper, never a noise
# box, whatever its class says (themes put state classes on the wrappers of the whole article).
MAX_NOISE_SHARE = 0.5
# Elements whose text is one line of the extracted text (a heading, a paragraph, a list item).
TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd", "blockquote", "pre")
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "svg"})


def noise_kind(el: HtmlElement) -> str | None:
    """'box' or 'line' when an element's tag or a whole word of its class or id names a noise
    class, else None.

    >>> from lxml.html import fragment_fromstring as f
    >>> [noise_kind(f(x)) for x in ('<div class="related-posts">', '<p class="wp-caption-text">',
    ...     '<div class="article-body">', '<div class="single comments-open">')]
    ['box', 'line', None, None]
    """
    if el.tag in BOX_TAGS:
        return "box"
    if el.tag in LINE_TAGS:
        return "line"
    kind = None
    for token in f"{el.get('class') or ''} {el.get('id') or ''}".lower().split():
        words = _WORD_SPLIT.split(token)
        if any(w in STATE_WORDS for w in words):
            continue
        if any(w in BOX_WORDS for w in words):
            return "box"
        if any(w in LINE_WORDS for w in words):
            kind = "line"
    return kind


# Elements that can be noise by markup: a noise tag, or any class or id (filtered in Python).
# lxml evaluates the query in C, faster than visiting every element from Python.
_CANDIDATES = etree.XPath(
    "descendant-or-self::*[@class or @id or " + " or ".join(f"self::{t}" for t in sorted(_NOISE_TAGS)) + "]"
)


def _candidates(root: HtmlElement) -> Iterator[HtmlElement]:
    """Elements with a noise tag, or a class or id containing a noise word (in document order)."""
    found = _CANDIDATES(root)
    assert isinstance(found, list)
    search = _NOISE_SUBSTRING.search
    for el in found:
        if el.tag in _NOISE_TAGS:
            yield el
            continue
        # Lowercased first: a case-insensitive alternation is several times slower in `re`.
        names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if search(names):
            yield el


# Elements that hold a page's article: a class that names a noise word on one of them (a theme's
# "breadcrumb" or "related" styling hook on <article>) says nothing about its whole text.
_HOLDS_ARTICLE = etree.XPath(
    "boolean(self::article or self::main or self::body or .//article or .//main or .//h1)"
)


def _holds_article(el: HtmlElement) -> bool:
    """True when a box named by its class or id is, or holds, the page's article: an <article>
    or <main> element, or the page's headline (<h1>). Noise boxes (a related list, a sign-up
    form, a pop-up, breadcrumbs) are inside the page, not around its article.

    >>> from lxml.html import fragment_fromstring as f
    >>> _holds_article(f('<article class="post breadcrumb-trail"><h1>Title</h1><p>Text.</p></article>'))
    True
    >>> _holds_article(f('<div class="related-posts"><h3>Another story</h3></div>'))
    False
    """
    return el.tag not in BOX_TAGS and bool(_HOLDS_ARTICLE(el))


def marked_noise(tree: HtmlElement) -> frozenset[int]:
    """Digests (templates.line_key of the normalised text) of the texts the page's markup marks
    as noise: every block inside a noise box, and the text of a noise line (a caption without
    block children; one with them gives only its own leading text).

    A text that also appears as a block outside the noise elements is left out: a table of
    contents in a pop-up repeats the article's headings, which must stay.
    """
    body = tree.find("body")
    root = body if body is not None else tree
    limit = MAX_NOISE_SHARE * len(root.text_content())
    keys: set[int] = set()
    inside: set[HtmlElement] = set()  # elements, not id()s: lxml's proxies are made on demand

    def add(text: str | None) -> None:
        norm = normalize(text or "")
        if norm:
            keys.add(line_key(norm))

    for el in _candidates(root):
        kind = noise_kind(el)
        if kind is None or el in inside or any(a.tag in _SKIP for a in el.iterancestors()):
            continue
        if kind == "box":
            if len(el.text_content()) > limit or _holds_article(el):
                continue  # a layout wrapper; the noise boxes inside it are candidates of their own
            for block in el.iter():
                inside.add(block)
                if isinstance(block.tag, str) and block.tag not in _SKIP:
                    add(block.text_content())
        elif any(isinstance(d.tag, str) and d.tag in _BLOCK_CHILDREN for d in el.iterdescendants()):
            add(el.text)
        else:
            inside.add(el)
            add(el.text_content())
    if keys:
        for block in root.iter(*TEXT_BLOCKS):
            if block not in inside:
                keys.discard(line_key(normalize(block.text_content())))
    return frozenset(keys)


# Block-level elements: each starts a new line of the fallback text.
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "option",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)


# Block tags that make an element more than one line (a line break does not).
_BLOCK_CHILDREN = BLOCK_TAGS - {"br"}


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
        usable = isinstance(el.tag, str) and el.tag not in _SKIP
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
    if not markup:
        text = trafilatura.extract(decoded.text, **_TRAFILATURA_SETTINGS)
        if text and text.strip():
            return Extracted(
                text + "\n", TRAFILATURA, frozenset(), decoded.encoding, decoded.warning, cut_note()
            )
        # Nothing: the page has no main content, or it is a fragment trafilatura does not load
        # ("<p>x</p>" alone), which the parse below reads as a body.
    tree, loaded = _parse(decoded.text)
    if tree is None:
        return Extracted("", FALLBACK, frozenset(), decoded.encoding, decoded.warning)
    cut = cut_note()
    noise = marked_noise(tree) if markup else frozenset()
    # A page trafilatura loaded and already found nothing in is not extracted a second time.
    text = None if loaded and not markup else trafilatura.extract(tree, **_TRAFILATURA_SETTINGS)
    if text and text.strip():
        return Extracted(text + "\n", TRAFILATURA, noise, decoded.encoding, decoded.warning, cut)
    return Extracted(body_blocks(tree), FALLBACK, noise, decoded.encoding, decoded.warning, cut)
