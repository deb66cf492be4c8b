"""Benchmark the date normaliser on TimeML gold (TempEval-3 style, DATE and TIME only).

Relaxed span F1 (any overlap, one-to-one), value F1 (a matched pair counts only if the values
are equal; precision over predicted DATE/TIME, recall over gold DATE/TIME) and characters per
second. Run from the repository root:

    python benchmarks/dates.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summariser.dates import DateMention, find_dates

logger = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dates" / "aquaint.jsonl"
SCORED = ("DATE", "TIME")


def _context(text: str, start: int, end: int) -> str:
    """The expression with some text either side, on one line."""
    return " ".join(text[max(0, start - 60) : end + 30].split())


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(rows: list[dict], *, show_errors: bool) -> dict[str, float]:
    """Span and value figures over all documents."""
    n_pred = n_gold = span_tp = value_tp = 0
    for row in rows:
        gold = [t for t in row["timexes"] if t["type"] in SCORED]
        pred: list[DateMention] = [
            m for m in find_dates(row["text"], row["dct"]) if m.type in SCORED
        ]
        n_pred += len(pred)
        n_gold += len(gold)
        used: set[int] = set()
        for g in gold:
            match = next(
                (
                    i
                    for i, p in enumerate(pred)
                    if i not in used and p.start < g["end"] and g["start"] < p.end
                ),
                None,
            )
            if match is None:
                if show_errors:
                    ctx = _context(row["text"], g["start"], g["end"])
                    print(f"MISS  {row['dct']} {g['text']!r} gold={g['value']} | {ctx}")
                continue
            used.add(match)
            span_tp += 1
            p = pred[match]
            value_tp += p.value == g["value"]
            if show_errors and p.value != g["value"]:
                ctx = _context(row["text"], g["start"], g["end"])
                print(f"VALUE {row['dct']} {p.text!r} pred={p.value} gold={g['value']} | {ctx}")
        if show_errors:
            for i, p in enumerate(pred):
                if i not in used:
                    ctx = _context(row["text"], p.start, p.end)
                    print(f"EXTRA {row['dct']} {p.text!r} pred={p.value} | {ctx}")
    sp, sr, sf = f1(span_tp, n_pred, n_gold)
    vp, vr, vf = f1(value_tp, n_pred, n_gold)
    return {"gold": n_gold, "pred": n_pred, "span_p": sp, "span_r": sr, "span_f1": sf,
            "value_p": vp, "value_r": vr, "value_f1": vf}  # fmt: skip


def speed(rows: list[dict], *, repeats: int = 3) -> float:
    """Characters per second of find_dates (best of ``repeats`` passes over the corpus)."""
    chars = sum(len(r["text"]) for r in rows)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for r in rows:
            find_dates(r["text"], r["dct"])
        best = min(best, time.perf_counter() - t0)
    return chars / best


def main() -> int:
    """Print the figures (or a skip notice when the data is absent)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list misses and wrong values")
    parser.add_argument(
        "--data", type=Path, default=DATA, help="TimeML jsonl (default: %(default)s)"
    )
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found")
        return 0
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    figures = score(rows, show_errors=args.errors)
    cps = speed(rows)
    print("command: python benchmarks/dates.py" + (" --errors" if args.errors else ""))
    print(f"data: {args.data} ({len(rows)} documents, {figures['gold']} DATE/TIME gold, "
          f"{figures['pred']} DATE/TIME predicted)")  # fmt: skip
    print(f"relaxed span   P={figures['span_p']:.3f} R={figures['span_r']:.3f} "
          f"F1={figures['span_f1']:.3f}")  # fmt: skip
    print(f"value (exact)  P={figures['value_p']:.3f} R={figures['value_r']:.3f} "
          f"F1={figures['value_f1']:.3f}")  # fmt: skip
    print(f"speed: {cps:,.0f} characters/second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
