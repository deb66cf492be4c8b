"""find_attributions on invented news sentences: the whole span of a source (documents dated
by a participle, descriptions with an apposed name, anonymous sources with their reason),
cues without a reporting verb, negated cues, and other styles' near misses."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions

# (sentence, cue text, source text): the sentence holds exactly one find with that cue.
SPAN_CUES = [
    # A document dated by a participle and a time phrase: the finite verb after it is the
    # main verb, and the participle with its time belongs to the subject.
    pytest.param(
        "A study published in May found that most patients recovered.",
        "found",
        "A study published in May",
        id="document-published-in-may",
    ),
    pytest.param(
        "A survey published in 2021 found that most tenants were worried.",
        "found",
        "A survey published in 2021",
        id="document-published-in-a-year",
    ),
    pytest.param(
        "A paper published last month argues that the tax is unfair.",
        "argues",
        "A paper published last month",
        id="document-published-last-month",
    ),
    pytest.param(
        "Data released yesterday show that exports fell.",
        "show",
        "Data released yesterday",
        id="data-released-yesterday-show",
    ),
    pytest.param(
        "An audit issued Thursday concluded that the funds were misused.",
        "concluded",
        "An audit issued Thursday",
        id="audit-issued-on-a-weekday",
    ),
    pytest.param(
        "A review completed three weeks ago found that the wards were short of staff.",
        "found",
        "A review completed three weeks ago",
        id="review-completed-weeks-ago",
    ),
    pytest.param(
        "British Prime Minister Jane May said the talks had stalled.",
        "said",
        "British Prime Minister Jane May",
        id="may-as-a-surname-is-no-modal",
    ),
]

# (sentence, cue text): no find's cue starts with that text.
SPAN_NOT_CUES = [
    pytest.param("The morning show ended early.", "show", id="time-noun-compound-stays-a-noun"),
]


@pytest.mark.parametrize(("text", "cue", "source"), SPAN_CUES)
def test_sources_keep_their_whole_span(text: str, cue: str, source: str) -> None:
    found = find_attributions(text)
    matching = [a for a in found if a.cue.text == cue]
    assert len(matching) == 1, [(a.source, a.cue.text) for a in found]
    assert matching[0].source is not None
    assert matching[0].source.text == source


@pytest.mark.parametrize(("text", "not_cue"), SPAN_NOT_CUES)
def test_near_misses_report_nothing(text: str, not_cue: str) -> None:
    cues = [a.cue.text for a in find_attributions(text)]
    assert not any(cue.startswith(not_cue) for cue in cues), cues
