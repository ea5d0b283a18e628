"""Cleaning files and record streams in batches: one input at a time or in parallel processes,
resumable, with a report that counts what happened and decides the exit status.

Every task (a text file, or a chunk of JSONL records) returns its own Report; the parent merges
them in input order, so the summary and every output are the same whatever `jobs` is.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, TypeVar

from cleaner._version import __version__
from cleaner.api import CleanResult, Hints, clean_and_explain
from cleaner.config import Config
from cleaner.html import extract, read_document, reading_notes
from cleaner.readers import (
    Format,
    InputError,
    Kind,
    Source,
    input_format,
    open_jsonl,
    parse_jsonl_line,
    read_input,
)
from cleaner.templates import TemplateCounter, site_of
from cleaner.writers import atomic_output, atomic_write, display, dump_record

# JSONL records go to worker processes in chunks of at most this many lines and about this many
# bytes: large enough that the cost of sending them is small next to cleaning them (about 0.2 s
# of work per chunk), small enough to keep memory flat whatever the size of the records (news
# pages run from 1 KB to over 1 MB each, so a count of lines alone does not bound memory).
CHUNK_LINES = 256
CHUNK_BYTES = 1 << 20
# Tasks in flight per worker: enough to keep every worker busy, few enough to bound memory.
WINDOW_PER_JOB = 4
STAMP_DIR = ".cleaner-stamps"


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


@dataclass
class Report:
    """What a run did: counts, bytes, lines removed per rule, notes and failures."""

    files: int = 0
    skipped: int = 0
    empty: int = 0
    records: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    lines_in: int = 0
    lines_removed: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    interrupted: bool = False
    # Records (or text files) left out by --drop-empty.
    dropped: int = 0
    # --removed-out: removed lines as JSONL, and in the parent the file they stream to as parts
    # are merged in input order (so they never pile up in memory).
    removed_lines: list[bytes] = field(default_factory=list)
    removed_sink: BinaryIO | None = field(default=None, compare=False, repr=False)

    def add(self, result: CleanResult) -> None:
        self.lines_in += len(result.kept) + len(result.removed)
        self.lines_removed.update(result.counts())

    def add_removed(
        self, result: CleanResult, config: Config, source: str, record: int | None, doc_id: object = None
    ) -> None:
        """Note `result`'s removed lines for --removed-out, naming where each came from and why
        (cleaner.evidence)."""
        from cleaner.evidence import evidence

        why = evidence(result, config) if result.removed else {}
        for removal in result.removed:
            row: dict[str, object] = {"source": source, "record": record}
            if doc_id is not None:
                row["id"] = doc_id
            row.update(removal.to_dict())
            row["why"] = why.get(removal.line, "")
            line = dump_record(row) + b"\n"
            if self.removed_sink is not None:
                self.removed_sink.write(line)
            else:
                self.removed_lines.append(line)

    def merge(self, other: Report) -> None:
        for name in ("files", "skipped", "empty", "records", "dropped", "bytes_in", "bytes_out", "lines_in"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.lines_removed.update(other.lines_removed)
        self.notes += other.notes
        self.failures += other.failures
        if self.removed_sink is not None:
            self.removed_sink.writelines(other.removed_lines)
        else:
            self.removed_lines += other.removed_lines

    def to_dict(self, seconds: float | None = None) -> dict[str, object]:
        """The run summary as JSON data (--stats-json)."""
        return {
            "cleaner_version": __version__,
            "files": self.files,
            "skipped": self.skipped,
            "empty": self.empty,
            "records": self.records,
            "dropped": self.dropped,
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "lines_in": self.lines_in,
            "lines_removed": sum(self.lines_removed.values()),
            "removed_by_rule": dict(sorted(self.lines_removed.items())),
            "notes": self.notes,
            "failures": self.failures,
            "interrupted": self.interrupted,
            "exit_code": self.exit_code,
            "seconds": None if seconds is None else round(seconds, 3),
        }

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        return 1 if self.failures else 0

    def summary(self, seconds: float | None = None) -> str:
        removed = sum(self.lines_removed.values())
        head = (
            f"cleaned {self.files} file(s) ({self.empty} empty, {self.skipped} already up to date), "
            f"{self.records} record(s)"
            + (f" ({self.dropped} dropped empty)" if self.dropped else "")
            + f"; {removed} of {self.lines_in} non-blank line(s) removed; "
            f"{self.bytes_in:,} bytes in, {self.bytes_out:,} out; {len(self.failures)} failure(s)"
        )
        if seconds is not None:
            head += f"; {seconds:.2f}s"
        out = [head + (" (interrupted)" if self.interrupted else "")]
        out += [f"  {rule:<24}{count:>8}" for rule, count in sorted(self.lines_removed.items())]
        out += [f"note: {note}" for note in self.notes]
        out += [f"error: {failure}" for failure in self.failures]
        return "\n".join(out)


class StrictStop(Exception):
    """--strict: the first bad file or record ends the run."""


# ---------------------------------------------------------------------------------------------
# Records


# Template lines per site for this process (--site-templates): set once per worker by the pool's
# initializer, so the sets travel to each worker once instead of with every task.
_TEMPLATES: Mapping[str, frozenset[int]] = {}


def _set_templates(templates: Mapping[str, frozenset[int]]) -> None:
    global _TEMPLATES
    _TEMPLATES = templates


def clean_record(
    raw: str, number: int, name: str, opts: Options, report: Report, folder: str = ""
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
        _TEMPLATES.get(site_of(record.data.get("url"), Path(folder)), frozenset())
        if _TEMPLATES
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
    data = dict(record.data)
    data[opts.text_field] = result.text
    if opts.explain:
        data[opts.explain_field] = [r.to_dict() for r in result.removed]
    if opts.metadata:
        data[opts.metadata_field] = result.metadata()
    return dump_record(data)


def clean_chunk(
    lines: list[tuple[int, str]], name: str, opts: Options, folder: str = ""
) -> tuple[bytes, Report]:
    """Clean a chunk of numbered JSONL lines: the output lines as UTF-8 and the chunk's report.
    `folder` is the site of records without a URL (--site-templates)."""
    report = Report()
    out = []
    for number, raw in lines:
        if raw.strip():
            cleaned = clean_record(raw, number, name, opts, report, folder)
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


# ---------------------------------------------------------------------------------------------
# Files


def output_path(outdir: Path, source: Source, fmt: Kind) -> Path:
    """Where a source's output goes: the relative tree mirrored, `.txt` or `.jsonl`."""
    if fmt == "jsonl":
        relative = source.relative
        for suffix in (".gz", ".zst"):
            if relative.name.endswith(suffix):
                relative = relative.with_name(relative.name[: -len(suffix)])
        return outdir / relative.with_suffix(".jsonl")
    relative = source.relative
    if relative.name.lower().endswith((".html.gz", ".htm.gz")):
        relative = relative.with_name(relative.name[:-3])  # page.html.gz -> page.txt
    return outdir / relative.with_suffix(".txt")


