"""What an HTML page's own markup says is noise (--html-markup; the rule markup_noise).

A class or id that names a noise class is a claim about an element, not proof: themes put
"related", "caption" or "breadcrumb" on wrappers of the article, on accordions of a FAQ and on
the standfirst under the headline. So the markup only marks an element's text when the element's
own shape agrees with what its name claims, measured on the page itself and the same in every
language:

- a links box (related posts, share bar, breadcrumbs, "more stories") must read as links: most
  of its text is the text of its links;
- a prompt box (a sign-up or newsletter box, a form, a pop-up, a cookie notice) must be
  prompt-sized: a few short lines, not a wrapper of paragraphs or tables;
- a line (a figure's caption, a photo credit, a byline, an author's bio line) must be
  line-sized, and a caption must sit with the picture it captions;

and never an element that is or holds the article (an <article>, <main> or the headline <h1>),
nor one holding half the page's text. A text that also stands as a block outside the marked
elements (a table of contents in a pop-up repeats the article's headings) is not marked.

Measured on the dev pages against the reader labels (docs/html-markup.md): the words and
shapes below are those whose marked lines are noise. Left out because they mark article text
there, whatever its shape: aside (pull quotes, fact boxes), button (the toggles of a FAQ's
accordion), promo (page-builder "call to action" tiles used as a resource list), a `caption`
class (a review site's photo captions written as article sentences; <figcaption> stays), and
widget, sidebar, nav, menu, comment and tags (wrappers of whole posts).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, Literal

from lxml import etree  # type: ignore[import-untyped]
from lxml.html import HtmlElement  # type: ignore[import-untyped]

from cleaner.document import normalize
from cleaner.templates import line_key

Kind = Literal["links", "prompt", "line"]

# Boxes whose text must be mostly link text (a list of links to other pages).
LINK_WORDS: Final = frozenset(
    {"related", "relatedposts", "sharedaddy", "share", "sharing", "breadcrumb", "breadcrumbs"}
)
# Boxes whose text must be prompt-sized (a call to sign up, subscribe, accept, buy).
PROMPT_TAGS: Final = frozenset({"form", "footer"})
PROMPT_WORDS: Final = frozenset(
    {"subscribe", "subscription", "signup", "newsletter", "cookie", "popup", "modal"}
)
# Elements whose own text is one noise line.
LINE_TAGS: Final = frozenset({"figcaption"})
LINE_WORDS: Final = frozenset({"credit", "byline", "author", "bio"})
# A class or id token matches when one of its words (split on - _ :) is a noise word, so
# `entry-byline` and `related-posts` match and `article-body` or `captioned` do not; a token
# with a state word is a page state, not a box (`comments-open`, `has-related`, `no-popup`), and
# one with a disclosure word is a control that shows content (`accordion-title`, `tab-modal`).
STATE_WORDS: Final = frozenset(
    {"open", "closed", "enabled", "disabled", "has", "no", "with", "without", "count"}
    | {"accordion", "collapse", "toggle", "tab", "tabs", "expand"}
)
# A token of more words than this is a slug of the element's own text (a heading's anchor id,
# `which-is-the-best-subscription-service`), not the name of a component.
MAX_NAME_WORDS: Final = 4

# The shares and sizes that make a box's shape agree with its name. A links box: at least this
# share of its characters inside <a> (related lists and share bars measure 0.8-1.0 on the dev
# pages; a "related" wrapper of an article's paragraphs well under 0.3).
MIN_LINK_SHARE: Final = 0.5
# A prompt box: at most this many words in all (sign-up boxes, cookie notices and pop-ups are one
# to four short sentences; the forms and footers that wrap comparison tables or posts run to
# hundreds).
MAX_PROMPT_WORDS: Final = 60
# A marked line: at most this many words (a caption, a credit, a byline or a one-line bio; longer
# text under such a class is the article's own paragraph).
MAX_LINE_WORDS: Final = 40
# An element holding more than this share of the page's text is a layout wrapper, never a noise
# box, whatever its class says (themes put state classes on the wrappers of the whole article).
MAX_NOISE_SHARE: Final = 0.5

_WORD_SPLIT = re.compile(r"[-_:]+")
_ALL_WORDS = LINK_WORDS | PROMPT_WORDS | LINE_WORDS
_NOISE_TAGS = PROMPT_TAGS | LINE_TAGS
# Elements whose text is one line of the extracted text (a heading, a paragraph, a list item).
TEXT_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt", "dd", "blockquote", "pre")
SKIP: Final = frozenset({"script", "style", "noscript", "template", "head", "title", "svg"})
# Block-level elements: each starts a new line of a page's text (cleaner.html.body_blocks).
BLOCK_TAGS: Final = frozenset(
    {"address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog"}
    | {"div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3"}
    | {"h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "option", "p", "pre", "section"}
    | {"summary", "table", "td", "th", "tr", "ul"}
)
# Block tags that make an element more than one line (a line break does not).
_BLOCK_CHILDREN = BLOCK_TAGS - {"br"}


def noise_kind(el: HtmlElement) -> Kind | None:
    """The noise class an element's tag, or a whole word of its class or id, claims: 'links',
    'prompt' or 'line', else None.

    >>> from lxml.html import fragment_fromstring as f
    >>> [noise_kind(f(x)) for x in ('<div class="related-posts">', '<p class="entry-byline">',
    ...     '<div class="article-body">', '<div class="single comments-open">', '<form>',
    ...     '<div class="newsletter-box">', '<button class="accordion-title">')]
    ['links', 'line', None, None, 'prompt', 'prompt', None]
    """
    if el.tag in PROMPT_TAGS:
        return "prompt"
    if el.tag in LINE_TAGS:
        return "line"
    kind: Kind | None = None
    for token in f"{el.get('class') or ''} {el.get('id') or ''}".lower().split():
        words = _WORD_SPLIT.split(token)
        if len(words) > MAX_NAME_WORDS or any(w in STATE_WORDS for w in words):
            continue
        if any(w in LINK_WORDS for w in words):
            return "links"
        if any(w in PROMPT_WORDS for w in words):
            return "prompt"
        if any(w in LINE_WORDS for w in words):
            kind = "line"
    return kind


# Elements that can be noise by markup: a noise tag, or any class or id (filtered in Python).
# lxml evaluates the query in C, faster than visiting every element from Python. (Testing the
# words in the query too, with translate() and contains(), is ten times slower.)
_CANDIDATES = etree.XPath(
    "descendant-or-self::*[@class or @id or " + " or ".join(f"self::{t}" for t in sorted(_NOISE_TAGS)) + "]"
)
# A quick test on class and id values before the whole-word test (most elements have neither).
_NOISE_SUBSTRING = re.compile("|".join(sorted(_ALL_WORDS)))


def _candidates(root: HtmlElement) -> Iterator[HtmlElement]:
    """Elements with a noise tag, or a class or id containing a noise word (in document order).

    >>> from lxml.html import fragment_fromstring as f
    >>> [e.get("class") for e in _candidates(f('<div><p class="x">a</p><p class="Related-Posts">b</p></div>'))]
    ['Related-Posts']
    """
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
# Media a <figcaption> captions: in its figure, or beside it in its parent.
_NEAR_MEDIA = etree.XPath("boolean(ancestor::figure or ..//img or ..//picture or ..//video or ..//iframe)")


def holds_article(el: HtmlElement) -> bool:
    """True when an element is, or holds, the page's article: an <article> or <main> element, or
    the page's headline (<h1>). Noise boxes (a related list, a sign-up form, breadcrumbs) are
    inside the page, not around its article.

    >>> from lxml.html import fragment_fromstring as f
    >>> holds_article(f('<article class="post breadcrumb-trail"><h1>Title</h1><p>Text.</p></article>'))
    True
    >>> holds_article(f('<div class="related-posts"><h3>Another story</h3></div>'))
    False
    """
    return bool(_HOLDS_ARTICLE(el))


def link_share(el: HtmlElement) -> float:
    """The share of an element's characters (spaces aside) that are the text of its links.

    >>> from lxml.html import fragment_fromstring as f
    >>> link_share(f('<ul><li><a href=a>One story</a></li><li><a href=b>Two</a></li></ul>'))
    1.0
    >>> round(link_share(f('<p>A paragraph that links <a href=a>one source</a> once.</p>')), 2)
    0.27
    """
    text = "".join(el.text_content().split())
    if not text:
        return 0.0
    linked = sum(len("".join(a.text_content().split())) for a in el.iter("a"))
    return min(1.0, linked / len(text))


def agrees(el: HtmlElement, kind: Kind, text: str) -> bool:
    """True when the element's shape agrees with the noise class its name claims (`text`: its
    text, spaced at element bounds): a links box reads as links, a prompt box is prompt-sized, a line is
    line-sized, and a caption sits with its picture.

    >>> from lxml.html import fragment_fromstring as f
    >>> agrees(f('<div class="related"><p>We related the results to the survey.</p></div>'), "links",
    ...     "We related the results to the survey.")
    False
    >>> agrees(f('<div class="related"><a href=a>Another story</a></div>'), "links", "Another story")
    True
    """
    if kind == "links":
        return link_share(el) >= MIN_LINK_SHARE
    words = len(text.split())
    if kind == "prompt":
        return words <= MAX_PROMPT_WORDS
    if words > MAX_LINE_WORDS:
        return False
    return el.tag not in LINE_TAGS or bool(_NEAR_MEDIA(el))


def marked_noise(tree: HtmlElement) -> frozenset[int]:
    """Digests (templates.line_key of the normalised text) of the texts the page's markup marks
    as noise where the element's shape agrees (agrees): every block inside a noise box, and the
    text of a noise line (a caption without block children; one with them gives only its own
    leading text).

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
        if kind is None or el in inside or any(a.tag in SKIP for a in el.iterancestors()):
            continue
        # A line with block children (in broken HTML an unclosed caption swallows the paragraphs
        # after it) is only its own leading text; its children are not taken with it.
        whole = kind != "line" or not any(
            isinstance(d.tag, str) and d.tag in _BLOCK_CHILDREN for d in el.iterdescendants()
        )
        text = el.text_content() if whole else el.text or ""
        # Words are counted in the text spaced at element bounds ("speed</td><td>20" is two).
        spaced = " ".join(el.itertext()) if whole else text
        if len(text) > limit or holds_article(el) or not agrees(el, kind, spaced):
            continue  # a wrapper, or a name its shape does not bear out; boxes inside stay candidates
        if kind != "line":
            for block in el.iter():
                inside.add(block)
                if isinstance(block.tag, str) and block.tag not in SKIP:
                    add(block.text_content())
        else:
            if whole:
                inside.add(el)
            add(text)
    if keys:
        for block in root.iter(*TEXT_BLOCKS):
            if block not in inside:
                keys.discard(line_key(normalize(block.text_content())))
    return frozenset(keys)
