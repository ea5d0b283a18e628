"""The datatrove steps against the real library: a whole local pipeline from JSONL to JSONL,
the statistics per rule, the exclusion writer, and the HTML extractor."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from cleaner import __version__, clean
from cleaner.integrations.datatrove import CleanHTML, CleanText

PROSE = "The body of the story is a sentence long enough to count as prose here."
NOISY = f"A headline\n\nAdvertisement\n\n    indented code()\n\n{PROSE}\nGet the News on WhatsApp"


def _read(folder: Path) -> list[dict[str, object]]:
    rows = []
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as file:
            rows += [json.loads(line) for line in file]
    return rows


def test_clean_text_in_a_local_pipeline(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    rows = [{"id": "a", "text": NOISY}, {"id": "b", "text": "Advertisement\n"}, {"id": "c", "text": PROSE}]
    (tmp_path / "in" / "docs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    step = CleanText(exclusion_writer=JsonlWriter(str(tmp_path / "excluded")))
    executor = LocalPipelineExecutor(
        pipeline=[JsonlReader(str(tmp_path / "in")), step, JsonlWriter(str(tmp_path / "out"))],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    out = _read(tmp_path / "out")
    assert [r["id"] for r in out] == ["a", "c"]
    assert out[0]["text"] == clean(NOISY)
    assert "    indented code()\n" in str(out[0]["text"])  # layout kept
    meta = out[0]["metadata"]["cleaner"]  # type: ignore[index]
    assert meta["cleaner_version"] == __version__
    assert meta["removed_by_rule"] == {"furniture_phrase": 1, "prompt_phrase": 1}
    assert out[1]["text"] == PROSE and out[1]["metadata"]["cleaner"]["lines_removed"] == 0  # type: ignore[index]
    excluded = _read(tmp_path / "excluded")
    assert [(r["id"], r["text"], r["metadata"]["filter_reason"]) for r in excluded] == [  # type: ignore[index]
        ("b", "Advertisement\n", "empty")
    ]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    ours = next(s for s in stats if "cleaner" in s["name"])["stats"]
    # (datatrove saves a statistic that never had a unit other than "doc" as a bare number.)
    assert ours["line-removed-furniture_phrase"] == 2 and ours["line-removed-prompt_phrase"] == 1
    assert ours["dropped_empty"] == 1 and ours["forwarded"] == 2


def test_clean_text_keeps_empty_documents_when_asked() -> None:
    out = list(CleanText(drop_empty=False)([Document(text="Advertisement", id="x")]))
    assert [d.text for d in out] == [""]


def test_clean_html_extractor() -> None:
    page = (
        "<html><body><article><h1>A headline</h1>"
        f"<p>{PROSE}</p><p>Get the News on WhatsApp</p></article></body></html>"
    )
    step = CleanHTML()
    out = list(step([Document(text=page, id="p"), Document(text="<html><body></body></html>", id="e")]))
    assert [d.id for d in out] == ["p"]
    assert out[0].text == f"A headline\n{PROSE}\n"
    assert out[0].metadata["cleaner"]["extraction"] == "trafilatura"
    assert step.stats["line-removed-prompt_phrase"].total == 1
    assert step.stats["dropped"].total == 1
