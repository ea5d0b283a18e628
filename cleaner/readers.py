"""Reading inputs: finding the files under the paths a user gives, deciding each one's format
once, reading a file's or stdin's bytes into the text the pipeline cleans (decoded by
cleaner.decoding, extracted by cleaner.html), and parsing JSONL records one line at a time."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from cleaner.decoding import CORRUPT_COMPRESSED, InputError, decode, utf8_jsonl
from cleaner.writers import display

if TYPE_CHECKING:
    from cleaner.html import Extracted

# Suffixes picked up when walking a directory (files named on the command line are always read).
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# HTML pages, plain or gzipped as crawlers store them.
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
COMPRESSED_SUFFIXES = (".gz", ".zst")


def _is_jsonl_name(name: str) -> bool:
    name = name.lower()
    for compressed in COMPRESSED_SUFFIXES:
        name = name.removesuffix(compressed)
    return os.path.splitext(name)[1] in JSONL_SUFFIXES


def is_html_name(name: str) -> bool:
    """True for the names of HTML pages: .html, .htm, .html.gz, .htm.gz."""
    return name.lower().endswith(HTML_SUFFIXES)


# The user's --format, and the kind of input it decides for a file.
Format = Literal["auto", "text", "html", "jsonl"]
Kind = Literal["text", "html", "jsonl"]


def input_format(path: Path, forced: Format) -> Kind:
    """'jsonl', 'html' or 'text' for a path, from the user's --format or the file's suffix
    (.jsonl, .ndjson, optionally compressed: .jsonl.gz, .jsonl.zst; .html, .htm, .html.gz,
    .htm.gz). With --format html a JSONL file stays JSONL: its text field holds the HTML."""
    if forced == "html" and _is_jsonl_name(path.name):
        return "jsonl"
    if forced != "auto":
        return forced
    if _is_jsonl_name(path.name):
        return "jsonl"
    return "html" if is_html_name(path.name) else "text"


# The most bytes one document may hold (a text file, a page after gunzip, a JSONL record): memory
# peaks at several times a document's size, and no article comes near this.
MAX_DOCUMENT_BYTES = 64 << 20


def too_large(name: str, limit: int) -> InputError:
    """The error for a document over the limit."""
    return InputError(
        f"{name}: over the limit of {limit >> 20} MB per document, skipped (--max-document-mb raises it)"
    )


def read_input(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The bytes of a text or HTML file, gunzipped for .html.gz and .htm.gz, refused when they
    are (or expand to) more than `limit` bytes: a gzip bomb is never expanded in memory."""
    with open(path, "rb") as fh:
        if path.name.lower().endswith(".gz") and is_html_name(path.name):
            try:
                with gzip.GzipFile(fileobj=fh) as unzipped:
                    data = unzipped.read(limit + 1)
            except (OSError, *CORRUPT_COMPRESSED) as exc:  # type: ignore[misc]
                raise InputError(f"{display(path)}: not a valid gzip file: {exc}") from None
        elif os.fstat(fh.fileno()).st_size > limit:
            raise too_large(display(path), limit)
        else:
            data = fh.read()
    if len(data) > limit:
        raise too_large(display(path), limit)
    return data


# Markup that only HTML starts with, and tags whose density marks a page saved under another name.
_HTML_START = ("<!doctype html", "<html", "<?xml")
_HTML_TAG = re.compile(r"<(?:p|div|br|body|head|meta|span|a|li|td)[\s>/]", re.IGNORECASE)
# Text is sniffed as HTML when it starts with a tag and has at least this many of them per line:
# an article that quotes a tag or two stays text. Pages run at several tags per line.
SNIFF_TAGS_PER_LINE = 1.0
SNIFF_CHARS = 65536


