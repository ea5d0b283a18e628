"""The phrase index must answer exactly as the plain alternation of its phrases does: it only
decides which phrases to try, never what matches."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner.config import Config
from cleaner.document import (
    _BULLET_CHARS,
    _QUOTE_PAIRS,
    _WORD,
    Document,
    count_words,
    is_structure,
    normalize,
)
from cleaner.lexicon.en import (
    APPEAL_PHRASES,
    AUTHOR_BOX_HEADERS,
    CAPTION_PHRASES,
    END_NOTE_PHRASES,
    FURNITURE_PHRASES,
    LINK_TEASERS,
    LIST_HEADERS,
    PROMPT_PHRASES,
    WIDGET_PHRASES,
)
from cleaner.phrase_index import PhraseIndex, analyse

FIXTURES = Path(__file__).parent / "fixtures"
TABLES = {
    "appeals": APPEAL_PHRASES,
    "captions": CAPTION_PHRASES,
    "author_box": AUTHOR_BOX_HEADERS,
    "end_note": END_NOTE_PHRASES,
    "furniture": FURNITURE_PHRASES,
    "teasers": LINK_TEASERS,
    "list_headers": LIST_HEADERS,
    "prompts": PROMPT_PHRASES,
    "widgets": WIDGET_PHRASES,
}


def _plain(table: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in table))


def _fixture_lines() -> list[str]:
    """Every normalised line of the committed fixtures: seeds, negatives, the eval subset."""
    texts = [p.read_text(encoding="utf-8") for p in FIXTURES.rglob("*.txt")]
    for path in FIXTURES.rglob("*.jsonl"):
        for raw in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(raw)
            texts += [v for v in record.values() if isinstance(v, str)]
    return sorted({line.norm for text in texts for line in Document.from_text(text).lines})


LINES = _fixture_lines()


@pytest.mark.parametrize("name", sorted(TABLES))
def test_index_agrees_with_the_alternation_on_fixture_lines(name: str) -> None:
    table = TABLES[name]
    index, plain = PhraseIndex(table), _plain(table)
    assert len(LINES) > 1000
    disagree = [s for s in LINES if index.fullmatch(s) != (plain.fullmatch(s) is not None)]
    assert disagree == []


@pytest.mark.parametrize("name", sorted(TABLES))
def test_index_finds_every_phrase_of_the_table(name: str) -> None:
    """A line made from a phrase's own pattern always matches, whatever its first character or
    the texts it contains; with text around it, the answer is the alternation's."""
    table = TABLES[name]
    index, plain = PhraseIndex(table), _plain(table)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def check(data: st.DataObject) -> None:
        pattern = data.draw(st.sampled_from(table))
        text = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
        assert index.fullmatch(text), (pattern, text)
        around = data.draw(st.text(max_size=3)) + text + data.draw(st.text(max_size=3))
        assert index.fullmatch(around) == (plain.fullmatch(around) is not None)

    check()


@given(st.text(max_size=60), st.sampled_from(sorted(TABLES)))
@settings(max_examples=300, deadline=None)
def test_index_agrees_on_any_text(text: str, name: str) -> None:
    table = TABLES[name]
    norm = normalize(text)
    assert PhraseIndex(table).fullmatch(norm) == (_plain(table).fullmatch(norm) is not None)


def test_what_the_analysis_learns() -> None:
    first, clauses, prefixes = analyse(r"(\d+|one|two) ?min read")
    assert first is not None and {"1", "o", "t"} <= first and "x" not in first
    assert clauses == (frozenset({"min read"}),)
    # What can follow each first character: a digit, " " or "m" after a digit; "n" after "o".
    assert (
        prefixes is not None
        and {"1", " ", "m"} <= set(prefixes["1"] or ())
        and prefixes["o"] == {"n": {"e": None}}
    )
    # Required texts inside a branch: one of them must be there.
    assert analyse(r".{0,40}(newsletter|briefing) sign up")[1] == (
        frozenset({"newsletter", "briefing"}),
        frozenset({" sign up"}),
    )


@pytest.mark.parametrize(
    "pattern",
    [r"(?i:donate)", r"(?i:donate) now", r"\w+ says", r"[^a-z]+", r"\s*donate", r"x?"],
)
def test_what_the_analysis_does_not_model_is_tried_on_every_line(pattern: str) -> None:
    first, _, _ = analyse(pattern)
    assert first is None
    index = PhraseIndex((pattern,))
    for text in ["donate", "DONATE", "Donate now", "jo says", "123", "aa", "", "x"]:
        assert index.fullmatch(text) == (re.fullmatch(pattern, text) is not None)


_DIGIT_SET = set("0123456789") | {"<digit>"}
_END = None  # what follows the end of the line: nothing to know


