"""A model's own words: faithful paraphrases an LLM would write of dev articles (kept), each with
an unfaithful near miss (flagged).

benchmarks/data/model_paraphrases.jsonl holds pairs written in the session of 2026-12-07 (late
afternoon, bullets9) for sentences of the stories (benchmarks/data/stories.jsonl) and of FRANK
CNN/DM dev articles (../shared/data/factuality/frank_valid.jsonl, by the hash in their ids):
the rewordings a model makes ("eliminate positions" for "cut jobs", "annual savings of
roughly" for "save about ... a year", "a two-day strike" for "a 48-hour strike", "33%" for
"a third", a converse, a nominalisation, a headline's elision), and beside each the same words
with one fact changed (a number, a date, a name, a side).

    python benchmarks/model_paraphrase.py [--show] [--package-dir DIR]

Reports the share of faithful paraphrases kept supported and of near misses flagged (verdict
not `supported`), on all / even / odd articles (by order of first appearance).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from package_dir import ROOT, import_from_chosen_build

import_from_chosen_build()  # this checkout without installing, or --package-dir

from summariser.checker import check_claims  # noqa: E402
from summariser.report import Verdict  # noqa: E402

PAIRS = ROOT / "benchmarks" / "data" / "model_paraphrases.jsonl"
STORIES = ROOT / "benchmarks" / "data" / "stories.jsonl"
FRANK = ROOT.parent / "shared" / "data" / "factuality" / "frank_valid.jsonl"


def _lines(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def articles() -> dict[str, str]:
    """Each pair's article by its key: a story's name, or a FRANK article's hash."""
    out = {r["story"]: r["text"] for r in _lines(STORIES)}
    if FRANK.is_file():
        for r in _lines(FRANK):
            out.setdefault(r["id"].split("-")[1], r["document"])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the misjudged claims")
    parser.add_argument("--package-dir", help="import the package from this folder")
    show = parser.parse_args().show
    texts = articles()
    every = _lines(PAIRS)
    rows = [r for r in every if r.get("story", r.get("frank")) in texts]
    if len(rows) < len(every):
        print(f"skipped: {len(every) - len(rows)} pairs whose article is not found ({FRANK})")
    order: dict[str, int] = {}
    kept: list[tuple[int, bool]] = []
    caught: list[tuple[int, bool]] = []
    for r in rows:
        key = r.get("story") or r["frank"]
        half = order.setdefault(key, len(order)) % 2
        good, bad = check_claims(texts[key], [r["faithful"], r["unfaithful"]])
        kept.append((half, good.verdict is Verdict.SUPPORTED))
        caught.append((half, bad.verdict is not Verdict.SUPPORTED))
        if show:
            for ok, c in ((kept[-1][1], good), (caught[-1][1], bad)):
                if not ok:
                    codes = ", ".join(f.code.value for f in c.flags)
                    print(f"  {c.verdict.value:<12} {c.score:.2f} {c.claim}  [{codes}]")
    print(f"model paraphrases ({len(rows)} pairs): faithful kept, near misses flagged")
    for label, want in (("all", None), ("even", 0), ("odd", 1)):
        k = [ok for h, ok in kept if want is None or h == want]
        c = [ok for h, ok in caught if want is None or h == want]
        print(
            f"  {label:<5} n={len(k):>3}  kept {sum(k):>3} ({100 * sum(k) / len(k):5.1f}%)", end=""
        )
        print(f"  flagged {sum(c):>3} ({100 * sum(c) / len(c):5.1f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
