"""The local engine: clean files and JSONL streams one input at a time or in parallel processes,
resumable (a stamp per output records what made it).

Every task (a text file, or a chunk of JSONL records) returns its own Report; the parent merges
them in input order, so the summary and every output are the same whatever `jobs` is.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from cleaner.api import Hints, clean_and_explain
from cleaner.decoding import CORRUPT_COMPRESSED, InputError
from cleaner.html import extract
from cleaner.readers import (
    Kind,
    Source,
    jsonl_line,
    open_jsonl,
    parse_jsonl_line,
    read_document,
    read_input,
    reading_notes,
    too_large,
)
from cleaner.records import NO_TEMPLATES, Options, SiteTemplates, clean_raw_chunk
from cleaner.run_report import Report, StrictStop
from cleaner.templates import TemplateCounter, site_of
from cleaner.writers import atomic_output, atomic_write, display

DEFAULT_OPTIONS = Options()

# JSONL records go to worker processes in chunks of at most this many lines and about this many
# bytes: large enough that the cost of sending them is small next to cleaning them (about 0.2 s
# of work per chunk), small enough to keep memory flat whatever the size of the records (news
# pages run from 1 KB to over 1 MB each, so a count of lines alone does not bound memory).
CHUNK_LINES = 256
CHUNK_BYTES = 1 << 20
# Tasks in flight per worker: enough to keep every worker busy, few enough to bound memory.
WINDOW_PER_JOB = 4
STAMP_DIR = ".cleaner-stamps"


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
    if opts.force or opts.site_templates or opts.removed_out:
        # With templates, an output depends on the whole batch; --removed-out needs every
        # input's removals: always redo.
        return False
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
    removed_sink: BinaryIO | None = None,
) -> Report:
    """Clean one file into `outdir` and return its report; a problem is a failure on the report,
    never an exception. A JSONL file's record chunks go to `pool` when one is given, and
    `on_chunk` sees the file's report after each chunk (for progress within a large file);
    `removed_sink` takes its removed lines as they come (--removed-out)."""
    report = Report(removed_sink=removed_sink)
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
        # A file with bad records is redone, and reported, every run; so is one --drop-empty left out.
        if not report.failures and target.exists():
            atomic_write(_stamp_path(outdir, target), _stamp(identity, target))
    except StrictStop:
        return report.unwritten()
    except InputError as exc:
        report.failures.append(str(exc))
        return report.unwritten()
    except CORRUPT_COMPRESSED as exc:
        report.failures.append(f"{name}: corrupt or truncated compressed data: {exc}")
        return report.unwritten()
    except OSError as exc:
        where = name if exc.filename in (None, str(source.path)) else f"{name}: {display(exc.filename)}"
        report.failures.append(f"{where}: {exc.strerror or exc}")
        return report.unwritten()
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
    data = read_input(path, opts.max_document_bytes)
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
    explained = target.with_suffix(".removed.jsonl")
    if opts.explain:
        lines = "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in result.removed)
        atomic_write(explained, lines.encode("utf-8"))
    else:  # a previous run's explanation no longer matches the output
        with contextlib.suppress(FileNotFoundError, OSError):  # (or the name is too long for one)
            explained.unlink()
    if opts.metadata:
        meta = json.dumps(result.metadata(), ensure_ascii=False) + "\n"
        atomic_write(target.with_suffix(".meta.json"), meta.encode("utf-8"))
    report.bytes_in += len(data)
    report.bytes_out += len(payload)


def _numbered_chunks(
    src: BinaryIO, report: Report, name: str = "", opts: Options = DEFAULT_OPTIONS
) -> Iterator[list[tuple[int, bytes]]]:
    """The lines of a JSONL stream, numbered, in chunks of at most CHUNK_LINES lines or about
    CHUNK_BYTES bytes. They stay bytes: the workers decode them, so the parent that feeds them
    only reads and writes. A line over the document limit is skipped unread (a failure), so one
    huge record never sits in memory."""
    chunk: list[tuple[int, bytes]] = []
    size = 0
    limit = opts.max_document_bytes
    for number, raw in enumerate(iter(lambda: src.readline(limit + 1), b""), start=1):
        if len(raw) > limit and not raw.endswith(b"\n"):
            report.bytes_in += len(raw) + _skip_line(src)
            report.failures.append(str(too_large(f"{name}:{number}", limit)))
            if opts.strict:
                raise StrictStop(report.failures[-1])
            continue
        report.bytes_in += len(raw)
        size += len(raw)
        chunk.append((number, raw))
        if len(chunk) >= CHUNK_LINES or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _skip_line(src: BinaryIO) -> int:
    """Read past the rest of a line, a buffer at a time; return how many bytes were skipped."""
    skipped = 0
    while piece := src.readline(CHUNK_BYTES):
        skipped += len(piece)
        if piece.endswith(b"\n"):
            break
    return skipped


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
    with open_jsonl(source.path) as src:
        clean_stream(
            src, name, out, opts, report, pool, str(source.relative.parent), on_chunk, site_templates
        )


def clean_stream(
    src: BinaryIO,
    name: str,
    out: BinaryIO,
    opts: Options,
    report: Report,
    pool: Workers | None,
    folder: str = "",
    on_chunk: Callable[[Report], None] | None = None,
    site_templates: SiteTemplates = NO_TEMPLATES,
) -> None:
    """Clean a JSONL byte stream (a file, or stdin) into `out` in chunks, in the pool when given,
    writing the results in input order as they come."""
    chunks = _numbered_chunks(src, report, name, opts)
    _clean_chunks(chunks, name, out, opts, report, pool, folder, on_chunk, site_templates)


def clean_piped_jsonl(
    src: BinaryIO, name: str, out: BinaryIO, opts: Options, report: Report, jobs: int
) -> None:
    """Clean a JSONL stream of unknown length (stdin) into `out` across at most `jobs` workers,
    started once the first chunks are read: never more workers than the stream has chunks (a
    short input starts none, where -j 100 started a hundred before reading a byte)."""
    chunks = _numbered_chunks(src, report, name, opts)
    first = list(itertools.islice(chunks, jobs if jobs > 1 else 0))
    pool = make_pool(min(jobs, len(first)))
    try:
        _clean_chunks(itertools.chain(first, chunks), name, out, opts, report, pool)
    except KeyboardInterrupt:  # Ctrl-C, SIGTERM: stop the workers now; the caller reports it
        if pool is not None:
            pool.stop()
            pool = None
        raise
    finally:
        if pool is not None:
            pool.executor.shutdown(wait=True, cancel_futures=True)


def _clean_chunks(
    chunks: Iterator[list[tuple[int, bytes]]],
    name: str,
    out: BinaryIO,
    opts: Options,
    report: Report,
    pool: Workers | None,
    folder: str = "",
    on_chunk: Callable[[Report], None] | None = None,
    site_templates: SiteTemplates = NO_TEMPLATES,
) -> None:
    if pool is None:
        results: Iterator[tuple[bytes, Report]] = (
            clean_raw_chunk(c, name, opts, folder, site_templates) for c in chunks
        )
    else:
        results = ordered(
            pool,
            clean_raw_chunk,
            ((c, name, opts, folder, site_templates) for c in chunks),
            _chunk_crashed,
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

# How long stopped workers get to remove their temporary files before they are killed.
STOP_GRACE_SECONDS = 5.0


class Workers:
    """A process pool and its size. A pool whose worker was killed from outside (the OOM killer,
    kill -9) is broken for good; `restart` replaces it."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executor = self._start()
        # Tasks submitted and not yet taken, oldest first: what a stop drains or cancels.
        self.in_flight: deque[tuple[Future[Any], tuple[object, ...]]] = deque()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, initializer=_init_worker, initargs=(os.getpid(),))

    def submit(self, fn: Callable[..., T], args: tuple[object, ...]) -> Future[T]:
        try:
            return self.executor.submit(_run_task, fn, *args)
        except BrokenProcessPool as exc:  # a worker died since the last result was taken
            future: Future[T] = Future()
            future.set_exception(exc)
            return future

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def stop(self) -> None:
        """Stop at once (Ctrl-C, SIGTERM): cancel what has not started and stop the workers,
        which remove their temporary files (SIGTERM) or are killed after a grace period."""
        # The pool keeps its processes in a private attribute; without it, shutdown alone.
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            with contextlib.suppress(OSError, ValueError):
                process.terminate()
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for process in processes:
            with contextlib.suppress(OSError, ValueError):
                process.join(max(0.0, deadline - time.monotonic()))
                if process.is_alive():
                    process.kill()