@pytest.mark.parametrize(
    ("pattern", "prefixes"),
    [
        ("donate", {"d": {"o": {"n": None}}}),
        ("(please )?donate( now)?", {"p": {"l": {"e": None}}, "d": {"o": {"n": None}}}),
        ("a", {"a": {"": _END}}),  # a match one character long: the line ends after it
        ("ab?", {"a": {"b": {"": _END}, "": _END}}),
        ("a+b", {"a": {"a": {"a": None, "b": None}, "b": {"": _END}}}),
        ("a{2,3}", {"a": {"a": {"a": None, "": _END}}}),
        ("(ab|c)d", {"a": {"b": {"d": None}}, "c": {"d": {"": _END}}}),
        (
            "(?:x|yz)+w",
            {
                "x": {"x": {"x": None, "y": None, "w": None}, "y": {"z": None}, "w": {"": _END}},
                "y": {"z": {"x": None, "y": None, "w": None}},
            },
        ),
        (r"\bshare\b", {"s": {"h": {"a": None}}}),
        (r"[ab]c", {"a": {"c": {"": _END}}, "b": {"c": {"": _END}}}),
        (r"\d\d", {first: {second: {"": _END} for second in _DIGIT_SET} for first in _DIGIT_SET}),
        (r"a.b", {"a": None}),  # anything second
        (r"a\w", {"a": None}),
        (r"ab.", {"a": {"b": None}}),  # anything third
    ],
)
def test_what_can_come_first(pattern: str, prefixes: dict[str, object]) -> None:
    def frozen(trie: object) -> object:
        return None if trie is None else {k: frozen(v) for k, v in trie.items()}  # type: ignore[attr-defined]

    assert analyse(pattern)[2] == frozen(prefixes)


@pytest.mark.parametrize(
    "pattern",
    [r"a.b", r"a\w", r"(a|b*)*c", r"a(?i:b)", r"(?:ab|c.)d", r"x?ab", r"ab.", r"a(?i:b)c", r"ab\w+"],
)
def test_a_later_character_the_analysis_does_not_model_is_any(pattern: str) -> None:
    index = PhraseIndex((pattern,))
    for text in [
        "axb",
        "a_b",
        "ab",
        "aB",
        "c",
        "abc",
        "a",
        "",
        "cxd",
        "abd",
        "xab",
        "aab",
        "aBc",
        "abx",
        "abcd",
    ]:
        assert index.fullmatch(text) == (re.fullmatch(pattern, text) is not None)


def test_a_floating_phrase_is_tried_only_on_a_line_with_its_own_gate_text() -> None:
    # Another phrase's gate text sends a line to the gated candidates; each floating phrase there
    # carries its own texts, and a line without one of them never reaches its regex.
    index = PhraseIndex((r".{0,40}all rights reserved", r".{0,40}no credit card needed", r"share"))
    by_pattern = {pattern.pattern: texts for pattern, _, texts in index._gated["x", "y", "z"]}
    assert by_pattern == {
        ".{0,40}all rights reserved": ("all rights reserved",),
        ".{0,40}no credit card needed": ("no credit card needed",),
    }
    assert all(texts == () for _, _, texts in index._plain["s", "h", "a"])
    assert index.fullmatch("(c) acme. all rights reserved")
    assert not index.fullmatch("all rights reserved, but no credit card")


def test_digits_beyond_ascii_still_reach_digit_phrases() -> None:
    index = PhraseIndex((r"\d+ views",))
    assert index.fullmatch("٣ views")  # Arabic-Indic three
    assert index.fullmatch("3 views")
    assert not index.fullmatch("three views")


@given(st.text(max_size=80))
@settings(max_examples=500, deadline=None)
def test_count_words_is_the_number_of_words(text: str) -> None:
    assert count_words(text) == len(_WORD.findall(text))


# Text made of what the fast counts treat specially: apostrophes of both kinds, the non-ASCII
# separators, letters and digits on either side of them, underscores, accented letters.
_TRICKY = st.text(alphabet=st.sampled_from("ab1_ '’‘“”—–‑…\xa0\u200b•©½éüßÿª²×÷\xad\x85¡ĀЖ.-"), max_size=40)


