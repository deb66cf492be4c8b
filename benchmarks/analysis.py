"""Speed of the deterministic article analysis, engine by engine, and a guard on its outputs.

Times, per article, `find_dates`, `find_dateline`, `find_attributions`, `find_actors`,
`split_sentences` and the whole `analyse` (best of several repeats of each article on one core;
median and p90 ms per article, characters per second) over the seed article and the texts of
../shared/data/attribution/polnear_dev.jsonl and ../shared/data/dates/aquaint.jsonl (skipped
when absent); figures are given for all texts and for the ~600-word ones (500-700 words).

`--snapshot FILE` writes every engine's full output for every text to FILE (JSON);
`--compare FILE` checks the current outputs against such a snapshot and exits 1 with the first
differences when they are not identical. Both also cover the documents of
../shared/data/factuality/*.jsonl when present (outputs only, not timed), for a wider check.

`--package-dir DIR` imports the package from DIR rather than this checkout: a build installed
there, such as the compiled engines (benchmarks/package_dir.py says how to make one).

Run from the repository root:

    python benchmarks/analysis.py [--repeats N] [--snapshot FILE | --compare FILE]
                                  [--package-dir DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from package_dir import ROOT, import_from_chosen_build
from pydantic import BaseModel

import_from_chosen_build()  # this checkout without installing, or --package-dir

from summariser.actors import find_actors  # noqa: E402
from summariser.analysis import analyse  # noqa: E402
from summariser.article import split_sentences  # noqa: E402
from summariser.attribution import find_attributions  # noqa: E402
from summariser.dates import find_dateline, find_dates  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
SEED = ROOT / "examples" / "putin-mali.txt"
SOURCES = (DATA / "attribution" / "polnear_dev.jsonl", DATA / "dates" / "aquaint.jsonl")
WIDE = DATA / "factuality"
# Relative expressions in texts without a publication date are resolved against this one, so
# the output check covers the resolution code too.
FALLBACK_PUBLISHED = "2020-06-15"


@dataclasses.dataclass(frozen=True)
class Text:
    """One input: an id, the text and its publication date (ISO) if known."""

    id: str
    text: str
    published: str | None


def load_texts() -> list[Text]:
    """The timed texts: the seed article and the corpora that are present."""
    texts = [Text("seed:putin-mali", SEED.read_text(encoding="utf-8"), None)]
    for path in SOURCES:
        if not path.exists():
            print(f"skipped: {path} not found")
            continue
        with path.open(encoding="utf-8") as file:
            for n, line in enumerate(file):
                if line.strip():
                    row = json.loads(line)
                    published = row.get("dct") or row.get("publication_date")
                    texts.append(Text(f"{path.stem}:{n}", row["text"], published))
    return texts


def load_wide() -> list[Text]:
    """Extra documents for the output check only (distinct texts, first occurrence kept)."""
    seen: set[str] = set()
    texts: list[Text] = []
    for path in sorted(WIDE.glob("*.jsonl")) if WIDE.exists() else []:
        with path.open(encoding="utf-8") as file:
            for n, line in enumerate(file):
                if not line.strip():
                    continue
                document = json.loads(line).get("document")
                if isinstance(document, str) and document.strip() and document not in seen:
                    seen.add(document)
                    texts.append(Text(f"{path.stem}:{n}", document, None))
    return texts


def _published(item: Text) -> str:
    return item.published or FALLBACK_PUBLISHED


ENGINES: dict[str, Callable[[Text], Any]] = {
    "dates": lambda t: find_dates(t.text, _published(t)),
    "dateline": lambda t: find_dateline(t.text),
    "attribution": lambda t: find_attributions(t.text),
    "actors": lambda t: find_actors(t.text),
    "sentences": lambda t: split_sentences(t.text),
    "analyse": lambda t: analyse(
        t.text, published=dt.date.fromisoformat(t.published[:10]) if t.published else None
    ),
}


def plain(value: Any) -> Any:
    """A JSON-ready form of an engine output (models, dataclasses, tuples, dates)."""
    if isinstance(value, BaseModel):
        return plain(value.model_dump())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # (A field left out of comparisons, such as the analysis' shared Doc, is no output.)
        return {
            f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.compare
        }
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def outputs(texts: list[Text]) -> dict[str, dict[str, Any]]:
    """Every engine's output for every text, keyed by text id then engine."""
    return {t.id: {name: plain(run(t)) for name, run in ENGINES.items()} for t in texts}


