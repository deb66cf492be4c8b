"""Content selection of the embedded default against reference summaries (ROUGE).

Reads ``../shared/data/summaries/frank_valid_references.jsonl`` (CNN/DailyMail articles with
their highlights; see its README) and prints ROUGE-1/2/Lsum F1 (Google's ``rouge-score``,
stemming on; ``pip install 'summariser[bench]'``) of the default's claims and gist, beside the
position baselines: the same number of leading sentences, Lead-3 and Lead-1. Figures are given
for the even and the odd articles apart (a change is kept only if it helps on both halves) and
for all of them, with seconds per article.

    python benchmarks/selection.py [--limit N] [--model] [--origin cnndm|xsum]

Without ``--model`` only the deterministic selection runs (analysis + selection, no model): what
the model is offered. With ``--model`` the full embedded pipeline runs (``summarise()``), which
takes ~3 s an article on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from summariser import summarise  # noqa: E402
from summariser.analysis import analyse  # noqa: E402
from summariser.selection import select_content  # noqa: E402
from summariser.settings import Settings  # noqa: E402

# ../shared/data beside the checkout (a worktree under wt/ looks one level further up).
DATA = next(
    (
        base / "shared" / "data" / "summaries" / "frank_valid_references.jsonl"
        for base in (ROOT.parent, ROOT.parent.parent)
        if (base / "shared" / "data").is_dir()
    ),
    ROOT.parent / "shared" / "data" / "summaries" / "frank_valid_references.jsonl",
)
METRICS = ("rouge1", "rouge2", "rougeLsum")


def reference_lines(reference: str) -> str:
    """The highlights one per line (they are tokenised, each ending with " .")."""
    parts = [p.strip() for p in re.split(r"\s\.(?:\s|$)", reference) if p.strip()]
    return "\n".join(parts)


def summaries(document: str, *, model: bool, max_claims: int) -> tuple[list[str], str, list[str]]:
    """(claims, gist, the article's sentences) for one document."""
    analysis = analyse(document)
    sentences = [s.text for s in analysis.sentences]
    if model:
        summary = summarise(document, settings=Settings(check=False, max_claims=max_claims))
        claims = [" ".join(e.text or e.quote for e in c.evidence) for c in summary.claims]
        return claims, summary.gist, sentences
    selection = select_content(analysis, max_claims=max_claims)
    gist = selection.gist[0].text if selection.gist else ""
    return [u.text for u in selection.claims], gist, sentences


def table(rows: Sequence[dict[str, dict[str, float]]], title: str) -> None:
    systems = list(rows[0])
    print(f"\n{title} (n={len(rows)}): ROUGE F1 x 100, mean")
    print(f"  {'':28} {'R-1':>6} {'R-2':>6} {'R-Lsum':>7}")
    for system in systems:
        means = [100 * statistics.fmean(r[system][m] for r in rows) for m in METRICS]
        print(f"  {system:28} {means[0]:6.2f} {means[1]:6.2f} {means[2]:7.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--model", action="store_true", help="the full embedded pipeline")
    parser.add_argument("--origin", default="cnndm", choices=("cnndm", "xsum"))
    parser.add_argument("--max-claims", type=int, default=Settings().max_claims)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        return
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        sys.exit("this benchmark needs rouge-score: pip install 'summariser[bench]'")
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    with DATA.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rows = [r for r in rows if r["origin"] == args.origin]
    if args.limit:
        rows = rows[: args.limit]
    if args.model:
        summaries(rows[0]["document"], model=True, max_claims=args.max_claims)  # load once
    results: list[dict[str, dict[str, float]]] = []
    seconds: list[float] = []
    counts: list[int] = []
    for row in rows:
        started = time.perf_counter()
        claims, gist, sentences = summaries(
            row["document"], model=args.model, max_claims=args.max_claims
        )
        seconds.append(time.perf_counter() - started)
        counts.append(len(claims))
        reference = reference_lines(row["reference"])
        systems = {
            "claims": "\n".join(claims),
            "lead, same number": "\n".join(sentences[: len(claims)]),
            "first 3 claims": "\n".join(claims[:3]),
            "Lead-3": "\n".join(sentences[:3]),
            "gist": gist,
            "Lead-1": "\n".join(sentences[:1]),
        }
        results.append(
            {
                name: {m: s.fmeasure for m, s in scorer.score(reference, text).items()}
                for name, text in systems.items()
            }
        )
    mode = "full embedded pipeline" if args.model else "selection alone (no model)"
    print(f"{args.origin}, {mode}; claims per article: mean {statistics.fmean(counts):.2f}")
    table(results[0::2], "even articles (0, 2, 4, ...)")
    table(results[1::2], "odd articles (1, 3, 5, ...)")
    table(results, "all")
    print(
        f"\nseconds per article: mean {statistics.fmean(seconds):.3f}, "
        f"median {statistics.median(seconds):.3f}, max {max(seconds):.3f}"
    )


if __name__ == "__main__":
    main()
