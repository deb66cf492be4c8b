"""Regenerate summariser/text/english.txt.gz: English words written in lower case.

The lower-case entries of the SCOWL word lists as Debian ships them (packages wbritish and
wamerican: /usr/share/dict/british-english and american-english), of lemminflect's lemma tables
(its SPECIALIST-lexicon data, MIT licence) and of the checker's predicate list. Entries a list
writes only with a capital ("London", "British") are names, and stay out. Run after upgrading
either source:

    apt-get install wbritish wamerican && pip install lemminflect && python tools/english_words.py
"""

from __future__ import annotations

import gzip
from pathlib import Path

from lemminflect.core.Lemmatizer import Lemmatizer

CHECKER = Path(__file__).resolve().parents[1] / "summariser" / "checker"
OUT = CHECKER.parent / "text" / "english.txt.gz"
LISTS = (Path("/usr/share/dict/british-english"), Path("/usr/share/dict/american-english"))


def _lower(words: list[str] | set[str]) -> set[str]:
    return {w for w in words if w.isalpha() and w.islower()}


def main() -> None:
    words: set[str] = set()
    for path in LISTS:
        words |= _lower(path.read_text(encoding="utf-8").split())
    lemmatizer = Lemmatizer()
    lemmatizer.getAllLemmas("a")  # loads the tables
    words |= _lower(set(lemmatizer.lemma_dict))
    predicates = gzip.decompress((CHECKER / "predicates.txt.gz").read_bytes()).decode("utf-8")
    words |= set(predicates.split())
    # mtime=0: the same list gives the same bytes.
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:
        fh.write("\n".join(sorted(words)).encode("utf-8") + b"\n")
    print(f"{len(words)} words -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
