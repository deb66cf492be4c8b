"""Names in one list are of one kind: "Beckham, Figo and Raul" are people, "Google,
Microsoft and Zentrix" companies. A name nothing else types takes the type its fellow
conjuncts agree on."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .cluster import Cluster
from .model import ActorKind

# What joins two conjuncts: a comma, or "and"/"or" (after an optional comma).
_COMMA = re.compile(r",[ \t]+")
_CONJUNCTION = re.compile(r",?[ \t]+(?:and|or)[ \t]+")
_COMMA_BEFORE = re.compile(r",[ \t]+\Z")
_CONJUNCTION_BEFORE = re.compile(r",?[ \t]+(?:and|or)[ \t]+\Z")
# Countries are all listed, so an unknown name among them is a place ("Kent and Wales").
_FAMILY: dict[ActorKind, ActorKind] = {"country": "place"}
_ROUNDS = 3  # a type passes along a list one name a round ("A, B and Carl Smith")


def share_list_types(clusters: Iterable[Cluster], *, text: str) -> None:
    """Type each cluster still "other" from the lists its mentions stand in, when the typed
    names of those lists agree on one kind."""
    clusters = list(clusters)
    # (A city named with no locative may be its club, when its fellows are bodies.)
    untyped = [c for c in clusters if c.kind == "other" or c.named_place]
    # (Most untyped names stand in no list: spare the look-up tables then.)
    if not any(_joined(text, m.start, m.end) for c in untyped for m in c.mentions):
        return
    # Every mention by its start (with its end) and by its end (with its start).
    by_start: dict[int, tuple[Cluster, int]] = {}
    by_end: dict[int, tuple[Cluster, int]] = {}
    for c in clusters:
        for m in c.mentions:
            # (A title opens the run, not the name: "Rihanna and Lady Gaga".)
            by_start[m.run_start] = by_start[m.start] = (c, m.end)
            by_end[m.end] = (c, m.run_start)
    for _ in range(_ROUNDS):
        changed = False
        for cluster in untyped:
            if cluster.kind != "other" and not cluster.named_place:
                continue
            kinds: set[ActorKind] = set()
            for m in cluster.mentions:
                if not m.possessive:
                    fellows = _fellows(m.start, m.end, text, by_start, by_end)
                    kinds.update(c.kind for c in fellows if _telling(c))
            kinds = {_FAMILY.get(k, k) for k in kinds}
            if cluster.named_place:
                if kinds == {"organisation"}:
                    cluster.kind = "organisation"
                    cluster.named_place = False
                    changed = True
            elif len(kinds) == 1:
                cluster.kind = kinds.pop()
                changed = True
        if not changed:
            return


def _joined(text: str, start: int, end: int) -> bool:
    """Whether a comma, "and" or "or" may join the name at ``start:end`` to another."""
    after = text[end : end + 4]
    if after[:1] == "," or after[1:4] in ("and", "or ", "or\t"):
        return True
    before = text[max(0, start - 4) : start]
    return before[-2:-1] == "," or before[:3] == "and" or before[1:3] == "or"


def _telling(cluster: Cluster) -> bool:
    """Whether a fellow's type is evidence: not "other", and a person only by a cue or a given
    name (two capitalised words look like a person's name, and many clubs are so named)."""
    if cluster.kind == "person":
        return cluster.person_cue or cluster.given
    return cluster.kind != "other"


def _fellows(
    start: int,
    end: int,
    text: str,
    by_start: dict[int, tuple[Cluster, int]],
    by_end: dict[int, tuple[Cluster, int]],
) -> list[Cluster]:
    """The clusters of the other names in the list the mention at ``start:end`` stands in; none
    unless "and" or "or" joins the list's last two names (a bare comma is as often an
    apposition: "Uppsala, Sweden"), and a comma before it only in a list of three or more
    ("Google hired Smith, and Acme hired Jones" joins two clauses)."""
    fellows: list[Cluster] = []
    joins: list[str] = []  # the separators, left to right, stripped of spaces
    at = start
    while True:  # leftwards
        before = text[max(0, at - 8) : at]
        match = _CONJUNCTION_BEFORE.search(before) or _COMMA_BEFORE.search(before)
        found = match and by_end.get(at - len(before) + match.start())
        if not match or not found:
            break
        fellows.append(found[0])
        joins.insert(0, "".join(match.group().split()))
        at = found[1]
    at = end
    while True:  # rightwards
        match = _CONJUNCTION.match(text, at) or _COMMA.match(text, at)
        found = match and by_start.get(match.end())
        if not match or not found:
            break
        fellows.append(found[0])
        joins.append("".join(match.group().split()))
        at = found[1]
    if not joins or joins[-1] == "," or any(j != "," for j in joins[:-1]):
        return []
    if len(joins) == 1 and joins[0].startswith(","):
        return []
    return fellows
