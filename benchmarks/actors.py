"""Benchmark find_actors on the hand-annotated sets: dev (tests/data/actors/dev.jsonl, FRANK
articles), wire (wire.jsonl, Reuters-style wire texts written for it), sport (sport.jsonl,
Reuters-style sports wire written for it), markets (markets.jsonl, Reuters-style markets,
politics and list items written for it), conll (conll.jsonl, CoNLL-2003 test-style news
written as a held-out set before the finder was read against it), conll2 (conll2.jsonl, a
second such set written independently of the first, held out in its turn) and conll3
(conll3.jsonl, a third, written independently of both).

Each predicted actor contributes every one of its mention spans, typed with the actor's type;
gold mentions carry a type each (see tests/data/actors/README.md). Predictions and gold
mentions are matched one-to-one by overlap (largest overlap first, then text order).
- relaxed F1: untyped; a matched pair is a hit.
- typed F1: a matched pair whose types agree; a prediction typed "other" and a gold "misc"
  mention never agree (as "other" is counted wrong on the held-out set).
- LOC-merged typed F1: the same with "country" and "place" as one type (CoNLL's LOC).
- per type: recall of each gold type (untyped hits) and typed precision/recall/F1.
Figures are printed for all articles and for the even- and odd-indexed halves, so that a
change which helps only one half shows as overfitting. The finder is uncapped (max_actors
large), as on the held-out set.

Usage:
  python benchmarks/actors.py [--errors N] [--set dev|wire|sport|markets|conll|conll2|conll3]
                                  # figures, and up to N errors per article
  python benchmarks/actors.py build  # rebuild dev.jsonl from annotations.txt and the shared
                                     # FRANK articles (../shared/data), and wire.jsonl,
                                     # sport.jsonl, markets.jsonl, conll.jsonl, conll2.jsonl and
                                     # conll3.jsonl from their *_annotations.txt (which hold
                                     # their texts)
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

from summariser.actors import find_actors  # noqa: E402

DEV = ROOT / "tests" / "data" / "actors"
SHARED = ROOT.parent / "shared" / "data" / "summaries" / "frank_valid_references.jsonl"
SETS = ("dev", "wire", "sport", "markets", "conll", "conll2", "conll3")
GOLD_TYPES = ("person", "organisation", "country", "place", "group", "misc")
_LOC = {"country": "loc", "place": "loc"}

Mention = tuple[int, int, str]  # start, end, type


# --- building the dev set from its annotation source ------------------------------------------


Entries = list[tuple[str, list[str]]]


def _parse_annotations(path: Path) -> list[tuple[str, list[str], Entries]]:
    """``annotations.txt``: a "# <id>" line per article, then "surface|type" lines; a type list
    "place,country" types the occurrences in order. Lines starting "> " (or a bare ">") are
    the article's own text, one line each, where the file holds it."""
    articles: list[tuple[str, list[str], Entries]] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith(">"):
            articles[-1][1].append(raw[2:])
            continue
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            articles.append((line[2:].strip(), [], []))
            continue
        surface, types = line.rsplit("|", 1)
        articles[-1][2].append((surface, types.split(",")))
    return articles


def _resolve(text: str, entries: list[tuple[str, list[str]]]) -> list[Mention]:
    """Every whole-word occurrence of each surface, longest surfaces first, never overlapping
    one already taken."""
    taken: list[Mention] = []
    for surface, types in sorted(entries, key=lambda e: -len(e[0])):
        pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
        found = 0
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in taken):
                continue
            kind = types[found] if found < len(types) else types[-1]
            taken.append((m.start(), m.end(), kind))
            found += 1
        if not found:
            raise SystemExit(f"{surface!r} not found")
        if len(types) > 1 and found != len(types):
            raise SystemExit(f"{surface!r}: {found} occurrences for {len(types)} types")
    return sorted(taken)


def _write(name: str, source: str, texts: dict[str, tuple[str, str]]) -> None:
    """Annotate each article of ``source`` and write ``name``.jsonl; ``texts`` maps an id to
    its (origin, text) where the source does not hold the text itself."""
    out = []
    for key, lines, entries in _parse_annotations(DEV / source):
        origin, text = ("wire", "\n".join(lines) + "\n") if lines else texts[key]
        for _, types in entries:
            bad = [t for t in types if t not in GOLD_TYPES]
            if bad:
                raise SystemExit(f"{key}: unknown type {bad}")
        mentions = [
            {"start": s, "end": e, "text": text[s:e], "type": t}
            for s, e, t in _resolve(text, entries)
        ]
        out.append({"id": key, "origin": origin, "text": text, "mentions": mentions})
    with (DEV / f"{name}.jsonl").open("w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{name}: {len(out)} articles, {sum(len(r['mentions']) for r in out)} mentions")


def build() -> None:
    texts = {}
    for line in SHARED.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        texts[row["id"]] = (row["origin"], row["document"])
    _write("dev", "annotations.txt", texts)
    _write("wire", "wire_annotations.txt", {})
    _write("sport", "sport_annotations.txt", {})
    _write("markets", "markets_annotations.txt", {})
    _write("conll", "conll_annotations.txt", {})
    _write("conll2", "conll2_annotations.txt", {})
    _write("conll3", "conll3_annotations.txt", {})


# --- scoring -----------------------------------------------------------------------------------


