"""The public API: clean text or an HTML page, with or without the reasons.

`clean` and `clean_html` return the clean text; `clean_and_explain` and `clean_html_and_explain`
return a CleanResult that also names the rule behind every removed line. What a document's
surroundings tell the rules (its site's template lines, the noise its page's markup marks) is one
keyword argument, `hints`. cleaner/__init__.py re-exports all of it.

For data frames and datasets, `Cleaner` is the same as an object: its config fixed in the
constructor, callable on one text, with a batched method for `datasets.Dataset.map(batched=True)`.
Data tools cache results by a hash of the function they run: Hugging Face `datasets` pickles it
(dill) and hashes the bytes (xxhash). A plain function pickles by name only, so an upgraded
cleaner, or a different config, would reuse stale cached results. A `Cleaner` pickles as its
version and its config, so its fingerprint changes exactly when either does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any, overload

from cleaner._version import __version__
from cleaner.config import Config
from cleaner.hints import NO_HINTS, Hints
from cleaner.pipeline import CleanResult, Removal, clean_and_explain, is_missing
from cleaner.rules.registry import RULE_NAMES

__all__ = [
    "NO_HINTS",
    "CleanResult",
    "Cleaner",
    "Config",
    "Hints",
    "Removal",
    "clean",
    "clean_and_explain",
    "clean_html",
    "clean_html_and_explain",
]


@overload
def clean(text: str, config: Config | None = None) -> str: ...
@overload
def clean(text: None, config: Config | None = None) -> None: ...
@overload
def clean(text: float, config: Config | None = None) -> float: ...
def clean(text: object, config: Config | None = None) -> object:
    """Return `text` with its noise lines taken out and nothing else changed (see
    cleaner.pipeline.keep_layout). A missing value (None, NaN, pandas' NA) is returned as it is,
    so that `df["text"].map(clean)` works on a column with gaps; any other non-text is a
    TypeError.

    >>> clean("Headline\\n\\nAdvertisement\\n\\nThe body of the story goes on here.\\n")
    'Headline\\n\\nThe body of the story goes on here.\\n'
    >>> clean(None) is None
    True
    """
    if isinstance(text, str):
        return clean_and_explain(text, config).text
    if is_missing(text):
        return text
    raise TypeError(f"clean() takes text (str) or a missing value, not {type(text).__name__}")


def clean_html_and_explain(page: bytes | str, config: Config | None = None) -> CleanResult:
    """Extract the main text of an HTML page and clean it; the result's `extraction` names the
    route taken, and its line numbers refer to the lines of `extract(page).text`."""
    from cleaner.html import extract  # here: lxml and trafilatura load only for pages

    extracted = extract(page, markup=config is not None and config.html_markup)
    result = clean_and_explain(extracted.text, config, hints=Hints(markup=extracted.markup))
    return replace(result, extraction=extracted.route)


def clean_html(page: bytes | str, config: Config | None = None) -> str:
    """The article lines of an HTML page (bytes in any declared or detectable encoding, or text).

    >>> clean_html("<html><body><p>A paragraph of the story.</p><form>Sign up now</form></body></html>")
    'A paragraph of the story.\\n'
    """
    return clean_html_and_explain(page, config).text


METADATA_COLUMN = "cleaner"


class Cleaner:
    """Clean texts (or HTML pages, with `html=True`) with one config.

    `cleaner(text)` returns the clean text, and a missing value (None, NaN, pandas' NA) as it
    is; `cleaner.batch(batch)` cleans the `text_column` of a batch of rows (a mapping of column
    names to lists, as `Dataset.map(batched=True)` passes) and, unless `metadata_column` is
    None, adds a column with each row's metadata (see `CleanResult.metadata`; its
    `removed_by_rule` names every rule, so every batch has the same columns).

    >>> cleaner = Cleaner()
    >>> cleaner("A headline\\n\\nAdvertisement\\n\\nThe story.")
    'A headline\\n\\nThe story.'
    >>> out = cleaner.batch({"text": ["Advertisement\\nThe story.", None], "id": [1, 2]})
    >>> out["text"], out["cleaner"][0]["lines_removed"], out["cleaner"][1]
    (['The story.', None], 1, None)
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        html: bool = False,
        text_column: str = "text",
        metadata_column: str | None = METADATA_COLUMN,
    ) -> None:
        self.config = config or Config()
        self.html = html
        self.text_column = text_column
        self.metadata_column = metadata_column

    def explain(self, text: str | bytes) -> CleanResult:
        """The whole result for one text (or page): clean text, removals, metadata."""
        if self.html:
            return clean_html_and_explain(text, self.config)
        if isinstance(text, bytes):
            raise TypeError("a text Cleaner takes str; use Cleaner(html=True) for pages as bytes")
        return clean_and_explain(text, self.config)

    def __call__(self, text: Any) -> Any:
        if is_missing(text):
            return text
        if not isinstance(text, str | bytes):
            raise TypeError(f"Cleaner() takes text (str) or a missing value, not {type(text).__name__}")
        return self.explain(text).text

    def batch(self, batch: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
        """The cleaned `text_column` of a batch of rows, and the metadata column; other columns
        are left as they are (`Dataset.map` keeps them)."""
        texts: list[Any] = []
        metadata: list[dict[str, object] | None] = []
        for text in batch[self.text_column]:
            if is_missing(text):
                texts.append(text)
                metadata.append(None)
                continue
            result = self.explain(text)
            texts.append(result.text)
            metadata.append(stable_metadata(result))
        out: dict[str, list[Any]] = {self.text_column: texts}
        if self.metadata_column is not None:
            out[self.metadata_column] = metadata
        return out

    # Pickled as the cleaner version and the config (datasets' fingerprint is a hash of this
    # state), never as anything that could tie it to one process.
    def __getstate__(self) -> dict[str, object]:
        return {
            "cleaner_version": __version__,
            "config": self.config,
            "html": self.html,
            "text_column": self.text_column,
            "metadata_column": self.metadata_column,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.config = state["config"]
        self.html = state["html"]
        self.text_column = state["text_column"]
        self.metadata_column = state["metadata_column"]

    def __repr__(self) -> str:
        return f"Cleaner(version={__version__!r}, config={self.config!r}, html={self.html!r})"


def stable_metadata(result: CleanResult) -> dict[str, object]:
    """`result.metadata()` with a count for every rule (0 for those that removed nothing), so
    that a table of it has the same columns whatever the documents."""
    metadata = result.metadata()
    counts = result.counts()
    metadata["removed_by_rule"] = {name: counts.get(name, 0) for name in RULE_NAMES}
    return metadata