def ordered(
    pool: Workers,
    fn: Callable[..., T],
    tasks: Iterable[tuple[object, ...]],
    on_crash: Callable[[tuple[object, ...]], T],
) -> Iterator[T]:
    """Run `fn` over `tasks` in the pool, yielding results in task order, with a bounded number
    of tasks in flight (so a huge input never queues up in memory).

    When a worker dies (killed from outside), every task in flight is lost with it: the pool is
    restarted and those tasks are run again one at a time, so a task that kills its worker again
    is the one to blame; its result is `on_crash(args)` (a failure naming the input), and the
    batch goes on."""
    window = pool.in_flight
    window.clear()
    for args in tasks:
        window.append((pool.submit(fn, args), args))
        if len(window) >= pool.jobs * WINDOW_PER_JOB:
            yield from _take(pool, fn, on_crash)
    while window:
        yield from _take(pool, fn, on_crash)


def _take(pool: Workers, fn: Callable[..., T], on_crash: Callable[[tuple[object, ...]], T]) -> Iterator[T]:
    """The oldest task's result; after a worker's death, the results of every task in flight."""
    future = pool.in_flight[0][0]
    try:
        result = future.result()
    except BrokenProcessPool:
        pass
    else:
        pool.in_flight.popleft()
        yield result
        return
    suspects = [a for _, a in pool.in_flight]
    pool.in_flight.clear()
    pool.restart()
    for task in suspects:
        try:
            result = pool.submit(fn, task).result()
        except BrokenProcessPool:
            pool.restart()
            result = on_crash(task)
        yield result


