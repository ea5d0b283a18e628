"""Comment and account widgets: comment counters, sign-in and registration messages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from cleaner.document import Line
from cleaner.lexicon import Lexicon, english
from cleaner.rules import Context, doc_rule, has_any, lexicon_pattern, line_rule, phrase_rule

NOISE_CLASS: Final = "widgets"


@phrase_rule(NOISE_CLASS)
def widget_phrase(line: Line) -> bool:
    """Remove comment and account widgets ("Comments", "3 thoughts on “Title”", "Like this:",
    "Join our commenting forum",
    "Thank you for registering", "Please refresh the page...", "create an account at ...").

    Keeps prose about comments or accounts: the whole line must be the widget text.
    """
    return True  # any line may be one; the whole line must be a phrase of the table


# A consent note is a few sentences of fine print; a longer line is prose about consent.
CONSENT_MAX_WORDS: Final = 120


@line_rule(NOISE_CLASS)
def form_consent(line: Line, ctx: Context) -> bool:
    """Remove the consent or terms note of a sign-up or contact form, however long its fine print
    ("By entering your email address you agree to our Terms of Use and Privacy Policy and consent
    to receive emails ...").

    Keeps prose about consent: the line must open with the form's wording ("By submitting ...",
    "Terms of submitting this form") and say that the reader agrees within a few clauses; a line
    of more than CONSENT_MAX_WORDS words is not fine print. The wording is the document
    language's CONSENT (cleaner.lexicon), and CONSENT_FIRST the characters it opens with.
    """
    lex = ctx.lexicon
    if line.n_words > CONSENT_MAX_WORDS or line.text[:1] not in lex.wordset("CONSENT_FIRST"):
        return False  # a cheap gate: the note opens with "By" or "Terms" (in English)
    consent = lexicon_pattern(lex, "CONSENT")
    return consent is not None and consent.match(line.text) is not None


# A commenter's attribution line ("Name says:", "1 reply by Name", "Reply to Name": the document
# language's ATTRIBUTION) is short, so prose that reports what someone says never matches.
COMMENT_ATTRIBUTION_MAX_WORDS: Final = 10
# Two commenters make a thread; one "X says:" line may be an interview's speaker label.
COMMENT_MIN_ATTRIBUTIONS: Final = 2
COMMENT_MIN_BUTTONS: Final = 2
_BUTTON_MAX_WORDS: Final = 3  # "reply to comment", "antwort abbrechen", ...


def is_attribution(line: Line, lex: Lexicon | None = None) -> bool:
    """A commenter's attribution line ("Name says:", "Reply to Name").

    >>> is_attribution(Line(1, "Josh Simi says"))
    True
    >>> is_attribution(Line(2, "The minister says the plan will work."))
    False
    """
    if line.n_words > COMMENT_ATTRIBUTION_MAX_WORDS or line.terminal:
        return False
    lex = lex or english()
    # Every attribution holds one of the pack's ATTRIBUTION_GATE words; looking for them is
    # cheaper than the pattern.
    if not has_any(line.norm, lex.marks("ATTRIBUTION_GATE")):
        return False
    pattern = lexicon_pattern(lex, "ATTRIBUTION")
    # "What they said", "The coach says:" head an interview's answers; commenters are names.
    first = line.words[0].lower() if line.words else ""
    return (
        pattern is not None
        and first not in lex.wordset("STOPWORDS")
        and pattern.fullmatch(line.norm) is not None
    )


@doc_rule(NOISE_CLASS, reads=(widget_phrase,))
def comment_thread(ctx: Context) -> Iterable[int]:
    """Remove a reader-comment thread: everything from the first commenter attribution ("Name
    says:", "Reply to Name", "1 reply by Name") to the end of the text, when there are at least
    two attributions and the page shows a comment counter or form ("12 Comments", "Leave a
    reply") or repeated reply buttons.

    A comment section's heading with the post's title ("3 thoughts on “Title”") starts the thread
    by itself: everything after it goes, whatever the commenters' names look like.

    Keeps an interview whose speaker labels read "The coach says:" (a function word, not a name,
    and no comment furniture there), and any text before the thread.
    """
    lines = ctx.doc.lines
    widget_lines = ctx.removed_by(widget_phrase)
    heading = lexicon_pattern(ctx.lexicon, "COMMENTS_HEADING")
    headings = [i for i in widget_lines if heading is not None and heading.fullmatch(lines[i].norm)]
    if headings:
        return [i for i in range(min(headings) + 1, len(lines)) if not ctx.is_removed(i)]
    # Comment furniture confirms the thread: a comment counter or form ("12 Comments", "Leave a
    # reply"), or reply buttons repeated; one "Reply" or "Report" may be an article's heading.
    # (Checked first: most texts have none, and then no line needs a closer look.)
    # The pack's COMMENT_MARKS say which widget lines are those; a pack without them takes any
    # line of its widgets table (its counters, forms, like buttons).
    marks = ctx.lexicon.marks("COMMENT_MARKS")
    widgets = any(has_any(lines[i].norm, marks) for i in widget_lines)
    words = ctx.lexicon.wordset("COMMENT_BUTTONS")
    buttons = sum(line.n_words <= _BUTTON_MAX_WORDS and line.norm in words for line in lines)
    if not widgets and buttons < COMMENT_MIN_BUTTONS:
        return []
    attributions = [
        i for i, line in enumerate(lines) if not ctx.is_removed(i) and is_attribution(line, ctx.lexicon)
    ]
    if len(attributions) < COMMENT_MIN_ATTRIBUTIONS:
        return []
    return [i for i in range(attributions[0], len(lines)) if not ctx.is_removed(i)]
