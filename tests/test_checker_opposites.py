"""A word in its evidence word's slot that is that word's antonym says the opposite: WordNet's
direct antonyms and the checker's opposite predicates; a negation before either word, or an
antonym outside the slot, is no contradiction."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.checker.opposites import antonyms
from summariser.report import FlagCode, Verdict

ARTICLE = """The bill would fund roads, bridges and broadband in rural areas, the senator said.
The committee approved the plan on Tuesday after a long debate.
Jordan said his son is an inexperienced sailor but has a strong will.
Jordan said his son supported the plan.
The old stadium will be replaced by a new arena with a retractable roof.
More patients on the drug stopped taking it because of side effects.
Analysts said the company had moved too slowly and kept their sell rating on the stock.
The finance chief said the group would keep its dividend unchanged despite the weaker outlook."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The bill would fund roads and bridges in urban areas.", Verdict.CONTRADICTED),
        ("The bill would fund roads and bridges in rural areas.", Verdict.SUPPORTED),
        ("The committee rejected the plan on Tuesday.", Verdict.CONTRADICTED),
        ("The committee approved the plan on Tuesday.", Verdict.SUPPORTED),
        ("Jordan said his son opposed the plan.", Verdict.CONTRADICTED),
        ("Jordan said his son is an experienced sailor.", Verdict.CONTRADICTED),
        # A negation turns the antonym round: the same fact.
        ("Jordan said his son is not an experienced sailor.", Verdict.SUPPORTED),
        # Both antonyms in the sentence, each in its own place.
        ("The old stadium will be replaced by a new arena.", Verdict.SUPPORTED),
        # The slot may open both sentences, with copied words after it.
        (
            "Fewer patients on the drug stopped taking it because of side effects.",
            Verdict.CONTRADICTED,
        ),
        ("More patients on the drug stopped taking it because of side effects.", Verdict.SUPPORTED),
        ("Many patients on the drug stopped taking it because of side effects.", Verdict.SUPPORTED),
        # The claim may end where a clause of the evidence ends ("and kept ...").
        ("Analysts said the company had moved too quickly.", Verdict.CONTRADICTED),
        ("Analysts said the company had moved too slowly.", Verdict.SUPPORTED),
        # A verb group is one slot ("would keep"), and a verb's plain form has its opposites.
        ("The group cut its dividend.", Verdict.CONTRADICTED),
        ("The group would raise its dividend.", Verdict.CONTRADICTED),
        ("The group would keep its dividend.", Verdict.SUPPORTED),
        ("The group will keep its dividend unchanged.", Verdict.SUPPORTED),
    ],
)
def test_an_antonym_in_the_evidence_words_slot_contradicts(claim: str, verdict: Verdict) -> None:
    check = check_claims(ARTICLE, [claim])[0]
    assert check.verdict is verdict, (check.verdict, check.flags)
    flipped = FlagCode.NEGATION_FLIP in {f.code for f in check.flags}
    assert flipped is (verdict is Verdict.CONTRADICTED)


def test_antonyms_are_symmetric_and_reach_word_forms() -> None:
    table = antonyms()
    assert "rural" in table["urban"] and "urban" in table["rural"]
    assert "lost" in table["won"]
    assert len(table) > 5_000


def test_antonym_table_drops_out_of_the_garbage_collectors_watch() -> None:
    # (its entries are tuples of strings: a full collection untracks them, and then the table)
    import gc

    gc.collect()
    assert not gc.is_tracked(antonyms())


