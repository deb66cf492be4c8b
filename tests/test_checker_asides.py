"""An aside between a name and its verb ("Senator Maria Lopez, 58, said", "Bill Clinton, 74,
will not attend") leaves the name the verb's subject, and the verb's negation its own."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """WASHINGTON (Reuters) - Senator Maria Lopez, 58, said on Tuesday that the Senate \
would vote next week on a $1.2 trillion infrastructure bill, after months of talks with the \
White House.
Her Republican colleague, Senator James Hart of Ohio, disagreed, saying the bill "spends money \
we do not have."
Investigators said the fraud ran through Westchester County, White Plains, Ramapo and Long \
Island, officials said.
When Copeland, who used to play for the New York Knicks, told the man to back off, the suspect \
pulled out a knife.
The Commission on Presidential Debates announced that the first debate would be held in \
Cleveland on Sept. 29. Former President Bill Clinton, 74, will not attend."""


@pytest.mark.parametrize(
    ("claim", "verdict", "code"),
    [
        # The subject behind an age: another name in its place says what Lopez said.
        (
            "Hart said the Senate would vote next week on the bill.",
            Verdict.CONTRADICTED,
            FlagCode.SPEAKER_SWAPPED,
        ),
        ("Lopez said the Senate would vote next week on the bill.", Verdict.SUPPORTED, None),
        ("Senator Lopez, 58, said the Senate would vote next week.", Verdict.SUPPORTED, None),
        # A description behind the aside ("Her Republican colleague, Senator James Hart of
        # Ohio, disagreed") names no rival.
        ("Hart disagreed, saying the bill spends money we do not have.", Verdict.SUPPORTED, None),
        # Words before a comma that close a list or a long aside are no subject.
        (
            "The fraud ran through White Plains, Ramapo and Long Island, officials said.",
            Verdict.SUPPORTED,
            None,
        ),
        ("Copeland told the man to back off.", Verdict.SUPPORTED, None),
        # A negation after an age: the age is no anchor of the statement.
        ("Bill Clinton will attend.", Verdict.CONTRADICTED, FlagCode.NEGATION_FLIP),
        ("Former President Bill Clinton will attend the debate.", Verdict.CONTRADICTED, None),
        ("Bill Clinton will not attend.", Verdict.SUPPORTED, None),
    ],
)
def test_a_name_behind_an_aside_is_still_the_subject(
    claim: str, verdict: Verdict, code: FlagCode | None
) -> None:
    check = check_claims(ARTICLE, [claim])[0]
    assert check.verdict is verdict, (check.verdict, check.flags)
    if code is not None:
        assert code in {f.code for f in check.flags}


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # 58 is Lopez's age: given to Clinton, whom the article gives 74, it contradicts.
        ("Bill Clinton is 58.", Verdict.CONTRADICTED),
        ("The 58-year-old Clinton will not attend.", Verdict.CONTRADICTED),
        ("Lopez, 74, said the Senate would vote next week.", Verdict.CONTRADICTED),
        ("Clinton is 74.", Verdict.SUPPORTED),
        ("Maria Lopez, 58, said the Senate would vote next week.", Verdict.SUPPORTED),
        # "is 58" followed by a noun is no age; a name the article gives no age is not judged
        # by age (the article may give it to another form of the name: "Mr Hart").
        ("Hart is 58.", None),
    ],
)
def test_a_name_has_the_age_the_article_gives_it(claim: str, verdict: Verdict | None) -> None:
    check = check_claims(ARTICLE, [claim])[0]
    swapped = [f for f in check.flags if f.code is FlagCode.NUMBER_SWAPPED]
    if verdict is None:
        assert not swapped
        return
    assert check.verdict is verdict, (check.verdict, check.flags)
    assert bool(swapped) is (verdict is Verdict.CONTRADICTED)


COURT = """Karen Miller, 44, pleaded guilty in March to 15 counts of theft.
Judge Alan Reyes said Miller had betrayed the trust of her patients.
Her lawyer, David Chen, had asked for a sentence of five years."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # The name in apposition is the subject behind "had"; a title opens the claim's clause.
        ("Judge Reyes asked for a sentence of five years.", Verdict.CONTRADICTED),
        ("Reyes asked for a sentence of five years.", Verdict.CONTRADICTED),
        ("Chen asked for a sentence of five years.", Verdict.SUPPORTED),
        ("Her lawyer asked for a sentence of five years.", Verdict.SUPPORTED),
    ],
)
def test_a_name_in_apposition_is_the_subject_of_the_verb_group(
    claim: str, verdict: Verdict
) -> None:
    check = check_claims(COURT, [claim])[0]
    assert check.verdict is verdict, (check.verdict, check.flags)


def test_a_name_after_a_preposition_that_ends_an_aside_is_no_agent() -> None:
    # "Senator James Hart of Ohio, disagreed": Hart disagreed, not Ohio.
    check = check_claims(ARTICLE, ["Hart disagreed, saying the bill spends money we do not have."])
    assert check[0].verdict is Verdict.SUPPORTED
    assert not check[0].warnings, check[0].warnings


FLAGGED = """The porter, Daniel Price, admitted 14 counts of theft at Leeds Crown Court in March.
West Yorkshire Police said the investigation began after a bank flagged unusual spending.
A host of charities, including Age UK, have warned about such thefts."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # "a bank" brings in someone unnamed: the claim's name there is not in the article.
        ("Police flagged unusual spending.", Verdict.UNVERIFIED),
        ("Daniel Price flagged unusual spending.", Verdict.UNVERIFIED),
        ("A bank flagged unusual spending.", Verdict.SUPPORTED),
        # A group may be the claim's name ("a host of charities, including Age UK").
        ("Age UK have warned about such thefts.", Verdict.SUPPORTED),
    ],
)
def test_a_name_where_the_evidence_has_an_indefinite_subject_is_unverified(
    claim: str, verdict: Verdict
) -> None:
    check = check_claims(FLAGGED, [claim])[0]
    assert check.verdict is verdict, (check.verdict, check.flags)
    missing = [f for f in check.flags if f.code is FlagCode.ENTITY_MISSING]
    assert bool(missing) is (verdict is Verdict.UNVERIFIED)


MATCH = """Daniel Price, 41, of Bramley, admitted 14 counts of theft at Leeds Crown Court.
West Yorkshire Police said the inquiry began after a bank flagged unusual spending.
Son Heung-min pulled one back for Spurs, but Kai Havertz sealed the win with a header."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # An age and a place in asides describe the name before them, which is the subject.
        ("Daniel Price admitted 14 counts of theft.", Verdict.SUPPORTED),
        # A claim's first word that the article writes with the name is part of it.
        ("West Yorkshire Police flagged unusual spending.", Verdict.UNVERIFIED),
        # So is a hyphened part in lower case.
        ("Son Heung-min sealed the win with a header.", Verdict.CONTRADICTED),
        ("Kai Havertz sealed the win with a header.", Verdict.SUPPORTED),
    ],
)
def test_the_whole_name_opening_a_claim_is_tested_as_its_subject(
    claim: str, verdict: Verdict
) -> None:
    check = check_claims(MATCH, [claim])[0]
    assert check.verdict is verdict, (check.verdict, check.flags)
