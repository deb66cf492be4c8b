"""Time the seed article end to end on the embedded default; print seconds and tokens.

    python benchmarks/seed.py [--runs 3] [--article examples/putin-mali.txt]

The first run includes loading the model (as a one-off CLI call does); later runs reuse it (as
a long-lived process does). Also checks the issue's acceptance items on the result.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from summariser import AlignmentStatus, summarise
from summariser.backends.local import model_path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--article", default=str(ROOT / "examples" / "putin-mali.txt"))
    args = parser.parse_args()
    text = Path(args.article).read_text(encoding="utf-8")
    model_path()  # assemble the GGUF into the cache once; not part of a run
    times, summary = [], None
    for _ in range(args.runs):
        started = time.perf_counter()
        summary = summarise(text)
        times.append(time.perf_counter() - started)
    assert summary is not None
    usage = summary.metadata.usage
    verbatim = sum(
        all(
            e.status is AlignmentStatus.EXACT and text[e.start : e.end] == e.quote
            for e in c.evidence
        )
        for c in summary.claims
    )
    print(f"article: {args.article} ({len(text)} chars)")
    print(f"first run (incl. model load): {times[0]:.2f} s")
    if len(times) > 1:
        print(f"warm runs: median {statistics.median(times[1:]):.2f} s, max {max(times[1:]):.2f} s")
    print(f"stages (last run): {summary.metadata.timings}")
    print(f"tokens: prompt {usage.prompt_tokens}, completion {usage.completion_tokens}")
    print(
        f"claims: {len(summary.claims)} ({verbatim} with verbatim evidence), "
        f"actors: {len(summary.actors)}, dates: {len(summary.dates)}, "
        f"sources: {len(summary.sources)}"
    )
    print("dates:", ", ".join(f"{d.expression}={d.value}" for d in summary.dates))


if __name__ == "__main__":
    main()
