"""Group mentions into actors: one person under all the forms of their name, one country
under its names and its capital, one organisation under its name and its acronym."""

from __future__ import annotations

import bisect
import re

from .armed import armed_group, group_cued
from .clauses import ellipsis
from .cluster import Cluster
from .context import Neighbours
from .coordination import share_list_types
from .evidence import evidence_type, member_cued, plural_body, used_as_body
from .given_names import GIVEN_NAMES
from .headlines import BodyForms, headline_clause
from .lexicon import (
    BODY_NOUNS,
    CLUB_HEADS,
    ENTITY_NOUNS,
    KNOWN_GROUPS,
    ORG_HEADS,
    PLACE_HEADS,
)
from .model import ActorKind
from .motion import market_centre, named_as_city
from .names import (
    acronym_letters,
    club_town,
    coined,
    initials,
    land_plural,
    looks_like_person,
    place_ended,
    registered,
    spaced,
    surname_of,
)
from .people import People
from .results import ranked_team, result_side
from .segment import ACRONYM, RawMention
from .things import determined_thing

_KNOWN_GROUPS = frozenset(g.lower() for g in KNOWN_GROUPS)
_MOTION = frozenset(["to", "from"])
_NOUN_AFTER = re.compile(r"[ \t\u00a0]+[a-z]")
# A comma after a name, glued or, in wire copy's tokens, spaced ("Smith , 39 ,").
_COMMA = (",", " ,")


