"""One would-be actor while an article is read: its mentions and the evidence of its type."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import ActorKind
from .segment import RawMention


@dataclass(slots=True)
class Cluster:
    """Mentions believed to name one actor."""

    kind: ActorKind
    mentions: list[RawMention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    roles: list[tuple[int, int, str]] = field(default_factory=list)  # (-score, start, role)
    # The appositions after its mentions ("Kelmont, the Swiss bank,"), by mention start.
    # (A tuple: most clusters have none, and need no list made for them.)
    described: tuple[tuple[int, str], ...] = ()
    typed: bool = False  # type known from evidence, not a default
    person_cue: bool = False  # a title, a person's role noun or an age stood next to a mention
    speaks: bool = False  # a mention says something ("Melanie said"); so do organisations
    member_cue: bool = False  # used as a body is ("Arsenal legend"; see ``evidence``)
    given: bool = False  # a person's mention opened with a given name ("Alberto Bueno")
    surname: str | None = None
    named_place: bool = False  # a place by a list's name only, never after a locative
    # For the person look-ups, kept up to date with ``mentions`` while the mentions are
    # added (of people only): every word of every mention, and the starts of the mentions of
    # more than one word (sorted: counted by bisection, as a name may recur thousands of times).
    vocabulary: set[str] = field(default_factory=set)
    full_starts: list[int] = field(default_factory=list)
