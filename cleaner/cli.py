"""The `cleaner` command: parse and validate options, dispatch to the batch code, report.
No cleaning logic lives here.

Only click and the version are imported at start: each command imports what it needs when it
runs, so `cleaner --help` answers without loading the rules, trafilatura or lxml.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, cast, get_args

import click

from cleaner._version import __version__
from cleaner.lexicon import LANGUAGES, UNKNOWN
from cleaner.readers import MAX_DOCUMENT_BYTES, Format

if TYPE_CHECKING:
    from cleaner.batch import Options, Report
    from cleaner.config import Config
    from cleaner.readers import Kind, Source

Engine = Literal["local", "ray"]
# `cleaner explain` reads one file: text or a page, or one record of a JSONL file (--id).
ExplainFormat = Literal["auto", "text", "html", "jsonl"]
HTML_MARKUP_HELP = "HTML: also use the page's markup (captions, related boxes, forms) to find noise; slower."
LANGUAGE_HELP = (
    f"Read every document as this language ({', '.join(('auto', *LANGUAGES, UNKNOWN))}) instead of detecting it; "
    f"{UNKNOWN}: only the rules that read no words."
)


def build_config(
    config_file: Path | None, disable: tuple[str, ...], html_markup: bool = False, language: str | None = None
) -> Config:
    """The config from --config, --disable, --html-markup and --language, or a usage error (exit
    2) naming the bad setting."""
    from cleaner.config import Config, ConfigError, load_config

    try:
        config = load_config(config_file) if config_file else Config()
        if html_markup:
            config = replace(config, html_markup=True)
        if language is not None:
            config = replace(config, language=language)
        return config.with_disabled(*disable) if disable else config
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None


class _Commands(click.Group):
    """The command group; a write to stdout that fails (a full disk, /dev/full, a closed pipe) is
    one error line and exit 1 in every command (help included), not a traceback."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        real = sys.stdout
        if real is not None:
            sys.stdout = cast("Any", _GuardedText(real))
        try:
            return super().main(*args, **kwargs)
        except StdoutFailed as exc:
            if not isinstance(exc.error, BrokenPipeError):
                click.echo(f"error: <stdout>: {exc.error.strerror or exc.error}", err=True)
            with contextlib.suppress(OSError, ValueError):  # so that Python's flush at exit is quiet
                os.dup2(os.open(os.devnull, os.O_WRONLY), real.fileno())
            sys.exit(1)
        finally:
            if real is not None:
                sys.stdout = real


