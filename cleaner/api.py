"""The public API: clean text or an HTML page, with or without the reasons.

`clean` and `clean_html` return the clean text; `clean_and_explain` and `clean_html_and_explain`
return a CleanResult that also names the rule behind every removed line. What a document's
surroundings tell the rules (its site's template lines, the noise its page's markup marks) is one
keyword argument, `hints`. cleaner/__init__.py re-exports all of it.
"""

from __future__ import annotations

from dataclasses import replace

from cleaner.config import Config
from cleaner.hints import NO_HINTS, Hints
from cleaner.html import extract
from cleaner.pipeline import CleanResult, Removal, clean_and_explain

__all__ = [
    "NO_HINTS",
    "CleanResult",
    "Config",
    "Hints",
    "Removal",
    "clean",
    "clean_and_explain",
    "clean_html",
    "clean_html_and_explain",
]


def clean(text: str, config: Config | None = None) -> str:
    """Return the article lines of `text`, trimmed, one per line, in input order.

    >>> clean("Headline\\n\\nAdvertisement\\nThe body of the story goes on here.\\n")
    'Headline\\nThe body of the story goes on here.\\n'
    """
    return clean_and_explain(text, config).text


def clean_html_and_explain(page: bytes | str, config: Config | None = None) -> CleanResult:
    """Extract the main text of an HTML page and clean it; the result's `extraction` names the
    route taken, and its line numbers refer to the lines of `extract(page).text`."""
    extracted = extract(page, markup=config is not None and config.html_markup)
    result = clean_and_explain(extracted.text, config, hints=Hints(markup=extracted.markup))
    return replace(result, extraction=extracted.route)


def clean_html(page: bytes | str, config: Config | None = None) -> str:
    """The article lines of an HTML page (bytes in any declared or detectable encoding, or text).

    >>> clean_html("<html><body><p>A paragraph of the story.</p><form>Sign up now</form></body></html>")
    'A paragraph of the story.\\n'
    """
    return clean_html_and_explain(page, config).text
