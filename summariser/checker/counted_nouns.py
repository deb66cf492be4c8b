"""A number that counts another noun: "England won by seven runs" where the article has "won ...
by seven wickets", "weighed 12 kilograms" for "12 grams".

A count is its number and its noun. The number tests find the claim's "seven" in the evidence,
and the count test (number_slots.py) asks whether the claim's noun is counted with another
number; neither asks whether the evidence's "seven" counts the claim's noun. Here the supporting
sentences give the claim's number (of its kind: a cardinal is no ordinal) counting another noun,
and no sentence of the article gives it counting the claim's noun or one that can name the same
things: the same word, a synonym, or a word above or below it in WordNet's tree of kinds
(noun_kinds.txt.gz: "victims" and "people", "positions" and "jobs"), or two nouns for people,
which name roles one person may hold together ("three players" may be "three victims"). Two
nouns of which neither is a kind of the other ("runs" and "wickets", "grams" and "kilograms")
count different things.

No contradiction where the count may be the claim's in other words: a word WordNet lacks; a
count the article gives by a pronoun or with its noun elided ("three of which", "all three
were released", "two short of a majority"), whose noun is the context's; a noun that stands
for any ("the second time"); a precise figure (see ``_precise``). An amount of money counts
money, whatever noun it prices ("a £450,000 upgrade"), and is left to the number tests.
tools/noun_kinds.py regenerates the table.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources

from ..report import FlagCode
from .elided_counts import measures_degree
from .features import NUM, Tok, stem
from .flags import P_CONTRADICTION, ClaimView, Finding
from .lexicon import NUMBER_WORDS
from .number_flags import agrees, hedge_before
from .prepare import PreparedArticle
from .quantities import NumberMention
from .series import past_series_word
from .support import Support

_JOINS = frozenset("-–/:")  # between two numbers of a score, a range or a ratio
_SHARE_OF = frozenset(NUMBER_WORDS) | {"one"}  # "one in five", "two in three"
_MONEY = frozenset("$£€¥")
_PHRASE = 3  # words of a counted noun phrase read ("seven new council homes")
# Pronouns a partitive count refers by ("three of which", "two of them"): what they count is
# the antecedent's, which this test does not resolve.
_PRONOUNS = frozenset({"which", "whom", "them", "these", "those", "us", "whose"})
# Nouns that stand for whatever the context counts, as a pronoun does: "the second time it was
# recalled" is its second recall, "the first one" the first of anything.
_PRO_NOUNS = frozenset(stem(w) for w in ("time", "occasion", "one"))
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "these", "those"})


def noun_after(toks: Sequence[Tok], i: int, j: int, text: str) -> int | None:
    """The index of the word the number toks[i:j] counts: the content word right after it (or
    past a word of series: "three straight wins"), apart from it by white space only ("15
    counts", not "19-year-old" or "6, after"); not a name, and not after a score, a range or a
    share ("a 2-0 defeat" counts no defeats)."""
    if j >= len(toks):
        return None
    t, last = toks[j], toks[j - 1]
    if t.kind == NUM or t.cap or not t.content or not text[last.end : t.start].isspace():
        return None
    j = past_series_word(toks, j)  # ("three consecutive quarters" count quarters)
    if toks[j].cap:
        return None
    joined = i > 0 and toks[i - 1].kind == NUM and text[toks[i - 1].end : toks[i].start] in _JOINS
    # "one in five parents": a share of the parents, not a count of them
    share = i > 1 and toks[i - 1].norm == "in"
    joined = joined or (share and (toks[i - 2].kind == NUM or toks[i - 2].norm in _SHARE_OF))
    after_join = text[toks[i].start - 1 : toks[i].start] in _JOINS if toks[i].start else False
    return None if joined or after_join else j


class _Kinds:
    """WordNet's noun synsets: each one's hypernyms, and each stem's synsets."""

    def __init__(self, text: str) -> None:
        self.parents: list[str] = []  # (read when a walk up reaches them: most never are)
        self.member_of: dict[str, list[int]] = defaultdict(list)
        for n, line in enumerate(text.splitlines()):
            words, _, up = line.partition("|")
            self.parents.append(up)
            for word in words.split():
                self.member_of[word].append(n)
        # (the synset of "person", "individual", "someone": what every noun for people is)
        people = set(self.member_of["person"]) & set(self.member_of["someon"])
        self.person = min(people) if people else -1

    @cache  # noqa: B019 (one table a process, kept for it)
    def above(self, stem: str) -> frozenset[int]:
        """The synsets of ``stem`` and every synset above them."""
        seen: set[int] = set()
        todo = list(self.member_of.get(stem, ()))
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                todo.extend(map(int, self.parents[n].split()))
        return frozenset(seen)


@cache
def _kinds() -> _Kinds:
    data = resources.files("summariser.checker").joinpath("noun_kinds.txt.gz").read_bytes()
    return _Kinds(gzip.decompress(data).decode("utf-8"))


def may_name_same(a: str, b: str) -> bool:
    """Whether the noun stems ``a`` and ``b`` can name the same things: one word, or one a kind
    of the other in WordNet (a stem WordNet lacks may be anything)."""
    if a == b or a in _PRO_NOUNS or b in _PRO_NOUNS:
        return True
    kinds = _kinds()
    mine, theirs = kinds.member_of.get(a), kinds.member_of.get(b)
    if not mine or not theirs:
        return True
    above_a, above_b = kinds.above(a), kinds.above(b)
    if kinds.person in above_a and kinds.person in above_b:
        return True  # (nouns for people name roles, and one person holds many)
    return not above_a.isdisjoint(theirs) or not above_b.isdisjoint(mine)


def _phrase(toks: Sequence[Tok], k: int) -> list[str]:
    """The stems of the noun phrase from ``toks[k]``: its plain words up to a function word, a
    name or a mark ("seven new council homes": new, council, homes)."""
    out = [toks[k].stem]
    for t in toks[k + 1 : k + _PHRASE]:
        if not t.content or t.cap or t.kind == NUM:
            break
        out.append(t.stem)
    return out


def _counted(toks: Sequence[Tok], m: NumberMention, text: str) -> list[str] | None:
    """The stems of what the article's number ``m`` counts: the phrase after it, or after its
    "of" ("seven of the wickets"); None when it stands for its noun ("all three are in
    hospital", "three of which"): it counts what the context names, which this test does not
    resolve; [] when it counts nothing that can be read (a score, a name)."""
    k = m.j
    if k < len(toks) and toks[k].norm == "of":
        k += 1
        if k < len(toks) and toks[k].norm in _PRONOUNS:
            return None
        if k < len(toks) and toks[k].norm in _DETERMINERS:
            k += 1
        ok = k < len(toks) and toks[k].content and not toks[k].cap and toks[k].kind != NUM
        return _phrase(toks, k) if ok else []
    alone = k >= len(toks) or not (toks[k].content or toks[k].kind == NUM)
    if alone and not _JOINS.intersection(text[toks[m.j - 1].end : toks[m.j - 1].end + 1]):
        return None  # (the number alone, not in a score or range: its noun is elided)
    if measures_degree(toks, m, text):
        return None  # ("two short of a majority": two seats)
    noun = noun_after(toks, m.i, m.j, text)
    return [] if noun is None else _phrase(toks, noun)


def _precise(value: float) -> bool:
    """Whether a count has three significant digits or more ("94,526"): an article gives two
    different counts one such figure only by chance, so a claim that gives it another noun
    rewords the count ("94,526 artworks" for "94,526 images")."""
    digits = f"{value:.0f}".rstrip("0")
    return value == int(value) and len(digits) >= 3


def _counts(
    art: PreparedArticle, sids: Sequence[int], num: NumberMention, hedge: str
) -> Iterator[tuple[int, NumberMention, list[str] | None]]:
    """Each number of the given sentences that agrees with the claim's, with what it counts."""
    for sid in sids:
        sent = art.sentences[sid]
        for m in sent.number_mentions:
            if m.kind == num.kind and agrees(num.value, hedge, m.value):
                yield sid, m, _counted(sent.toks, m, art.text)


def counted_noun_finding(
    view: ClaimView, art: PreparedArticle, sup: Support, num: NumberMention
) -> Finding | None:
    """A contradiction when the supporting sentences give the claim's number counting another
    noun, and no sentence of the article counts the claim's noun (or a kind of it) with it."""
    toks = view.toks
    if num.kind == "year" or (num.i and view.text[toks[num.i].start - 1] in _MONEY):
        return None
    if _precise(num.value):
        return None
    k = noun_after(toks, num.i, num.j, view.text)
    if k is None:
        return None
    mine = _phrase(toks, k)
    hedge = hedge_before(toks, num.i, view.text)
    # (the support first: most claims' numbers have no rival there, and the article's other
    # sentences need not be read)
    rivals = [(sid, m) for sid, m, theirs in _counts(art, sup.sids, num, hedge) if theirs]
    if not rivals:
        return None
    for _, _, theirs in _counts(art, range(len(art.sentences)), num, hedge):
        if theirs is None or any(may_name_same(a, b) for a in mine for b in theirs):
            return None  # (the article counts the claim's noun, or a pronoun's, with it)
    rival = rivals[0]
    ev = art.sentences[rival[0]].toks
    n = noun_after(ev, rival[1].i, rival[1].j, art.text)
    end_at = ev[n].end if n is not None else ev[rival[1].j - 1].end
    have = art.text[ev[rival[1].i].start : end_at]
    start, end = toks[num.i].start, toks[k].end
    msg = f"The claim counts {view.text[start:end]!r} where its evidence has {have!r}."
    return Finding(FlagCode.NUMBER_SWAPPED, msg, start, end, P_CONTRADICTION, True)