def _stamp_path(outdir: Path, source: Source) -> Path:
    return outdir / STAMP_DIR / (str(source.relative) + ".stamp")


def _stamp(source: Source, opts: Options) -> str:
    stat = source.path.stat()
    return f"{opts.fingerprint()} {stat.st_size} {stat.st_mtime_ns}\n"


def is_up_to_date(source: Source, outdir: Path, opts: Options) -> bool:
    """True when a previous run wrote this output from this very input (same size and mtime)
    with the same cleaner version and options; --force redoes it anyway."""
    if opts.force or opts.site_templates or opts.removed_out:
        # With templates, an output depends on the whole batch; --removed-out needs every
        # input's removals: always redo.
        return False
    target = output_path(outdir, source, input_format(source.path, opts.fmt))
    try:
        recorded = _stamp_path(outdir, source).read_text()
        return target.exists() and recorded == _stamp(source, opts)
    except (OSError, UnicodeDecodeError):
        return False


def clean_file(
    source: Source,
    outdir: Path,
    opts: Options,
    pool: Workers | None = None,
    on_chunk: Callable[[Report], None] | None = None,
    removed_sink: BinaryIO | None = None,
) -> Report:
    """Clean one file into `outdir` and return its report; a problem is a failure on the report,
    never an exception. A JSONL file's record chunks go to `pool` when one is given, and
    `on_chunk` sees the file's report after each chunk (for progress within a large file);
    `removed_sink` takes its removed lines as they come (--removed-out)."""
    report = Report(removed_sink=removed_sink)
    kind = input_format(source.path, opts.fmt)
    target = output_path(outdir, source, kind)
    name = display(source.path)
    try:
        if is_up_to_date(source, outdir, opts):
            report.skipped += 1
            return report
        if kind == "jsonl":
            with atomic_output(target) as out:
                _stream_jsonl(source, name, out, opts, report, pool, on_chunk)
        else:
            templates = _TEMPLATES.get(site_of(None, source.relative.parent), frozenset())
            _clean_text_file(source.path, name, target, opts, report, templates, kind)
        if not report.failures:  # a file with bad records is redone, and reported, every run
            atomic_write(_stamp_path(outdir, source), _stamp(source, opts).encode())
    except StrictStop:
        return report
    except InputError as exc:
        report.failures.append(str(exc))
        return report
    except OSError as exc:
        where = name if exc.filename in (None, str(source.path)) else f"{name}: {display(exc.filename)}"
        report.failures.append(f"{where}: {exc.strerror or exc}")
        return report
    report.files += 1
    return report


