"""Invented news sentences for find_attributions: the whole span of a source (documents dated
by a participle, descriptions with an apposed name, unnamed sources with their reason), cues
without a reporting verb, literal senses of sports copy ("claimed the title"), and contents.
These tables are run by the table tests of test_attribution_language.py (cues, near misses)
and test_attribution_styles.py (contents)."""

from __future__ import annotations

import pytest

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
        "A trial published in the Lancet on Monday found that the drug was safe.",
        "found",
        "A trial published in the Lancet on Monday",
        id="document-with-a-place-then-a-time",
    ),
    pytest.param(
        "Research published last year in a medical journal suggests that naps help.",
        "suggests",
        "Research published last year in a medical journal",
        id="document-with-a-time-then-a-place",
    ),
    pytest.param(
        "A man arrested in Hull on Friday said he was innocent.",
        "said",
        "A man arrested in Hull on Friday",
        id="person-with-a-participle-a-place-and-a-time",
    ),
    pytest.param(
        "After the deaths of two men at police hands, she spoke about the need for reform.",
        "spoke about",
        "she",
        id="a-noun-in-en-is-no-participle",
    ),
    pytest.param(
        "British Prime Minister Jane May said the talks had stalled.",
        "said",
        "British Prime Minister Jane May",
        id="may-as-a-surname-is-no-modal",
    ),
    # A description with a name apposed after it, inverted after the verb.
    pytest.param(
        "The road was closed, said a police spokesman, Sgt. Peter Lane.",
        "said",
        "a police spokesman, Sgt. Peter Lane",
        id="inverted-description-then-titled-name",
    ),
    pytest.param(
        "Nobody was hurt, said the fire service spokeswoman, Lt. Col. Ana Ruiz, adding that "
        "the roof had collapsed.",
        "said",
        "the fire service spokeswoman, Lt. Col. Ana Ruiz",
        id="inverted-description-then-name-before-a-participle",
    ),
    pytest.param(
        "The talks will go on, said a government spokesman, on Monday.",
        "said",
        "a government spokesman",
        id="inverted-description-then-a-time-is-no-name",
    ),
    # The formula of an unnamed source belongs to the source, with its reason.
    pytest.param(
        "A person who asked not to be named because the talks are private said the bid had failed.",
        "said",
        "A person who asked not to be named because the talks are private",
        id="unnamed-source-with-its-reason",
    ),
    pytest.param(
        "Two diplomats who declined to be identified told reporters the bid had failed.",
        "told",
        "Two diplomats who declined to be identified",
        id="declined-to-be-identified",
    ),
    pytest.param(
        "An aide who spoke on condition of anonymity because she was not authorised to "
        "comment said the bid had failed.",
        "said",
        "An aide who spoke on condition of anonymity because she was not authorised to comment",
        id="spoke-on-condition-of-anonymity-with-a-reason",
    ),
    pytest.param(
        "The bid failed, an adviser who asked not to be named said.",
        "said",
        "an adviser who asked not to be named",
        id="trailing-unnamed-source",
    ),
    # A body with the place it stands in: "in" and a name after its noun.
    pytest.param(
        "Doctors at the hospital in Leeds said the girl was stable.",
        "said",
        "Doctors at the hospital in Leeds",
        id="hospital-in-a-named-place",
    ),
    pytest.param(
        "A spokeswoman for the university in Austin said classes were cancelled.",
        "said",
        "A spokeswoman for the university in Austin",
        id="spokeswoman-for-a-university-in-a-named-place",
    ),
    pytest.param(
        "The hospital in a statement said the girl was stable.",
        "said",
        "The hospital",
        id="in-a-statement-is-no-place",
    ),
    # The same verbs reporting: a clause after the noun, a pronoun with no object after it.
    pytest.param(
        "The coach claimed the points were stolen.",
        "claimed",
        "The coach",
        id="claimed-a-clause-whose-subject-is-a-prize-noun",
    ),
    pytest.param(
        "The senator claimed victory.", "claimed", "The senator", id="claimed-victory-reports"
    ),
    pytest.param(
        "The survey showed her ahead by 3 points.",
        "showed",
        "The survey",
        id="a-measure-after-by-is-no-agent",
    ),
    # An appositive agrees in number with its head.
    pytest.param(
        "According to the police, the 19-year-old, a student from Hull, fled the country.",
        "According to",
        "the police",
        id="singular-subject-after-according-to-a-plural-group",
    ),
    pytest.param(
        "According to the company, a maker of chips, sales fell.",
        "According to",
        "the company, a maker of chips",
        id="singular-appositive-after-a-singular-head",
    ),
    pytest.param(
        "The vote was rigged, said Mark Cummings, a lawyer for the party.",
        "said",
        "Mark Cummings, a lawyer for the party",
        id="name-in-s-keeps-its-appositive",
    ),
    # Cues without a reporting verb: words someone said, a headline's speaker and topic.
    pytest.param(
        "In the words of one diplomat, the truce is a fiction.",
        "In the words of",
        "one diplomat",
        id="in-the-words-of-an-indefinite-speaker",
    ),
    pytest.param(
        "Merkel on migrants: we can manage this",
        ":",
        "Merkel",
        id="headline-speaker-on-a-topic",
    ),
]

