"""cleaner: strip boilerplate (appeals, link lists, prompts, captions, widgets, furniture) from
scraped article text, keeping every line of the article and saying why each other line went.

The public names are imported on first use (PEP 562), so that `cleaner --help` and a program
that only needs the version do not pay for the rule tables, trafilatura and lxml.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from cleaner._version import __version__

if TYPE_CHECKING:
    from cleaner.api import (
        NO_HINTS,
        Cleaner,
        CleanResult,
        Hints,
        Removal,
        clean,
        clean_and_explain,
        clean_html,
        clean_html_and_explain,
    )
    from cleaner.config import Config, ConfigError, Thresholds, load_config
    from cleaner.decoding import InputError
    from cleaner.rules.registry import RULE_NAMES, RULES

_API = (
    "NO_HINTS",
    "Cleaner",
    "CleanResult",
    "Hints",
    "Removal",
    "clean",
    "clean_and_explain",
    "clean_html",
    "clean_html_and_explain",
)
_WHERE = {
    **dict.fromkeys(_API, "cleaner.api"),
    **dict.fromkeys(("Config", "ConfigError", "Thresholds", "load_config"), "cleaner.config"),
    **dict.fromkeys(("RULES", "RULE_NAMES"), "cleaner.rules.registry"),
    "InputError": "cleaner.decoding",
}

__all__ = [
    "NO_HINTS",
    "RULES",
    "RULE_NAMES",
    "CleanResult",
    "Cleaner",
    "Config",
    "ConfigError",
    "Hints",
    "InputError",
    "Removal",
    "Thresholds",
    "__version__",
    "clean",
    "clean_and_explain",
    "clean_html",
    "clean_html_and_explain",
    "load_config",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'cleaner' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value  # once imported, found like any module attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
