"""End matter: what follows the article on its page (the author's bio, feedback widgets, "The
post ... appeared first on ..." notes, tag and category lines, disclaimers).

Noise class `endmatter`: page furniture that is judged by its place at the end of the text. Its
phrase tables have keys of their own and take no `[phrases]` extras (a user's `[phrases]
furniture` extras are matched by furniture_phrase, which runs first).
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Iterable, Sequence
from itertools import accumulate, pairwise
from typing import Final

from cleaner.document import Line
from cleaner.lexicon import Lexicon, english
from cleaner.rules import (
    Context,
    doc_rule,
    has_any,
    is_phrase,
    is_prose,
    lexicon_pattern,
    line_rule,
    phrase_rule,
)
from cleaner.rules.editorial import author_card, is_card
from cleaner.rules.revision import orphan_between_noise, orphan_headlines, orphan_shaped

NOISE_CLASS: Final = "endmatter"


# An author bio: "Jane Doe is a freelance writer ...", "About the author: ..." (the document
# language's BIO_START, with a profession word of its BIO_WORDS).
# Author boxes sit in the last few lines of the text.
BIO_MAX_FROM_END: Final = 3
# In a text shorter than this, the last lines are the article itself (a profile, a notice, a
# short news item introducing the person it is about).
BIO_MIN_LINES: Final = 10
BIO_MAX_WORDS: Final = 160
# An interview (at least this many questions before it, and this share of its lines: an article
# with an FAQ section is not one) ends by introducing the interviewee.
BIO_INTERVIEW_QUESTIONS: Final = 3
BIO_INTERVIEW_SHARE: Final = 0.25
# A bio may go on for a paragraph or two after its first: each speaks of the same person, by name
# or by pronoun (BIO_PRONOUN: "Karina holds an MBA ...", "When she's not writing, ...").


def _continues_bio(bio: Line, line: Line, lex: Lexicon | None = None) -> bool:
    """True when `line`, after the bio paragraph `bio`, goes on about the same person.

    >>> bio = Line(1, "Jane Doe is a freelance writer based in Leeds.")
    >>> [_continues_bio(bio, Line(2, t)) for t in ("She also teaches.", "Jane holds an MBA.", "Prices rose.")]
    [True, True, False]
    """
    lex = lex or english()
    pronoun = lexicon_pattern(lex, "BIO_PRONOUN", ignore_case=False)
    if pronoun is not None and pronoun.match(line.text):
        return True
    return any(name in line.text for name in _bio_names(bio, lex))


def _bio_names(bio: Line, lex: Lexicon | None = None) -> list[str]:
    """The words of the name a bio starts with ("Jane Doe is ..."), or none for a bio that says
    what it is ("About the author: ...").

    >>> _bio_names(Line(1, "Jane Doe is a freelance writer."))
    ['Jane', 'Doe']
    >>> _bio_names(Line(2, "About the author: she writes about food and the sea."))
    []
    """
    start = lexicon_pattern(lex or english(), "BIO_START", ignore_case=False)
    match = start.match(bio.text) if start is not None else None
    if match is None or match.group("name") is None:
        return []
    return [w.strip("()") for w in match.group("name").split() if len(w.strip("().")) > 2]


# A line of the article that names the bio's subject is prose of at least this many words.
BIO_NAMED_MIN_WORDS: Final = 8
AUTHOR_BOX_MAX_LINES: Final = 4
# Further above the bio, a box's header stands over its name, titles and credentials, one a line
# ("Jane Doe, CPA", "President, Harbour Trust", "Board of Directors, ..."), at most this many
# lines above the bio, each unpunctuated and at most this many words.
AUTHOR_BOX_REACH: Final = 12
CREDENTIAL_MAX_WORDS: Final = 15
# A name line over a box's paragraph: a person's or a firm's name.
NAME_MAX_WORDS: Final = 5
AUTHOR_BOX: Final = "endmatter_author_box"  # the headers' table key


# Its own table key, which takes no extras: the user's [phrases] furniture extras already reach
# furniture_phrase.
@phrase_rule(NOISE_CLASS, key="endmatter_end_note")
def end_note(line: Line) -> bool:
    """Remove notes that follow an article: feedback widgets ("Was this article helpful?"),
    syndication notes ("The post ... appeared first on ..."), tag and category lines ("Tags:
    ...", "Posted in ..."), price-accuracy notes.

    Keeps sentences that merely contain those words: the whole line must be the note.
    """
    return True  # any line may be one; the whole line must be a phrase of the table


def is_bio(line: Line, lex: Lexicon | None = None) -> bool:
    """An author bio paragraph: a name (not a stopword: "It is ..."), then "is a ...", "has
    been ...", "specializes in ..." and the like, with a profession word.

    >>> is_bio(Line(1, "Jane Doe is a freelance writer based in Leeds who covers food."))
    True
    >>> is_bio(Line(2, "The council is a body of elected members."))
    False
    """
    if line.n_words > BIO_MAX_WORDS or line.bullet:
        return False
    lex = lex or english()
    start, words = lexicon_pattern(lex, "BIO_START", ignore_case=False), lexicon_pattern(lex, "BIO_WORDS")
    match = start.match(line.text) if start is not None else None
    if match is None or words is None or words.search(line.text) is None:
        return False
    # "It is the director's job ...", "This is a writer's guide ...": a name is not a stopword.
    name = match.group("name")
    return name is None or name.split()[0].lower() not in lex.wordset("STOPWORDS")


def _names_person(line: Line, names: list[str], spaceless: bool = False) -> bool:
    """A line of prose that names the bio's subject (by one of `names`, as a word of the line or
    the start of one: name_forms; in a language written without spaces, anywhere in it). Prose
    lines only: the author box's own name line ("Jane Doe") stands right above the bio."""
    if line.n_words < BIO_NAMED_MIN_WORDS:
        return False
    if spaceless:
        return any(n in line.text for n in names)
    forms = name_forms(line.text)
    return any(_name_key(n) in forms for n in names)


