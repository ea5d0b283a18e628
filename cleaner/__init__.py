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
    from cleaner.api import Cleaner
    from cleaner.config import Config, ConfigError, Thresholds, load_config
    from cleaner.html import clean_html, clean_html_and_explain
    from cleaner.pipeline import RULE_NAMES, RULES, CleanResult, Removal, clean, clean_and_explain

_WHERE = {
    "Cleaner": "cleaner.api",
    "Config": "cleaner.config",
    "ConfigError": "cleaner.config",
    "Thresholds": "cleaner.config",
    "load_config": "cleaner.config",
    "clean_html": "cleaner.html",
    "clean_html_and_explain": "cleaner.html",
    "RULES": "cleaner.pipeline",
    "RULE_NAMES": "cleaner.pipeline",
    "CleanResult": "cleaner.pipeline",
    "Removal": "cleaner.pipeline",
    "clean": "cleaner.pipeline",
    "clean_and_explain": "cleaner.pipeline",
}

__all__ = [
    "RULES",
    "RULE_NAMES",
    "CleanResult",
    "Cleaner",
    "Config",
    "ConfigError",
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
