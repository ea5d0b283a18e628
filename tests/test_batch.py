"""Batch runs: parallel output identical to serial, resuming, compressed JSONL, and real
processes killed or interrupted mid-run."""

from __future__ import annotations

import gzip
import json
import os
import re
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


# ---------------------------------------------------------------------------------------------
# Planning and resuming (issue 18, cases 1 and 2)


def test_output_never_overwrites_another_input(tmp_path: Path) -> None:
    """d/raw/raw/a.txt would be written to d/raw/a.txt, which is itself an input."""
    (tmp_path / "d" / "raw" / "raw").mkdir(parents=True)
    (tmp_path / "d" / "raw" / "a.txt").write_text("A\n")
    (tmp_path / "d" / "raw" / "raw" / "a.txt").write_text("B\n")
    code, err = run("clean", str(tmp_path / "d" / "raw"), "-o", str(tmp_path / "d"))
    assert code == 2 and "would overwrite the input" in err
    assert (tmp_path / "d" / "raw" / "a.txt").read_text() == "A\n"


def test_resume_redoes_an_input_changed_during_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stamp records the input as it was when it was read, so an input appended to while it
    was being cleaned is redone by the next run."""
    import cleaner.engines.local as local

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.jsonl").write_text(json.dumps({"text": SEED}) + "\n")
    real = local.clean_raw_chunk

    def append_while_cleaning(*args: object, **kwargs: object) -> object:
        with open(src / "a.jsonl", "a") as fh:
            fh.write(json.dumps({"text": "Appended " + SEED}) + "\n")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(local, "clean_raw_chunk", append_while_cleaning)
    assert run("clean", str(src), "-o", str(out), "-j", "1")[0] == 0
    monkeypatch.setattr(local, "clean_raw_chunk", real)
    code, err = run("clean", str(src), "-o", str(out), "-j", "1")
    assert code == 0 and "cleaned 1 file(s) (0 empty, 0 already up to date)" in err
    assert len((out / "a.jsonl").read_text().splitlines()) == 2


def test_resume_tells_apart_inputs_with_one_name_size_and_mtime(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for name, word in (("one", "Alpha"), ("two", "Omega")):
        (tmp_path / name).mkdir()
        path = tmp_path / name / "a.txt"
        path.write_text(f"{word} is the first word of this story.\n")
        os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    assert run("clean", str(tmp_path / "one"), "-o", str(out))[0] == 0
    code, err = run("clean", str(tmp_path / "two"), "-o", str(out))
    assert code == 0 and "cleaned 1 file(s)" in err
    assert (out / "a.txt").read_text().startswith("Omega")


def test_resume_follows_the_output_not_the_input_name(tmp_path: Path) -> None:
    """x.jsonl.zst, then x.jsonl.gz, then the same x.jsonl.zst again all write out/x.jsonl."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for suffix in ("zst", "gz", "zst"):
        for old in src.iterdir():
            old.unlink()
        body = (json.dumps({"text": f"From the {suffix} file.\n" + SEED}) + "\n").encode()
        data = zstandard.ZstdCompressor().compress(body) if suffix == "zst" else gzip.compress(body)
        (src / f"x.jsonl.{suffix}").write_bytes(data)
        os.utime(src / f"x.jsonl.{suffix}", ns=(10**18, 10**18))  # the very same file restored
        code, err = run("clean", str(src), "-o", str(out))
        assert code == 0 and "cleaned 1 file(s)" in err, (suffix, err)
        assert json.loads((out / "x.jsonl").read_text())["text"].startswith(f"From the {suffix} file.")


