"""The build under test: `make test-compiled` runs this suite against the compiled wheel.

Every other test pins behaviour; this one pins that the compiled run really imports compiled
modules (a stale PYTHONPATH or a wheel that fell back to pure Python would pass everything and
prove nothing), and that a normal run tests the sources themselves.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import cleaner

# The modules setup.py compiles (CORE): every line runs through them.
CORE = [
    "cleaner.document",
    "cleaner.lexicon",
    "cleaner.phrase_index",
    "cleaner.pipeline",
    "cleaner.rules",
    *(f"cleaner.rules.{path.stem}" for path in (Path(cleaner.__file__).parent / "rules").glob("[!_]*.py")),
]


def test_core_modules_are_the_build_under_test() -> None:
    compiled = os.environ.get("CLEANER_EXPECT_COMPILED") == "1"
    for name in CORE:
        path = importlib.import_module(name).__file__ or ""
        assert path.endswith(".so") == compiled, f"{name} from {path}"
    # The configuration and the hints are never compiled: mypyc's frozen dataclasses cannot be
    # unpickled, and --jobs sends the configuration to its workers.
    for name in ("cleaner.config", "cleaner.hints"):
        assert (importlib.import_module(name).__file__ or "").endswith(".py"), name
