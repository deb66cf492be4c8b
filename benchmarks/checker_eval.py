"""The checker's verdicts on the development data, each figure on both halves of its articles.

Held-out sets are measured elsewhere; a figure that holds on only one half of dev will not hold
there. Articles are split by their order of first appearance in each file (even / odd), so a
change tuned on one half can be checked on the other.

- perturbed_dev.jsonl: per error kind, the share of claims flagged (verdict not `supported`;
  for the true kinds `copy` and `trim`, the share kept supported), and the share `contradicted`.
- FRANK valid (CNN/DM, XSum, all), Polytope val, QAGS XSum: verdict balanced accuracy, ROC-AUC
  of the score, recall on faithful and on unfaithful claims.
- Reference highlights of the FRANK CNN/DM dev articles (journalists' bullets, mostly faithful
  paraphrase): share supported and share contradicted.
- bullets_b (benchmarks/data/bullets_b.jsonl): a second bullet set, kept apart from the first as
  a held-out measure of false alarms: 121 highlight bullets written in CNN's style for 25 Polytope
  val articles that are not FRANK's, every one faithful to its article. A row names its article
  by the id of a Polytope row and gives the bullets in the article's form (lower case, tokens
  apart). Share supported and share contradicted, articles split even / odd by file order.
- bullets_c (benchmarks/data/bullets_c.jsonl): a third bullet set, cased, held out and kept
  unread (counts only, no `--show`): 125 faithful highlight bullets in CNN's style for 25
  articles of the readable story sets. A row names its article by story set and story name;
  the article's publication date, where the set gives one, is passed as a story's is.

    python benchmarks/checker_eval.py [--only perturbed|human|bullets|bullets_b|bullets_c]
        [--show KIND]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from factuality import HUMAN, roc_auc  # noqa: E402

from summariser.checker import check_claims  # noqa: E402
from summariser.report import ClaimCheck, Verdict  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def read(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def halves(rows: list[dict[str, object]], key: str = "document") -> list[int]:
    """0 or 1 for each row: the parity of its article's order of first appearance."""
    order: dict[object, int] = {}
    return [order.setdefault(r[key], len(order)) % 2 for r in rows]


