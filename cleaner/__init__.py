"""cleaner: strip boilerplate (appeals, link lists, prompts, captions, widgets, furniture) from
scraped article text, keeping every line of the article and saying why each other line went."""

from cleaner.api import (
    NO_HINTS,
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

__version__ = "0.1.0"

__all__ = [
    "NO_HINTS",
    "RULES",
    "RULE_NAMES",
    "CleanResult",
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