class _GuardedText:
    """sys.stdout as it is, but a failed write or flush raises StdoutFailed."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except OSError as exc:
            raise StdoutFailed(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise StdoutFailed(exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cleaner")
def main() -> None:
    """Strip boilerplate from scraped article text, keeping every line of the article."""


def _output_dir(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | None:
    """-o as a Path; an empty name (an unset shell variable) is refused: as a Path it would be
    the current folder, written into and swept."""
    if value is None:
        return None
    if not value:
        raise click.BadParameter("an empty name; give a folder (. for the current one)")
    return Path(value)


@main.command("clean")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "outdir",
    type=click.Path(file_okay=False),
    callback=_output_dir,
    help="Output directory (required unless the input is -).",
)
@click.option(
    "--format",
    "--input-format",
    "fmt",
    type=click.Choice(get_args(Format)),
    default="auto",
    show_default=True,
    help="Input format; auto decides by suffix (.jsonl, .html, ...) and sniffs text that is HTML.",
)
@click.option("--text-field", default="text", show_default=True, help="JSONL field holding the text.")
@click.option("--explain", is_flag=True, help="Also write the removed lines and their rules.")
@click.option(
    "--explain-field", default="cleaner_removed", show_default=True, help="JSONL field --explain adds."
)
@click.option("--disable", multiple=True, metavar="RULE", help="Turn a rule off (repeatable).")
@click.option(
    "--config", "config_file", type=click.Path(path_type=Path, dir_okay=False), help="TOML config file."
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes [default: CLEANER_JOBS or all cores].",
)
@click.option("--force", is_flag=True, help="Redo outputs that are already up to date.")
@click.option(
    "--engine",
    type=click.Choice(get_args(Engine)),
    default="local",
    show_default=True,
    help="Local processes, or a Ray cluster (JSONL or Parquet inputs).",
)
@click.option("--ray-address", metavar="ADDR", help="Ray cluster to join (default: start a local Ray).")
@click.option(
    "--site-templates",
    is_flag=True,
    help="First count lines per site; drop lines that recur across many of its pages.",
)
@click.option("--html-markup", is_flag=True, help=HTML_MARKUP_HELP)
@click.option(
    "--max-document-mb",
    type=click.IntRange(min=1),
    default=MAX_DOCUMENT_BYTES >> 20,
    show_default=True,
    help="Skip, as an error, a file, page (after gunzip) or JSONL record larger than this.",
)
@click.option("--language", metavar="CODE", help=LANGUAGE_HELP)
@click.option(
    "--metadata",
    is_flag=True,
    help="Add each document's metadata: JSONL under --metadata-field; text: NAME.meta.json beside it.",
)
@click.option("--metadata-field", default="cleaner", show_default=True, help="JSONL field --metadata adds.")
@click.option("--drop-empty", is_flag=True, help="Leave out records (and text files) with nothing kept.")
@click.option(
    "--stats-json",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the run summary to this file as JSON.",
)
@click.option(
    "--removed-out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write every removed line, with its source and rule, to this JSONL file.",
)
@click.option("--strict", is_flag=True, help="Stop at the first bad file or record.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on stderr.")
def clean_command(
    inputs: tuple[Path, ...],
    outdir: Path | None,
    fmt: Format,
    text_field: str,
    explain: bool,
    explain_field: str,
    disable: tuple[str, ...],
    config_file: Path | None,
    jobs: int | None,
    force: bool,
    engine: Engine,
    ray_address: str | None,
    site_templates: bool,
    html_markup: bool,
    max_document_mb: int,
    language: str | None,
    metadata: bool,
    metadata_field: str,
    drop_empty: bool,
    stats_json: Path | None,
    removed_out: Path | None,
    strict: bool,
    quiet: bool,
) -> None:
    """Clean INPUT files and directories into -o OUTDIR, or - (stdin) to stdout."""
    from cleaner.batch import Options, Report, default_jobs
    from cleaner.writers import atomic_output, atomic_write

    opts = Options(
        config=build_config(config_file, disable, html_markup, language),
        fmt=fmt,
        text_field=text_field,
        explain=explain,
        explain_field=explain_field,
        strict=strict,
        force=force,
        site_templates=site_templates,
        max_document_bytes=max_document_mb << 20,
        metadata=metadata,
        metadata_field=metadata_field,
        drop_empty=drop_empty,
        removed_out=removed_out is not None,
    )
    try:
        jobs = jobs or default_jobs()
    except ValueError:
        raise click.UsageError("CLEANER_JOBS must be a whole number") from None
    stdin = inputs == (Path("-"),)
    if Path("-") in inputs and not stdin:
        raise click.UsageError("- (stdin) cannot be combined with other inputs")
    if not stdin and outdir is None:
        raise click.UsageError("missing -o/--output directory")
    if engine == "ray":
        if metadata or drop_empty or stats_json or removed_out:
            raise click.UsageError(
                "--metadata, --drop-empty, --stats-json and --removed-out work with the local engine only"
            )
        _run_ray(inputs, outdir, opts, ray_address, jobs, quiet)
        return
    report = Report()
    start = time.monotonic()
    previous = {signum: signal.signal(signum, _terminate) for signum in STOP_SIGNALS}
    print_errors = _errors_as_they_happen()
    try:
        with contextlib.ExitStack() as stack:
            if removed_out is not None:
                report.removed_sink = stack.enter_context(atomic_output(removed_out))
            _run_local(inputs, outdir, opts, report, jobs, quiet, stdin, stack, print_errors)
        seconds = time.monotonic() - start
        if stats_json is not None:
            data = json.dumps(report.to_dict(seconds), ensure_ascii=False, indent=2) + "\n"
            atomic_write(stats_json, data.encode("utf-8"))
        if not quiet:
            click.echo(report.summary(seconds), err=True)
        else:  # -q hides the summary, never an error
            print_errors(report)
    except KeyboardInterrupt as exc:  # a second Ctrl-C (or SIGTERM) while the summary is written
        sys.exit(128 + getattr(exc, "signal_number", signal.SIGINT))
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    sys.exit(report.exit_code)


def _run_local(
    inputs: tuple[Path, ...],
    outdir: Path | None,
    opts: Options,
    report: Report,
    jobs: int,
    quiet: bool,
    stdin: bool,
    stack: contextlib.ExitStack,
    print_errors: Callable[[Report], None],
) -> None:
    """The local engine: stdin to stdout, or files into `outdir`; problems go on `report`."""
    from cleaner.batch import StrictStop, run_batch
    from cleaner.progress import Progress
    from cleaner.writers import sweep_temporaries

    try:
        if stdin:
            _clean_stdin(opts, report, jobs)
        else:
            assert outdir is not None
            sources = _plan(list(inputs), outdir, opts, report)
            lock = stack.enter_context(_locked(outdir))
            if lock and (swept := sweep_temporaries(outdir)):
                report.notes.append(f"removed {swept} temporary file(s) left by an interrupted run")
            progress = Progress(
                len(sources), _total_bytes(sources), enabled=not quiet and sys.stderr.isatty()
            )
            try:
                run_batch(
                    sources, outdir, opts, report, jobs=jobs, on_progress=print_errors if quiet else progress
                )
            finally:
                progress.close()
                # Every worker has ended now (run_batch shuts its pool down); a worker killed
                # mid-write (the OOM killer) left its temporary file behind, and the lock says
                # no other run writes here.
                if lock and (swept := sweep_temporaries(outdir)):
                    report.notes.append(f"removed {swept} temporary file(s) a killed worker left")
    except StrictStop:
        report.notes.append("stopped at the first failure (--strict)")
    except KeyboardInterrupt as exc:
        report.interrupted = True
        report.signal_number = getattr(exc, "signal_number", signal.SIGINT)


@contextlib.contextmanager
def _locked(outdir: Path) -> Iterator[bool]:
    """Hold the output folder's lock for the run, or refuse (exit 2) when another run holds it;
    yields False when the folder or its lock file cannot be created (each file then reports
    that error)."""
    from cleaner.writers import OutputBusy, display, lock_output

    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError:
        yield False
        return
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(lock_output(outdir))
        except OutputBusy:
            raise click.UsageError(
                f"another cleaner run is writing to {display(outdir)}; wait for it or choose another -o"
            ) from None
        except OSError:  # a read-only folder: no lock and no sweep; each output reports its error
            locked = False
        else:
            locked = True
        yield locked


def _errors_as_they_happen() -> Callable[[Report], None]:
    """A progress callback that prints each new failure once (for -q, which hides progress and
    the summary but never an error)."""
    shown = [0]

    def show(report: Report) -> None:
        for failure in report.failures[shown[0] :]:
            click.echo(f"error: {failure}", err=True)
        shown[0] = len(report.failures)

    return show


# Signals that stop a run as Ctrl-C does (summary, temporary files removed, exit 128 + N): SIGTERM
# from timeout, Slurm or Kubernetes; SIGHUP when the terminal or SSH session closes.
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def _terminate(signum: int, frame: object) -> None:
    from cleaner.run_report import Terminated

    raise Terminated(signum)


def _run_ray(
    inputs: tuple[Path, ...], outdir: Path | None, opts: Options, address: str | None, jobs: int, quiet: bool
) -> None:
    """--engine ray: hand the inputs (paths or URIs Ray reads) to Ray Data."""
    if outdir is None or inputs == (Path("-"),):
        raise click.UsageError("--engine ray needs input paths and -o")
    from cleaner.engines import ray as ray_engine
    from cleaner.writers import OutputBusy, display

    start = time.monotonic()
    try:
        done = ray_engine.run(
            [_uri(p) for p in inputs],
            _uri(outdir),
            address=address,
            opts=opts,
            num_cpus=None if address else jobs,
            quiet=quiet,
        )
    except ModuleNotFoundError:
        raise click.UsageError('--engine ray needs the ray extra: pip install "cleaner[ray]"') from None
    except OutputBusy:
        raise click.UsageError(
            f"another cleaner run is writing to {display(outdir)}; wait for it or choose another -o"
        ) from None
    except Exception as exc:  # Ray reports read and cluster errors with many exception types
        click.echo(f"error: ray engine: {exc}", err=True)
        sys.exit(1)
    if not quiet:
        click.echo(
            f"cleaned {done.records} record(s) on ray into {display(outdir)}; "
            f"{len(done.failures)} failure(s); {time.monotonic() - start:.2f}s",
            err=True,
        )
    for failure in done.failures:  # -q hides the summary, never an error
        click.echo(f"error: {failure}", err=True)
    if done.failures:
        sys.exit(1)


def _uri(path: Path) -> str:
    """A path or URI as the user typed it: click's Path type turns s3://bucket into s3:/bucket.

    >>> _uri(Path("s3://bucket/pages/")), _uri(Path("data/x.jsonl"))
    ('s3://bucket/pages', 'data/x.jsonl')
    """
    text = str(path)
    scheme, sep, rest = text.partition(":/")
    if sep and scheme.isalnum() and len(scheme) > 1 and scheme != "file" and not rest.startswith("/"):
        return f"{scheme}://{rest}"
    return text


def _total_bytes(sources: list[Source]) -> int:
    total = 0
    for source in sources:
        with contextlib.suppress(OSError):
            total += source.path.stat().st_size
    return total


def _plan(inputs: list[Path], outdir: Path, opts: Options, report: Report) -> list[Source]:
    """Find the sources and refuse, before anything is written, outputs that would overwrite any
    input (not only their own) or collide with each other. An input whose output, explanation or
    metadata file would have a name too long for the output folder is a failure of its own."""
    from cleaner.batch import output_path
    from cleaner.decoding import InputError
    from cleaner.readers import Source, find_sources
    from cleaner.writers import display

    sources: list[Source] = []
    targets: dict[Path, Path] = {}
    root = Path(os.path.realpath(outdir))
    name_max = _name_max(outdir)
    for item in find_sources(inputs, exclude=outdir, fmt=opts.fmt):
        if isinstance(item, InputError):
            report.failures.append(str(item))
            continue
        if not isinstance(item, Source):  # not a regular file, or files of other formats
            report.notes.append(str(item))
            continue
        written = output_path(outdir, item, item.kind)
        # realpath, not Path.resolve: it does not raise on a symlink loop (reported when read).
        folder = Path(os.path.realpath(written.parent))
        if not folder.is_relative_to(root):
            raise click.UsageError(
                f"{display(_link_in(outdir, written.parent))} is a symbolic link: {display(item.path)}'s "
                f"output would be written outside {display(outdir)}, in {display(folder)}; "
                "remove the link or choose another -o"
            )
        target = Path(os.path.realpath(written))
        if too_long := _too_long(written, item.kind, opts, name_max):
            report.failures.append(
                f"{display(item.path)}: its output {display(too_long)} is {len(os.fsencode(too_long))} bytes, "
                f"over the {name_max} a file name may have in {display(outdir)}; skipped"
            )
            continue
        if target in targets:
            raise click.UsageError(
                f"{display(targets[target])} and {display(item.path)} would both be written to {display(target)}"
            )
        targets[target] = item.path
        sources.append(item)
    inputs_by_path = {Path(os.path.realpath(s.path)): s.path for s in sources}
    for target, source in targets.items():
        for written in (target, target.with_suffix(".removed.jsonl")):
            if written in inputs_by_path:
                raise click.UsageError(
                    f"{display(source)}: its output {display(written)} would overwrite the input "
                    f"{display(inputs_by_path[written])}; choose another -o"
                )
    return sources


def _name_max(outdir: Path) -> int:
    """The longest file name (in bytes) the output folder's file system allows (255 on most)."""
    for folder in (outdir, *outdir.absolute().parents):
        with contextlib.suppress(OSError, ValueError):
            return os.pathconf(folder, "PC_NAME_MAX")
    return 255


