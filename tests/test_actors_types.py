"""Typing a name from the clause after it, and one type per name across the article: invented
wire-style and prose sentences (none from CoNLL-2003 or the dev texts), each behaviour with
near misses that must not change."""

from __future__ import annotations

import pytest

from tests.test_actor_typing import type_of


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # The pronoun of the clause a name reports takes it back: he/she a person's, its a
        # body's (a bare unknown speaker was taken for a company).
        ("Kelbrook said he would appeal the ruling.", "Kelbrook", "person"),
        ("Kelbrook told reporters she would stay.", "Kelbrook", "person"),
        ("Orvex said its profits rose 4 percent.", "Orvex", "organisation"),
        ("Kelbrook announced his retirement on Monday.", "Kelbrook", "person"),
        # A relative "who" after a name is a person's, and keeps a sentence's first word.
        ("Kelbrook, who joined in 1990, spoke first.", "Kelbrook", "person"),
        ("Judges praised Tarvish, who wept.", "Tarvish", "person"),
        # What befalls people only, and a company's own objects.
        ("Tarvish was born in 1950 in a small village.", "Tarvish", "person"),
        ("He met Tarvish, who married his cousin.", "Tarvish", "person"),
        ("Police said Tarvish died on Sunday.", "Tarvish", "person"),
        ("Reuters reported that Fordham would cut prices.", "Fordham", "organisation"),
        ("Earlier Vantor cut 300 jobs at two plants.", "Vantor", "organisation"),
        ("Analysts expect Orvex to raise its dividend.", "Orvex", "other"),
        # A club deals in players and coaches.
        ("Valmora signed defender Kelbrook on Friday.", "Valmora", "organisation"),
        ("Then Valmora sacked their coach.", "Valmora", "organisation"),
        ("Kelbrook signed a new contract.", "Kelbrook", "other"),
        # Near misses: "which" is any thing's (a bill, a town); "who" after a preposition is
        # the head noun's; a plural name's "who" is many people's; a place keeps its kind;
        # a speaker who talks of prices owns none; "it" may be anything.
        ("He backed the Kelbrook Bill, which passed.", "Kelbrook Bill", "other"),
        ("Paramedics, who arrived first, were praised.", "Paramedics", None),
        ("The attorney general of Tarvish, who spoke, left.", "Tarvish", "other"),
        ("Many Europeans, who travel a lot, were asked.", "Europeans", "other"),
        ("Officials in Texas said he was safe.", "Texas", "place"),
        ("Kelbrook said prices would rise.", "Kelbrook", "organisation"),
        ("Kelbrook said it was a mistake.", "Kelbrook", "organisation"),
        ("Ferrari, who are they?", "Ferrari", None),
    ],
)
def test_clause_after_a_name_types_it(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A body's coined first word names it again: one actor, one type.
        ("Kelvane Gold Corp said output rose. Later Kelvane bought a mine.", "Kelvane", None),
        (
            "Kelvane Gold Corp said output rose. Later Kelvane bought a mine.",
            "Kelvane Gold Corp",
            "organisation",
        ),
        ("Orbisko Steel Holdings fell. Analysts like Orbisko now.", "Orbisko", None),
        # Near misses: a place's body ("in Marwick" is the town), two names joined, a word of
        # English, a person's surname.
        ("The Marwick Police Department said a man was held in Marwick.", "Marwick", "place"),
        ("The Handel and Haydn Society played. Later Handel was sung.", "Handel", "other"),
        ("Tom Harlow runs Harlow Steel Holdings. Harlow said so.", "Harlow", None),
    ],
)
def test_a_body_is_named_again_by_its_first_word(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A word of English before a well-known city's name makes a club of the city, and a
        # city listed with bodies (never after a locative) is its club.
        ("Talks between Real Madrid and Barcelona broke down.", "Real Madrid", "organisation"),
        ("Talks between Real Madrid and Barcelona broke down.", "Barcelona", "organisation"),
        ("He left Sporting Lisbon last year.", "Sporting Lisbon", "organisation"),
        ("Fans of Inter Milan and Seville were kept apart.", "Seville", "organisation"),
        # The city's name alone then names the club again; after a locative, the city.
        ("Real Madrid lost. Madrid must now win twice.", "Madrid", None),
        ("Real Madrid lost. Madrid must now win twice.", "Real Madrid", "organisation"),
        ("Real Madrid fans marched in Madrid.", "Madrid", "place"),
        # A word of place before the city's name makes a part of it.
        ("Little Havana lies near the port.", "Little Havana", "place"),
        # Near misses: a given name first; a city after a locative, or listed with places or
        # with no body.
        ("Jack London wrote the novel.", "Jack London", "person"),
        ("They lived in Old Havana for years.", "Old Havana", "place"),
        ("Real Madrid play Atletico in Seville and Barcelona.", "Barcelona", "place"),
        ("Fans of Inter Milan travelled from Seville.", "Seville", "place"),
        ("Lyon and Seville are warm.", "Seville", "place"),
    ],
)
def test_a_city_named_as_a_club(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Two places joined, then a body's head, name one body of both.
        (
            "The England and Wales Cricket Board said so.",
            "England and Wales Cricket Board",
            "organisation",
        ),
        (
            "Kent spoke to the Scotland and Wales Rugby Union.",
            "Scotland and Wales Rugby Union",
            "organisation",
        ),
        # Near misses: no head after the places; the head's words before "and".
        ("Talks between England and Wales ended.", "England", "country"),
        ("He met England and Wales players.", "Wales", "country"),
        ("Barclays and Lloyds Bank merged.", "Barclays and Lloyds Bank", "organisation"),
    ],
)
def test_two_places_joined_before_a_head_name_one_body(
    text: str, name: str, kind: str | None
) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A place's word of origin before a name is no part of it: the place is a place, a
        # body is based somewhere and a person born.
        ("The Chicago-based Orvex will open a plant.", "Chicago", "place"),
        ("The Chicago-based Orvex will open a plant.", "Orvex", "organisation"),
        ("He hired the Windsor-born Haskell last year.", "Haskell", "person"),
        ("Chicago-based Orvex will open a plant.", "Orvex", "organisation"),
        ("The New York-based firm hired Dunmore Tarvish.", "New York", "place"),
        ("A France-based charity helped.", "France", "country"),
        ("Ninoska Perez of the Miami-based Velmor Fund spoke.", "Ninoska Perez", "person"),
        # Near misses: a people's word of origin names no place; a shouted word of the text.
        ("The German-born Tarvish left.", "German", None),
        ("us and them. Us-based groups met.", "Us", None),
    ],
)
def test_a_place_of_origin_before_a_name(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # An eponym after "with" or "from" that owns nothing is its illness, no actor; what
        # only a body has after a possessive makes a body.
        ("He was diagnosed with Alzheimer's in 2010.", "Alzheimer", None),
        ("She suffers from Parkinson's and diabetes.", "Parkinson", None),
        ("Orvex's chairman resigned on Friday.", "Orvex", "organisation"),
        # Near misses: a possession follows; another preposition (a shop).
        ("He spoke with Tarvish's lawyer.", "Tarvish", "other"),
        ("They ate at Delmonte's on Friday.", "Delmonte", "other"),
    ],
)
def test_possessives_of_illnesses_and_bodies(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # "He" or "She" opening the next sentence takes back the name that opened this one.
        ("Kelbrook has denied the charges. He will appear in court.", "Kelbrook", "person"),
        ("Kelbrook won the final 6-2. She said it was easy.", "Kelbrook", "person"),
        # Near misses: another name between; "It" may be anything; a word capitalised only
        # as it opens a sentence stays no name.
        ("Kelbrook met Dunmore on Monday. He said so.", "Kelbrook", "other"),
        ("Orvex has denied the charges. It will appeal.", "Orvex", "other"),
        ("Paramedics arrived. He was taken to hospital.", "Paramedics", None),
        ("tarvish won the cup. He was happy.", "Tarvish", None),
    ],
)
def test_the_next_sentences_pronoun(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A name shaped like a person's, with no given name, is a body when its clauses say so.
        ("Morvan Stanhope said its profits rose.", "Morvan Stanhope", "organisation"),
        ("The New York-based Morvan Stanhope cut 300 jobs.", "Morvan Stanhope", "organisation"),
        # Near misses: a person's pronoun; a given name first.
        ("Morvan Stanhope said he would resign.", "Morvan Stanhope", "person"),
        ("David Stanhope said its profits rose.", "David Stanhope", "person"),
    ],
)
def test_a_person_shaped_body(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind
