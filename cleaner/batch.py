"""Cleaning files and record streams, and the report that counts what happened and decides the
exit status. Each input is cleaned on its own: a failure is recorded and the batch goes on."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cleaner.config import Config
from cleaner.pipeline import CleanResult, clean_and_explain
from cleaner.readers import InputError, Source, decode, input_format, parse_jsonl_line
from cleaner.writers import atomic_output, atomic_write, display


@dataclass
class Report:
    """What a run did: counts, lines removed per rule, notes and failures. Decides exit status."""

    strict: bool = False
    files: int = 0
    records: int = 0
    empty: int = 0
    lines_in: int = 0
    lines_removed: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def add(self, result: CleanResult) -> None:
        self.lines_in += len(result.kept) + len(result.removed)
        self.lines_removed.update(result.counts())

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0

    def summary(self) -> str:
        removed = sum(self.lines_removed.values())
        out = [
            f"cleaned {self.files} file(s) ({self.empty} empty), {self.records} record(s); "
            f"{removed} of {self.lines_in} non-blank line(s) removed; {len(self.failures)} failure(s)"
        ]
        out += [f"  {rule:<24}{count:>8}" for rule, count in sorted(self.lines_removed.items())]
        out += [f"note: {note}" for note in self.notes]
        out += [f"error: {failure}" for failure in self.failures]
        return "\n".join(out)


class StrictStop(Exception):
    """--strict: the first bad record or file ends the run."""


def fail(report: Report, message: str) -> None:
    """Record a failure; under --strict, stop the run."""
    report.failures.append(message)
    if report.strict:
        raise StrictStop(message)


def clean_record(
    raw: str, number: int, name: str, config: Config, text_field: str, explain: bool, report: Report
) -> str | None:
    """Clean one JSONL line; return the output line, or None (and a failure) for a bad record.

    Every field but the text field passes through unchanged, in its original order.
    """
    record = parse_jsonl_line(raw, number, name, text_field)
    if record.data is None:
        fail(report, record.error or f"{name}:{number}: bad record")
        return None
    result = clean_and_explain(record.data[text_field], config)
    report.records += 1
    report.add(result)
    data = dict(record.data)
    data[text_field] = result.text
    if explain:
        data["removed"] = [r.to_dict() for r in result.removed]
    return json.dumps(data, ensure_ascii=False)


def clean_jsonl(
    lines: Iterable[str], name: str, config: Config, text_field: str, explain: bool, report: Report
) -> Iterator[str]:
    """Clean a stream of JSONL lines one record at a time, in input order; blank lines are skipped."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        out = clean_record(raw, number, name, config, text_field, explain, report)
        if out is not None:
            yield out + "\n"


def output_path(outdir: Path, source: Source, fmt: str) -> Path:
    """Where a source's output goes: the relative tree mirrored, `.txt` or `.jsonl`."""
    suffix = ".jsonl" if fmt == "jsonl" else ".txt"
    return outdir / source.relative.with_suffix(suffix)


def clean_file(
    source: Source,
    outdir: Path,
    config: Config,
    *,
    fmt: str = "auto",
    text_field: str = "text",
    explain: bool = False,
    report: Report,
) -> None:
    """Clean one file into `outdir`; any problem becomes a failure on the report, never a crash."""
    kind = input_format(source.path, fmt)
    target = output_path(outdir, source, kind)
    name = display(source.path)
    try:
        if kind == "jsonl":
            _clean_jsonl_file(source.path, name, target, config, text_field, explain, report)
        else:
            _clean_text_file(source.path, name, target, config, explain, report)
    except InputError as exc:
        fail(report, str(exc))
        return
    except OSError as exc:
        where = name if exc.filename in (None, str(source.path)) else display(target)
        fail(report, f"{where}: {exc.strerror or exc}")
        return
    report.files += 1


def _clean_text_file(
    path: Path, name: str, target: Path, config: Config, explain: bool, report: Report
) -> None:
    decoded = decode(path.read_bytes(), name)
    if decoded.warning:
        report.notes.append(decoded.warning)
    result = clean_and_explain(decoded.text, config)
    if not decoded.text.strip():
        report.empty += 1
        report.notes.append(f"{name}: empty input, empty output written")
    atomic_write(target, result.text.encode("utf-8"))
    if explain:
        lines = "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in result.removed)
        atomic_write(target.with_suffix(".removed.jsonl"), lines.encode("utf-8"))
    report.add(result)


def _clean_jsonl_file(
    path: Path, name: str, target: Path, config: Config, text_field: str, explain: bool, report: Report
) -> None:
    """Stream a JSONL file record by record into an atomic output: memory stays flat."""
    with path.open("rb") as src, atomic_output(target) as out:
        lines = (_decode_jsonl_line(raw, number, name, report) for number, raw in enumerate(src, start=1))
        for line in clean_jsonl(lines, name, config, text_field, explain, report):
            out.write(line.encode("utf-8"))


def _decode_jsonl_line(raw: bytes, number: int, name: str, report: Report) -> str:
    try:
        return raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        report.notes.append(f"{name}:{number}: invalid UTF-8 bytes replaced with U+FFFD")
        return raw.decode("utf-8", errors="replace")
