"""The cleaner's version, in one place: the package, the wheel's metadata, the per-document
metadata and the fingerprints that invalidate cached outputs all read it from here."""

__version__ = "0.1.0"
