"""Benchmark find_attributions on PolNeAR (../shared/data/attribution/polnear_dev.jsonl).

Scored over attributions that have a source, on both sides. Predictions are matched to gold
attributions one-to-one by cue overlap: all (gold, prediction) pairs whose cue spans overlap
are ranked by overlap length (ties: gold order, then prediction order) and taken greedily.
- cue F1: a matched pair is a hit (relaxed, overlap) match of the cue.
- source F1: a matched pair whose source spans also overlap (any gold fragment).
- content token F1: word tokens (by offset) shared by matched contents, against all predicted
  and all gold content tokens.
Speed: characters per second of find_attributions over all texts (best of 3 runs).

Usage: python benchmarks/attribution.py [path.jsonl] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from summariser.attribution import Attribution, find_attributions  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "attribution"
_WORD = re.compile(r"\w+")

Interval = tuple[int, int]


def _fragments(role: dict[str, Any] | None) -> list[Interval]:
    """The character intervals of a gold role (its fragments, else its whole span)."""
    if role is None:
        return []
    pieces = role.get("fragments") or [role]
    return [(int(p["start"]), int(p["end"])) for p in pieces]


def _overlap(a: list[Interval], b: list[Interval]) -> int:
    """Characters shared by two lists of intervals."""
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def _tokens(text: str, spans: list[Interval]) -> set[int]:
    """Start offsets of the word tokens inside ``spans``."""
    return {m.start() for s, e in spans for m in _WORD.finditer(text, s, e)}


def _match(gold: list[dict[str, Any]], pred: list[Attribution]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of gold and predicted attributions by cue overlap."""
    pairs = []
    for g, item in enumerate(gold):
        for p, guess in enumerate(pred):
            size = _overlap(_fragments(item["cue"]), [(guess.cue.start, guess.cue.end)])
            if size > 0:
                pairs.append((-size, g, p))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, g, p in pairs:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            matched.append((g, p))
    return matched


def _f1(hit_p: float, n_pred: float, hit_r: float, n_gold: float) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    precision = hit_p / n_pred if n_pred else 0.0
    recall = hit_r / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DATA / "polnear_dev.jsonl"))
    parser.add_argument("--errors", type=int, default=0, help="print N missed gold items")
    args = parser.parse_args()
    path = Path(args.path)
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts = [row["text"] for row in rows]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        predictions = [find_attributions(text) for text in texts]
        best = min(best, time.perf_counter() - started)
    chars = sum(len(t) for t in texts)
    n_gold = n_pred = cue_hits = source_hits = 0
    tok_shared = tok_pred = tok_gold = 0
    misses: list[str] = []
    for row, pred_all in zip(rows, predictions, strict=True):
        text = row["text"]
        gold = [a for a in row["attributions"] if a["source"] is not None]
        pred = [a for a in pred_all if a.source is not None]
        n_gold += len(gold)
        n_pred += len(pred)
        for a in pred:
            tok_pred += len(_tokens(text, [(a.content.start, a.content.end)] if a.content else []))
        for a in gold:
            tok_gold += len(_tokens(text, _fragments(a["content"])))
        matched = _match(gold, pred)
        hit_gold = set()
        for g, p in matched:
            cue_hits += 1
            item, guess = gold[g], pred[p]
            assert guess.source is not None
            if _overlap(_fragments(item["source"]), [(guess.source.start, guess.source.end)]):
                source_hits += 1
                hit_gold.add(g)
            spans = [(guess.content.start, guess.content.end)] if guess.content else []
            tok_shared += len(_tokens(text, _fragments(item["content"])) & _tokens(text, spans))
        for g, item in enumerate(gold):
            if g not in hit_gold and len(misses) < args.errors:
                misses.append(f"{item['source']['text']!r} / {item['cue']['text']!r}")
    print(f"documents {len(rows)}  gold attributions with source {n_gold}  predicted {n_pred}")
    for name, hits in (("cue", cue_hits), ("source", source_hits)):
        precision, recall, f1 = _f1(hits, n_pred, hits, n_gold)
        print(f"{name:<8} relaxed  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    precision, recall, f1 = _f1(tok_shared, tok_pred, tok_shared, tok_gold)
    print(f"content  token    P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    print(f"speed    {chars / best:,.0f} characters/second ({chars:,} chars in {best:.2f} s)")
    for line in misses:
        print("missed", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
