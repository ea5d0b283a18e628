"""Repeated-template detection across a batch: lines that recur in many documents of one site
(headers, footers, menus, sidebars) are the site's template, not any article's text.

A first pass counts, per site, in how many documents each normalised line occurs (once per
document, so a sentence repeated inside one article counts once). Lines are kept as stable
8-byte digests, so memory grows with the number of distinct lines, not their length.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from cleaner.document import Document

if TYPE_CHECKING:
    # Only a type: the rules import line_key from here, and cleaner.config imports the rules.
    from cleaner.config import Thresholds


def line_key(norm: str) -> int:
    """A stable digest of a normalised line (Python's hash() differs between processes)."""
    return int.from_bytes(
        hashlib.blake2b(norm.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big"
    )


def site_of(url: object, fallback: Path) -> str:
    """The site a document belongs to: its URL's host, else the folder it came from."""
    if isinstance(url, str) and url:
        try:
            host = urlsplit(url).netloc.lower()
        except ValueError:  # "http://[oops/a": not a URL; the record keeps its folder's site
            return str(fallback)
        if host:
            return host
    return str(fallback)


class TemplateCounter:
    """Counts, per site, the documents each line occurs in."""

    def __init__(self) -> None:
        self.docs: Counter[str] = Counter()
        self.lines: defaultdict[str, Counter[int]] = defaultdict(Counter)

    def add(self, site: str, text: str) -> None:
        self.docs[site] += 1
        self.lines[site].update({line_key(line.norm) for line in Document.from_text(text).lines})

    def templates(self, thresholds: Thresholds) -> dict[str, frozenset[int]]:
        """Per site with at least `template_min_docs` documents, the lines found in at least
        `template_min_percent` percent of them."""
        out = {}
        for site, n_docs in self.docs.items():
            if n_docs < thresholds.template_min_docs:
                continue
            need = max(2, n_docs * thresholds.template_min_percent / 100)
            out[site] = frozenset(key for key, count in self.lines[site].items() if count >= need)
        return out
