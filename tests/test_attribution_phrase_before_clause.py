"""A prepositional phrase between a reporting verb and its "that"-clause is the verb's (where,
when, through what it was said), not the content's, also when its noun has the form of a verb
("wrote in a note to clients that", "said after the hearing that") or a participle follows its
noun ("said in an audio message posted online that"); a noun cue in that phrase names the
channel of the verb's act and is no second attribution ("said in his remarks that"). A kind of
content error shared by both held-out sets (BENCHMARKS.md, attrib11). Invented sentences, none
from any set."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions
from tests.attribution_cases import content_of

# (sentence, cue text, content text): exactly one find with this cue, and its content.
CONTENTS = [
    pytest.param(
        "Analysts wrote in a note to clients that the costs were small.",
        "wrote",
        "that the costs were small",
        id="verb-form-noun-after-article",
    ),
    pytest.param(
        "The coroner said after the hearing that the path was unsafe.",
        "said",
        "that the path was unsafe",
        id="time-phrase-after",
    ),
    pytest.param(
        "The leader said in an audio message posted online that his men had left.",
        "said",
        "that his men had left",
        id="participle-after-the-phrase-noun",
    ),
    pytest.param(
        "The utility said in a filing with regulators that a line had failed.",
        "said",
        "that a line had failed",
        id="ing-noun-after-article",
    ),
    # Near misses: a relative "that" after the phrase, a clause after a pronoun, a verb.
    pytest.param(
        "She said in a report that was released on Monday the plan had failed.",
        "said",
        "in a report that was released on Monday the plan had failed",
        id="relative-that-after-the-phrase",
    ),
    pytest.param(
        "Snowden told reporters in Moscow he felt relief.",
        "told",
        "in Moscow he felt relief",
        id="pronoun-then-verb-is-a-clause",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), CONTENTS)
def test_a_phrase_of_the_verb_stays_out_of_the_content(text: str, cue: str, content: str) -> None:
    assert content_of(text, cue) == content


@pytest.mark.parametrize(
    ("text", "finds"),
    [
        pytest.param(
            "The judge said in his remarks that he was concerned.",
            [("The judge", "said")],
            id="noun-cue-in-the-verbs-phrase",
        ),
        pytest.param(
            "The judge said in his statement that he was concerned.",
            [("The judge", "said")],
            id="owned-statement-in-the-verbs-phrase",
        ),
        # Near miss: the noun cue on its own is an attribution.
        pytest.param(
            "His statement that he was concerned drew criticism.",
            [("His", "statement")],
            id="noun-cue-alone",
        ),
    ],
)
def test_a_noun_cue_in_the_verbs_phrase_is_its_channel(
    text: str, finds: list[tuple[str, str]]
) -> None:
    assert [(a.source.text if a.source else None, a.cue.text) for a in find_attributions(text)] == (
        finds
    )
