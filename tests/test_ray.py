"""The Ray engine on a local Ray (ray.init(num_cpus=2)): the same records as the local engine."""

from __future__ import annotations

import json
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
