"""The Ray engine on a local Ray (ray.init(num_cpus=2)): the same records as the local engine."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import clean_and_explain
from cleaner.cli import main

ray = pytest.importorskip("ray", reason='the ray extra is not installed (pip install "cleaner[ray]")')

SEEDS = sorted((Path(__file__).parent / "fixtures").glob("seed_*/input.txt"))


@pytest.fixture(scope="module")
def local_ray():  # type: ignore[no-untyped-def]
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def records() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for i in range(40):
        seed = SEEDS[i % len(SEEDS)]
        rows.append(
            {"id": i, "url": f"https://site{i % 3}.example/{i}", "text": seed.read_text(), "lang": "en"}
        )
    return rows


def test_ray_engine_matches_local_engine(tmp_path: Path, local_ray: None) -> None:
    src = tmp_path / "in.jsonl"
    # Fields a typed reader would change: a zero-padded string id, a nested object, key order.
    extra = {"zip": "0001", "meta": {"b": [1, 2.5, None], "a": "é"}}
    src.write_text("".join(json.dumps(r | extra, ensure_ascii=False) + "\n" for r in records()))
    local = CliRunner().invoke(
        main, ["clean", str(src), "-o", str(tmp_path / "local"), "--explain", "-j", "1"]
    )
    assert local.exit_code == 0, local.stderr
    result = CliRunner().invoke(
        main, ["clean", str(src), "-o", str(tmp_path / "ray"), "--engine", "ray", "--explain"]
    )
    assert result.exit_code == 0, result.stderr
    written = b"".join(f.read_bytes() for f in sorted((tmp_path / "ray").glob("*.jsonl")))
    # The same records, in input order, byte for byte.
    assert written == (tmp_path / "local" / "in.jsonl").read_bytes()


def test_ray_engine_reports_bad_records(tmp_path: Path, local_ray: None) -> None:
    src = tmp_path / "in.jsonl"
    good = [json.dumps(r) for r in records()[:3]]
    src.write_text("\n".join([good[0], "{broken", good[1], '{"no_text": 1}', good[2]]) + "\n")
    result = CliRunner().invoke(main, ["clean", str(src), "-o", str(tmp_path / "ray"), "--engine", "ray"])
    assert result.exit_code == 1
    assert "cleaned 3 record(s)" in result.stderr and "2 failure(s)" in result.stderr
    assert "in.jsonl:2: malformed JSON" in result.stderr and "has no 'text' field" in result.stderr
    rows = [
        json.loads(x) for f in sorted((tmp_path / "ray").glob("*.jsonl")) for x in f.read_text().splitlines()
    ]
    assert [r["id"] for r in rows] == [0, 1, 2]


def test_map_batches_with_function_and_class(local_ray: None) -> None:
    from cleaner import clean
    from cleaner.engines.ray import Cleaner, clean_batch

    ds = ray.data.from_items(records())
    by_class = ds.map_batches(Cleaner, compute=ray.data.ActorPoolStrategy(size=1)).take_all()
    by_function = ds.map_batches(clean_batch).take_all()
    expected = sorted((r["id"], clean(str(r["text"]))) for r in records())
    assert sorted((r["id"], r["text"]) for r in by_class) == expected
    assert sorted((r["id"], r["text"]) for r in by_function) == expected
    assert all("cleaner_removed" in r for r in by_class)


def test_parquet_round_trip(tmp_path: Path, local_ray: None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = records()[:10]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    result = CliRunner().invoke(
        main,
        ["clean", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out"), "--engine", "ray", "--explain"],
    )
    assert result.exit_code == 0, result.stderr
    table = pq.read_table(tmp_path / "out").to_pylist()
    assert sorted(r["id"] for r in table) == list(range(10))
    assert all("WhatsApp" not in r["text"] for r in table)
    by_id = {r["id"]: r for r in table}
    for row in rows:
        expected = clean_and_explain(str(row["text"]))
        assert by_id[row["id"]]["text"] == expected.text
        assert json.loads(by_id[row["id"]]["cleaner_removed"]) == [r.to_dict() for r in expected.removed]


def test_ray_engine_keeps_records_holding_unicode_line_boundaries(tmp_path: Path, local_ray: None) -> None:
    """U+2028 and U+0085 may stand raw inside a JSON string; str.splitlines would cut the record."""
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": 0, "text": "First line\u2028same paragraph.\nSecond line of the story here."},
        {"id": 1, "text": "Next\u0085line and \u2029 more prose in the record."},
    ]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + "{broken\n")
    local = CliRunner().invoke(main, ["clean", str(src), "-o", str(tmp_path / "local"), "-j", "1"])
    result = CliRunner().invoke(main, ["clean", str(src), "-o", str(tmp_path / "ray"), "--engine", "ray"])
    assert result.exit_code == local.exit_code == 1, result.stderr
    assert "in.jsonl:3: malformed JSON" in result.stderr  # the line number, as the local engine says
    written = b"".join(f.read_bytes() for f in sorted((tmp_path / "ray").glob("*.jsonl")))
    assert written == (tmp_path / "local" / "in.jsonl").read_bytes()


# .ndjson, which the cleaner reads as JSONL: the phrase tests read every fixture *.jsonl as UTF-8.
ADVERSARIAL = Path(__file__).parent / "fixtures" / "adversarial.ndjson"


def _parts(outdir: Path) -> bytes:
    return b"".join(f.read_bytes() for f in sorted(outdir.glob("*.jsonl")))


def test_ray_engine_matches_local_engine_on_adversarial_jsonl(tmp_path: Path, local_ray: None) -> None:
    """The JSONL the local engine's bad-input tests use, in one file: a byte order mark, raw Unicode
    line boundaries, numbers a float cannot hold, duplicate keys, a lone surrogate escape, NaN, a
    CRLF, bad records of every kind, nesting past the parser's depth, invalid UTF-8."""
    local = CliRunner().invoke(main, ["clean", str(ADVERSARIAL), "-o", str(tmp_path / "local"), "-j", "1"])
    result = CliRunner().invoke(
        main, ["clean", str(ADVERSARIAL), "-o", str(tmp_path / "ray"), "--engine", "ray"]
    )
    assert result.exit_code == local.exit_code == 1, result.stderr
    expected = (tmp_path / "local" / "adversarial.jsonl").read_bytes()
    assert [json.loads(x)["id"] for x in expected.decode("utf-8").split("\n")[:-1]] == [
        0,
        1,
        2,
        3,
        4,
        12,
        13,
        14,
    ]
    assert _parts(tmp_path / "ray") == expected
    for number in (6, 7, 8, 9, 11, 12):  # each bad record named by its line, as locally
        assert f"adversarial.ndjson:{number}: " in result.stderr, number