def drain(pool: Workers) -> Iterator[Any]:
    """After a stop that lets work already started finish (--strict): cancel the tasks in flight
    that have not started, and yield the results of those that had (their outputs are written)."""
    for future, _ in pool.in_flight:
        if not future.cancel():
            with contextlib.suppress(Exception):
                yield future.result()
    pool.in_flight.clear()


def _init_worker(parent: int) -> None:
    # Workers leave Ctrl-C, and SIGHUP from a closed terminal (sent to the whole foreground group),
    # to the parent, which stops them and prints the summary.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    # SIGTERM from the parent (or anyone) ends the task at hand through its cleanup, so its
    # temporary file is removed.
    signal.signal(signal.SIGTERM, _exit_on_signal)
    _die_with_parent(parent)


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _run_task(fn: Callable[..., T], *args: object) -> T:
    """Run a task in a worker; a SIGTERM ends the task through its cleanup and then the worker
    (the pool would otherwise hand it the next task, whose temporary file a kill would leave)."""
    try:
        return fn(*args)
    except SystemExit as exc:
        os._exit(exc.code if isinstance(exc.code, int) else 1)


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this worker when its parent dies (even by SIGKILL), so that no worker
    goes on writing outputs for a run that is over. Elsewhere, a best effort: nothing."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>


