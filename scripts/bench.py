"""`make bench`: how fast cleaner is, next to its peers and `cat`, and how much memory it takes.

One run times, on the same inputs, each system in a fresh process:

- cleaner at `--jobs 1` and `--jobs 2` over one JSONL file made of the WCXB dev pages' text forms
  (page.jsonl and article-recall.jsonl `text` fields) repeated to at least 100 MB. With
  `--compiled DIR` (what `make bench` passes) these run the wheel `pip install` builds, its core
  compiled with mypyc, and one more row runs the pure-Python sources at `--jobs 1`; and once more
  at `--jobs 1` with `--language en` (language detection off, the model never loaded), so that
  what detection costs (issue 16: at most 10%) is printed under the table;
- `cat` of the same file, the floor: reading and writing the bytes and nothing else;
- jusText over the same text (each line a paragraph, as `make eval` runs it) on every k-th record,
  since it is much slower (rates are per MB, so they compare);
- trafilatura over the HTML of the same pages (html/*.html.gz, decompressed, a leading subset).

MB/s counts the text cleaned (UTF-8 bytes of the `text` fields; for trafilatura the HTML, for
`cat` the file). Wall time includes starting the process, reading and writing: what a user waits
for. Each timed row is the fastest of `--repeat` runs (3 by default), made in rounds that run
every system once, so that a slow spell of a shared machine falls on every system alike. Peak memory is measured two ways: the largest single process (GNU time's %M where
present, else getrusage RUSAGE_CHILDREN ru_maxrss; each run from a fresh measuring process, so no
run sees another's peak), in every row; and all the run's processes together (their PSS from
/proc/PID/smaps_rollup summed, sampled every 20 ms; PSS shares copy-on-write pages between a
parent and its forked workers fairly), in the memory section only: that sampling costs CPU,
which the timed runs would pay for.

The memory section cleans the 100 MB file again at `--jobs 1` and `--jobs 2`, sampling, and with
`--memory-gb N` also a JSONL file of at least N GB (the same records repeated, written
streaming): memory that does not grow with the input is flat streaming.

The table is printed and written to docs/bench.md. Without the data it says so and exits 0.
Timings on a shared machine are noisy: compare rows of one run, not runs of different days.
"""

from __future__ import annotations

import argparse
import filecmp
import gzip
import html
import json
import os
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

FORMS = ("page", "article-recall")
MB = 1_000_000


@dataclass
class Measured:
    """One run of one command: wall seconds and peak memory in MB (largest process, all)."""

    seconds: float
    peak_process_mb: float
    peak_total_mb: float
    returncode: int


@dataclass
class Row:
    name: str
    text_mb: float
    docs: int
    run: Measured
    note: str = ""

    @property
    def mb_per_s(self) -> float:
        return self.text_mb / self.run.seconds

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.run.seconds


# ---------------------------------------------------------------------------------------------
# Measuring (runs inside a fresh process: `bench.py _measure CMD...`)


def _tree(pid: int) -> list[int]:
    """The process and all its descendants (Linux /proc)."""
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except OSError:
            continue
    return out


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure_here(cmd: list[str], stdout: str | None, sample_all: bool = True) -> Measured:
    """Run `cmd` (stdout to a file if given) and measure it; call only in a fresh process.

    GNU time, where present, reports the largest process's peak RSS without counting the pages a
    forking Python process had before it ran the command; else getrusage does. With `sample_all`
    a thread also sums the PSS of the whole process tree every 20 ms; else that peak is -1."""
    peak = [0 if sample_all else -1024]
    gnu_time = Path("/usr/bin/time")
    fd, maxrss_file = tempfile.mkstemp(suffix=".maxrss")
    os.close(fd)
    if gnu_time.exists():
        cmd = [str(gnu_time), "-f", "%M", "-o", maxrss_file, *cmd]
    start = time.perf_counter()
    with open(stdout or os.devnull, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out)
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], sum(_pss_kb(p) for p in _tree(proc.pid)))
                done.wait(0.02)

        sampler = threading.Thread(target=sample if sample_all else done.wait, daemon=True)
        sampler.start()
        code = proc.wait()
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
    maxrss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(maxrss_file) as fh:
        reported = fh.read().split()
    os.unlink(maxrss_file)
    if gnu_time.exists() and reported and reported[-1].isdigit():
        maxrss_kb = int(reported[-1])
    return Measured(seconds, maxrss_kb / 1024, peak[0] / 1024, code)


