"""Writing outputs atomically: a temporary file in the target folder, then a rename, so a reader
never sees a half-written output and an interrupted or failed run leaves none behind."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file to write; on normal exit it replaces `path` in one rename, on any
    exception the temporary file is removed and `path` is left as it was."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# mkstemp's names: a dot, the output's name, a dot, eight random characters, ".tmp".
_TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")


def sweep_temporaries(outdir: Path) -> int:
    """Remove temporary files a killed run left in `outdir` (a run killed with SIGKILL cannot
    clean up after itself); returns how many were removed."""
    removed = 0
    for dirpath, _, filenames in os.walk(outdir):
        for name in filenames:
            if _TEMPORARY.match(name):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(dirpath, name))
                    removed += 1
    return removed


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    with atomic_output(path) as fh:
        fh.write(data)


def display(path: object) -> str:
    """A path as printable text: bytes that are not UTF-8 in a file name are shown escaped, so a
    report about such a file can always be printed.

    >>> display(Path(os.fsdecode(b"caf\\xe9.txt")))
    'caf\\\\udce9.txt'
    """
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8")
