"""App, channel, social, newsletter and notification prompts, and share buttons."""

from __future__ import annotations

from typing import Final

from cleaner.document import Line
from cleaner.rules import phrase_rule

NOISE_CLASS: Final = "prompts"


@phrase_rule(NOISE_CLASS)
def prompt_phrase(line: Line) -> bool:
    """Remove app, channel, social, newsletter and notification prompts and share buttons
    ("Get <Outlet> on WhatsApp", "Tap here to follow", "Sign up for our newsletter", "Join our
    newsletter", "... delivered right to your inbox", "Read our full <product> review", "Share",
    "Click to share on <network> (Opens in new window)").

    Keeps prose that mentions WhatsApp, newsletters or sharing: the whole line must be the prompt.
    """
    return True  # any line may be one; the whole line must be a phrase of the table