def measure(
    cmd: list[str], stdout: Path | None = None, env: dict[str, str] | None = None, sample_all: bool = True
) -> Measured:
    """Measure `cmd` from a fresh process, so its peak memory is its own; `env` adds to the
    environment `cmd` runs in. `sample_all=False` for timings: reading every process's
    smaps_rollup 50 times a second costs CPU, which a run using every core pays for (a --jobs 2
    run on two cores lost about 3% to it); the memory section samples instead."""
    sampling = "sample" if sample_all else "time-only"
    wrapper = [sys.executable, __file__, "_measure", str(stdout or ""), sampling, "--", *cmd]
    result = subprocess.run(
        wrapper, capture_output=True, text=True, check=True, env={**os.environ, **(env or {})}
    )
    data = json.loads(result.stdout.strip().splitlines()[-1])
    measured = Measured(**data)
    if measured.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} exited {measured.returncode}")
    return measured


# ---------------------------------------------------------------------------------------------
# Inputs


def dev_records(data: Path) -> Iterator[dict[str, str]]:
    for form in FORMS:
        with (data / f"{form}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    record = json.loads(line)
                    yield {
                        "id": f"{form}-{record['id']}",
                        "url": record.get("url", ""),
                        "text": record["text"],
                    }


def build_jsonl(data: Path, target: Path, min_bytes: int) -> tuple[int, int]:
    """Write the dev records, repeated, until the file has `min_bytes`; streaming, so a file of
    any size costs no memory. Returns (records, UTF-8 bytes of the text fields)."""
    records = list(dev_records(data))
    count = text_bytes = size = 0
    with target.open("w", encoding="utf-8") as out:
        while size < min_bytes:
            for record in records:
                line = json.dumps(record, ensure_ascii=False) + "\n"
                out.write(line)
                size += len(line.encode("utf-8"))
                count += 1
                text_bytes += len(record["text"].encode("utf-8"))
                if size >= min_bytes:
                    break
    return count, text_bytes


def sample(path: Path, min_text_bytes: int) -> tuple[list[str], int]:
    """Every k-th text of a bench JSONL file, k chosen so that they add up to about
    `min_text_bytes`: a sample of the whole file, both text forms in their proportions. (The
    leading texts would all be page scrapes, whose many short lines make every system slower
    per MB than article text does.)"""
    with path.open(encoding="utf-8") as fh:
        total_bytes = sum(len(json.loads(line)["text"].encode("utf-8")) for line in fh)
        fh.seek(0)
        step = max(1, total_bytes // max(min_text_bytes, 1))
        texts, total = [], 0
        for n, line in enumerate(fh):
            if n % step == 0:
                text = json.loads(line)["text"]
                texts.append(text)
                total += len(text.encode("utf-8"))
    return texts, total


def html_pages(data: Path, min_bytes: int) -> tuple[list[Path], int]:
    """The first HTML pages (sorted by name) that add up to `min_bytes` decompressed."""
    pages, total = [], 0
    for path in sorted((data / "html").glob("*.html.gz")):
        pages.append(path)
        total += len(gzip.decompress(path.read_bytes()))
        if total >= min_bytes:
            break
    return pages, total


# ---------------------------------------------------------------------------------------------
# Peers (each runs inside a fresh process: `bench.py _justext FILE BYTES`, `_trafilatura ...`)


def run_justext(path: Path, min_text_bytes: int) -> None:
    """jusText over the text, each line a paragraph, default English settings (as make eval)."""
    import justext

    stoplist = justext.get_stoplist("English")
    texts, _ = sample(path, min_text_bytes)
    for text in texts:
        page = (
            "<html><body>" + "".join(f"<p>{html.escape(x)}</p>" for x in text.splitlines()) + "</body></html>"
        )
        kept = [p.text for p in justext.justext(page, stoplist) if not p.is_boilerplate]
        sys.stdout.write("\n".join(kept) + "\n")


def run_trafilatura(data: Path, min_bytes: int) -> None:
    """trafilatura's default extraction over the original HTML."""
    import trafilatura

    pages, _ = html_pages(data, min_bytes)
    for path in pages:
        out = trafilatura.extract(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
        sys.stdout.write((out or "") + "\n")


# ---------------------------------------------------------------------------------------------
# The run


@dataclass(frozen=True)
class Build:
    """Which cleaner a row runs: the compiled wheel unpacked in a folder, or the editable
    install's pure-Python sources."""

    label: str
    path: Path | None = None

    @property
    def env(self) -> dict[str, str]:
        return {"PYTHONPATH": str(self.path.resolve())} if self.path else {}

    def check(self) -> None:
        """Refuse to time a build other than the one named (a stale or pure-Python wheel)."""
        probe = "import cleaner.pipeline as p; print(p.__file__)"
        found = subprocess.run(
            [sys.executable, "-P", "-c", probe],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, **self.env},
        ).stdout.strip()
        compiled = not found.endswith(".py")
        if compiled != (self.path is not None) or (
            self.path and not found.startswith(str(self.path.resolve()))
        ):
            raise SystemExit(f"bench: {self.label} build expected, but cleaner.pipeline is {found}")


PURE = Build("pure Python")


def cleaner_cmd(src: Path, out: Path, jobs: int, *extra: str) -> list[str]:
    # -P: the repository's own sources (the current folder) must not shadow the build under test.
    return [
        sys.executable,
        "-P",
        "-m",
        "cleaner",
        "clean",
        str(src),
        "-o",
        str(out),
        "-j",
        str(jobs),
        "-q",
        "--force",
        *extra,
    ]


# The row that cleans with language detection off (issue 16: detection may cost at most 10%).
NO_DETECTION: Final = "cleaner --jobs 1 --language en"


@dataclass
class Timing:
    """One timed row to be: what it runs and how its rate is counted."""

    name: str
    text_mb: float
    docs: int
    cmd: list[str]
    note: str = ""
    env: dict[str, str] | None = None
    stdout: Path | None = None


def best_of(timings: list[Timing], repeat: int) -> list[Measured]:
    """Run every timing `repeat` times, in rounds (each round runs them all once, so a slow spell
    of the machine falls on every system alike), and keep each one's fastest run; its peak
    memory is the largest of its runs."""
    best: list[Measured | None] = [None] * len(timings)
    for round_ in range(repeat):
        for k, timing in enumerate(timings):
            print(f"  round {round_ + 1}/{repeat}: {timing.name} ({timing.note[:40]}) ...", file=sys.stderr)
            run = measure(timing.cmd, timing.stdout, timing.env, sample_all=False)
            known = best[k]
            if known is not None:
                peak = max(known.peak_process_mb, run.peak_process_mb)
                run = run if run.seconds < known.seconds else known
                run = Measured(run.seconds, peak, run.peak_total_mb, run.returncode)
            best[k] = run
    return [m for m in best if m is not None]


def speed_rows(
    data: Path, work: Path, size_mb: int, justext_mb: int, html_mb: int, build: Build, repeat: int
) -> list[Row]:
    src = work / "bench.jsonl"
    records, text_bytes = build_jsonl(data, src, size_mb * MB)
    file_mb = src.stat().st_size / MB
    print(
        f"input: {src.name}, {file_mb:.0f} MB, {records} records, {text_bytes / MB:.0f} MB of text",
        file=sys.stderr,
    )
    text_mb = text_bytes / MB
    timings = [
        Timing(
            f"cleaner --jobs {jobs}",
            text_mb,
            records,
            cleaner_cmd(src, work / f"out{jobs}", jobs),
            build.label,
            build.env,
        )
        for jobs in (1, 2)
    ]
    if build != PURE:
        timings.append(
            Timing(
                "cleaner --jobs 1",
                text_mb,
                records,
                cleaner_cmd(src, work / "out_pure", 1),
                "pure Python (editable install)",
                PURE.env,
            )
        )
    # The same input with detection off: every document read as English, the language model never
    # loaded; against `cleaner --jobs 1` (auto), what detecting each text's language costs.
    timings.append(
        Timing(
            NO_DETECTION,
            text_mb,
            records,
            cleaner_cmd(src, work / "out_en", 1, "--language", "en"),
            build.label + ", language detection off",
            build.env,
        )
    )
    # The pipeline form: the same file on stdin, clean JSONL on stdout, at --jobs 2.
    stdin_cmd = shlex.join([*cleaner_cmd(Path("-"), work, 2)[:5], "--format", "jsonl", "-j", "2", "-q", "-"])
    timings.append(
        Timing(
            "cleaner --jobs 2 (stdin)",
            text_mb,
            records,
            ["sh", "-c", f"exec {stdin_cmd} < {shlex.quote(str(src))}"],
            build.label + ", stdin to stdout",
            build.env,
            stdout=work / "stdin2.out",
        )
    )
    timings.append(
        Timing("cat (floor)", file_mb, records, ["cat", str(src)], "the whole file", stdout=work / "cat.out")
    )
    texts, subset = sample(src, justext_mb * MB)
    timings.append(
        Timing(
            "jusText (text)",
            subset / MB,
            len(texts),
            [sys.executable, __file__, "_justext", str(src), str(justext_mb * MB)],
            f"every {len(texts) and records // len(texts)}th record of the same file: {subset / MB:.0f} MB ({len(texts)} docs)",
        )
    )
    pages, html_bytes = html_pages(data, html_mb * MB)
    timings.append(
        Timing(
            "trafilatura (HTML)",
            html_bytes / MB,
            len(pages),
            [sys.executable, __file__, "_trafilatura", str(data), str(html_mb * MB)],
            f"first {len(pages)} pages' HTML, {html_bytes / MB:.0f} MB",
        )
    )
    runs = best_of(timings, repeat)
    rows = [Row(t.name, t.text_mb, t.docs, run, t.note) for t, run in zip(timings, runs, strict=True)]
    same = filecmp.cmp(work / "out1" / src.name, work / "out2" / src.name, shallow=False)
    rows[1].note += ", output byte-identical to --jobs 1" if same else ", OUTPUT DIFFERS FROM --jobs 1"
    if build != PURE:
        same = filecmp.cmp(work / "out1" / src.name, work / "out_pure" / src.name, shallow=False)
        rows[2].note += ", output " + (
            "byte-identical to the compiled build" if same else "DIFFERS FROM THE COMPILED BUILD"
        )
    stdin_row = next(r for r in rows if r.name == "cleaner --jobs 2 (stdin)")
    same = filecmp.cmp(work / "out1" / src.name, work / "stdin2.out", shallow=False)
    stdin_row.note += ", output byte-identical to --jobs 1" if same else ", OUTPUT DIFFERS FROM --jobs 1"
    (work / "stdin2.out").unlink(missing_ok=True)
    for name in ("out1", "out2", "out_pure", "out_en"):
        shutil.rmtree(work / name, ignore_errors=True)
    (work / "cat.out").unlink(missing_ok=True)
    return rows


def memory_rows(data: Path, work: Path, size_mb: int, memory_gb: float, build: Build) -> list[Row]:
    rows = []
    sizes = [(f"{size_mb} MB", size_mb * MB)]
    if memory_gb:
        sizes.append((f"{memory_gb:g} GB", int(memory_gb * 1000 * MB)))
    for label, size in sizes:
        src = work / "memory.jsonl"
        records, text_bytes = build_jsonl(data, src, size)
        file_mb = src.stat().st_size / MB
        for jobs in (1, 2):
            print(f"  cleaner --jobs {jobs} on {file_mb:.0f} MB ...", file=sys.stderr)
            run = measure(cleaner_cmd(src, work / "out", jobs), env=build.env)
            rows.append(
                Row(
                    f"cleaner --jobs {jobs}",
                    text_bytes / MB,
                    records,
                    run,
                    f"{label}: {file_mb:,.0f} MB file",
                )
            )
            shutil.rmtree(work / "out", ignore_errors=True)
        src.unlink()
    return rows


def speed_table(rows: list[Row]) -> str:
    base = rows[0].mb_per_s
    out = [
        "| system | MB | docs | seconds | MB/s | docs/s | peak MB (largest process) "
        "| MB/s vs cleaner -j1 | docs/s vs cleaner -j1 | input |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in rows:
        out.append(
            f"| {r.name} | {r.text_mb:,.1f} | {r.docs:,} | {r.run.seconds:.1f} | {r.mb_per_s:,.1f} | {r.docs_per_s:,.0f} "
            f"| {r.run.peak_process_mb:.0f} | {r.mb_per_s / base:.2f}x "
            f"| {r.docs_per_s / rows[0].docs_per_s:.2f}x | {r.note or 'the whole file'} |"
        )
    return "\n".join(out)


def memory_table(rows: list[Row]) -> str:
    out = [
        "| run | input | seconds | MB/s | peak MB (largest process) | peak MB (all processes) |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        out.append(
            f"| {r.name} | {r.note} | {r.run.seconds:.1f} | {r.mb_per_s:.1f} | {r.run.peak_process_mb:.0f} | {r.run.peak_total_mb:.0f} |"
        )
    return "\n".join(out)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1].startswith("_"):
        return _internal(sys.argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "data", type=Path, help="the WCXB dev set folder (page.jsonl, article-recall.jsonl, html/)"
    )
    parser.add_argument("--size-mb", type=int, default=100, help="size of the bench JSONL file")
    parser.add_argument("--justext-mb", type=int, default=5, help="text jusText cleans (it is slow)")
    parser.add_argument("--html-mb", type=int, default=20, help="HTML trafilatura extracts (it is slow)")
    parser.add_argument("--memory-gb", type=float, default=0, help="also clean a file this large (0: skip)")
    parser.add_argument("--out", type=Path, default=Path("docs/bench.md"))
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed runs per system, in rounds; the fastest counts"
    )
    parser.add_argument(
        "--compiled",
        type=Path,
        help="a folder holding the compiled wheel, unpacked (`make compiled`): the cleaner rows run "
        "it, and one more row runs the pure-Python sources",
    )
    parser.add_argument(
        "--workdir", type=Path, help="where the inputs are made (default: a temporary folder)"
    )
    args = parser.parse_args()
    if not all((args.data / f"{form}.jsonl").is_file() for form in FORMS):
        print(
            f"bench: no dev set at {args.data} (page.jsonl, article-recall.jsonl); skipped", file=sys.stderr
        )
        return 0
    build = Build("compiled wheel", args.compiled) if args.compiled else PURE
    build.check()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="cleaner-bench-", dir=args.workdir) as tmp:
        work = Path(tmp)
        rows = speed_rows(args.data, work, args.size_mb, args.justext_mb, args.html_mb, build, args.repeat)
        memory = memory_rows(args.data, work, args.size_mb, args.memory_gb, build)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    jobs1, jobs2 = rows[0], rows[1]
    justext = next(row for row in rows if row.name.startswith("jusText"))
    english = next(row for row in rows if row.name == NO_DETECTION)
    lines = [
        "# Benchmark",
        "",
        f"`make bench` on {time.strftime('%Y-%m-%d')}, {cores} cores, Python {sys.version.split()[0]}; "
        f"load average {load_before:.1f} before and {os.getloadavg()[0]:.1f} after (other work on the "
        f"machine slows every row). Each timed row is the fastest of {args.repeat} runs, made in rounds "
        "that run every system once. Written by scripts/bench.py, which says how each number is measured.",
        "",
        speed_table(rows),
        "",
        f"- cleaner per core: {jobs1.mb_per_s:.1f} MB/s of text; `--jobs 2` is "
        f"{jobs2.mb_per_s / jobs1.mb_per_s:.2f}x `--jobs 1`; cleaner is "
        f"{jobs1.mb_per_s / justext.mb_per_s:.1f}x jusText on the same text ({build.label}).",
        f"- language detection: `--jobs 1` takes {jobs1.run.seconds / english.run.seconds - 1:+.1%} of the time "
        f"of `{NO_DETECTION.removeprefix('cleaner ')}` (detection off) on the same file (issue 16: at most +10%).",
    ]
    if memory:
        lines += [
            "",
            "## Memory and input size",
            "",
            "Peak memory of whole runs over a JSONL file of each size (the same records repeated):",
            "",
            memory_table(memory),
        ]
    report = "\n".join(lines) + "\n"
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report)
    print(f"written to {args.out}", file=sys.stderr)
    return 0


def _internal(argv: list[str]) -> int:
    command = argv[0]
    if command == "_measure":
        stdout, sampling, cmd = argv[1], argv[2], argv[4:]
        print(json.dumps(measure_here(cmd, stdout or None, sampling == "sample").__dict__))
    elif command == "_justext":
        run_justext(Path(argv[1]), int(argv[2]))
    elif command == "_trafilatura":
        run_trafilatura(Path(argv[1]), int(argv[2]))
    else:
        raise SystemExit(f"bench: unknown internal command {command}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