def _differences(old: Any, new: Any, where: str, found: list[str], limit: int) -> None:
    """Append up to ``limit`` descriptions of where ``old`` and ``new`` differ."""
    if len(found) >= limit or old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            if key not in old or key not in new:
                found.append(f"{where}.{key}: only in {'snapshot' if key in old else 'current'}")
            else:
                _differences(old[key], new[key], f"{where}.{key}", found, limit)
            if len(found) >= limit:
                return
        return
    if isinstance(old, list) and isinstance(new, list):
        for n, (a, b) in enumerate(zip(old, new, strict=False)):
            _differences(a, b, f"{where}[{n}]", found, limit)
            if len(found) >= limit:
                return
        if len(old) != len(new):
            found.append(f"{where}: length {len(old)} in snapshot, {len(new)} now")
        return
    found.append(f"{where}: snapshot {old!r}, now {new!r}")


def time_engines(texts: list[Text], *, repeats: int) -> dict[str, list[float]]:
    """Seconds per text for each engine: the best of ``repeats`` runs of that text."""
    for item in texts[:3]:  # warm-up: imports, regex compilation, caches
        for run in ENGINES.values():
            run(item)
    timings: dict[str, list[float]] = {name: [] for name in ENGINES}
    for item in texts:
        for name, run in ENGINES.items():
            best = float("inf")
            for _ in range(repeats):
                started = time.perf_counter()
                run(item)
                best = min(best, time.perf_counter() - started)
            timings[name].append(best)
    return timings


def report(label: str, texts: list[Text], timings: dict[str, list[float]], keep: list[int]) -> None:
    """Print median/p90 ms per article and characters per second for the texts in ``keep``."""
    if not keep:
        return
    chars = sum(len(texts[i].text) for i in keep)
    words = statistics.median(len(texts[i].text.split()) for i in keep)
    print(f"{label}: {len(keep)} texts, median {words:.0f} words, {chars:,} characters")
    print(f"  {'engine':12s} {'median ms':>10s} {'p90 ms':>8s} {'chars/s':>12s}")
    for name, values in timings.items():
        chosen = sorted(values[i] for i in keep)
        median = statistics.median(chosen) * 1000
        p90 = chosen[min(len(chosen) - 1, int(0.9 * len(chosen)))] * 1000
        cps = chars / sum(chosen)
        print(f"  {name:12s} {median:10.2f} {p90:8.2f} {cps:12,.0f}")


def main() -> int:
    """Time the engines, or write/compare an output snapshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7, help="runs per text (best is kept)")
    parser.add_argument("--package-dir", help="import the package from this folder (a build)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--snapshot", type=Path, help="write every output to this JSON file")
    group.add_argument("--compare", type=Path, help="check outputs against this snapshot")
    args = parser.parse_args()
    texts = load_texts()
    if args.snapshot or args.compare:
        current = outputs(texts + load_wide())
        if args.snapshot:
            args.snapshot.write_text(json.dumps(current, ensure_ascii=False), encoding="utf-8")
            print(f"snapshot of {len(current)} texts written to {args.snapshot}")
            return 0
        snapshot = json.loads(args.compare.read_text(encoding="utf-8"))
        found: list[str] = []
        _differences(snapshot, plain(current), "", found, 20)
        if found:
            print(f"DIFFERENT from {args.compare}:")
            for line in found:
                print(f"  {line}")
            return 1
        print(f"identical: {len(current)} texts x {len(ENGINES)} engines match {args.compare}")
        return 0
    timings = time_engines(texts, repeats=args.repeats)
    from summariser.compiled import describe

    chosen = f" --package-dir {args.package_dir}" if args.package_dir else ""
    print(f"command: python benchmarks/analysis.py --repeats {args.repeats}{chosen}")
    print(describe())
    report("all texts", texts, timings, list(range(len(texts))))
    mid = [i for i, t in enumerate(texts) if 500 <= len(t.text.split()) <= 700]
    report("~600-word texts (500-700 words)", texts, timings, mid)
    return 0


if __name__ == "__main__":
    sys.exit(main())
