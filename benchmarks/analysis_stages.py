"""Instructions of each stage of the whole analysis, counted by callgrind (not wall clock).

Each stage of ``analyse`` (the shared Doc's tokens and sentences, dates, the article's
sentences, the actors' five steps, attribution) runs over the texts of ``analysis.py`` in
``analyse``'s own order on a fresh ``Doc`` per text, each stage called from a C function of the
standard library that the package never calls (``itertools.starmap``, ``dropwhile``, ...): the
inclusive cost callgrind gives that C function is then the stage's instruction count. A second
pass, of the whole ``analyse``, checks that the stages add up to it. Only these two passes are
counted (each under ``functools.reduce``), after a warm-up pass of ``analyse``, so that no
stage pays for compiling or imports.

Instruction counts do not drift with the load of a shared machine, as wall-clock figures do;
callgrind runs the code about 50 times slower (some minutes for all the texts).

Run from the repository root (needs valgrind; ``PYTHONHASHSEED=0`` is set for the child):

    python benchmarks/analysis_stages.py [--half all|even|odd] [--package-dir DIR]
"""

from __future__ import annotations

import argparse
import contextvars
import datetime as dt
import functools
import itertools
import operator
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()

# (stage, the C function of the standard library it runs under), in the order run.
STAGES: list[tuple[str, str]] = [
    ("Doc: tokens", "starmap_next"),
    ("Doc: sentences", "dropwhile_next"),
    ("dates (dateline and dates)", "takewhile_next"),
    ("article sentences", "groupby_next"),
    ("actors: word view (columns, flags)", "filterfalse_next"),
    ("actors: mentions", "builtin_format"),
    ("actors: resolve (add_all)", "context_run"),
    ("actors: merge and type", "methodcaller_call"),
    ("actors: drafts and public models", "sys_call_tracing"),
    ("attribution", "builtin_exec"),
]


from package_dir import import_from_chosen_build  # noqa: E402

import_from_chosen_build()  # this checkout without installing, or --package-dir

from analysis import load_texts  # noqa: E402

from summariser.actors.candidates import build, draft, keep  # noqa: E402
from summariser.actors.context import Neighbours  # noqa: E402
from summariser.actors.mentions import find_mentions  # noqa: E402
from summariser.actors.resolve import Resolver  # noqa: E402
from summariser.actors.tokens import tokenize  # noqa: E402
from summariser.analysis import analyse  # noqa: E402
from summariser.article import split_sentences  # noqa: E402
from summariser.attribution import find_attributions  # noqa: E402
from summariser.dates import find_dateline, find_dates  # noqa: E402
from summariser.text import Doc  # noqa: E402

# The attribution stage, compiled once: ``exec`` of it runs the stage alone.
_ATTRIBUTION = compile("find_attributions(doc)", "<attribution stage>", "exec")


def _texts(half: str) -> list[tuple[str, dt.date | None]]:
    texts = load_texts()
    if half != "all":
        texts = texts[0 if half == "even" else 1 :: 2]
    return [
        (t.text, dt.date.fromisoformat(t.published[:10]) if t.published else None) for t in texts
    ]


def _stages(text: str, published: dt.date | None) -> None:
    """The stages of ``analyse`` for one text, in its order, each under its own C caller."""
    doc = Doc(text)
    state: dict[str, Any] = {}

    def dates(_: object) -> bool:
        find_dateline(doc)
        find_dates(doc, published)
        return False

    class Mentions:
        def __format__(self, spec: str) -> str:
            state["mentions"] = find_mentions(text, state["words"])
            return spec

    def resolve() -> None:
        words = state["words"]
        resolver = Resolver(text, Neighbours(text, words), words.lowercase)
        resolver.add_all(state["mentions"])
        state["resolver"] = resolver

    class Types:
        def run(self) -> None:
            resolver = state["resolver"]
            resolver.merge_short_forms()
            resolver.merge_acronyms()
            resolver.decide_types()

    def drafts() -> None:
        clusters = state["resolver"].clusters.items()
        build(text, keep([draft(key, cluster) for key, cluster in clusters], max_actors=20))

    list(itertools.starmap(lambda: doc.words, [()]))
    list(itertools.dropwhile(lambda _: doc.sentences is None, [0]))
    list(itertools.takewhile(dates, [0]))
    list(itertools.groupby([0], key=lambda _: split_sentences(doc)))
    list(itertools.filterfalse(lambda _: state.update(words=tokenize(doc)), [0]))
    format(Mentions(), "")
    contextvars.copy_context().run(resolve)
    operator.methodcaller("run")(Types())
    sys.call_tracing(drafts, ())
    exec(_ATTRIBUTION, {"find_attributions": find_attributions, "doc": doc})


def child(half: str) -> None:
    """Run the stages (inside callgrind), then the whole ``analyse``: two ``reduce`` passes,
    the only code callgrind counts (the imports and the warm-up call other C functions that
    the stages run under, such as ``exec``)."""
    texts = _texts(half)
    for text, published in texts:  # warm-up: compiled patterns, tables, lazy imports
        analyse(text, published=published)

    def stages(count: int, item: tuple[str, dt.date | None]) -> int:
        _stages(*item)
        return count + 1

    def whole(count: int, item: tuple[str, dt.date | None]) -> int:
        analyse(item[0], published=item[1])
        return count + 1

    functools.reduce(stages, texts, 0)
    functools.reduce(whole, texts, 0)


def _inclusive(out: Path) -> dict[str, int]:
    """The inclusive instruction count of every function in a callgrind file, by name."""
    report = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    counts: dict[str, int] = {}
    for line in report.splitlines():
        match = re.match(r"\s*([\d,]+) \([^)]*\)\s+\S*?:([A-Za-z_][\w.]*)", line)
        if match:
            name = match.group(2).split(".")[0]
            counts[name] = max(counts.get(name, 0), int(match.group(1).replace(",", "")))
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=["all", "even", "odd"], default="all")
    parser.add_argument("--package-dir", help="import the package from this folder (a build)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.half)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--toggle-collect=functools_reduce",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(HERE),
            "--child",
            "--half",
            args.half,
        ]
        if args.package_dir:
            command += ["--package-dir", args.package_dir]
        env = dict(os.environ, PYTHONHASHSEED="0")
        run = subprocess.run(command, env=env, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr[-3000:], file=sys.stderr)
            return 1
        counts = _inclusive(out)
    texts = len(_texts(args.half))
    rows: list[tuple[str, int]] = [(name, counts.get(function, 0)) for name, function in STAGES]
    total = sum(count for _, count in rows)
    print(f"{texts} texts ({args.half}); instructions (callgrind, inclusive), M per text")

    def show(name: str, count: int) -> None:
        print(f"  {name:38s} {count / texts / 1e6:8.2f} {100 * count / total:6.1f}%")

    for name, count in rows:
        show(name, count)
    show("sum of the stages", total)
    # (Both passes run under ``reduce``: the whole one is what the stages' pass leaves.)
    show("whole analyse (a pass of its own)", counts.get("functools_reduce", 0) - total)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
