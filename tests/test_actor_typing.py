"""Typing actors from the words around them: each cue with sentences written for these tests,
and near misses that must not fire."""

from __future__ import annotations

import pytest

from summariser.actors import find_actors


def type_of(text: str, name: str) -> str | None:
    """The type of the actor ``name`` in ``text``, or None when it is no actor."""
    for actor in find_actors(text, max_actors=100):
        if actor.name == name:
            return actor.type
    return None


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A player's career is told by the clubs he played for.
        ("Kovac played for Hajduk before he retired.", "Hajduk", "organisation"),
        ("The striker is signing for Valmora this summer.", "Valmora", "organisation"),
        ("She had two spells with Ferrovia Tanner.", "Ferrovia Tanner", "organisation"),
        ("Then he joined the Harriers in May.", "Harriers", "organisation"),
        ("He scored 12 goals for Porto last season.", "Porto", "organisation"),
        ("Bueno in action for Derby against Norwich.", "Derby", "organisation"),
        # Near misses: no such phrase, or punctuation between.
        ("He wrote songs for Melanie Austin, who sang them.", "Melanie Austin", "person"),
        ("They played for hours in Wexham on Friday.", "Wexham", "place"),
        ("Porto is a city on the coast.", "Porto", "place"),
    ],
)
def test_team_phrases_type_clubs(text: str, name: str, kind: str) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Names in one list share the kind their typed fellows agree on.
        ("He trained with David Beckham, Luis Figo and Raul.", "Raul", "person"),
        ("Stars such as Zandra, Rihanna and Lady Gaga wear them.", "Zandra", "person"),
        ("Trade between Germany and Wexland grew.", "Wexland", "place"),
        ("He worked for Google, Microsoft and Zentrix.", "Zentrix", "organisation"),
        # Near misses: a bare comma is an apposition; fellows of two kinds say nothing.
        ("The officer with the police in Uppsala, Sweden, said so.", "Uppsala", "place"),
        # (No list: a country after a comma is an address's, which makes a place.)
        ("Officers from Kvarzell, Sweden, came.", "Kvarzell", "place"),
        ("He met Google and Tom Smith and then Zentrix.", "Zentrix", "other"),
        ("He works for Google and Beckham Smith and Zentrix.", "Zentrix", "other"),
        ("Google hired Tom Smith, and Zentrix hired others.", "Zentrix", "other"),
        # (Two capitalised words look like a person's name but prove none: many clubs.)
        ("Fans of Fulham and Orient Marlow travelled.", "Fulham", "other"),
        # (A town's name and a club's head word name a club, and so its fellow.)
        ("Fans of Fulham and Orient Wanderers travelled.", "Fulham", "organisation"),
    ],
)
def test_names_in_one_list_share_a_type(text: str, name: str, kind: str) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # An age or a kin noun before a name, or a person's possession after it.
        ("The nine-year-old Zebedee scored twice on Sunday.", "Zebedee", "person"),
        ("She lives in Leeds with her daughter Wyatt and a dog.", "Wyatt", "person"),
        ("Fluid built up in Quillan's skull for weeks.", "Quillan", "person"),
        ("He played Gaston's sidekick in the film.", "Gaston", "person"),
        ("Quillan's death was preventable, the court heard.", "Quillan", "person"),
        # Near misses: a company's possessions; a kin noun not right before the name.
        ("Quillan's shares fell after Quillan's results.", "Quillan", "organisation"),
        (
            "Orient Wanderers's players wept at Orient Wanderers.",
            "Orient Wanderers",
            "organisation",
        ),
        ("Tom Smith's fans cheered when Tom Smith sang.", "Tom Smith", "person"),
        ("He visited his daughter in Wexham on Friday.", "Wexham", "place"),
        ("A 40-year-old building in Quillan burned.", "Quillan", "place"),
    ],
)
def test_ages_kin_and_possessions_make_people(text: str, name: str, kind: str) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A name that reports, or is told something ending the clause, is a news outlet.
        ("'We ran,' the officer told Newsbeat. Police came later.", "Newsbeat", "organisation"),
        ("He told Racemail: 'I have an invitation.'", "Racemail", "organisation"),
        ("The crash closed the road, Zentrix reports.", "Zentrix", "organisation"),
        ("Fans were angry, the Clarion reported on Monday.", "Clarion", "organisation"),
        # Near misses: told something; a person told is named in full.
        ("He told Quillan that he would resign. Quillan smiled.", "Quillan", "other"),
        ("The officer told Tom Smith: 'Run.'", "Tom Smith", "person"),
    ],
)
def test_outlets_report_and_are_told(text: str, name: str, kind: str) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A kind of place named before the name, or a former residence.
        ("She was raised in the small village Zelenka.", "Zelenka", "place"),
        ("He filed a complaint in the town of Quarrington.", "Quarrington", "place"),
        ("Water was found on the dwarf planet Zoltar.", "Zoltar", "place"),
        ("Weatherhogg, formerly of Guthrie, was found guilty.", "Guthrie", "place"),
        # Near misses: "of" after other nouns; a place noun not right before the name.
        ("He is the head of Zentrix, which makes tiles.", "Zentrix", "other"),
        (
            "The town hired Quarrington to build it. Quarrington said no.",
            "Quarrington",
            "organisation",
        ),
    ],
)
def test_kinds_of_place_before_a_name_make_a_place(text: str, name: str, kind: str) -> None:
    assert type_of(text, name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A plural person noun before a list of names, or a part to play.
        ("The tribe's leaders Zorak and Quillan wore rings.", "Quillan", "person"),
        ("Emma Watson was cast as Zelda in the film.", "Zelda", "person"),
        ("Josh Gad, who voiced Olaf the snowman, returns.", "Olaf", "person"),
        ("The novel's main character Quillan never speaks.", "Quillan", "person"),
        # Near misses: a plural noun that is no person's; "as" without a part to play.
        ("The towns Zelenka and Quarrington flooded.", "Zelenka", "place"),
        ("They face rivals Zentrix and Quarrington on Sunday.", "Zentrix", "other"),
        ("He was known as Quillan to his fans. Quillan's shares fell.", "Quillan", "organisation"),
    ],
)
def test_plural_person_nouns_and_parts_make_people(text: str, name: str, kind: str) -> None:
    assert type_of(text, name) == kind
