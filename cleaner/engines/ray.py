"""Cleaning on a Ray cluster with Ray Data (`pip install "cleaner[ray]"`).

Use it in your own pipeline:

    import ray
    from cleaner.engines.ray import Cleaner, clean_batch

    ds = ray.data.read_parquet("s3://bucket/pages/")
    ds = ds.map_batches(
        Cleaner, fn_constructor_kwargs={"text_column": "text"}, compute=ray.data.ActorPoolStrategy(size=8)
    )
    # or, as stateless tasks: ds.map_batches(clean_batch, fn_kwargs={"text_column": "text"})

Each batch gets its text column cleaned and a `cleaner_removed` column added: the removed lines
as a JSON list of {"line", "rule", "text"} (a string, so that any batch format and Parquet can
carry it). Records come out in input order (the CLI sets Ray Data's preserve_order).

`cleaner clean --engine ray` uses the same code for Parquet; for JSONL it cleans the raw lines
with the local engine's record code (`clean_jsonl_batch`), so its output is the local engine's.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import uuid
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleaner.api import clean_and_explain
from cleaner.config import Config
from cleaner.records import Options, clean_record
from cleaner.run_report import Report

REMOVED_COLUMN = "cleaner_removed"


def clean_batch(
    batch: Mapping[str, Any],
    text_column: str = "text",
    removed_column: str | None = REMOVED_COLUMN,
    config: Config | None = None,
) -> dict[str, Any]:
    """Clean the text column of a Ray Data batch (dict of columns) and add the removals column
    (unless `removed_column` is None). Every other column passes through unchanged. A missing or
    non-string text is cleaned as ""."""
    config = config or Config()
    texts, removed = [], []
    for value in batch[text_column]:
        result = clean_and_explain(value if isinstance(value, str) else "", config)
        texts.append(result.text)
        removed.append(json.dumps([r.to_dict() for r in result.removed], ensure_ascii=False))
    out = dict(batch)
    out[text_column] = texts
    if removed_column is not None:
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


def clean_jsonl_batch(batch: Mapping[str, Any], opts: Options | None = None) -> dict[str, list[str]]:
    """Clean a batch of raw JSONL lines (`ray.data.read_text(..., include_paths=True)`) with the
    local engine's record code, so each output line is byte for byte the local engine's. Returns
    a `line` column (the output record, "" for a bad one) and an `error` column (the reason)."""
    opts = opts or Options()
    lines, errors = [], []
    paths = _values(batch["path"])
    columns = batch.column_names if hasattr(batch, "column_names") else list(batch)
    numbers = _values(batch["number"]) if "number" in columns else [0] * len(paths)
    for raw, path, number in zip(_values(batch["text"]), paths, numbers, strict=True):
        report = Report()
        out = clean_record(str(raw), int(number), str(path), opts, report)
        lines.append(out.decode("utf-8") if out is not None else "")
        # Ray's text reader does not number lines: say "a record" where the local engine would
        # give the line number.
        errors.append(
            report.failures[0].replace(f"{path}:0:", f"{path}: a record:", 1) if out is None else ""
        )
    return {"line": lines, "error": errors}


def _values(column: Any) -> list[Any]:
    """A batch column as Python values, from Arrow (to_pylist), NumPy or pandas (tolist)."""
    return list(column.to_pylist() if hasattr(column, "to_pylist") else column.tolist())


@dataclass(frozen=True)
class RayRun:
    """What `run` did: records written, and the bad records' reasons (at most MAX_ERRORS)."""

    records: int
    failures: list[str]


# Bad records named in a run's result; the rest are counted.
MAX_ERRORS = 100