# A word of a text, as a name is written: letters and digits, apostrophes, hyphens, dots.
_WORD: Final = re.compile(r"[\w'’.-]+")
_WORD_EDGES: Final = ".'’-"
# In a language written without spaces a name is found anywhere in a line: the index holds each
# line's pieces of 3 (the shortest name word, _bio_names) to this many characters (the packs'
# names have at most 4), and a longer name is looked for line by line.
SPACELESS_NAME_MAX: Final = 8
# A language that declines its names adds an ending to them ("Ивана Петрова" for Иван Петров,
# "Jana Kowalskiego" for Jan Kowalski, the genitive "Brenners" for Brenner): a name is found as
# a word of the text or as the start of one, with an ending of at most this many letters (the
# Polish and Czech case endings "-iego", "-ovi", the Hungarian "-nak", "-ról" are 2 to 4 letters).
NAME_ENDING_MAX: Final = 5


def _name_key(name: str) -> str:
    return name.strip(_WORD_EDGES)


def _name_pieces(text: str) -> set[str]:
    """The pieces of a text in a language without spaces that a name can be (see
    SPACELESS_NAME_MAX)."""
    return {text[a : a + n] for n in range(3, SPACELESS_NAME_MAX + 1) for a in range(len(text) - n + 1)}


def name_words(text: str) -> set[str]:
    """The words a name is found by in `text`: each word without the punctuation at its ends, and
    its parts before a possessive apostrophe and between hyphens. (A name is looked up as a
    word, or the start of one: name_forms, not as any substring, so that one index answers every
    name at once.)

    >>> sorted(name_words("Doe's sister, Mary-Jane (Dr. Poe), said."))
    ['Doe', "Doe's", 'Dr', 'Jane', 'Mary', 'Mary-Jane', 'Poe', 'said', 'sister']
    """
    out: set[str] = set()
    for word in _WORD.findall(text):
        for part in (word, *word.split("-"), word.split("'")[0], word.split("’")[0]):
            key = part.strip(_WORD_EDGES)
            if key:
                out.add(key)
    return out


def name_forms(text: str) -> set[str]:
    """The forms a name is found by in `text`: its name_words, and each of them without an
    ending of 1 to NAME_ENDING_MAX letters (at least 3 letters left, the shortest name word), so
    that one look-up finds a name the text declines: "Петров" in "Петрова", "Kowalski" in
    "Kowalskiego", "Brenner" in "Brenners". (A few more words than the name count as naming the
    person, "Ann" in "Annual": a bio kept, never a line of the article lost.)

    >>> sorted(name_forms("Petrova."))
    ['Pet', 'Petr', 'Petro', 'Petrov', 'Petrova']
    """
    out: set[str] = set()
    for word in name_words(text):
        out.add(word)
        for cut in range(1, min(NAME_ENDING_MAX, len(word) - 3) + 1):
            out.add(word[:-cut])
    return out


def _is_question(line: Line) -> bool:
    return line.text.rstrip("\"'”’) ").endswith("?")


