"""Config loading and validation: bad settings are refused by name, with the valid choices."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Config, ConfigError, Thresholds, clean, load_config


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(body)
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('disable = ["nope"]', "unknown rule nope"),
        ("[thresholds]\nprose_min_words = 0", "thresholds.prose_min_words"),
        ("[thresholds]\nprose_min_words = 'ten'", "thresholds.prose_min_words"),
        ("[thresholds]\nbogus = 3", "unknown threshold bogus"),
        ("[phrases]\nprompts = ['(unclosed']", "not a valid regular expression"),
        # A global flag is valid alone but not as one phrase of a table; "(?i:...)" is.
        ("[phrases]\nprompts = ['(?i)donate']", "not a valid regular expression"),
        ("[phrases]\nsports = ['x']", "unknown noise class"),
        ("colour = 'red'", "unknown setting colour"),
        ("html_markup = 'yes'", "html_markup must be true or false"),
        ("this is not toml", "not valid TOML"),
        ("[phrases]\nprompts = ['(a+)+$']", "nests unbounded repetition"),
        ("[phrases]\nprompts = ['(?:x\\s*)*y']", "nests unbounded repetition"),
        ("[phrases]\nprompts = ['x)|(.*']", "not a valid regular expression"),
        ("[phrases]\nprompts = ['a{1,99999999999}']", "not a valid regular expression"),
    ],
)
def test_bad_config_is_refused(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(write(tmp_path, body))


def test_thresholds_change_behaviour(tmp_path: Path) -> None:
    text = "Headline\nRead more:\nA linked headline\nShort prose line here, done.\nAnother short one, done.\n"
    assert "Short prose" not in clean(text)
    cfg = load_config(write(tmp_path, "[thresholds]\nprose_min_words = 4"))
    assert cfg.thresholds == Thresholds(prose_min_words=4)
    assert "Short prose" in clean(text, cfg)


def test_config_is_hashable_and_frozen() -> None:
    cfg = Config()
    assert hash(cfg) == hash(Config())
    with pytest.raises(AttributeError):
        cfg.disabled = frozenset()  # type: ignore[misc]


def test_html_markup_is_read_from_the_file(tmp_path: Path) -> None:
    assert Config().html_markup is False
    assert load_config(write(tmp_path, "html_markup = true")).html_markup is True


def test_config_file_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_bytes(b"[phrases]\nprompts = ['caf\xe9']\n")
    with pytest.raises(ConfigError, match="must be UTF-8"):
        load_config(path)