def run(
    inputs: list[str],
    outdir: str,
    *,
    address: str | None,
    opts: Options | None = None,
    num_cpus: int | None = None,
    quiet: bool = False,
) -> RayRun:
    """Clean JSONL (also .gz, .zst) or Parquet inputs (local paths or any filesystem Ray reads,
    such as s3://) into `outdir` in the same format, in input order.

    JSONL records come out exactly as the local engine writes them (every other field unchanged,
    in its order); Parquet gets its text column cleaned, and with `opts.explain` the removals
    column. A bad JSONL record is left out and reported, as the local engine does.

    The parts are written into a hidden folder in `outdir` and moved in when every one is
    written; they then replace the parts an earlier run wrote there (listed in PARTS_LIST), so a
    second run never adds its records beside the first's. `quiet` silences Ray's own logs and
    progress bars."""
    import ray

    opts = opts or Options()
    if quiet:
        _silence_ray()
    if not ray.is_initialized():
        ray.init(
            address=address,
            num_cpus=num_cpus,
            include_dashboard=False,
            log_to_driver=False,
            logging_level=logging.ERROR if quiet else logging.INFO,
        )
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    if quiet:
        context.print_on_execution_start = False
    parquet = all(_is_parquet(p) for p in inputs)
    if not parquet and any(_is_parquet(p) for p in inputs):
        raise ValueError("mix of Parquet and JSONL inputs: run them separately")
    with _Publisher(outdir) as staging:
        # Stateless tasks, not an actor pool: actors hold their CPUs for the whole run, and on a
        # small cluster they can leave none for the read tasks that feed them (a deadlock on 2 CPUs).
        if parquet:
            ds = ray.data.read_parquet(inputs).map_batches(
                clean_batch,
                fn_kwargs={
                    "text_column": opts.text_field,
                    "removed_column": opts.explain_field if opts.explain else None,
                    "config": opts.config,
                },
                batch_format="pandas",
            )
            ds = ds.materialize()
            ds.write_parquet(staging)
            return RayRun(int(ds.count()), [])
        from ray.data.expressions import col

        # Lines as text, not ray.data.read_json: that reader retypes fields ("0001" becomes 1).
        ds = ray.data.read_datasource(_jsonl_source(inputs))
        ds = ds.map_batches(clean_jsonl_batch, fn_kwargs={"opts": opts}, batch_format="pyarrow").materialize()
        bad = ds.filter(expr=col("error") != "")
        failures = [str(row["error"]) for row in bad.take(MAX_ERRORS)]
        if (count := int(bad.count())) > MAX_ERRORS:
            failures.append(f"... and {count - MAX_ERRORS} more bad record(s)")
        ds.write_datasink(_jsonl_sink(staging))
        return RayRun(int(ds.count()) - count, failures)


def _silence_ray() -> None:
    """-q: Ray's loggers to errors only (its driver logs INFO lines on start and per dataset, and
    warns when its progress bars are turned off). Ray Data sets its loggers' levels when it is
    imported, so this runs after that import."""
    import ray.data

    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module=r"ray(\..*)?")
    ray.data.DataContext.get_current().enable_progress_bars = False


# The list of the part files the last run wrote into an output folder, which the next run replaces.
PARTS_LIST = ".cleaner-ray-parts"
STAGING_PREFIX = ".cleaner-ray-"


