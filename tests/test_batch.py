"""Batch runs: parallel output identical to serial, resuming, compressed JSONL, and real
processes killed or interrupted mid-run."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import zstandard
from click.testing import CliRunner

from cleaner.cli import main

SEED = (Path(__file__).parent / "fixtures" / "seed_004" / "input.txt").read_text()


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stderr


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".cleaner-stamps" not in p.parts
    }


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    for i in range(12):
        (src / f"d{i % 3}").mkdir(parents=True, exist_ok=True)
        (src / f"d{i % 3}" / f"a{i}.txt").write_text(f"Story {i}\n" + SEED)
    records = [json.dumps({"id": i, "text": f"Record {i}\n" + SEED, "meta": [i]}) for i in range(700)]
    (src / "records.jsonl").write_text(
        "\n".join(records[:350]) + "\n{broken\n" + "\n".join(records[350:]) + "\n"
    )
    return src


def test_jobs_2_output_identical_to_jobs_1(tmp_path: Path, corpus: Path) -> None:
    code1, err1 = run("clean", str(corpus), "-o", str(tmp_path / "o1"), "-j", "1", "--explain")
    code2, err2 = run("clean", str(corpus), "-o", str(tmp_path / "o2"), "-j", "2", "--explain")
    assert code1 == code2 == 1  # the broken record is reported by both
    assert tree(tmp_path / "o1") == tree(tmp_path / "o2")
    ids = [json.loads(x)["id"] for x in (tmp_path / "o2" / "records.jsonl").read_text().splitlines()]
    assert ids == list(range(700))  # more than two chunks, in input order
    strip_time = [line.rsplit(";", 1)[0] for line in (err1.splitlines()[0], err2.splitlines()[0])]
    assert strip_time[0] == strip_time[1]
    assert "records.jsonl:351: malformed JSON" in err2


def test_resume_skips_up_to_date_and_redoes_changed(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out"
    run("clean", str(corpus), "-o", str(out), "-j", "1")
    code, err = run("clean", str(corpus), "-o", str(out), "-j", "1")
    # The JSONL file with a broken record is redone and reported again; the text files are skipped.
    assert code == 1 and "cleaned 1 file(s) (0 empty, 12 already up to date)" in err
    assert "records.jsonl:351: malformed JSON" in err
    (corpus / "records.jsonl").write_text(json.dumps({"text": SEED}) + "\n")
    (corpus / "d0" / "a0.txt").write_text("Changed headline\n" + SEED)
    code, err = run("clean", str(corpus), "-o", str(out), "-j", "1")
    assert code == 0 and "cleaned 2 file(s) (0 empty, 11 already up to date)" in err
    assert (out / "d0" / "a0.txt").read_text().startswith("Changed headline\n")
    code, err = run("clean", str(corpus), "-o", str(out), "-j", "1", "--disable", "alt_text")
    assert "cleaned 13 file(s) (0 empty, 0 already up to date)" in err  # another config: redone
    code, err = run("clean", str(corpus), "-o", str(out), "-j", "1", "--disable", "alt_text")
    assert "cleaned 0 file(s) (0 empty, 13 already up to date)" in err
    code, err = run("clean", str(corpus), "-o", str(out), "-j", "1", "--force", "--disable", "alt_text")
    assert code == 0 and "cleaned 13 file(s) (0 empty, 0 already up to date)" in err


def test_compressed_jsonl(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    body = "".join(json.dumps({"text": SEED, "n": i}) + "\n" for i in range(5)).encode()
    (src / "a.jsonl.gz").write_bytes(gzip.compress(body))
    (src / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(body))
    code, err = run("clean", str(src), "-o", str(tmp_path / "out"))
    assert code == 0, err
    for name in ("a.jsonl", "b.jsonl"):
        rows = [json.loads(x) for x in (tmp_path / "out" / name).read_text().splitlines()]
        assert [r["n"] for r in rows] == list(range(5)) and "WhatsApp" not in rows[0]["text"]


def _slow_corpus(root: Path, files: int) -> None:
    root.mkdir()
    body = (SEED + "\n") * 40
    for i in range(files):
        (root / f"f{i:04d}.txt").write_text(f"Document {i}\n" + body)


def _start(src: Path, out: Path) -> subprocess.Popen[bytes]:
    # A run started with SIGINT ignored (a background job of a non-interactive shell, as a CI
    # script may be) rightly ignores Ctrl-C too; the child gets the default disposition back.
    return subprocess.Popen(
        [sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _wait_for_outputs(out: Path, count: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and sum(1 for _ in out.glob("*.txt")) >= count:
            return
        time.sleep(0.02)
    pytest.fail("the run finished or stalled before it could be interrupted")


def test_killed_run_resumes_to_identical_output(tmp_path: Path) -> None:
    src, out, reference = tmp_path / "in", tmp_path / "out", tmp_path / "ref"
    _slow_corpus(src, 150)
    assert run("clean", str(src), "-o", str(reference), "-j", "1")[0] == 0
    proc = _start(src, out)
    _wait_for_outputs(out, 20, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = tree(out)
    assert 0 < len(partial) < 150
    for name, data in partial.items():
        if name.endswith(".txt"):  # every output present is complete, not truncated
            assert data == (reference / name).read_bytes()
    # An output counts as done once its stamp is written (the kill may fall between the two).
    done = len(list((out / ".cleaner-stamps").glob("*.stamp")))
    code, err = run("clean", str(src), "-o", str(out), "-j", "1")
    assert code == 0, err
    # The re-run skipped what the killed run finished and did the rest.
    assert f"cleaned {150 - done} file(s) (0 empty, {done} already up to date)" in err
    assert tree(out) == tree(reference)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_killed_while_writing_a_jsonl_output_resumes(tmp_path: Path) -> None:
    """SIGKILL lands while a large JSONL output is half written: the half-written temporary file
    is there, the output is not; the re-run sweeps the temporary away and writes every output."""
    src, out, reference = tmp_path / "in", tmp_path / "out", tmp_path / "ref"
    _slow_corpus(src, 3)
    body = "".join(json.dumps({"id": i, "text": f"Record {i}\n" + SEED}) + "\n" for i in range(3000))
    (src / "records.jsonl").write_text(body)
    assert run("clean", str(src), "-o", str(reference), "-j", "1")[0] == 0
    proc = _start(src, out)
    deadline = time.monotonic() + 120
    partial: list[Path] = []
    while time.monotonic() < deadline and proc.poll() is None and not partial:
        partial = (
            [p for p in out.glob(".records.jsonl.*.tmp") if p.stat().st_size > 0] if out.exists() else []
        )
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed mid-write"
    assert partial and not (out / "records.jsonl").exists()
    assert 0 < len(partial[0].read_bytes()) < len((reference / "records.jsonl").read_bytes())
    code, err = run("clean", str(src), "-o", str(out), "-j", "1")
    assert code == 0, err
    assert "removed 1 temporary file(s) left by an interrupted run" in err
    assert tree(out) == tree(reference)


def test_ctrl_c_stops_with_summary_and_130(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    _slow_corpus(src, 150)
    proc = _start(src, out)
    _wait_for_outputs(out, 5, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"(interrupted)" in err and b"cleaned" in err
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_jobs_from_environment(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEANER_JOBS", "2")
    code, err = run("clean", str(corpus), "-o", str(tmp_path / "o"))
    assert code == 1 and "cleaned 13 file(s)" in err
    monkeypatch.setenv("CLEANER_JOBS", "many")
    assert run("clean", str(corpus), "-o", str(tmp_path / "o2"))[0] == 2
    assert os.environ["CLEANER_JOBS"] == "many"
