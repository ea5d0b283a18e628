"""What a batch run did: counts, bytes, lines removed per rule, notes and failures; the report
decides the exit status and prints the summary. Every task returns its own Report and the parent
merges them in input order."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from cleaner._version import __version__
from cleaner.writers import dump_record

if TYPE_CHECKING:
    from cleaner.config import Config
    from cleaner.pipeline import CleanResult


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
    # The signal that interrupted the run (Ctrl-C's SIGINT, SIGTERM, SIGHUP): the exit status is 128 + it.
    signal_number: int = 2
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

    def unwritten(self) -> Report:
        """This report for an output that was not written: its notes and failures, no counts
        (the summary counts only what reached the disk)."""
        return Report(notes=self.notes, failures=self.failures, interrupted=self.interrupted)

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 128 + self.signal_number
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


class Terminated(KeyboardInterrupt):
    """SIGTERM (what timeout, Slurm and Kubernetes send) or SIGHUP (the terminal or session
    closed), handled like Ctrl-C: the run stops, cleans up and prints its summary, and exits
    128 + the signal's number (143, 129)."""

    def __init__(self, signal_number: int = 15) -> None:
        super().__init__(signal_number)
        self.signal_number = signal_number
