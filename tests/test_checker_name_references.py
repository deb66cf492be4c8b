"""A name the supporting sentence gives by a reference ("She was appointed ... and won the Darwin
Medal", "Her manager, Tom Reyes, said the singer would rest") is the claim's name when the
sentences before give that name, and no other, as what the reference stands for: an opening
"She" the topic of the nearest sentence not opened by "She", "the singer" the one name given
with "singer", "the company" the name whose verb opens the lead. Another person of the run, a
place, a name after a sentence that opens otherwise, a second singer, a lead opened by a
description and another company stay flagged."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

OBITUARY = """Margaret Ellery, the marine biologist, has died at her home in Townsville. She was 84.
Born in Liverpool in 1940, Ellery emigrated to Australia at the age of 12.
Professor Terry Hughes worked with her for two decades.
Ellery was often at odds with the Queensland government, which accused her in 2002 of \
scaremongering.
She refused to withdraw her findings and served on the board of the marine park authority.
She was appointed an Officer of the Order of Australia in 2011 and won the Royal Society's \
Darwin Medal in 2015."""

# The sentence before the run opens with a description, not with her name.
UNNAMED = OBITUARY.replace("Ellery was often at odds", "The scientist was often at odds")

TOUR = """Singer Maya Lindqvist has cancelled the rest of her European tour.
Fans will receive full refunds, promoter Live Nation said.
Lindqvist was taken ill during a show in Madrid last Thursday.
The tour had sold 600,000 tickets.
Her manager, Tom Reyes, said the singer would not need surgery but would rest for at least six \
weeks."""

# A second singer named before "the singer".
TWO_SINGERS = TOUR.replace(
    "Fans will receive", "The singer Jade Carter postponed her tour last month. Fans will receive"
)

EARNINGS = """NEW YORK, Oct 24 (Reuters) - Alphabet reported third-quarter revenue of $76.7 \
billion on Tuesday, up 11% from a year earlier.
YouTube advertising revenue was $7.95 billion, up from $7.07 billion a year ago.
Net income rose 42% to $19.7 billion, helped by cost cuts.
Cloud revenue grew 22%, slower than in the previous quarter, which disappointed investors.
Shares of the company fell 6% in extended trading."""

# The lead opens with a description, not with the name's verb.
DESCRIBED_LEAD = EARNINGS.replace("Alphabet reported", "Google parent Alphabet reported")
# Another name the sentences before give with "company".
OTHER_COMPANY = EARNINGS.replace(
    "YouTube advertising revenue was", "YouTube, the company's video site, said revenue was"
)

MEDAL = "won the Royal Society's Darwin Medal in 2015."
FELL = "shares fell 6% in extended trading."
REST = "would rest for at least six weeks."


@pytest.mark.parametrize(
    ("article", "claim", "supported"),
    [
        (OBITUARY, f"Ellery {MEDAL}", True),
        (TOUR, f"Tom Reyes said Lindqvist {REST}", True),
        (EARNINGS, f"Alphabet {FELL}", True),
        # Near misses: another person of the run of "her" ...
        (OBITUARY, f"Hughes {MEDAL}", False),
        # ... a place of the story ...
        (OBITUARY, f"Townsville {MEDAL}", False),
        # ... a run whose opening sentence does not name her ...
        (UNNAMED, f"Ellery {MEDAL}", False),
        # ... a noun the story never gives with the name ...
        (TOUR, f"Tom Reyes said Madrid {REST}", False),
        # ... "the singer" after two singers, either of them ...
        (TWO_SINGERS, f"Tom Reyes said Lindqvist {REST}", False),
        (TWO_SINGERS, f"Reyes said Carter {REST}", False),
        # ... "the company" where the lead opens with a description, where the sentences
        # before give another name with "company", and for the agency of the dateline.
        (DESCRIBED_LEAD, f"Alphabet {FELL}", False),
        (OTHER_COMPANY, f"Alphabet {FELL}", False),
        (EARNINGS, f"Reuters {FELL}", False),
    ],
)
def test_a_reference_stands_for_the_one_name_the_sentences_before_it_give(
    article: str, claim: str, supported: bool
) -> None:
    check = check_claims(article, [claim])[0]
    assert (check.verdict is Verdict.SUPPORTED) is supported, (check.score, check.flags)
    if not supported:
        assert FlagCode.ENTITY_MISSING in {f.code for f in check.flags}, check.flags


def test_a_reference_does_not_excuse_a_date_moved_to_another_event() -> None:
    claim = "Ellery was appointed an Officer of the Order of Australia in 2015."
    check = check_claims(OBITUARY, [claim])[0]
    assert check.verdict is Verdict.CONTRADICTED, (check.score, check.flags)
