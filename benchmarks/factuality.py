"""Factuality benchmark: the open-mode checker against human labels.

Reads ``../shared/data/factuality/*.jsonl`` (rows: id, set, origin, document, claim, label) and
prints, per file, per origin (cnndm/xsum) and overall: n, ROC-AUC of the support score, balanced
accuracy at SUPPORT_THRESHOLD, claims per second (checking only; each article is prepared once,
as the product does), and the trivial baseline's AUC ("share of claim words found in the
document"). ``--sweep`` also prints the threshold that maximises balanced accuracy over all files.

Under each of those lines, the verbatim view: how many rows copy every claim sentence verbatim
from the document (lowercased word tokens; such rows must get a support checker's top
score, whatever their label), the "ceiling" - the highest AUC any support checker can reach when
those rows tie at the top and all others are ranked perfectly - and our AUC on the other rows.

    python benchmarks/factuality.py [--sweep] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from summariser.checker import SUPPORT_THRESHOLD, check_claims, split_claims  # noqa: E402
from summariser.checker.prepare import prepared  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "factuality"
HUMAN = ("frank_valid", "polytope_val", "qags_xsum")
_WORD = re.compile(r"\w+")


def roc_auc(scores: list[float], labels: list[int]) -> float:
    """Rank-based ROC-AUC (Mann-Whitney U), tied scores sharing their average rank."""
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        avg = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = avg
        i = j + 1
    pos = sum(labels)
    neg = len(labels) - pos
    if pos == 0 or neg == 0:
        return float("nan")
    rank_sum = sum(r for r, y in zip(ranks, labels, strict=True) if y == 1)
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def balanced_accuracy(scores: list[float], labels: list[int], threshold: float) -> float:
    """Mean of the recall on supported and on unsupported rows."""
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if y == 1 and s >= threshold)
    tn = sum(1 for s, y in zip(scores, labels, strict=True) if y == 0 and s < threshold)
    pos = sum(labels)
    neg = len(labels) - pos
    if pos == 0 or neg == 0:
        return float("nan")
    return (tp / pos + tn / neg) / 2


def verbatim(document: str, claim: str) -> bool:
    """Whether each claim sentence occurs verbatim (lowercased word tokens) in the document."""
    doc = " " + " ".join(_WORD.findall(document.lower())) + " "
    sentences = split_claims(claim)
    return bool(sentences) and all(
        " " + " ".join(_WORD.findall(s.lower())) + " " in doc for s in sentences
    )


def ceiling(labels: list[int], copied: list[bool]) -> float:
    """The best AUC of a support checker: copied rows tie at the top, the rest ranked perfectly."""
    scores = [2.0 if c else float(y) for y, c in zip(labels, copied, strict=True)]
    return roc_auc(scores, labels)


def baseline(document: str, claim: str) -> float:
    """The trivial reference scorer: share of the claim's words present in the document."""
    doc = set(_WORD.findall(document.lower()))
    words = _WORD.findall(claim.lower())
    return sum(1 for w in words if w in doc) / len(words) if words else 1.0


