"""The article-extraction metric: token 4-gram shingle precision, recall and F1.

Re-implemented from the definition in the benchmark's reference scorer (the scrapinghub
article-extraction-benchmark metric): tokens are `\\w+` matches, case-sensitive; each text is a
multiset of overlapping 4-grams (a text of 1-3 tokens is one shorter shingle); per document
tp/fp/fn are multiset overlaps; corpus precision is the mean over documents with a non-empty
prediction, recall the mean over documents with a non-empty gold, and F1 their harmonic mean.
`make eval` checks these numbers against the reference scorer whenever it is available.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of token n-grams of `text`.

    >>> sorted(shingles("a b c d e").items())
    [(('a', 'b', 'c', 'd'), 1), (('b', 'c', 'd', 'e'), 1)]
    """
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def tp_fp_fn(gold: str, pred: str) -> tuple[int, int, int]:
    """Shingle true positives, false positives and false negatives of one document."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    return tp, sum(p.values()) - tp, sum(g.values()) - tp


@dataclass(frozen=True)
class Score:
    """Corpus precision, recall and F1 as the benchmark defines them."""

    f1: float
    precision: float
    recall: float
    n: int


def _precision(tp: int, fp: int, fn: int) -> float:
    return 1.0 if fp == fn == 0 else (tp / (tp + fp) if tp + fp else 0.0)


def _recall(tp: int, fp: int, fn: int) -> float:
    return 1.0 if fp == fn == 0 else (tp / (tp + fn) if tp + fn else 0.0)


def aggregate(triples: Iterable[tuple[int, int, int]]) -> Score:
    """Macro-averaged precision and recall over documents, and their harmonic mean."""
    triples = list(triples)
    ps = [_precision(*t) for t in triples if t[0] + t[1] > 0]
    rs = [_recall(*t) for t in triples if t[0] + t[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return Score(2 * p * r / (p + r) if p + r else 0.0, p, r, len(triples))


def score(golds: Mapping[str, str], preds: Mapping[str, str]) -> Score:
    """Score predictions (id -> text; a missing id is an empty prediction) against gold texts."""
    return aggregate(tp_fp_fn(gold, preds.get(i, "")) for i, gold in golds.items())
