"""The local engine: clean files and JSONL streams one input at a time or in parallel processes,
resumable (a stamp per output records what made it).

Every task (a text file, or a chunk of JSONL records) returns its own Report; the parent merges
them in input order, so the summary and every output are the same whatever `jobs` is.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

from cleaner.decoding import InputError
from cleaner.html import extract
from cleaner.pipeline import clean_and_explain
from cleaner.readers import Source, open_jsonl, parse_jsonl_line, read_document, read_input, reading_notes
from cleaner.records import NO_TEMPLATES, Options, SiteTemplates, clean_raw_chunk
from cleaner.report import Report, StrictStop
from cleaner.templates import TemplateCounter, site_of
from cleaner.writers import atomic_output, atomic_write, display

# JSONL records go to worker processes in chunks of at most this many lines and about this many
# bytes: large enough that the cost of sending them is small next to cleaning them (about 0.2 s
# of work per chunk), small enough to keep memory flat whatever the size of the records (news
# pages run from 1 KB to over 1 MB each, so a count of lines alone does not bound memory).
CHUNK_LINES = 256
CHUNK_BYTES = 1 << 20
# Tasks in flight per worker: enough to keep every worker busy, few enough to bound memory.
WINDOW_PER_JOB = 4
STAMP_DIR = ".cleaner-stamps"


def output_path(outdir: Path, source: Source, fmt: str) -> Path:
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


def _stamp_path(outdir: Path, target: Path) -> Path:
    """Where the stamp of an output goes: named by a digest of the output's path, so that it
    follows the output whichever input wrote it, and stays short whatever the name's length."""
    key = hashlib.sha256(os.fsencode(target.relative_to(outdir))).hexdigest()[:32]
    return outdir / STAMP_DIR / f"{key}.stamp"


def _identity(path: Path, opts: Options) -> str:
    """What made an output: the options, and the input as it is now (its real path, device,
    inode, size, mtime and ctime: a file replaced or changed in place, even with its old mtime
    put back, has another ctime). Taken before the input is read, so an input that changes while
    it is being cleaned does not match the next time."""
    stat = path.stat()
    where = os.path.realpath(path)
    return (
        f"{opts.fingerprint()} {stat.st_dev} {stat.st_ino} {stat.st_size} {stat.st_mtime_ns} "
        f"{stat.st_ctime_ns} {where!a}"
    )


def _stamp(identity: str, target: Path) -> bytes:
    """A stamp: the input's identity and the size of the output it wrote."""
    return f"{identity} {target.stat().st_size}\n".encode()


def is_up_to_date(source: Source, outdir: Path, opts: Options, identity: str) -> bool:
    """True when a previous run wrote this output (still the size it wrote, and its explanation
    file with --explain) from this very input with the same cleaner version and options; --force
    redoes it anyway."""
    if opts.force or opts.site_templates:
        return False  # with templates, an output depends on the whole batch: always redo
    target = output_path(outdir, source, source.kind)
    try:
        recorded = _stamp_path(outdir, target).read_bytes()
        if opts.explain and source.kind != "jsonl" and not target.with_suffix(".removed.jsonl").exists():
            return False
        return recorded == _stamp(identity, target)
    except (OSError, UnicodeDecodeError):
        return False