def looks_like_html(text: str) -> bool:
    """True when text read from a file or stdin is really an HTML page: it starts (after a byte
    order mark and whitespace) with a doctype or <html>, or with a tag and is dense in the tags
    of a page body.

    >>> looks_like_html("\\ufeff  <!DOCTYPE html><title>x</title>")
    True
    >>> looks_like_html("<p>One.</p>\\n<p>Two.</p>")
    True
    >>> looks_like_html("Use the <p> tag for paragraphs.\\nAnd <br> for breaks.")
    False
    """
    head = text[:SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    if head[:14].lower().startswith(_HTML_START) or "<body" in head[:4096].lower():
        return True
    if not head.startswith("<"):
        return False
    lines = max(1, sum(1 for line in head.splitlines() if line.strip()))
    return len(_HTML_TAG.findall(head)) >= SNIFF_TAGS_PER_LINE * lines


def open_jsonl(path: Path) -> BinaryIO:
    """Open a JSONL file for streaming, decompressing .gz and .zst, as UTF-8 (JSONL in UTF-16 or
    UTF-32 is transcoded as it is read: cleaner.decoding.utf8_jsonl)."""
    name = path.name.lower()
    if name.endswith(".gz"):
        stream: BinaryIO = gzip.open(path, "rb")  # type: ignore[assignment]  # noqa: SIM115 - the caller closes it
    elif name.endswith(".zst"):
        import zstandard

        raw = open(path, "rb")  # noqa: SIM115 - handed to the caller, who closes it
        reader = zstandard.ZstdDecompressor().stream_reader(raw, closefd=True)
        stream = io.BufferedReader(reader)  # line iteration needs a buffered reader
    else:
        stream = open(path, "rb")  # noqa: SIM115 - handed to the caller, who closes it
    try:
        return utf8_jsonl(stream)
    except BaseException:  # a corrupt compressed file fails on its first bytes
        stream.close()
        raise


@dataclass(frozen=True)
class Skipped:
    """A path that is not a regular file (a FIFO, a device, a socket): reading it could hang or
    never end, so it is skipped with a note."""

    path: Path

    def __str__(self) -> str:
        return f"{display(self.path)}: not a regular file (a FIFO, device or socket), skipped"


@dataclass(frozen=True)
class OtherFormats:
    """Files a folder walk passed over for their suffix (images, .json, .md, .parquet, .txt.gz,
    .jsonl.xz): counted by suffix, so that one note says what was not read and what reads it."""

    root: Path
    counts: tuple[tuple[str, int], ...]

    def __str__(self) -> str:
        total = sum(n for _, n in self.counts)
        listed = ", ".join(f"{suffix} {n}" for suffix, n in self.counts)
        hints = dict.fromkeys(
            FORMAT_HINTS[s] for s in FORMAT_HINTS if any(x.endswith(s) for x, _ in self.counts)
        )
        return (
            f"{display(self.root)}: {total} file(s) of other formats not read ({listed}); a folder is "
            f"walked for {WALKED}; name a file to read it as text" + "".join(f"; {h}" for h in hints)
        )


WALKED = ".txt, .jsonl, .ndjson, .html, .htm, and .gz or .zst JSONL and .gz pages"
# What to tell about a format a folder walk passes over, by the end of its name.
FORMAT_HINTS = {
    ".parquet": "--engine ray reads Parquet",
    ".xz": "decompress .xz, .bz2 and .txt.gz files first",
    ".bz2": "decompress .xz, .bz2 and .txt.gz files first",
    ".txt.gz": "decompress .xz, .bz2 and .txt.gz files first",
    ".json": "a .json file holding one record per line is JSONL: --format jsonl reads it",
}
_COMPRESSION = (".gz", ".zst", ".xz", ".bz2", ".lz4", ".zip", ".z")


def _suffix(name: str) -> str:
    """A file's format as its name says it: the last suffix, with the one before it for a
    compressed file (.txt.gz, .jsonl.xz).

    >>> _suffix("a.JPG"), _suffix("d.jsonl.xz"), _suffix("x.tar.gz"), _suffix("gz.xz")
    ('.jpg', '.jsonl.xz', '.tar.gz', '.xz')
    """
    stem, last = os.path.splitext(name.lower())
    if last in _COMPRESSION:
        return os.path.splitext(stem)[1] + last
    return last


@dataclass(frozen=True)
class Source:
    """One input file, the path of its output relative to the output directory, and its format
    ('text', 'html' or 'jsonl', from input_format), decided once when the file is found."""

    path: Path
    relative: Path
    kind: Kind = "text"


def find_sources(
    inputs: list[Path], exclude: Path | None = None, fmt: Format = "auto"
) -> Iterator[Source | InputError | Skipped | OtherFormats]:
    """Yield every file under the given paths, in sorted order, with its relative output path.

    Directories are walked recursively (without following symlinks into loops); `exclude` (the
    output directory) is never read, so outputs are never re-read as inputs. A path that does not
    exist or cannot be listed is yielded as an InputError so the batch goes on; what is not a
    regular file as Skipped; files of other formats in a folder as one OtherFormats per folder.
    """
    skip = Path(os.path.realpath(exclude)) if exclude else None
    for root in inputs:
        if root.is_dir():
            for found in _walk(root, skip):
                yield (
                    found
                    if not isinstance(found, Source)
                    else replace(found, kind=input_format(found.path, fmt))
                )
        elif root.is_file():
            yield Source(root, Path(root.name), input_format(root, fmt))
        elif root.exists():
            yield Skipped(root)
        else:
            yield InputError(f"{display(root)}: no such file or directory")


def _walk(root: Path, skip: Path | None) -> Iterator[Source | InputError | Skipped | OtherFormats]:
    errors: list[InputError] = []

    def on_error(exc: OSError) -> None:
        errors.append(InputError(f"{display(exc.filename)}: cannot read directory: {exc.strerror}"))

    found: list[Path] = []
    others: dict[str, int] = {}
    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and (skip is None or Path(os.path.realpath(here / d)) != skip)
        )
        for name in filenames:
            path = here / name
            if name.startswith(".") or name.endswith(".removed.jsonl"):
                continue
            if path.suffix.lower() in TEXT_SUFFIXES or _is_jsonl_name(name) or is_html_name(name):
                found.append(path)
            else:
                others[_suffix(name)] = others.get(_suffix(name), 0) + 1
    yield from errors
    if others:
        yield OtherFormats(root, tuple(sorted(others.items(), key=lambda kv: (-kv[1], kv[0]))))
    for path in sorted(found):
        try:
            regular = stat.S_ISREG(path.stat().st_mode)
        except OSError:
            regular = True  # a dangling link or a loop: reported when it is read
        yield Source(path, path.relative_to(root)) if regular else Skipped(path)