@given(_TRICKY)
@settings(max_examples=1000, deadline=None)
def test_count_words_around_apostrophes_and_separators(text: str) -> None:
    assert count_words(text) == len(_WORD.findall(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("东京都は日本の首都です。", 4),  # 11 characters of a script without spaces, three to a word
        ("这是一个很长的句子，用来测试中文的分词和长度。", 7),  # 9 and 12 characters
        ("สวัสดีครับ", 4),  # Thai: 10 characters
        ("iPhone 16 发布会", 3),  # two spaced words, and three characters make one
        ("中", 1),
    ],
)
def test_count_words_without_spaces(text: str, words: int) -> None:
    # Chinese, Japanese and Thai runs are phrases, not words: a line of them is as long as its
    # characters say, so "short" and "prose" mean the same in every script.
    assert count_words(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "don't stop",
        "rock 'n' roll",
        "a''b",
        "a'b'c",
        "'quoted'",
        "x_y z",
        "_a'b",
        "U.S. troops",
        "3.5% of 1,200",
        "",
        "—",
        "it’s",
        "‘Hello’ — world…",
        "word—word",
        "café’s",
        "a’’b",
        "a’'b",
    ],
)
def test_count_words_on_apostrophes_and_separators(text: str) -> None:
    assert count_words(text) == len(_WORD.findall(text))


def _normalize_by_hand(text: str) -> str:
    for old, new in _QUOTE_PAIRS:
        text = text.replace(old, new)
    return " ".join(text.lstrip(_BULLET_CHARS).split()).rstrip(":：").rstrip().lower()


# Whitespace of every kind, bullets, quotes, colons and letters.
_SPACED = st.text(
    alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2009\u3000\u2028•-*:’“aB1"), max_size=30
)


@given(st.one_of(_SPACED, st.text(max_size=40)))
@settings(max_examples=1000, deadline=None)
def test_normalize_skips_the_split_only_where_it_changes_nothing(text: str) -> None:
    assert normalize(text) == _normalize_by_hand(text)


@pytest.mark.parametrize(
    "text", ["a  b", "a\tb", "a\xa0b", "a\u2009b", "a \n", "• Share: ", "x ", "", "Don’t  Miss"]
)
def test_normalize_on_whitespace(text: str) -> None:
    assert normalize(text) == _normalize_by_hand(text)


_STRUCTURE_TEXT = st.text(alphabet=st.sampled_from(":|{}[];,=<>- a1\n"), max_size=12)
# Text built from the starts the structure test knows: quantities, times, labels, lead-ins.
_STRUCTURE_STARTS = st.lists(
    st.sampled_from(
        [
            "1",
            "12",
            "3.5",
            "200",
            "g",
            " g",
            "tsp",
            ".",
            ")",
            " ",
            ":",
            ": ",
            "x",
            "Calories",
            "Prep",
            " minutes",
            "a",
            "B",
            "’",
            "-",
            "٣",
            "\t",
            "12:30",
            "•",
            "|",
            '"',
            "#",
        ]
    ),
    max_size=8,
).map("".join)
_STRUCTURE_START = re.compile(
    r"[-*•·▪◦]\s|\d{1,3}[.)]\s|\||[\"'@#$/]|\w[\w .'’-]{0,30}: \S"
    r"|\d+(?:[.,/]\d+)?\s?(?:g|kg|mg|ml|l|oz|lb|tsp|tbsp|cups?|cm|mm|km)\b|\d{1,2}[.:]\d{2}\b"
    r"|[A-Z][a-z]+(?: [a-z]+)? \d+(?:[.,]\d+)?\s?(?:g|mg|kg|ml|kcal|%|minutes|mins|hours)?$"
)


@given(st.one_of(_STRUCTURE_TEXT, _STRUCTURE_STARTS, st.text(max_size=30)))
@settings(max_examples=1000, deadline=None)
@example("a" * 31 + ": x")  # ": " as far as the lead-in reaches
@example("a" * 32 + ": x")  # and one character further
@example("٣ kg flour")
@example("Calories 385 ")  # a label's number, then the optional space before a unit
@example("Calories 385 \n")
@example("Prep 15 minutes\n")
@example("- \u2003item")  # a bullet, then any whitespace
@example("Contact Us")
def test_is_structure_as_the_single_pattern_said(text: str) -> None:
    by_hand = (
        _STRUCTURE_START.match(text) is not None or re.search(r"[:|{}\[\];,]$|[{}=<>;]", text) is not None
    )
    assert is_structure(text) == by_hand


def _first_table_by_hand(tables: list[tuple[str, ...]], text: str) -> int | None:
    return next((n for n, table in enumerate(tables) if _plain(table).fullmatch(text)), None)


def test_first_table_names_the_first_table_that_matches() -> None:
    """One index over every table, in order, gives the first table with a phrase matching each
    fixture line: the answer of matching the tables one by one."""
    tables = [TABLES[name] for name in sorted(TABLES)]
    index = PhraseIndex(*tables)
    hits = 0
    for text in LINES:
        expected = _first_table_by_hand(tables, text)
        assert index.first_table(text) == expected, text
        hits += expected is not None
    assert hits > 50  # the fixtures hold lines of many tables, so the order is really tested