def clean_file(
    source: Source,
    outdir: Path,
    opts: Options,
    pool: Workers | None = None,
    on_chunk: Callable[[Report], None] | None = None,
    site_templates: SiteTemplates = NO_TEMPLATES,
) -> Report:
    """Clean one file into `outdir` and return its report; a problem is a failure on the report,
    never an exception. A JSONL file's record chunks go to `pool` when one is given, and
    `on_chunk` sees the file's report after each chunk (for progress within a large file)."""
    report = Report()
    kind = source.kind
    target = output_path(outdir, source, kind)
    name = display(source.path)
    try:
        identity = _identity(source.path, opts)
        if is_up_to_date(source, outdir, opts, identity):
            report.skipped += 1
            return report
        if kind == "jsonl":
            with atomic_output(target) as out:
                _stream_jsonl(source, name, out, opts, report, pool, on_chunk, site_templates)
        else:
            templates = site_templates.get(site_of(None, source.relative.parent), frozenset())
            _clean_text_file(source.path, name, target, opts, report, templates, kind)
        if not report.failures:  # a file with bad records is redone, and reported, every run
            atomic_write(_stamp_path(outdir, target), _stamp(identity, target))
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
    kind: str = "text",
) -> None:
    data = read_input(path)
    # A text file is sniffed for HTML only when the user left the format to auto.
    doc = read_document(data, name, kind, sniff=opts.fmt == "auto", markup=opts.config.html_markup)
    report.notes += reading_notes(name, doc, kind)
    result = clean_and_explain(doc.text, opts.config, templates, doc.markup)
    if not doc.text.strip():
        report.empty += 1
        what = "no text in the page" if doc.path else "empty input"
        report.notes.append(f"{name}: {what}, empty output written")
    payload = result.text.encode("utf-8")
    atomic_write(target, payload)
    explained = target.with_suffix(".removed.jsonl")
    if opts.explain:
        lines = "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in result.removed)
        atomic_write(explained, lines.encode("utf-8"))
    else:  # a previous run's explanation no longer matches the output
        with contextlib.suppress(FileNotFoundError, OSError):  # (or the name is too long for one)
            explained.unlink()
    report.add(result)
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


def _stream_jsonl(
    source: Source,
    name: str,
    out: BinaryIO,
    opts: Options,
    report: Report,
    pool: Workers | None,
    on_chunk: Callable[[Report], None] | None = None,
    site_templates: SiteTemplates = NO_TEMPLATES,
) -> None:
    """Read JSONL (plain, .gz or .zst) in chunks, clean them (in the pool when given), and write
    the results in input order. Memory holds at most a window of chunks."""
    folder = str(source.relative.parent)
    with open_jsonl(source.path) as src:
        chunks = _numbered_chunks(src, report)
        if pool is None:
            results: Iterator[tuple[bytes, Report]] = (
                clean_raw_chunk(c, name, opts, folder, site_templates) for c in chunks
            )
        else:
            results = ordered(
                pool, clean_raw_chunk, ((c, name, opts, folder, site_templates) for c in chunks)
            )
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


def _init_worker() -> None:
    # Workers leave Ctrl-C to the parent, which stops them and prints the summary.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def make_pool(jobs: int) -> Workers | None:
    """A process pool for `jobs` workers, or None to work in this process."""
    if jobs <= 1:
        return None
    return Workers(ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker), jobs)


def collect_templates(sources: list[Source], opts: Options) -> SiteTemplates:
    """The first pass of --site-templates: template lines per site over every readable input
    (problems are left for the cleaning pass to report)."""
    counter = TemplateCounter()
    for source in sources:
        folder = source.relative.parent
        try:
            if source.kind == "jsonl":
                with open_jsonl(source.path) as src:
                    for raw in src:
                        record = parse_jsonl_line(raw.decode("utf-8", "replace"), 0, "", opts.text_field)
                        if record.data is not None:
                            text = record.data[opts.text_field]
                            if opts.fmt == "html":
                                text = extract(text).text
                            counter.add(site_of(record.data.get("url"), folder), text)
            else:
                kind = source.kind
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
    templates = collect_templates(sources, opts) if opts.site_templates else NO_TEMPLATES
    pool = make_pool(jobs)
    try:
        text_files = [s for s in sources if s.kind != "jsonl"]
        jsonl_files = [s for s in sources if s.kind == "jsonl"]
        if pool is None:
            parts: Iterator[Report] = (clean_file(s, outdir, opts, None, None, templates) for s in text_files)
        else:
            parts = ordered(pool, clean_file, ((s, outdir, opts, None, None, templates) for s in text_files))
        for part in parts:
            _merge(report, part, opts, on_progress)
        for source in jsonl_files:
            live = _within_file(report, on_progress) if on_progress else None
            _merge(report, clean_file(source, outdir, opts, pool, live, templates), opts, on_progress)
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
