"""English: the phrase tables and word lists of English-language sites.

Each phrase matches a whole normalised line (lowercase, straight quotes, no leading bullet, no
trailing colon), so prose that mentions a word never matches. The rules read these through the
document's language (`ctx.lexicon`); a few English-only patterns the rules build on (the dateline,
the comment-section heading) are imported from here by the rule that needs them.
"""

from __future__ import annotations

from typing import Final

from cleaner.document import DATE, STOPWORDS

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
    # A related header that names its items: "Explore more related content". ("Related <x>
    # topics" was left out: where the extractor dropped its links, link_list_block took the
    # article paragraphs that follow for the list's teasers.)
    r"(explore )?more related (content|articles|posts|reading|resources|guides|stories)",
    # Headers that name what the links lead to: "Mentioned in this Post" (the places a story
    # names, as cards), "You'll Also Love". ("More <x> Guides", "Helpful <x> Links" and "Our
    # Related Services" were left out: on the dev set they head the article's own further-reading
    # lists as often, or stand alone where the extractor dropped the links.)
    r"mentioned in this (post|article|story|episode|piece)",
    r"you('ll| will) also (love|like|enjoy)(\.{3}|…)?",
)

# A one-line link to another story: a teaser label, a colon, and the other story's headline.
LINK_TEASERS: Final[tuple[str, ...]] = (
    r"(related|related (story|article|post|reading|content|coverage)|also read|read also|read more|see also|"
    r"read next|up next|next|previous|next (article|post|story)|previous (article|post|story)|check out|"
    r"recommended( reading)?|more|don't miss|must read|watch|listen|explore|further reading)"
    r" ?: .{3,200}",
    # Related links: a teaser in brackets, and the labels "Can also read:", "You may also be interested:".
    r"\[ ?(related|also read|read also|read more|see also|more)( ?:)? .{3,200}\]",
    r"(can|you can|you may|you might|you may also|you might also) (also )?(read|like|be interested( in)?|enjoy) ?: .{3,200}",
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
    # Credits under a picture and a chart's source as a bare address: "Image provided by Name.",
    # "Source: www.example.com" (a named "Source: Agency" line, and "Image: Name", the gold
    # keeps as often as not).
    r"(image|photo|picture|illustration)s? (provided|supplied) by [^.!?]{1,60}\.?",
    r"(chart |graph |data )?source: (https?://)?(www\.)?[\w-]+(\.[\w-]+)+/?",
    r"(photo|image) sources?: .{1,300}",
    # A caption that ends in its credit: "A portrait of the queen in 2004 (Picture credit: Agency)".
    # (After a whole sentence, "... dusk. (Photo Credit: Name)", credited_caption takes it.)
    r".{0,200}[^.!?\"'”’] \((picture|photo|photograph|image) (credit|courtesy|source)s?:? [^()]{1,60}\)",
    # Credits naming a web address, and a picture agency's credit line: "Image: example.org",
    # "Image: Jane Doe, example.org".
    r"images?: ([^,]{1,40}, )?(https?://)?(www\.)?[\w-]+(\.[\w-]+)+/?( .{0,200})?",
    # Captions that open with the picture's place on the page: "Above: hiking the trail", "Below
    # left: the tent". ("Pictured: <product>" the gold keeps as the product's; a "Left: ..." line
    # alone may be one side's view in a debate, and figures are a poll's rows; a bare "Below:"
    # introduces the article's own next block as often as a picture: "Below: the full text".)
    r"above( (left|right))?: [^\d%]{1,250}|below (left|right): [^\d%]{1,250}",
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
    # Back-to-top links in brackets or with an arrow: "(Up)", "Back to top ↑".
    r"\((back to )?(up|top)\)|(back to )?(top|up) ?[↑⬆▲]|[↑⬆▲] ?(back to )?(top|up)",
    # A pop-up's or a gallery's own buttons and loading text, alone on their line: "Close", "×",
    # "SCROLL FOR MORE", "Skip Navigation", "Loading...".
    r"close|x|×|✕|scroll (down )?for more|skip navigation|loading(\.\.\.|…)",
    r"download (chart|graph|image)( image)?( \| (chart|graph) data)?",
    # A wire service's credit in brackets: "(With inputs from <agency>)".
    r"\(with inputs from [^()]{1,60}\)",
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

# A price-and-store button: "$89 on <store>", "$99 Now $89 at <store>", "Check Price - <store>".
_STORE_BUTTON: Final = (
    r"((was|now|only) )?[$€£]\d[\d,.]*( ((was|now|only) )?[$€£]\d[\d,.]*)* (on|at) [\w.'&-]{1,25}?"
    r"|check price( (on|at) [\w.'&-]{1,25}?)?( - [\w.'&-]{1,25}?)?"
)
# Who a site counts as its customers in a social-proof line ("500+ teams").
_CUSTOMERS: Final = (
    r"(teams|businesses|companies|customers|brands|agencies|users|clients|organi[sz]ations|professionals"
    r"|marketers|homeowners)"
)

# The site's own promotion (cleaner.rules.promotion: promo_phrase).
PROMO_PHRASES: Final[tuple[str, ...]] = (
    # Free-trial offers: "14-day free trial, no credit card required", "Free 30-day trial. No credit card needed.".
    r".{0,80}\bno credit card( required| needed| necessary)?[.!]?",
    r"(try (it )?)?free for \d{1,3} (days|weeks|months)[.!]?",
    # Discount codes and time-limited offers.
    r"(.{0,60} )?(use|enter|apply) (the )?(promo|discount|coupon|voucher) code \S+\b.{0,160}",
    r"limited[- ]time (offer|deal|discount)s?[.!]?( .{0,200})?",
    # Demo, quote and consultation offers with the product or the team named.
    # (Not "with a tax adviser", "of the software": a third party named, not the site's product.)
    r"book (a|your) (free )?(demo|consultation|call|strategy call)( (with|of) (?!(a|an|the)\b)[^.!?]{1,40})?[.!]?",
    r"(get|request|claim|download) (our|a|your) free [^.!?]{1,50}[.!]?",
    r"create (your|a) free (account|profile)[.!]?",
    # Sales contact prompts.
    r"(get in touch|talk|speak) (with|to) (us|our [\w ]{0,30}(team|experts?|specialists?|advisors?))( today| now)?[.!]?( .{0,80})?",
    r"(contact|call) us (today|now)( .{0,80})?[.!]?",
    r"let['’]?s (talk|chat)[.!]?",
    # Sign-up and shopping buttons with a "now"/"today" or a "free": "Register Now",
    # "Shop <brand> Now", "Sign up for free and start saving", "Get started today".
    r"(register|enroll|join) (now|today|for free)[.!]?",
    r"sign up (today|now|for free)( and .{1,80})?[.!]?",
    r"(start|begin) shopping( now| today)?[.!]?",
    r"(shop|order|buy|try|get) (?!(it|this|them|one|some)\b)[\w'’&. -]{1,40} (now|today|for free)[.!]?",
    r"get started( today| now| for free)[.!]?",
    r"learn more (here|today)[.!]?",
    # The site's newsletter pitched as a product: "Get the best of <site> delivered to your inbox
    # weekly", "Was this newsletter forwarded to you? Sign up ...", unsubscribe fine print.
    r".{0,120} (delivered|sent|directly|straight) (right |straight |directly )?(to|in|into) your (e-?mail )?inbox"
    r"( (every|each) (morning|day|week|weekday|evening|month)| weekly| daily| monthly)?[.!]?",
    r"was this (newsletter|email|e-mail) forwarded to you\?.{0,100}",
    r"(to )?unsubscribe at any time.{0,160}",
    # "You can unsubscribe at any time." ends its sentence there or says how; prose goes on
    # ("You can unsubscribe at any time, the platforms remind readers, and ...").
    r"you (can|may) unsubscribe at any time( (by|using|via|with|from|through|in) [^.!?,]{1,80})?([.!]( .{0,160})?)?",
    r"(for|to get) [^.!?]{1,40}, (sign up|subscribe) (for|to) [^.!?]{1,60}(newsletter|emails?|list)[.!]?",
    # A link to the site's own offer: "Learn more about the <name> Program".
    r"learn more about (the|our) [^.!?]{1,60} (program|course|service|services|product|products|plan|plans)[.!]?",
    # A button that opens with a call-to-action verb and ends in an arrow: "Download the Workbook >",
    # "See Plans >" (an arrow alone marks article steps and links the gold keeps too).
    r"(get|watch|see|view|download|learn|try|start|use|explore|discover|shop|book|request|claim|join|register)"
    r" [\w'’ ]{1,30} ?(>|›|»|>>)",
    # Demo and consultation offers, the button alone: "Schedule your personalized demo!" (a
    # sentence that goes on, "... and ask how it handles your data", is the article's advice).
    r"(book|schedule) (a|your) (free |personali[sz]ed |custom |no-obligation )*"
    r"(demo|consultation|strategy call|walkthrough)( (with|of) (?!(a|an|the)\b)[^.!?]{1,40})?[.!]?",
    r"request (a|your) (free |personali[sz]ed |custom |no-obligation )*(demo|consultation|quote)[.!]?",
    # A trial offer as its own button: "Free 14-Day Trial" (the SaaS pricing button, worded the
    # same on any vendor's page; a list item of a comparison table is kept, as everywhere here).
    r"free \d{1,3}[- ]day trial[.!]?",
    r"get started with (?!(a|an|the)\b)[^.!?]{1,40} (today|now)[.!]?",
    # Sales chat and contact-form confirmations: "Live chat with us", "Reach out to us for a
    # quick response", "We will get back to you soon".
    r"(live )?chat with (us|our (team|experts?|specialists?))( (now|today))?[.!]?",
    # (... or goes on to what the reader gets: "Reach out to us for a quick direct response from
    # the decision makers of our global team.")
    r"reach out to (us|our (team|experts?|specialists?))( (today|now|for (a|more) [^.!?,]{1,30}))?[.!]?",
    r"reach out to (us|our (team|experts?|specialists?)) (today |now )?for (a|an) [^.!?,]{1,30} (response|reply|answer|quote)\b[^.!?]{0,90}[.!]?",
    r"(we|we'll|we will) (get back to you|be in touch)( (soon|shortly|as soon as possible))?[.!]?",
    r"your (e-?mail|message|request) has been sent[.!]?.{0,200}",
    r"(we|our team) (can|would love to|are here to) help( you)?[.!]?|let us help( you)?[.!]?",
    r"(learn more|find out more) at (www\.)?[\w-]+(\.[\w-]+)+( or call [\d() .-]{7,20})?[.!]?",
    # The site's newsletter issue around its essay: its browser and media versions, its rating
    # and sharing prompts, referral and advertising offers, sign-up confirmations.
    r"(.{1,150} ?(::|\||-|–) ?)?view (this (e-?mail|newsletter|issue) )?(in|on) (your |a |the )?(web )?browser",
    # (A poll closing each issue, "How was today's newsletter?", is a newsletter platform's own
    # standard widget, worded the same way across senders.)
    r"how was (this|today['’]s|this week['’]s) (issue|newsletter|edition|e-?mail)\??",
    r"rate this (week['’]s |month['’]s )?(newsletter|issue|edition|e-?mail).{0,200}",
    r"share (it|this (newsletter|issue|e-?mail)) with (a|your) friends?( (or|and) (colleagues?|family))?([.!]( .{0,120})?)?",
    r"share with a friend( (or|and) colleague)?",
    r"(love|enjoy|like|liked|enjoyed) [^.!?]{1,60}\? (tell|share it with) your friends( about (it|us))?( and [^.!?,]{1,40})?([.!]( .{0,120})?)?",
    r"want to (advertise|sponsor) (in|with|on) [^?]{1,60}\?.{0,20}|(advertise|sponsor) with us",
    r"check your (e-?mail|inbox) to (complete|confirm|finish) (your )?(sign ?up|sign-up|subscription|registration)[.!]?",
    r"if you do(n['’]t| not) (receive|see|get) (a|the|your) confirmation e-?mail.{0,80}",
    r"stay up[- ]to[- ]date by (signing up|subscribing) (for|to) ((our|my) [^.!?,]{1,60}|[^.!?,]{1,40}(newsletter|e-?mails?|mailing list))[.!]?",
    r"get all the latest (articles|posts|news|recipes|updates|stories)( and [\w ]{1,20})?[.!]?",
    r"(be sure to |just )?sign up below( (for|to get|to receive) (our|my) [^.!?,]{1,50}| so (we|you) can [^.!?,]{1,40})?[.!:]?",
    # Pointers to the site's own other pages: "If you're looking for more travel tips, check out
    # these articles!", "For more info, check out some of our other gear guides" (the site's own:
    # "our", "my"; a report, a guide or pages of someone else are the article's sources).
    r"(and )?for a (deeper|closer|more in-depth|more detailed) (dive|look)( into [^,]{1,60})?, (check out|read|see)"
    r" (some of )?(our|my) [^.!?,]{1,80}[.!]?",
    r"(and )?for more (info|information|tips|ideas)( on [^,]{1,40})?, check out"
    r" ((some of )?(our|my) [^.!?,]{1,80}|these (articles|posts|guides|recipes))[.!]?",
    r"if you['’]re (looking|interested|still) [^,]{1,80}, (also )?check out"
    r" ((some of )?(our|my) [^.!?,]{1,80}|these (articles|posts|guides|recipes))[.!]?",
)

# Shop furniture (cleaner.rules.promotion: shop_button).
PROMO_SHOP: Final[tuple[str, ...]] = (
    # Shop furniture of a product review: a line of nothing but price-and-store buttons, two or
    # more ("$99 Now $89 on <store>Check Price - <store>", glued together as the extractor joins
    # buttons), and an add-to-cart button's label ("(add <product> to cart)"). (A sentence with a
    # price and a store, "This one is $24.50 on <store>: ...", is the review's own; a single
    # price at a store is kept too: under a product's name, next to its price line ("$140"), the
    # page's text holds it as the article's.)
    rf"({_STORE_BUTTON})( ?\| ?)?(({_STORE_BUTTON})( ?\| ?)?)+",
    r"(\| ?)?\(add [^()]{1,60} to (cart|basket|bag)\)( ?\|)?",
)

# The site's calls to action that do not close a promo box of their own (cleaner.rules.promotion:
# call_to_action): they stand between the article's paragraphs, so the lines above them are the
# article's, never a box's heading and pitch.
PROMO_CTA: Final[tuple[str, ...]] = (
    # A call to action after a question that sets it up: "Curious how it runs? Learn more
    # here.", "Ready to <do X>? Get in touch with us today." (the answer is the button; "Ready to
    # start? Here is what to pack." answers in prose). Each phrase that can start anywhere adds
    # its texts to the phrase index's gate, scanned on every line. Every row states a class of
    # call any shop or site prints, in its generic wording (a row may match a single page of the
    # dev set: that page is one instance of the class, never its source); one site's own
    # sentence is no row ("<pitch>. Book Online ❯", "<pitch>. Talk to our <experts>").
    r"[^?]{1,100}\? (get started|learn more|find out more)( here| today| now)[.!]?",
    r"[^?]{1,120}\? get in touch with us( today| now)?[.!]?",
    r"(want|ready|interested|looking) to work with us\?",
    r"(shop|browse) (our|my) (best|full|latest|new|top)\b[^.!?]{0,60}[.!]?",
    # Generic buttons: a video link, a booking button, a "click here" link.
    r"watch (the )?(full )?video here[.!]?",
    r"book your (first|free|next) (lesson|session|class|appointment|consultation|call)[.!]?",
    r"click here to (learn more|discover|find out)\b[^.!?]{0,120}[.!]?",
    # Social proof as a button or a pitch: "See Why 500+ Teams Choose <product>", "Join 900+
    # businesses using <product>.", "<N>+ <customers> have <done X>. You can too." (the "+" count of
    # the site's customers; an article counts without it).
    rf"(see|find out|discover|learn) (why|how) [\d,.]+\+ ([\w-]+ ){{0,3}}{_CUSTOMERS}\b[^.!?]{{0,80}}[.!]?",
    rf"join [\d,.]+\+ ([\w-]+ ){{0,3}}{_CUSTOMERS} (using|who (use|trust|rely on)) [^.!?]{{1,40}}[.!]?( .{{0,200}})?",
    # (A count with "+", then the pitch to the reader to follow them, in any of its usual words.)
    r"[\d,.]+\+ [^.!?]{1,60}\. (you can too|so can you|join them( today| now)?)[.!]?",
    # Sign-up credit and new-customer offers: "Start building on <platform> with $250 in free
    # credits ...", "Sign up and get $150 in credit for your first 90 days", "New accounts only."
    # with its terms or consent note after it, not with the article's sentence.
    r"(start|sign up|get started|try|build|start building)[^.!?]{0,60} (with|and get) [$€£][\d,]+ in (free )?credits?\b.{0,120}",
    r"new (accounts|customers|users) only[.!]( (terms( and conditions)?|t&cs) apply[.!]?| by (submitting|signing up|clicking)\b[^.!?]{0,120}[.!]?)?",
    r"sign up (now|today) to (explore|see|try|discover|learn|get|start)\b[^.!?]{0,120}[.!]?",
    # Sales calls and appointments: "Schedule a call with our team to find out more.", "Call today to
    # book your visit." (not "Call today to make sure ...": the article's advice).
    r"([^.!?]{1,120}[.!] )?(book|schedule) (time|a call|a meeting|a session) with our (sales |support )?(team|experts?|specialists?)( to [^.!?]{1,60})?[.!]?",
    r"call (now|today|us today) to (book|schedule|make(?! sure)|set up|get) [^.!?]{1,60}[.!]?",
    r"([^,]{0,100}, )?connect with (one of )?our [\w ]{0,40}(team|experts?|specialists?|advisors?)[.!]?",
    # The writer's own shop, as creators and bloggers point to it: "Visit my <store> storefront
    # for ...", "Check out <name>'s Store for my favourite <things>".
    r"visit (my|our) ([\w-]+ ){0,2}(store|storefront|shop) for [^.!?]{1,80}[.!]?",
    r"(also )?(check out|visit|see) [^.!?]{0,60}\b(store|storefront|shop) for (my|our) (favou?rite|recommended|go-to)"
    r" [^.!?]{1,80}[.!]?",
    # Discounts offered to the reader: "Use code <CODE> at checkout for 15% off ...", "Unlock up to
    # 40% OFF your plan today!", "New members get 20% off ... with this voucher."
    # (a report of a sale, "The chain is offering 25% off ...", is news and stays).
    r"([^.!?]{0,60} )?use (the )?code \S+ at checkout\b.{0,160}",
    r".{0,80}\bunlock (up to )?\d{1,2}% off\b[^.!?]{0,80}[.!]?",
    r"new (clients|customers|patients|members) (receive|get|save) \d{1,2}% off\b[^.!?]{0,120}[.!]?",
    # Free demo and trial offers that go on to the pitch: "Book a FREE demo of <product> and see
    # how ...", "... start a free 7-day trial (no credit card required!) to see how <product> can
    # ...", "<Try it> with a free trial and see for yourself!". (Not the article's
    # advice on a tool it reviews: "Book a free demo of both and see how they handle ...", "Start a
    # free 14-day trial to see how your team uses it.": the pitch names the product, the trial's
    # pitch comes with its "no credit card required".)
    r"([^,]{1,80}, )?book (a|your) free( [^.!?]{1,30})? demo( (with|of) (?!(a|an|the|each|every|any|both|all|them|it|one|several|these|those)\b)[^.!?]{1,40})?( and see how .{1,160})?[.!]?",
    r".{0,100}\bfree trial (and|to) see (for yourself|the difference)[.!?]?",
    r"([^.!?]{1,80}, )?([\w ]{1,20} or )?start a free \d{1,3}[- ]day trial( \(no credit card required!?\)( to see how [^.!?]{1,100})?)?[.!]?",
    # The writer's free course or workshop as a lead magnet: "Get my FREE '<course>' HERE!", "Join
    # my FREE class and learn ...".
    r"(get|join|grab|claim|download) my free [^.!?]{1,80}\bhere[.!]*",
    r"join my free (workshop|course|class|webinar|challenge|masterclass)\b.{0,160}",
)

# A call to action set in capitals, the shape of a button or a promo box's heading
# (cleaner.rules.promotion: cta_heading, which asks only of lines in capitals): the question that
# opens a sales box ("WANT TO LEARN MORE ABOUT <service>?", "NOT SURE WHICH <product> TO CHOOSE?
# ASK <company>!", "NEED MORE HELP?"), a button ("BOOK YOUR FREE CALL", "DOWNLOAD OUR FREE
# GUIDE", "GET STARTED WITH <product>", "CONTACT US", "WHERE TO BUY"), the promise of help
# ("WE'LL HELP YOU <do X>!"). (An article's headings in capitals state a topic: "CHOOSE A READY-MADE
# SET OR BUILD YOUR OWN", "NEED TO KNOW" are not asked of the reader nor a button.)
PROMO_CAPS: Final[tuple[str, ...]] = (
    r"((want|interested|ready|looking|planning|thinking|curious) (to|in|for|about|of) "
    r"[^?]{0,100}\b(more|your next|our|us)\b[^?]{0,60}|need (more |any )?help"
    r"|have (a|an|any) [^?]{1,80}(idea|project)( [^?]{1,60})?)\?( [^?]{1,60}!)?"
    r"|not sure (which|what|how|where|if|whether) [^?]{3,100}\? [^?]{1,60}!",
    r"(book|download|claim|request|schedule|get) (your|our|a free|my) [^.!?]{1,60}[.!]?",
    r"get started( (with|today|now)[^.!?]{0,40})?[.!]?",
    r"(contact|call) us( (today|now))?[.!]?",
    r"(we'll|we will|let us) help you [^.!?]{1,80}[.!]?",
    r"where to buy( (it|them|online|now))?",
)

# The furniture of a newsletter issue around its essay, searched in the lines of an issue's
# footer (cleaner.rules.promotion: newsletter_footer): its rating and feedback prompt, its
# sharing and referral offers, its unsubscribe link, its browser version.
NEWSLETTER_ISSUE: Final = (
    r"^(how was (this|today's|this week's) (issue|newsletter|edition|e-?mail)"
    r"|rate this (week's |month's )?(newsletter|issue|edition|e-?mail)"
    r"|share (it|this (newsletter|issue|e-?mail)) with|share with a friend"
    r"|(love|enjoy|like|liked|enjoyed) [^.!?]{1,60}\? tell your friends"
    r"|was this (newsletter|e-?mail) forwarded to you"
    r"|view (this (e-?mail|newsletter|issue) )?(in|on) (your |a |the )?(web )?browser)"
    # An unsubscribe line is short and the link's own ("Unsubscribe", "Here's the unsubscribe link
    # if you need it."), not a sentence about unsubscribing that goes on past a comma.
    r"|^[^.!?]{0,30}\bunsubscribe\b[^.!?,]{0,40}[.!]?$|\breferral rewards?\b"
)

# The terms under which a newsroom lets others republish its articles, searched in the lines
# of its republishing footer (cleaner.rules.editorial: republish_footer).
REPUBLISH: Final = r"\brepublish|\bcreative commons\b"

# Commission and compensation notes in the site's own voice, of any length up to a notice's
# (cleaner.rules.disclosures: commission_notice): "We may be compensated when you click on a
# link ...", "... from which we may receive financial compensation".
COMMISSION_NOTICE: Final = (
    # The compensation is for the reader's clicks and purchases: "I may receive compensation from
    # the publisher for the talks I give" is the writer's own declaration in the article.
    r"\b(we|i) may (be compensated|receive (financial )?compensation|get a small (kickback|commission))\b"
    r"(?=[^.!?]{0,80}\b(links?|click|clicks|purchases?|buy|products?|partners?|advertisers?|affiliate)\b)"
    r"|\bfrom which (we|i) may receive (financial )?compensation\b"
)
COMMISSION_NOTICE_MARKS: Final = (
    "compensat",
    "kickback",
    "commission",
)

# Editorial furniture (cleaner.rules.editorial: editorial_note).
_ROLE: Final = (
    r"(written|reviewed|edited|fact[- ]checked|medically reviewed|curated|verified|updated|researched)"
)

EDITORIAL_PHRASES: Final[tuple[str, ...]] = (
    # Credit labels that stand alone or carry a name: "Written by", "Article reviewed by:",
    # "Edited by: Name", "reviewed by Name".
    rf"((article|post|content|page) )?{_ROLE} by",
    rf"((article|post|content) )?{_ROLE} by:? [\w .,'’&-]{{1,60}}",
    r"view (the )?author( page| profile)?",
    r"(read )?more (posts|articles|stories) by [^.!?]{1,40}",
    r"(editor|expert|fact) (verified|checked|approved)",
    r"[\d,]+ (published|edited) articles?( [\d,]+ (published|edited) articles?)?",
    rf"posted by [^.!?]{{1,60}} on {DATE}",
    # Read-time labels without their time, and read times after a date ("Estimated reading
    # time", "Mar 3, 2024 • 9 Minute Read"; furniture_phrase takes "5 min read" alone).
    r"(estimated )?(reading|read) time",
    rf"{DATE} ?[-–—•·⋅|] ?\d{{1,3}} ?min(ute)?s? read",
    # "Last updated" notes: "This post was last updated May 2022.", "Last reviewed March 2024",
    # "March 2, 2021 - Updated May 5, 2024".
    # (A bare "Last updated: <date>" line is often kept by a page's own text as its date line.)
    r"this (post|article|page|guide|content) (was|has been) last (updated|reviewed|modified|revised)( on)?:? [\w ,./-]{1,30}[.]?",
    r"last (reviewed|revised)( on)?:? [\w ,./-]{1,30}[.]?",
    rf"{DATE} ?[-–—] ?(last )?(updated|reviewed)( on)?:? {DATE}",
    # Editorial-process and methodology links: "Read about our editorial process.",
    # "Read our full methodology.", "Explore our Editorial Policy to learn more ...".
    r"(learn more about|read (more )?about|read|see|view|explore|here is|check out) our (full |complete )?"
    r"(editorial (process|policy|policies|guidelines|standards)|([\w-]+ ){0,4}methodology|review process|rating process)"
    r"( to learn more .{0,80})?[.!]?",
    r"to learn more about how we [^.!?]{1,80}, (read|see|check out) our (full )?([\w-]+ ){0,3}methodology[.!]?",
    # The heading of a newsroom's republishing terms: "Republish this article", "Republish our
    # stories for free" (republish_footer takes the terms after it).
    r"republish (this|our) (article|story|post|stories|articles|content)( for free)?[.!]?( .{0,120})?",
    # Fact-check and review notes in the site's voice: "All articles are reviewed and updated by
    # <site>'s fact-checkers for accuracy." (ending there: a sentence that goes on past a comma
    # is the article's account of a newsroom's rule).
    r"(all )?(of )?(our )?(articles|content|guides|reviews) (is |are )?(reviewed|fact-checked|checked|verified)[^.!?]{0,40}"
    r"(by (our|[\w.'’ -]{1,40}['’]s?) (fact-?checkers?|editors?|editorial team|experts?)|for accuracy)[^.!?,]{0,40}[.!]?",
    # A "last updated" credit with its author: "Last updated March 3, 2025 by".
    r"last updated:? [\w ,./-]{1,30} by( [\w .'’-]{1,40})?",
    # A byline with a read time or a date: "by Jane Doe—10 min read", "by: Jane Doe, Dec 17, 2025",
    # "December 15, 2025 // 8 min read".
    r"by:? [^.!?,]{1,40}(—|–| - |[•·|]) ?\d{1,3} ?min(ute)?s? read",
    rf"by:? [^.!?,·|]{{1,40}}(,|·|\|| -|–|—) ?{DATE}",
    r"by [^|]{1,80}\| ?(fact-checked|reviewed|edited|medically reviewed) by [\w .,'’-]{1,40}",
    # A date label without its year, and the label alone: "Updated: Jan 31", "Published:" (an
    # "Updated" alone heads a page's own text as often as not).
    r"(updated|published|posted|last updated):? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}",
    r"published|posted",
    rf"{DATE} ?(//|[-–—•·|]) ?\d{{1,3}} ?min(ute)?s? read",
)

# Words of a job title under an author's name in an author card (English; "Senior Content
# Contributor", "Founder and CEO", "Editor-in-Chief").
TITLE_WORDS: Final = frozenset(
    {
        "founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "cmo", "president", "director",
        "editor", "editor-in-chief", "writer", "contributor", "author", "manager", "executive", "expert",
        "consultant", "analyst", "specialist", "strategist", "reporter", "correspondent", "journalist",
        "columnist", "producer", "officer", "vp", "chief",
    }
)  # fmt: skip

# Disclosure fine print (cleaner.rules.disclosures: disclosure_note).
DISCLOSURE_PHRASES: Final[tuple[str, ...]] = (
    # Disclosure labels and links: "Advertiser Disclosure", "Visit our Disclosure page."
    r"(advertis(ing|er)|affiliate|editorial|ftc|partner) disclosures?( policy)?",
    r"(for more information, )?(visit|see|read) our (affiliate |advertising |advertiser )?disclosure( page| policy)?[.!]?",
    # Notes that the page carries affiliate links or sponsored content.
    r"(some of )?the links (in|on) this (article|post|page|site|guide) (are|may be) affiliate( links| ones)?[.!]?.{0,100}",
    r"(also, )?this (article|post|page|guide) (contains|includes|may contain) (sponsored|paid|partner) content[.!]?",
    # The site earns from the providers it lists: "<Site> earns commissions from some listed providers."
    r"[\w.'’ -]{1,60} (earns|receives|is supported by) (a )?commissions? from (some )?(of )?(the )?"
    r"(listed )?(providers|partners|brands|companies|advertisers)( listed)?( (on|in) (our site|this (page|article)))?[.!]?"
    r"( .{0,80})?",
    # A sponsor's slot labelled as such: "Advertisement: <title>" (a "<headline> (Sponsored)"
    # section of a newsletter is kept: the gold keeps such sections as the issue's own).
    r"(advertisement|sponsored|sponsor|paid post|partner content|promoted)( content)? ?[:|] ?[^.!?]{1,80}[!]?",
    # Advertising markers run together or as a button: "Skip advertisement".
    r"(skip )?advertisement(advertisement)+|skip (the )?(advertisement|ad)",
    # Commission notes in the site's voice that the affiliate rule's wording misses: "Products are
    # chosen independently by our editors. Purchases made through our links may earn us a
    # commission.", "*Affiliate links are used in this post, which means ...".
    r"purchases made through (our )?links (may )?earn (us|me) (a )?(small )?commission.{0,120}",
    r"affiliate links are used (in|on|throughout) (this|the) (post|article|page|site).{0,200}",
    r"we may be compensated (when|if) you click.{0,250}",
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
    "promotion": PROMO_PHRASES,
    "promotion_caps": PROMO_CAPS,
    "promotion_shop": PROMO_SHOP,
    "promotion_cta": PROMO_CTA,
    "editorial": EDITORIAL_PHRASES,
    "disclosures": DISCLOSURE_PHRASES,
}
# (STOPWORDS and DATE, imported above from cleaner.document, where the English name tests and
# Line.schedule read them, are this pack's word set and pattern of those names.)
# A cookie notice speaks for the site: to the reader ("we use", "your preferences"), of the site
# and its own cookies ("This website uses", "This cookie is set by ...", "for the website to
# function"), or names a consent category's cookies as its subject ("Necessary cookies are ...",
# "Analytics cookies help ..."); an article about cookies reports on them in the third person
# ("it decided not to use tracking cookies, so the site has no cookie banner": "the site" alone
# is not the site speaking) (cookie_notice).
COOKIE_VOICE: Final = (
    r"\b(we|our|us|you|your|this (web)?site|th(is|ese) cookies?)\b|\bfor the (web)?site to (function|work)\b"
    r"|^[\w-]+ cookies (are|is|help|allow|enable|collect|track|store|remember)\b"
)

# The patterns and word sets below are read by the rules named beside each (moved here from the
# rule modules, issue 16); every other pack has its own version, written for its sites.

# form_consent: a form's consent or terms note, "By submitting this form, you agree to ...", "By
# entering your email address you agree to our Terms of Use ...", "Terms of submitting this form:
# I agree ..." (matched at the line's start); CONSENT_FIRST: the characters such a note opens with,
# a cheap gate before the pattern.
CONSENT: Final = (
    r"(terms of submitting this form|by (submitting|providing|clicking|entering|signing up)\b.{0,250}?"
    r"\b(you (agree|consent) to|you acknowledge|consenting to|i agree\b))"
)
CONSENT_FIRST: Final = frozenset("BbTt")

# affiliate_disclosure: a purchase through a link earns the site a commission (AFFILIATE), said
# of the site itself (AFFILIATE_SELF); every match holds one of AFFILIATE_MARKS (lowercase), a
# cheap gate before the patterns.
AFFILIATE: Final = (
    r"\b(earn|receive|get|make)s? (an? )?(small |affiliate )?(commission|compensation|fee)s?\b.{0,200}"
    r"\b(purchase|buy|link|links|click)|\b(purchase|buy|links?|click)\b.{0,200}"
    r"\b(earn|receive|get|make)s? (an? )?(small |affiliate )?(commission|compensation)"
    r"|\b(contains?|includes?|uses?|may contain|may include) (some )?affiliate (links?|partnerships?)"
)
AFFILIATE_SELF: Final = r"\b(we|we'd|we’d|i|us|our|this (post|site|website|page|article|blog))\b"
# Prose about affiliate marketing says who else earns: "affiliates earn commissions", "they get
# a commission", "bloggers who earn a fee". A third party (they, you, who, or a lowercase plural
# noun; a site's name, "SoundGuys may receive", is capitalised) before the verb, with adverbs or
# modals between them, is set aside before AFFILIATE is asked.
AFFILIATE_OTHER: Final = (
    r"\b(they|you|who|(?-i:(?!(?:this|its|his|has|was|does|is)\b)[a-z]+[^\Ws]s))"
    r"( (may|might|can|could|will|would|also|then|often|typically|usually|all|each|only|still))*"
    r" (earn|receive|get|make)\b"
)
AFFILIATE_MARKS: Final = ("commission", "compensation", "affiliate")

# disclaimer: the fixed wording of a legal or editorial disclaimer; every branch holds one of
# DISCLAIMER_MARKS (lowercase), a cheap gate before the pattern.
DISCLAIMER: Final = (
    r"\b(?:for (?:general )?(?:informational|educational|information)(?: (?:and|or) (?:informational|educational|entertainment))? purposes only"
    r"|(?:not|never) (?:be )?(?:intended|meant|designed) (?:to (?:be|constitute|replace|serve as|provide)|as) (?:a substitute for |an? )?(?:legal|medical|financial|professional|tax|investment)"
    r"|substitute for (?:professional |direct |the )?(?:medical|legal|financial|professional) (?:advice|care|consultation)"
    r"|views (?:and opinions )?expressed .{0,80}(?:are (?:solely )?(?:their|the author'?s?|those of)|do not necessarily (?:reflect|represent))"
    r"|does not (?:constitute|imply) (?:an? )?(?:endorsement|recommendation)"
    r"|(?:do|does) not provide (?:tax, legal|legal, tax|tax or legal|legal or tax|legal|tax|investment|financial)[, ]"
    r"|past performance (?:is|does) not (?:a )?(?:guarantee|indicative|indicate))"
)
DISCLAIMER_MARKS: Final = (
    "purposes only", "intended", "meant", "designed", "substitute", "expressed", "do not", "does not",
    "past performance",
)  # fmt: skip

# foot_notice: fine print at the foot of the page (a licence, an adviser's registration, trademark
# and risk notices); every branch holds one of FOOT_NOTICE_MARKS (lowercase).
FOOT_NOTICE: Final = (
    r"\b(?:(?:licensed|distributed) under (?:a |the )?(?:terms of the )?creative commons"
    r"|is a registered investment advis[eo]r"
    r"|owns the certification marks"
    r"|investing (?:is subject to|involves) risks?,? including (?:the )?(?:possible )?loss)"
)
FOOT_NOTICE_MARKS: Final = ("creative commons", "registered investment", "certification marks", "investing")
# disclaimer and foot_notice: a line that reports what someone said is the article's, not a notice
# (searched in the lowercased line).
REPORTED: Final = r"\b(said|says|told|according to|points? out|noted|warns?|warned|explained|urged|urges|admitted|admits)\b|[“”\"]"

# author_bio (matched case-sensitively): a bio's start, "Jane Doe is a freelance writer ...",
# "About the author: ...", "Hi, I'm Jane"; the name (group `name`) is one to four capitalised
# words, then at most two appositions ("Jane Doe, Editor, Running Reviews, studied ...").
BIO_START: Final = (
    r"^(?:(?i:about the authors?)(?::|\s+(?=[A-Z]))\s*.{10,}"
    r"|(?:[Hh]i|[Hh]ello|[Hh]ey)(?: there)?[,!]?\s+(?:and welcome[,!]?\s+)?I['’]m\s"
    r"|\(?(?P<name>(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?:[A-Z][\w.'’-]+\s+(?:\([\w'’ -]+\)\s+)?){0,3}[A-Z][\w.'’-]+),?"
    r"(?:\s+[A-Z][^,.;:!?]{1,40},){0,2}"
    r"\s+(?:is|has been|holds|writes|covers|specializes|specialises|founded|co-founded|started|"
    r"joined|leads|oversees|studied|worked)\s)"
)
# ... with a profession word somewhere in the paragraph (case-insensitive) ...
BIO_WORDS: Final = (
    r"\b(?:writer|editor|journalist|reporter|author|contributor|columnist|founder|co-founder|owner|"
    r"blogger|photographer|freelance|freelancer|correspondent|creator|ceo|cto|director|specialist|expert|"
    r"consultant|professor|faculty|researcher|producer|advisor|adviser|attorney|lawyer|analyst|"
    r"strategist|executive|engineer|designer|developer|coach|trainer|dietitian|nutritionist|"
    r"physician|scientist|teacher|veteran|entrepreneur|manager)\b"
)
# ... and the paragraphs after it that go on about the same person by pronoun (case-sensitively).
BIO_PRONOUN: Final = r"(?:She|He|They|Her|His|Their|When (?:she|he|they)|In (?:her|his|their))\b"

# credited_caption: the labels of a credit after a caption's sentence ("... Photo: Name", "...
# Credit: Name Name", "... (Photo by Name)", "... Courtesy Name"); CREDIT_GATE: one of these is
# near the end of every such line (a cheap gate; "Photo" and "photo" alike).
CREDIT_LABELS: Final = (
    r"(?:(?:photo|image|picture|photograph)s?(?: credit)?(?: by)?:|(?:photo|image|picture|photograph)s? by"
    r"|(?:photo |image )?credits?:|courtesy(?: of)?:?)(?=\s)"
)
CREDIT_GATE: Final = ("hoto", "mage", "icture", "redit", "ourtesy")
# A credit's words are names, or these (lowercase) between names: "Photo by Name on Site".
CREDIT_CONNECTORS: Final = frozenset({"of", "the", "and", "for", "via", "de", "/", "&"})
LABEL_CONNECTORS: Final = CREDIT_CONNECTORS | {"on"}
# Words that say a bracket is a photo credit without a "Source/Name" slash ("(X via Getty Images)").
PAREN_CREDIT_WORDS: Final = frozenset({"images", "pictures", "via", "pool", "handout"})
# A caption before a dash credit ("... – Name") names what it shows, and does not speak in the
# first person (matched case-sensitively), as a testimonial or a column does.
VISUAL: Final = (
    r"\b(photos?|photographs?|images?|pictures?|pictured|videos?|footage|screenshots?|stills?"
    r"|illustrations?|maps?|charts?|graphics?)\b"
)
FIRST_PERSON: Final = r"\b(I|I['’](m|ve|d|ll)|me|my|we|we['’](re|ve)|our|us)\b"

# comment_thread: a commenter's attribution, "Name says:", "1 reply by Name", "Reply to Name"
# (ATTRIBUTION_GATE: one of these is in every one); COMMENT_MARKS: the widget lines that confirm a
# thread ("12 Comments", "Leave a reply"; a pack without them takes any line of its widgets table).
ATTRIBUTION: Final = (
    r"(?:[^\s].{0,60} (?:says|said|wrote|replied|commented)(?: on .{1,40})?|\d+ repl(?:y|ies)(?: by .{1,60})?"
    r"|reply to( comment| .{1,60})?)"
)
ATTRIBUTION_GATE: Final = ("says", "said", "wrote", "repl", "commented")
COMMENT_MARKS: Final = ("comment", "leave a")

# byline: the words that join the names ("By Jane Doe and John Roe").
BYLINE_JOINERS: Final = frozenset({"and", "&"})

# author_card: the words between the words of a job title ("Founder and CEO"), a credit label that
# a name follows ("Written by"), an author link a name precedes ("View author page").
TITLE_CONNECTORS: Final = frozenset({"and", "&", "of", "at", "for", "-", "|", "/"})
CREDIT_LABEL: Final = r".*\bby:?"
AUTHOR_LINK: Final = r"(view (the )?author|(read )?more (posts|articles|stories) by)\b.*"

__all__ = ["DATE", "DATELINE", "PHRASES", "STOPWORDS"]
