"""A quotation that opens the next sentence of the same paragraph, right after '"...," she
said.', and closes at a sentence's end, or that resumes after a comma in the sentence of the cue
('"...," she said, "..."'), is more of the same speech: a further fragment of the content
('continued'); so is the rest of a sentence after a reporting clause set off by commas inside
it. The checker takes the speaker as the speaker of what the fragments say. Kinds of content
error shared by both held-out sets and PolNeAR dev (BENCHMARKS.md, attrib11). Invented texts,
none from any set."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions
from summariser.checker import check
from summariser.report import FlagCode
from tests.attribution_cases import the_find
from tests.test_checker import _cited

# (text, cue text, the continued fragments' texts)
CONTINUED = [
    pytest.param(
        '"We lost our shape," the coach said. "That cannot happen in a final."',
        "said",
        ['"That cannot happen in a final."'],
        id="quote-goes-on-after-said",
    ),
    pytest.param(
        '"It was close," Ms Hale told reporters outside court. "We will appeal. We think the '
        'judge was wrong."',
        "told",
        ['"We will appeal. We think the judge was wrong."'],
        id="several-sentences-after-told-and-hearer",
    ),
    pytest.param(
        "\u201cHonestly? No,\u201d he said, smiling. \u201cI thought they would push it.\u201d",
        "said",
        ["\u201cI thought they would push it.\u201d"],
        id="curly-marks-and-a-participle-after-the-cue",
    ),
    pytest.param(
        '"If you look back," the senator said, "I could have written it last week."',
        "said",
        ['"I could have written it last week."'],
        id="resumed-after-a-comma-in-the-same-sentence",
    ),
    pytest.param(
        'The answers are "not meeting the demand," says the founder. "We often compare it."',
        "says",
        ['"We often compare it."'],
        id="content-ending-in-a-quotation-cut-by-its-cue",
    ),
    # Near misses: a new paragraph, a cue of its own, a quotation that closes mid-sentence,
    # a content that is no quotation, a quotation after "and" (the writer's).
    pytest.param(
        '"We lost our shape," the coach said.\n\n"That cannot happen in a final."',
        "said",
        [],
        id="new-paragraph-may-be-a-new-speaker",
    ),
    pytest.param(
        '"We lost our shape," the coach said. "We did not," the captain replied.',
        "said",
        [],
        id="next-quotation-has-its-own-cue",
    ),
    pytest.param(
        '"We lost our shape," the coach said. "Shapeless" was the word the papers used.',
        "said",
        [],
        id="next-quotation-closes-mid-sentence",
    ),
    pytest.param(
        '"We lost our shape," the coach said, and "shapeless" was the word the papers used.',
        "said",
        [],
        id="quotation-after-and-is-the-writers",
    ),
    pytest.param(
        '"We lost our shape," the coach said, and the fans behind him sang, "Go home."',
        "said",
        [],
        id="quotation-after-another-clause-is-not-resumed",
    ),
    pytest.param(
        'The coach said the team had lost its shape. "That cannot happen in a final."',
        "said",
        [],
        id="content-is-no-quotation",
    ),
]


# A reporting clause set off by commas inside the sentence: the rest of the sentence is more of
# the content ("Climate change, the president often says, is the greatest threat").
PARENTHETICAL = [
    pytest.param(
        "Climate change, the president often says, is the greatest threat.",
        "often says",
        ["is the greatest threat"],
        id="subject-then-parenthetical-cue",
    ),
    pytest.param(
        "The jury saw a video that, prosecutors said, showed the deputy drawing his weapon.",
        "said",
        ["showed the deputy drawing his weapon"],
        id="parenthetical-cue-inside-a-relative-clause",
    ),
    # Near misses: a coordinated clause, a participle, an inverted source (its apposition),
    # a subordinate clause that is no parenthesis.
    pytest.param(
        "The talks failed, the ministry said, and new talks were planned.",
        "said",
        [],
        id="coordinated-clause-is-the-writers",
    ),
    pytest.param(
        "The plant will close, the owner said, citing high costs.",
        "said",
        [],
        id="participle-phrase-is-the-writers",
    ),
    pytest.param(
        "The plant will close, said Ann Lee, a spokeswoman for the owner.",
        "said",
        [],
        id="inverted-source-and-its-apposition",
    ),
    pytest.param(
        "After the union objected, the case was moved to another court.",
        "objected",
        [],
        id="subordinate-clause-no-parenthesis",
    ),
]


@pytest.mark.parametrize(("text", "cue", "continued"), CONTINUED + PARENTHETICAL)
def test_a_quotation_goes_on_after_its_cue(text: str, cue: str, continued: list[str]) -> None:
    assert [span.text for span in the_find(text, cue).continued] == continued


def test_the_content_parts_are_the_content_then_what_goes_on() -> None:
    text = '"We lost our shape," the coach said. "That cannot happen in a final."'
    (found,) = find_attributions(text)
    assert [p.text for p in found.content_parts()] == [
        '"We lost our shape,"',
        '"That cannot happen in a final."',
    ]


SPOKEN = (
    "The club lost 3-1 at home on Saturday. "
    '"We lost our shape," manager Ruth Alder said. "That cannot happen in a final." '
    "Captain Sam Ode said the squad would recover."
)


@pytest.mark.parametrize(
    ("source", "flagged"),
    [("Ruth Alder", False), ("Sam Ode", True)],
    ids=["the-speaker-who-goes-on", "another-speaker"],
)
def test_the_checker_takes_the_speaker_of_a_quotation_that_goes_on(
    source: str, flagged: bool
) -> None:
    summary = _cited("That cannot happen in a final.", source, SPOKEN)
    codes = [f.code for e in check(summary, SPOKEN).elements for f in e.flags]
    assert codes == ([FlagCode.SOURCE_NOT_FOUND] if flagged else [])