@dataclass(frozen=True)
class Record:
    """One JSONL line: its 1-based line number and its parsed object (or the error it raised).

    `raw` is the line (without its line ending) and `text_span` the start and end of the text
    field's value in it, so that a writer can replace that value and pass every other byte of the
    record through as it came (numbers a float cannot hold, duplicate keys, spacing). `close` is
    the index of the record's closing brace."""

    number: int
    data: dict[str, Any] | None
    error: str | None = None
    raw: str = ""
    text_span: tuple[int, int] = (0, 0)
    close: int = 0


_DECODER = json.JSONDecoder()
# The json module's C scanner: (value, end) for the JSON value that starts at an index.
_SCAN_VALUE: Callable[[str, int], tuple[Any, int]] = _DECODER.scan_once  # type: ignore[attr-defined]
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def parse_jsonl_line(raw: str, number: int, name: str, text_field: str) -> Record:
    """Parse one JSONL line; a bad line becomes a Record with an error naming file and line.

    The top-level object is walked key by key (each value parsed by the json module's C scanner,
    so the line is read once, as json.loads would), which gives where the text field's value
    lies and keeps a duplicate key from hiding: a record with two text fields is refused.

    >>> r = parse_jsonl_line('{"a": 1e400, "text": "x"}', 1, "f", "text")
    >>> r.raw[r.text_span[0] : r.text_span[1]], r.raw[: r.text_span[0]]
    ('"x"', '{"a": 1e400, "text": ')
    """
    line = raw.rstrip(" \t\r\n")
    data: dict[str, Any] = {}
    span: tuple[int, int] | None = None
    twice = False
    try:
        at = _skip(line, 0)
        if line[at : at + 1] != "{":
            raise ValueError
        at = _skip(line, at + 1)
        if line[at : at + 1] != "}":
            while True:
                if line[at : at + 1] != '"':
                    raise ValueError
                key, at = _SCAN_VALUE(line, at)
                at = _skip(line, at)
                if line[at : at + 1] != ":":
                    raise ValueError
                start = _skip(line, at + 1)
                data[key], at = _SCAN_VALUE(line, start)
                if key == text_field:
                    twice = span is not None
                    span = (start, at)
                at = _skip(line, at)
                if line[at : at + 1] == ",":
                    at = _skip(line, at + 1)
                    continue
                if line[at : at + 1] != "}":
                    raise ValueError
                break
        close = at
        if _skip(line, at + 1) != len(line):
            raise ValueError
    except RecursionError:
        return Record(number, None, f"{name}:{number}: malformed JSON: nested too deep")
    except (ValueError, StopIteration):
        return _bad_record(line, number, name)
    if span is None:
        return Record(number, None, f"{name}:{number}: record has no {text_field!r} field")
    if twice:
        return Record(number, None, f"{name}:{number}: record has the {text_field!r} field twice")
    if not isinstance(data[text_field], str):
        kind = type(data[text_field]).__name__
        return Record(number, None, f"{name}:{number}: field {text_field!r} is {kind}, not a string")
    return Record(number, data, None, line, span, close)