def _clean_text_file(
    path: Path,
    name: str,
    target: Path,
    opts: Options,
    report: Report,
    templates: frozenset[int],
    kind: Kind = "text",
) -> None:
    data = read_input(path)
    # A text file is sniffed for HTML only when the user left the format to auto.
    doc = read_document(data, name, kind, sniff=opts.fmt == "auto", markup=opts.config.html_markup)
    report.notes += reading_notes(name, doc, kind)
    result = clean_and_explain(doc.text, opts.config, hints=Hints(templates=templates, markup=doc.markup))
    result = replace(result, extraction=doc.route)
    report.add(result)
    if opts.removed_out:
        report.add_removed(result, opts.config, name, None)
    if opts.drop_empty and not result.text.strip():
        report.dropped += 1
        report.notes.append(f"{name}: nothing kept, no output written (--drop-empty)")
        report.bytes_in += len(data)
        return
    if not doc.text.strip():
        report.empty += 1
        what = "no text in the page" if doc.route else "empty input"
        report.notes.append(f"{name}: {what}, nothing to clean, written as it is")
    payload = result.text.encode("utf-8")
    atomic_write(target, payload)
    if opts.explain:
        lines = "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in result.removed)
        atomic_write(target.with_suffix(".removed.jsonl"), lines.encode("utf-8"))
    if opts.metadata:
        meta = json.dumps(result.metadata(), ensure_ascii=False) + "\n"
        atomic_write(target.with_suffix(".meta.json"), meta.encode("utf-8"))
    report.bytes_in += len(data)
    report.bytes_out += len(payload)


def _numbered_chunks(src: BinaryIO, report: Report) -> Iterator[list[tuple[int, bytes]]]:
    """The lines of a JSONL stream, numbered, in chunks of at most CHUNK_LINES lines or about
    CHUNK_BYTES bytes. They stay bytes: the workers decode them, so the parent that feeds them
    only reads and writes."""
    chunk: list[tuple[int, bytes]] = []
    size = 0
    for number, raw in enumerate(src, start=1):
        report.bytes_in += len(raw)
        size += len(raw)
        chunk.append((number, raw))
        if len(chunk) >= CHUNK_LINES or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def clean_raw_chunk(
    lines: list[tuple[int, bytes]], name: str, opts: Options, folder: str = ""
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
    data, report = clean_chunk(decoded, name, opts, folder)
    report.notes[:0] = notes
    return data, report


def _stream_jsonl(
    source: Source,
    name: str,
    out: BinaryIO,
    opts: Options,
    report: Report,
    pool: Workers | None,
    on_chunk: Callable[[Report], None] | None = None,
) -> None:
    """Read JSONL (plain, .gz or .zst) in chunks, clean them (in the pool when given), and write
    the results in input order. Memory holds at most a window of chunks."""
    with open_jsonl(source.path) as src:
        clean_stream(src, name, out, opts, report, pool, str(source.relative.parent), on_chunk)


def clean_stream(
    src: BinaryIO,
    name: str,
    out: BinaryIO,
    opts: Options,
    report: Report,
    pool: Workers | None,
    folder: str = "",
    on_chunk: Callable[[Report], None] | None = None,
) -> None:
    """Clean a JSONL byte stream (a file, or stdin) into `out` in chunks, in the pool when given,
    writing the results in input order as they come."""
    chunks = _numbered_chunks(src, report)
    if pool is None:
        results: Iterator[tuple[bytes, Report]] = (clean_raw_chunk(c, name, opts, folder) for c in chunks)
    else:
        results = ordered(pool, clean_raw_chunk, ((c, name, opts, folder) for c in chunks))
    for data, part in results:
        report.merge(part)
        if opts.strict and part.failures:
            raise StrictStop(part.failures[0])
        report.bytes_out += len(data)
        out.write(data)
        if on_chunk:
            on_chunk(report)


T = TypeVar("T")


@dataclass(frozen=True)
class Workers:
    """A process pool and its size."""

    executor: ProcessPoolExecutor
    jobs: int


def ordered(pool: Workers, fn: Callable[..., T], tasks: Iterable[tuple[object, ...]]) -> Iterator[T]:
    """Run `fn` over `tasks` in the pool, yielding results in task order, with a bounded number
    of tasks in flight (so a huge input never queues up in memory)."""
    window: deque[Future[T]] = deque()
    for args in tasks:
        window.append(pool.executor.submit(fn, *args))
        if len(window) >= pool.jobs * WINDOW_PER_JOB:
            yield window.popleft().result()
    while window:
        yield window.popleft().result()


def _init_worker(templates: Mapping[str, frozenset[int]]) -> None:
    # Workers leave Ctrl-C to the parent, which stops them and prints the summary.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _set_templates(templates)


def make_pool(jobs: int, templates: Mapping[str, frozenset[int]]) -> Workers | None:
    """A process pool for `jobs` workers, or None to work in this process."""
    if jobs <= 1:
        return None
    return Workers(
        ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(templates,)), jobs
    )


