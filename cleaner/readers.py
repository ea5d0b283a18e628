"""Reading inputs: decoding bytes to text, finding the files under the paths a user gives, and
parsing JSONL records one line at a time."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from cleaner.writers import display

# Suffixes picked up when walking a directory (files named on the command line are always read).
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# HTML pages, plain or gzipped as crawlers store them.
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
COMPRESSED_SUFFIXES = (".gz", ".zst")


class InputError(Exception):
    """An input cannot be cleaned; the message names the file (and line, for JSONL)."""


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and any warning the user should see."""

    text: str
    encoding: str
    warning: str | None = None


def decode(data: bytes, name: str) -> Decoded:
    """Decode file bytes: BOM first, then strict UTF-8, then UTF-8 with replacement when most
    non-ASCII text is valid UTF-8 (reported), then windows-1252 or detection. NUL bytes outside
    UTF-16 mean a binary file, which is refused.

    >>> decode("café".encode("cp1252"), "x").text
    'café'
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: invalid {encoding} after its byte order mark: {exc.reason}"
                ) from None
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), skipped")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = sum(ord(ch) > 0x7F for ch in replaced) - bad
    if good >= bad:
        # Mostly valid UTF-8 with a few stray bytes: a damaged UTF-8 file, not another encoding.
        return Decoded(replaced, "utf-8", f"{name}: invalid UTF-8 bytes replaced with U+FFFD")
    western = _as_windows_1252(data)
    if western is not None:
        return Decoded(western, "windows-1252")
    from charset_normalizer import from_bytes  # imported late: only undeclared non-UTF-8 files need it

    best = from_bytes(data).best()
    if best is not None and best.encoding not in {"utf_8", "utf-8"}:
        return Decoded(str(best), best.encoding)
    return Decoded(
        data.decode("utf-8", errors="replace"),
        "utf-8",
        f"{name}: invalid UTF-8 bytes replaced with U+FFFD",
    )


# Non-ASCII characters that windows-1252 text is made of: Latin-1 letters and signs, and the
# typographic punctuation of its 0x80-0x9F range.
_WESTERN = frozenset(chr(c) for c in range(0xA0, 0x100)) | frozenset("’‘“”—–…€•™‚„†‡ˆ‰Š‹ŒŽšœžŸ")
# Share of non-ASCII characters that must look Western before windows-1252 is trusted.
WESTERN_SHARE = 0.9
# At most this share of the letters may be non-ASCII (French and German run at 2-5%).
MAX_HIGH_SHARE = 0.3


def _as_windows_1252(data: bytes) -> str | None:
    """Decode as windows-1252 when that reads as Western text, following the WHATWG encoding
    standard's default for undeclared legacy pages; detectors guess badly on short Western text.
    Returns None when the bytes are not windows-1252 or decode to mostly other symbols."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [ch for ch in text if ord(ch) > 0x7F]
    letters = [ch for ch in high if ch in _WESTERN and (ch.isalpha() or ch in "’‘“”—–…€•")]
    alpha = sum(ch.isalpha() for ch in text)
    # Western European text is mostly ASCII letters with a few accented ones; text in another
    # script decoded this way is mostly high characters.
    mostly_ascii = len(high) <= MAX_HIGH_SHARE * max(alpha, 1)
    return text if high and mostly_ascii and len(letters) / len(high) >= WESTERN_SHARE else None


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


def read_input(path: Path) -> bytes:
    """The bytes of a text or HTML file, gunzipped for .html.gz and .htm.gz."""
    data = path.read_bytes()
    if path.name.lower().endswith(".gz") and is_html_name(path.name):
        try:
            return gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise InputError(f"{display(path)}: not a valid gzip file: {exc}") from None
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
    """Open a JSONL file for streaming, decompressing .gz and .zst."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if name.endswith(".zst"):
        import zstandard

        raw = open(path, "rb")  # noqa: SIM115 - handed to the caller, who closes it
        reader = zstandard.ZstdDecompressor().stream_reader(raw, closefd=True)
        return io.BufferedReader(reader)  # line iteration needs a buffered reader
    return open(path, "rb")


@dataclass(frozen=True)
class Source:
    """One input file and the path of its output relative to the output directory."""

    path: Path
    relative: Path


def find_sources(inputs: list[Path], exclude: Path | None = None) -> Iterator[Source | InputError]:
    """Yield every file under the given paths, in sorted order, with its relative output path.

    Directories are walked recursively (without following symlinks into loops); `exclude` (the
    output directory) is never read, so outputs are never re-read as inputs. A path that does not
    exist or cannot be listed is yielded as an InputError so the batch goes on.
    """
    skip = Path(os.path.realpath(exclude)) if exclude else None
    for root in inputs:
        if root.is_dir():
            yield from _walk(root, skip)
        elif root.is_file():
            yield Source(root, Path(root.name))
        else:
            yield InputError(f"{display(root)}: no such file or directory")


def _walk(root: Path, skip: Path | None) -> Iterator[Source | InputError]:
    errors: list[InputError] = []

    def on_error(exc: OSError) -> None:
        errors.append(InputError(f"{display(exc.filename)}: cannot read directory: {exc.strerror}"))

    found: list[Path] = []
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
    yield from errors
    for path in sorted(found):
        yield Source(path, path.relative_to(root))


@dataclass(frozen=True)
class Record:
    """One JSONL line: its 1-based line number and its parsed object (or the error it raised)."""

    number: int
    data: dict[str, Any] | None
    error: str | None = None


def parse_jsonl_line(raw: str, number: int, name: str, text_field: str) -> Record:
    """Parse one JSONL line; a bad line becomes a Record with an error naming file and line."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        return Record(number, None, f"{name}:{number}: malformed JSON: {exc.msg}")
    if not isinstance(data, dict):
        return Record(number, None, f"{name}:{number}: record is not a JSON object")
    if text_field not in data:
        return Record(number, None, f"{name}:{number}: record has no {text_field!r} field")
    if not isinstance(data[text_field], str):
        kind = type(data[text_field]).__name__
        return Record(number, None, f"{name}:{number}: field {text_field!r} is {kind}, not a string")
    return Record(number, data)
