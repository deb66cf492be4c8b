"""Regenerate summariser/checker/noun_kinds.txt.gz: WordNet 3.0's noun synsets as a tree of
kinds, for telling whether two counted nouns can name one thing ("victims" and "people",
"positions" and "jobs") or not ("runs" and "wickets").

One noun synset a line, in WordNet's own order: the stems of its one-word lemmas and of their
inflections (lemminflect: "person", "persons"; and "people", see _PLURALS), "|", then the line
numbers of its hypernyms and instance hypernyms. A lemma of several words ("line of work") is
left out of the words, but its synset stays in the tree, so the kinds above and below it still
meet. Every word is written as the checker's stem (features.stem), so the table is read with no
lemmatiser.

WordNet 3.0 (Princeton University) and lemminflect (MIT); their licences are in
summariser/text/WORD_LISTS_NOTICE.txt. WordNet's dict folder is fetched as
tools/predicate_relatives.py tells; then ``python tools/noun_kinds.py <dict folder>``.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from lemminflect import getAllInflections

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summariser.checker.features import stem  # noqa: E402

OUT = ROOT / "summariser" / "checker" / "noun_kinds.txt.gz"
FILES = ["data.noun1", "data.noun2"]
_UP = {"@", "@i"}  # hypernym, instance hypernym
# English's plural of "person", which WordNet files only as a noun of its own, a group ("the
# people of Ireland"): "seven people" counts persons.
_PLURALS = {"person": ["people"]}


def forms(lemma: str) -> list[str]:
    """The stems of a one-word lemma and of its inflections as a noun; none for a phrase."""
    if not lemma.isalpha():
        return []
    out = {stem(lemma)}
    out.update(stem(f) for fs in getAllInflections(lemma, upos="NOUN").values() for f in fs)
    out.update(stem(f) for f in _PLURALS.get(lemma, ()))
    return sorted(out)


def read(folder: Path) -> tuple[list[str], dict[str, list[str]], dict[str, list[str]]]:
    """The synsets' offsets in file order, their lemmas and their hypernyms' offsets."""
    order: list[str] = []
    words: dict[str, list[str]] = {}
    up: dict[str, list[str]] = {}
    for name in FILES:
        for line in (folder / name).read_bytes().split(b"\n"):
            if not line or line.startswith(b"  "):
                continue  # (the licence at the head of each file)
            head = line.split(b" | ")[0].decode("latin-1").split()
            offset, count = head[0], int(head[3], 16)
            order.append(offset)
            words[offset] = [head[4 + 2 * i].lower().split("(")[0] for i in range(count)]
            k = 4 + 2 * count
            up[offset] = [
                head[k + 2 + 4 * i]
                for i in range(int(head[k]))
                if head[k + 1 + 4 * i] in _UP and head[k + 3 + 4 * i] == "n"
            ]
    return order, words, up


def main() -> None:
    order, words, up = read(Path(sys.argv[1]))
    line_of = {offset: n for n, offset in enumerate(order)}
    lines = []
    for offset in order:
        stems = sorted({s for w in words[offset] for s in forms(w)})
        parents = sorted(line_of[p] for p in up[offset])
        lines.append(" ".join([*stems, "|", *map(str, parents)]))
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:  # (mtime=0: the same table, the same bytes)
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} synsets -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