def test_ray_engine_second_run_replaces_the_first(tmp_path: Path, local_ray: None) -> None:
    """A second run into one output folder replaces the first's parts (it added its records
    beside them), and a run with fewer records leaves none of the earlier ones behind; files
    that are not the engine's parts are left alone."""
    src, out = tmp_path / "in.jsonl", tmp_path / "ray"
    src.write_text("".join(json.dumps(r) + "\n" for r in records()[:12]))
    out.mkdir()
    (out / "notes.txt").write_text("the user's own file")
    for _ in range(2):
        result = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "--engine", "ray"])
        assert result.exit_code == 0, result.stderr
        assert [json.loads(x)["id"] for x in _parts(out).decode().splitlines()] == list(range(12))
    src.write_text("".join(json.dumps(r) + "\n" for r in records()[20:23]))
    result = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "--engine", "ray"])
    assert result.exit_code == 0, result.stderr
    assert [json.loads(x)["id"] for x in _parts(out).decode().splitlines()] == [20, 21, 22]
    assert (out / "notes.txt").read_text() == "the user's own file"
    assert not [p for p in out.iterdir() if p.name.startswith(".cleaner-ray-") and p.is_dir()]


def test_ray_engine_parquet_second_run_replaces_the_first(tmp_path: Path, local_ray: None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(records()[:5]), tmp_path / "in.parquet")
    for _ in range(2):
        result = CliRunner().invoke(
            main, ["clean", str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out"), "--engine", "ray"]
        )
        assert result.exit_code == 0, result.stderr
        assert sorted(r["id"] for r in pq.read_table(tmp_path / "out").to_pylist()) == list(range(5))


RAY_QUIET = ("--engine", "ray", "-j", "1", "-q")


def test_ray_engine_quiet_prints_errors_only(tmp_path: Path) -> None:
    """-q: nothing of Ray's own (its start-up and per-dataset log lines, progress bars), and every
    error still. A real process: Ray starts there, as it does for a user."""
    import subprocess
    import sys

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(records()[0]) + "\n{broken\n")
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", str(src), "-o", str(tmp_path / "out"), *RAY_QUIET],
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"},
    )
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"error: {src}:2: malformed JSON: Expecting property name enclosed in double quotes"
    ]
    assert proc.stdout == ""


def test_ray_engine_reads_jsonl_in_utf16_as_the_local_engine_does(tmp_path: Path, local_ray: None) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records()[:4]).encode("utf-16"))
    local = CliRunner().invoke(main, ["clean", str(src), "-o", str(tmp_path / "local"), "-j", "1"])
    result = CliRunner().invoke(main, ["clean", str(src), "-o", str(tmp_path / "ray"), "--engine", "ray"])
    assert result.exit_code == local.exit_code == 0, result.stderr
    assert _parts(tmp_path / "ray") == (tmp_path / "local" / "in.jsonl").read_bytes()
