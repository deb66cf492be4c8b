"""Lands, peoples, companies' forms, events and teams named by their city: invented
wire-style and prose sentences (none from CoNLL-2003 or the dev texts), one row per behaviour,
with near misses that must not change."""

from __future__ import annotations

import pytest

from tests.test_actor_typing import type_of


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # The plural of a word for a stretch of land after "the" names a region, not a body.
        ("Rain is expected across the Midlands on Tuesday.", "Midlands", "place"),
        ("Snow fell in the Highlands overnight.", "Highlands", "place"),
        ("Miners from the Coal Fields marched on Sunday.", "Coal Fields", "place"),
        ("He farmed in the Lowlands for ten years.", "Lowlands", "place"),
        ("Fires spread through the Black Hills on Monday.", "Black Hills", "place"),
        # Near misses: a party's or a team's plural, a person's name, the people of a land.
        ("The Conservatives won the election.", "Conservatives", "organisation"),
        ("The Social Democrats won 40 percent of the vote.", "Social Democrats", "organisation"),
        ("Sally Fields said she was pleased.", "Sally Fields", "person"),
        ("Marlow Hills said she was pleased.", "Marlow Hills", "person"),
        ("The Highlanders won the cup on Saturday.", "Highlanders", "other"),
        # A people is no actor: a plural of the country's adjective is dropped as "Germans"
        # are; a noun of nationality is no body or person, "other" (CoNLL's MISC).
        ("Officials said Iraqis voted on Sunday.", "Iraqis", None),
        ("Israelis voted on Tuesday, officials said.", "Israelis", None),
        ("The Swedes won the relay on Sunday.", "Swedes", "other"),
        ("Support among the Britons fell.", "Britons", "other"),
        ("Two Britons were arrested in Corfu.", "Britons", "other"),
        ("Kelbrook, a Briton, won the race.", "Briton", "other"),
        # Near misses: the country and its people's adjective still type as before.
        ("Iraq said on Monday it would reopen the border.", "Iraq", "country"),
        ("Britain's Kelbrook Smith won the race.", "Kelbrook Smith", "person"),
        # A company's legal form ends its name, whatever its case: "Co", "plc".
        ("Gladwyn Co said on Tuesday that sales fell.", "Gladwyn Co", "organisation"),
        ("The union signed a deal with Ford Motor Co on Monday.", "Ford Motor Co", "organisation"),
        ("Shares in Marlow plc fell 3 percent.", "Marlow", "organisation"),
        ("He said Marlow plc reported a loss.", "Marlow", "organisation"),
        ("Marlow plc reported a loss on Monday.", "Marlow", "organisation"),
        ("Analysts said Tessel Inc. would cut jobs.", "Tessel Inc.", "organisation"),
        # Near misses: an Irish county's "Co" leads a place's name; a person's "Inc" is none.
        ("He was born in Co Durham in 1950.", "Co Durham", "place"),
        ("Marlow Smith said he would stay.", "Marlow Smith", "person"),
        # Carmakers name themselves so; a bank compounds its name.
        ("Kelmont Motor said on Monday that sales rose.", "Kelmont Motor", "organisation"),
        ("The Bundesbank would hold rates, dealers said.", "Bundesbank", "organisation"),
        ("Shares in Orvenbank fell 3 percent.", "Orvenbank", "organisation"),
        # Near misses: a bank of a river, a person named Motor's neighbour.
        ("They camped on the Riverbank Estate.", "Riverbank Estate", "other"),
        # A company's registered name's first word names it again, a word of English too.
        ("Ford Motor Co said sales fell. Ford said it would cut jobs.", "Ford", None),
        (
            "Ford Motor Co said sales fell. Ford said it would cut jobs.",
            "Ford Motor Co",
            "organisation",
        ),
        # Near miss: a person of that surname keeps it.
        (
            "Henry Ford met Kelbrook. Ford Motor Co said sales fell. Ford said so.",
            "Henry Ford",
            "person",
        ),
        # A stock's ticker after a name, and what is owned of it, make it a company.
        ("Analysts raised their view of Orvex ( ORVX.O ) on Monday.", "Orvex", "organisation"),
        ("Analysts raised their view of Orvex <ORVX.O> on Monday.", "Orvex", "organisation"),
        ("Analysts raised their view of Orvex (NYSE: ORV) on Monday.", "Orvex", "organisation"),
        ("He said shares of Orvex rose 5 percent.", "Orvex", "organisation"),
        # Near misses: a party's letter, a country in brackets, a person's shares of praise.
        ("Senator Kelbrook ( R ) said he would vote no.", "Kelbrook", "person"),
        ("1. Jacques Villeneuve ( Canada ) Williams 1:47:20", "Jacques Villeneuve", "person"),
        ("He said Orvex rose 5 percent.", "Orvex", "other"),
        # A military operation is an event, no person.
        ("Operation Desert Storm began in January 1991.", "Operation Desert Storm", "other"),
        ("He said Operation Tamar had ended.", "Operation Tamar", "other"),
        # Near miss: an "Operations" head's title before a person's name.
        ("Operations director Kelbrook Smith said he would resign.", "Kelbrook Smith", "person"),
        # A contest is hosted as a team is not: an event, no body.
        ("Brazil will host the World Cup in 2014.", "World Cup", "other"),
        ("Qatar hosted the Kelmont Open in March.", "Kelmont Open", "other"),
        # Near misses: a club hosted is a team; a contest played in was already an event.
        ("Arsenal will host Orvale on Saturday.", "Orvale", "organisation"),
        ("He played in the World Cup final.", "World Cup", "other"),
        # "The" or a possessive before a name makes it a thing's (a product, a work, a
        # landmark): a person's name takes none.
        ("He sold his Ford Mustang last year.", "Ford Mustang", "other"),
        ("Sales of the Toyota Corolla rose in May.", "Toyota Corolla", "other"),
        (
            "Images from the Hubble Space Telescope were released.",
            "Hubble Space Telescope",
            "other",
        ),
        # Near misses: a name that modifies a noun, "a" before a name as a kind, a plural.
        ("He played the Bob Dylan song twice.", "Bob Dylan", "person"),
        ("He would not have done that to a Mitt Romney.", "Mitt Romney", "person"),
        ("The Rolling Stones played in Orvale.", "Rolling Stones", "organisation"),
        ("The Kelbrook Smith case was closed.", "Kelbrook Smith", "person"),
        # A contest named by its place is one event, not the place and a word.
        ("She ran the London Marathon in April.", "London Marathon", "other"),
        ("He won the Australian Open in January.", "Australian Open", "other"),
        ("He won the Monaco Grand Prix in May.", "Monaco Grand Prix", "other"),
        ("He won the Tour de France three times.", "Tour de France", "other"),
        ("He won the Tour of Britain in 2010.", "Tour of Britain", "other"),
        # Near misses: the place alone, a club, a firm named "Games".
        ("She ran in London in May.", "London", "place"),
        ("He played for Derby County last year.", "Derby County", "organisation"),
        # A capital someone goes to is the city, not its government.
        ("She moved to London in May.", "London", "place"),
        ("He flew to Paris on Monday for talks.", "Paris", "place"),
        ("The envoy returned to Moscow on Tuesday.", "Moscow", "place"),
        # Near misses: the capital for its state.
        ("Moscow said it would retaliate.", "Russia", "country"),
        ("He said talks with Moscow would go on.", "Russia", "country"),
        ("He wrote to Moscow to protest.", "Russia", "country"),
        # ", where" speaks of a place, as ", who" of a person; a country or a state after a
        # comma is an address; a home one goes to is a place.
        ("She grew up near Chernovar, where her father worked.", "Chernovar", "place"),
        ("An officer from Torvik, Sweden, told the paper.", "Torvik", "place"),
        ("The shop in Dalesby, Ohio, closed.", "Dalesby", "place"),
        ("He was returning home to Walbury on Sunday.", "Walbury", "place"),
        # Near misses: a possessive country is an apposition's; "who"; a club returned to.
        ("Kelbrook, Sweden's best player, said so.", "Kelbrook", "person"),
        ("Kelbrook, who was born in 1950, spoke.", "Kelbrook", "person"),
        ("He returned to Orvale last year.", "Orvale", "other"),
        ("The city is home to Orvex, a firm.", "Orvex", "organisation"),
        # A club is managed and featured for; a body employs.
        ("He currently manages Valmora in the second division.", "Valmora", "organisation"),
        ("He featured for Valmora before moving into coaching.", "Valmora", "organisation"),
        ("But his Orvex employers vetoed the move.", "Orvex", "organisation"),
        # Near misses: a place one features in; a person's employees are a body's members too.
        ("He featured in Valmora last year.", "Valmora", "place"),
        ("He met Kelbrook Smith and his employers.", "Kelbrook Smith", "person"),
        # An acronym one is in is a place's.
        ("The chase ended in DKC on Monday.", "DKC", "place"),
        ("They flew back into D.K. after the talks.", "D.K.", "place"),
        # Near misses: a workplace, a stake owned, a grid's place, once a body's.
        ("He studied at MKT for four years.", "MKT", "organisation"),
        ("He bought a stake in BKP last year.", "BKP", "organisation"),
        ("He started in P6 on Sunday.", "P6", "organisation"),
        ("DKC said on Monday it would sue. He stayed in DKC.", "DKC", "organisation"),
        # A city that wins, loses or draws by a score is its team.
        ("Leeds beat Chelsea 2-0 on Saturday.", "Leeds", "organisation"),
        ("Leeds beat Chelsea 2-0 on Saturday.", "Chelsea", "organisation"),
        ("On Saturday, Chelsea lost 2-1 to Leeds.", "Leeds", "organisation"),
        ("Dundee drew 1-1 with Orvale on Tuesday.", "Dundee", "organisation"),
        ("Dundee drew 1-1 with Orvale on Tuesday.", "Orvale", "organisation"),
        ("He has not scored since the 2-1 defeat to Newcastle.", "Newcastle", "organisation"),
        ("After a 3-0 home win over Leeds, they rose.", "Leeds", "organisation"),
        # A side named as a club is ("Stoke City"), or after "who", is a team too; a compound
        # adjective opening the sentence is no part of its name.
        ("After a 3-1 win over Stoke City at home, they rose.", "Stoke City", "organisation"),
        (
            "Second-placed Manchester City, who lost 2-0 at Liverpool, rested.",
            "Manchester City",
            "organisation",
        ),
        ("Manchester City, who lost 2-0 at Liverpool, rested.", "Liverpool", "organisation"),
        # Near misses: the city as a place, its government, a person's score.
        ("Officials in Leeds said the road would close.", "Leeds", "place"),
        ("Moscow said it would retaliate.", "Russia", "country"),
        ("Kelbrook beat Marlow 6-4 6-3 in the final.", "Kelbrook", "other"),
        ("Orvale drew 1-1 with Kelmont on Tuesday.", "Orvale", "other"),
        ("Kelbrook beat Leeds 6-4 6-3 in the final.", "Leeds", "place"),
        ("He lost 6-4 6-3 to Leeds in May.", "Leeds", "place"),
        ("Since the defeat to Leeds in May, they rose.", "Leeds", "place"),
        ("Traffic was heavy in Mexico City on Monday.", "Mexico City", "place"),
        ("Heung-min Son scored twice on Saturday.", "Heung-min Son", "person"),
    ],
)
def test_lands_peoples_companies_events_teams(text: str, name: str, kind: str | None) -> None:
    assert type_of(text, name) == kind
