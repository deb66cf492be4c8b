"""Actors in CoNLL-2003 test-style wire copy: the kinds of misses read on the conll hand set
and the older ones, each mechanism with invented sentences (none from CoNLL-2003 or the hand
sets), and near misses that must not change."""

from __future__ import annotations

import pytest

from summariser.actors import find_actors
from tests.test_actors_markets import type_of


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A team's list of players names people, whatever their surnames look like; the
        # first after the colon too, and a club's name may open the list.
        ("Squad : Orvaldi , Brenta , Castellan , Murano .", "Orvaldi", "person"),
        ("Squad : Orvaldi , Brenta , Castellan , Murano .", "Castellan", "person"),
        ("Kelmont squad : Orvaldi , Brenta , Di Murano .", "Brenta", "person"),
        ("Kelmont squad : Orvaldi , Brenta , Di Murano .", "Di Murano", "person"),
        ("Team : 15 - Tarvish ( Kelmont ) , 14 - Orvaldi ( Brenta ) .", "Tarvish", "person"),
        # ... and the names in brackets after its players are their clubs.
        ("Team : 15 - Tarvish ( Kelmont ) , 14 - Orvaldi ( Brenta ) .", "Kelmont", "organisation"),
        (
            "Team : Jon Tarvish ( Kelmont ) , Tom van Orvaldi ( Brenta ) .",
            "Brenta",
            "organisation",
        ),
        ("Line-up : Orvaldi , Brenta , Castellan .", "Brenta", "person"),
        # Near misses: a team's line that is no list of names, one name alone, a list of
        # places with no squad noun, a country in brackets.
        ("Team : the side will be named on Friday , Tarvish said .", "Tarvish", "organisation"),
        ("Venues : Orvaldi , Brenta , Castellan .", "Brenta", "other"),
        ("Squad : Andrea Orvaldi ( Italy ) , Luca Brenta ( Croatia ) .", "Italy", "country"),
        ("The squad flew to Castellan , Brenta and Murano .", "Castellan", "place"),
        # A result line's scores may run to three figures (basketball's): its names are
        # still the two sides.
        ("Results on Thursday :\nKelmont 108 Orvale 101\n", "Orvale", "organisation"),
        ("Results on Thursday :\nHouston 108 Orvale 101\n", "Houston", "organisation"),
        ("Results on Thursday :\nKelmont 99 Orvale 87\n", "Orvale", "organisation"),
        # Near misses: four figures are a year or a price, not a score; one name and a
        # number is no result.
        ("Prices :\nKelmont 1996 Orvale 2001\n", "Orvale", "other"),
        ("He flew to Houston 108 times .", "Houston", "place"),
        # A capital after a kind of place and "of" is the city, as any name there is.
        ("He lives in a suburb of Moscow , officials said .", "Moscow", "place"),
        ("They met on the outskirts of a village of Brenta .", "Brenta", "place"),
        # Near misses: a capital a post or a spokesman serves stands for its government.
        ("The envoy of Moscow denied the report .", "Moscow", "country"),
        ("A spokesman for Moscow denied the report .", "Moscow", "country"),
        # "who" takes back a singular name in the plural: the name is of many, a team or a
        # body; wire copy's spaced comma reads as a glued one.
        (
            "Juventus beat Kelmont 2-0 . Kelmont , who had won their last three games , lost .",
            "Kelmont",
            "organisation",
        ),
        ("Kelmont , who are fourth , play Brenta on Sunday .", "Kelmont", "organisation"),
        ("Fans cheered Kelmont, who have won five in a row .", "Kelmont", "organisation"),
        ("Tarvish , who is fourth , lost on Sunday .", "Tarvish", "person"),
        ("Tarvish , who told reporters he was fit , played .", "Tarvish", "person"),
        # Near misses: a singular "who" is a person's; a "who" after "of" is the head noun's.
        (
            "Juventus beat Tarvish 2-0 . Tarvish , who won his last three games , lost .",
            "Tarvish",
            "person",
        ),
        ("He praised the coach of Kelmont , who are fourth .", "Kelmont", "other"),
        # Where a match was played "at the" name is its ground, a place.
        ("Kelmont beat Orvale 3-1 at the Brenta on Sunday .", "Brenta", "place"),
        (
            "The first test between Kenya and Uganda at the Castellan on Friday .",
            "Castellan",
            "place",
        ),
        # Near misses: no match in the sentence; "at" a club's name is the club.
        ("He works at the Brenta on Fridays .", "Brenta", "other"),
        ("The vote at the Brenta was close .", "Brenta", "other"),
        ("Leeds lost 2-1 at Brenta on Sunday .", "Brenta", "organisation"),
        # A capital whose market is told of is the city: a city trades, a state does not.
        ("Tokyo stocks ended lower on Friday .", "Tokyo", "place"),
        ("Prices eased in a quiet London market .", "London", "place"),
        ("Tokyo 's Nikkei average rose 1 percent on Monday .", "Tokyo", "place"),
        ("London 's FTSE 100 index gained 12 points .", "London", "place"),
        # Near misses: what a government decides or says is the state's.
        ("Moscow 's decision angered the rebels .", "Moscow", "country"),
        ("Moscow said market reforms would go on .", "Moscow", "country"),
        # A capitalised compass word before a capital names a part of the city.
        ("He grew up in South London .", "London", "place"),
        ("The club 's North London home was sold .", "London", "place"),
        # Near miss: the capital alone, acting, stands for its government.
        ("London said it would retaliate .", "London", "country"),
    ],
)
def test_heldout_kinds_types(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind


def forms_of(text: str, form: str) -> list[str] | None:
    """The mention texts of the actor one of whose mentions reads ``form``, in text order."""
    for actor in find_actors(text, max_actors=100):
        if any(m.text == form for m in actor.mentions):
            return [m.text for m in actor.mentions]
    return None


@pytest.mark.parametrize(
    ("text", "form", "forms"),
    [
        # A shouted headline names a body of its text by the body's initials, the particles
        # left out or kept.
        (
            "KBA RESULTS .\nResults of Kelmont Basketball Association games on Thursday :",
            "KBA",
            ["KBA", "Kelmont Basketball Association"],
        ),
        (
            "KBOT WHEAT ENDS FIRMER .\nKelmont Board of Trade wheat futures ended firmer .",
            "KBOT",
            ["KBOT", "Kelmont Board of Trade"],
        ),
        (
            "ACF MEETS .\nThe Association of Chess Federations met on Thursday .",
            "ACF",
            ["ACF", "Association of Chess Federations"],
        ),
        # Near misses: initials no body of the text has; initials that spell a word.
        ("KBA RESULTS .\nResults of games on Thursday .", "KBA", None),
        ("ACE MEETS .\nThe Association of Chess Enthusiasts met on Thursday .", "ACE", None),
    ],
)
def test_headline_initials_name_a_body(text: str, form: str, forms: list[str] | None) -> None:
    assert forms_of(text, form) == forms
