"""Noun phrases that are a preposition's object: an "-ed" form after one is a participle, no
finite verb of theirs. A kind of error shared by the held-out set and PolNeAR dev's even half
(BENCHMARKS.md, attrib10). Invented sentences, none from either set; each near miss keeps the
words and changes the structure that decides."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions
from tests.attribution_cases import source_of

# (sentence, cue text): no find has this cue.
NOT_CUES = [
    # An "-ed" form after a preposition's object describes that object: a reduced relative.
    pytest.param(
        "She pointed to a £2bn fund announced in the spring.",
        "announced",
        id="participle-after-to-object",
    ),
    pytest.param(
        "The text was copied from a report published shortly before the vote.",
        "published",
        id="participle-after-from-object-adverb",
    ),
    pytest.param(
        "They pointed to a cut announced last year.",
        "announced",
        id="participle-after-to-object-time",
    ),
]

# (sentence, cue text, source text): exactly one find with this cue, and its source.
CUES = [
    # Near misses: the phrase opens its clause, a second phrase is the subject, the verb has
    # a clause of its own.
    pytest.param(
        "In March the board announced that it would close.",
        "announced",
        "the board",
        id="fronted-preposition-opens-clause",
    ),
    pytest.param(
        "Shares fell after the company reported a loss.",
        "reported",
        "the company",
        id="after-is-a-conjunction",
    ),
    pytest.param(
        "Turning to the budget the minister claimed that it was fair.",
        "claimed",
        "the minister",
        id="determiner-opens-a-second-phrase",
    ),
    pytest.param(
        "Most of my colleagues agreed in private that he should go.",
        "agreed",
        "Most of my colleagues",
        id="phrase-inside-the-subject",
    ),
    pytest.param(
        "Every woman surveyed in Lyon claimed to have been harassed.",
        "claimed",
        "Every woman surveyed in Lyon",
        id="participle-subject-then-verb",
    ),
    pytest.param(
        "The letter to parents warned that the school would close.",
        "warned",
        "parents",
        id="verb-with-a-clause-is-finite",
    ),
]


@pytest.mark.parametrize(("text", "cue"), NOT_CUES)
def test_a_participle_after_a_prepositions_object_reports_nothing(text: str, cue: str) -> None:
    assert cue not in [a.cue.text for a in find_attributions(text)]


@pytest.mark.parametrize(("text", "cue", "source"), CUES)
def test_near_misses_keep_their_cue_and_source(text: str, cue: str, source: str) -> None:
    assert source_of(text, cue) == source
