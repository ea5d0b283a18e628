"""English: the phrase tables and word lists of English-language sites.

Each phrase matches a whole normalised line (lowercase, straight quotes, no leading bullet, no
trailing colon), so prose that mentions a word never matches. The rules read these through the
document's language (`ctx.lexicon`); a few English-only patterns the rules build on (the dateline,
the comment-section heading) are imported from here by the rule that needs them.
"""

from __future__ import annotations

from typing import Final

from cleaner.document import STOPWORDS

_NETWORK: Final = (
    r"(whatsapp|telegram|signal|viber|google news|apple news|flipboard|instagram|facebook|x|"
    r"twitter|youtube|tiktok|threads|bluesky|linkedin|pinterest|snapchat|reddit|mastodon|rss)"
)

# Whole-line phrases of a support appeal, as they open or close the appeal box.
APPEAL_PHRASES: Final[tuple[str, ...]] = (
    r"your support (helps|allows|enables) us (to )?.{0,60}",
    r"your support makes (all )?the difference\.?",
    r"(please )?(support|fund|back) (independent|quality|our|local|public[- ]interest) (journalism|reporting|newsroom)[.!]?.{0,80}",
    r"every (contribution|donation|gift)[, ]+(however|no matter how) (big|large) or small.{0,120}",
    r"(please )?(consider )?(donate|donating|make a (donation|contribution)|contribute|give) (now|today|here|monthly|once)[.!]?",
    r"(support|help fund) (us|our work|this work)( today| now)?[.!]?",
    r"(become|join us as) an? (member|supporter|patron|subscriber)( today| now)?[.!]?.{0,60}",
    r"(we|this newsroom) (rely|relies|depend|depends) on (readers|our readers|you|reader support).{0,100}",
    r"(subscribe|donate|contribute) to (support|help) .{0,80}",
    r"(a|this) (message|note) from (the|our) (editor|publisher)s?",
    r"(enjoyed|enjoy|like|liked|love|loved|value) (this|the|our) (piece|article|story|post|content|reporting|work|journalism)\?.{0,100}",
    r"we need your (help|support)( to .{1,60})?[.!]?",
    r"(help|support) (keep )?(us|this (site|newsletter|podcast)) (independent|going|free|alive|publishing).{0,60}",
)