def verdicts(rows: list[dict[str, object]], claim_key: str = "claim") -> list[ClaimCheck]:
    """One check per row; rows of one article are checked together (prepared once)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        by_doc[str(r["document"])].append(i)
    out: list[ClaimCheck | None] = [None] * len(rows)
    for doc, idx in by_doc.items():
        claims = [str(rows[i][claim_key]) for i in idx]
        published = rows[idx[0]].get("published")
        day = dt.date.fromisoformat(str(published)) if published else None
        for i, c in zip(idx, check_claims(doc, claims, published=day), strict=True):
            out[i] = c
    return [c for c in out if c is not None]


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def perturbed(show: str | None) -> None:
    path = DATA / "factuality" / "perturbed_dev.jsonl"
    if not path.is_file():
        print(f"skipped: {path} not found")
        return
    rows = read(path)
    checks = verdicts(rows)
    half = halves(rows, "doc_id")
    print(f"perturbed_dev ({len(rows)} rows): flagged (kept for copy/trim), contradicted")
    print(f"  {'kind':<16}{'n':>5}  {'all':>6}  {'even':>6}  {'odd':>6}   contradicted")
    kinds = sorted({str(r["kind"]) for r in rows}, key=lambda k: (k not in ("copy", "trim"), k))
    for kind in kinds:
        idx = [i for i, r in enumerate(rows) if r["kind"] == kind]
        true_kind = rows[idx[0]]["label"] == 1

        def good(i: int, true_kind: bool = true_kind) -> bool:
            return checks[i].supported == true_kind

        cells = [pct(sum(good(i) for i in sub), len(sub)) for sub in _split(idx, half)]
        contra = sum(checks[i].verdict is Verdict.CONTRADICTED for i in idx)
        print(f"  {kind:<16}{len(idx):>5}  {'  '.join(cells)}   {pct(contra, len(idx))}")
        if show == kind:
            for i in idx:
                if not good(i):
                    c = checks[i]
                    print(f"      {c.score:.2f} {c.verdict.value} {rows[i]['edit']} | {c.claim}")
                    for f in [*c.flags, *c.warnings]:
                        print(f"           {f.code.value}: {f.message}")


def _split(idx: list[int], half: list[int]) -> Iterable[list[int]]:
    yield idx
    yield [i for i in idx if half[i] == 0]
    yield [i for i in idx if half[i] == 1]


def balanced(checks: list[ClaimCheck], labels: list[int]) -> tuple[float, float, float]:
    """Verdict balanced accuracy, recall on faithful claims, recall on unfaithful claims."""
    pos = [c.supported for c, y in zip(checks, labels, strict=True) if y == 1]
    neg = [not c.supported for c, y in zip(checks, labels, strict=True) if y == 0]
    kept = sum(pos) / len(pos) if pos else float("nan")
    caught = sum(neg) / len(neg) if neg else float("nan")
    return (kept + caught) / 2, kept, caught


def human() -> None:
    groups: dict[str, list[tuple[ClaimCheck, int, int]]] = defaultdict(list)
    for name in HUMAN:
        path = DATA / "factuality" / f"{name}.jsonl"
        if not path.is_file():
            print(f"skipped: {path} not found")
            continue
        rows = read(path)
        checks = verdicts(rows)
        for r, c, h in zip(rows, checks, halves(rows), strict=True):
            item = (c, int(r["label"]), h)  # type: ignore[call-overload]
            groups[name].append(item)
            if name == "frank_valid":
                groups[f"frank_valid/{r['origin']}"].append(item)
    print("human labels: verdict BA (faithful kept / unfaithful caught), AUC; all | even | odd")
    for name in sorted(groups):
        cells = []
        for part in (None, 0, 1):
            items = [(c, y) for c, y, h in groups[name] if part is None or h == part]
            cs, ys = [c for c, _ in items], [y for _, y in items]
            ba, kept, caught = balanced(cs, ys)
            auc = roc_auc([c.score for c in cs], ys)
            cells.append(f"BA {ba:.3f} ({kept:.2f}/{caught:.2f}) AUC {auc:.3f}")
        print(f"  {name:<18} n={len(groups[name]):>4}  " + " | ".join(cells))


def bullets(show: bool) -> None:
    path = DATA / "summaries" / "frank_valid_references.jsonl"
    if not path.is_file():
        print(f"skipped: {path} not found")
        return
    rows: list[dict[str, object]] = []
    for r in read(path):
        if r["origin"] != "cnndm":
            continue
        for b in str(r["reference"]).split(" . "):
            b = b.strip(" .")
            if b:
                rows.append({"document": r["document"], "claim": b + " ."})
    _report(f"reference bullets, FRANK CNN/DM dev ({len(rows)})", rows, show)


def bullets_b(show: bool) -> None:
    path = DATA / "factuality" / "polytope_val.jsonl"
    if not path.is_file():
        print(f"skipped: {path} not found")
        return
    docs = {str(r["id"]): str(r["document"]) for r in read(path)}
    rows: list[dict[str, object]] = [
        {"document": docs[str(r["id"])], "claim": str(b)}
        for r in read(ROOT / "benchmarks" / "data" / "bullets_b.jsonl")
        for b in r["bullets"]  # type: ignore[attr-defined]
    ]
    _report(f"bullets_b, faithful bullets of Polytope val articles ({len(rows)})", rows, show)


def bullets_c(show: bool) -> None:
    data = ROOT / "benchmarks" / "data"
    sets = read(data / "bullets_c.jsonl")
    # only the story sets the bullets name are opened (the held-out story sets stay unread)
    stories = {
        (name, str(s["story"])): s
        for name in sorted({str(r["set"]) for r in sets})
        for s in read(data / f"{name}.jsonl")
    }
    rows: list[dict[str, object]] = []
    for r in sets:
        story = stories[(str(r["set"]), str(r["story"]))]
        for b in r["bullets"]:  # type: ignore[attr-defined]
            rows.append({"document": story["text"], "published": story["published"], "claim": b})
    _report(f"bullets_c, faithful cased bullets of story set articles ({len(rows)})", rows, show)


def _report(title: str, rows: list[dict[str, object]], show: bool) -> None:
    checks = verdicts(rows)
    half = halves(rows)
    print(f"{title}: supported, contradicted")
    parts = _split(list(range(len(rows))), half)
    for label, idx in zip(("all", "even", "odd"), parts, strict=True):
        sup = pct(sum(checks[i].supported for i in idx), len(idx))
        con = pct(sum(checks[i].verdict is Verdict.CONTRADICTED for i in idx), len(idx))
        print(f"  {label:<5} n={len(idx):>4}  supported {sup}  contradicted {con}")
    if show:
        for c in checks:
            if not c.supported:
                print(f"  {c.score:.2f} {c.verdict.value} | {c.claim}")
                for f in c.flags:
                    print(f"       {f.code.value}: {f.message}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", choices=("perturbed", "human", "bullets", "bullets_b", "bullets_c")
    )
    parser.add_argument(
        "--show", help="print the misses of one perturbed kind (or 'bullets', 'bullets_b')"
    )
    args = parser.parse_args()
    if args.only in (None, "perturbed"):
        perturbed(args.show)
    if args.only in (None, "human"):
        human()
    if args.only in (None, "bullets"):
        bullets(args.show == "bullets")
    if args.only in (None, "bullets_b"):
        bullets_b(args.show == "bullets_b")
    if args.only in (None, "bullets_c"):
        bullets_c(args.show == "bullets_c")
    return 0


if __name__ == "__main__":
    sys.exit(main())
