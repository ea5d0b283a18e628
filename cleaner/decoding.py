"""Decoding input bytes to text, and the error every unreadable input raises: byte order marks,
declared charsets, UTF-8, windows-1252 and detection, in one place for files, pages and stdin."""

from __future__ import annotations

import codecs
import io
import json
import re
import zlib
from dataclasses import dataclass
from typing import Any, BinaryIO, cast

import zstandard


class InputError(Exception):
    """An input cannot be cleaned; the message names the file (and line, for JSONL)."""


# What reading a damaged .gz or .zst raises besides OSError (gzip.BadGzipFile is one): a stream cut
# short, a bad checksum or deflate data, a bad zstd frame.
CORRUPT_COMPRESSED: tuple[type[Exception], ...] = (EOFError, zlib.error, zstandard.ZstdError)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and any warning the user should see."""

    text: str
    encoding: str
    warning: str | None = None


# Formats the cleaner does not read, by their first bytes (their "magic numbers"), and what the user
# is told of each instead of "binary file".
_MAGIC = (
    (
        b"\x1f\x8b",
        "compressed with gzip, which is read only as .jsonl.gz, .html.gz or .htm.gz: decompress it first",
    ),
    (b"\x28\xb5\x2f\xfd", "compressed with zstd, which is read only as .jsonl.zst: decompress it first"),
    (b"\xfd7zXZ\x00", "compressed with xz, which is not read: decompress it first"),
    (b"PK\x03\x04", "a zip archive, which is not read: unpack it first"),
)
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")


def other_format(data: bytes) -> str | None:
    """What a file in a format the cleaner does not read is (Parquet, a compressed file, a zip
    archive), from its first and last bytes, or None.

    >>> other_format(b"PAR1...PAR1"), other_format(b"Plain text.") is None
    ('a Parquet file: --engine ray reads Parquet (the local engine reads text, HTML and JSONL)', True)
    """
    if data.startswith(b"PAR1") and data.endswith(b"PAR1"):
        return "a Parquet file: --engine ray reads Parquet (the local engine reads text, HTML and JSONL)"
    if _BZIP2.match(data):
        return "compressed with bzip2, which is not read: decompress it first"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


# Byte order marks and the codecs they name; UTF-32's little-endian mark starts with UTF-16's, so
# it is tried first.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, name: str) -> Decoded:
    """Decode file bytes: BOM first, then strict UTF-8, then UTF-8 with replacement when most
    non-ASCII text is valid UTF-8 (reported), then windows-1252 or detection. NUL bytes outside
    UTF-16 mean a binary file, which is refused.

    >>> decode("café".encode("cp1252"), "x").text
    'café'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: invalid {encoding} after its byte order mark: {exc.reason}"
                ) from None
    if (other := other_format(data)) is not None:
        raise InputError(f"{name}: {other}, skipped")
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


# A declared charset is looked for in the first bytes of the page only, as browsers do (the HTML
# standard's prescan reads 1024 bytes; pages with long heads put it later, so we read more).
CHARSET_SCAN_BYTES = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)""", re.IGNORECASE)
# Labels the HTML standard maps to another encoding: latin-1 and ASCII labels mean windows-1252.
_WHATWG_ALIASES = {"iso-8859-1": "windows-1252", "latin1": "windows-1252", "us-ascii": "windows-1252"}


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a <meta charset> or http-equiv Content-Type near its top,
    as a Python codec name, or None when it declares none that Python knows.

    >>> declared_charset(b'<html><head><meta charset="windows-1252">')
    'cp1252'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    'cp1252'
    >>> declared_charset(b"<p>no declaration</p>") is None
    True
    """
    match = _META_CHARSET.search(data[:CHARSET_SCAN_BYTES])
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(_WHATWG_ALIASES.get(label, label)).name
    except LookupError:
        return None


def decode_html(data: bytes, name: str) -> Decoded:
    """Decode page bytes: a byte order mark first, then the page's declared charset, then the
    same detection as text files (readers.decode). A declaration the bytes contradict (a page
    that says UTF-8 but is not) is ignored in favour of detection.

    >>> decode_html('<meta charset="windows-1252"><p>café</p>'.encode("cp1252"), "x").text[-11:]
    '<p>café</p>'
    """
    if data.startswith(tuple(bom for bom, _ in _BOMS)):
        return decode(data, name)
    declared = declared_charset(data)
    if declared is not None and not declared.startswith(("utf-16", "utf-32")):
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            pass
    return decode(data, name)


def jsonl_encoding(head: bytes) -> str | None:
    """The codec of JSON text that is not UTF-8, from its first four bytes: a UTF-16 or UTF-32
    byte order mark, or the NUL bytes around the first (ASCII) character that UTF-16 and UTF-32
    without a mark put there (RFC 4627's rule, as json.detect_encoding applies it); None for
    UTF-8, with or without its mark. JSON text holds no raw NUL, so UTF-8 is never mistaken.

    >>> jsonl_encoding('{"a":1}'.encode("utf-16")), jsonl_encoding('{"a":1}'.encode("utf-32-be"))
    ('utf-16', 'utf-32-be')
    >>> jsonl_encoding(b'\\xef\\xbb\\xbf{"a":1}') is None, jsonl_encoding(b"") is None
    (True, True)
    """
    encoding = json.detect_encoding(head[:4])
    return None if encoding in ("utf-8", "utf-8-sig") else encoding


def utf8_jsonl(stream: BinaryIO) -> BinaryIO:
    """A JSONL byte stream as UTF-8: UTF-16 or UTF-32 (jsonl_encoding) is decoded as it is read
    (an invalid sequence becomes U+FFFD) and re-encoded, so that lines split at b"\\n" and every
    reader after this sees UTF-8; UTF-8 comes back as it is (buffered, when it had no peek)."""
    buffered: Any = stream if hasattr(stream, "peek") else io.BufferedReader(cast(Any, stream))
    encoding = jsonl_encoding(buffered.peek(4)[:4])
    if encoding is None:
        return cast(BinaryIO, buffered)
    return cast(BinaryIO, io.BufferedReader(_Transcoded(buffered, encoding)))


class _Transcoded(io.RawIOBase):
    """A raw stream giving the UTF-8 encoding of a stream in another encoding."""

    def __init__(self, stream: Any, encoding: str) -> None:
        self._text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            text = self._text.read(1 << 16)
            if not text:
                return 0
            self._pending = text.encode("utf-8", "surrogatepass")
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def close(self) -> None:
        if not self.closed:
            self._text.close()
        super().close()