def jsonl_line(raw: bytes, number: int) -> str:
    """One JSONL line's bytes as text, a byte order mark before the first record dropped and
    invalid UTF-8 replaced (every reader of JSONL lines: the batch's chunks read them so too).

    >>> jsonl_line(b'\\xef\\xbb\\xbf{"text": "x"}\\n', 1)
    '{"text": "x"}\\n'
    """
    return raw.decode("utf-8-sig" if number == 1 else "utf-8", "replace")


def _skip(line: str, at: int) -> int:
    """The index of the first character at or after `at` that is not JSON whitespace."""
    match = _JSON_SPACE.match(line, at)
    return match.end() if match else at


def _bad_record(line: str, number: int, name: str) -> Record:
    """The error for a line that is not one JSON object, in the json module's words."""
    try:
        json.loads(line)
    except json.JSONDecodeError as exc:
        return Record(number, None, f"{name}:{number}: malformed JSON: {exc.msg}")
    except RecursionError:
        return Record(number, None, f"{name}:{number}: malformed JSON: nested too deep")
    return Record(number, None, f"{name}:{number}: record is not a JSON object")


def read_document(data: bytes, name: str, kind: Kind, sniff: bool = False, markup: bool = False) -> Extracted:
    """The text the pipeline cleans from a file's or stdin's bytes: an HTML page (`kind` 'html',
    or `sniff` and the decoded text looks like a page) is extracted (reading its markup for noise
    with `markup`); text is only decoded (its `route` is then empty, and `markup` too)."""
    # The HTML path (trafilatura, lxml) loads when a document is read, not when the CLI starts.
    from cleaner.html import Extracted, extract

    if kind == "html":
        return extract(data, name, markup)
    decoded = decode(data, name)
    if sniff and looks_like_html(decoded.text):
        return extract(data, name, markup)
    return Extracted(decoded.text, "", frozenset(), decoded.encoding, decoded.warning)


def extraction_note(name: str, extracted: Extracted, kind: Kind = "html") -> str | None:
    """What the user should hear about how an input of `kind` was read, or None for the usual
    path."""
    from cleaner.html import FALLBACK, NO_MARKUP

    if kind == "text" and extracted.route:
        return f"{name}: read as HTML (it looks like a page); --format text cleans it as text"
    if extracted.route == FALLBACK:
        return f"{name}: trafilatura found no main content; the page body's blocks were cleaned"
    if extracted.route == NO_MARKUP:
        return f"{name}: HTML expected but no markup found; cleaned as text"
    return None


def reading_notes(name: str, extracted: Extracted, kind: Kind = "html") -> list[str]:
    """Every note about reading one input: a decoding warning, then the extraction note."""
    cut = f"{name}: {extracted.cut}" if extracted.cut else None
    return [n for n in (extracted.warning, cut, extraction_note(name, extracted, kind)) if n]
