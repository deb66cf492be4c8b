"""A fact the article withholds in its own words: a claim stating as done what the evidence
puts under a negation or an open frame ("but did not win", "without admitting", "must still be
ratified", "refused to blame", "too early to say what caused", "too early to say how much of it
survived") is contradicted (`negation_flip`); the same predicate asserted in the sentence about
the same thing, a claim with a frame of its own, a negated neg-raising verb ("I don't think"),
another modal than the one the evidence negates ("may need" for "would not need"),
a negated noun or a relative clause is not."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Marta Lind won the Golden Bear in 2023 for her second film, Low Water.
Her first film, Quiet Harbour, was nominated for the Palme d'Or in 2019 but did not win.
The studio agreed to pay $12 million without admitting liability.
The treaty must still be ratified by the Senate, which usually takes months.
The coach said the wind had slowed his runners but refused to blame it for the defeat.
Officials said it was too early to say what caused the fire at the depot.
Her daughter said: "I don't think my mother should stop, it's brave."
A jury found the driver not guilty of fraud.
Divers found the hull under the sand but said it was too early to say how much of it survived.
The mayor did not name the builder who repaired the bridge.
The board decided to cut costs rather than raise prices.
The bakery had a rather strong year.
Doctors found a haemorrhage on Anna Lindqvist's vocal cords.
Her manager, Tom Reyes, said the singer would not need surgery but would rest for six weeks."""


def _withheld(claim: str) -> tuple[Verdict, list[str]]:
    [result] = check_claims(ARTICLE, [claim])
    messages = [
        f.message
        for f in result.flags
        if f.code is FlagCode.NEGATION_FLIP and "as a fact; its evidence says" in f.message
    ]
    return result.verdict, messages


@pytest.mark.parametrize(
    ("claim", "cue"),
    [
        # A negation before the same verb, in another form ("won" / "win").
        ("Quiet Harbour won the Palme d'Or in 2019.", "not win"),
        # A preposition that denies ("without").
        ("The studio admitted liability.", "without admitting"),
        # An obligation still to be met.
        ("The Senate ratified the treaty.", "must still be ratified"),
        # A verb that refuses its complement.
        ("The coach blamed the wind for the defeat.", "refused to blame"),
        # An open question.
        ("Officials said the depot fire was caused by the wiring.", "too early to say what caused"),
        # An indirect question passes its frame on to the question's predicate.
        ("Divers said the hull had survived.", "too early to say how much of it survived"),
        # An alternative turned down.
        ("The board raised prices.", "rather than raise"),
        # The claim's modal statement, which the evidence negates ("will" / "would not").
        ("Lindqvist will need surgery on her vocal cords.", "would not need"),
    ],
)
def test_a_fact_the_evidence_withholds_is_contradicted(claim: str, cue: str) -> None:
    verdict, messages = _withheld(claim)
    assert verdict is Verdict.CONTRADICTED
    assert messages and cue in messages[0]


@pytest.mark.parametrize(
    "claim",
    [
        # The same predicate asserted in the sentence that shares the claim's other words.
        "Marta Lind won the Golden Bear in 2023.",
        # The claim carries the frame itself: the negation and hedge tests' matter.
        "Quiet Harbour did not win the Palme d'Or.",
        "The treaty will be ratified by the Senate.",
        # What the sentence does assert.
        "Quiet Harbour was nominated for the Palme d'Or in 2019.",
        "The studio agreed to pay $12 million.",
        "The coach said the wind had slowed his runners.",
        # A negated neg-raising verb negates its complement, not the thinking.
        "Her daughter thinks her mother is brave.",
        # A negation before a noun phrase withholds a thing, not the claim's predicate.
        "The driver faced a fraud charge.",
        # A relative clause states what it holds, though "who" opens questions too.
        "A builder repaired the bridge.",
        # "rather" alone tempers; only "rather than" turns down.
        "The bakery's year was strong.",
        # Another modal's statement (what may be is no forecast), the claim's own negation,
        # and what the same modal statement asserts.
        "Lindqvist may need surgery on her vocal cords.",
        "Lindqvist will not need surgery on her vocal cords.",
        "Tom Reyes said the singer would not need surgery.",
        "Lindqvist will rest for six weeks.",
    ],
)
def test_an_asserted_or_framed_predicate_is_left_alone(claim: str) -> None:
    _, messages = _withheld(claim)
    assert messages == []