@given(st.data())
@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
def test_first_table_on_generated_phrases(data: st.DataObject) -> None:
    names = data.draw(st.lists(st.sampled_from(sorted(TABLES)), min_size=1, max_size=4, unique=True))
    tables = [TABLES[name] for name in names]
    pattern = data.draw(st.sampled_from([p for table in tables for p in table]))
    text = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    assert PhraseIndex(*tables).first_table(text) == _first_table_by_hand(tables, text)


@pytest.mark.parametrize(
    "config",
    [
        Config(),
        Config(disabled=frozenset({"prompt_phrase", "caption_phrase"})),
        # "tags: ..." as furniture: its precondition refuses "Tags: news, politics:" (a colon at
        # the end), so the sweep must go on to end_note, whose own table holds it.
        Config(extra_phrases=(("furniture", ("share this", "tags: .*")), ("prompts", (r"\d+ views",)))),
    ],
    ids=["default", "disabled", "extras"],
)
def test_sweep_names_the_rule_asking_each_rule_would(config: Config) -> None:
    """The sweep's one match over every phrase table gives, for each fixture line, the first
    per-line rule that removes it: what asking each rule's predicate in turn gives."""
    from cleaner.lexicon import lexicon
    from cleaner.pipeline import _sweep_plan
    from cleaner.rules import Context
    from cleaner.rules.registry import RULES

    plan = _sweep_plan(config, lexicon("en"))
    rules = [r for r in RULES if r.predicate is not None and r.name not in config.disabled]
    texts = [p.read_text(encoding="utf-8") for p in FIXTURES.rglob("*.txt")]
    names = set()
    for text in texts:
        doc = Document.from_text(text + "\nShare this\n69 views\nTags: news, politics:\n")
        ctx = Context(doc, config, {})
        for line in doc.lines:
            expected = next((r.name for r in rules if r.predicate and r.predicate(line, ctx)), None)
            assert plan.verdict(line, ctx) == expected, line
            names.add(expected)
    assert len(names) >= 7


def test_sweep_finds_the_late_phrase_tables_their_own_index_would() -> None:
    """The sweep's one match also says which late phrase table (promo_phrase, editorial_note,
    disclosure_note) holds a line the sweep keeps: what matching the line against the late
    tables' own index gives, for lines of every kind (phrases of each table, and phrases of the
    per-line tables that a failed precondition keeps)."""
    from cleaner.lexicon import lexicon
    from cleaner.pipeline import _sweep_plan
    from cleaner.rules import Context, late_index, late_table, late_tables

    config = Config()
    lex = lexicon("en")
    plan = _sweep_plan(config, lex)
    own = late_index(late_tables(lex, config))
    texts = [p.read_text(encoding="utf-8") for p in FIXTURES.rglob("*.txt")]
    late_lines = "\nContact us today\nRead about our editorial process.\nAdvertiser Disclosure\n"
    found = set()
    for text in texts:
        doc = Document.from_text(text + late_lines)
        ctx = Context(doc, config, {})
        for line in doc.lines:
            name, hit = plan.judge(line, ctx)
            assert hit == (late_table(line, config, own) if name is None else -1), line
            found.add(hit)
    assert found == {-1, 0, 1, 2}


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(a|b)c", "(?:a|b)c"),
        (r"[(]x[)]", "[(]x[)]"),  # brackets in a class are characters
        (r"[]()]+ (y)", "[]()]+ (?:y)"),  # "]" first in a class is a character too
        (r"[^]( ](z)", "[^]( ](?:z)"),
        (r"\(paren\) (w)", r"\(paren\) (?:w)"),  # escaped brackets stay
        (r"(?i:x)(y)", "(?i:x)(?:y)"),
        (r"(?P<name>x)", "(?P<name>x)"),  # named: left as it is
        (r"(x)\1", r"(x)\1"),  # refers to its group: left as it is
        (r"(?P<n>x)(?P=n)", "(?P<n>x)(?P=n)"),
    ],
)
def test_non_capturing(pattern: str, expected: str) -> None:
    from cleaner.phrase_index import non_capturing

    converted = non_capturing(pattern)
    assert converted == expected
    samples = ["ac", "bc", "(x)", "]( y", "^ z", "(paren) w", "Xy", "x", "xx", "()) y", "a z"]
    for text in samples:
        assert (re.fullmatch(converted, text) is None) == (re.fullmatch(pattern, text) is None), text


def test_a_floating_phrase_of_an_earlier_table_comes_before_an_anchored_later_one() -> None:
    # Found by test_first_table_on_generated_phrases: the later table's phrase starts with "©"
    # (anchored), the earlier one's with ".{0,40}" (floating); the earlier table must win.
    index = PhraseIndex((r".{0,40}newsletter sign[- ]?up",), (r"©.{0,120}",))
    assert index.first_table("©newsletter signup") == 0
    assert index.first_table("© 2024 the paper") == 1
