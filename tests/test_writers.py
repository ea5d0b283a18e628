"""JSONL records as written: the same data that was read, in the json module's spelling of
strings, whichever writer (orjson or the json module) took the record."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from cleaner.writers import dump_record

COMPACT = (",", ":")


def test_every_code_point_is_written_as_the_json_module_writes_it() -> None:
    """orjson's strings equal json.dumps(ensure_ascii=False)'s, so a record reads the same
    whichever writer took it (surrogates aside: UTF-8 cannot hold one alone)."""
    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    data = {"text": text}
    assert dump_record(data) == json.dumps(data, ensure_ascii=False, separators=COMPACT).encode()


def test_records_orjson_cannot_write_go_to_the_json_module() -> None:
    raw = '{"a": NaN, "b": [{"c": -Infinity}]}'
    assert dump_record(json.loads(raw)) == b'{"a":NaN,"b":[{"c":-Infinity}]}'  # orjson: null
    assert dump_record({"n": 2**70}) == b'{"n":1180591620717411303424}'
    assert dump_record({"t": "half \ud800 é"}) == b'{"t":"half \\ud800 \\u00e9"}'
    assert dump_record({"t": "é", "x": 1.5}) == '{"t":"é","x":1.5}'.encode()


JSON: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats()  # NaN and the infinities too: Python's json reads and writes them
    | st.text(),  # lone surrogates too
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(st.dictionaries(st.text(), JSON, max_size=5))
def test_a_record_reads_back_as_it_was(data: dict[str, Any]) -> None:
    out = dump_record(data)
    out.decode("utf-8")  # always valid UTF-8
    assert b"\n" not in out  # one line
    # Compared as the json module writes both: NaN is not equal to itself, but spells the same.
    assert json.dumps(json.loads(out)) == json.dumps(data)
