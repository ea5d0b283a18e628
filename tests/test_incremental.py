"""What the pipeline keeps from pass to pass instead of computing it again, and that keeping it
changes no result (the removals themselves are pinned by scripts/removals.py on the dev texts)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from cleaner.config import Config
from cleaner.document import Document, Line, has_digit, mark_schedules
from cleaner.pipeline import SweepMemo, run_pass


def test_a_later_sweep_takes_the_verdicts_of_the_lines_it_judged() -> None:
    doc = Document.from_text("A headline\nShare this\nThe council met on Tuesday to discuss the plan.\n")
    memo = SweepMemo()
    assert run_pass(doc, Config(), memo=memo) == {1: "prompt_phrase"}
    assert memo.verdicts == {
        "A headline": None,
        "Share this": "prompt_phrase",
        "The council met on Tuesday to discuss the plan.": None,
    }
    # A verdict the memo holds is not asked again: a sweep with the same memo takes it as it is.
    memo.verdicts["A headline"] = "furniture_phrase"
    assert run_pass(doc, Config(), memo=memo) == {0: "furniture_phrase", 1: "prompt_phrase"}


def test_a_line_whose_marks_changed_is_judged_again() -> None:
    # "Watch" among short items is a list's item (Line.item), which caption_phrase keeps; the
    # same text without its neighbours is a caption label. The memo keys marked lines by their
    # marks, so the two are judged apart.
    items = ["Map", "Compass", "Watch", "GPS app"]
    memo = SweepMemo()
    listed = Document.from_text("\n".join(items))
    assert run_pass(listed, Config(), memo=memo) == {}
    alone = Document.from_text("A sentence of the article, long enough to be prose here.\nWatch\n")
    assert run_pass(alone, Config(), memo=memo) == {1: "caption_phrase"}
    assert ("Watch", False, True, False, False) in memo.marked


@given(st.text())
@example("Top 10 ²")
@example("٣ days")
@example("x\u2460")
def test_has_digit_is_any_character_a_digit(text: str) -> None:
    assert has_digit(text) == any(ch.isdigit() for ch in text)


def test_a_line_is_a_bare_date_once_whatever_its_neighbours() -> None:
    dates = [Line(1, "March 16, 2026"), Line(2, "Atlanta"), Line(3, "• 2024-05-01"), Line(4, "April 2, 2026")]
    assert [line.bare_date for line in dates] == ["march 16, 2026", "", "2024-05-01", "april 2, 2026"]
    mark_schedules(dates)
    assert [line.schedule for line in dates] == [True, False, True, True]


def test_the_prose_span_follows_what_the_pass_removed() -> None:
    from cleaner.rules import Context

    prose = "The council met on Tuesday to discuss the plan for the new school."
    doc = Document.from_text(f"Home\n{prose}\nMenu\n{prose} Again.\nFooter\n")
    removed: dict[int, str] = {}
    ctx = Context(doc, Config(), removed, mask=[False] * len(doc.lines))
    assert ctx.prose_span() == (1, 3)
    removed[3] = "some_rule"
    assert ctx.mask is not None
    ctx.mask[3] = True
    assert ctx.prose_span() == (1, 1)
    removed[1] = "some_rule"
    ctx.mask[1] = True
    assert ctx.prose_span() == (len(doc.lines), -1)
    assert ctx.norm_counts() == {
        "home": 1,
        prose.lower(): 1,
        "menu": 1,
        f"{prose} again.".lower(): 1,
        "footer": 1,
    }
