"""Writing outputs: files atomically (a temporary file in the target folder, then a rename, so a
reader never sees a half-written output and an interrupted or failed run leaves none behind), and
JSONL records as UTF-8 bytes."""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import orjson


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file to write; on normal exit it replaces `path` in one rename, on any
    exception the temporary file is removed and `path` is left as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f".{_short(path.name)}.{TEMPORARY_MARK}", suffix=".tmp"
    )
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes it private; an output follows the umask
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once at import: os.umask can only be read by setting it.
_UMASK = _umask()

# The longest output name a temporary file's name repeats as it is: with the dots, the mark and
# mkstemp's 12 characters it stays under the 255 bytes most file systems allow.
MAX_TEMPORARY_STEM = 200


def _short(name: str) -> str:
    """The output's name, or a digest of it when it is too long to carry into a temporary name.

    >>> _short("a.txt"), len(_short("n" * 251 + ".txt"))
    ('a.txt', 32)
    """
    if len(os.fsencode(name)) <= MAX_TEMPORARY_STEM:
        return name
    return hashlib.sha256(os.fsencode(name)).hexdigest()[:32]


# The temporary files' names: a dot, the output's name, a dot, this mark, mkstemp's eight random
# characters, ".tmp". The mark makes them the cleaner's own: -o may be a folder that holds other
# files, and the sweep must never take one of those.
TEMPORARY_MARK = "cleaner-"
_TEMPORARY = re.compile(r"^\..+\." + TEMPORARY_MARK + r"[A-Za-z0-9_]{8}\.tmp$")


def sweep_temporaries(outdir: Path) -> int:
    """Remove temporary files a killed run left in `outdir` (a run killed with SIGKILL cannot
    clean up after itself); returns how many were removed. Only the cleaner's own (named with
    TEMPORARY_MARK) are removed."""
    removed = 0
    for dirpath, _, filenames in os.walk(outdir):
        for name in filenames:
            if _TEMPORARY.match(name):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(dirpath, name))
                    removed += 1
    return removed


class OutputBusy(OSError):
    """Another run holds the output folder's lock."""


LOCK_NAME = ".cleaner-lock"


@contextlib.contextmanager
def lock_output(outdir: Path) -> Iterator[None]:
    """Hold an exclusive lock on `outdir` (flock on a file in it) while the block runs; raise
    OutputBusy at once when another run holds it. The lock dies with the process that held it,
    so a killed run never leaves the folder locked."""
    import fcntl

    with open(outdir / LOCK_NAME, "a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusy(f"{outdir}: locked by another run") from None
        yield


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    with atomic_output(path) as fh:
        fh.write(data)


# Control characters in a name are shown escaped, so a name holding a newline cannot forge a line
# of a report.
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(32), 127)} | {10: "\\n", 13: "\\r", 9: "\\t"}


def display(path: object) -> str:
    """A path as printable text: bytes that are not UTF-8 in a file name are shown escaped, so a
    report about such a file can always be printed.

    >>> display(Path(os.fsdecode(b"caf\\xe9.txt")))
    'caf\\\\udce9.txt'
    """
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8").translate(_CONTROLS)


# The json module's spelling of orjson's output: no spaces, non-ASCII written as itself.
_COMPACT = (",", ":")


def dump_record(data: dict[str, Any]) -> bytes:
    """One JSONL record as a line of UTF-8 JSON (without the newline), compact, non-ASCII as is.

    orjson writes it: three times the json module's speed, which spent 7% of a whole --jobs 1 run
    escaping strings. Strings come out byte for byte as `json.dumps(ensure_ascii=False)` writes
    them (a test checks every code point); a float may be spelt differently (1e-7, not 1e-07),
    always with the same value. Where orjson would change the data or refuse it, the json module
    writes the record: a NaN or an infinity, which orjson would write as null; an integer beyond
    64 bits; a lone surrogate escape ("\\ud800"), which no UTF-8 can hold, so that record keeps its
    non-ASCII escaped, as the input had it.
    """
    if _all_finite(data):
        try:
            return orjson.dumps(data)
        except TypeError:  # orjson.JSONEncodeError is one: a big integer or a lone surrogate
            pass
    out = json.dumps(data, ensure_ascii=False, separators=_COMPACT)
    try:
        return out.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, separators=_COMPACT).encode("ascii")


def _all_finite(data: dict[str, Any]) -> bool:
    """No NaN or infinity anywhere in the record. Walks the containers only (a record is mostly a
    few strings), with a stack rather than recursion: JSON may nest as deep as the reader allowed."""
    stack: list[Any] = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, float) and not math.isfinite(value):
            return False
    return True


def json_bytes(value: Any) -> bytes:
    """json_value as UTF-8 bytes, straight from orjson when it can write the value."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json_value(value).encode("utf-8")


def json_value(value: Any) -> str:
    """A JSON value as compact text, non-ASCII as is (orjson; the json module where orjson
    refuses: a lone surrogate, written escaped since no UTF-8 can hold it, or a big integer).

    >>> json_value("café\\n"), json_value("half \\ud800"), json_value([{"line": 1}])
    ('"café\\\\n"', '"half \\\\ud800"', '[{"line":1}]')
    """
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:  # orjson.JSONEncodeError is one
        out = json.dumps(value, ensure_ascii=False, separators=_COMPACT)
        try:
            out.encode("utf-8")
        except UnicodeEncodeError:
            return json.dumps(value, separators=_COMPACT)
        return out