# Words that mark a paragraph as part of an appeal box (used only next to an appeal phrase).
APPEAL_WORDS: Final = frozenset(
    [
        "donate",
        "donation",
        "donations",
        "donating",
        "contribution",
        "contributions",
        "contribute",
        "paywall",
        "paywalls",
        "supporters",
        "subscribe",
        "subscription",
        "funding",
        "reader-funded",
        "afford",
    ]
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

# The heading of a blog's comment section: "3 thoughts on “Title”", "59 Comments on “Title”"
# (the quoted post title: a counter at the top of a post reads "59 Comments" alone).
COMMENTS_HEADING: Final = (
    r"(\d+|one|two|three|no) (comments?|responses?|thoughts?|replies) (on|to) [“\"'‘].{1,150}"
)

WIDGET_PHRASES: Final[tuple[str, ...]] = (
    r"\(?\d*\)? ?comments?( \(?\d+\)?)?",
    r"(view|show|read|load|see|hide|open) (all |more )?(\d+ )?(comments|replies)",
    COMMENTS_HEADING,
    # A blog platform's like button, and its loading text.
    r"like this|like loading(\.\.\.|…)?",
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
    # Bare "Reply", "Report" or "Like" may be an article's heading; comment_thread takes them in
    # a thread.
    r"(cancel reply|upvote|downvote)",
    r"(most|least) (recent|popular|liked|voted)( comments)?",
    r"(sort|order) by:? (newest|oldest|best|top|most|least|date|relevance|popular(ity)?|rating|price|recent)( .{0,20})?",
    r"community (guidelines|rules|standards)",
    # Lead and contact forms: their prompts and confirmations (their consent notes: form_consent).
    r"(please )?fill (out|in) (the|this|our) form.{0,120}",
    r"(thank you|thanks)[.!]? your (submission|message|request) has been (received|sent).{0,40}",
    r"oops[.!]? something went wrong.{0,80}",
)

# Buttons under each comment; one alone may be an article's heading ("Reply" to a reader's letter),
# so a thread without a comment counter or form needs at least this many of them.
COMMENT_BUTTONS: Final = frozenset({"reply", "reply to comment", "report", "like", "flag", "cancel reply"})

# Headers that open a list of links to other stories; the whole line must be the header.
LIST_HEADERS: Final[tuple[str, ...]] = (
    r"(read|see|watch) (more|also|next)( (stories|news|articles|on this (story|topic)|from .{1,40}))?",
    r"(also|further) read(ing)?",
    r"related( (posts?|articles?|stories|story|content|news|coverage|topics|links|reading|videos?|items))?",
    r"(more|other) (on|about) (this|the) (story|topic|subject|issue)",
    r"more (stories|news|articles|videos|headlines)( (like this|for you|from .{1,40}))?",
    r"more from .{1,40}",
    r"(you|we think you) (might|may|will|would) (also )?(like|enjoy|be interested in)",
    r"you missed",
    r"(don't|do not) miss",
    r"(most|top) (read|viewed|popular|shared|watched|commented)( (stories|articles|news|this week|today|now))?",
    r"(trending|popular|latest|top|editor's|editors'|recommended)( (now|posts?|stories|articles|news|videos?|headlines|for you|reading|content))",
    # "Top picks" heads a buying guide's own list; only the editors' picks link elsewhere.
    r"(editor's|editors') picks",
    r"(trending|recommended|popular)",
    r"top stories",
    r"(in )?(other|case you missed( it)?) news",
    r"in case you missed it|icymi",
    r"what to read next|up next|read next|next up|keep reading|recommended for you",
    r"(sponsored|partner|promoted) (stories|content|links)",
    r"(recent|previous|next|older|newer|other|featured) (posts?|articles?|stories|entries)",
    r"(read|watch) this next",
    r"related (reads|searches)(: .{1,80})?",
    r"related (\w+ )?(articles|posts|stories)( (and links|(that|which) (may|might) interest you|you (may|might) (like|enjoy)))?",
    r"more (by|from) this (author|contributor|writer)",
)

# A one-line link to another story: a teaser label, a colon, and the other story's headline.
LINK_TEASERS: Final[tuple[str, ...]] = (
    r"(related|related (story|article|post|reading|content|coverage)|also read|read also|read more|see also|"
    r"read next|up next|next|previous|next (article|post|story)|previous (article|post|story)|check out|"
    r"recommended( reading)?|more|don't miss|must read|watch|listen|explore|further reading)"
    r" ?: .{3,200}",
)

CAPTION_PHRASES: Final[tuple[str, ...]] = (
    r"(image|media|video) caption[:,]? .{0,200}",
    r"(image|photo|picture) (credit|source)s?[:,] .{1,80}",
    r"(photo|photograph|picture|credit|photo credit): [^\W\d_][\w.'’-]*( [^\W\d_][\w.'’-]*){0,4}( ?/ ?[\w.'’ -]{1,40})?",
    r"(getty images|shutterstock|alamy|istock)( via .{1,40})?",
    r"(\(|\[)?(photo|image|video|watch|gallery)(\)|\])?",
    r"(open|view|enlarge|expand) (image|photo|gallery)( in (gallery|full ?screen))?.{0,20}",
    r"\d+ (photos|images|pictures)",
    r"(featured )?(image|photo|picture|illustration)s? (from|via|by|courtesy of|used under licen[cs]e from) .{1,120}",
    r"(some )?(images|photos) (courtesy of|used under licen[cs]e from|from) .{1,120}",
    r"(photo|image) sources?: .{1,120}",
)

_MONTH: Final = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?)\.?"
)

_WEEKDAY: Final = r"((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\.?,? )?"

_TIME: Final = r"(,? (at )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [a-z]{2,5}| \(?(gmt|utc|[a-z]{3,4})\)?)?)?"

DATE: Final = (
    rf"{_WEEKDAY}(\d{{1,2}}(st|nd|rd|th)? {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}){_TIME}"
)

# Datelines: a bare date, optionally with time, "Published"/"Updated" and a relative age. Named:
# author_name looks for a name beside the lines furniture_phrase removed as datelines.
DATELINE: Final = (
    rf"((published|updated|posted|last updated|first published|modified)( on| at)?:? )?{DATE}"
    rf"([ |,·•]+((updated|published)( on| at)?:? )?{DATE})*"
)