def score_file(rows: list[dict[str, object]]) -> tuple[list[float], float, int]:
    """Scores in row order, seconds spent checking (not preparing), claims checked."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_doc[str(row["document"])].append(i)
    scores = [0.0] * len(rows)
    elapsed = 0.0
    for doc, idx in by_doc.items():
        prepared(doc)  # the product prepares each article once; only checking is timed
        claims = [str(rows[i]["claim"]) for i in idx]
        t0 = time.perf_counter()
        checks = check_claims(doc, claims)
        elapsed += time.perf_counter() - t0
        for i, c in zip(idx, checks, strict=True):
            scores[i] = c.score
    return scores, elapsed, len(rows)


SPEED_WORDS = (300, 500)  # the speed target's "~400-word articles"


def sentence_speed(files: list[Path], *, repeat: int) -> list[tuple[str, float, float, int, float]]:
    """Open-mode speed when every summary sentence is a claim (the product's usual unit).

    Each article is prepared first (the product prepares an article once) and timed apart from
    the checking; per-sentence structures are built when a claim first needs them, so the
    claims' time includes them. The machine is shared, so each group is timed ``repeat`` times
    and the best run kept. Returns (group, claims per second without and with the article's
    preparation, claims, mean article words) for all articles and for those of SPEED_WORDS
    words.
    """
    by_doc: dict[str, list[str]] = defaultdict(list)
    for path in files:
        for x in path.read_text(encoding="utf-8").splitlines():
            if x.strip():
                row = json.loads(x)
                by_doc[row["document"]].extend(split_claims(row["claim"]))
    lo, hi = SPEED_WORDS
    groups = {
        "all articles": list(by_doc.items()),
        f"{lo}-{hi}-word articles": [
            (d, c) for d, c in by_doc.items() if lo <= len(d.split()) <= hi
        ],
    }
    out = []
    for name, docs in groups.items():
        n = sum(len(c) for _, c in docs)
        words = sum(len(d.split()) * len(c) for d, c in docs) / max(n, 1)
        best, best_all = float("inf"), float("inf")
        for _ in range(repeat):
            elapsed = preparing = 0.0
            for doc, claims in docs:
                t0 = time.perf_counter()
                prepared(doc)  # a miss: far more articles than the cache holds
                t1 = time.perf_counter()
                check_claims(doc, claims)
                elapsed += time.perf_counter() - t1
                preparing += t1 - t0
            best, best_all = min(best, elapsed), min(best_all, elapsed + preparing)
        out.append((name, n / best, n / best_all, n, words))
    return out


Group = tuple[list[float], list[int], list[float], list[bool]]  # scores, labels, baseline, copied


def new_group() -> Group:
    return [], [], [], []


def line(name: str, group: Group, rate: str) -> str:
    scores, labels, base, copied = group
    head = (
        f"{name:<28} n={len(labels):>5}  AUC={roc_auc(scores, labels):.3f}  "
        f"BA@{SUPPORT_THRESHOLD:.2f}={balanced_accuracy(scores, labels, SUPPORT_THRESHOLD):.3f}  "
        f"baseline AUC={roc_auc(base, labels):.3f}  {rate}".rstrip()
    )
    n_copied = sum(copied)
    pos_copied = sum(y for y, c in zip(labels, copied, strict=True) if c)
    rest = [(s, y) for s, y, c in zip(scores, labels, copied, strict=True) if not c]
    rest_auc = roc_auc([s for s, _ in rest], [y for _, y in rest])
    return (
        f"{head}\n{'':<28} verbatim={n_copied:>4} ({pos_copied} supported)  "
        f"ceiling AUC={ceiling(labels, copied):.3f}  "
        f"non-verbatim n={len(rest)} AUC={rest_auc:.3f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="print the best-BA threshold")
    parser.add_argument("--repeat", type=int, default=5, help="speed runs; the best is kept")
    args = parser.parse_args()
    # The human-labelled sets; perturbed_dev.jsonl (controlled errors) is checker_eval.py's.
    files = [DATA / f"{name}.jsonl" for name in HUMAN if (DATA / f"{name}.jsonl").is_file()]
    if not files:
        print(f"skipped: {DATA} not found")
        return 0
    everything = new_group()
    by_origin: dict[str, Group] = defaultdict(new_group)
    total_time = 0.0
    total_claims = 0
    words = 0
    for path in files:
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        scores, elapsed, n = score_file(rows)
        labels = [int(r["label"]) for r in rows]
        base = [baseline(r["document"], r["claim"]) for r in rows]
        copied = [verbatim(r["document"], r["claim"]) for r in rows]
        total_time += elapsed
        total_claims += n
        words += sum(len(r["document"].split()) for r in rows)
        print(line(path.stem, (scores, labels, base, copied), f"{n / elapsed:,.0f} claims/s"))
        parts: dict[str, Group] = defaultdict(new_group)
        for k, r in enumerate(rows):
            for g in (by_origin[str(r["origin"])], parts[str(r["origin"])], everything):
                g[0].append(scores[k])
                g[1].append(labels[k])
                g[2].append(base[k])
                g[3].append(copied[k])
        if len(parts) > 1:
            for origin in sorted(parts):
                print(line(f"  {path.stem}/{origin}", parts[origin], ""))
    for origin in sorted(by_origin):
        print(line(f"origin={origin}", by_origin[origin], ""))
    print(line("all", everything, f"{total_claims / total_time:,.0f} claims/s"))
    print(f"mean article length: {words / total_claims:.0f} words")
    for name, speed, with_prep, n_sent, mean_words in sentence_speed(files, repeat=args.repeat):
        print(
            f"speed on one-sentence claims, {name}: {speed:,.0f} claims/s = "
            f"{1e6 / speed:.0f} us/claim, {with_prep:,.0f} claims/s counting each article's "
            f"preparation (best of {args.repeat}; {n_sent} claim sentences, "
            f"{mean_words:.0f} words per article on average)"
        )
    if args.sweep:
        all_s, all_y = everything[0], everything[1]
        grid = sorted(set(round(s, 3) for s in all_s))
        best = max(grid, key=lambda t: (balanced_accuracy(all_s, all_y, t), -abs(t - 0.5)))
        ba = balanced_accuracy(all_s, all_y, best)
        print(f"best threshold over all files: {best:.3f} BA={ba:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
