"""A journalist retells an event from the other party's side ("Villa lost to Chelsea" for
"Chelsea beat Villa", "bought from" for "sold to"): the retelling is kept, and the same words
with the two parties exchanged are flagged as a swap."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.checker.converses import CONTEST, SALE, TRANSFER, converse_check, relations, settle
from summariser.checker.features import stem, tokenize
from summariser.checker.flags import Finding
from summariser.checker.open_mode import claim_views
from summariser.checker.prepare import prepared
from summariser.report import FlagCode, Verdict

ARTICLE = """Northampton have had a difficult season. Defeats by Clermont and Exeter have done \
little to restore confidence at Franklin's Gardens.
Liverpool beat Blackburn 1-0 at Anfield on Wednesday night to reach the semi-final.
Chelsea won 3-0 against Villa at Wembley in the League Cup final.
Spain's 2-0 defeat by Holland on Tuesday brought back bitter memories for coach Del Bosque.
The club sold the striker to Juventus for £20million in August.
Nadal was beaten by Federer in the final at Wimbledon.
The foundation gave the museum's paintings to the Louvre in 1990.
Barcelona and Sevilla did not lose to Getafe this season.
Manchester City beat Manchester United 2-1 in the derby.
Leeds United beat Aston Villa 3-1 at Elland Road."""


@pytest.mark.parametrize(
    ("claim", "verdict", "code"),
    [
        # The loser's side of a win, and the winner's side of a defeat, are the same event.
        ("Blackburn lost 1-0 to Liverpool at Anfield.", Verdict.SUPPORTED, None),
        ("Villa lost 3-0 to Chelsea at Wembley.", Verdict.SUPPORTED, None),
        ("Spain lost 2-0 to Holland on Tuesday.", Verdict.SUPPORTED, None),
        ("Holland beat Spain 2-0 on Tuesday.", Verdict.SUPPORTED, None),
        ("Federer beat Nadal in the final at Wimbledon.", Verdict.SUPPORTED, None),
        ("Juventus bought the striker from the club for £20million.", Verdict.SUPPORTED, None),
        ("The Louvre received the paintings from the foundation.", Verdict.SUPPORTED, None),
        # The same words with the parties exchanged: a swap, whichever side tells it.
        (
            "Liverpool lost 1-0 to Blackburn at Anfield.",
            Verdict.CONTRADICTED,
            FlagCode.ENTITY_SWAPPED,
        ),
        ("Blackburn beat Liverpool 1-0 at Anfield.", Verdict.CONTRADICTED, FlagCode.ENTITY_SWAPPED),
        ("Chelsea lost 3-0 to Villa at Wembley.", Verdict.CONTRADICTED, FlagCode.ENTITY_SWAPPED),
        ("Holland lost 2-0 to Spain on Tuesday.", Verdict.CONTRADICTED, FlagCode.ENTITY_SWAPPED),
        (
            "Nadal beat Federer in the final at Wimbledon.",
            Verdict.CONTRADICTED,
            FlagCode.ENTITY_SWAPPED,
        ),
        (
            "Juventus sold the striker to the club for £20million.",
            Verdict.CONTRADICTED,
            FlagCode.ENTITY_SWAPPED,
        ),
        (
            "The foundation received the paintings from the Louvre.",
            Verdict.CONTRADICTED,
            FlagCode.ENTITY_SWAPPED,
        ),
        ("Manchester United lost 2-1 to Manchester City.", Verdict.SUPPORTED, None),
        # Parties told apart by the words they do not share.
        (
            "Manchester United beat Manchester City 2-1 in the derby.",
            Verdict.CONTRADICTED,
            FlagCode.ENTITY_SWAPPED,
        ),
        ("Aston Villa lost 3-1 to Leeds United at Elland Road.", Verdict.SUPPORTED, None),
        # The opposite predicate with the parties in the article's order is still the opposite.
        ("Villa won 3-0 against Chelsea at Wembley.", Verdict.CONTRADICTED, None),
    ],
)
def test_a_converse_keeps_the_event_and_an_exchange_of_parties_is_a_swap(
    claim: str, verdict: Verdict, code: FlagCode | None
) -> None:
    check = check_claims(ARTICLE, [claim])[0]
    assert check.verdict is verdict, (claim, check.score, check.flags)
    if code is not None:
        assert code in {f.code for f in check.flags}, check.flags
    if verdict is Verdict.SUPPORTED:
        swaps = {FlagCode.ENTITY_SWAPPED, FlagCode.NEGATION_FLIP}
        assert not swaps & {f.code for f in check.warnings}, check.warnings


@pytest.mark.parametrize(
    ("sentence", "family", "first", "second"),
    [
        ("Liverpool beat Blackburn 1-0.", CONTEST, {"liverpool"}, {"blackburn"}),
        ("Blackburn lost 5-3 on penalties to Liverpool.", CONTEST, {"liverpool"}, {"blackburn"}),
        ("Blackburn were beaten by Liverpool.", CONTEST, {"liverpool"}, {"blackburn"}),
        ("Blackburn have beaten Liverpool.", CONTEST, {"blackburn"}, {"liverpool"}),
        ("Spain's 2-0 defeat by Holland.", CONTEST, {"holland"}, {"spain"}),
        ("Chelsea's victory over Villa.", CONTEST, {"chelsea"}, {"villa"}),
        (
            "Defeats by Clermont and Exeter have done little.",
            CONTEST,
            {"clermont", "exeter"},
            set(),
        ),
        ("The club sold the striker to Juventus.", SALE, {"club"}, {"juventus"}),
        ("Juventus bought the striker from the club.", SALE, {"club"}, {"juventus"}),
        ("The Louvre received art from the foundation.", TRANSFER, {"foundation"}, {"louvre"}),
        # In the passive, the subject is what changed hands.
        ("The striker was sold to Juventus.", SALE, set(), {"juventus"}),
        ("The idea is borrowed from the film.", TRANSFER, {"film"}, set()),
        # A comma ends the run before it ("Previously, ...").
        (
            "Previously, wealthy businessmen would give the dogs to officials.",
            TRANSFER,
            {"wealthy", "businessmen"},
            {"officials"},
        ),
    ],
)
def test_each_side_of_a_converse_reads_its_parties_in_the_family_order(
    sentence: str, family: str, first: set[str], second: set[str]
) -> None:
    found = relations(tokenize(sentence), sentence)
    expected = (family, {stem(w) for w in first}, {stem(w) for w in second})
    assert [(r.family, set(r.first), set(r.second)) for r in found] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "He lost his temper, to everyone's surprise.",  # punctuation ends the frame
        "Carver saw the derby defeats, a factor in his exit.",
        "Chelsea won the title.",  # no second party
    ],
)
def test_an_unreadable_predicate_states_no_relation(sentence: str) -> None:
    toks = tokenize(sentence)
    assert [r for r in relations(toks, sentence) if r.first or r.second] == []


def test_a_negated_article_relation_confirms_no_retelling() -> None:
    # The article's "did not lose to Getafe" states no defeat: its negation still counts.
    check = check_claims(ARTICLE, ["Barcelona lost to Getafe this season."])[0]
    assert check.verdict is not Verdict.SUPPORTED, (check.score, check.warnings)
    assert FlagCode.NEGATION_FLIP in {f.code for f in check.flags}


def test_a_party_sharing_a_word_with_the_articles_is_not_its_party() -> None:
    # "Manchester United" is not "Manchester City": no retelling is confirmed, and the name put
    # in the winner's place stays a swap.
    article = (
        "Manchester City beat Aston Villa 2-1 at the Etihad on Saturday. "
        "Manchester United drew with Everton."
    )
    claim = "Manchester United beat Aston Villa 2-1 at the Etihad on Saturday."
    check = check_claims(article, [claim])[0]
    assert check.verdict is Verdict.CONTRADICTED, (check.score, check.warnings)
    assert FlagCode.ENTITY_SWAPPED in {f.code for f in check.flags}


def test_a_retelling_confirmed_by_one_party_clears_that_party_only() -> None:
    # "Defeats by Clermont" names the winner only: the claim's loser keeps whatever the other
    # tests found against it; the winner and the predicate are cleared.
    art = prepared("Defeats by Clermont have done little to restore confidence at Northampton.")
    claim = "Bath lost to Clermont."
    view = claim_views(claim, art)[0]
    bath, clermont, lost = (claim.index(w) for w in ("Bath", "Clermont", "lost"))
    found = [
        Finding(FlagCode.ENTITY_SWAPPED, "", bath, bath + 4, 4.0, True),
        Finding(FlagCode.ENTITY_SWAPPED, "", clermont, clermont + 8, 4.0, True),
        Finding(FlagCode.NEGATION_FLIP, "", lost, lost + 4, 4.0, True),
    ]
    kept = settle(found, view, converse_check(view, art))
    assert [f.start for f in kept] == [bath]
