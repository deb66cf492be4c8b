"""Content selection of the embedded default against reference summaries (ROUGE).

Reads ``../shared/data/summaries/frank_valid_references.jsonl`` (CNN/DailyMail articles with
their highlights; see its README) and prints ROUGE-1/2/Lsum F1 (Google's ``rouge-score``,
stemming on; ``pip install 'summariser[bench]'``) of the default's claims and gist, beside the
position baselines: the same number of leading sentences, Lead-3 and Lead-1. Figures are given
for the even and the odd articles apart (a change is kept only if it helps on both halves) and
for all of them, with seconds per article.

    python benchmarks/selection.py [--limit N] [--origin cnndm|xsum] [--ablation]
    python benchmarks/selection.py --model [--limit N] [--gist-options K | --model-chooses]
    python benchmarks/selection.py --speed [--limit N]

Without ``--model`` only the deterministic selection runs (analysis + selection, no model): what
the model is offered. With ``--model`` the full embedded pipeline runs (``summarise()``), which
takes ~3 s an article on 2 cores; ``--gist-options K`` lets the model choose the gist among the
selection's best K, and ``--model-chooses`` gives the model no offer (it chooses the gist and the
claims among all sentences, as the default did before the selection). ``--ablation``
(selection alone) prints, per half, how far the claims are above the same-length lead and the
gist above Lead-1 with each signal taken out, and with each signal tried and left out put in.
``--speed`` times ``summarise()`` on the embedded default, twice each, on the first N (3) articles
of 600-800 words (the issue's "typical article").
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any
from unittest.mock import patch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from summariser import pipeline, summarise  # noqa: E402
from summariser.analysis import analyse  # noqa: E402
from summariser.selection import Selection, boilerplate, select_content  # noqa: E402
from summariser.selection import select as chooser  # noqa: E402
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


def _no_offer(analysis: Any, **_: Any) -> Selection:
    return Selection(gist=(), claims=())


def summaries(
    document: str,
    *,
    model: bool,
    max_claims: int,
    gist_options: int = 1,
    model_chooses: bool = False,
) -> tuple[list[str], str, list[str]]:
    """(claims, gist, the article's sentences) for one document."""
    analysis = analyse(document)
    sentences = [s.text for s in analysis.sentences]
    if model:
        offer = (
            patch.object(pipeline, "select_content", _no_offer) if model_chooses else nullcontext()
        )
        with patch.object(pipeline, "GIST_OPTIONS", gist_options), offer:
            summary = summarise(document, settings=Settings(check=False, max_claims=max_claims))
        claims = [" ".join(e.text or e.quote for e in c.evidence) for c in summary.claims]
        return claims, summary.gist, sentences
    selection = select_content(analysis, max_claims=max_claims)
    gist = selection.gist[0].text if selection.gist else ""
    return [u.text for u in selection.claims], gist, sentences


def _with_factor(factor: Callable[[Any, Any], bool], weight: float) -> Callable[..., list[float]]:
    """_claim_worth with the worth of the units for which ``factor`` holds multiplied."""
    original = chooser._claim_worth

    def worth(analysis: Any, story: Sequence[Any]) -> list[float]:
        base = original(analysis, story)
        return [
            w * (weight if factor(analysis, u) else 1.0) for w, u in zip(base, story, strict=True)
        ]

    return worth


def _names_main_actor(analysis: Any, unit: Any) -> bool:
    return any(
        unit.start <= m.start and m.end <= unit.end
        for a in analysis.actors
        if len(a.mentions) > 1
        for m in a.mentions
    )


def _dated(analysis: Any, unit: Any) -> bool:
    return any(
        unit.start <= m.start and m.end <= unit.end and m.value
        for m in analysis.dates
        if m.type in ("DATE", "TIME")
    )


def _central_claims(analysis: Any, story: Sequence[Any]) -> list[float]:
    sim = chooser.similarity_matrix(chooser.tfidf_vectors([u.text for u in story]))
    central = chooser.lexrank(sim)
    base = ORIGINAL_CLAIM_WORTH(analysis, story)
    return [w * c * len(story) for w, c in zip(base, central, strict=True)]


def _gist_first(analysis: Any, story: Sequence[Any], sim: Any) -> list[float]:
    return [1.0 / (1 + i) for i in range(len(story))]


def _gist_main(analysis: Any, story: Sequence[Any], sim: Any) -> list[float]:
    base = ORIGINAL_GIST_WORTH(analysis, story, sim)
    return [
        w * (1.5 if _names_main_actor(analysis, u) else 1.0)
        for w, u in zip(base, story, strict=True)
    ]


def _untrimmed(text: str, start: int, end: int) -> list[Any]:
    return [boilerplate.Trimmed(start, end, furniture=False, caption=False)]


def _no_glue(text: str, start: int, end: int) -> list[Any]:
    return [boilerplate.trim(text, start, end)]


ORIGINAL_CLAIM_WORTH = chooser._claim_worth
ORIGINAL_GIST_WORTH = chooser._gist_worth


def _plain_worth(i: int, worth: Sequence[float], sim: Any, chosen: Any) -> float:
    return worth[i]


# (name, {attribute of summariser.selection.select: replacement}); {}: as shipped.
VARIANTS: list[tuple[str, dict[str, Any]]] = [
    ("as shipped", {}),
    ("- furniture and caption filter", {"pieces": _untrimmed}),
    ("- glued-caption split", {"pieces": _no_glue}),
    ("- redundancy (MMR)", {"_REPEAT": 2.0, "_novel_worth": _plain_worth}),
    ("- attribution (x0.75)", {"_ATTRIBUTED": 1.0}),
    ("- one fact per claim", {"_ONE_FACT": 10_000}),
    ("+ main actors (x1.5)", {"_claim_worth": _with_factor(_names_main_actor, 1.5)}),
    ("+ dated events (x1.5)", {"_claim_worth": _with_factor(_dated, 1.5)}),
    ("+ LexRank for claims", {"_claim_worth": _central_claims}),
    ("gist: first story sentence", {"_gist_worth": _gist_first}),
    ("gist: + main actors (x1.5)", {"_gist_worth": _gist_main}),
]


def ablation(rows: Sequence[dict[str, Any]], scorer: Any, max_claims: int) -> None:
    """Claims minus same-length lead (R-1, R-2) and gist minus Lead-1 (R-1), per half."""
    analyses = [analyse(r["document"]) for r in rows]
    references = [reference_lines(r["reference"]) for r in rows]
    print("ablation: ROUGE F1 x 100 above the baseline, even | odd articles")
    print(f"  {'':32} {'claims R-1':>12} {'claims R-2':>12} {'gist R-1':>12}")
    for name, replacements in VARIANTS:
        deltas: list[tuple[float, float, float]] = []
        with patch.multiple(chooser, **replacements) if replacements else nullcontext():
            for analysis, reference in zip(analyses, references, strict=True):
                selection = select_content(analysis, max_claims=max_claims)
                claims = "\n".join(u.text for u in selection.claims)
                lead = "\n".join(s.text for s in analysis.sentences[: len(selection.claims)])
                gist = selection.gist[0].text if selection.gist else ""
                c, le = scorer.score(reference, claims), scorer.score(reference, lead)
                g = scorer.score(reference, gist)["rouge1"].fmeasure
                first = scorer.score(reference, analysis.sentences[0].text)["rouge1"].fmeasure
                deltas.append(
                    (
                        c["rouge1"].fmeasure - le["rouge1"].fmeasure,
                        c["rouge2"].fmeasure - le["rouge2"].fmeasure,
                        g - first,
                    )
                )
        cells = []
        for k in range(3):
            even = 100 * statistics.fmean(d[k] for d in deltas[0::2])
            odd = 100 * statistics.fmean(d[k] for d in deltas[1::2])
            cells.append(f"{even:+5.2f}|{odd:+5.2f}")
        print(f"  {name:32} {cells[0]:>12} {cells[1]:>12} {cells[2]:>12}")


def speed(rows: Sequence[dict[str, Any]], *, limit: int) -> None:
    """Seconds of summarise() on the embedded default, first (model loaded) and second run."""
    typical = [r for r in rows if 600 <= len(r["document"].split()) <= 800][:limit]
    summarise(typical[0]["document"])  # load the model outside the timings
    for row in typical:
        times = []
        for _ in range(2):
            started = time.perf_counter()
            summary = summarise(row["document"])
            times.append(time.perf_counter() - started)
        print(
            f"{len(row['document'].split())} words, {summary.metadata.usage.prompt_tokens} "
            f"prompt tokens: {times[0]:.2f} s, {times[1]:.2f} s (model "
            f"{summary.metadata.timings['model']:.2f} s in the second)"
        )


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
    parser.add_argument("--gist-options", type=int, default=pipeline.GIST_OPTIONS)
    parser.add_argument("--model-chooses", action="store_true", help="no offer to the model")
    parser.add_argument("--ablation", action="store_true", help="what each signal adds")
    parser.add_argument("--speed", action="store_true", help="seconds on 600-800-word articles")
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
    if args.speed:
        speed(rows, limit=args.limit or 3)
        return
    if args.ablation:
        ablation(rows, scorer, args.max_claims)
        return
    if args.model:  # load the model once, outside the timings
        summaries(rows[0]["document"], model=True, max_claims=args.max_claims)
    results: list[dict[str, dict[str, float]]] = []
    seconds: list[float] = []
    counts: list[int] = []
    for row in rows:
        started = time.perf_counter()
        claims, gist, sentences = summaries(
            row["document"],
            model=args.model,
            max_claims=args.max_claims,
            gist_options=args.gist_options,
            model_chooses=args.model_chooses,
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
    mode = "selection alone (no model)"
    if args.model:
        offer = "no offer" if args.model_chooses else f"{args.gist_options} gist option(s)"
        mode = f"full embedded pipeline, {offer}"
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
