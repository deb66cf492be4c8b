"""Benchmark find_attributions on PolNeAR dev and on the wire and held-out sets written for it.

Sets: ../shared/data/attribution/polnear_dev.jsonl (84 US political articles of 2016),
tests/data/attribution/wire.jsonl (30 texts of news written for this package) and
tests/data/attribution/heldout.jsonl (13 texts written as a held-out set, whose errors have
been read since: its README) and tests/data/attribution/heldout2.jsonl (12 texts written as a
second held-out set, read since too), all built by benchmarks/attribution_wire.py; each printed
with its even and odd halves.

Scored over attributions that have a source, on both sides. Predictions are matched to gold
attributions one-to-one by cue overlap: all (gold, prediction) pairs whose cue spans overlap
are ranked by overlap length (ties: gold order, then prediction order) and taken greedily.
- cue F1: a matched pair is a hit (relaxed, overlap) match of the cue.
- source F1: a matched pair whose source spans also overlap (any gold fragment).
- content token F1: word tokens (by offset) shared by matched contents, against all predicted
  and all gold content tokens (a prediction's content with its ``continued`` fragments).
Figures are printed for all documents and for the even- and odd-indexed halves, so that a
change which helps only one half shows as overfitting.
Speed: characters per second of find_attributions over all texts (best of 3 runs).

Error listing: --errors N / --false-positives N print missed gold items and unmatched
predictions; --classes N prints the N most frequent classes of each (a cue's reporting-verb
lemma when the lexicon knows one of its words, else its last word marked "?"), so that a
change can target a class of errors rather than single examples.

Usage: python benchmarks/attribution.py [path.jsonl ...] [--errors N] [--false-positives N]
       [--classes N]   (no path: all four sets)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from summariser.attribution import Attribution, find_attributions  # noqa: E402
from summariser.attribution.lexicon import CUE_FORMS  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "attribution"
# PolNeAR dev, and the wire and held-out sets written for this package
# (tests/data/attribution/README.md)
_OURS = ROOT / "tests" / "data" / "attribution"
SETS = (
    DATA / "polnear_dev.jsonl",
    _OURS / "wire.jsonl",
    _OURS / "heldout.jsonl",
    _OURS / "heldout2.jsonl",
)
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


def _content_spans(guess: Attribution) -> list[Interval]:
    """The character intervals of a predicted content: its span and its ``continued``
    fragments."""
    parts = ([guess.content] if guess.content else []) + list(guess.continued)
    return [(p.start, p.end) for p in parts]


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


@dataclass
class Counts:
    """Hit and total counts of one scoring pass, summable over documents."""

    n_gold: int = 0
    n_pred: int = 0
    cue_hits: int = 0
    source_hits: int = 0
    tok_shared: int = 0
    tok_pred: int = 0
    tok_gold: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    # the class of each missed gold item ("cue:" or "source:" + cue class) and false alarm
    miss_classes: list[str] = field(default_factory=list)
    false_classes: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        """Add another pass's counts and error lists to these."""
        for name in ("n_gold", "n_pred", "cue_hits", "source_hits"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("tok_shared", "tok_pred", "tok_gold"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.false_positives += other.false_positives
        self.miss_classes += other.miss_classes
        self.false_classes += other.false_classes


def cue_class(cue: str) -> str:
    """The class of a cue text: the lemma of its last known reporting verb, else its last
    word (lower-cased) marked "?" as unknown to the lexicon."""
    words = _WORD.findall(cue.lower()) or [cue.strip() or "?"]
    for word in reversed(words):
        if word in CUE_FORMS:
            return CUE_FORMS[word][0]
    return words[-1] + "?"


def _score_document(row: dict[str, Any], pred_all: list[Attribution]) -> Counts:
    """Counts for one document, with its missed gold items and unmatched predictions."""
    text = row["text"]
    counts = Counts()
    gold = [a for a in row["attributions"] if a["source"] is not None]
    pred = [a for a in pred_all if a.source is not None]
    counts.n_gold = len(gold)
    counts.n_pred = len(pred)
    for a in pred:
        counts.tok_pred += len(_tokens(text, _content_spans(a)))
    for a in gold:
        counts.tok_gold += len(_tokens(text, _fragments(a["content"])))
    matched = _match(gold, pred)
    hit_gold = set()
    for g, p in matched:
        counts.cue_hits += 1
        item, guess = gold[g], pred[p]
        assert guess.source is not None
        if _overlap(_fragments(item["source"]), [(guess.source.start, guess.source.end)]):
            counts.source_hits += 1
            hit_gold.add(g)
        shared = _tokens(text, _fragments(item["content"])) & _tokens(text, _content_spans(guess))
        counts.tok_shared += len(shared)
    cue_gold = {g for g, _ in matched}
    for g, item in enumerate(gold):
        if g not in hit_gold:
            kind = "source" if g in cue_gold else "cue"
            counts.misses.append(f"[{kind}] {item['source']['text']!r} / {item['cue']['text']!r}")
            counts.miss_classes.append(f"{kind}:{cue_class(item['cue']['text'])}")
    matched_pred = {p for _, p in matched}
    for p, guess in enumerate(pred):
        if p not in matched_pred:
            assert guess.source is not None
            lo = max(0, guess.cue.start - 60)
            context = text[lo : guess.cue.end + 40].replace("\n", " ")
            counts.false_positives.append(
                f"{guess.source.text!r} / {guess.cue.text!r} :: {context}"
            )
            counts.false_classes.append(cue_class(guess.cue.text))
    return counts


def _report(label: str, counts: Counts) -> None:
    """Print the cue, source and content figures of one set of counts."""
    print(f"[{label}] gold attributions with source {counts.n_gold}  predicted {counts.n_pred}")
    for name, hits in (("cue", counts.cue_hits), ("source", counts.source_hits)):
        precision, recall, f1 = _f1(hits, counts.n_pred, hits, counts.n_gold)
        print(f"  {name:<8} relaxed  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    precision, recall, f1 = _f1(
        counts.tok_shared, counts.tok_pred, counts.tok_shared, counts.tok_gold
    )
    print(f"  content  token    P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")


def main() -> int:
    """Run the benchmark on each set and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(p) for p in SETS])
    parser.add_argument("--errors", type=int, default=0, help="print N missed gold items")
    parser.add_argument(
        "--false-positives", type=int, default=0, help="print N unmatched predictions"
    )
    parser.add_argument(
        "--classes", type=int, default=0, help="print the N commonest error classes (per half)"
    )
    args = parser.parse_args()
    for path in args.paths:
        _score_set(Path(path), args)
    return 0


def _score_set(path: Path, args: argparse.Namespace) -> None:
    """Score one set (a PolNeAR-style .jsonl) and print its figures and asked-for errors."""
    print(f"== {path.name}")
    if not path.exists():
        print(f"skipped: {path} not found")
        return
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts = [row["text"] for row in rows]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        predictions = [find_attributions(text) for text in texts]
        best = min(best, time.perf_counter() - started)
    chars = sum(len(t) for t in texts)
    halves = {"all": Counts(), "even": Counts(), "odd": Counts()}
    for index, (row, pred_all) in enumerate(zip(rows, predictions, strict=True)):
        counts = _score_document(row, pred_all)
        halves["all"].add(counts)
        halves["odd" if index % 2 else "even"].add(counts)
    print(f"documents {len(rows)} (even-indexed {(len(rows) + 1) // 2}, odd {len(rows) // 2})")
    for label, counts in halves.items():
        _report(label, counts)
    print(f"speed    {chars / best:,.0f} characters/second ({chars:,} chars in {best:.2f} s)")
    for line in halves["all"].misses[: args.errors]:
        print("missed", line)
    for line in halves["all"].false_positives[: args.false_positives]:
        print("false", line)
    if args.classes:
        _print_classes(halves, args.classes)


def _print_classes(halves: dict[str, Counts], top: int) -> None:
    """The commonest classes of misses and of false alarms, with their even/odd counts."""
    for title, attribute in (("missed", "miss_classes"), ("false", "false_classes")):
        tallies = {label: Counter(getattr(counts, attribute)) for label, counts in halves.items()}
        print(f"{title} by class (all even odd)")
        for name, n in tallies["all"].most_common(top):
            print(f"  {n:4d} {tallies['even'][name]:4d} {tallies['odd'][name]:4d}  {name}")


if __name__ == "__main__":
    sys.exit(main())
