"""Compiled extensions for a wheel: the cleaning core through mypyc (see build_backend/backend.py).

Metadata lives in pyproject.toml; this file only adds `ext_modules`. With `CLEANER_COMPILE=auto`
(the default) a failed compile or C build warns and leaves the pure-Python package, which
behaves the same, only slower.
"""

from __future__ import annotations

import os
import sys
from glob import glob
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The modules every cleaned line runs through (rules/registry.py, the rule table, comes with the
# glob). Not compiled: config.py and hints.py (mypyc's frozen dataclasses cannot be unpickled, and
# --jobs sends the config to its workers; hints are made once per document), api.py (a thin layer
# over the pipeline), and the I/O glue (cli, batch, readers, writers, html, page_markup), whose time is spent in
# json, trafilatura and the OS. lexicon/__init__.py is compiled (its packs, en.py and the others,
# are data and stay Python): rules ask the document's Lexicon for word sets line by line, and its
# methods ran in the interpreter, 3% of the cleaning time; no Lexicon is ever pickled (a config
# holds a language code, a result its code).
CORE = sorted(
    [
        "cleaner/document.py",
        "cleaner/lexicon/__init__.py",
        "cleaner/phrase_index.py",
        "cleaner/pipeline.py",
        *glob("cleaner/rules/*.py"),
    ]
)

MODE = os.environ.get("CLEANER_COMPILE", "auto")


def _warn(message: str) -> None:
    print(f"cleaner: {message}; installing pure Python (same output, slower)", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """build_ext that, unless CLEANER_COMPILE=1, leaves pure Python when the C build fails.

    All or nothing: mypyc's modules share one library, so a module built without it would not
    import. On a failure every extension already built is removed again.
    """

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # no compiler, no Python headers, ...
            if MODE == "1":
                raise
            for output in self.get_outputs():
                if os.path.exists(output):
                    os.remove(output)
            _warn(f"could not compile the core ({error})")


def core_extensions() -> list[Any]:
    if MODE == "0":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        if MODE == "1":
            raise
        _warn("mypyc is not available")
        return []
    # mypyc type-checks the package as mypy does (pyproject's strict settings) before compiling,
    # but a wheel build does not have the runtime dependencies installed yet: their types are
    # left as Any, and the strict checks that Any trips are off here (`make lint` runs them with
    # the dependencies present). A failure still leaves pure Python unless CLEANER_COMPILE=1.
    flags = [
        "--ignore-missing-imports",
        "--no-warn-unused-ignores",
        "--no-warn-return-any",
        "--allow-subclassing-any",
    ]
    try:
        return list(mypycify([*flags, *CORE], opt_level="3", group_name="cleaner"))
    except (Exception, SystemExit) as error:
        if MODE == "1":
            raise
        _warn(f"mypyc could not compile the core ({error!r})")
        return []


setup(ext_modules=core_extensions(), cmdclass={"build_ext": OptionalBuildExt})
