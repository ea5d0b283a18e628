"""cleaner as datatrove pipeline steps (`pip install "cleaner[datatrove]"`).

`CleanText` cleans `doc.text` in place, like datatrove's formatters, and records on each document
the cleaner's metadata (`doc.metadata["cleaner"]`: version, lines and characters kept and
removed, lines per rule) and, per rule, a statistic `line-removed-<rule>`: datatrove keeps a
reason per dropped document, cleaner a reason per removed line. A document left with no text is
dropped like a filter drops one (statistic `dropped_empty`), and written to `exclusion_writer`
when one is given, with its text as it came in.

`CleanHTML` is an extractor, shaped like datatrove's `Trafilatura`: it takes `doc.text` as an HTML
page and runs the cleaner's HTML path (trafilatura set for recall, then the text rules), in
datatrove's sandbox with a timeout per document; the extraction path is in the metadata.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanText

    LocalPipelineExecutor(
        pipeline=[JsonlReader("in/"), CleanText(), JsonlWriter("out/")], tasks=4
    ).run()
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any, ClassVar

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
from datatrove.pipeline.writers.disk_base import DiskWriter
from datatrove.utils.typeshelper import StatHints

from cleaner.config import Config
from cleaner.pipeline import CleanResult, clean_and_explain

METADATA_KEY = "cleaner"


class _Recorder(PipelineStep):  # type: ignore[misc]
    """What both steps do with a result: metadata on the document, statistics per rule, and the
    decision to drop a document with no text left."""

    metadata_key: str = METADATA_KEY
    drop_empty: bool = True

    def _record(self, doc: Document, text: str, metadata: dict[str, Any]) -> bool:
        """Put the clean `text` and its `metadata` on `doc`; return whether the document goes on."""
        doc.text = text
        doc.metadata[self.metadata_key] = metadata
        self.stat_update("lines_kept", value=metadata["lines_kept"])
        self.stat_update("lines_removed", value=metadata["lines_removed"])
        for rule, count in metadata["removed_by_rule"].items():
            self.stat_update(f"line-removed-{rule}", value=count)
        return not self.drop_empty or bool(text.strip())


class CleanText(_Recorder):
    """Remove boilerplate lines from `doc.text`, keeping its layout, with metadata and statistics
    per rule (see the module docstring).

    Args:
        config: the cleaner's config (rules disabled, thresholds, extra phrases)
        metadata_key: the key of the metadata on each document
        drop_empty: drop documents left with no text (else they go on with empty text)
        exclusion_writer: a writer for the dropped documents, as datatrove's filters take
    """

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        config: Config | None = None,
        metadata_key: str = METADATA_KEY,
        drop_empty: bool = True,
        exclusion_writer: DiskWriter | None = None,
    ) -> None:
        super().__init__()
        self.config = config or Config()
        self.metadata_key = metadata_key
        self.drop_empty = drop_empty
        self.exclusion_writer = exclusion_writer

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> Iterator[Document]:
        writer: Any
        with self.exclusion_writer if self.exclusion_writer else contextlib.nullcontext() as writer:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    result = clean_and_explain(doc.text, self.config)
                original = doc.text
                if self._record(doc, result.text, result.metadata()):
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                    continue
                self.stat_update(StatHints.dropped, "dropped_empty")
                if self.exclusion_writer:
                    doc.text = original
                    doc.metadata["filter_reason"] = "empty"
                    writer.write(doc, rank)


def _clean_page(page: str, config: Config) -> CleanResult:
    from cleaner.api import clean_html_and_explain

    return clean_html_and_explain(page, config)


def _cleaned(page: str, config: Config) -> tuple[str, dict[str, Any]]:
    # What crosses the sandbox's pipe: plain data (in the compiled build a CleanResult's lines do
    # not pickle, and the extractor dropped every page as a clean_error).
    result = _clean_page(page, config)
    return result.text, result.metadata()


class CleanHTML(_Recorder, BaseExtractor):  # type: ignore[misc]
    """Extract the article text of the HTML page in `doc.text` and clean it (the cleaner's HTML
    path), with metadata and statistics per rule; a page with no text left is dropped.

    Args:
        config: the cleaner's config (`html_markup=True` also reads the page's markup)
        timeout: seconds per page, as for datatrove's extractors
        metadata_key: the key of the metadata on each document
    """

    name = "🧹 cleaner HTML"
    _requires_dependencies: ClassVar[list[str]] = ["trafilatura"]

    def __init__(self, config: Config | None = None, timeout: float = 5, metadata_key: str = METADATA_KEY):
        super().__init__(timeout)
        self.config = config or Config()
        self.metadata_key = metadata_key

    def extract(self, text: str) -> str:
        """The clean article text of one page."""
        return _clean_page(text, self.config).text

    def _extract_result(self, text: str) -> tuple[str, dict[str, Any]]:
        return _cleaned(text, self.config)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> Iterator[Document]:
        # BaseExtractor.run, but the sandbox returns the whole result so its metadata is kept.
        with ExtractorSandbox(timeout=self.timeout, warmup_text="") as extractor:
            for doc in data:
                self.stat_update(StatHints.total)
                with self.track_time():
                    try:
                        text, metadata = extractor.process_document(doc.text, self._extract_result)
                        self.stat_update("extracted")
                    except TimeoutError:
                        self.stat_update("timeout")
                        continue
                    except EOFError:
                        self.stat_update("broken_process")
                        continue
                    except Exception:
                        self.stat_update("clean_error")
                        continue
                if self._record(doc, text, metadata):
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                else:
                    self.stat_update(StatHints.dropped)
