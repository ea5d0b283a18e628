"""The `cleaner` command: parse and validate options, dispatch to the batch code, report.
No cleaning logic lives here."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from cleaner import __version__
from cleaner.batch import Report, StrictStop, clean_file, clean_jsonl, fail, output_path
from cleaner.config import Config, ConfigError, load_config
from cleaner.pipeline import RULES, clean_and_explain
from cleaner.readers import InputError, Source, decode, find_sources, input_format
from cleaner.writers import display

FORMATS = ["auto", "text", "jsonl"]


def build_config(config_file: Path | None, disable: tuple[str, ...]) -> Config:
    """The config from --config and --disable, or a usage error (exit 2) naming the bad setting."""
    try:
        config = load_config(config_file) if config_file else Config()
        return config.with_disabled(*disable) if disable else config
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cleaner")
def main() -> None:
    """Strip boilerplate from scraped article text, keeping every line of the article."""


@main.command("clean")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "outdir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Output directory (required unless the input is -).",
)
@click.option(
    "--format",
    "--input-format",
    "fmt",
    type=click.Choice(FORMATS),
    default="auto",
    show_default=True,
    help="Input format; auto decides by suffix.",
)
@click.option("--text-field", default="text", show_default=True, help="JSONL field holding the text.")
@click.option("--explain", is_flag=True, help="Also write the removed lines and their rules.")
@click.option("--disable", multiple=True, metavar="RULE", help="Turn a rule off (repeatable).")
@click.option(
    "--config", "config_file", type=click.Path(path_type=Path, dir_okay=False), help="TOML config file."
)
@click.option("--strict", is_flag=True, help="Stop at the first bad file or record.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def clean_command(
    inputs: tuple[Path, ...],
    outdir: Path | None,
    fmt: str,
    text_field: str,
    explain: bool,
    disable: tuple[str, ...],
    config_file: Path | None,
    strict: bool,
    quiet: bool,
) -> None:
    """Clean INPUT files and directories into -o OUTDIR, or - (stdin) to stdout."""
    config = build_config(config_file, disable)
    report = Report(strict=strict)
    if Path("-") in inputs and inputs != (Path("-"),):
        raise click.UsageError("- (stdin) cannot be combined with other inputs")
    if inputs != (Path("-"),) and outdir is None:
        raise click.UsageError("missing -o/--output directory")
    try:
        if inputs == (Path("-"),):
            _clean_stdin(config, fmt, text_field, explain, report)
        else:
            assert outdir is not None
            for source in _plan(list(inputs), outdir, fmt, report):
                clean_file(
                    source, outdir, config, fmt=fmt, text_field=text_field, explain=explain, report=report
                )
    except StrictStop:
        report.notes.append("stopped at the first failure (--strict)")
    if not quiet:
        click.echo(report.summary(), err=True)
    sys.exit(report.exit_code)


def _plan(inputs: list[Path], outdir: Path, fmt: str, report: Report) -> list[Source]:
    """Find the sources and refuse, before anything is written, outputs that would overwrite an
    input or collide with each other."""
    sources: list[Source] = []
    targets: dict[Path, Path] = {}
    for item in find_sources(inputs, exclude=outdir):
        if isinstance(item, InputError):
            fail(report, str(item))
            continue
        # realpath, not Path.resolve: it does not raise on a symlink loop (reported when read).
        target = Path(os.path.realpath(output_path(outdir, item, input_format(item.path, fmt))))
        if target == Path(os.path.realpath(item.path)):
            raise click.UsageError(
                f"{display(item.path)}: output would overwrite this input; choose another -o"
            )
        if target in targets:
            raise click.UsageError(
                f"{display(targets[target])} and {display(item.path)} would both be written to {display(target)}"
            )
        targets[target] = item.path
        sources.append(item)
    return sources


def _clean_stdin(config: Config, fmt: str, text_field: str, explain: bool, report: Report) -> None:
    if fmt == "jsonl":
        stream = (line.decode("utf-8", errors="replace") for line in sys.stdin.buffer)
        for out in clean_jsonl(stream, "<stdin>", config, text_field, explain, report):
            sys.stdout.write(out)
        return
    try:
        decoded = decode(sys.stdin.buffer.read(), "<stdin>")
    except InputError as exc:
        fail(report, str(exc))
        return
    result = clean_and_explain(decoded.text, config)
    report.files += 1
    report.add(result)
    sys.stdout.write(result.text)
    if explain:
        for removal in result.removed:
            click.echo(f"removed line {removal.line} by {removal.rule}: {removal.text}", err=True)


@main.command("explain")
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True))
@click.option("--disable", multiple=True, metavar="RULE", help="Turn a rule off (repeatable).")
@click.option(
    "--config", "config_file", type=click.Path(path_type=Path, dir_okay=False), help="TOML config file."
)
def explain_command(file: Path, disable: tuple[str, ...], config_file: Path | None) -> None:
    """Print FILE with every line marked kept (+) or removed (-) and the rule that removed it."""
    config = build_config(config_file, disable)
    try:
        data = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
        text = decode(data, str(file)).text
    except (OSError, InputError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    result = clean_and_explain(text, config)
    rule_of = {r.line: r.rule for r in result.removed}
    width = max((len(r.name) for r in RULES), default=10)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        mark, rule = ("-", rule_of[number]) if number in rule_of else ("+", "")
        click.echo(f"{number:>5} {mark} {rule:<{width}}  {line}")
    counts = ", ".join(f"{k} {v}" for k, v in sorted(result.counts().items())) or "nothing"
    click.echo(f"kept {len(result.kept)}, removed {len(result.removed)} ({counts})", err=True)


@main.command("rules")
def rules_command() -> None:
    """List every rule, in the order it runs, with its noise class and what it removes."""
    width = max(len(r.name) for r in RULES)
    for rule in RULES:
        click.echo(f"{rule.name:<{width}}  {rule.noise_class:<10}  {rule.summary}")


if __name__ == "__main__":  # pragma: no cover
    main()