class _Publisher:
    """The output folder of a Ray run, on whatever filesystem pyarrow reaches (a local folder,
    s3://, gs://). Entering gives a fresh hidden folder in it for Ray to write the parts into;
    leaving without an error moves them into the output folder and removes the parts the
    previous run listed in PARTS_LIST (leaving with an error removes the hidden folder, and the
    previous output stays as it was). A local output folder is locked for the run, as the local
    engine locks it."""

    def __init__(self, outdir: str) -> None:
        from pyarrow import fs

        self.local = "://" not in outdir
        if self.local:
            self.fs: Any = fs.LocalFileSystem()
            self.root = os.path.abspath(outdir)
        else:
            self.fs, self.root = fs.FileSystem.from_uri(outdir)
        self.outdir = outdir.rstrip("/") or outdir
        self.name = f"{STAGING_PREFIX}{uuid.uuid4().hex}"
        self.stack = contextlib.ExitStack()

    def __enter__(self) -> str:
        self.fs.create_dir(self.root, recursive=True)
        if self.local:
            from cleaner.writers import lock_output

            self.stack.enter_context(lock_output(Path(self.root)))
        return f"{self.outdir}/{self.name}"

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        with self.stack:
            staging = f"{self.root}/{self.name}"
            try:
                if kind is None:
                    self._publish(staging)
            finally:
                with contextlib.suppress(OSError):
                    self.fs.delete_dir(staging)

    def _publish(self, staging: str) -> None:
        from pyarrow import fs

        new = sorted(
            info.base_name
            for info in self.fs.get_file_info(fs.FileSelector(staging, allow_not_found=True))
            if info.type == fs.FileType.File
        )
        old = self._listed()
        # Listed before the move: a run killed halfway leaves every part it may have moved in
        # listed, for the next run to replace.
        self._list(sorted(set(old) | set(new)))
        for name in new:
            self.fs.move(f"{staging}/{name}", f"{self.root}/{name}")
        for name in old:
            if name not in new:
                with contextlib.suppress(FileNotFoundError, OSError):
                    self.fs.delete_file(f"{self.root}/{name}")
        self._list(new)

    def _listed(self) -> list[str]:
        try:
            with self.fs.open_input_stream(f"{self.root}/{PARTS_LIST}") as fh:
                text = fh.read().decode("utf-8")
        except (FileNotFoundError, OSError):
            return []
        # Names only: a list that names a path could not reach outside the folder.
        return [n for n in text.splitlines() if n and "/" not in n and n not in (".", "..")]

    def _list(self, names: list[str]) -> None:
        with self.fs.open_output_stream(f"{self.root}/{PARTS_LIST}") as fh:
            fh.write("".join(f"{n}\n" for n in names).encode("utf-8"))


def _jsonl_source(inputs: list[str]) -> Any:
    """A Ray Data source of JSONL lines, numbered, with their file's path. Lines end at "\\n"
    only, as JSON Lines says: ray.data.read_text splits with str.splitlines, which also ends a
    line at U+2028, U+0085 and the other Unicode line boundaries a JSON string may hold raw, and
    so broke such records in two ("malformed JSON")."""
    from ray.data.block import Block
    from ray.data.datasource import FileBasedDatasource

    class JsonlLines(FileBasedDatasource):  # type: ignore[misc,unused-ignore]
        def _read_stream(self, f: Any, path: str) -> Iterator[Block]:
            import pyarrow

            from cleaner.decoding import jsonl_encoding

            data = f.readall()
            if encoding := jsonl_encoding(data[:4]):  # UTF-16 or UTF-32, read as the local engine reads it
                data = data.decode(encoding, "replace").encode("utf-8", "surrogatepass")
            numbers, texts = [], []
            for number, raw in enumerate(data.split(b"\n"), start=1):
                if raw.strip():
                    numbers.append(number)
                    texts.append(raw.decode("utf-8-sig" if number == 1 else "utf-8", "replace"))
            yield pyarrow.table({"text": texts, "number": numbers})

    return JsonlLines(inputs, include_paths=True)


def _jsonl_sink(outdir: str) -> Any:
    """A Ray Data sink writing each block's `line` column as JSONL files under `outdir`."""
    from ray.data.datasource import BlockBasedFileDatasink

    class JsonlLines(BlockBasedFileDatasink):  # type: ignore[misc,unused-ignore]
        def write_block_to_file(self, block: Any, file: Any) -> None:
            lines = block.to_arrow().column("line").to_pylist()
            file.write("".join(line + "\n" for line in lines if line).encode("utf-8"))

    return JsonlLines(outdir, file_format="jsonl")


def _is_parquet(path: str) -> bool:
    name = Path(path.rstrip("/")).name.lower()
    return name.endswith(".parquet") or (not Path(path).suffix and "parquet" in name)
