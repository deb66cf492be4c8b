"""What a verb acts on: who the article says the thing was done to.

"Petr Kral was sentenced to 10 years" against "a court in Brno sentenced former mayor Marta
Wolska to 10 years": a passive claim's subject, or an active claim's object ("The court
acquitted Marta Wolska"), is what its verb acts on, so its rival in the evidence is the object
of the same verb in the active voice (past a description written without an article, "former
mayor"; each name of a list) or its subject in the passive ("Her deputy, Petr Kral, was
acquitted"), in a supporting sentence or in one the support left out that says the claim's whole
predicate (subjects.homes). Another name there is a swap (``ENTITY_SWAPPED``), unless some
sentence of the article does the same thing to the claim's name. A pronoun or a description
there is not tested: naming who it means is what a journalist's rewording does.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

from ..report import FlagCode
from .features import NUM, Tok, verb_key
from .flags import P_CONTRADICTION, ClaimView, Finding
from .prepare import PreparedArticle
from .slot_edges import gap, past_title
from .subjects import (
    all_named,
    first_reading,
    head_name,
    homes,
    opening_names,
    same_person,
    subjects_of,
)
from .support import Support
from .verb_forms import is_passive, verb_like

_AND = frozenset({"and", "or", "nor"})


def _objects(ev: tuple[Tok, ...], verb: str | None, text: str) -> list[tuple[int, int, int]]:
    """The names the evidence makes the object of the verb ``verb`` (its verb_key; any verb
    when None) in the active voice, each as (verb, start, end): "sentenced [former mayor]
    Marta Wolska to"."""
    out: list[tuple[int, int, int]] = []
    for b in range(1, len(ev) - 1):
        if verb is not None and verb_key(ev[b]) != verb:
            continue
        if not verb_like(ev, b) or is_passive(ev, b):
            continue
        a = past_title(ev, b + 1, text)
        while (m := _name_end(ev, a, text)) > a:
            out.append((b, a, m))  # (and each name of a list: "toured France and Spain")
            if m < len(ev) and ev[m].norm in _WHERE and ev[m + 1 : m + 2] and ev[m + 1].cap:
                m = _name_end(ev, m + 1, text)  # ("Marcus Obi from Lyon and ...")
            if m >= len(ev) or not (ev[m].norm in _AND or "," in gap(ev, m, text)):
                break
            a = past_title(ev, m + (ev[m].norm in _AND), text)
    return out


def _name_end(ev: tuple[Tok, ...], a: int, text: str) -> int:
    """The end of the run of capitalised words from ``a`` (``a`` when none starts there)."""
    m = a
    while m < len(ev) and ev[m].cap and ev[m].content:
        if m > a and gap(ev, m, text).strip():
            break  # (a name ends at punctuation)
        m += 1
    return m


_WHERE = frozenset({"from", "of", "in"})


def _patients(ev: tuple[Tok, ...], verb: str, text: str) -> list[tuple[int, int]]:
    """What the evidence says the verb was done to, in either voice, in the order written."""
    objects = [(a, m) for _, a, m in _objects(ev, verb, text)]
    return sorted([*subjects_of(ev, verb, text, passive=True), *objects])


def _done_to(
    art: PreparedArticle,
    mine: frozenset[str],
    verb: Tok,
    name: Sequence[Tok],
    counts: frozenset[str],
) -> bool:
    """Whether some sentence of the article (with the claim's numbers ``counts``) does the
    verb to the claim's name."""
    key = verb_key(verb)
    for sid in sorted({*art.index.get(verb.stem, ()), *art.index.get(key, ())}):
        if not counts <= art.sentences[sid].stems:
            continue
        ev = art.sentences[sid].toks
        if any(same_person(mine, name, ev[a:b]) for a, b in _patients(ev, key, art.text)):
            return True
    return False


def _claimed(view: ClaimView, art: PreparedArticle, skip: set[int]) -> list[tuple[int, int, int]]:
    """The claim's names [i, j) that its verb at ``v`` acts on: a passive clause's subject, or
    the object of an active verb ("The court acquitted [former mayor] Marta Wolska")."""
    toks = view.toks
    out = [
        (i, j, v)
        for i, j, v in opening_names(view, art, skip)
        if is_passive(toks, v)
        and not toks[v].norm.endswith("ing")
        # ("Ibe and Raheem Sterling were pictured": a shared slot)
        and not (i > 0 and toks[i - 1].norm in _AND)
    ]
    starts = {i: j for i, j in view.names}
    # (an object counts only where a name of the claim starts: a claim without one has none)
    for v, a, b in _objects(tuple(toks), None, view.text) if starts else ():
        if starts.get(a) == b and not any(k in skip for k in range(a, b)):
            out.append((a, b, v))
    return out


def patient_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, skip: set[int]
) -> list[Finding]:
    """Names the claim's verb acts on (a passive subject, an active object) where a supporting
    sentence has that verb act on another name."""
    toks = view.toks
    out: list[Finding] = []
    for i, j, v in _claimed(view, art, skip):
        verb = toks[v]
        key = verb_key(verb)
        name = toks[i:j]
        mine = frozenset(t.stem for t in name if t.content)
        reported = {t.stem for t in toks if t.content} - mine
        counts = frozenset(t.stem for t in toks[v + 1 :] if t.kind == NUM)
        hit = first_reading(
            art, chain(sup.sids, homes(art, verb, reported, sup)), _patients, key, reported
        )
        if hit is None:
            continue
        sid, found = hit
        ev = art.sentences[sid].toks
        if any(same_person(mine, name, ev[a:b]) for a, b in found):
            continue
        a, b = found[0]
        rival = ev[head_name(ev, a, b, art) : b]
        content = [t for t in rival if t.content]
        if not all_named(ev, content, art):
            continue  # (a pronoun or a description)
        if _done_to(art, mine, verb, name, counts):
            continue
        start, end = toks[i].start, toks[j - 1].end
        said, words = view.text[start:end], art.text[content[0].start : content[-1].end]
        where = "evidence" if sid in sup.sids else "article"
        msg = (
            f"The claim says {said!r} was {verb.norm} where the {where} has {words!r}: "
            f"{art.text[art.sentences[sid].start : art.sentences[sid].end]!r}"
        )
        out.append(Finding(FlagCode.ENTITY_SWAPPED, msg[:400], start, end, P_CONTRADICTION, True))
    return out
