"""Comment and account widgets: comment counters, sign-in and registration messages."""

from __future__ import annotations

from cleaner.document import Line
from cleaner.rules import Context, is_phrase, line_rule

NOISE_CLASS = "widgets"

WIDGET_PHRASES: tuple[str, ...] = (
    r"\(?\d*\)? ?comments?( \(?\d+\)?)?",
    r"(view|show|read|load|see|hide|open) (all |more )?(\d+ )?(comments|replies)",
    r"(leave|post|add|write) a (comment|reply)",
    r"join (our|the) (commenting forum|conversation|discussion|debate)[.!]?",
    r"join (the )?(thought-provoking )?conversations?,? .{0,100}(readers|replies|comments).{0,40}",
    r"(thank you|thanks) for (registering|your comment)[.!]?",
    r"please refresh (the|your) (page|browser).{0,200}",
    r".{0,100}\bcreate (an|a free) account (at|with|on) \S+",
    r"(sign|log) ?in( or (register|sign ?up))?( to (comment|continue|reply|your account|read more).{0,30})?[.!]?",
    r"(already (have|a) (an account|subscriber)|don't have an account)[?.]?.{0,40}",
    r"(register|sign up|log in|subscribe) to (comment|reply|continue reading|read (the )?full (article|story)).{0,40}",
    r"you must be logged in to (post|leave) a (comment|reply)[.!]?",
    r"be the first to (comment|reply|review).{0,30}",
    r"comments (are|have been) (closed|disabled|turned off).{0,40}",
    r"(your )?email address will not be published.{0,80}",
    r"required fields are marked.{0,20}",
    r"(cancel reply|reply|report|flag|like|upvote|downvote)",
    r"(most|least) (recent|popular|liked|voted)( comments)?",
    r"(sort|order) by.{0,30}",
    r"community (guidelines|rules|standards)",
)


@line_rule(NOISE_CLASS)
def widget_phrase(line: Line, ctx: Context) -> bool:
    """Remove comment and account widgets ("Comments", "Join our commenting forum",
    "Thank you for registering", "Please refresh the page...", "create an account at ...").

    Keeps prose about comments or accounts: the whole line must be the widget text.
    """
    return is_phrase(line, ctx, NOISE_CLASS, WIDGET_PHRASES)