def make_pool(jobs: int) -> Workers | None:
    """A process pool for `jobs` workers, or None to work in this process."""
    if jobs <= 1:
        return None
    return Workers(jobs)


def collect_templates(sources: list[Source], opts: Options) -> SiteTemplates:
    """The first pass of --site-templates: template lines per site over every readable input
    (problems are left for the cleaning pass to report)."""
    counter = TemplateCounter()
    for source in sources:
        folder = source.relative.parent
        try:
            if source.kind == "jsonl":
                with open_jsonl(source.path) as src:
                    limit = opts.max_document_bytes
                    lines = iter(lambda: src.readline(limit + 1), b"")  # noqa: B023 - src is this file's
                    for number, raw in enumerate(lines, start=1):
                        if len(raw) > limit and not raw.endswith(b"\n"):
                            _skip_line(src)
                            continue
                        record = parse_jsonl_line(jsonl_line(raw, number), 0, "", opts.text_field)
                        if record.data is not None:
                            text = record.data[opts.text_field]
                            if opts.fmt == "html":
                                text = extract(text).text
                            counter.add(site_of(record.data.get("url"), folder), text)
            else:
                kind = source.kind
                data = read_input(source.path, opts.max_document_bytes)
                doc = read_document(data, "", kind, sniff=opts.fmt == "auto")
                counter.add(site_of(None, folder), doc.text)
        except UNREADABLE:
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
    text_files = [s for s in sources if s.kind != "jsonl"]
    jsonl_files = [s for s in sources if s.kind == "jsonl"]
    pool = make_pool(min(jobs, _tasks_at_most(text_files, jsonl_files)))
    try:
        if pool is None:
            parts: Iterator[Report] = (clean_file(s, outdir, opts, None, None, templates) for s in text_files)
        else:
            parts = ordered(
                pool,
                clean_file,
                ((s, outdir, opts, None, None, templates) for s in text_files),
                _file_crashed,
            )
        try:
            for part in parts:
                _merge(report, part, opts, on_progress)
        except StrictStop:
            if pool is not None:  # outputs the workers had already started are written: count them
                for part in drain(pool):
                    report.merge(part)
            raise
        for source in jsonl_files:
            live = _within_file(report, on_progress) if on_progress else None
            part = clean_file(source, outdir, opts, pool, live, templates, report.removed_sink)
            _merge(report, part, opts, on_progress)
    except KeyboardInterrupt as exc:
        report.interrupted = True
        report.signal_number = getattr(exc, "signal_number", signal.SIGINT)
        if pool is not None:
            pool.stop()
    finally:
        if pool is not None and not report.interrupted:
            pool.executor.shutdown(wait=True, cancel_futures=True)


def _tasks_at_most(text_files: list[Source], jsonl_files: list[Source]) -> int:
    """At most how many tasks a batch has (a file, or a JSONL file's chunks by its size): no more
    workers than that are started."""
    chunks = 0
    for source in jsonl_files:
        try:
            chunks += source.path.stat().st_size // CHUNK_BYTES + 1
        except OSError:
            chunks += 1
    return len(text_files) + chunks


def _file_crashed(args: tuple[object, ...]) -> Report:
    source = args[0]
    assert isinstance(source, Source)
    return Report(failures=[f"{display(source.path)}: {WORKER_DIED}; skipped"])


def _chunk_crashed(args: tuple[object, ...]) -> tuple[bytes, Report]:
    lines, name = args[0], args[1]
    assert isinstance(lines, list)
    where = f"{name}:{lines[0][0]}-{lines[-1][0]}"
    return b"", Report(failures=[f"{where}: {WORKER_DIED}; these records are left out"])


# Whatever makes an input unreadable; the template pass skips it (the cleaning pass reports it).
UNREADABLE: tuple[type[Exception], ...] = (OSError, InputError, *CORRUPT_COMPRESSED)

WORKER_DIED = "the worker process cleaning it died (killed from outside, perhaps for want of memory)"


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
