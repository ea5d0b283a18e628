"""The public API: one module (cleaner.api), re-exported by cleaner; hints are one keyword."""

from __future__ import annotations

import pytest

import cleaner
import cleaner.api
from cleaner import Hints, clean_and_explain
from cleaner.templates import line_key

TEXT = "A headline\nFrom the archive of the town\nThe story goes on for a while here.\n"


def test_the_package_exports_the_api_module() -> None:
    for name in cleaner.api.__all__:
        assert getattr(cleaner, name) is getattr(cleaner.api, name), name


def test_hints_cannot_be_swapped() -> None:
    with pytest.raises(TypeError):
        clean_and_explain(TEXT, None, frozenset(), frozenset())  # type: ignore[misc]
    with pytest.raises(TypeError):
        Hints(frozenset(), frozenset())  # type: ignore[misc]


def test_hints_reach_their_rules() -> None:
    key = frozenset({line_key("from the archive of the town")})
    by_template = clean_and_explain(TEXT, hints=Hints(templates=key)).removed
    by_markup = clean_and_explain(TEXT, hints=Hints(markup=key)).removed
    assert [(r.line, r.rule) for r in by_template] == [(2, "site_template")]
    assert [(r.line, r.rule) for r in by_markup] == [(2, "markup_noise")]
