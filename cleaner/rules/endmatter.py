"""End matter: what follows the article on its page (the author's bio, feedback widgets, "The
post ... appeared first on ..." notes, tag and category lines, disclaimers).

Noise class `endmatter`: page furniture that is judged by its place at the end of the text. Its
phrase tables have keys of their own and take no `[phrases]` extras (a user's `[phrases]
furniture` extras are matched by furniture_phrase, which runs first).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Final

from cleaner.document import Line
from cleaner.lexicon import Lexicon, english
from cleaner.rules import Context, doc_rule, has_any, is_phrase, lexicon_pattern, line_rule, phrase_rule

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


def _names_person(line: Line, names: list[str]) -> bool:
    """A line of prose that names the bio's subject (by one of `names`). Prose lines only: the
    author box's own name line ("Jane Doe") stands right above the bio."""
    return line.n_words >= BIO_NAMED_MIN_WORDS and any(n in line.text for n in names)


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
        self._named: dict[tuple[str, ...], int] = {}  # first k of start naming them (len: none)

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
        if self._first_naming(tuple(names)) < head or any(_names_person(line, names) for line in extra):
            return True
        if not self._questions:
            self._questions = list(accumulate((_is_question(lines[k]) for k in self.start), initial=0))
        questions = self._questions[head] + sum(map(_is_question, extra))
        return questions >= BIO_INTERVIEW_QUESTIONS and questions >= BIO_INTERVIEW_SHARE * n

    def _first_naming(self, names: tuple[str, ...]) -> int:
        if names not in self._named:
            lines, named = self.lines, list(names)
            self._named[names] = next(
                (k for k, i in enumerate(self.start) if _names_person(lines[i], named)), len(self.start)
            )
        return self._named[names]


def _author_box(ctx: Context, before: _Before) -> set[int]:
    """The author box among the last lines of `before.order` (see author_bio)."""
    lines, kept, lex = ctx.doc.lines, before.order, ctx.lexicon
    out: set[int] = set()
    for n in range(max(0, len(kept) - BIO_MAX_FROM_END), len(kept)):
        i = kept[n]
        if n == 0 or not is_bio(lines[i], lex) or before.about_the_article(lines[i], n):
            continue
        out.add(i)
        # The rest of the bio, when every line after it to the end is about the same person.
        rest = [lines[k] for k in kept[n + 1 :]]
        if rest and all(_continues_bio(lines[i], line, lex) for line in rest):
            out.update(kept[n + 1 :])
        # The box's header and name lines right above the bio.
        for m in range(n - 1, max(0, n - AUTHOR_BOX_MAX_LINES) - 1, -1):
            j = kept[m]
            if is_phrase(lines[j], ctx, AUTHOR_BOX, ctx.lexicon.table(AUTHOR_BOX)):
                out.update(kept[m:n])
                break
    return out


@doc_rule(NOISE_CLASS)
def author_bio(ctx: Context) -> Iterable[int]:
    """Remove the author box at the end of the text: a bio paragraph ("Jane Doe is a freelance
    writer ...", "Jane Doe, Editor, X, studied ...", "Dr. Jane Doe, CPA, is ...", "Jane
    specializes in ...", "Hi, I'm Jane, and I oversee ...", "About the author: ...") among the
    last three lines, with an "About the Author" / "Written by" header and the name lines between
    the header and the bio.

    The lines after the bio go with it when every one of them goes on about the same person (by
    name or pronoun). Once a box goes, the last three lines of what is left are asked again, as
    the next pass would ask them (several authors' boxes; a pass per box made the work on a text
    of many bios quadratic).

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
    while len(before.order) >= BIO_MIN_LINES:
        box = _author_box(ctx, before)
        if not box:
            break
        removed |= box
        # Every line of a box is among the last lines: its bio, what follows, its header above.
        before.remove_tail(max(0, len(before.order) - BIO_MAX_FROM_END - AUTHOR_BOX_MAX_LINES), box)
    return sorted(removed)


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
    them (25 lines up, not counting the notices themselves, which the fixed-point loop would
    remove a pass at a time), and a report of someone else's notice ("..., the firm said"). A doc rule, not a line
    rule, because where the line stands decides: it runs on every pass, so the lines it sees are
    the last of the clean text too.
    """
    lines = ctx.doc.lines
    # The last FOOT_LINES lines of the text as it is once the notices found are gone: walking
    # back, a notice does not count towards them. (Taking the last 25 kept lines as they stand,
    # a foot of many notices went 25 a pass, and the passes made the work quadratic.)
    out: list[int] = []
    others = 0
    for i in reversed(ctx.kept()):
        if others == FOOT_LINES:
            break
        line = lines[i]
        if _notice_sized(line) and _notice_says(line, ctx.lexicon, "FOOT_NOTICE"):
            out.append(i)
        else:
            others += 1
    return out[::-1]