FURNITURE_PHRASES: Final[tuple[str, ...]] = (
    DATELINE,
    r"(published|updated|posted)?:? ?\d{1,3} (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago",
    # Update and correction notes that stand alone.
    r"this (story|article|post|report|page) (has been|was|is being|will be) updated.{0,60}",
    r"(correction|update|editor's note):? this (story|article) .{0,120}",
    # Advertising and continuation markers.
    r"(advertisement|advertising|sponsored( content)?|ad|ads|promoted( content)?|paid (post|content))",
    r"(story|article|content) continues below( (this )?(advertisement|ad))?",
    r"scroll (down )?to continue( reading)?",
    r"continue reading( (below|the main story|this article))?.{0,10}",
    # Listen and reading-time widgets.
    r"listen to this (article|story).{0,30}",
    r"((\d+|one|two|three|four|five) ?)?(min(ute)?s?\.?) (read|listen)( time)?",
    r"(estimated )?reading time:? .{0,20}",
    r"(audio|listen) ?\d{1,2}:\d{2}",
    # Counters: "69 views", "1.2k shares".
    r"(\d[\d,.]*k? (views?|reads?|shares?|likes?|reactions?|plays?)[ |·•]*)+",
    # Copyright, rights and cookie notices.
    r"(©|\(c\)|copyright ©|copyright \d{4}).{0,120}",
    r".{0,60}all rights reserved[.!]?.{0,60}",
    r".{0,200}\b(we use cookies|this (web)?site uses cookies|uses cookies to|accept (all )?cookies|cookie (policy|settings|preferences|consent))\b.{0,300}",
    # Contributor credits that stand on their own line.
    r".{1,200}\bcontributed (reporting |to )?(to )?(this|the) (report|story|article)[.!]?",
    r"(additional )?(reporting|writing|editing|research) (by|from) .{1,120}",
    r"(compiled|written|edited) by .{1,60}",
    # A post's meta line: date, author, category and comment count together.
    rf"((posted|published|updated)( on)? )?{DATE}( ?(by|in) [^.!?]{{1,80}}?)?( ?[-|·•]? ?(\d+|no) comments?( on .{{1,150}})?)",
    rf"((posted|published)( on)? )?{DATE} ?by [^.!?]{{1,60}}",
    # Headings of navigation boxes that stand alone: breadcrumbs, a table of contents (whose
    # entries the extractor often drops), a box of links.
    r"you are here:?",
    # Accessibility and navigation links: "Skip to content", "Back to blog".
    r"skip to (the )?(main )?(content|navigation|menu|search|footer|article)",
    r"back to (the )?(blog|all posts|articles|news|top|home( ?page)?)",
    r"(table of )?contents|article contents|in this (article|post|guide|page)|on this page|jump to",
    r"(quick|useful) links",
    # A site builder's placeholder text left in the page: "Lorem ipsum dolor sit amet ...".
    r"lorem ipsum\b.{0,200}",
    r"this is some text inside of a div block\.?",
)

# Words of a cookie-consent notice; a line with several of them is the notice, however long.
COOKIE_WORDS: Final = frozenset(
    {
        "cookie", "cookies", "consent", "gdpr", "ccpa", "opt", "preferences", "necessary",
        "analytics", "tracking", "browser", "website", "functionality", "party", "advertisement",
    }
)  # fmt: skip

# What every notice has in its text ("cookie", "Cookie", "COOKIE"): a gate before the words.
COOKIE_MARKS: Final = frozenset({"ookie", "OOKIE"})

# A standalone byline: "By" and one to four name-like words, and nothing that reads as a sentence.
BYLINE: Final = r"(?:by|words by|text by)"

# Notes at the end of posts: feedback widgets, syndication notes, tags and categories.
END_NOTE_PHRASES: Final[tuple[str, ...]] = (
    r"(did you find|was) (this|the) (content|article|page|post|guide|information|answer) (helpful|useful)\??.{0,40}",
    r"(thank you|thanks) for (your feedback|the feedback|rating).{0,60}",
    r"rate this (article|post|page|story|guide).{0,20}",
    r"the post .{1,200} (first )?appeared (first )?on .{1,80}",
    r"this (article|post|story) (was )?(originally|first) (appeared|published|posted|written) (on|in|by) .{1,120}",
    # Tag and category lines: a colon, or a comma-separated list ("Posted in A, B, C").
    r"(tags?|tagged( with)?|topics|categories|filed under|posted in): (?!.*\band\b)[^.!?]{1,150}",
    r"(tags?|tagged( with)?|topics|categories|filed under|posted in) (?!include)[^,]{1,40}(, [^,]{1,40})+",
    r"(tags?|topics|categories)",
    r"(all )?prices (were|are) (accurate|correct) (as of|at the time).{0,150}",
    r"end of (the )?(article|story|post)",
    r"pin (it )?for later",
)

# Headers of an author box ("About the Author", "Written by"); the box's lines follow them.
AUTHOR_BOX_HEADERS: Final[tuple[str, ...]] = (
    r"(about|meet) the (author|authors|writer|expert|reviewer)s?",
    r"(written|reviewed|fact[- ]checked|medically reviewed|edited) by,?",
    r"(author|authors|contributor|contributors|about the author)",
)

# The tables by the key of the phrase rule that reads them.
PHRASES: Final[dict[str, tuple[str, ...]]] = {
    "appeals": APPEAL_PHRASES,
    "prompts": PROMPT_PHRASES,
    "widgets": WIDGET_PHRASES,
    "link_lists": LIST_HEADERS,
    "link_lists_teaser": LINK_TEASERS,
    "captions": CAPTION_PHRASES,
    "furniture": FURNITURE_PHRASES,
    "endmatter_end_note": END_NOTE_PHRASES,
    "endmatter_author_box": AUTHOR_BOX_HEADERS,
}
# (STOPWORDS, imported above from cleaner.document, where Line.stop_share reads it, is this
# pack's word set of that name.)
__all__ = ["DATELINE", "PHRASES", "STOPWORDS"]
