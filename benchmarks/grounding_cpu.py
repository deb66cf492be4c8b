"""CPU time of quote grounding's canonical form (textnorm) and of grounding itself.

On the documents and generated quotes of ``benchmarks/alignment.py`` (all of them by default),
the least CPU time (``time.process_time``) over ``--rounds`` rounds of:

- the articles' canonical form from their text (``normalise(text)``), and as grounding builds
  it from the pipeline's ``Doc`` whose tokens the engines have made (``prepare(doc).normalised``);
- the quotes' canonical form (``normalise(quote)``);
- grounding every quote (``align_quote``) against its article, prepared from its text and from
  such a ``Doc``.

Docs are made and tokenised outside the timed part. To compare two checkouts, run this file
from each in turn (it uses only the public API):

    PYTHONPATH=$PWD python benchmarks/grounding_cpu.py [--docs-per-file N] [--rounds R]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from alignment import build_quotes, load_documents

from summariser.grounding import PreparedText, align_quote, prepare
from summariser.text import Doc
from summariser.textnorm import normalise


def cpu_ms(run: Callable[[], object]) -> float:
    gc.collect()
    start = time.process_time()
    run()
    return (time.process_time() - start) * 1000


def engines_docs(texts: list[str]) -> list[Doc]:
    """One Doc per article with its tokens made, as the engines leave it before grounding."""
    docs = [Doc(text) for text in texts]
    for doc in docs:
        doc.lowers  # noqa: B018
    return docs


def ground(articles: list[PreparedText], quotes: list) -> None:
    for prepared, per_article in zip(articles, quotes, strict=True):
        for _, quote, _ in per_article:
            align_quote(quote, prepared)


def one_round(texts: list[str], quotes: list, flat: list[str]) -> dict[str, float]:
    """Each measure once, in turn."""
    docs, docs_again = engines_docs(texts), engines_docs(texts)
    return {
        "articles' canonical form, from text": cpu_ms(lambda: [normalise(t) for t in texts]),
        "articles' canonical form, from the Doc": cpu_ms(
            lambda: [prepare(d).normalised for d in docs]
        ),
        "quotes' canonical form": cpu_ms(lambda: [normalise(q) for q in flat]),
        "grounding, articles from text": cpu_ms(
            lambda: ground(list(map(PreparedText, texts)), quotes)
        ),
        "grounding, articles from the Doc": cpu_ms(
            lambda: ground(list(map(prepare, docs_again)), quotes)
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs-per-file", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = load_documents(args.docs_per_file)
    quotes = build_quotes(texts)
    flat = [quote for per_article in quotes for _, quote, _ in per_article]
    print(f"{len(texts)} documents ({sum(map(len, texts)):,} chars), {len(flat):,} quotes")
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for name, ms in one_round(texts, quotes, flat).items():
            best[name] = min(best.get(name, float("inf")), ms)
    for name, ms in best.items():
        print(f"{name:42s} {ms:8.1f} ms CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