class _Before:
    """What the lines before a bio say, for `about_the_article`: the text's kept lines as the
    bio rule's cascade leaves them (`order`, positions in the document), of which the first
    `same` are the kept lines the rule started from (`start`). Counted once over `start`, so that
    asking about each of many bios costs no more than the lines the cascade changed."""

    def __init__(self, lines: Sequence[Line], start: Sequence[int], lex: Lexicon) -> None:
        self.lines = lines
        self.lex = lex
        self.start = start
        self.order: list[int] = list(start)
        self.same = len(start)
        self._questions: list[int] = []  # questions among start[:k], by k (made on first use)
        # Per name word, the first k of start whose line names it (made on first use: one pass
        # over the text answers every name, where asking each line per name was quadratic in a
        # text of many bios of different people).
        self._first_named: dict[str, int] | None = None

    def remove_tail(self, cut: int, gone: set[int]) -> None:
        """Take the positions in `gone`, all at or after order[cut], out of the order."""
        self.order[cut:] = [k for k in self.order[cut:] if k not in gone]
        self.same = min(self.same, cut)

    def about_the_article(self, bio: Line, n: int) -> bool:
        """True when the bio at order[n] is the article's own closing line about its subject:
        the lines before it name the person (by first name or surname: a profile or an obituary
        ends with their life in one line), or the text is an interview (several questions),
        which ends by introducing the interviewee."""
        names = _bio_names(bio, self.lex)
        if not names:
            return False  # "About the author: ..." says what it is
        lines, head = self.lines, min(n, self.same)
        extra = [lines[k] for k in self.order[head:n]]
        if self._first_naming(names) < head or any(
            _names_person(line, names, self.lex.spaceless) for line in extra
        ):
            return True
        if not self._questions:
            self._questions = list(accumulate((_is_question(lines[k]) for k in self.start), initial=0))
        questions = self._questions[head] + sum(map(_is_question, extra))
        return questions >= BIO_INTERVIEW_QUESTIONS and questions >= BIO_INTERVIEW_SHARE * n

    def _first_naming(self, names: list[str]) -> int:
        """The first k of start whose line names the person (len(start): none does)."""
        spaceless = self.lex.spaceless
        if self._first_named is None:
            lines = self.lines
            first: dict[str, int] = {}
            for k, i in enumerate(self.start):
                if lines[i].n_words >= BIO_NAMED_MIN_WORDS:
                    text = lines[i].text
                    for word in _name_pieces(text) if spaceless else name_forms(text):
                        first.setdefault(word, k)
            self._first_named = first
        none = len(self.start)
        if not spaceless:
            return min((self._first_named.get(_name_key(n), none) for n in names), default=none)
        out = none
        for name in names:
            if len(name) <= SPACELESS_NAME_MAX:
                out = min(out, self._first_named.get(name, none))
            else:  # longer than the index's pieces: asked of every line (no pack's names are)
                lines, named = self.lines, [name]
                out = min(
                    out,
                    next((k for k, i in enumerate(self.start) if _names_person(lines[i], named, True)), none),
                )
        return out


def _is_box_header(line: Line, ctx: Context) -> bool:
    return is_phrase(line, ctx, AUTHOR_BOX, ctx.lexicon.table(AUTHOR_BOX))


def _named_box(ctx: Context, kept: Sequence[int], n: int) -> bool:
    """The paragraph at kept[n] opens an author box by its shape: it starts with the name on the
    line above it ("Jane Doe" / "Jane Doe worked in radio ..."), under a box header ("About the
    Author", "Contributor"). The header says what the box is, so its paragraph needs no
    profession word."""
    if n < 2:
        return False
    lines = ctx.doc.lines
    para, name = lines[kept[n]], lines[kept[n - 1]]
    named = name.text.strip()
    return (
        not name.terminal
        and 0 < name.n_words <= NAME_MAX_WORDS
        and para.n_words > name.n_words
        and para.text.startswith(named)
        and _is_box_header(lines[kept[n - 2]], ctx)
    )


