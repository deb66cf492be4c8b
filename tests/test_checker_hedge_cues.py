"""A verb or number the article gives only under a hedge cue (likelihood, frequency, a modal
with "have", "can", a condition, a modal over "be"), stated as a fact."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict
from tests.checker_cases import assert_verdict

ARTICLE = """\
Archaeologists have found a wreck off Kythira. It probably sank in the late 4th century B.C.
A painting by Boudin was found in the courtyard, apparently dropped as the thieves fled.
A curator said paintings of this kind were often stolen to order.
Fines can reach 10% of a company's turnover, the regulator said.
Ardmore Roofing was granted immunity, escaping a fine that would have been about £9m.
Unions said they would stage a general strike on Nov. 12 if the Senate approved the bill.
The union said it feared that up to 900 jobs could be lost at the plant.
Experts say the lizard may already be at risk of extinction.
The glasses weigh 78 grams and can display maps in the wearer's view.
The minister was able to reach the village by boat.
The magazine featured the actress in its May issue.
Wage growth is expected to slow next year, the bank said.
The company said it would cut 300 jobs in Leeds.
The club said it would keep its coach even if it lost the final."""

CASES = [
    # (id, claim, dropped): the claim states what the article hedges
    ("likelihood", "The ship sank in the late 4th century B.C.", True),
    ("likelihood-added", "The ship certainly sank in the late 4th century B.C.", True),
    ("apparently", "The Boudin painting was dropped by the thieves as they fled.", True),
    ("frequency-one-case", "The curator said the painting had been stolen to order.", True),
    ("can-event", "Each company was fined 10% of its turnover.", True),
    ("counterfactual", "Ardmore Roofing was fined about £9m.", True),
    ("condition", "Unions will stage a general strike on Nov. 12.", True),
    ("could-number", "The union said 900 jobs would be lost at the plant.", True),
    ("may-be", "The lizard is already at risk of extinction.", True),
    # near misses: the claim keeps the hedge, or the article's word is no hedge
    ("likelihood-kept", "The ship probably sank in the late 4th century B.C.", False),
    ("frequency-kept", "The curator said such paintings were often stolen to order.", False),
    ("frequency-habit", "Paintings of this kind are stolen to order, a curator said.", False),
    ("can-kept", "Fines can reach 10% of a company's turnover.", False),
    ("can-ability", "The glasses weigh 78 grams and display maps.", False),
    ("avoided", "Ardmore Roofing escaped a fine of about £9m.", False),
    (
        "condition-kept",
        "Unions said they would strike on Nov. 12 if the Senate approved the bill.",
        False,
    ),
    ("could-kept", "The union said up to 900 jobs could be lost.", False),
    ("may-kept", "The lizard may be at risk of extinction.", False),
    ("able-to-done", "The minister reached the village by boat.", False),
    ("month", "The magazine featured the actress in its May issue.", False),
    ("adverb", "The bank said wage growth would slow.", False),
    ("reported-future", "The company will cut 300 jobs in Leeds.", False),
    ("even-if", "The club will keep its coach.", False),
]


@pytest.mark.parametrize(("claim", "dropped"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_word_under_a_hedge_cue_stated_as_fact_is_a_hedge_dropped(
    claim: str, dropped: bool
) -> None:
    if dropped:
        assert_verdict(ARTICLE, claim, Verdict.UNVERIFIED, FlagCode.HEDGE_DROPPED)
    else:
        (check,) = check_claims(ARTICLE, [claim])
        assert FlagCode.HEDGE_DROPPED not in {f.code for f in check.flags}, check.flags
