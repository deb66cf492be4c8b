"""Group mentions into actors: one person under all the forms of their name, one country
under its names and its capital, one organisation under its name and its acronym."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from ..spans import Span
from .context import Neighbours
from .lexicon import (
    ENTITY_NOUNS,
    KNOWN_GROUPS,
    NAME_CONNECTORS,
    NAME_SUFFIXES,
    ORG_HEADS,
    PLACE_HEADS,
    PLACE_LEADS,
    THING_HEADS,
    TITLES,
)
from .model import ActorCandidate, ActorKind
from .segment import ACRONYM, RawMention

_NAME_WORD = re.compile(r"^(?:[a-z]{1,3}['’-])?[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*\.?$")
_KNOWN_GROUPS = frozenset(g.lower() for g in KNOWN_GROUPS)
_PLACE_OR_THING_HEADS = PLACE_HEADS | THING_HEADS


@dataclass
class Cluster:
    """Mentions believed to name one actor."""

    kind: ActorKind
    mentions: list[RawMention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    roles: list[tuple[int, int, str]] = field(default_factory=list)  # (-score, start, role)
    typed: bool = False  # type known from evidence, not a default
    person_cue: bool = False  # a title or a person's role noun stood next to a mention
    surname: str | None = None

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _acronym_letters(text: str) -> str:
    return text.replace(".", "")


def _initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w not in NAME_CONNECTORS and w != "and")


def _surname(words: tuple[str, ...]) -> str:
    core = [w for w in words if w not in NAME_SUFFIXES]
    return core[-1] if core else words[-1]


def _same_surname(known: str | None, word: str) -> bool:
    """Equal, or one letter apart in a long name ("Zelensky", "Zelenskyy")."""
    if known is None or known == word:
        return known == word
    return (
        min(len(known), len(word)) >= 6
        and known[0] == word[0]
        and Levenshtein.distance(known, word, score_cutoff=1) <= 1
    )


def looks_like_person(words: tuple[str, ...], lowercase: frozenset[str]) -> bool:
    """Two to five name-shaped words, none an ordinary word of this text ("Grain Deal")."""
    core = [w for w in words if w not in NAME_CONNECTORS]
    if not 2 <= len(core) <= 5 or core[0] in PLACE_LEADS or core[-1] in _PLACE_OR_THING_HEADS:
        return False
    for word in core:
        if not _NAME_WORD.match(word) or word.lower() in lowercase or word in TITLES:
            return False
        if len(word) > 1 and word.isupper():
            return False
    return _surname(tuple(core)).rstrip(".").isalpha() or "-" in core[-1]


class Resolver:
    """Builds clusters from raw mentions in text order."""

    def __init__(self, text: str, near: Neighbours, lowercase: frozenset[str]) -> None:
        self.text = text
        self.near = near
        self.lowercase = lowercase
        self.clusters: dict[tuple[str, str], Cluster] = {}
        # The "person" entries of ``clusters``, in the same order: looked through for every
        # name, so kept apart from the countries and organisations.
        self.people: dict[tuple[str, str], Cluster] = {}
        # Look-ups over ``people``, rebuilt when they may be stale (set to None): the people
        # by the first letter of their surname, and by the first words of their names.
        self._by_initial: dict[str, list[Cluster]] | None = None
        self._by_first_name: dict[str, list[Cluster]] | None = None

    def _cluster(self, key: tuple[str, str], kind: ActorKind) -> Cluster:
        if key not in self.clusters:
            self.clusters[key] = Cluster(kind)
            if key[0] == "person":
                self.people[key] = self.clusters[key]
                self._by_initial = self._by_first_name = None
        return self.clusters[key]

    def add_all(self, mentions: list[RawMention]) -> None:
        deferred: list[RawMention] = []
        # Longer names first, so "Putin" finds "Vladimir Putin" wherever each occurs.
        names = sorted(
            (m for m in mentions if m.kind == "name" and len(m.words) > 1),
            key=lambda m: (-len(m.words), m.start),
        )
        late = [m for m in names if m.headline]
        leads = {m.text for m in mentions if m.lead}
        for m in (m for m in names if not m.headline):
            place = m.text in leads or (not m.titled and self.near.is_locative(m.start))
            if (looks_like_person(m.words, self.lowercase) and not place) or (
                m.titled and len(m.words) <= 4
            ):
                target = self._person_for(m, allow_subset=True)
                if target is None:
                    target = self._cluster(("person", _spaced(m.text)), "person")
                    target.surname = _surname(m.words)
                    self._by_initial = None
                    target.typed = True
                self._attach(target, m)
            else:
                self._attach(self._cluster(("name", _spaced(m.text)), "other"), m)
        for m in mentions:
            if m.kind == "country":
                cluster = self._cluster(("country", m.key), "country")
                cluster.typed = True
                self._attach(cluster, m)
            elif m.kind in ("org", "group"):
                self._add_org(m)
            elif m.kind == "capital" or (m.kind == "name" and len(m.words) == 1):
                deferred.append(m)
        for m in deferred:
            if m.headline:
                late.append(m)
                continue
            person = self._person_for(m, allow_subset=False)
            if person is not None:
                self._attach(person, m)
            elif m.kind == "capital":
                # "Moscow is eager" stands for Russia; "a summit in Moscow" is a place.
                if not self.near.is_place(m.start):
                    cluster = self._cluster(("country", m.key), "country")
                    cluster.typed = True
                    self._attach(cluster, m)
            else:
                target = self._first_name_of(m)
                word = _acronym_letters(m.text) if ACRONYM.match(m.text) else m.text
                self._attach(target or self._cluster(("name", word), "other"), m)
        for m in sorted(late, key=lambda m: m.start):
            self._add_headline(m)

    def _first_name_of(self, m: RawMention) -> Cluster | None:
        """ "Melanie" for "Melanie Austin", when exactly one person has that first name."""
        if not _NAME_WORD.match(m.text) or m.text.isupper():
            return None
        if self._by_first_name is None:
            self._by_first_name = {}
            for c in self.people.values():
                for first in dict.fromkeys(x.words[0] for x in c.mentions if len(x.words) > 1):
                    self._by_first_name.setdefault(first, []).append(c)
        found = self._by_first_name.get(m.text, [])
        return found[0] if len(found) == 1 else None

    def _add_headline(self, m: RawMention) -> None:
        """A headline's capitals prove nothing: keep only the forms the body also uses."""
        forms: dict[tuple[str, ...], tuple[str, str]] = {}
        for key, cluster in self.clusters.items():
            for x in cluster.mentions:
                if not x.headline:
                    forms.setdefault(tuple(x.text.split()), key)
        words = m.text.split()
        offsets = [w.start() for w in re.finditer(r"\S+", m.text)]
        i = 0
        while i < len(words):
            for size in range(len(words) - i, 0, -1):
                found = forms.get(tuple(words[i : i + size]))
                if found is not None:
                    start = m.start + offsets[i]
                    end = m.start + offsets[i + size - 1] + len(words[i + size - 1])
                    part = m._replace(start=start, end=end, text=self.text[start:end])
                    part = part._replace(words=tuple(words[i : i + size]), title_form=None)
                    self._attach(self.clusters[found], part)
                    i += size
                    break
            else:
                i += 1

    def _add_org(self, m: RawMention) -> None:
        known_group = m.kind == "group" or _spaced(m.text).lower() in _KNOWN_GROUPS
        kind: ActorKind = "group" if known_group else "organisation"
        key = _acronym_letters(_spaced(m.text)) if ACRONYM.match(m.text) else _spaced(m.text)
        cluster = self._cluster(("org", key), kind)
        cluster.typed = True
        self._attach(cluster, m)

    def _person_for(self, m: RawMention, *, allow_subset: bool) -> Cluster | None:
        """The person whose surname ``m`` ends with: the latest introduced before ``m``, else
        the first after it."""
        surname = _surname(m.words)
        best: tuple[int, int, int] | None = None
        found: Cluster | None = None
        if self._by_initial is None:
            self._by_initial = {}
            for c in self.people.values():
                if c.surname is not None:
                    self._by_initial.setdefault(c.surname[:1], []).append(c)
        # Only a surname with the same first letter can be the same (see _same_surname).
        for cluster in self._by_initial.get(surname[:1], []):
            known = cluster.surname
            if known is None or (known != surname and not _same_surname(known, surname)):
                continue
            if allow_subset and not set(m.words) <= {w for c in cluster.mentions for w in c.words}:
                continue
            # Of two people sharing a surname, a bare surname means the one named in full most
            # often so far (the article's subject), then the one introduced first.
            full = [c.start for c in cluster.mentions if len(c.words) > 1]
            before = [s for s in full if s <= m.start]
            first = min(full, default=m.start)
            rank = (0, -len(before), first) if before else (1, 0, first)
            if best is None or rank < best:
                best, found = rank, cluster
        return found

    def _attach(self, cluster: Cluster, m: RawMention) -> None:
        cluster.mentions.append(m)
        if len(m.words) > 1:
            self._by_first_name = None
        speaks = m.kind == "name" and not m.possessive and self.near.is_speaker(m.end)
        cluster.person_cue = cluster.person_cue or m.titled or speaks
        if m.title_form:
            cluster.titles.append(_spaced(m.title_form))
        if m.role:
            cluster.roles.append((-m.role_score, m.start, _spaced(m.role)))
        appos = self.near.apposition(m.end) if m.end == m.run_end else None
        if appos:
            cluster.roles.append((-3, m.start, _spaced(appos)))
        if m.kind == "name":
            role, score = self.near.role_before(m.run_start)
            if role and m.start == m.run_start:
                cluster.roles.append((-score, m.start, _spaced(role)))
                if not set(role.lower().split()) & ENTITY_NOUNS:
                    cluster.person_cue = True

    def merge_short_forms(self) -> None:
        """ "Wagner" joins "Wagner Group" and "Post" joins "Washington Post" when only one
        organisation fits."""
        heads: dict[str, list[tuple[str, str]]] = {}
        for key, cluster in self.clusters.items():
            if key[0] != "org":
                continue
            for m in cluster.mentions:
                short = []
                if len(m.words) == 2 and m.words[1] in ORG_HEADS:
                    short.append(m.words[0])
                if len(m.words) > 1 and m.words[-1] in ORG_HEADS:
                    short.append(m.words[-1])
                for word in short:
                    if key not in heads.get(word, []):
                        heads.setdefault(word, []).append(key)
        for key in sorted(self.clusters):
            targets = heads.get(key[1], [])
            if key[0] == "name" and len(targets) == 1:
                self._merge(key, targets[0])

    def _merge(self, key: tuple[str, str], target: tuple[str, str]) -> None:
        cluster, into = self.clusters.pop(key), self.clusters[target]
        self.people.pop(key, None)
        self._by_initial = self._by_first_name = None
        into.mentions.extend(cluster.mentions)
        into.titles.extend(cluster.titles)
        into.roles.extend(cluster.roles)
        into.typed = into.typed or cluster.typed
        into.person_cue = into.person_cue or cluster.person_cue

    def merge_acronyms(self) -> None:
        """ "NATO" joins "North Atlantic Treaty Organization" when both occur."""
        long_forms = {
            _initials(m.words): key
            for key, c in self.clusters.items()
            if key[0] in ("org", "name") and c.kind != "person"
            for m in c.mentions
            if len(m.words) > 1
        }
        for key in sorted(self.clusters):
            if key[0] not in ("org", "name") or not ACRONYM.match(key[1]):
                continue
            target = long_forms.get(_acronym_letters(key[1]))
            if target is not None and target != key and target in self.clusters:
                self._merge(key, target)

    def decide_types(self) -> None:
        """Type each untyped cluster from its context; drop those that are no actor."""
        for key in sorted(self.clusters):
            cluster = self.clusters[key]
            named_group = any(m.words[-1] == "Group" for m in cluster.mentions)
            if key[0] == "org" and named_group and self._cued(cluster):
                cluster.kind = "group"  # "the Wagner Group's mercenaries"
            if key[0] in ("person", "name") and all(m.headline for m in cluster.mentions):
                del self.clusters[key]  # named only in a headline: its capitals prove nothing
                self.people.pop(key, None)
                self._by_initial = self._by_first_name = None
                continue
            if cluster.typed:
                continue
            kind = self._evidence_type(cluster)
            if kind is None:
                del self.clusters[key]
                self.people.pop(key, None)
                self._by_initial = self._by_first_name = None
            else:
                cluster.kind = kind

    def _cued(self, cluster: Cluster) -> bool:
        return any(
            not m.possessive and self.near.group_cue(m.start, m.end) for m in cluster.mentions
        )

    def _evidence_type(self, cluster: Cluster) -> ActorKind | None:
        """The type of a name no list knows, or None when it is probably no actor."""
        ms = cluster.mentions
        if self._cued(cluster):
            return "group"
        if ACRONYM.match(ms[0].text):
            # A long capitalised word that the text also uses in lowercase is shouting, as in
            # a dateline ("HEMPSTEAD, N.Y."), not an acronym.
            word = ms[0].text
            if len(word) >= 8 or word.lower() in self.lowercase:
                return None
            return "organisation"
        if cluster.person_cue:
            return "person"
        if all(m.initial for m in ms):
            return None  # only ever capitalised because it opens a sentence
        words = ms[0].words
        if len(words) == 1 and words[0].lower() in self.lowercase:
            return None
        if all(self.near.is_locative(m.start) for m in ms) or words[-1] in PLACE_HEADS:
            return None  # a place: "a summit in Sochi", "Lake Chad"
        return "other"

    def candidates(self) -> list[tuple[Cluster, ActorCandidate]]:
        out = []
        for key, cluster in self.clusters.items():
            out.append((cluster, self._candidate(key, cluster)))
        return out

    def _candidate(self, key: tuple[str, str], cluster: Cluster) -> ActorCandidate:
        ms = sorted(cluster.mentions, key=lambda m: (m.start, m.end))
        forms: list[str] = []
        for m in ms:
            for form in (_spaced(m.text), _spaced(m.title_form) if m.title_form else None):
                if form and form not in forms:
                    forms.append(form)
        pool = [m for m in ms if m.kind != "capital"]
        if cluster.kind == "country" and not pool:
            name = key[1]  # only the capital is named: use the gazetteer's name
        else:
            name = _spaced(
                max(pool or ms, key=lambda m: (len(m.words), len(m.text), -m.start)).text
            )
        roles = sorted(set(cluster.roles))
        spans: list[Span] = []
        for m in ms:
            if not spans or (spans[-1].start, spans[-1].end) != (m.start, m.end):
                spans.append(Span.of(self.text, m.start, m.end))
        return ActorCandidate(
            name=name,
            type=cluster.kind,
            role=roles[0][2] if roles else None,
            aliases=[f for f in forms if f != name],
            mentions=spans,
        )
