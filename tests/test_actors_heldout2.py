"""Actors in CoNLL-2003 test-style wire copy, second round: kinds of misses read on the conll2
hand set and the older ones, each mechanism with invented sentences (none from CoNLL-2003 or
the hand sets), and near misses that must not change."""

from __future__ import annotations

import pytest

from tests.test_actors_heldout import forms_of
from tests.test_actors_markets import type_of


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A body whose members are fighters is an armed group: "guerrillas of the X", also
        # after its leader's possessive.
        (
            "Police said 40 guerrillas of the Kelmont Liberation Front had surrendered .",
            "Kelmont Liberation Front",
            "group",
        ),
        (
            "About 300 fighters of Jon Brenta 's Orvale Patriotic Front had disarmed .",
            "Orvale Patriotic Front",
            "group",
        ),
        (
            "Police said rebels of the Orvale Freedom Army ( OFA ) attacked a post .",
            "OFA",
            "group",
        ),
        # Near misses: a faction or supporters of a party are part of it or its voters; the
        # fighters named apart from the body.
        (
            "A faction of the Kelmont Democratic Party walked out .",
            "Kelmont Democratic Party",
            "organisation",
        ),
        (
            "Supporters of the Kelmont Democratic Party marched .",
            "Kelmont Democratic Party",
            "organisation",
        ),
        (
            "The fighters said the Kelmont Democratic Party had betrayed them .",
            "Kelmont Democratic Party",
            "organisation",
        ),
        # What a player scores "for" a name, in any sport, makes it his team.
        ("Jon Brenta had a hat-trick for Kelmont on Friday .", "Kelmont", "organisation"),
        ("Jon Brenta scored 31 points for Orvale on Friday .", "Orvale", "organisation"),
        ("Jon Brenta scored two tries for Orvale on Friday .", "Orvale", "organisation"),
        ("Jon Brenta took five wickets for Kelmont on Friday .", "Kelmont", "organisation"),
        # Near misses: a national side stays its country; points scored in a town.
        ("Jon Brenta scored two tries for Wales on Friday .", "Wales", "country"),
        ("Jon Brenta scored 31 points in Kelmont on Friday .", "Kelmont", "place"),
        # A surname may open with an elided particle ("O'", "D'"): still a name's letters.
        ("Tarvish O'Kelmont scored twice on Friday .", "Tarvish O'Kelmont", "person"),
        (
            "Results :\n1. Marzio D'Orvale ( Italy ) 20:11\n2. Tarvish Brenta ( Spain ) 20:19\n",
            "Marzio D'Orvale",
            "person",
        ),
        # Near misses: an apostrophe before a lowercase letter; a contest's name.
        ("Fans sang Tarvish Rock'n on Friday .", "Tarvish Rock'n", "other"),
        ("Brenta won the O'Kelmont Cup on Friday .", "O'Kelmont Cup", "other"),
        # A capital is the city when a bearing is taken from it or a locative or a visit
        # governs it in a list of places.
        ("Troops were 55 km ( 35 miles ) northeast of Moscow .", "Moscow", "place"),
        ("The camp lies south-west of Nairobi , police said .", "Nairobi", "place"),
        ("Prices fell in Kelmont and Tokyo on Friday .", "Tokyo", "place"),
        ("He visited Orvale , Kelmont and Berlin last week .", "Berlin", "place"),
        # Near misses: a capital that acts, or joined to another by "between", is its state.
        ("Talks between Washington and Moscow resumed .", "Moscow", "country"),
        ("In Kelmont and Orvale , Moscow said it would act .", "Moscow", "country"),
        ("The envoy of Moscow flew north on Friday .", "Moscow", "country"),
        # Where shares trade is an exchange: "listed on X", a fraction's price "on X".
        ("Orvex shares fell 1/4 to 30-3/8 on Kelmont on Friday .", "Kelmont", "organisation"),
        ("Orvex , which is listed on Kelmont , rose .", "Kelmont", "organisation"),
        # Near miss: "on" after anything else.
        ("Jon Brenta said they agreed on Kelmont as the venue .", "Kelmont", "other"),
        # A name after "the" that names an index or an average is a market's measure, no
        # person ("the Dow Jones industrial average").
        ("The Kelmont Orvale industrial average rose 22 points .", "Kelmont Orvale", "other"),
        ("Traders watched the Kelmont Orvale index on Friday .", "Kelmont Orvale", "other"),
        # Near misses: a name that modifies another noun; a person's own average.
        ("She sang the Kelmont Orvale song on Friday .", "Kelmont Orvale", "person"),
        (
            "Kelmont Orvale , whose batting average rose , said so .",
            "Kelmont Orvale",
            "person",
        ),
    ],
)
def test_heldout2_kinds_types(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "form", "forms"),
    [
        # A plural that takes "'s" names a class of people inside a body's name, the "'s"
        # glued or spaced as in wire copy.
        (
            "Jon Brenta of the Kelmont People 's Party said he would stand .",
            "Kelmont People 's Party",
            ["Kelmont People 's Party"],
        ),
        (
            "The Orvale People's Party said it would boycott the poll .",
            "Orvale People's Party",
            ["Orvale People's Party"],
        ),
        (
            "She chaired the Women 's Institute in May .",
            "Women 's Institute",
            ["Women 's Institute"],
        ),
        # Near misses: any other owner is a name apart ("Kelmont 's Labour Party"); a
        # plural owner before a name with no body's head.
        ("Kelmont 's Labour Party met on Friday .", "Labour Party", ["Labour Party"]),
        ("Orvale's Labour Party met on Friday .", "Labour Party", ["Labour Party"]),
        ("She read the People 's Daily on Friday .", "People 's Daily", None),
        # A word of English opening the sentence before a given name and a surname describes
        # the person; it is no part of the name.
        (
            "The firm failed . Administrator John Brenta said jobs would go .",
            "John Brenta",
            ["John Brenta"],
        ),
        ("It rained . Schoolboy Peter Orvale scored .", "Peter Orvale", ["Peter Orvale"]),
        # Near misses: a given name opening the name; one name after the word; a word no
        # English dictionary holds.
        ("It rained . Mark Peter Brenta said so .", "Mark Peter Brenta", ["Mark Peter Brenta"]),
        ("It rained . Grace Brenta said so .", "Grace Brenta", ["Grace Brenta"]),
        (
            "It rained . Kelmont John Brenta said so .",
            "Kelmont John Brenta",
            ["Kelmont John Brenta"],
        ),
    ],
)
def test_heldout2_name_forms(text: str, form: str, forms: list[str] | None) -> None:
    assert forms_of(text, form) == forms
