"""The command line through click's runner, and once as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from cleaner.cli import main

SEEDS = Path(__file__).parent / "fixtures"
NOISY = "Headline of the story\nGet The Paper on WhatsApp\nThe body of the story is a sentence long enough to count.\n"


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_clean_stdin_to_stdout() -> None:
    code, out, err = run("clean", "-", input=NOISY)
    assert code == 0
    assert out == "Headline of the story\nThe body of the story is a sentence long enough to count.\n"
    assert "prompt_phrase" in err


def test_clean_directory_mirrors_tree(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "a" / "b").mkdir(parents=True)
    (src / "top.txt").write_text(NOISY)
    (src / "a" / "b" / "deep.txt").write_text(NOISY)
    code, _, err = run("clean", str(src), "-o", str(tmp_path / "out"))
    assert code == 0, err
    assert (tmp_path / "out" / "top.txt").read_text().startswith("Headline of the story\n")
    assert (tmp_path / "out" / "a" / "b" / "deep.txt").exists()
    assert "cleaned 2 file(s)" in err and "prompt_phrase" in err


def test_explain_writes_removed_jsonl(tmp_path: Path) -> None:
    src = tmp_path / "doc.txt"
    src.write_text(NOISY)
    code, _, _ = run("clean", str(src), "-o", str(tmp_path / "out"), "--explain")
    assert code == 0
    rows = [json.loads(x) for x in (tmp_path / "out" / "doc.removed.jsonl").read_text().splitlines()]
    assert rows == [{"line": 2, "rule": "prompt_phrase", "text": "Get The Paper on WhatsApp"}]


def test_jsonl_round_trip_keeps_other_fields() -> None:
    record = {"id": 7, "url": "https://example.org/a", "text": NOISY, "meta": {"lang": "en"}}
    other = {"id": 8, "body": NOISY}
    lines = json.dumps(record) + "\n" + json.dumps(other) + "\n"
    code, out, err = run("clean", "--format", "jsonl", "--explain", "-", input=lines)
    assert code == 1  # the second record has no text field: reported, the first still written
    assert "<stdin>:2: record has no 'text' field" in err
    [row] = [json.loads(x) for x in out.splitlines()]
    assert list(row) == ["id", "url", "text", "meta", "cleaner_removed"]
    assert row["id"] == 7 and row["meta"] == {"lang": "en"} and row["url"] == record["url"]
    assert "WhatsApp" not in row["text"]
    assert row["cleaner_removed"][0]["rule"] == "prompt_phrase"


def test_jsonl_text_field_and_order() -> None:
    lines = "".join(json.dumps({"n": i, "body": NOISY}) + "\n" for i in range(5))
    code, out, _ = run("clean", "--format", "jsonl", "--text-field", "body", "-", input=lines)
    assert code == 0
    assert [json.loads(x)["n"] for x in out.splitlines()] == [0, 1, 2, 3, 4]


def test_jsonl_file_input(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"text": NOISY}) + "\nnot json\n")
    code, _, err = run("clean", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out"))
    assert code == 1 and "in.jsonl:2: malformed JSON" in err
    assert len((tmp_path / "out" / "in.jsonl").read_text().splitlines()) == 1


def test_failure_does_not_stop_batch(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x89PNG\x00\x00binary")
    (tmp_path / "in" / "good.txt").write_text(NOISY)
    code, _, err = run("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert code == 1
    assert "bad.txt: binary file" in err
    assert (tmp_path / "out" / "good.txt").exists() and not (tmp_path / "out" / "bad.txt").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("clean", "-", "--disable", "no_such_rule", input="x")[0] == 2
    assert "valid rules" in run("clean", "-", "--disable", "no_such_rule", input="x")[2]
    assert run("clean", str(tmp_path))[0] == 2  # no -o
    assert run("clean", "-", "--format", "xml", input="x")[0] == 2


def test_disable_keeps_the_line() -> None:
    code, out, _ = run("clean", "-", "--disable", "prompt_phrase", input=NOISY)
    assert code == 0 and "WhatsApp" in out


def test_config_file(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('disable = ["prompt_phrase"]\n[phrases]\nfurniture = ["headline of the story"]\n')
    code, out, _ = run("clean", "-", "--config", str(cfg), input=NOISY)
    assert code == 0 and out.startswith("Get The Paper on WhatsApp\n")


def test_output_cannot_overwrite_input(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NOISY)
    code, _, err = run("clean", str(tmp_path / "a.txt"), "-o", str(tmp_path))
    assert code == 2 and "overwrite" in err
    assert (tmp_path / "a.txt").read_text() == NOISY


def test_two_inputs_one_output_refused(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "a.txt").write_text(NOISY)
    (tmp_path / "y" / "a.txt").write_text(NOISY)
    code, _, err = run(
        "clean", str(tmp_path / "x" / "a.txt"), str(tmp_path / "y" / "a.txt"), "-o", str(tmp_path / "o")
    )
    assert code == 2 and "both be written" in err
    assert not (tmp_path / "o").exists()


def test_output_inside_input_is_not_reread(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NOISY)
    code, _, err = run("clean", str(tmp_path), "-o", str(tmp_path / "out"))
    assert code == 0 and "cleaned 1 file(s)" in err
    code, _, err = run("clean", str(tmp_path), "-o", str(tmp_path / "out"))
    assert code == 0 and "cleaned 0 file(s) (0 empty, 1 already up to date)" in err


def test_explain_command_marks_lines() -> None:
    code, out, _ = run("explain", str(SEEDS / "seed_004" / "input.txt"))
    assert code == 0
    assert "    1 - prompt_phrase" in out
    assert "    5 +" in out and "Everything we know" in out


def test_rules_command_lists_every_rule() -> None:
    from cleaner import RULE_NAMES

    code, out, _ = run("rules")
    assert code == 0
    assert [line.split()[0] for line in out.splitlines()] == list(RULE_NAMES)
    # Each with what it removes, in the compiled wheel too (mypyc drops the docstrings there;
    # cleaner.ruledocs reads them from the sources the wheel ships).
    for line in out.splitlines():
        name, _noise_class, summary = line.split(None, 2)
        assert len(summary) > 20, name


def test_real_subprocess() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", "-"],
        input=NOISY.encode(),
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0
    assert (
        proc.stdout.decode()
        == "Headline of the story\nThe body of the story is a sentence long enough to count.\n"
    )


def test_stdin_counts_its_bytes() -> None:
    """The summary of a stdin run counts the bytes read and written (it said 0 and 0)."""
    text = "A headline\nThe body of the story is a sentence long enough to count as prose.\n"
    result = CliRunner().invoke(main, ["clean", "-"], input=text)
    assert result.exit_code == 0 and result.stdout == text
    assert f"{len(text)} bytes in, {len(text)} out" in result.stderr
    line = json.dumps({"text": text}) + "\n"
    result = CliRunner().invoke(main, ["clean", "-", "--format", "jsonl"], input=line)
    assert result.exit_code == 0 and f"{len(line)} bytes in, {len(result.stdout)} out" in result.stderr


def test_help_loads_no_cleaning_code() -> None:
    # `cleaner --help` must answer at once: the CLI module imports click and the version only;
    # the rules, trafilatura and lxml load when a command runs. (Counted in sys.modules, not
    # timed: speed belongs to `make bench`.)
    code = (
        "import sys, cleaner.cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('trafilatura', 'lxml', 'charset_normalizer') "
        "or m in ('cleaner.pipeline', 'cleaner.batch', 'cleaner.html', 'cleaner.api')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    import cleaner

    assert callable(cleaner.clean) and "clean" in dir(cleaner)