def _author_box(ctx: Context, before: _Before) -> set[int]:
    """The author box among the last lines of `before.order` (see author_bio)."""
    lines, kept, lex = ctx.doc.lines, before.order, ctx.lexicon
    out: set[int] = set()
    for n in range(max(0, len(kept) - BIO_MAX_FROM_END), len(kept)):
        i = kept[n]
        if n == 0:
            continue
        bio = is_bio(lines[i], lex) and not before.about_the_article(lines[i], n)
        if not bio and not _named_box(ctx, kept, n):
            continue
        out.add(i)
        # The rest of the bio, when every line after it to the end is about the same person.
        rest = [lines[k] for k in kept[n + 1 :]]
        if rest and all(_continues_bio(lines[i], line, lex) for line in rest):
            out.update(kept[n + 1 :])
        # The box's header and name lines right above the bio: any lines within
        # AUTHOR_BOX_MAX_LINES, and further up only a name's, a title's or a credential's (no
        # paragraph), up to AUTHOR_BOX_REACH lines.
        for m in range(n - 1, max(0, n - AUTHOR_BOX_REACH) - 1, -1):
            line = lines[kept[m]]
            if _is_box_header(line, ctx):
                out.update(kept[m:n])
                break
            if n - m >= AUTHOR_BOX_MAX_LINES and (line.terminal or line.n_words > CREDENTIAL_MAX_WORDS):
                break
    return out


@doc_rule(NOISE_CLASS)
def author_bio(ctx: Context) -> Iterable[int]:
    """Remove the author box at the end of the text: a bio paragraph ("Jane Doe is a freelance
    writer ...", "Jane Doe, Editor, X, studied ...", "Dr. Jane Doe, CPA, is ...", "Jane
    specializes in ...", "Hi, I'm Jane, and I oversee ...", "About the author: ...") among the
    last three lines, with an "About the Author" / "Written by" header and the name lines between
    the header and the bio (within four lines, or up to twelve when every line between is a
    name's, a title's or a credential's, unpunctuated). A paragraph that opens with the name on
    the line above it, under a box header ("Contributor" / "Jane Doe" / "Jane Doe worked in
    radio ..."), is a box's bio by its shape, with no profession word.

    The lines after the bio go with it when every one of them goes on about the same person (by
    name or pronoun). Once a box goes, the last three lines of what is left are asked again, as
    the next pass would ask them (several authors' boxes; a pass per box made the work on a text
    of many bios quadratic); what is left is without the lines the pass's later rules take once
    the box is gone, too (a short line between two removed lines, foot notices, a name and title
    at the end: see _TakenLater).

    Keeps bios elsewhere in the text, the last lines of a short text (fewer than 10 lines), a bio
    of someone the text already names (a profile or an obituary ends with their life; first name
    or surname), the closing introduction of an interview (a quarter of the lines before it, and
    at least three, are questions),
    and everything after the last line of the article that is not part of the box.
    """
    if not ctx.lexicon.pattern("BIO_START"):
        return []
    before = _Before(ctx.doc.lines, ctx.kept(), ctx.lexicon)
    removed: set[int] = set()
    later = _TakenLater(ctx, removed)
    while len(before.order) >= BIO_MIN_LINES:
        box = _author_box(ctx, before)
        if not box:
            break
        removed |= box
        # Every line of a box is among the last lines: its bio, what follows, its header above.
        cut = max(0, len(before.order) - BIO_MAX_FROM_END - AUTHOR_BOX_REACH)
        before.remove_tail(cut, box)
        before.remove_tail(cut, later.taken(before.order, cut))
    return sorted(removed)


