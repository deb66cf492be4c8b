"""Capitalised common nouns, headline capitals, party plurals, short forms and speakers:
invented wire-style and prose sentences (none from CoNLL-2003 or the dev texts), one row per
behaviour, with near misses that must not change."""

from __future__ import annotations

import pytest

from summariser.actors import find_actors
from tests.test_actor_typing import type_of


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A discipline after the words that take a subject is a common noun, capitalised.
        ("She is a professor of Medicine at Harwell University.", "Medicine", None),
        ("He shared the Nobel Prize in Medicine in 1995.", "Medicine", None),
        ("He studied Law and Economics at Kelmont College.", "Economics", None),
        ("She holds a degree in Physics from Kelmont.", "Physics", None),
        # Near misses: no word of English, or no word that takes a subject before it.
        ("She is a professor of Ortiz studies.", "Ortiz", "other"),
        ("He won a prize in Kelmont last year.", "Kelmont", "place"),
        ("Officials in Texas said he was safe.", "Texas", "place"),
        # A bare unknown word that announces, states, confirms or warns speaks, as a company
        # does ("Newmont said"); a given name or a person's pronoun still says a person.
        ("Orvex announced a new chief executive on Monday.", "Orvex", "organisation"),
        ("Orvex confirmed the sale of its plant.", "Orvex", "organisation"),
        ("Melanie announced a new album.", "Melanie", "person"),
        ("Kelbrook announced his retirement on Monday.", "Kelbrook", "person"),
        ("Orvex launched a new phone.", "Orvex", "other"),
        # The plural of a word of English after "the" is a party or a movement.
        ("The Social Democrats won 40 percent of the vote.", "Social Democrats", "organisation"),
        ("Support for the Free Democrats fell.", "Free Democrats", "organisation"),
        ("He voted for the Conservatives in May.", "Conservatives", "organisation"),
        ("The Tories lost the vote.", "Tories", "organisation"),
        # Near misses: a person's name takes no "the"; a plural of no English word.
        ("Sally Fields said she was pleased.", "Sally Fields", "person"),
        ("Marlow Rivers met the press.", "Marlow Rivers", "person"),
        ("He met the Williams sisters.", "Williams", "other"),
        # A team named by a plural; near miss: a plural naming a contest is no body.
        ("The Heralds won the cup.", "Heralds", "organisation"),
        ("She qualified at the Trials in June.", "Trials", "other"),
        # The noun of an apposition after a name says what it is.
        ("Kelmont, the Swiss company, said profits rose.", "Kelmont", "organisation"),
        ("Profits rose at Kelmont, the Swiss bank, on Monday.", "Kelmont", "organisation"),
        ("Kelmont, a Swiss lawyer, said profits rose.", "Kelmont", "person"),
        # Near misses: a sentence's first word of English; after "of" the apposition is the
        # head noun's; a noun both are called.
        ("Similarly, the Hungarian foreign minister, Janos Martonyi, spoke.", "Similarly", None),
        ("It was Senator Mitch McConnell of Kentucky, the majority leader.", "Kentucky", "place"),
        ("Kelmont, a rival of the firm, said profits rose.", "Kelmont", None),
        # A plural common noun opening a sentence speaks as people do, and is no actor.
        ("Traders said the central bank would hold rates.", "Traders", None),
        ("Dealers said prices would fall.", "Dealers", None),
        ("Newmont said prices would fall.", "Newmont", "organisation"),
        # "Brothers" and "Sons" after a family name end a firm's name.
        (
            "Analysts at Salomon Brothers said a deal was likely.",
            "Salomon Brothers",
            "organisation",
        ),
        ("He sold the farm to Harwell and Sons in 1990.", "Harwell and Sons", "organisation"),
        # Ministries were already bodies.
        ("The Foreign Ministry said the talks would resume.", "Foreign Ministry", "organisation"),
    ],
)
def test_common_nouns_and_plurals_type(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind


def _forms(text: str) -> dict[str, list[str]]:
    """Each actor's name with the texts of its mentions."""
    return {a.name: [m.text for m in a.mentions] for a in find_actors(text, max_actors=100)}


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # "the Bronx" alone is no short form of the "Bronx Supreme Court" (a coined name is
        # used bare, "Vantor said"); before a noun it still is.
        (
            "He was charged in the Bronx. The Bronx Supreme Court heard the case.",
            "Bronx Supreme Court",
            ["Bronx Supreme Court"],
        ),
        (
            "Vantor Mining Corp cut jobs. Vantor said profits fell.",
            "Vantor Mining Corp",
            ["Vantor Mining Corp", "Vantor"],
        ),
        (
            "The Vantor Mining Corp plant closed. Later the Vantor board met.",
            "Vantor Mining Corp",
            ["Vantor Mining Corp", "Vantor"],
        ),
        # A surname ending in -ing opens a sentence: a name, as the article writes it inside
        # one; an opening participle stays no name.
        (
            "Marlow Tenzing won the race. Tenzing said it was his best day.",
            "Marlow Tenzing",
            ["Marlow Tenzing", "Tenzing"],
        ),
        (
            "Following the talks, Marlow Tenzing left. Speaking later, he said so.",
            "Marlow Tenzing",
            ["Marlow Tenzing"],
        ),
        # A title-case headline's run with a verb is a clause: it keeps only the body's names,
        # a person's by the surname.
        (
            "Obama Says African-American Museum Will Open\n"
            "President Barack Obama said on Monday the museum would open in 2016.",
            "Barack Obama",
            ["Obama", "Barack Obama"],
        ),
        (
            "Harwell University Cuts 300 Jobs\n"
            "Harwell University said on Monday it would cut 300 jobs.",
            "Harwell University",
            ["Harwell University", "Harwell University"],
        ),
    ],
)
def test_mentions_join_the_right_actor(text: str, name: str, mentions: list[str]) -> None:
    assert _forms(text).get(name) == mentions


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        (
            "Obama Says African-American Museum Will Open\nPresident Barack Obama said so.",
            "Obama Says African-American Museum",
            False,
        ),
        # Near miss: a body's name before the headline's verb is still the body's.
        ("Kelmont Bank Will Raise Rates\nThe bank said so.", "Kelmont Bank", True),
    ],
)
def test_headline_clause_is_no_actor(text: str, name: str, found: bool) -> None:
    assert (name in _forms(text)) is found
