"""clean(clean(x)) == clean(x): the shapes whose second cleaning once removed more, and every
input of tests/fixtures (`make idempotence` runs the same check over the WCXB dev set)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import clean, clean_and_explain

FIXTURES = Path(__file__).parent / "fixtures"

PROSE = [
    "The council said on Tuesday that the new bridge would open to traffic before the end of the year.",
    "Engineers had tested the structure for several weeks, and the results were better than expected.",
    "Residents who live near the river told reporters that they were glad the work was nearly over.",
]
# A related-posts list whose teasers carry dates: it goes as a link list, its dates with it.
RELATED = [
    "Related Posts",
    "A guide to the old town for first-time visitors",
    "October 10, 2025",
    "Where to eat near the harbour this summer",
    "July 10, 2025",
    "Ten walks along the river for a quiet weekend",
    "October 8, 2024",
    "Write A Comment Cancel Reply",
]
# A tour's dates: rows of the article, three different ones.
TOUR = ["The tour stops in three cities:", "Atlanta", "March 16, 2026", "Denver", "March 19, 2026", "Seattle"]
TOUR += ["April 2, 2026"]

# (case, lines of the text, lines the cleaning keeps that matter to the case, lines it removes)
SHAPES = [
    # The dateline counted as a row of a schedule only beside the related list's dates: once
    # those went, the next cleaning saw a lone dateline and removed it. Line.schedule is marked
    # again on the kept lines, so the first cleaning judges it as the second does.
    (
        "dateline beside a removed dated list",
        ["How the new bridge was built", "March 26, 2023", *PROSE, *RELATED],
        PROSE,
        ["March 26, 2023", "Related Posts"],
    ),
    # The same, with a byline beside the dateline: author_name reads the removed dateline.
    (
        "byline and dateline beside a removed dated list",
        ["How the new bridge was built", "Jane Doe", "March 26, 2023", *PROSE, *RELATED],
        PROSE,
        ["March 26, 2023", "Related Posts"],
    ),
    # A schedule whose rows stay is still a schedule after the related list goes: its dates stay.
    (
        "schedule kept beside a removed dated list",
        ["How the tour was planned", *PROSE, *TOUR, *RELATED],
        [*PROSE, *TOUR],
        ["Related Posts"],
    ),
]


@pytest.mark.parametrize(("lines", "kept", "removed"), [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_shape_is_idempotent(lines: list[str], kept: list[str], removed: list[str]) -> None:
    result = clean_and_explain("\n".join(lines) + "\n")
    out = result.text.splitlines()
    assert all(line in out for line in kept)
    assert all(line not in out for line in removed)
    assert clean_and_explain(result.text).removed == ()


def _fixture_texts() -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for path in sorted(FIXTURES.rglob("*")):
        name = str(path.relative_to(FIXTURES))
        if path.suffix == ".txt" and not path.name.startswith("expected"):
            texts.append((name, path.read_text(encoding="utf-8")))
        elif path.suffix == ".jsonl" and not path.name.startswith("expected"):
            with path.open(encoding="utf-8") as records:
                for number, line in enumerate(records, start=1):
                    text = json.loads(line).get("text")
                    if isinstance(text, str):
                        texts.append((f"{name}:{number}", text))
    return texts


FIXTURE_TEXTS = _fixture_texts()


def test_fixture_texts_found() -> None:
    assert len(FIXTURE_TEXTS) > 50


@pytest.mark.parametrize("text", [t for _, t in FIXTURE_TEXTS], ids=[n for n, _ in FIXTURE_TEXTS])
def test_fixture_input_is_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once
