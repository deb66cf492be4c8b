"""A description that can only be the claim's name: "the conflict" in a story naming one war.

"Only nine per cent of Germans now consider the end of WWII a defeat" against the evidence's
"... the end of the conflict a defeat": the slot holds a description, which may or may not be the
claim's name. A name's last noun says what it is ("World War II" is a war, "the Mississippi
River" a river), and a description names a kind ("the conflict"): when every name of the
article that is of that kind is the claim's name in some form ("the Second World War", "World
War II"), the description can be no other. A second war named in the story ("the Cold War")
leaves the doubt standing.

What a head noun is a kind of comes from WordNet 3.0 (name_kinds.txt.gz; tools/name_kinds.py):
the nouns WordNet files named things under, and the words up to two steps above their senses.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable
from functools import cache
from importlib import resources

from .features import Tok, stem
from .prepare import PreparedArticle

_NUMERAL = re.compile(r"[ivx]+|\d+")  # ("World War II": the noun before the numeral heads it)
_RUNS = "name runs by head"


@cache
def kinds() -> dict[str, frozenset[str]]:
    """Each head noun's stem -> the stems of the kinds it is (loaded once)."""
    data = resources.files("summariser.checker").joinpath("name_kinds.txt.gz").read_bytes()
    out: dict[str, frozenset[str]] = {}
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        head, *above = line.split()
        out[stem(head)] = frozenset(map(stem, above))
    return out


def kind_named(
    art: PreparedArticle, description: tuple[Tok, ...], same: Callable[[tuple[Tok, ...]], bool]
) -> bool:
    """Whether ``description`` (one lower-case noun with its function words) names a kind whose
    named instances in the article are all the claim's name (``same``), and there is one."""
    words = [t for t in description if t.content]
    if len(words) != 1 or words[0].cap:
        return False
    kind = words[0].stem
    table = kinds()
    runs = [
        run
        for head, run in art.derived(_RUNS, _name_runs)
        if head == kind or kind in table.get(head, ())
    ]
    return bool(runs) and all(map(same, runs))


def _name_runs(art: PreparedArticle, _key: str) -> tuple[tuple[str, tuple[Tok, ...]], ...]:
    """The article's runs of capitalised words (only a space between two), each with its head's
    stem: its last word that is no numeral. Capitals, not the article's name words: "War" is no
    name word in a story that also writes "uprooted by war", yet it closes "World War II"."""
    out: list[tuple[str, tuple[Tok, ...]]] = []
    text = art.text
    for sent in art.sentences:
        toks = sent.toks
        k = 0
        while k < len(toks):
            if not toks[k].cap:
                k += 1
                continue
            j = k + 1
            while j < len(toks) and toks[j].cap and text[toks[j - 1].end : toks[j].start] == " ":
                j += 1
            run = toks[k:j]
            head = next((t for t in reversed(run) if not _NUMERAL.fullmatch(t.norm)), None)
            if head is not None:
                out.append((head.stem, run))
            k = j
    return tuple(out)
