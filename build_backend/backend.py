"""The build backend: setuptools, which compiles the cleaning core with mypyc for a wheel.

`pip install .` (or a wheel built from the sdist) gets the rule pipeline as C extensions, about
1.7x faster per core (docs/bench.md: 14.8 MB/s compiled, 8.7 MB/s pure Python), with the same
output (tests/test_build.py, `make test-compiled`). mypyc compiles the package's own
type-annotated modules as they are; there is no second source to keep in step.

`CLEANER_COMPILE` chooses: `auto` (the default) compiles when it can and falls back to pure
Python when the C build fails (no compiler, no Python headers); `1` makes a failed build an
error; `0` builds pure Python. An editable install (`pip install -e .`, what `make` does) is
always pure Python: compiled modules next to the sources would shadow every edit to them.

Every hook is setuptools' own; this module only adds mypy (which carries mypyc) to what a wheel
build needs, and turns compiling off for editable builds. setup.py reads the same variable.
"""

from __future__ import annotations

import os
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (every hook this module does not change)

# The mypy that type-checks the project (constraints.txt) also compiles it.
MYPYC = "mypy==2.4.1"

Settings = dict[str, Any] | None


def _compiling() -> bool:
    return os.environ.get("CLEANER_COMPILE", "auto") != "0"


def _pure(hook: Any) -> Any:
    """Run a hook with compiling off: an editable build, or one that only asks for requirements
    or metadata, which do not depend on the extensions (each hook runs in its own process)."""

    def run(*args: Any, **kwargs: Any) -> Any:
        os.environ["CLEANER_COMPILE"] = "0"
        return hook(*args, **kwargs)

    run.__name__ = hook.__name__
    return run


def get_requires_for_build_wheel(config_settings: Settings = None) -> list[str]:
    compiling = _compiling()
    needs: list[str] = _pure(_setuptools.get_requires_for_build_wheel)(config_settings)
    return [*needs, MYPYC] if compiling else needs


prepare_metadata_for_build_wheel = _pure(_setuptools.prepare_metadata_for_build_wheel)
get_requires_for_build_editable = _pure(_setuptools.get_requires_for_build_editable)
prepare_metadata_for_build_editable = _pure(_setuptools.prepare_metadata_for_build_editable)
build_editable = _pure(_setuptools.build_editable)
