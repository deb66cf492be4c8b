"""A speaker the evidence gives by a pronoun ("She said she ... expected to make a full
recovery") is the claim's speaker when the sentences before it give that name as what the
pronoun may stand for, a run of "she" carried on through the speaker's own quoted sentences. A
name the sentences before it do not give, a run broken by a sentence of the narrator, or a
pronoun that is not the sentence's speaker ("Her manager ... said") is still flagged."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

TOUR = """Singer Maya Lindqvist has cancelled the rest of her European tour.
Fans will receive full refunds, promoter Live Nation said.
Lindqvist was taken ill during a show in Madrid last Thursday.
"I am heartbroken," she wrote.
"I have never cancelled a show in my career."
She said she was not planning to retire and expected to make a full recovery.
Her manager, Tom Reyes, said the singer would not need surgery but would rest for at \
least six weeks."""

# The same story where a sentence of the narrator, not the singer's words, breaks the run.
BROKEN = TOUR.replace(
    '"I have never cancelled a show in my career."', "The tour had sold 600,000 tickets."
)


@pytest.mark.parametrize(
    ("article", "claim", "supported"),
    [
        (TOUR, "Lindqvist said she expected to make a full recovery.", True),
        # Near misses: a person the sentences before the pronoun do not give ...
        (TOUR, "Tom Reyes said she expected to make a full recovery.", False),
        # ... a run of "she" broken by the narrator's own sentence ...
        (BROKEN, "Lindqvist said she expected to make a full recovery.", False),
        # ... and the name of a pronoun that is not the sentence's speaker.
        (TOUR, "Lindqvist said she would not need surgery.", False),
    ],
)
def test_a_speaking_pronoun_stands_for_the_name_the_sentences_before_it_give(
    article: str, claim: str, supported: bool
) -> None:
    check = check_claims(article, [claim])[0]
    assert (check.verdict is Verdict.SUPPORTED) is supported, (check.score, check.flags)
    if not supported:
        codes = {f.code for f in check.flags}
        # (the words of another person of the article: a swap, or a doubt where it is unclear)
        doubts = {FlagCode.ATTRIBUTION_MISMATCH, FlagCode.ENTITY_MISSING, FlagCode.SPEAKER_SWAPPED}
        assert codes & doubts, check.flags