class _TakenLater:
    """The lines the pass's later rules take at the end of the text once author_bio's boxes go,
    so that author_bio asks the last three lines of the text the pass leaves, not of the text as
    it stands: a short unpunctuated line between two removed lines (orphan_between_noise), and
    from the end, foot notices (foot_notice) and name-and-title cards (author_card), each only
    when its rule is enabled.

    Without this, a bio and such a line taking turns at the end of the text ("Jane Doe is a
    writer." / "Senior Editor", again and again) went a pair or two a pass, and the passes made
    the work quadratic in the text (issue 18). Only lines near the end are asked (the last
    lines since `cut`), so the work is bounded by what the boxes remove. A prediction that a
    later rule does not fulfil (one of the rules between them removed other lines) costs a pass,
    never a line: the next pass asks again.
    """

    def __init__(self, ctx: Context, removed: set[int]) -> None:
        disabled = ctx.config.disabled
        self.ctx = ctx
        self.removed = removed  # author_bio's removals so far in this pass
        self.orphans = orphan_between_noise.name not in disabled
        self.notices = foot_notice.name not in disabled
        self.cards = author_card.name not in disabled
        self.title_words = ctx.lexicon.wordset("TITLE_WORDS")
        self.connectors = ctx.lexicon.wordset("TITLE_CONNECTORS")
        self.notice_gone: set[int] = set()
        self.is_notice: dict[int, bool] = {}  # foot_notice's wording, by line asked
        # Positions of the cards predicted to go (author_card runs after foot_notice), sorted:
        # foot_notice still counts them among the last FOOT_LINES lines (not the orphans: see
        # foot_notice).
        self.after_notices: list[int] = []
        # orphan_between_noise keeps the headline whatever its neighbours; no line up to it is
        # predicted an orphan.
        self.headline = max(orphan_headlines(ctx), default=len(ctx.doc.lines))

    def _gone(self, i: int) -> bool:
        """Removed by the time orphan_between_noise runs (as far as author_bio can tell)."""
        return self.ctx.is_removed(i) or i in self.removed or i in self.notice_gone

    def taken(self, order: list[int], cut: int) -> set[int]:
        """The lines of order[cut:] the later rules take; `order` loses them."""
        ctx, lines = self.ctx, self.ctx.doc.lines
        out: set[int] = set()
        while True:
            changed = False
            if self.notices:
                for k in range(len(order) - 1, cut - 1, -1):
                    # Every line after it is counted (notices too): a prediction may fall short.
                    if self._foot_notice(order[k], len(order) - 1 - k):
                        self.notice_gone.add(order[k])
                        out.add(order[k])
                        changed = True
                order[cut:] = [i for i in order[cut:] if i not in out]
            if self.orphans:
                for i in order[cut:]:
                    if (
                        self.headline < i < len(lines) - 1
                        and orphan_shaped(lines[i], ctx)
                        and self._gone(i - 1)
                        and self._gone(i + 1)
                    ):
                        out.add(i)
                        changed = True
                order[cut:] = [i for i in order[cut:] if i not in out]
            while (
                self.cards
                and len(order) >= 2
                and is_card(lines[order[-2]], lines[order[-1]], self.title_words, self.connectors)
            ):
                for _ in range(2):
                    out.add(order[-1])
                    insort(self.after_notices, order.pop())
                changed = True
            cut = min(cut, len(order))
            if not changed:
                return out

    def _foot_notice(self, i: int, after: int) -> bool:
        """foot_notice takes the line at `i`, with `after` lines of the text after it (and the
        cards predicted to go there, which foot_notice still sees)."""
        seen = after + len(self.after_notices) - bisect_right(self.after_notices, i)
        if seen >= FOOT_LINES:
            return False
        if i not in self.is_notice:
            line = self.ctx.doc.lines[i]
            self.is_notice[i] = _notice_sized(line) and _notice_says(line, self.ctx.lexicon, "FOOT_NOTICE")
        return self.is_notice[i]


# A legal or editorial disclaimer, and fine print at the foot of the page (a licence, an
# adviser's registration, trademark and risk notices; asked only of the last FOOT_LINES kept
# lines, where pages print it): the document language's DISCLAIMER and FOOT_NOTICE, each after
# its cheap gate (DISCLAIMER_MARKS, FOOT_NOTICE_MARKS: every match holds one of them); REPORTED,
# what marks a line as reporting someone else's words.
FOOT_LINES: Final = 25
# A disclaimer is a notice of a few sentences, not a paragraph of the article.
DISCLAIMER_MAX_WORDS: Final = 120
# The fewest words a match of DISCLAIMER (in English) spans ("for informational purposes only", "not meant as
# legal ...", "substitute for legal advice", "views expressed are their", "does not imply
# endorsement", "do not provide tax,"): a shorter line is never asked further.
DISCLAIMER_MIN_WORDS: Final = 4


def _notice_sized(line: Line) -> bool:
    """Shaped like a notice, for disclaimer and foot_notice: a paragraph of a few sentences, not a
    list item."""
    return DISCLAIMER_MIN_WORDS <= line.n_words <= DISCLAIMER_MAX_WORDS and not line.bullet


def _notice_says(line: Line, lex: Lexicon, key: str) -> bool:
    """The notice wording of the lexicon's pattern `key`, in the page's own voice, for disclaimer
    and foot_notice, after the pattern's cheap gate (`key`_MARKS)."""
    pattern = lexicon_pattern(lex, key)
    if pattern is None or not has_any(line.lower, lex.marks(key + "_MARKS")):
        return False
    if pattern.search(line.text) is None:
        return False
    # An article that reports what someone else's notice says ("a spokesperson told us that ...
    # does not constitute an endorsement") is content; a notice speaks for the page itself.
    reported = lexicon_pattern(lex, "REPORTED")
    return reported is None or reported.search(line.lower) is None