def collect_templates(sources: list[Source], opts: Options) -> Mapping[str, frozenset[int]]:
    """The first pass of --site-templates: template lines per site over every readable input
    (problems are left for the cleaning pass to report)."""
    counter = TemplateCounter()
    for source in sources:
        folder = source.relative.parent
        try:
            if input_format(source.path, opts.fmt) == "jsonl":
                with open_jsonl(source.path) as src:
                    for raw in src:
                        record = parse_jsonl_line(raw.decode("utf-8", "replace"), 0, "", opts.text_field)
                        if record.data is not None:
                            text = record.data[opts.text_field]
                            if opts.fmt == "html":
                                text = extract(text).text
                            counter.add(site_of(record.data.get("url"), folder), text)
            else:
                kind = input_format(source.path, opts.fmt)
                doc = read_document(read_input(source.path), "", kind, sniff=opts.fmt == "auto")
                counter.add(site_of(None, folder), doc.text)
        except (OSError, InputError):
            continue
    return counter.templates(opts.config.thresholds)


def run_batch(
    sources: list[Source],
    outdir: Path,
    opts: Options,
    report: Report,
    jobs: int = 1,
    on_progress: Callable[[Report], None] | None = None,
) -> None:
    """Clean every source into `outdir`, text files in parallel across files and JSONL files in
    parallel across record chunks; results are merged into `report` in input order."""
    templates = collect_templates(sources, opts) if opts.site_templates else {}
    _set_templates(templates)
    pool = make_pool(jobs, templates)
    try:
        text_files = [s for s in sources if input_format(s.path, opts.fmt) != "jsonl"]
        jsonl_files = [s for s in sources if input_format(s.path, opts.fmt) == "jsonl"]
        if pool is None:
            parts: Iterator[Report] = (clean_file(s, outdir, opts) for s in text_files)
        else:
            parts = ordered(pool, clean_file, ((s, outdir, opts) for s in text_files))
        for part in parts:
            _merge(report, part, opts, on_progress)
        for source in jsonl_files:
            live = _within_file(report, on_progress) if on_progress else None
            part = clean_file(source, outdir, opts, pool, live, report.removed_sink)
            _merge(report, part, opts, on_progress)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        if pool is not None:
            pool.executor.shutdown(wait=not report.interrupted, cancel_futures=True)


def _within_file(report: Report, on_progress: Callable[[Report], None]) -> Callable[[Report], None]:
    """Progress inside one JSONL file: the run so far plus the file's records and bytes so far."""

    def show(part: Report) -> None:
        on_progress(
            Report(
                files=report.files,
                skipped=report.skipped,
                records=report.records + part.records,
                bytes_in=report.bytes_in + part.bytes_in,
                failures=report.failures,
            )
        )

    return show


def _merge(report: Report, part: Report, opts: Options, on_progress: Callable[[Report], None] | None) -> None:
    report.merge(part)
    if on_progress:
        on_progress(report)
    if opts.strict and part.failures:
        raise StrictStop(part.failures[0])


def default_jobs() -> int:
    """CLEANER_JOBS if set, else every core this process may use."""
    env = os.environ.get("CLEANER_JOBS")
    if env:
        return max(1, int(env))
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