def test_explain_file_follows_the_explain_flag(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(SEED)
    run("clean", str(src), "-o", str(out), "--explain")
    (out / "a.removed.jsonl").unlink()
    code, err = run("clean", str(src), "-o", str(out), "--explain")
    assert "cleaned 1 file(s)" in err and (out / "a.removed.jsonl").exists()  # regenerated
    code, err = run("clean", str(src), "-o", str(out))
    assert code == 0 and not (out / "a.removed.jsonl").exists()  # no stale explanation left


def test_long_names_fit_their_temporary_and_stamp(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    name = "n" * 251 + ".txt"  # 255 bytes, the longest name most file systems take
    (src / name).write_text(SEED)
    code, err = run("clean", str(src), "-o", str(out))
    assert code == 0, err
    assert (out / name).exists()
    assert "already up to date" in run("clean", str(src), "-o", str(out))[1].replace("0 already", "")


def test_strict_with_workers_counts_every_output_written(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_bytes(b"\x00binary")
    for i in range(8):
        (src / f"b{i}.txt").write_text(f"Story {i}\n" + SEED)
    code, err = run("clean", str(src), "-o", str(out), "-j", "2", "--strict")
    assert code == 1 and "--strict" in err
    written = len([p for p in out.glob("*.txt")])
    assert f"cleaned {written} file(s)" in err


# ---------------------------------------------------------------------------------------------
# Fault injection: workers killed from outside, SIGTERM (issue 18, cases 10 and 16)


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(x) for x in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_jobs(src: Path, out: Path, jobs: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(out), "-j", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _workers_of(proc: subprocess.Popen[bytes], count: int) -> list[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        if len(workers) >= count:
            return workers
        time.sleep(0.02)
    pytest.fail("the workers never started")


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_worker_killed_mid_batch_is_replaced_and_the_batch_goes_on(tmp_path: Path) -> None:
    src, out, reference = tmp_path / "in", tmp_path / "out", tmp_path / "ref"
    _slow_corpus(src, 60)
    assert run("clean", str(src), "-o", str(reference), "-j", "1")[0] == 0
    proc = _start_jobs(src, out, "2")
    workers = _workers_of(proc, 2)
    _wait_for_outputs(out, 5, proc)
    os.kill(workers[0], signal.SIGKILL)  # as the OOM killer would
    _, err = proc.communicate(timeout=300)
    # The tasks the dead worker held are run again; none kills its worker twice: nothing is lost.
    assert proc.returncode == 0, err.decode()
    # (Tasks another worker had finished are lost with the pool too: redone, they are up to date.)
    done = re.search(rb"cleaned (\d+) file\(s\) \(0 empty, (\d+) already up to date\)", err)
    assert done and int(done[1]) + int(done[2]) == 60 and b"0 failure(s)" in err
    assert tree(out) == tree(reference)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert not [pid for pid in workers + _children(proc.pid) if _alive(pid)]


def _kill_own_worker(n: int) -> int:
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return n * 10


def test_a_task_that_kills_its_worker_twice_is_reported_and_the_rest_done() -> None:
    from cleaner.engines.local import Workers, ordered

    pool = Workers(2)
    try:
        results = list(ordered(pool, _kill_own_worker, [(n,) for n in range(8)], lambda args: -1))
    finally:
        pool.executor.shutdown()
    assert results == [0, 10, 20, -1, 40, 50, 60, 70]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_sigterm_stops_with_summary_143_and_no_worker_left(tmp_path: Path) -> None:
    src, out, reference = tmp_path / "in", tmp_path / "out", tmp_path / "ref"
    _slow_corpus(src, 150)
    assert run("clean", str(src), "-o", str(reference), "-j", "1")[0] == 0
    proc = _start_jobs(src, out, "2")
    workers = _workers_of(proc, 2)
    _wait_for_outputs(out, 5, proc)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err.decode()
    assert b"(interrupted)" in err and b"cleaned" in err
    time.sleep(0.2)
    assert not [pid for pid in workers if _alive(pid)]  # no worker goes on writing
    written = tree(out)
    assert 0 < len(written) < 150
    assert all(data == (reference / name).read_bytes() for name, data in written.items())
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert tree(out) == written  # nothing more appears


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    _slow_corpus(src, 150)
    proc = _start_jobs(src, out, "2")
    workers = _workers_of(proc, 2)
    _wait_for_outputs(out, 5, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and [pid for pid in workers if _alive(pid)]:
        time.sleep(0.05)
    assert not [pid for pid in workers if _alive(pid)]


def test_second_run_on_one_output_folder_is_refused(tmp_path: Path) -> None:
    """A run holds a lock on its output folder; a second run says so instead of sweeping away
    the first one's live temporary files."""
    import fcntl

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (src / "a.txt").write_text(SEED)
    live = out / ".a.txt.abcdefgh.tmp"
    live.write_text("being written by the first run")
    with open(out / ".cleaner-lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        code, err = run("clean", str(src), "-o", str(out))
    assert code == 2 and "another cleaner run is writing" in err
    assert live.exists()


def test_workers_never_outnumber_the_tasks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """-j 100 started a hundred workers (each loading the language model) for three files, and
    for a two-line JSONL stream on stdin before reading a byte: a pool gets no more workers than
    there are tasks (files, or chunks read so far)."""
    import cleaner.engines.local as local

    sizes: list[int] = []

    def record(jobs: int) -> None:
        sizes.append(jobs)  # and work in this process

    monkeypatch.setattr(local, "make_pool", record)
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"a{i}.txt").write_text(SEED)
    assert run("clean", str(src), "-o", str(tmp_path / "out"), "-j", "100")[0] == 0
    lines = "".join(json.dumps({"id": i, "text": SEED}) + "\n" for i in range(2))
    result = CliRunner().invoke(main, ["clean", "--format", "jsonl", "-", "-j", "100"], input=lines)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [0, 1]
    assert sizes == [3, 1]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_sighup_is_handled_like_sigterm(tmp_path: Path) -> None:
    """SIGHUP (the terminal or SSH session closed) killed the run outright: no summary, and its
    workers, in the same process group, died mid-write. Now: summary, exit 129, no worker left,
    no temporary file."""
    src, out = tmp_path / "in", tmp_path / "out"
    _slow_corpus(src, 150)
    proc = _start_jobs(src, out, "2")
    workers = _workers_of(proc, 2)
    _wait_for_outputs(out, 5, proc)
    proc.send_signal(signal.SIGHUP)
    for pid in workers:  # a closed terminal signals the whole foreground group
        os.kill(pid, signal.SIGHUP)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 129, err.decode()
    assert b"(interrupted)" in err and b"Traceback" not in err
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and [pid for pid in workers if _alive(pid)]:
        time.sleep(0.05)
    assert not [pid for pid in workers if _alive(pid)]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_ctrl_c_during_the_summary_exits_130_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cleaner.run_report import Report

    def interrupted(self: Report, seconds: float | None = None) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(Report, "summary", interrupted)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(SEED)
    result = CliRunner().invoke(main, ["clean", str(src), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 130 and not isinstance(result.exception, KeyboardInterrupt)
    assert (tmp_path / "out" / "a.txt").exists()


def test_a_name_too_long_for_its_explanation_file_is_one_clear_failure(tmp_path: Path) -> None:
    """A 255-byte a.txt fits, but with --explain its NAME.removed.jsonl (and with --metadata its
    NAME.meta.json) would pass the 255 bytes a name may have: the text was written, the
    explanation failed on a temporary file's name, and the summary counted nothing. Now the
    input is refused before cleaning, naming the file that cannot be made; the batch goes on."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    name = "n" * 251 + ".txt"
    (src / name).write_text(SEED)
    (src / "short.txt").write_text(SEED)
    code, err = run("clean", str(src), "-o", str(out), "--explain")
    assert code == 1 and "cleaned 1 file(s)" in err, err
    assert f"{name[:-4]}.removed.jsonl is 265 bytes" in err and ".tmp" not in err
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "short.removed.jsonl",
        "short.txt",
    ]