@line_rule(NOISE_CLASS)
def disclaimer(line: Line, ctx: Context) -> bool:
    """Remove a legal or editorial disclaimer ("This post is for informational purposes only and
    is not intended to be a substitute for medical advice.", "The views expressed are the
    author's own.", "... does not constitute an endorsement").

    Keeps an article sentence that advises seeing a doctor or a lawyer: the line must use the
    fixed wording of a notice, and a list item or a long paragraph is never a notice.
    """
    return _notice_sized(line) and _notice_says(line, ctx.lexicon, "DISCLAIMER")


@doc_rule(NOISE_CLASS)
def foot_notice(ctx: Context) -> Iterable[int]:
    """Remove the fine print at the foot of the page among the last 25 lines: a licence ("This
    work is licensed under a Creative Commons ..."), an adviser's registration ("... is a
    Registered Investment Adviser."), trademark notices ("... owns the certification marks ...")
    and investment-risk notices ("All investing is subject to risk, including the possible loss
    ...").

    Keeps the same sentences higher up, where an article about licensing or investing may write
    them (25 lines up, not counting the notices themselves, nor the lines between them that the
    pass's later rules take: the fixed-point loop would remove them a pass at a time), and a report of someone else's notice ("..., the firm said"). A doc rule, not a line
    rule, because where the line stands decides: it runs on every pass, so the lines it sees are
    the last of the clean text too.
    """
    lines = ctx.doc.lines
    # The last FOOT_LINES lines of the text as it is once the notices found are gone: walking
    # back, a notice does not count towards them, nor a line the pass's later rules take because
    # of the notices: a short line between two of them (or a removed line), which
    # orphan_between_noise takes, and a name and title right before one, which author_card
    # takes. (Taking the last 25 kept lines as they stand, a foot of many notices went 25 a
    # pass, and the passes made the work quadratic; counting the lines between them, 12 a pass.)
    disabled = ctx.config.disabled
    orphans = orphan_between_noise.name not in disabled
    headlines = orphan_headlines(ctx) if orphans else set()
    cards = author_card.name not in disabled
    title_words, connectors = ctx.lexicon.wordset("TITLE_WORDS"), ctx.lexicon.wordset("TITLE_CONNECTORS")
    out: list[int] = []
    taken: set[int] = set()

    def gone(i: int) -> bool:
        return i in taken or ctx.is_removed(i)

    others = 0
    # A line counted in `others` whose next line is gone: an orphan if its previous one is too.
    pending = -1
    counted = -1  # the line counted last (a card's title when this line is its name)
    for i in reversed(ctx.kept()):
        if pending > i + 1:  # the line before the pending one was removed by an earlier rule
            others, pending = others - 1, -1
        if others - (pending >= 0) >= FOOT_LINES:
            break
        line = lines[i]
        if _notice_sized(line) and _notice_says(line, ctx.lexicon, "FOOT_NOTICE"):
            out.append(i)
            taken.add(i)
            if pending == i + 1:
                others -= 1
            pending = counted = -1
            continue
        others += 1
        if (
            cards
            and counted == i + 1
            and (i + 2 == len(lines) or gone(i + 2))
            and is_card(line, lines[i + 1], title_words, connectors)
        ):
            others -= 2
            pending = counted = -1
            continue
        pending = (
            i
            if orphans
            and 0 < i < len(lines) - 1
            and i not in headlines
            and orphan_shaped(line, ctx)
            and gone(i + 1)
            else -1
        )
        counted = i
    return out[::-1]


