"""The people named so far in an article, looked up by surname and by first name: which
person a bare "Putin", "Melanie" or "Vladimir Putin" names again."""

from __future__ import annotations

import bisect

from .cluster import Cluster
from .lexicon import SURNAME_PARTICLES
from .names import NAME_WORD, same_surname, surname_of
from .segment import RawMention


class People:
    """The "person" clusters of a resolver, in order of introduction, with look-ups over
    them rebuilt when they may be stale (see ``stale``)."""

    def __init__(self) -> None:
        self.clusters: dict[tuple[str, str], Cluster] = {}
        # The people by the first letter of their surname, and by the first words of their
        # names (None: to be rebuilt). The resolver clears ``by_first_name`` itself when it
        # adds a mention of more than one word (every such mention: no call spent on it).
        self._by_initial: dict[str, list[Cluster]] | None = None
        self.by_first_name: dict[str, list[Cluster]] | None = None

    def add(self, key: tuple[str, str], cluster: Cluster) -> None:
        self.clusters[key] = cluster
        self.stale()

    def drop(self, key: tuple[str, str]) -> None:
        self.clusters.pop(key, None)
        self.stale()

    def stale(self) -> None:
        """A person was added, dropped or given a surname: rebuild both look-ups."""
        self._by_initial = self.by_first_name = None

    def first_name_of(self, m: RawMention) -> Cluster | None:
        """ "Melanie" for "Melanie Austin", when exactly one person has that first name."""
        if not NAME_WORD.match(m.text) or m.text.isupper():
            return None
        if self.by_first_name is None:
            self.by_first_name = {}
            for c in self.clusters.values():
                for first in dict.fromkeys(x.words[0] for x in c.mentions if len(x.words) > 1):
                    self.by_first_name.setdefault(first, []).append(c)
        found = self.by_first_name.get(m.text, [])
        return found[0] if len(found) == 1 else None

    def person_for(self, m: RawMention) -> Cluster | None:
        """The person whose surname ``m`` ends with and who bears every word of ``m`` (a
        particle capitalised as it opens a sentence is the same word: "Van Miert", "Karel van
        Miert")."""
        people = self.namesakes(surname_of(m.words))
        words = [w.lower() if w.lower() in SURNAME_PARTICLES else w for w in m.words]
        return self.best(
            m,
            [
                c
                for c in people
                if c.vocabulary.issuperset(m.words) or c.vocabulary.issuperset(words)
            ],
        )

    def namesakes(self, surname: str) -> list[Cluster]:
        """The people with ``surname``, in order of introduction."""
        if self._by_initial is None:
            self._by_initial = {}
            for c in self.clusters.values():
                if c.surname is not None:
                    self._by_initial.setdefault(c.surname[:1], []).append(c)
        # Only a surname with the same first letter can be the same (see ``same_surname``).
        return [
            c
            for c in self._by_initial.get(surname[:1], [])
            if c.surname is not None and (c.surname == surname or same_surname(c.surname, surname))
        ]

    @staticmethod
    def best(m: RawMention, people: list[Cluster]) -> Cluster | None:
        """Of ``people``, the one ``m`` names: the latest introduced before ``m``, else the
        first after it."""
        best: tuple[int, int, int] | None = None
        found: Cluster | None = None
        for cluster in people:
            # Of two people sharing a surname, a bare surname means the one named in full most
            # often so far (the article's subject), then the one introduced first.
            full = cluster.full_starts
            before = bisect.bisect_right(full, m.start)
            first = full[0] if full else m.start
            rank = (0, -before, first) if before else (1, 0, first)
            if best is None or rank < best:
                best, found = rank, cluster
        return found
