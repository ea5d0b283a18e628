"""The batch API in one import: the options, the report, the record code both engines share
(cleaner.records) and the local engine (cleaner.engines.local)."""

from cleaner.engines.local import (
    clean_file,
    clean_piped_jsonl,
    clean_stream,
    default_jobs,
    make_pool,
    output_path,
    run_batch,
)
from cleaner.records import Options, clean_chunk, clean_jsonl, clean_record
from cleaner.run_report import Report, StrictStop

__all__ = [
    "Options",
    "Report",
    "StrictStop",
    "clean_chunk",
    "clean_file",
    "clean_jsonl",
    "clean_piped_jsonl",
    "clean_record",
    "clean_stream",
    "default_jobs",
    "make_pool",
    "output_path",
    "run_batch",
]
