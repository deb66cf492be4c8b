"""Regenerate summariser/checker/predicates.txt.gz: English words that can be verbs, adjectives
or adverbs, from lemminflect's lemma tables (its SPECIALIST-lexicon data, MIT licence).

The checker ships the list rather than depending on lemminflect at run time (which needs numpy
and takes about a second to load). Run after upgrading lemminflect:

    pip install lemminflect && python tools/predicate_words.py
"""

from __future__ import annotations

import gzip
from pathlib import Path

from lemminflect.core.Lemmatizer import Lemmatizer

OUT = Path(__file__).resolve().parents[1] / "summariser" / "checker" / "predicates.txt.gz"


def main() -> None:
    lemmatizer = Lemmatizer()
    lemmatizer.getAllLemmas("a")  # loads the tables
    words = sorted(
        w
        for w, by_pos in lemmatizer.lemma_dict.items()
        if w.isalpha() and w.islower() and set(by_pos) & {"VERB", "ADJ", "ADV"}
    )
    # mtime=0: the same list gives the same bytes.
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:
        fh.write("\n".join(words).encode("utf-8") + b"\n")
    print(f"{len(words)} words -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