STANCES = """IG Metall, Germany's largest union, criticised the cuts on Monday.
The mayor praised the new stadium plan, which the council had backed in May.
Analysts said the economy remained strong in the third quarter.
The top seed beat a qualifier in the first round.
Her lawyer said she was deeply ashamed.
Goita echoed these sentiments, expressing his gratitude for Russia's support to Mali."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A word turned from clearly bad to clearly good (or back) in the evidence word's slot.
        ("IG Metall welcomed the cuts on Monday.", Verdict.CONTRADICTED),
        ("The mayor criticised the new stadium plan.", Verdict.CONTRADICTED),
        ("Analysts said the economy remained weak in the third quarter.", Verdict.CONTRADICTED),
        # The same leaning in other words is a rewording.
        ("IG Metall condemned the cuts on Monday.", Verdict.SUPPORTED),
        ("The mayor hailed the new stadium plan.", Verdict.SUPPORTED),
        ("Analysts said the economy remained robust in the third quarter.", Verdict.SUPPORTED),
        # A mildly coloured word is no opposite of a strong one ("top" +0.8).
        ("The best seed beat a qualifier in the first round.", Verdict.SUPPORTED),
        # Where both sentences end, past an adverb of degree.
        ("Her lawyer said she was proud.", Verdict.CONTRADICTED),
        ("Her lawyer said she was ashamed.", Verdict.SUPPORTED),
        # A longer slot: the words nearest the copied object carry its leaning.
        ("Goita criticised Russia's support to Mali.", Verdict.CONTRADICTED),
        ("Goita welcomed Russia's support to Mali.", Verdict.SUPPORTED),
    ],
)
def test_a_word_of_opposite_valence_in_the_slot_contradicts(claim: str, verdict: Verdict) -> None:
    check = check_claims(STANCES, [claim])[0]
    assert check.verdict is verdict, (check.verdict, check.flags)
    flipped = FlagCode.NEGATION_FLIP in {f.code for f in check.flags}
    assert flipped is (verdict is Verdict.CONTRADICTED)


def test_valence_reaches_word_forms_and_leaves_neutral_words_alone() -> None:
    from summariser.checker.features import tokenize
    from summariser.checker.valence import opposed

    def tok(word: str):
        return tokenize(word)[0]

    assert opposed(tok("welcomed"), tok("condemning"))  # ("condemning" is not listed: its stem)
    assert not opposed(tok("condemned"), tok("criticised"))
    assert not opposed(tok("said"), tok("criticised"))


def test_the_two_sides_of_a_parliament_are_opposites() -> None:
    text = (
        "The coalition lost its majority after three lawmakers defected to the opposition, "
        "the Speaker said."
    )
    claims = [
        "Three lawmakers defected to the government.",
        "Three lawmakers defected to the opposition.",
    ]
    moved, kept = check_claims(text, claims)
    assert moved.verdict is Verdict.CONTRADICTED, moved.flags
    assert kept.verdict is Verdict.SUPPORTED, kept.flags


def test_a_change_of_an_amount_goes_one_way() -> None:
    text = (
        "Halvorsen AG reported a 14% fall in operating profit on Thursday, hurt by weak demand, "
        "and cut its full-year forecast for the second time this year."
    )
    claims = ["Halvorsen raised its full-year forecast.", "Halvorsen cut its full-year forecast."]
    raised, cut = check_claims(text, claims)
    assert raised.verdict is not Verdict.SUPPORTED, raised.flags
    assert FlagCode.NEGATION_FLIP in {f.code for f in raised.flags}
    assert cut.verdict is Verdict.SUPPORTED, cut.flags


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("The company cut its dividend to 2.20 euros.", Verdict.CONTRADICTED),
        ("The company raised its dividend.", Verdict.CONTRADICTED),
        ("The company kept its dividend at 2.20 euros.", Verdict.SUPPORTED),
        ("Governor Anna Berg said the board took a dovish stance.", Verdict.CONTRADICTED),
        ("Governor Anna Berg said the board took a hawkish stance.", Verdict.SUPPORTED),
    ],
)
def test_an_amount_kept_is_not_changed_and_a_leaning_has_its_opposite(
    claim: str, verdict: Verdict
) -> None:
    text = (
        "The company kept its dividend unchanged at 2.20 euros. Central bank governor Anna Berg "
        "said the board took a hawkish stance, and inflation was expected to rise."
    )
    (check,) = check_claims(text, [claim])
    assert check.verdict is verdict, check.flags


def test_two_tests_finding_the_same_fault_flag_it_once() -> None:
    text = "Anna Berg said the board took a hawkish stance, and inflation was expected to rise."
    (check,) = check_claims(text, ["Inflation was expected to fall."])
    spans = [(f.code, f.span.start if f.span else None) for f in check.flags]
    assert len(spans) == len(set(spans)) >= 1, check.flags
