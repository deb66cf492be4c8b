"""Actors in CoNLL-2003 test-style wire copy, third round: kinds of misses read on the conll3
hand set that recur in an older one, each mechanism with invented sentences (none from
CoNLL-2003 or the hand sets), and near misses that must not change."""

from __future__ import annotations

import pytest

from tests.test_actors_heldout import forms_of
from tests.test_actors_markets import type_of

_RESULTS = (
    "Results on Thursday ( home team in capitals ) :\nDENVER 102 Orvale 94\nKelmont 97 BOSTON 91\n"
)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A side shouted on a result line is the same team when the prose names it again.
        (
            _RESULTS + "Jon Brenta scored 31 as Denver won their ninth game .\n",
            "Denver",
            "organisation",
        ),
        (_RESULTS + "Jon Brenta had Boston 's only basket .\n", "Boston", "organisation"),
        # Near misses: a place's word governs the name (the city); a city no line shouts.
        (_RESULTS + "Jon Brenta was born in Denver .\n", "Denver", "place"),
        (_RESULTS + "Jon Brenta visited Boston on Friday .\n", "Boston", "place"),
        (_RESULTS + "Jon Brenta scored 31 as Chicago won their ninth game .\n", "Chicago", "place"),
        # A capital on a result line is a team's name; a country's name after a ranked
        # rider's country is their team, the rider's name with particles or not.
        ("Results :\nKELMONT 5 Ottawa 2\nOrvale 4 BRENTA 1\n", "Ottawa", "organisation"),
        (
            "Leading times :\n1. Piet van der Kelm ( Spain ) Jordan 1:22.411\n"
            "2. Jon Brenta ( Italy ) Orvale 1:22.530\n",
            "Jordan",
            "organisation",
        ),
        # Near misses: national sides are their countries; the capital in prose; the
        # country in the brackets.
        ("Results :\nItaly 2 England 1\nSpain 0 Wales 0\n", "Italy", "country"),
        ("Results :\nKELMONT 5 Orvale 2\nHe flew to Ottawa on Friday .\n", "Ottawa", "place"),
        (
            "Leading times :\n1. Piet van der Kelm ( Jordan ) Orvale 1:22.411\n",
            "Jordan",
            "country",
        ),
        # A club named only as where a match was played is its ground, a place ("at" alone
        # before a name a ground's or a club's word ends).
        (
            "It was the first test between Brenta and Orvale at Kelmont Sports Club on Friday .",
            "Kelmont Sports Club",
            "place",
        ),
        ("He won the final at the Orvale Country Club .", "Orvale Country Club", "place"),
        # Near misses: a club joined; a side named for its town that a result was played at.
        ("Jon Brenta joined Kelmont Sports Club in May .", "Kelmont Sports Club", "organisation"),
        ("Brenta lost 2-1 at Orvale City on Friday .", "Orvale City", "organisation"),
        # A known phrase wrapped across a line of its word table is still known.
        ("Jon Brenta lives in Sub-Saharan Africa .", "Sub-Saharan Africa", "place"),
        ("Talks in Central Asia ended on Friday .", "Central Asia", "place"),
        # A name gone towards is a place.
        ("Soldiers had fled towards Kelmont on Friday .", "Kelmont", "place"),
        ("The column was heading toward Orvale .", "Orvale", "place"),
        # Near misses: a thing gone towards in a figure; a bare "moved to" (a club as often).
        ("She began her march toward Kelmont Day .", "Kelmont Day", "other"),
        ("He moved to Kelmont on Friday .", "Kelmont", "other"),
        # A title's word after a given name is a surname, and alone it is the same surname
        # again, or a player's in a scorecard's row.
        ("Peter Judge took four wickets on Friday .", "Peter Judge", "person"),
        (
            "Bowling : Kelmont 30-9-73-3 , Judge 26-3-98-1 , Orvale 17-2-49-0\n",
            "Judge",
            "person",
        ),
        # Near misses: the title before a name or after a determiner.
        ("The Judge said so on Friday .", "Judge", None),
        ("Judge Orvale Brenta said so on Friday .", "Judge", None),
        # A body's name of words of English, "of" and capitalised words is an organisation's;
        # ended by a thing's head, a thing's ("Freedom of Information Act").
        (
            "A survey by the Confederation of Kelmont Industry found orders weaker .",
            "Confederation of Kelmont Industry",
            "organisation",
        ),
        (
            "He cited the Freedom of Kelmont Information Act .",
            "Freedom of Kelmont Information Act",
            "other",
        ),
        # A name holding an English noun of an act or a state names no person (what it is,
        # the context may say).
        ("A Customs Enforcement spokesman said so .", "Customs Enforcement", "other"),
        (
            "He won the Outstanding Breakthrough Performance award .",
            "Outstanding Breakthrough Performance",
            "other",
        ),
        # Near misses: a given name opens it; the stem is short ("Ness"); no such ending.
        ("Clement Brenta said so on Friday .", "Clement Brenta", "person"),
        ("Tarvish Ness said so on Friday .", "Tarvish Ness", "person"),
        ("Tarvish Kelmont said so on Friday .", "Tarvish Kelmont", "person"),
    ],
)
def test_heldout3_kinds_types(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "form", "forms"),
    [
        (
            _RESULTS + "Jon Brenta scored 31 as Denver won their ninth game .\n",
            "Denver",
            ["DENVER", "Denver"],
        ),
        (_RESULTS + "Jon Brenta was born in Denver .\n", "Denver", ["Denver"]),
        # Words of English, "of" and two capitalised words or more, none a given name and not
        # one place, are one body's name ("Confederation of British Industry").
        (
            "A survey by the Confederation of Kelmont Industry found orders weaker .",
            "Confederation of Kelmont Industry",
            ["Confederation of Kelmont Industry"],
        ),
        (
            "Police said the Freedom Eagles of West Kelmont attacked .",
            "Freedom Eagles of West Kelmont",
            ["Freedom Eagles of West Kelmont"],
        ),
        (
            "The Economic Community of West Kelmont States met .",
            "Economic Community of West Kelmont States",
            ["Economic Community of West Kelmont States"],
        ),
        # A state's body named after the state, its head before "of" or "Federal" opening it
        # (the federation's own): the state is named apart.
        (
            "Orvex asked the U.S. Department of Kelmont to act .",
            "Department of Kelmont",
            ["Department of Kelmont"],
        ),
        (
            "The U.S. Federal Kelmont Commission approved the deal .",
            "Federal Kelmont Commission",
            ["Federal Kelmont Commission"],
        ),
        # A surname's particle opening a sentence is capitalised; the name is the one the text
        # writes with it in lower case, the same person.
        (
            "Piet van der Kelm won on Sunday .\nVan der Kelm attacked late .",
            "Piet van der Kelm",
            ["Piet van der Kelm", "Van der Kelm"],
        ),
        (
            "Karel van Orvale said so . Van Orvale added that rivals agreed .",
            "Karel van Orvale",
            ["Karel van Orvale", "Van Orvale"],
        ),
        (
            "Marco de Kelmo was named . De Kelmo said he was glad .",
            "Marco de Kelmo",
            ["Marco de Kelmo", "De Kelmo"],
        ),
        # Near misses: the particle capitalised in the full name too; the word of English.
        (
            "Tarvish Van Kelm won . Van Kelm said so .",
            "Tarvish Van Kelm",
            ["Tarvish Van Kelm", "Van Kelm"],
        ),
        ("The van was late . Van drivers struck on Friday .", "Van", None),
        (
            "Promoter Peter Judge said the bout was set .\nJudge said it was sold out .",
            "Peter Judge",
            ["Peter Judge", "Judge"],
        ),
        # Near misses: another body's head ends the name (one name, as dev's gold keeps it).
        (
            "The U.S. Kelmont Bureau said so .",
            "U.S. Kelmont Bureau",
            ["U.S. Kelmont Bureau"],
        ),
        (
            "The U.S. Kelmont Commission said so .",
            "U.S. Kelmont Commission",
            ["U.S. Kelmont Commission"],
        ),
        # Near misses: one place after "of" (where the body is); a person's name after it (its
        # leader, also two words that may be a person's); an article after it (a thing's name
        # of common words); one word opening the sentence (a common noun's capital); no word
        # of English before it (a person).
        ("A strike at Golden Lion of South Africa ended .", "Golden Lion", ["Golden Lion"]),
        ("The Liberation Front of Jon Brenta met .", "Jon Brenta", ["Jon Brenta"]),
        ("The Freedom Eagles of Kelmont Orvale met .", "Kelmont Orvale", ["Kelmont Orvale"]),
        ("They laid a wreath at the Tomb of the Unknown Soldier .", "Tomb", ["Tomb"]),
        ("Supporters of Kelmont Orvale marched .", "Kelmont Orvale", ["Kelmont Orvale"]),
        ("Jon Brenta of Kelmont Orvale said so .", "Jon Brenta", ["Jon Brenta"]),
    ],
)
def test_heldout3_name_forms(text: str, form: str, forms: list[str] | None) -> None:
    assert forms_of(text, form) == forms
