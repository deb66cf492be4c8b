"""Where the whole analysis spends its time: each step of ``analyse`` and of ``find_actors``.

Per ~600-word text (500-700 words, the texts of ``analysis.py``), the median CPU ms of each
step run alone on a shared ``Doc`` that already holds what the earlier steps made, taking the
best of ``--repeats`` passes over all the texts for each step (so that the other sessions of a
shared machine count as little as they can). The steps add up to about the whole ``analyse``,
timed the same way on the same texts.

Run from the repository root:

    python benchmarks/analysis_phases.py [--repeats N] [--package-dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from typing import Any

from package_dir import import_from_chosen_build

import_from_chosen_build()  # this checkout without installing, or --package-dir

from analysis import load_texts  # noqa: E402

from summariser.actors.candidates import build, draft, keep  # noqa: E402
from summariser.actors.columns import columns  # noqa: E402
from summariser.actors.context import Neighbours  # noqa: E402
from summariser.actors.mentions import find_mentions  # noqa: E402
from summariser.actors.resolve import Resolver  # noqa: E402
from summariser.actors.tokens import _words  # noqa: E402
from summariser.analysis import analyse  # noqa: E402
from summariser.article import split_sentences  # noqa: E402
from summariser.attribution import find_attributions  # noqa: E402
from summariser.dates import find_dateline, find_dates  # noqa: E402
from summariser.text import Doc  # noqa: E402

Step = Callable[[dict[str, Any]], object]


def _resolver(s: dict[str, Any]) -> Resolver:
    words = s["words"]
    resolver = Resolver(s["text"], Neighbours(s["text"], words), words.lowercase)
    resolver.add_all(s["mentions"])
    return resolver


def _types(s: dict[str, Any]) -> None:
    resolver = s["resolver"]
    resolver.merge_short_forms()
    resolver.merge_acronyms()
    resolver.decide_types()


def _drafts(s: dict[str, Any]) -> list[Any]:
    drafts = [draft(key, cluster) for key, cluster in s["resolver"].clusters.items()]
    return keep(drafts, max_actors=20)


# (name, step, key its result is kept under for the later steps, or None), in the order run.
STEPS: list[tuple[str, Step, str | None]] = [
    ("Doc: tokens", lambda s: s["doc"].words, None),
    ("Doc: sentences", lambda s: s["doc"].sentences, None),
    ("dateline", lambda s: find_dateline(s["doc"]), None),
    ("dates", lambda s: find_dates(s["doc"], s["published"]), None),
    ("article sentences", lambda s: split_sentences(s["doc"]), None),
    ("actors: columns", lambda s: columns(s["doc"]), None),
    ("actors: word flags (with columns)", lambda s: _words(s["doc"]), "words"),
    ("actors: mentions", lambda s: find_mentions(s["text"], s["words"]), "mentions"),
    ("actors: resolve (add_all)", _resolver, "resolver"),
    ("actors: merge and type", _types, None),
    ("actors: drafts", _drafts, "kept"),
    ("actors: public models", lambda s: build(s["text"], s["kept"]), None),
    ("attribution", lambda s: find_attributions(s["doc"]), None),
]


def main() -> int:
    """Time each step and the whole analysis; print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7, help="passes (best is kept)")
    parser.add_argument("--package-dir", help="import the package from this folder (a build)")
    args = parser.parse_args()
    texts = [t for t in load_texts() if 500 <= len(t.text.split()) <= 700]
    dates = [dt.date.fromisoformat(t.published[:10]) if t.published else None for t in texts]
    best: dict[str, list[float]] = {name: [float("inf")] * len(texts) for name, _, _ in STEPS}
    best["whole analyse"] = [float("inf")] * len(texts)
    for _ in range(args.repeats):
        for n, (item, published) in enumerate(zip(texts, dates, strict=True)):
            state: dict[str, Any] = {"text": item.text, "doc": Doc(item.text)}
            state["published"] = published
            for name, step, key in STEPS:
                started = time.process_time()
                result = step(state)
                best[name][n] = min(best[name][n], time.process_time() - started)
                if key is not None:
                    state[key] = result
            started = time.process_time()
            analyse(item.text, published=published)
            spent = time.process_time() - started
            best["whole analyse"][n] = min(best["whole analyse"][n], spent)
    words = statistics.median(len(t.text.split()) for t in texts)
    print(f"{len(texts)} texts of 500-700 words (median {words:.0f}); best of {args.repeats}")
    print(f"  {'step':36s} {'median ms':>9s} {'mean ms':>8s}")
    for name, values in best.items():
        if name == "actors: word flags (with columns)":
            # (It makes the columns again: shown without them, the steps add up.)
            values = [a - b for a, b in zip(values, best["actors: columns"], strict=True)]
            name = "actors: word flags"
        median, mean = statistics.median(values) * 1000, statistics.mean(values) * 1000
        print(f"  {name:36s} {median:9.3f} {mean:8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