# site_footer: the site's contact details after the article: its offices' postal addresses, phone numbers and
# email addresses, one a line, between short headings (a country, "Contact Us"). Read by shape
# alone, in any language.
# A phone number: 7 to 15 digits (ITU-T E.164 allows 15) with the separators pages print, or
# several of them on one line; after an optional short label ending in a colon.
_NUMBER: Final = r"\+?\(?\d[\d \u00a0().\-–/]{5,}\d"
_PHONE: Final = re.compile(rf"(?:[^\d:@]{{1,30}}:\s*)?{_NUMBER}(?:\s*[,;/]\s*{_NUMBER})*")
PHONE_MIN_DIGITS: Final = 7
PHONE_MAX_DIGITS: Final = 40  # a line of up to three numbers
# An email address alone, after an optional short label.
_EMAIL: Final = re.compile(r"(?:[^:@]{1,30}:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A postal address: parts separated by commas, with a house number at its start or a postcode
# (four to six digits, a US ZIP+4, a British outward and inward code) at its end or beside a
# place name; never a year (an exhibition list's "Gallery, London, 2019").
_POSTCODE: Final = re.compile(
    r"(?:^|[\s,])(?!(?:19|20)\d\d\b)(?:\d{4,6}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})(?=[\s,.]*$|,)"
)
# A house number, then the street's name, capitalised ("12 Example Road", "40 Sample Drive").
_HOUSE_NUMBER: Final = re.compile(r"^(?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?(?:[/-]\d+)*\s+[A-Z]")
# A street address opened by a house number has its place after two commas at least (street,
# town, region); one comma is a numbered title ("12 Tools for Analysts, Ranked").
HOUSE_NUMBER_MIN_COMMAS: Final = 2
# A reference list's entries quote a title and end with its year; an address does neither.
_QUOTES: Final = ("“", "”", '"', "«", "»", "„")
_YEAR_END: Final = re.compile(r"\b(?:19|20)\d\d\W*$")
ADDRESS_MAX_WORDS: Final = 20
ADDRESS_PART_MAX_WORDS: Final = 10
# A heading between the details: a short unpunctuated line ("USA", "Contact Us", "Lic. #000000")
# or a short question ("Want To Work With Us?").
CONTACT_HEADING_MAX_WORDS: Final = 4
CONTACT_QUESTION_MAX_WORDS: Final = 6
# A block needs this many details, of which this many addresses: a site's offices. (An
# article's own list of phone numbers, a help line and an email, has no addresses; a directory
# of clinics with their addresses goes on with their services, which break the block.)
CONTACT_MIN_DETAILS: Final = 3
CONTACT_MIN_ADDRESSES: Final = 2
# At most this many headings open the block (its title, the first office's country).
CONTACT_MAX_OPENING: Final = 2


def postal_address(line: Line) -> bool:
    """A postal address on one line: comma-separated parts of a few words each, with a house
    number at its start or a postcode (not a year).

    >>> [postal_address(Line(1, t)) for t in ("12 Example Road, Suite 3, Springfield, ST 00000",
    ...     "7 Sample Place, Townley AB1 2CD, Shireton", "Solo show, Tate, London, 2019",
    ...     "2019, London, a year of strikes", "12 Policy Centre. “Costs,” May 2024.",
    ...     "3 files changed, 40 insertions(+), 2 deletions(-)", "12 Tools for Analysts, Ranked")]
    [True, True, False, False, False, False, False]
    """
    text = line.text.strip()
    if line.bullet or "," not in text or line.n_words > ADDRESS_MAX_WORDS or text.endswith(("!", "?", ":")):
        return False
    if any(len(part.split()) > ADDRESS_PART_MAX_WORDS for part in text.split(",")):
        return False
    if any(mark in text for mark in _QUOTES) or "|" in text or _YEAR_END.search(text):
        return False  # a reference, a note or a title with its site's name, not an address
    if _HOUSE_NUMBER.match(text) is not None and text.count(",") >= HOUSE_NUMBER_MIN_COMMAS:
        return True
    return _POSTCODE.search(text) is not None


_DIGIT_OR_AT: Final = re.compile(r"[\d@]")
# The kinds of contact detail (_contact_detail).
_NO_DETAIL: Final = 0
_ADDRESS: Final = 1
_PHONE_NUMBER: Final = 2
_EMAIL_ADDRESS: Final = 3


def _contact_detail(line: Line) -> int:
    """The kind of contact detail a line is (_ADDRESS, _PHONE_NUMBER, _EMAIL_ADDRESS), or
    _NO_DETAIL."""
    text = line.text.strip()
    if _DIGIT_OR_AT.search(text) is None:
        return _NO_DETAIL  # every detail holds a digit or an "@" (one cheap search first)
    if _PHONE.fullmatch(text) and PHONE_MIN_DIGITS <= sum(c.isdigit() for c in text) <= PHONE_MAX_DIGITS:
        return _PHONE_NUMBER
    if _EMAIL.fullmatch(text):
        return _EMAIL_ADDRESS
    return _ADDRESS if postal_address(line) else _NO_DETAIL


def _named_address(line: Line) -> bool:
    """An address that opens with its place's name, with no digit ("Central Library, 40 Market
    Street, Leeds LS1 6AB"), not with a house number or a suite."""
    return not any(c.isdigit() for c in line.text.split(",", 1)[0])


def _place_list(lines: Sequence[Line], block: Sequence[int]) -> bool:
    """Two addresses in a row, each opening with its place's name: a list of places (an event's
    venues, a chain's branches, the shops that stock a book), which the article gives; a site's
    offices stand each under its heading (a country, a city) or with its phone number."""
    return any(
        _contact_detail(lines[a]) == _ADDRESS
        and _contact_detail(lines[b]) == _ADDRESS
        and _named_address(lines[a])
        and _named_address(lines[b])
        for a, b in pairwise(block)
    )


def _contact_heading(line: Line) -> bool:
    """A short heading between contact details: an unpunctuated line of a few words, or a
    short question."""
    if line.terminal:
        return line.text.rstrip().endswith("?") and line.n_words <= CONTACT_QUESTION_MAX_WORDS
    return line.n_words <= CONTACT_HEADING_MAX_WORDS


@doc_rule(NOISE_CLASS)
def site_footer(ctx: Context) -> Iterable[int]:
    """Remove the site's footer after the article's last paragraph, read by its shape: the
    site's contact details, and its link menu printed with separators.

    Contact details: a run of postal addresses, phone
    numbers and email addresses, one a line, between short headings ("USA", "Contact Us",
    "Lic. #000000"), with at least CONTACT_MIN_DETAILS (3) details of which
    CONTACT_MIN_ADDRESSES (2) addresses, after the last paragraph of the text (an address is no
    paragraph, even when it ends in a full stop). Up to CONTACT_MAX_OPENING (2) headings right
    above the first detail go with it. A separated link menu: SEPARATED_MIN_LINES (3) or more
    lines in a row, each a link of a few words ending in " |" ("Terms of Use |"), and
    the menu's last link after them. Reads no words, but the address shapes are those of
    English-speaking countries (postal_address: a house number first before a capitalised
    street name, or a postcode that ends the line or a part, "Leeds LS1 6AB", "ST 00000"): a
    German or French address ("Hafenstraße 12, 20457 Hamburg", "12 rue de la Paix, 75002
    Paris") is not read as one, so such a footer stays.

    Keeps a list of places (two addresses in a row, each opening with its place's name: an
    event's venues, a chain's branches), contact details inside the article (a paragraph follows them), an article's closing
    list of help lines and email addresses (no postal addresses), a directory whose entries go on
    with sentences, an exhibition or a publication list (a year is no postcode), the
    headings after the last detail, and table rows ("| Name | Rating |": a separated link holds
    one "|", at its end).
    """
    lines = ctx.doc.lines
    kept = ctx.kept()
    # After the last paragraph: walk back to it (the block is at the end, so this is short).
    k = len(kept)
    while k > 0:
        line = lines[kept[k - 1]]
        if is_prose(line, ctx) and not postal_address(line):
            break
        k -= 1
    if k == 0:
        return []  # no paragraph: no article for the details to follow
    out = _separator_menus(ctx, kept[k:])
    while k < len(kept):
        start = k
        details: list[int] = []
        last = -1
        while k < len(kept):
            line = lines[kept[k]]
            detail = _contact_detail(line)
            if detail:
                details.append(detail)
                last = k
            elif not _contact_heading(line):
                break
            k += 1
        if (
            len(details) >= CONTACT_MIN_DETAILS
            and details.count(_ADDRESS) >= CONTACT_MIN_ADDRESSES
            and not _place_list(lines, kept[start : last + 1])
        ):
            first = next(j for j in range(start, last + 1) if _contact_detail(lines[kept[j]]))
            out += kept[max(start, first - CONTACT_MAX_OPENING) : last + 1]
        k += 1
    return sorted(set(out))


# A footer's link menu printed with its separators, one link a line ("Terms of Use |", "About
# Us |"): at least this many such lines in a row, each a link's few words ending in " |" (a
# table's row starts with "|" or holds several).
SEPARATED_MIN_LINES: Final = 3
SEPARATED_MAX_WORDS: Final = 8


def _separated_link(line: Line) -> bool:
    text = line.text.strip()
    return text.endswith(" |") and text.count("|") == 1 and line.n_words <= SEPARATED_MAX_WORDS


def _separator_menus(ctx: Context, tail: Sequence[int]) -> list[int]:
    """The runs of separated links among `tail` (the kept lines after the last paragraph), each
    with the line after it when that is a link too (a short unpunctuated line: the menu's last
    link has no separator after it)."""
    lines = ctx.doc.lines
    out: list[int] = []
    k = 0
    while k < len(tail):
        start = k
        while k < len(tail) and _separated_link(lines[tail[k]]):
            k += 1
        if k - start >= SEPARATED_MIN_LINES:
            after = lines[tail[k]] if k < len(tail) else None
            last_link = after is not None and not after.terminal and after.n_words <= SEPARATED_MAX_WORDS
            out += tail[start : k + 1 if last_link else k]
        k += 1
    return out
