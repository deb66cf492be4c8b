"""How much of the analysis' rule work yields output: what skipping work could save at most.

For the ~600-word texts of ``analysis.py`` (500-700 words), split into even and odd halves,
each rule that the actors and attribution start from a candidate is counted and timed per
article, apart by whether it yields something: the attribution rules (reporting verbs, the
"in ..." frames, the others) found something or nothing; the actors' capitalised runs by path
(one word, plain words, the general path) and whether they gave a mention; the resolver's
attachments; the evidence typing of untyped clusters (kept or dropped).

The rule code that yields nothing is the most that visiting fewer candidates could save; the
rest is the work of the findings themselves. Times are wall-clock, per article the least of
``--repeats`` passes on a made ``Doc`` (tokens, sentences and the actors' words built first),
then the mean over the texts; each call is timed alone (~0.1 µs of timer per call included).

Run from the repository root:

    python benchmarks/analysis_work.py [--repeats N] [--package-dir DIR]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from package_dir import import_from_chosen_build

import_from_chosen_build()  # this checkout without installing, or --package-dir

from analysis import load_texts  # noqa: E402

import summariser.actors.mentions as mentions_module  # noqa: E402
import summariser.actors.resolve as resolve_module  # noqa: E402
import summariser.attribution as attribution_module  # noqa: E402
from summariser.actors import find_actors  # noqa: E402
from summariser.actors.tokens import tokenize  # noqa: E402
from summariser.attribution import find_attributions  # noqa: E402
from summariser.text import Doc  # noqa: E402

# (module, attribute, label): the rules timed, each where its caller looks it up.
RULES: list[tuple[Any, str, str]] = [
    (attribution_module, "verb_cue", "attribution: reporting verb"),
    (attribution_module, "in_poll", "attribution: 'in' frames"),
    (attribution_module, "in_channel", "attribution: 'in' frames"),
    (attribution_module, "in_view", "attribution: 'in' frames"),
    (attribution_module, "noun_cue", "attribution: other rules"),
    (attribution_module, "adjective_cue", "attribution: other rules"),
    (attribution_module, "according_to", "attribution: other rules"),
    (attribution_module, "quote_dash", "attribution: other rules"),
    (mentions_module, "_word_mentions", "actors: one-word runs"),
    (mentions_module, "_plain_mentions", "actors: plain runs"),
    (mentions_module, "run_mentions", "actors: general-path runs"),
    (resolve_module, "evidence_type", "actors: evidence typing"),
]

ATTACH = "actors: attach a mention"
# label -> [calls yielding nothing, their seconds, calls yielding something, their seconds]
Tally = dict[str, list[float]]


def _timed(rule: Callable[..., Any], label: str, tally: Tally) -> Callable[..., Any]:
    clock = time.perf_counter

    def run(*args: Any, **kwargs: Any) -> Any:
        started = clock()
        result = rule(*args, **kwargs)
        spent = clock() - started
        row = tally[label]
        empty = result is None or result == []
        row[0 if empty else 2] += 1
        row[1 if empty else 3] += spent
        return result

    return run


def _attach_timed(tally: Tally) -> None:
    """The resolver's attachments (every mention kept is attached once; none yields nothing)."""
    attach = resolve_module.Resolver._attach
    clock = time.perf_counter

    def run(self: Any, cluster: Any, m: Any) -> None:
        started = clock()
        attach(self, cluster, m)
        row = tally[ATTACH]
        row[2] += 1
        row[3] += clock() - started

    resolve_module.Resolver._attach = run  # type: ignore[method-assign]


def measure(texts: list[str], repeats: int) -> tuple[Tally, dict[str, float]]:
    """The tally per article and each engine's ms per article: for each text, the least of
    ``repeats`` passes (counts are the same in every pass), then the mean over the texts."""
    tally: Tally = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    originals = [(module, name, getattr(module, name)) for module, name, _ in RULES]
    original_attach = resolve_module.Resolver._attach
    totals: Tally = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    engines = {"attribution (whole)": 0.0, "actors (whole)": 0.0}
    try:
        for (module, name, label), (_, _, rule) in zip(RULES, originals, strict=True):
            setattr(module, name, _timed(rule, label, tally))
        _attach_timed(tally)
        for text in texts:
            best: Tally = {}
            best_engines = dict.fromkeys(engines, float("inf"))
            for _ in range(repeats):
                tally.clear()
                doc = Doc(text)
                doc.sentences  # noqa: B018 (the shared reading, not timed here)
                tokenize(doc)
                started = time.perf_counter()
                find_attributions(doc)
                spent = {"attribution (whole)": time.perf_counter() - started}
                started = time.perf_counter()
                find_actors(doc)
                spent["actors (whole)"] = time.perf_counter() - started
                for name, seconds in spent.items():
                    best_engines[name] = min(best_engines[name], seconds)
                for label, row in tally.items():
                    kept = best.setdefault(label, list(row))
                    kept[1], kept[3] = min(kept[1], row[1]), min(kept[3], row[3])
            for label, row in best.items():
                totals[label] = [a + b for a, b in zip(totals[label], row, strict=True)]
            for name, seconds in best_engines.items():
                engines[name] += seconds
    finally:
        for module, name, rule in originals:
            setattr(module, name, rule)
        resolve_module.Resolver._attach = original_attach  # type: ignore[method-assign]
    per_article = {label: [value / len(texts) for value in row] for label, row in totals.items()}
    return per_article, {name: spent / len(texts) * 1000 for name, spent in engines.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="passes over the texts")
    parser.add_argument("--package-dir", help="import the package from this folder (a build)")
    args = parser.parse_args()
    texts = [t.text for t in load_texts() if 500 <= len(t.text.split()) <= 700]
    for half, chosen in (("even", texts[0::2]), ("odd", texts[1::2])):
        tally, engines = measure(chosen, args.repeats)
        print(f"{half} half: {len(chosen)} texts; per article, best of {args.repeats} passes")
        print(f"  {'rule':32s} {'no find':>8s} {'µs':>7s} {'finds':>7s} {'µs':>7s}")
        for label in [*dict.fromkeys(label for _, _, label in RULES), ATTACH]:
            if label in tally:
                empty, empty_s, full, full_s = tally[label]
                times = f"{empty_s * 1e6:7.1f} {full:7.1f} {full_s * 1e6:7.1f}"
                print(f"  {label:32s} {empty:8.1f} {times}")
        for name, ms in engines.items():
            print(f"  {name:32s} {ms * 1000:7.1f} µs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
