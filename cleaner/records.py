"""JSONL record handling that both engines share: the batch options, and cleaning one record
line (every field but the text field passed through), a chunk of them, or a stream."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from cleaner._version import __version__
from cleaner.api import Hints, clean_and_explain
from cleaner.config import Config
from cleaner.html import extract
from cleaner.readers import MAX_DOCUMENT_BYTES, Format, parse_jsonl_line, reading_notes
from cleaner.run_report import Report, StrictStop
from cleaner.templates import site_of
from cleaner.writers import json_bytes, json_value

# Template lines per site (--site-templates), passed explicitly to whatever cleans a document.
SiteTemplates = Mapping[str, frozenset[int]]
NO_TEMPLATES: SiteTemplates = {}


@dataclass(frozen=True)
class Options:
    """How a batch runs: the cleaning config and the input and output choices."""

    config: Config = field(default_factory=Config)
    fmt: Format = "auto"
    text_field: str = "text"
    explain: bool = False
    explain_field: str = "cleaner_removed"
    strict: bool = False
    force: bool = False
    site_templates: bool = False
    # The most bytes one document may hold: a text file, a page, a JSONL record (readers).
    max_document_bytes: int = MAX_DOCUMENT_BYTES
    # --metadata: JSONL records get the document's metadata under `metadata_field`; a text
    # output gets NAME.meta.json beside it.
    metadata: bool = False
    metadata_field: str = "cleaner"
    # --drop-empty: a record (or text file) with nothing kept is left out of the output.
    drop_empty: bool = False
    # --removed-out: the removed lines go to the report (and from there to the file).
    removed_out: bool = False

    def fingerprint(self) -> str:
        """Identifies the cleaner version and everything that changes an output (for resuming)."""
        key = repr(
            (
                __version__,
                self.config,
                self.fmt,
                self.text_field,
                self.explain,
                self.explain_field,
                *((self.metadata_field,) if self.metadata else ()),
                *(("drop_empty",) if self.drop_empty else ()),
            )
        )
        return hashlib.sha256(key.encode()).hexdigest()[:16]


def clean_record(
    raw: str,
    number: int,
    name: str,
    opts: Options,
    report: Report,
    folder: str = "",
    site_templates: SiteTemplates = NO_TEMPLATES,
) -> bytes | None:
    """Clean one JSONL line; return the output line as UTF-8 (without its newline), b"" for a
    record --drop-empty leaves out, or None (and a failure) for a bad record.

    Every field but the text field passes through unchanged, in its original order; --explain
    adds the removals under `explain_field`, and refuses a record that already has that field
    rather than overwrite it.
    """
    record = parse_jsonl_line(raw, number, name, opts.text_field)
    if record.data is None:
        report.failures.append(record.error or f"{name}:{number}: bad record")
        return None
    if opts.explain and opts.explain_field in record.data:
        report.failures.append(
            f"{name}:{number}: record already has a {opts.explain_field!r} field; choose --explain-field"
        )
        return None
    if opts.metadata and opts.metadata_field in record.data:
        report.failures.append(
            f"{name}:{number}: record already has a {opts.metadata_field!r} field; choose --metadata-field"
        )
        return None
    # (Without --site-templates there are none: no site to work out from the URL.)
    templates = (
        site_templates.get(site_of(record.data.get("url"), Path(folder)), frozenset())
        if site_templates
        else frozenset()
    )
    if opts.fmt == "html":  # --format html: the text field holds the page
        page = extract(record.data[opts.text_field], f"{name}:{number}", opts.config.html_markup)
        report.notes += reading_notes(f"{name}:{number}", page)
        result = clean_and_explain(
            page.text, opts.config, hints=Hints(templates=templates, markup=page.markup)
        )
        result = replace(result, extraction=page.route)
    else:
        result = clean_and_explain(
            record.data[opts.text_field], opts.config, hints=Hints(templates=templates)
        )
    report.records += 1
    report.add(result)
    if opts.removed_out:
        report.add_removed(result, opts.config, name, number, record.data.get("id"))
    if opts.drop_empty and not result.text.strip():
        report.dropped += 1
        return b""
    # The record as it came, with only the text field's value replaced (and --explain's field
    # added at its end): every other field keeps its bytes.
    line, (start, end) = record.raw, record.text_span
    # Spliced as bytes: the text, the bulk of a record, is encoded once, by orjson.
    tail = line[end : record.close]
    if opts.explain:
        removed = json_value([r.to_dict() for r in result.removed])
        tail += "," + json_value(opts.explain_field) + ":" + removed
    if opts.metadata:
        tail += "," + json_value(opts.metadata_field) + ":" + json_value(result.metadata())
    tail += line[record.close :]
    return line[:start].encode() + json_bytes(result.text) + tail.encode()


def clean_chunk(
    lines: list[tuple[int, str]],
    name: str,
    opts: Options,
    folder: str = "",
    site_templates: SiteTemplates = NO_TEMPLATES,
) -> tuple[bytes, Report]:
    """Clean a chunk of numbered JSONL lines: the output lines as UTF-8 and the chunk's report.
    `folder` is the site of records without a URL (--site-templates)."""
    report = Report()
    out = []
    for number, raw in lines:
        if raw.strip():
            cleaned = clean_record(raw, number, name, opts, report, folder, site_templates)
            if cleaned:
                out.append(cleaned + b"\n")
    return b"".join(out), report


def clean_jsonl(lines: Iterable[str], name: str, opts: Options, report: Report) -> Iterator[bytes]:
    """Clean a stream of JSONL lines one record at a time, in input order (in this process)."""
    for number, raw in enumerate(lines, start=1):
        data, part = clean_chunk([(number, raw)], name, opts)
        report.merge(part)
        if opts.strict and part.failures:
            raise StrictStop(part.failures[0])
        if data:
            yield data


def clean_raw_chunk(
    lines: list[tuple[int, bytes]],
    name: str,
    opts: Options,
    folder: str = "",
    site_templates: SiteTemplates = NO_TEMPLATES,
) -> tuple[bytes, Report]:
    """Decode a chunk of numbered JSONL lines (invalid UTF-8 replaced, with a note), clean it,
    and return the output encoded, with the chunk's report."""
    notes = []
    decoded = []
    for number, raw in lines:
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            notes.append(f"{name}:{number}: invalid UTF-8 bytes replaced with U+FFFD")
            line = raw.decode("utf-8", errors="replace")
        decoded.append((number, line))
    data, report = clean_chunk(decoded, name, opts, folder, site_templates)
    report.notes[:0] = notes
    return data, report