# (sentence, cue text): no find's cue starts with that text.
SPAN_NOT_CUES = [
    pytest.param("The morning show ended early.", "show", id="time-noun-compound-stays-a-noun"),
    pytest.param(
        "Crackdown on dissent: police arrest 40", ":", id="headline-label-on-a-topic-is-no-speaker"
    ),
    pytest.param(
        "In the eyes of a child, the world is big.",
        "In the eyes of",
        id="eyes-of-an-indefinite-holder",
    ),
    # "claim" as winning or taking, "show" as giving: sports and disaster copy.
    pytest.param("The keeper claimed the ball.", "claimed", id="claimed-the-ball"),
    pytest.param(
        "The Welsh rider claimed her second title in Paris.",
        "claimed",
        id="claimed-a-title",
    ),
    pytest.param("The storm claimed 14 lives.", "claimed", id="a-disaster-claims-lives"),
    pytest.param("The bowler claimed three wickets.", "claimed", id="claimed-wickets"),
    pytest.param("The referee showed him a red card.", "showed", id="showed-him-a-card"),
    pytest.param(
        "The police agreed to show them footage of the crash.",
        "show",
        id="show-them-footage",
    ),
    pytest.param(
        "A person who asked not to be named said the bid had failed.",
        "asked",
        id="asked-not-to-be-named-reports-nothing",
    ),
    pytest.param(
        "The bid failed, said an aide who declined to be identified.",
        "declined",
        id="declined-to-be-identified-reports-nothing",
    ),
]


# (sentence, cue text, content text): what a find reports, with its exact span.
SPAN_CONTENTS = [
    pytest.param(
        "Two officials told Reuters the bid had failed.",
        "told",
        "the bid had failed",
        id="told-a-named-addressee-then-an-article",
    ),
    pytest.param(
        "The coach told the BBC the squad was tired.",
        "told",
        "the squad was tired",
        id="told-an-addressee-with-an-article-then-an-article",
    ),
    pytest.param(
        "She told the head of the agency the plan was dead.",
        "told",
        "the plan was dead",
        id="told-an-addressee-with-an-of-phrase",
    ),
    pytest.param(
        "“We were poor,” the coach said after the match.",
        "said",
        "“We were poor,”",
        id="trailing-clause-with-a-time-phrase-ending-the-sentence",
    ),
    pytest.param(
        "“I am relieved,” she said outside the court.",
        "said",
        "“I am relieved,”",
        id="trailing-clause-with-a-place-phrase-ending-the-sentence",
    ),
    pytest.param(
        "Like the mayor, I believe in the good sense of the voters.",
        "believe",
        "in the good sense of the voters",
        id="a-phrase-ending-the-sentence-is-the-object-of-a-verb-of-thought",
    ),
    pytest.param(
        "The row began with the host, who had pressed him on his taxes.",
        "had pressed",
        "on his taxes",
        id="a-relative-clause-trails-no-content",
    ),
]
