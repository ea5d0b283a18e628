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
    Keeps a bulleted item among short items (Line.item: "- Start a free trial" in a how-to's
    checklist), which is a step of the article's list, not a button.
    """
    return not (line.bullet and line.item)
