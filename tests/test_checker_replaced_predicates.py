"""A verb put between two arguments of one evidence clause with the opposite polarity to the
clause's: "The talks secured the release of 40 sailors" for "The talks did not settle the
future of 40 sailors", "the agency had failed to give adequate notice" for "had given clear and
adequate notice" are contradicted (`negation_flip`); the same polarity in other words (a
refusal for a negation, an antonym of a negated verb, a WordNet synonym, a light verb) is
kept."""

from __future__ import annotations

import pytest

from summariser.report import FlagCode

from .checker_cases import assert_contradicted

ARTICLE = """The talks in Vienna did not settle the future of 40 detained sailors, officials said.
Judge Amara Quist said the agency had given clear and adequate notice to the tenants.
The Brennock council did not approve the budget for the new library.
The Brennock council has not made a decision on the plan for the depot.
The company said it had refused to sign the union's offer of a pay freeze.
Rovers did not win the cup final against Doria."""


@pytest.mark.parametrize(
    ("claim", "kept"),
    [
        # An affirmed verb the negated clause does not state, between its own arguments.
        ("The talks in Vienna secured the release of 40 detained sailors.", False),
        ("The Brennock council passed the budget for the new library.", False),
        ("Rovers lifted the cup final against Doria.", False),
        # ... against a refusal ("refused to sign").
        ("The company accepted the union's offer of a pay freeze.", False),
        # The clause's own predicate, affirmed, where it is negated (a light verb's noun).
        ("The Brennock council has decided on the plan for the depot.", False),
        # The clause's predicate refused where the evidence states it.
        ("Quist said the agency had failed to give adequate notice to the tenants.", False),
        # Near misses: the same polarity in other words.
        ("The talks in Vienna did not resolve the future of 40 detained sailors.", True),
        ("The talks in Vienna failed to settle the future of 40 detained sailors.", True),
        ("The Brennock council rejected the budget for the new library.", True),
        ("The Brennock council has not decided on the plan for the depot.", True),
        ("The company turned down the union's offer of a pay freeze.", True),
        ("Rovers lost the cup final against Doria.", True),
        ("Quist said the agency had provided adequate notice to the tenants.", True),
    ],
)
def test_a_verb_of_the_opposite_polarity_between_the_clauses_arguments(
    claim: str, kept: bool
) -> None:
    assert_contradicted(ARTICLE, claim, {FlagCode.NEGATION_FLIP}, kept)


REFUSALS = """Harlow Mining declined to comment on the cause of the spill.
The regional water board said the spill had reached the river by Monday.
The mayor, Tessa Orme, refused to say whether the mine would reopen.
Harlow Mining said later that it had closed the site."""


@pytest.mark.parametrize(
    ("claim", "kept"),
    [
        # A subject that refused or declined, given a verb of its own in its place.
        ("Harlow Mining blamed a contractor for the spill.", False),
        ("Tessa Orme welcomed the closure.", False),
        # Near misses: the refusal in other words, and what the subject does say elsewhere.
        ("Harlow Mining refused to comment on the spill.", True),
        ("Tessa Orme refused to say whether the mine would reopen.", True),
        ("Harlow Mining closed the site.", True),
    ],
)
def test_a_subject_that_refused_given_a_verb_of_its_own(claim: str, kept: bool) -> None:
    assert_contradicted(REFUSALS, claim, {FlagCode.NEGATION_FLIP}, kept)
