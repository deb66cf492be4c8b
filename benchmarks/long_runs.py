"""Speed of every engine on long runs of capitalised words (the texts of issue 12).

Texts: "ALPHA BETA GAMMA " repeated (all caps), "Alpha Beta Gamma " (Title Case) and
"John SMITH Mary JONES " (mixed), cut to each size. Engines: dates (`find_dates` and
`find_dateline`), actors, attribution, sentence splitting, text normalisation, alignment (a quote
of the text's first 30 words with a word inserted, so the fuzzy path runs), the open-mode checker
(`check_claims` on an article it has not seen, with a claim made of the text's first ~200
characters and the same claim with a word the text lacks) and the whole `analyse`; "all" is
their sum. CPU milliseconds (not wall time: the machine is shared), best of ``--repeats`` runs.

    python benchmarks/long_runs.py [--sizes 8500,17000,34000,100000] [--repeats N]
                                   [--package-dir DIR]

`--package-dir DIR` imports the package from a build installed in DIR, such as the compiled
engines (benchmarks/package_dir.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Any

from package_dir import import_from_chosen_build

import_from_chosen_build()  # this checkout without installing, or --package-dir

from summariser.actors import find_actors  # noqa: E402
from summariser.analysis import analyse  # noqa: E402
from summariser.article import split_sentences  # noqa: E402
from summariser.attribution import find_attributions  # noqa: E402
from summariser.checker import check_claims, split_claims  # noqa: E402
from summariser.dates import find_dateline, find_dates  # noqa: E402
from summariser.grounding import align_quote  # noqa: E402
from summariser.textnorm import normalise  # noqa: E402

UNITS = {"all caps": "ALPHA BETA GAMMA ", "Title Case": "Alpha Beta Gamma ",
         "mixed": "John SMITH Mary JONES "}  # fmt: skip


def _claims(text: str) -> list[str]:
    head = text[:200].rsplit(" ", 1)[0]
    return [*split_claims(head), f"{head} zebra"]


def _quote(text: str) -> str:
    words = text.split()[:30]
    return " ".join([*words[:15], "zebra", *words[15:]])


_calls = 0


def _check(text: str) -> Any:
    global _calls
    _calls += 1  # a text the checker's article cache has not seen: preparing it is timed too
    return check_claims(f"{text}\n{_calls}", _claims(text))


ENGINES: dict[str, Callable[[str], Any]] = {
    "dates": lambda t: (find_dates(t, "2020-06-15"), find_dateline(t)),
    "actors": find_actors,
    "attribution": find_attributions,
    "sentences": split_sentences,
    "textnorm": normalise,
    "alignment": lambda t: align_quote(_quote(t), t),
    "checker": _check,
    "analyse": lambda t: analyse(t, published=None),
}


def cpu_ms(run: Callable[[str], Any], text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        run(text)
        best = min(best, time.process_time() - started)
    return best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="8500,17000,34000,100000", help="characters")
    parser.add_argument("--repeats", type=int, default=3, help="runs per text (best is kept)")
    parser.add_argument("--package-dir", help="import the package from this folder (a build)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    from summariser.compiled import describe

    chosen = f" --package-dir {args.package_dir}" if args.package_dir else ""
    print(f"command: python benchmarks/long_runs.py --sizes {args.sizes} --repeats {args.repeats}"
          f"{chosen}")  # fmt: skip
    print(describe())
    for run in ENGINES.values():  # first-use costs (caches, patterns) are not timed
        run("Alpha Beta said: “GAMMA (2020)”.\n" * 20)
    names = list(ENGINES)
    print(f"{'text':11s} {'chars':>7s} " + " ".join(f"{n:>11s}" for n in [*names, "all"]))
    for label, unit in UNITS.items():
        for size in sizes:
            text = (unit * (size // len(unit) + 1))[:size]
            ms = [cpu_ms(ENGINES[n], text, args.repeats) for n in names]
            total = sum(m for n, m in zip(names, ms, strict=True) if n != "analyse")
            print(f"{label:11s} {size:7,d} " + " ".join(f"{m:11.1f}" for m in [*ms, total]))
    print("CPU ms per text, best of the repeats; 'all' sums the engines (not 'analyse', which "
          "runs dates, actors, attribution and sentences again)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
