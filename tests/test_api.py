"""The public API: one module (cleaner.api), re-exported by cleaner; hints are one keyword.
For data pipelines: missing values, per-document metadata, and the picklable Cleaner whose
datasets fingerprint follows the cleaner version and config."""

from __future__ import annotations

import math
import pickle

import pandas as pd
import pytest
from datasets import Dataset
from datasets.fingerprint import Hasher

import cleaner
import cleaner.api
from cleaner import (
    Cleaner,
    Config,
    Hints,
    __version__,
    clean,
    clean_and_explain,
    clean_html_and_explain,
)
from cleaner.rules.registry import RULE_NAMES
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


PROSE = "The body of the story is a sentence long enough to count as prose here."
NOISY = f"A headline\n\nAdvertisement\n\n{PROSE}\nGet the News on WhatsApp\n"


@pytest.mark.parametrize("missing", [None, math.nan, pd.NA, pd.NaT])
def test_missing_values_pass_through(missing: object) -> None:
    assert clean(missing) is missing  # type: ignore[call-overload]
    assert Cleaner()(missing) is missing


@pytest.mark.parametrize("bad", [3, 1.5, b"bytes", ["a list"]])
def test_other_non_text_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="takes text"):
        clean(bad)  # type: ignore[call-overload]


def test_pandas_column_with_gaps() -> None:
    column = pd.Series([NOISY, None, math.nan], dtype=object)
    out = column.map(clean)
    assert out[0] == f"A headline\n\n{PROSE}\n"
    assert out.isna().tolist() == [False, True, True]  # pandas keeps its own missing markers
    assert column.map(Cleaner()).equals(out)


def test_metadata() -> None:
    result = clean_and_explain(NOISY)
    assert result.metadata() == {
        "cleaner_version": __version__,
        "extraction": None,
        "language": "en",
        "lines_kept": 2,
        "lines_removed": 2,
        "chars_kept": len(result.text),
        "chars_removed": len(NOISY) - len(result.text),
        "removed_by_rule": {"furniture_phrase": 1, "prompt_phrase": 1},
    }
    page = f"<html><body><article><h1>A headline</h1><p>{PROSE}</p></article></body></html>"
    assert clean_html_and_explain(page).metadata()["extraction"] == "trafilatura"


def test_cleaner_batch_has_stable_columns() -> None:
    out = Cleaner().batch({"text": [NOISY, PROSE, None], "id": [1, 2, 3]})
    assert set(out) == {"text", "cleaner"}
    assert out["text"] == [clean(NOISY), PROSE, None]
    first, second, third = out["cleaner"]
    assert first is not None and second is not None and third is None
    assert list(first["removed_by_rule"]) == list(RULE_NAMES)  # type: ignore[call-overload]
    assert first["removed_by_rule"]["prompt_phrase"] == 1  # type: ignore[index]
    assert second["removed_by_rule"] == dict.fromkeys(RULE_NAMES, 0)
    assert Cleaner(metadata_column=None).batch({"text": [NOISY]}) == {"text": [clean(NOISY)]}


def test_cleaner_pickles_with_its_config() -> None:
    config = Config(disabled=frozenset({"alt_text"}))
    copy = pickle.loads(pickle.dumps(Cleaner(config, text_column="body")))
    assert copy.config == config and copy.text_column == "body"
    assert copy(NOISY) == clean(NOISY)


def test_fingerprint_follows_version_and_config(monkeypatch: pytest.MonkeyPatch) -> None:
    base = Cleaner()
    assert Hasher.hash(base) == Hasher.hash(Cleaner())
    assert Hasher.hash(base.batch) == Hasher.hash(Cleaner().batch)
    other_config = Cleaner(Config(disabled=frozenset({"alt_text"})))
    assert Hasher.hash(other_config) != Hasher.hash(base)
    assert Hasher.hash(other_config.batch) != Hasher.hash(base.batch)
    before, before_batch = Hasher.hash(base), Hasher.hash(base.batch)
    monkeypatch.setattr(cleaner.api, "__version__", __version__ + ".post1")
    assert Hasher.hash(base) != before
    assert Hasher.hash(base.batch) != before_batch


def test_dataset_map() -> None:
    rows = Dataset.from_dict({"text": [NOISY, None, PROSE], "id": [1, 2, 3]})
    out = rows.map(Cleaner().batch, batched=True, batch_size=2)
    assert out["text"] == [clean(NOISY), None, PROSE]
    assert out["id"] == [1, 2, 3]
    assert out[0]["cleaner"]["removed_by_rule"]["prompt_phrase"] == 1
    assert out[1]["cleaner"] is None
    assert out[2]["cleaner"]["lines_removed"] == 0


def test_html_cleaner() -> None:
    page = f"<html><body><article><h1>A headline</h1><p>{PROSE}</p><p>Get the News on WhatsApp</p></article></body></html>"
    cleaner_ = Cleaner(html=True)
    assert cleaner_(page) == f"A headline\n{PROSE}\n"
    assert cleaner_(page.encode()) == f"A headline\n{PROSE}\n"
    out = cleaner_.batch({"text": [page, None]})
    assert out["cleaner"][0]["extraction"] == "trafilatura"  # type: ignore[index]
    with pytest.raises(TypeError, match="html=True"):
        Cleaner()(b"bytes")
