"""Journalists' bullets in headline style: what they write in their own way is kept, and the
same sentence with a fact changed is still flagged."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.checker.features import stem
from summariser.checker.genitives import reversed_modifiers
from summariser.checker.open_mode import claim_views
from summariser.checker.prepare import prepared
from summariser.report import FlagCode, Verdict

GREALISH = """Manager Tim Sherwood said the club must win on Saturday.
Villa are three points above the drop zone with six games left.
Jack Grealish made his first Premier League start for Aston Villa against QPR on Tuesday night.
Grealish saw Villa lose twice at Wembley in 2010, in the League Cup final and in the FA Cup \
semi-final.
'I went twice to Wembley as a fan, five years ago,' said Grealish.
The winger is 19."""


@pytest.mark.parametrize(
    ("claim", "verdict", "code"),
    [
        # A role word before a full name the article writes: a description, not a name.
        ("Midfielder Jack Grealish went to Wembley twice as a fan in 2010.", "supported", None),
        (
            "Midfielder Jack Grealish made his first Premier League start against QPR.",
            "supported",
            None,
        ),
        (
            "Welshman Jack Grealish made his first Premier League start against QPR.",
            "supported",
            None,
        ),
        # Near misses: the name after the description is not the article's, or a fact changed.
        (
            "Midfielder Jack Wilshere went to Wembley twice as a fan in 2010.",
            "unverified",
            FlagCode.ENTITY_MISSING,
        ),
        (
            "Midfielder Jack Grealish went to Wembley twice as a fan in 2012.",
            "contradicted",
            FlagCode.DATE_MISMATCH,
        ),
        (
            "Midfielder Jack Grealish made his first Premier League start against Chelsea.",
            "unverified",
            FlagCode.ENTITY_MISSING,
        ),
        # Two words: a given name the article lacks before a surname is another person
        # ("Jordan Grealish"), and a role word there cannot be told from one, so both stay
        # unfound (a faithful "Midfielder Grealish" too: the price of catching the first).
        (
            "Jordan Grealish went to Wembley twice as a fan in 2010.",
            "unverified",
            FlagCode.ENTITY_MISSING,
        ),
        (
            "Midfielder Grealish went to Wembley twice as a fan in 2010.",
            "unverified",
            FlagCode.ENTITY_MISSING,
        ),
    ],
)
def test_a_description_before_a_full_name_is_no_part_of_the_name(
    claim: str, verdict: str, code: FlagCode | None
) -> None:
    check = check_claims(GREALISH, [claim])[0]
    assert check.verdict is Verdict(verdict), (check.score, check.flags)
    if code is not None:
        assert code in {f.code for f in check.flags}


STEWART = """Alec Stewart has expressed his interest in becoming the new director of England \
cricket.
Alec Stewart played 133 Tests.
Two players were left out of the Surrey side.
Surrey finished fourth last season under their coach.
The county has a new captain.
Asked about the post, Stewart said he would happily consider an offer."""


@pytest.mark.parametrize(
    ("claim", "name"),
    [
        # The article writes "Alec" only where a sentence opens, but "Alec Stewart" as one run.
        ("Alec Stewart admits he would happily consider an offer.", "Alec Stewart"),
        # Near misses: a given name the article lacks stays in the name (to be found missing);
        # a word the article writes in lower case is the sentence's capital, not the name's.
        ("Alan Stewart admits he would happily consider an offer.", "Alan Stewart"),
        ("Two Surrey players were left out.", "Surrey"),
    ],
)
def test_a_given_name_the_article_writes_only_opening_sentences_is_part_of_the_name(
    claim: str, name: str
) -> None:
    art = prepared(STEWART)
    view = claim_views(claim, art)[0]
    assert [claim[view.toks[i].start : view.toks[j - 1].end] for i, j in view.names] == [name]


PERMISSION = """Alec Stewart has expressed his interest in becoming the new director of England \
cricket.
The post was created by the ECB's new chief executive Tom Harrison.
'If they asked me to take on a role, of course I'd listen, once the ECB have asked Surrey \
permission to speak to me, because I'm under contract here,' Stewart said.
The price of tickets at the Oval has risen.
Surrey finished fourth last season."""


@pytest.mark.parametrize(
    ("claim", "sids", "pairs"),
    [
        # The evidence's modifier before its noun, told after it with "of" or "from".
        ("The ECB would need permission from Surrey.", (2,), {("permission", "surrey")}),
        ("The ECB must ask for the permission of Surrey.", (2,), {("permission", "surrey")}),
        # Near misses: another modifier; the pair only outside the evidence; the pair in the
        # article's own order already; a modifier the evidence puts before another noun.
        ("The ECB would need permission from Kent.", (2,), set()),
        ("The ECB would need permission from Surrey.", (0, 1), set()),
        ("The price of tickets has risen.", (3,), set()),
        ("Stewart would need a contract from Surrey.", (2,), set()),
    ],
)
def test_a_modifier_after_its_noun_is_the_evidences_modifier_before_it(
    claim: str, sids: tuple[int, ...], pairs: set[tuple[str, str]]
) -> None:
    art = prepared(PERMISSION)
    toks = claim_views(claim, art)[0].toks
    assert reversed_modifiers(toks, art, sids) == {(stem(a), stem(b)) for a, b in pairs}


def test_the_modifier_retold_after_its_noun_outscores_the_parties_exchanged() -> None:
    faithful, swapped = check_claims(
        PERMISSION,
        [
            "The ECB would need permission from Surrey before contacting Stewart.",
            "Surrey would need permission from the ECB before contacting Stewart.",
        ],
    )
    assert faithful.verdict is Verdict.SUPPORTED
    assert faithful.score > swapped.score + 0.05
