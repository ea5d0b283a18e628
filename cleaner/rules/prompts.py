"""App, channel, social, newsletter and notification prompts, and share buttons."""

from __future__ import annotations

from typing import Final

from cleaner.document import Line
from cleaner.rules import phrase_rule

NOISE_CLASS: Final = "prompts"

_NETWORK: Final = (
    r"(whatsapp|telegram|signal|viber|google news|apple news|flipboard|instagram|facebook|x|"
    r"twitter|youtube|tiktok|threads|bluesky|linkedin|pinterest|snapchat|reddit|mastodon|rss)"
)

PROMPT_PHRASES: Final[tuple[str, ...]] = (
    # App and channel prompts: "Get <Outlet> on WhatsApp", "Follow us on Instagram".
    rf"get (the )?.{{1,40}} (on|via) {_NETWORK}( channel)?",
    r"get (the )?.{1,40} app",
    rf"(follow|join|find|like|add) (me|us|our [\w' ]{{1,25}}?) (on|in|via) {_NETWORK}.{{0,60}}",
    r"follow (me|us) on social( media)?[.!]?",
    rf"follow (us|our [\w ]{{0,20}}channel)( on {_NETWORK})?(,| and| to) .{{0,60}}",
    r"follow our (\w+ )?channel( on \w+)?( and never miss (an|a) (update|story|thing))?[.!]?",
    r"never miss (a|an) (story|update|thing|beat)[.!]?.{0,40}",
    r"(tap|click|press) here to (follow|subscribe|join|sign up|download|get|receive).{0,40}",
    r"stay (up to date|informed|updated|in the know) with (notifications|alerts|the latest|breaking news) from .{1,50}",
    r"(turn on|enable|allow|get) (browser |push |breaking news )?(notifications|alerts).{0,60}",
    r"notifications can be managed in (your )?browser (preferences|settings)[.!]?",
    r"(download|install) (the|our) .{1,40} app.{0,40}",
    # Newsletters.
    r"(sign up|subscribe|register)( now| today| free)? (for|to) (our|the|my) .{0,40}(newsletters?|emails?|digest|briefing|alerts).{0,60}",
    r"(sign up|subscribe)( now| here| today)?[.!]?",
    r"(get|receive) (our|the) .{0,40}(newsletter|briefing|digest).{0,30}( in your inbox)?.{0,40}",
    r".{0,40}(newsletter|briefing) (sign[- ]?up|signup)",
    r"(enter|type) your e-?mail( address)?.{0,40}",
    r"(join|subscribe to) (our|my|the) .{0,30}(newsletter|mailing list|email list)[.!]?( .{0,100})?",
    r"subscribe( to (us|our (blog|channel|podcast)))?( to (stay|keep) (up to date|informed|updated|in the loop) .{0,80})?",
    # The pitch under a sign-up box: "... delivered (right) to your inbox."
    r".{0,120} (delivered|sent|dropped) (right |straight |directly )?(to|in|into) your (e-?mail )?inbox[.!]?",
    r"(thanks|thank you) for (signing up|subscribing)[.!]?.{0,80}",
    # Call-to-action buttons that stand alone: "Learn more", "Request a demo", "Check price".
    r"(learn more|find out more|get started|start now|shop now|buy now|order now|book now|"
    r"download( it)? now|try (it )?(for )?free|start (your|a) free trial|request a (demo|quote|callback)|"
    r"(book|schedule|get) a (free )?(demo|consultation|quote|call)|contact sales|"
    r"(check|see|view|compare) (the )?(latest )?(price|prices|deal|deals)( (on|at|-) .{1,30})?|"
    r"read (our|the) full (.{1,40} )?review)( (today|now|here))?[.!]?( ?[›»→>])?",
    # Notification and paywall prompts.
    r"would you like to (receive|get) (notifications|alerts|updates) (about|for|on) .{1,40}\??",
    r"(unlock|read) (this|the full) (article|story|post).{0,20} (with|plus|by|—|-) .{0,120}",
    r"this (article|story|post|content) is (exclusive|available only|only available) (to|for) .{1,60}",
    r"(become|upgrade to) a (paid|premium) (subscriber|member) to (unlock|read|access|continue).{0,120}",
    # Share buttons, alone or as a run on one line.
    r"(share|share this|share on|share via|tweet this|copy link|pin it)( this (article|story|page|post))?",
    rf"(share|tweet|email|e-mail|print|copy link|copy|save|{_NETWORK})([ |,/·•]+(share|tweet|email|e-mail|print|copy link|copy|save|{_NETWORK}))+",
    rf"share (this|the) (article|story|page|post)( on {_NETWORK}| via .{{1,20}})?.{{0,20}}",
    # A blog platform's share buttons, one per line: "Click to share on X (Opens in new window) X".
    r"(click|tap) to (share|email|print|tweet|pin)( (on|via) [\w. ]{1,20}| (a link|this|it)( to a friend)?)?"
    r"( \(opens in (a )?new (window|tab)\)( [\w. ]{1,20})?)?",
    r"share (on|via|to) [\w. ]{1,20} \(opens in (a )?new (window|tab)\)( [\w. ]{1,20})?",
)


@phrase_rule(NOISE_CLASS, PROMPT_PHRASES)
def prompt_phrase(line: Line) -> bool:
    """Remove app, channel, social, newsletter and notification prompts and share buttons
    ("Get <Outlet> on WhatsApp", "Tap here to follow", "Sign up for our newsletter", "Join our
    newsletter", "... delivered right to your inbox", "Read our full <product> review", "Share",
    "Click to share on <network> (Opens in new window)").

    Keeps prose that mentions WhatsApp, newsletters or sharing: the whole line must be the prompt.
    """
    return True  # any line may be one; the whole line must be a phrase of the table
