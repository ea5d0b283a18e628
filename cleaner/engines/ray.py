"""Cleaning on a Ray cluster with Ray Data (`pip install "cleaner[ray]"`).

Use it in your own pipeline:

    import ray
    from cleaner.engines.ray import Cleaner, clean_batch

    ds = ray.data.read_json("s3://bucket/pages/")
    ds = ds.map_batches(Cleaner, fn_constructor_kwargs={"text_column": "text"}, concurrency=8)
    # or, as stateless tasks: ds.map_batches(clean_batch, fn_kwargs={"text_column": "text"})

Each batch gets its text column cleaned and a `cleaner_removed` column added: the removed lines
as a JSON list of {"line", "rule", "text"} (a string, so that any batch format and Parquet can
carry it). Records come out in input order (the CLI sets Ray Data's preserve_order).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cleaner.config import Config
from cleaner.pipeline import clean_and_explain

REMOVED_COLUMN = "cleaner_removed"


def clean_batch(
    batch: Mapping[str, Any],
    text_column: str = "text",
    removed_column: str = REMOVED_COLUMN,
    config: Config | None = None,
) -> dict[str, Any]:
    """Clean the text column of a Ray Data batch (dict of columns) and add the removals column.
    Every other column passes through unchanged. A missing or non-string text is cleaned as ""."""
    config = config or Config()
    texts, removed = [], []
    for value in batch[text_column]:
        result = clean_and_explain(value if isinstance(value, str) else "", config)
        texts.append(result.text)
        removed.append(json.dumps([r.to_dict() for r in result.removed], ensure_ascii=False))
    out = dict(batch)
    out[text_column] = texts
    out[removed_column] = removed
    return out


class Cleaner:
    """A callable class for `ds.map_batches(Cleaner, ...)`: Ray builds one per actor, so the
    config and compiled patterns are made once per worker, not once per batch."""

    def __init__(
        self, text_column: str = "text", removed_column: str = REMOVED_COLUMN, config: Config | None = None
    ) -> None:
        self.text_column = text_column
        self.removed_column = removed_column
        self.config = config or Config()

    def __call__(self, batch: Mapping[str, Any]) -> dict[str, Any]:
        return clean_batch(batch, self.text_column, self.removed_column, self.config)


def run(
    inputs: list[str],
    outdir: str,
    *,
    address: str | None,
    text_column: str = "text",
    config: Config | None = None,
    num_cpus: int | None = None,
) -> int:
    """Clean JSONL or Parquet inputs (local paths or any filesystem Ray reads, such as s3://)
    into `outdir` in the same format; returns the number of records written."""
    import ray

    if not ray.is_initialized():
        ray.init(address=address, num_cpus=num_cpus, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    parquet = all(_is_parquet(p) for p in inputs)
    if not parquet and any(_is_parquet(p) for p in inputs):
        raise ValueError("mix of Parquet and JSONL inputs: run them separately")
    ds = ray.data.read_parquet(inputs) if parquet else ray.data.read_json(inputs, lines=True)
    ds = ds.map_batches(
        Cleaner,
        fn_constructor_kwargs={"text_column": text_column, "config": config},
        batch_format="pandas",
        concurrency=num_cpus or 2,
    )
    ds = ds.materialize()
    if parquet:
        ds.write_parquet(outdir)
    else:
        ds.write_json(outdir, lines=True, force_ascii=False)
    return int(ds.count())


def _is_parquet(path: str) -> bool:
    name = Path(path.rstrip("/")).name.lower()
    return name.endswith(".parquet") or (not Path(path).suffix and "parquet" in name)
