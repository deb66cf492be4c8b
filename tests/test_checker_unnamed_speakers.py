"""Words the article gives to someone it leaves unnamed ("a spokesperson said") are not a named
person's, unless the article describes that person by the same noun."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict

ARTICLE = """Carmaker Veltra is recalling 410,000 cars because of a faulty airbag sensor.
Consumer group Which? said the recall was far too slow, and its head of transport, Lisa Moran, \
said Veltra should have acted months earlier.
A Veltra spokesperson said the company had needed time to identify the cause.
"Safety is our first priority and we are acting as quickly as we can," he said.
An official at the transport ministry said inspectors would audit the repairs.
Ministry spokesman Tom Reyes said the audit would start in May.
A ministry spokesman said the ministry had been told of the fault in January."""

# (id, claim): the claim names who said words the article gives to someone unnamed.
NAMED = [
    ("before-the-verb", "Lisa Moran said the company had needed time to identify the cause."),
    ("quotation-going-on", "Lisa Moran said safety was Veltra's first priority."),
    ("an-official", "Lisa Moran said inspectors would audit the repairs."),
]

# (id, claim): the unnamed speaker kept unnamed, a person's own words, or a person the article
# describes by the speaker's noun.
KEPT = [
    ("kept-unnamed", "A Veltra spokesperson said safety was the company's first priority."),
    ("own-words", "Lisa Moran said Veltra should have acted months earlier."),
    ("described-by-the-noun", "Tom Reyes said the ministry had been told of the fault in January."),
    ("named-speaker", "Tom Reyes said the audit would start in May."),
]


@pytest.mark.parametrize("claim", [c for _, c in NAMED], ids=[i for i, _ in NAMED])
def test_a_name_for_an_unnamed_speakers_words_is_not_supported(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is not Verdict.SUPPORTED, check.flags
    assert {FlagCode.ENTITY_MISSING, FlagCode.SPEAKER_SWAPPED} & {f.code for f in check.flags}


@pytest.mark.parametrize("claim", [c for _, c in KEPT], ids=[i for i, _ in KEPT])
def test_words_kept_with_their_speaker_are_supported(claim: str) -> None:
    (check,) = check_claims(ARTICLE, [claim])
    assert check.verdict is Verdict.SUPPORTED, check.flags