def load(name: str) -> list[dict[str, Any]]:
    lines = (DEV / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def predict(text: str) -> list[Mention]:
    return sorted(
        (m.start, m.end, a.type) for a in find_actors(text, max_actors=10_000) for m in a.mentions
    )


def match(gold: list[Mention], pred: list[Mention]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index) of overlapping mentions, the largest
    overlaps first."""
    pairs = []
    for g, (gs, ge, _) in enumerate(gold):
        for p, (ps, pe, _) in enumerate(pred):
            shared = min(ge, pe) - max(gs, ps)
            if shared > 0:
                pairs.append((-shared, gs, ps, g, p))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, _, g, p in pairs:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            out.append((g, p))
    return out


def _agree(gold: str, pred: str, *, loc: bool) -> bool:
    if gold == "misc" or pred == "other":
        return False
    if loc:
        return _LOC.get(gold, gold) == _LOC.get(pred, pred)
    return gold == pred


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    hits: int = 0
    typed: int = 0
    typed_loc: int = 0
    gold_by: Counter[str] = field(default_factory=Counter)
    pred_by: Counter[str] = field(default_factory=Counter)
    hit_by: Counter[str] = field(default_factory=Counter)  # untyped hits by gold type
    typed_by: Counter[str] = field(default_factory=Counter)  # typed hits by type

    def add(self, gold: list[Mention], pred: list[Mention], pairs: list[tuple[int, int]]) -> None:
        self.gold += len(gold)
        self.pred += len(pred)
        self.hits += len(pairs)
        self.gold_by.update(t for _, _, t in gold)
        self.pred_by.update(t for _, _, t in pred)
        for g, p in pairs:
            gt, pt = gold[g][2], pred[p][2]
            self.hit_by[gt] += 1
            if _agree(gt, pt, loc=False):
                self.typed += 1
                self.typed_by[gt] += 1
            if _agree(gt, pt, loc=True):
                self.typed_loc += 1


def f1(hits: int, gold: int, pred: int) -> tuple[float, float, float]:
    p = hits / pred if pred else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(name: str, t: Tally) -> None:
    p, r, f = f1(t.hits, t.gold, t.pred)
    _, _, ft = f1(t.typed, t.gold, t.pred)
    _, _, fl = f1(t.typed_loc, t.gold, t.pred)
    other = t.pred_by["other"] / t.pred if t.pred else 0.0
    print(
        f"{name:5} gold {t.gold:4} pred {t.pred:4}  relaxed P {p:.3f} R {r:.3f} F1 {f:.3f}"
        f"  typed F1 {ft:.3f}  LOC-merged typed F1 {fl:.3f}  other {other:.0%}"
    )


def report_types(t: Tally) -> None:
    print("per type (all): gold, untyped recall, typed P / R / F1")
    for kind in GOLD_TYPES:
        g = t.gold_by[kind]
        rec = t.hit_by[kind] / g if g else 0.0
        tp, tr, tf = f1(t.typed_by[kind], g, t.pred_by[kind])
        print(f"  {kind:13} {g:4}  found {rec:.3f}  typed {tp:.3f} / {tr:.3f} / {tf:.3f}")
    print(f"  predicted 'other': {t.pred_by['other']}")


def errors(row: dict[str, Any], gold: list[Mention], pred: list[Mention], limit: int) -> None:
    text = row["text"]
    pairs = match(gold, pred)
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    lines = []
    for g, (s, e, t) in enumerate(gold):
        if g not in matched_g:
            lines.append((s, f"  MISS  {text[s:e]!r} {t}"))
    for p, (s, e, t) in enumerate(pred):
        if p not in matched_p:
            lines.append((s, f"  EXTRA {text[s:e]!r} {t}"))
    for g, p in pairs:
        gs, ge, gt = gold[g]
        ps, pe, pt = pred[p]
        if not _agree(gt, pt, loc=False):
            lines.append((gs, f"  TYPE  {text[gs:ge]!r} {gt} <- {text[ps:pe]!r} {pt}"))
        elif (gs, ge) != (ps, pe):
            lines.append((gs, f"  SPAN  {text[gs:ge]!r} <- {text[ps:pe]!r}"))
    if lines:
        print(f"#{row['n']} {row['id']} ({row['origin']})")
        for _, line in sorted(lines)[:limit]:
            print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", nargs="?", choices=["score", "build"], default="score")
    parser.add_argument("--errors", type=int, default=0, help="list up to N errors per article")
    parser.add_argument("--set", choices=SETS, action="append", help="a set to score (default all)")
    args = parser.parse_args()
    if args.command == "build":
        build()
        return
    for name in args.set or SETS:
        score(name, errors_limit=args.errors)


def score(name: str, *, errors_limit: int) -> None:
    rows = load(name)
    tallies = {"all": Tally(), "even": Tally(), "odd": Tally()}
    started = time.process_time()
    for n, row in enumerate(rows):
        row["n"] = n
        gold = [(m["start"], m["end"], m["type"]) for m in row["mentions"]]
        pred = predict(row["text"])
        pairs = match(gold, pred)
        for half in ("all", "even" if n % 2 == 0 else "odd"):
            tallies[half].add(gold, pred, pairs)
        if errors_limit:
            errors(row, gold, pred, errors_limit)
    elapsed = time.process_time() - started
    print(f"{name}: {len(rows)} articles (find_actors uncapped; {elapsed:.2f} s CPU incl. scoring)")
    for half, tally in tallies.items():
        report(half, tally)
    report_types(tallies["all"])
    print()


if __name__ == "__main__":
    main()
