"""The per-record and per-run outputs of `cleaner clean`: --metadata, --drop-empty,
--stats-json and --removed-out, for JSONL, text files and stdin, at one and two jobs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import __version__
from cleaner.cli import main

PROSE = "The body of the story is a sentence long enough to count as prose here."
NOISY = f"Headline of the story\n\nGet The Paper on WhatsApp\n\n{PROSE}\n"


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def _rows() -> str:
    rows = [{"id": "a", "text": NOISY}, {"id": "b", "text": "Advertisement"}, {"id": "c", "text": PROSE}]
    return "".join(json.dumps(r) + "\n" for r in rows)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_metadata_drop_empty_stats_and_removed(tmp_path: Path, jobs: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "data.jsonl").write_text(_rows())
    stats, removed = tmp_path / "stats.json", tmp_path / "removed.jsonl"
    code, _, err = run(
        "clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", jobs,
        "--metadata", "--drop-empty", "--stats-json", str(stats), "--removed-out", str(removed),
    )  # fmt: skip
    assert code == 0, err
    out = [json.loads(x) for x in (tmp_path / "out" / "data.jsonl").read_text().splitlines()]
    assert [r["id"] for r in out] == ["a", "c"]
    assert out[0]["text"] == f"Headline of the story\n\n{PROSE}\n"
    assert out[0]["cleaner"] == {
        "cleaner_version": __version__,
        "extraction": None,
        "language": "en",
        "lines_kept": 2,
        "lines_removed": 1,
        "chars_kept": len(out[0]["text"]),
        "chars_removed": len(NOISY) - len(out[0]["text"]),
        "removed_by_rule": {"prompt_phrase": 1},
    }
    summary = json.loads(stats.read_text())
    assert summary["records"] == 3 and summary["dropped"] == 1 and summary["exit_code"] == 0
    assert summary["removed_by_rule"] == {"furniture_phrase": 1, "prompt_phrase": 1}
    assert summary["lines_removed"] == 2 and summary["lines_in"] == 5
    assert "(1 dropped empty)" in err
    rows = [json.loads(x) for x in removed.read_text().splitlines()]
    assert rows == [
        {"source": rows[0]["source"], "record": 1, "id": "a", "line": 3, "rule": "prompt_phrase",
         "text": "Get The Paper on WhatsApp", "why": rows[0]["why"]},
        {"source": rows[0]["source"], "record": 2, "id": "b", "line": 1, "rule": "furniture_phrase",
         "text": "Advertisement", "why": rows[1]["why"]},
    ]  # fmt: skip
    assert rows[0]["why"].startswith("phrase 'get ") and "advertisement" in rows[1]["why"]
    assert rows[0]["source"].endswith("data.jsonl")


def test_metadata_field_already_present_is_a_failure() -> None:
    row = json.dumps({"text": PROSE, "cleaner": 1}) + "\n"
    code, out, err = run("clean", "--format", "jsonl", "--metadata", "-", input=row)
    assert code == 1 and out == "" and "already has a 'cleaner' field" in err


def test_text_files_metadata_beside_and_drop_empty(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text(NOISY)
    (tmp_path / "in" / "noise.txt").write_text("Advertisement\n")
    code, _, err = run(
        "clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--metadata", "--drop-empty"
    )
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == [
        "story.meta.json",
        "story.txt",
    ]
    meta = json.loads((tmp_path / "out" / "story.meta.json").read_text())
    assert meta["removed_by_rule"] == {"prompt_phrase": 1} and meta["lines_kept"] == 2
    assert "noise.txt: nothing kept, no output written (--drop-empty)" in err


def test_stdin_text_metadata_goes_to_stderr(tmp_path: Path) -> None:
    removed = tmp_path / "removed.jsonl"
    code, out, err = run("clean", "--metadata", "--removed-out", str(removed), "-", input=NOISY)
    assert code == 0 and out == f"Headline of the story\n\n{PROSE}\n"
    meta = json.loads(next(line for line in err.splitlines() if line.startswith("{")))
    assert meta["lines_removed"] == 1
    assert [json.loads(x)["rule"] for x in removed.read_text().splitlines()] == ["prompt_phrase"]


def test_html_metadata_names_the_extraction() -> None:
    page = f"<html><body><article><h1>A headline</h1><p>{PROSE}</p></article></body></html>"
    row = json.dumps({"text": page}) + "\n"
    code, out, err = run("clean", "--format", "html", "--metadata", "-", input=page)
    assert code == 0, err
    assert '"extraction": "trafilatura"' in err
    code, out, err = run("clean", "--format", "jsonl", "--metadata", "-", input=row)
    assert code == 0 and json.loads(out)["cleaner"]["extraction"] is None  # text field read as text


def test_stdin_jsonl_in_parallel_keeps_input_order() -> None:
    # More records than one chunk holds, so that several chunks are in flight at once.
    rows = "".join(
        json.dumps({"id": i, "text": NOISY if i % 3 else f"Advertisement\n{PROSE} ({i})"}) + "\n"
        for i in range(700)
    )
    outputs = []
    for jobs in ("1", "2"):
        code, out, err = run("clean", "--format", "jsonl", "-j", jobs, "--metadata", "-", input=rows)
        assert code == 0, err
        outputs.append(out)
    assert outputs[0] == outputs[1]
    assert [json.loads(x)["id"] for x in outputs[1].splitlines()] == list(range(700))


def test_explain_says_why_and_picks_a_jsonl_record(tmp_path: Path) -> None:
    text = f"Headline of the story\nRelated Posts\nFirst headline here\nSecond headline here\n{PROSE}\n{PROSE} Yes."
    rows = [{"id": 7, "text": PROSE}, {"id": "x", "text": text + "\nGet The Paper on WhatsApp"}]
    path = tmp_path / "data.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    code, out, err = run("explain", str(path), "--id", "x")
    assert code == 0, err
    language, *lines = out.splitlines()
    assert language == "language: en"
    assert lines[1].startswith("    2 - list_header            Related Posts  [phrase 'related")
    assert lines[2].endswith("[block of lines 3-4 (2 lines), after line 2 (list_header)]")
    assert lines[-1].startswith("    7 - prompt_phrase") and "[phrase " in lines[-1]
    assert lines[0] == "    1 +" + " " * 24 + "Headline of the story"
    code, _, err = run("explain", str(path), "--id", "nope")
    assert code == 1 and "no record with id 'nope'" in err
    code, _, err = run("explain", str(path))
    assert code == 2 and "needs --id" in err


def test_explain_page_chrome_names_the_article_bounds() -> None:
    from cleaner import clean_and_explain
    from cleaner.evidence import evidence

    menu = "\n".join(["Home", "News", "Sport", "Weather", "Contact"])
    text = f"{menu}\n{PROSE}\n{PROSE} Again.\n{menu.lower()}\n"
    result = clean_and_explain(text)
    why = evidence(result)
    assert {r.rule for r in result.removed} == {"page_chrome"}
    assert why[1] == "before the article, which starts at line 5"  # the line before prose stays
    assert why[10] == "after the article, which ends at line 7"


def test_explain_cta_heading_names_its_phrase() -> None:
    # cta_heading is a line rule, no phrase rule of the index, but it reads the language's
    # "promotion_caps" table: explain shows the pattern the line matched, not "this line alone".
    from cleaner import clean_and_explain
    from cleaner.evidence import evidence
    from cleaner.lexicon import lexicon

    result = clean_and_explain(f"{PROSE}\nNEED MORE HELP?\n{PROSE} Again.\n")
    assert [(r.line, r.rule) for r in result.removed] == [(2, "cta_heading")]
    why = evidence(result)[2]
    assert why in {f"phrase {phrase!r}" for phrase in lexicon("en").table("promotion_caps")}
