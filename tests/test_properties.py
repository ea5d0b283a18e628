"""Invariants for any input: no exception, output lines are an in-order subset of the input
lines (byte for byte), the layout is kept (noise-free text comes back identical, the final line
ending as the input had it), cleaning is idempotent, and explain accounts for every removed line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import clean, clean_and_explain

# Lines drawn from noise and prose so the rules actually fire, mixed with arbitrary text.
SAMPLES = [
    "Read more:",
    "Related Posts",
    "You Missed",
    "By admin",
    "January 11, 2025",
    "69 views",
    "Get The Paper on WhatsApp",
    "Comments",
    "Your support helps us to tell the story",
    "Your support makes all the difference.",
    "A caption of a photo (Agency/Name)",
    "A caption of a photo",
    "soldier on bunk bed",
    "Advertisement",
    "Jane Doe",
    "The minister said on Tuesday that the plan would be published before the summer recess.",
    "Officials confirmed the figures, which were higher than expected, in a statement on Monday.",
    "Who are they?",
    "",
    "   ",
]
line = st.one_of(st.sampled_from(SAMPLES), st.text(max_size=80))
endings = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\x0c", "\u2028"])
documents = st.lists(st.tuples(line, endings), max_size=40).map(lambda xs: "".join(a + b for a, b in xs))


def _trimmed_lines(text: str) -> list[str]:
    return [s for s in (raw.strip() for raw in text.splitlines()) if s]


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_invariants(text: str) -> None:
    result = clean_and_explain(text)
    out = _trimmed_lines(result.text)
    assert _is_subsequence(out, _trimmed_lines(text))
    assert clean(result.text) == result.text
    # Every non-blank input line is either kept or explained, exactly once.
    numbers = [n for n, raw in enumerate(text.splitlines(), 1) if raw.strip()]
    accounted = sorted([k.number for k in result.kept] + [r.line for r in result.removed])
    assert accounted == numbers
    for removal in result.removed:
        assert text.splitlines()[removal.line - 1].strip() == removal.text


def _ends_with_line_break(text: str) -> bool:
    return text != "" and text.splitlines()[-1] != text.splitlines(keepends=True)[-1]


@settings(max_examples=300, deadline=None)
@given(documents)
def test_layout_kept(text: str) -> None:
    result = clean_and_explain(text)
    # Kept lines are input lines as they were: indentation, inner and trailing spaces, in order.
    assert _is_subsequence(result.text.splitlines(), text.splitlines())
    if not result.removed:
        assert result.text == text
    elif result.text:
        assert _ends_with_line_break(result.text) == _ends_with_line_break(text)
        # A removal adds no blank line, and leaves none at an edge it took a line from.
        out_lines, in_lines = result.text.splitlines(), text.splitlines()
        assert sum(not x.strip() for x in out_lines) <= sum(not x.strip() for x in in_lines)
        first = next(n for n, raw in enumerate(in_lines, 1) if raw.strip())
        last = max(n for n, raw in enumerate(in_lines, 1) if raw.strip())
        removed = {r.line for r in result.removed}
        if first in removed:
            assert out_lines[0].strip()
        if last in removed:
            assert out_lines[-1].strip()


# Noise-free text in every layout: paragraphs, an indented code block with inner and trailing
# spaces, runs of blank lines (some holding spaces), any line ending, with or without a final one.
PROSE_LINES = [
    "The council met on Tuesday and agreed, after a long debate, to publish the plan in spring.",
    "Residents had asked for the figures for years, and the report finally sets them out in full.",
    "    result = compute(total,  rate)   ",
    "\tfor row in rows:",
    "        print(row)  ",
    "  Indented prose keeps its indentation even though the rules read the line trimmed.",
]
# (Each line once: a line repeated on the page is noise to `repeated_line`.)
gaps = st.lists(st.sampled_from(["", "  ", "\t"]), max_size=3)
clean_documents = st.tuples(
    st.permutations(PROSE_LINES),
    st.lists(st.tuples(gaps, endings), min_size=len(PROSE_LINES), max_size=len(PROSE_LINES)),
    st.sampled_from(["", "\n", "\r\n"]),
).map(
    lambda t: (
        "".join(
            "".join(b + end for b in blanks) + line + end
            for line, (blanks, end) in zip(t[0], t[1], strict=True)
        )[: -len(t[1][-1][1])]
        + t[2]
    )
)


@settings(max_examples=200, deadline=None)
@given(clean_documents)
def test_noise_free_text_is_unchanged_byte_for_byte(text: str) -> None:
    assert clean(text) == text


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)
records = st.lists(
    st.dictionaries(
        st.text(max_size=8).filter(lambda k: k not in ("text", "cleaner_removed")), json_values, max_size=4
    ).flatmap(lambda extra: documents.map(lambda text: {**extra, "text": text})),
    max_size=6,
)


@settings(max_examples=150, deadline=None)
@given(records)
def test_jsonl_records_round_trip(rows: list[dict[str, object]]) -> None:
    import json

    from cleaner.records import Options, clean_jsonl
    from cleaner.run_report import Report

    report = Report()
    lines = [json.dumps(r) for r in rows]
    out = [json.loads(x) for x in clean_jsonl(lines, "<test>", Options(explain=True), report)]
    assert len(out) == len(rows) and not report.failures
    for before, after in zip(rows, out, strict=True):
        assert {k: v for k, v in after.items() if k not in ("text", "cleaner_removed")} == {
            k: v for k, v in before.items() if k != "text"
        }
        assert after["text"] == clean(str(before["text"]))
        assert len(after["cleaner_removed"]) == len(clean_and_explain(str(before["text"])).removed)


# Pages: the same lines wrapped in block elements, some inside noise markup, some not, with
# arbitrary text and broken tags mixed in.
blocks = st.tuples(
    st.sampled_from(["p", "h2", "li", "figcaption", "aside", "div class='related-posts'", "td", "span"]),
    line,
)
pages = st.lists(st.one_of(blocks, st.text(max_size=40)), max_size=30).map(
    lambda xs: (
        "<html><body>"
        + "".join(x if isinstance(x, str) else f"<{x[0]}>{x[1]}</{x[0].split()[0]}>" for x in xs)
        + "</body></html>"
    )
)


@settings(max_examples=150, deadline=None)
@given(pages, st.booleans())
def test_html_invariants(page: str, markup: bool) -> None:
    from cleaner.api import clean_html_and_explain
    from cleaner.config import Config
    from cleaner.html import extract

    extracted = extract(page, markup=markup)
    result = clean_html_and_explain(page, Config(html_markup=markup))
    # Output lines are lines of the extracted text, in order, and each removal is explained.
    assert _is_subsequence(_trimmed_lines(result.text), _trimmed_lines(extracted.text))
    assert len(result.kept) + len(result.removed) == len(_trimmed_lines(extracted.text))
    # The clean text is a fixed point of the text pipeline too (markup removals included).
    assert clean(result.text) == result.text
