"""A one-line progress display on stderr for interactive runs: files, bytes, rate and ETA."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from cleaner.run_report import Report

# Redraw at most this often: a terminal cannot show more, and drawing costs time.
REDRAW_SECONDS = 0.1


class Progress:
    """Draws `done/total files, MB, MB/s, ETA` over itself; silent unless enabled."""

    def __init__(
        self, total_files: int, total_bytes: int, enabled: bool, stream: TextIO = sys.stderr
    ) -> None:
        self.total_files = total_files
        self.total_bytes = max(total_bytes, 1)
        self.enabled = enabled
        self.stream = stream
        self.start = time.monotonic()
        self.last = 0.0

    def __call__(self, report: Report) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < REDRAW_SECONDS:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = report.bytes_in / elapsed
        left = max(self.total_bytes - report.bytes_in, 0) / rate if rate else float("inf")
        done = report.files + report.skipped + len(report.failures)
        eta = f"{left:.0f}s" if left != float("inf") else "?"
        self.stream.write(
            f"\r{done}/{self.total_files} files, {report.records} records, "
            f"{report.bytes_in / 1e6:.1f}/{self.total_bytes / 1e6:.1f} MB, {rate / 1e6:.1f} MB/s, ETA {eta}   "
        )
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.last:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
