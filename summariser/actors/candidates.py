"""From clusters to the public candidates: the name, aliases, role and mention spans of each,
and the choice of which to keep when an article names more actors than asked for."""

from __future__ import annotations

from operator import itemgetter
from typing import Any, NamedTuple

from pydantic import TypeAdapter

from .cluster import Cluster
from .model import ActorCandidate, ActorKind
from .names import spaced
from .segment import RawMention

# A mention's (start, end): its first two fields.
_POSITION = itemgetter(0, 1)
_CANDIDATES = TypeAdapter(list[ActorCandidate])
# Kinds kept after the others on ties: a place says where, not who.
_LESSER = frozenset({"other", "place"})


def _fullness(m: RawMention) -> tuple[int, bool, int, int]:
    """The fullest mention names the actor: most words, then not in capitals ("New York"
    before a dateline's "NEW YORK"), then longest, then earliest."""
    return (len(m.words), not m.text.isupper(), len(m.text), -m.start)


class Draft(NamedTuple):
    """One candidate before it becomes a (validated, so costlier) ``ActorCandidate``: only the
    kept ones are built."""

    first: int  # offset of the first mention
    name: str
    kind: ActorKind
    role: str | None
    aliases: list[str]
    spans: list[tuple[int, int]]  # distinct mention spans, sorted


def draft(key: tuple[str, str], cluster: Cluster) -> Draft:
    """The candidate that ``cluster`` (under ``key``) makes."""
    role = min(cluster.roles)[2] if cluster.roles else None
    if len(cluster.mentions) == 1:
        return _single(key, cluster, role)
    ms = sorted(cluster.mentions, key=_POSITION)
    # Distinct forms in order of first use; each distinct raw text is normalised once.
    forms: dict[str, None] = {}
    seen: set[str] = set()
    for m in ms:
        if m.text not in seen:
            seen.add(m.text)
            form = spaced(m.text)
            if form:
                forms.setdefault(form)
        if m.title_form:
            form = spaced(m.title_form)
            if form:
                forms.setdefault(form)
    pool = [m for m in ms if m.kind != "capital"]
    if cluster.kind == "country" and not pool:
        name = key[1]  # only the capital is named: use the gazetteer's name
    else:
        pool = pool or ms
        longest = pool[0] if len(pool) == 1 else max(pool, key=_fullness)
        name = spaced(longest.text)
    spans = [(ms[0].start, ms[0].end)]
    for m in ms:
        if spans[-1] != (m.start, m.end):
            spans.append((m.start, m.end))
    return Draft(ms[0].start, name, cluster.kind, role, [f for f in forms if f != name], spans)


def _single(key: tuple[str, str], cluster: Cluster, role: str | None) -> Draft:
    """``draft`` for a cluster of one mention (many are), without its bookkeeping."""
    m = cluster.mentions[0]
    form = spaced(m.text)
    # (When only the capital is named, the country takes the gazetteer's name.)
    name = key[1] if cluster.kind == "country" and m.kind == "capital" else form
    aliases = [form] if form and form != name else []
    if m.title_form:
        title = spaced(m.title_form)
        if title and title != name and title != form:
            aliases.append(title)
    return Draft(m.start, name, cluster.kind, role, aliases, [(m.start, m.end)])


def keep(drafts: list[Draft], *, max_actors: int) -> list[Draft]:
    """The ``max_actors`` most mentioned (actors of a known type before places and "other",
    earlier before later on ties), in order of first mention."""
    kept = sorted(drafts, key=_salience)[:max_actors]
    kept.sort(key=lambda d: (d.first, d.name))
    return kept


def _salience(d: Draft) -> tuple[int, bool, int, str]:
    return (-len(d.spans), d.kind in _LESSER, d.first, d.name)


def build(text: str, drafts: list[Draft]) -> list[ActorCandidate]:
    """The public candidates, validated in one call: their spans are validated from plain
    data inside pydantic, far faster than building each ``Span`` first (the result is the
    same)."""
    data: list[dict[str, Any]] = [
        {
            "name": d.name,
            "type": d.kind,
            "role": d.role,
            "aliases": d.aliases,
            "mentions": [{"start": s, "end": e, "text": text[s:e]} for s, e in d.spans],
        }
        for d in drafts
    ]
    # (Strict: every value already has its exact type, and strict validation is faster.)
    return _CANDIDATES.validate_python(data, strict=True)
