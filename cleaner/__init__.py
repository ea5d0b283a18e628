"""cleaner: strip boilerplate (appeals, link lists, prompts, captions, widgets, furniture) from
scraped article text, keeping every line of the article and saying why each other line went."""

from cleaner._version import __version__
from cleaner.api import Cleaner
from cleaner.config import Config, ConfigError, Thresholds, load_config
from cleaner.html import clean_html, clean_html_and_explain
from cleaner.pipeline import RULE_NAMES, RULES, CleanResult, Removal, clean, clean_and_explain

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