def _too_long(written: Path, kind: Kind, opts: Options, name_max: int) -> str | None:
    """The first file name a text input would write (its output, NAME.removed.jsonl with
    --explain, NAME.meta.json with --metadata) that is longer than `name_max` bytes, or None.
    (Temporary and stamp names are shortened to fit; these cannot be.)"""
    names = [written.name]
    if kind != "jsonl":
        names += [written.with_suffix(".removed.jsonl").name] if opts.explain else []
        names += [written.with_suffix(".meta.json").name] if opts.metadata else []
    return next((n for n in names if len(os.fsencode(n)) > name_max), None)


def _link_in(outdir: Path, folder: Path) -> Path:
    """The first symbolic link on the way from `outdir` down to `folder` (one of its subfolders)."""
    path = outdir
    for part in folder.relative_to(outdir).parts:
        path = path / part
        if path.is_symlink():
            return path
    return folder


class StdoutFailed(Exception):
    """Writing to stdout failed: a full disk, a closed pipe."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


class _Stdout:
    """stdout's bytes for the cleaned output; a write that fails raises StdoutFailed, so that it
    is told apart from a failure to read."""

    def write(self, data: bytes) -> int:
        try:
            return sys.stdout.buffer.write(data)
        except OSError as exc:
            raise StdoutFailed(exc) from None

    def flush(self) -> None:
        try:
            sys.stdout.flush()
        except OSError as exc:
            raise StdoutFailed(exc) from None


def _clean_stdin(opts: Options, report: Report, jobs: int = 1) -> None:
    """stdin to stdout. A failed write to stdout is one failure (`<stdout>: No space left on
    device`), no traceback; a reader that went away (`| head`) ends the run quietly."""
    for name, stream in (("stdin", sys.stdin), ("stdout", sys.stdout)):
        if stream is None:  # started with it closed (`<&-`, `>&-`)
            report.failures.append(f"<{name}>: not open")
            return
    out = _Stdout()
    try:
        out.flush()
        _stdin_to(out, opts, report, jobs)
        out.flush()
    except StdoutFailed as exc:
        if not isinstance(exc.error, BrokenPipeError):
            report.failures.append(f"<stdout>: {exc.error.strerror or exc.error}")
        else:
            report.notes.append("<stdout>: closed by its reader; the rest of the output was not written")
        # Nothing more can reach stdout: point it at /dev/null, so that Python's own flush at
        # exit does not fail again.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())


def _stdin_to(out: _Stdout, opts: Options, report: Report, jobs: int) -> None:
    from cleaner.api import Hints, clean_and_explain
    from cleaner.batch import clean_piped_jsonl
    from cleaner.decoding import InputError, utf8_jsonl
    from cleaner.readers import read_document, reading_notes, too_large

    if opts.fmt == "jsonl":
        # In chunks across `jobs` processes, like a JSONL file; the output keeps input order.
        stream = utf8_jsonl(sys.stdin.buffer)
        clean_piped_jsonl(stream, "<stdin>", cast("BinaryIO", out), opts, report, jobs)
        return
    data = sys.stdin.buffer.read(opts.max_document_bytes + 1)
    if len(data) > opts.max_document_bytes:
        report.failures.append(str(too_large("<stdin>", opts.max_document_bytes)))
        return
    kind: Kind = "html" if opts.fmt == "html" else "text"
    try:
        doc = read_document(
            data,
            "<stdin>",
            kind,
            sniff=opts.fmt == "auto",
            markup=opts.config.html_markup,
        )
    except InputError as exc:
        report.failures.append(str(exc))
        return
    report.notes += reading_notes("<stdin>", doc, kind)
    result = replace(
        clean_and_explain(doc.text, opts.config, hints=Hints(markup=doc.markup)), extraction=doc.route
    )
    if opts.drop_empty and not result.text.strip():
        report.dropped += 1
    else:
        payload = result.text.encode("utf-8", "surrogateescape")
        out.write(payload)
        out.flush()
        report.bytes_out += len(payload)
    # Counted once written (a failed write counts nothing, as for a file).
    report.files += 1
    report.add(result)
    if opts.removed_out:
        report.add_removed(result, opts.config, "<stdin>", None)
    report.bytes_in += len(data)
    if opts.metadata:  # stdout holds the text alone: the metadata is one JSON line on stderr
        click.echo(json.dumps(result.metadata(), ensure_ascii=False), err=True)
    if opts.explain:
        if doc.route:
            click.echo(f"extraction: {doc.route}", err=True)
        for removal in result.removed:
            click.echo(f"removed line {removal.line} by {removal.rule}: {removal.text}", err=True)


@main.command("explain")
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True))
@click.option("--disable", multiple=True, metavar="RULE", help="Turn a rule off (repeatable).")
@click.option(
    "--config", "config_file", type=click.Path(path_type=Path, dir_okay=False), help="TOML config file."
)
@click.option("--html-markup", is_flag=True, help=HTML_MARKUP_HELP)
@click.option("--language", metavar="CODE", help=LANGUAGE_HELP)
@click.option(
    "--format",
    "--input-format",
    "fmt",
    type=click.Choice(get_args(ExplainFormat)),
    default="auto",
    show_default=True,
    help="Input format; auto decides by suffix and sniffs text that is HTML.",
)
@click.option("--id", "record_id", metavar="ID", help="JSONL: explain the record whose id field is ID.")
@click.option("--id-field", default="id", show_default=True, help="JSONL: the field --id is matched against.")
@click.option("--text-field", default="text", show_default=True, help="JSONL field holding the text.")
@click.option(
    "--html",
    "html_out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the explanation as an HTML page (every line, removals marked) instead.",
)
def explain_command(
    file: Path,
    disable: tuple[str, ...],
    config_file: Path | None,
    html_markup: bool,
    language: str | None,
    fmt: ExplainFormat,
    record_id: str | None,
    id_field: str,
    text_field: str,
    html_out: Path | None,
) -> None:
    """Print FILE with every line marked kept (+) or removed (-), the rule that removed it and
    why (the phrase it matched, the block it was in, the side of the article it was on), after a
    line naming the language the rules read it in. For an HTML page, the lines are those of the
    extracted text, after a line naming the path the extraction took. For a JSONL file, --id
    picks the record (its text is read as a file's is)."""
    from cleaner.api import Hints, clean_and_explain
    from cleaner.decoding import InputError
    from cleaner.evidence import evidence
    from cleaner.readers import input_format, read_document, read_input
    from cleaner.rules.registry import RULES

    config = build_config(config_file, disable, html_markup, language)
    stdin = str(file) == "-"
    kind = fmt if stdin else input_format(file, fmt)
    if stdin and fmt == "auto" and record_id is not None:
        kind = "jsonl"  # --id picks a record: the stream is JSONL
    if kind == "jsonl" and record_id is None:
        raise click.UsageError("a JSONL file needs --id ID to pick the record to explain")
    if kind != "jsonl" and record_id is not None:
        raise click.UsageError(
            f"--id picks a record of a JSONL file, and {file} is read as {kind} (--format jsonl reads it as JSONL)"
        )
    try:
        if kind == "jsonl":
            data = _find_record(file, record_id or "", id_field, text_field).encode("utf-8")
        else:
            data = sys.stdin.buffer.read() if stdin else read_input(file)
        doc = read_document(
            data,
            str(file),
            "html" if kind == "html" else "text",
            sniff=fmt in ("auto", "jsonl"),
            markup=config.html_markup,
        )
    except (OSError, InputError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    text = doc.text
    if doc.route:
        click.echo(f"extraction: {doc.route}")
    result = clean_and_explain(text, config, hints=Hints(markup=doc.markup))
    click.echo(f"language: {result.language}")
    if html_out is not None:
        from cleaner import report
        from cleaner.writers import atomic_write, display

        name = f"{display(file)}#{record_id}" if record_id is not None else display(file)
        page = report.HtmlReport(report.ReportOptions(full_text=True, title=f"cleaner explain {name}"))
        page.add(name, text, result, evidence(result, config))
        atomic_write(html_out, page.render().encode("utf-8"))
        click.echo(f"wrote {display(html_out)}", err=True)
        return
    rule_of = {r.line: r.rule for r in result.removed}
    why = evidence(result, config)
    width = max((len(r.name) for r in RULES), default=10)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if number in rule_of:
            click.echo(f"{number:>5} - {rule_of[number]:<{width}}  {line}  [{why[number]}]")
        else:
            click.echo(f"{number:>5} + {'':<{width}}  {line}")
    counts = ", ".join(f"{k} {v}" for k, v in sorted(result.counts().items())) or "nothing"
    click.echo(f"kept {len(result.kept)}, removed {len(result.removed)} ({counts})", err=True)


def _find_record(file: Path, record_id: str, id_field: str, text_field: str) -> str:
    """The text of the JSONL record whose `id_field` is `record_id` (compared as text)."""
    from cleaner.decoding import InputError, utf8_jsonl
    from cleaner.readers import jsonl_line, open_jsonl, parse_jsonl_line

    stream = open_jsonl(file) if str(file) != "-" else contextlib.nullcontext(utf8_jsonl(sys.stdin.buffer))
    with stream as src:
        for number, raw in enumerate(src, start=1):
            record = parse_jsonl_line(jsonl_line(raw, number), number, str(file), text_field)
            if record.data is not None and str(record.data.get(id_field)) == record_id:
                return str(record.data[text_field])
    raise InputError(f"{file}: no record with {id_field} {record_id!r} (and a {text_field!r} text field)")


@main.command("report")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="The HTML page to write.",
)
@click.option(
    "--sample-per-rule",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="Examples of each rule's removals shown.",
)
@click.option(
    "--context",
    type=click.IntRange(min=0),
    default=2,
    show_default=True,
    help="Lines shown around each example.",
)
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    help="Documents listed by lines removed.",
)
@click.option("--limit", type=click.IntRange(min=1), help="Read only the first N documents.")
@click.option(
    "--format",
    "--input-format",
    "fmt",
    type=click.Choice(get_args(Format)),
    default="auto",
    show_default=True,
    help="Input format, as for clean.",
)
@click.option("--text-field", default="text", show_default=True, help="JSONL field holding the text.")
@click.option("--disable", multiple=True, metavar="RULE", help="Turn a rule off (repeatable).")
@click.option(
    "--config", "config_file", type=click.Path(path_type=Path, dir_okay=False), help="TOML config file."
)
@click.option("--html-markup", is_flag=True, help=HTML_MARKUP_HELP)
@click.option("--language", metavar="CODE", help=LANGUAGE_HELP)
def report_command(
    inputs: tuple[Path, ...],
    out: Path,
    sample_per_rule: int,
    context: int,
    top: int,
    limit: int | None,
    fmt: Format,
    text_field: str,
    disable: tuple[str, ...],
    config_file: Path | None,
    html_markup: bool,
    language: str | None,
) -> None:
    """Write one HTML page -o OUT on what cleaning INPUT removes: totals per rule and noise
    class, examples in context, and the documents that lost the most. INPUT: files and
    directories of text, HTML or JSONL; nothing but the page is written."""
    from cleaner import report
    from cleaner.batch import Options
    from cleaner.decoding import InputError
    from cleaner.evidence import evidence
    from cleaner.writers import atomic_write, display

    opts = Options(
        config=build_config(config_file, disable, html_markup, language), fmt=fmt, text_field=text_field
    )
    page = report.HtmlReport(report.ReportOptions(sample_per_rule, context, top))
    for item in report.read_documents(inputs, opts, limit, skip=out):
        if isinstance(item, InputError):
            page.failures.append(str(item))
            click.echo(f"error: {item}", err=True)
        else:
            name, text, result = item
            page.add(name, text, result, evidence(result, opts.config))
    atomic_write(out, page.render().encode("utf-8"))
    removed = sum(page.removed.values())
    click.echo(
        f"wrote {display(out)}: {page.documents} document(s), {removed} of {page.lines} line(s) removed",
        err=True,
    )
    sys.exit(1 if page.failures else 0)


@main.command("rules")
def rules_command() -> None:
    """List every rule, in the order it runs, with its noise class, the rules whose removals it
    reads, and what it removes. A rule that another reads cannot be disabled alone: --disable
    refuses it, naming the readers to disable with it."""
    from cleaner.ruledocs import rule_summary
    from cleaner.rules.registry import RULES

    reads = {r.name: ",".join(read.name for read in r.reads) or "-" for r in RULES}
    width = max(len(r.name) for r in RULES)
    class_width = max(len(r.noise_class) for r in RULES)
    reads_width = max(len(x) for x in reads.values())
    for rule in RULES:
        click.echo(
            f"{rule.name:<{width}}  {rule.noise_class:<{class_width}}  "
            f"{reads[rule.name]:<{reads_width}}  {rule_summary(rule)}"
        )
    click.echo(
        "(columns: rule, noise class, rules it reads, what it removes; a rule that others read "
        "cannot be disabled alone: disable its readers with it)",
        err=True,
    )


if __name__ == "__main__":  # pragma: no cover
    main()