class Resolver:
    """Builds clusters from raw mentions in text order."""

    def __init__(self, text: str, near: Neighbours, lowercase: frozenset[str]) -> None:
        self.text = text
        self.near = near
        self.lowercase = lowercase
        self.clusters: dict[tuple[str, str], Cluster] = {}
        # The "person" entries of ``clusters``, in the same order: looked through for every
        # name, so kept apart from the countries and organisations.
        self.people = People()

    def _cluster(self, key: tuple[str, str], kind: ActorKind) -> Cluster:
        cluster = self.clusters.get(key)
        if cluster is None:
            cluster = self.clusters[key] = Cluster(kind)
            if key[0] == "person":
                self.people.add(key, cluster)
        return cluster

    def add_all(self, mentions: list[RawMention]) -> None:
        # "Alzheimer's disease" names a disease, not Alzheimer.
        # (So does "with Alzheimer's in 2010": the disease's name, shortened.)
        mentions = [
            m
            for m in mentions
            if not (
                m.possessive and (self.near.eponym(m.end) or ellipsis(self.text, m.start, m.end))
            )
        ]
        deferred: list[RawMention] = []
        # Longer names first, so "Putin" finds "Vladimir Putin" wherever each occurs.
        names = sorted(
            (m for m in mentions if m.kind == "name" and len(m.words) > 1),
            key=lambda m: (-len(m.words), m.start),
        )
        late = []
        for m in names:
            if m.headline and result_side(self.text, m.start, m.end):
                self._add_org(m)  # "Cleveland 5 KANSAS CITY 3": a side, shouted as home
            elif m.headline:
                late.append(m)
        leads = {m.text for m in mentions if m.lead}
        for m in (m for m in names if not m.headline):
            if "&" in m.text:
                self._add_org(m)  # "Procter & Gamble": an ampersand joins a firm's names
                continue
            place = m.text in leads or (not m.titled and self.near.is_locative(m.start))
            # ("his Ford Mustang.", "the Hubble Space Telescope has": a thing's name.)
            if (
                looks_like_person(m.words, self.lowercase)
                and not place
                and (
                    m.possessive
                    or not determined_thing(self.text, m.start, m.end, last=m.words[-1])
                )
            ) or (m.titled and len(m.words) <= 4):
                target = self.people.person_for(m)
                if target is None:
                    target = self._cluster(("person", spaced(m.text)), "person")
                    target.surname = surname_of(m.words)
                    self.people.stale()
                    target.typed = True
                self._attach(target, m)
            else:
                self._attach(self._cluster(("name", spaced(m.text)), "other"), m)
        for m in mentions:
            if m.kind == "country" and not ranked_team(self.text, m.start):
                cluster = self._cluster(("country", m.key), "country")
                cluster.typed = True
                self._attach(cluster, m)
            elif m.kind in ("org", "group", "country"):  # (a country's: "( Spain ) Jordan")
                if m.headline and headline_clause(m.words):
                    late.append(m)  # "Obama Says African-American Museum ...": no one name
                else:
                    self._add_org(m)
            elif m.kind in ("region", "place"):  # "West Africa", a dateline's "NEW YORK"
                name = spaced(m.text)
                cluster = self._cluster(
                    ("place", name.title() if name.isupper() else name), "place"
                )
                cluster.typed = True
                self._attach(cluster, m)
            elif m.kind == "event":  # "the London Marathon": no actor type fits
                cluster = self._cluster(("event", spaced(m.text)), "other")
                cluster.typed = True
                self._attach(cluster, m)
            elif m.kind == "capital" or (m.kind == "name" and len(m.words) == 1):
                deferred.append(m)
        # No person is added from here on, so the people a word may name are looked up once
        # per word.
        namesakes: dict[str, list[Cluster]] = {}
        first_names: dict[str, Cluster | None] = {}
        # A club named for its city is named again by the city's name ("Real Madrid" ...
        # "Madrid"), unless that stands after a locative.
        clubs = {
            words[-1]: c
            for (kind, name), c in self.clusters.items()
            if kind == "name" and place_ended(words := tuple(name.split()))
        }
        # So is a club named as its town's ("Stoke City" ... "Stoke"), or by its head word
        # where that names no kind of place ("Aston Villa" ... "Villa"), when only one club of
        # that name is named ("Sheffield United" and "Sheffield FC" leave "Sheffield" alone).
        # (A club of a known city counts too: "Manchester City" leaves "Manchester" alone.)
        towns: dict[str, list[Cluster | None]] = {}
        for (kind, name), c in self.clusters.items():
            words = tuple(name.split())
            if kind not in ("name", "org") or len(words) != 2 or words[1] not in CLUB_HEADS:
                continue
            named = c if club_town(words) is not None else None
            towns.setdefault(words[0], []).append(named)
            if named is not None and words[1] not in PLACE_HEADS:
                towns.setdefault(words[1], []).append(named)
        town_clubs = {
            town: named[0]
            for town, named in towns.items()
            if len(named) == 1 and named[0] is not None
        }
        for m in deferred:
            if m.text in clubs and not m.headline and not self.near.is_place(m.start, m.end):
                self._attach(clubs[m.text], m)
                continue
            # (Not after "to" or "from": "the train back to Manchester" is the town's; but
            # "a season at Derby": "at" a body is where one works or plays, as "at IBM".)
            if (
                m.text in town_clubs
                and not m.headline
                and self.near.previous_word(m.start) not in _MOTION
                and (
                    self.near.previous_word(m.start) == "at"
                    or not self.near.is_place(m.start, m.end)
                )
            ):
                self._attach(town_clubs[m.text], m)
                continue
            if m.headline or (m.kind == "capital" and result_side(self.text, m.start, m.end)):
                if result_side(self.text, m.start, m.end):
                    self._add_org(m)  # a side (shouted after a shouted line; a capital's team)
                else:
                    late.append(m)
                continue
            surname = surname_of(m.words)
            people = namesakes.get(surname)
            if people is None:
                people = namesakes[surname] = self.people.namesakes(surname)
            person = people[0] if len(people) == 1 else self.people.best(m, people)
            if person is not None:
                self._attach(person, m)
            elif m.kind == "capital":
                # "Moscow is eager" stands for Russia; "a summit in Moscow", "a suburb of
                # Moscow", "moved to Moscow", "north of Moscow" and "Moscow stocks" are the city.
                city = self.near.is_place(m.start, m.end) or self.near.is_locative(m.start)
                if city or named_as_city(self.text, m.start) or market_centre(self.text, m.end):
                    cluster = self._cluster(("place", spaced(m.text)), "place")
                else:
                    cluster = self._cluster(("country", m.key), "country")
                cluster.typed = True
                self._attach(cluster, m)
            else:
                if m.text not in first_names:
                    first_names[m.text] = self.people.first_name_of(m)
                target = first_names[m.text]
                if target is None:
                    word = acronym_letters(m.text) if ACRONYM.match(m.text) else m.text
                    target = self._cluster(("name", word), "other")
                self._attach(target, m)
        if late:
            late.sort(key=lambda m: m.start)
            body = BodyForms(self.clusters, shouted=any(m.text.isupper() for m in late))
            for part, key in body.parts(self.text, late):
                if key not in self.clusters:  # a country or a place named only in a headline
                    self._cluster(key, "country" if key[0] == "country" else "place").typed = True
                self._attach(self.clusters[key], part)

    def _add_org(self, m: RawMention) -> None:
        name = spaced(m.text)
        known_group = m.kind == "group" or name.lower() in _KNOWN_GROUPS
        kind: ActorKind = "group" if known_group else "organisation"
        key = acronym_letters(name) if ACRONYM.match(m.text) else name
        cluster = self._cluster(("org", key), kind)
        cluster.typed = True
        self._attach(cluster, m)

    def _attach(self, cluster: Cluster, m: RawMention) -> None:
        # Every field read at once: this runs for every mention.
        start, end, _, kind, _, words, _, _, run_start, run_end, possessive, role, score = m[:13]
        title_form, titled = m.title_form, m.titled
        cluster.mentions.append(m)
        if len(words) > 1:
            self.people.by_first_name = None
        if cluster.kind == "person":  # (the look-ups read people only)
            cluster.vocabulary.update(words)
            if len(words) > 1:
                bisect.insort(cluster.full_starts, start)
        # (Each look-up only when it can still decide the type: a person cue outranks the
        # others, and a typed cluster never reads whether it speaks.)
        if titled:
            cluster.person_cue = True
        if cluster.kind == "person" and words[0] in GIVEN_NAMES:
            cluster.given = True
        if kind == "name" and not possessive and not cluster.person_cue:
            if not cluster.speaks and not cluster.typed and self.near.is_speaker(end):
                cluster.speaks = True
            if end == run_end and self.text.startswith(_COMMA, end) and self.near.age_after(end):
                cluster.person_cue = True
        if title_form:
            cluster.titles.append(spaced(title_form))
        if role:
            cluster.roles.append((-score, start, spaced(role)))
        # (An apposition opens with a comma: spare the look-up when none follows.)
        if end == run_end and self.text.startswith(_COMMA, end):
            appos = self.near.apposition(end)
            if appos:
                cluster.roles.append((-3, start, spaced(appos)))
                cluster.described += ((start, appos),)
        if kind == "name" and start == run_start:
            before, strength = self.near.role_before(run_start)
            if before:
                cluster.roles.append((-strength, start, spaced(before)))
                if not set(before.lower().split()) & ENTITY_NOUNS:
                    # (Unless the name modifies a noun the role is of: "his official
                    # Instagram account".)
                    if not self.near.member_after(end):
                        cluster.person_cue = True
                elif before.lower().split()[-1] in BODY_NOUNS:
                    cluster.member_cue = True  # "his former club Real Madrid"

    def merge_short_forms(self) -> None:
        """ "Wagner" joins "Wagner Group", "Vantor" "Vantor Mining Corp" and "Post" joins
        "Washington Post" when only one organisation fits: a body's name less its head (and
        the words before it) is how the article names it again."""
        heads: dict[str, list[tuple[str, str]]] = {}
        # The first words of those names: a coined name is used bare ("Vantor said"), so a
        # word after "the" that modifies no noun is no short form of one ("in the Bronx", not
        # the "Bronx Supreme Court"; "the Vantor board" still is).
        firsts: set[str] = set()
        for key, cluster in self.clusters.items():
            if key[0] != "org":
                continue
            for m in cluster.mentions:
                short = []
                if (len(m.words) == 2 and m.words[1] in ORG_HEADS) or (
                    len(m.words) > 2
                    and m.words[-1] in ORG_HEADS
                    and (coined(m.words) or registered(m.words))
                    and not self.people.namesakes(m.words[0])
                ):
                    short.append(m.words[0])
                    firsts.add(m.words[0])
                if len(m.words) > 1 and m.words[-1] in ORG_HEADS:
                    short.append(m.words[-1])
                for word in short:
                    if key not in heads.get(word, []):
                        heads.setdefault(word, []).append(key)
        for key in sorted(self.clusters):
            targets = heads.get(key[1], [])
            if key[0] != "name" or len(targets) != 1:
                continue
            ms = self.clusters[key].mentions
            # ("in Tulsa" is the city, not the "Tulsa Police Department".)
            if any(self.near.is_locative(m.start) for m in ms):
                continue
            if key[1] in firsts and any(self._the_alone(m) for m in ms):
                continue
            self.merge(key, targets[0])

    def _the_alone(self, m: RawMention) -> bool:
        """ "the Bronx": after "the", and no lower-case noun after it."""
        return self.near.previous_word(m.start) == "the" and not _NOUN_AFTER.match(self.text, m.end)

    def merge(self, key: tuple[str, str], target: tuple[str, str]) -> None:
        cluster, into = self.clusters.pop(key), self.clusters[target]
        self.people.drop(key)
        into.mentions.extend(cluster.mentions)
        into.vocabulary |= cluster.vocabulary
        into.full_starts = sorted(into.full_starts + cluster.full_starts)
        into.titles.extend(cluster.titles)
        into.roles.extend(cluster.roles)
        into.described += cluster.described
        into.typed = into.typed or cluster.typed
        into.person_cue = into.person_cue or cluster.person_cue
        into.speaks = into.speaks or cluster.speaks
        into.member_cue = into.member_cue or cluster.member_cue
        into.given = into.given or cluster.given

    def merge_acronyms(self) -> None:
        """ "NATO" joins "North Atlantic Treaty Organization" when both occur."""
        acronyms = [
            key
            for key in sorted(self.clusters)
            if key[0] in ("org", "name") and ACRONYM.match(key[1])
        ]
        if not acronyms:
            return
        long_forms = {
            initials(m.words): key
            for key, c in self.clusters.items()
            if key[0] in ("org", "name") and c.kind != "person"
            for m in c.mentions
            if len(m.words) > 1
        }
        for key in acronyms:
            target = long_forms.get(acronym_letters(key[1]))
            if target is not None and target != key and target in self.clusters:
                self.merge(key, target)

    def decide_types(self) -> None:
        """Type each untyped cluster from its context; drop those that are no actor."""
        for key in sorted(self.clusters):
            cluster = self.clusters[key]
            # "New York", named in a dateline; but not a name the body uses as a body's, the
            # city's club: "BARCELONA 1996-07-05 Barcelona have signed".
            if (
                key[0] == "name"
                and ("place", key[1]) in self.clusters
                and not member_cued(cluster, near=self.near)
            ):
                self.merge(key, ("place", key[1]))
                continue
            if key[0] == "org" and armed_group(cluster, near=self.near):
                cluster.kind = "group"  # "the Wagner Group's mercenaries", "guerrillas of X"
            if key[0] in ("person", "name") and all(m.headline for m in cluster.mentions):
                del self.clusters[key]  # named only in a headline: its capitals prove nothing
                self.people.drop(key)
                continue
            # (Only a name ending in "s" may be a plural: "the Social Democrats".)
            if cluster.kind == "person":
                plural = key[1][-1] == "s" and plural_body(cluster, near=self.near)
                if plural and land_plural(key[1].rsplit(None, 1)[-1]):
                    cluster.kind = "place"  # "the Coal Fields", "the Black Hills"
                elif plural or used_as_body(cluster, near=self.near):
                    cluster.kind = "organisation"
                elif (
                    not cluster.person_cue
                    and not cluster.given
                    and group_cued(cluster, near=self.near)
                ):
                    cluster.kind = "group"  # "the Tamil Tiger rebels": no person's name
            if cluster.typed:
                continue
            kind = evidence_type(cluster, near=self.near, lowercase=self.lowercase)
            if kind is None:
                del self.clusters[key]
                self.people.drop(key)
            else:
                cluster.kind = kind
        share_list_types(self.clusters.values(), text=self.text)
