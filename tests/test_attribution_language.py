"""find_attributions on invented news sentences, one table row per construction: idioms of
stance, nominal cues, passive and participial frames, predicates without a reporting verb and
headline styles, each with its exact cue and source, and near misses that report nothing."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions
from tests.test_attribution_news_styles import NEWS_STYLE_CUES, NEWS_STYLE_NOT_CUES
from tests.test_attribution_spans import SPAN_CUES, SPAN_NOT_CUES
from tests.test_attribution_structures import STRUCTURE_CUES, STRUCTURE_NOT_CUES
from tests.test_attribution_styles import STYLE_CUES, STYLE_NOT_CUES

# (sentence, cue text, source text): the sentence holds exactly one find with that cue.
LANGUAGE_CUES = [
    # Idioms of stance: the object is a proposal, a policy, a named or owned target, or the
    # target has a reason after it.
    pytest.param(
        "The senator took aim at the governor's budget on Tuesday.",
        "took aim at",
        "The senator",
        id="took-aim-at-an-owned-budget",
    ),
    pytest.param(
        "The senator took aim at the president over the budget.",
        "took aim at",
        "The senator",
        id="took-aim-at-with-a-reason",
    ),
    pytest.param(
        "Critics have taken aim at the council's new parking rules.",
        "have taken aim at",
        "Critics",
        id="have-taken-aim-at",
    ),
    pytest.param(
        "The comedian took a swipe at Jane Doe over her remarks.",
        "took a swipe at",
        "The comedian",
        id="took-a-swipe-at-a-named-target",
    ),
    pytest.param(
        "The union came out against the merger.",
        "came out against",
        "The union",
        id="came-out-against-a-merger",
    ),
    pytest.param(
        "The senator came out in favour of the bill.",
        "came out in favour of",
        "The senator",
        id="came-out-in-favour-of",
    ),
    pytest.param(
        "Two former ministers came out in support of the strike.",
        "came out in support of",
        "Two former ministers",
        id="came-out-in-support-of",
    ),
    pytest.param(
        "The minister stopped short of calling for a ban.",
        "stopped short of",
        "The minister",
        id="stopped-short-of-a-gerund-of-speech",
    ),
    pytest.param(
        "The bishop stopped short of an apology.",
        "stopped short of",
        "The bishop",
        id="stopped-short-of-an-act-of-speech",
    ),
    # Infinitives of purpose after taking to a channel: the clause's subject speaks there.
    pytest.param(
        "Jones took to Twitter to blast the referee.",
        "blast",
        "Jones",
        id="took-to-twitter-to-blast",
    ),
    pytest.param(
        "The minister went on television to defend the cuts.",
        "defend",
        "The minister",
        id="went-on-television-to-defend",
    ),
    pytest.param(
        "The president used his speech to attack the press.",
        "attack",
        "The president",
        id="used-his-speech-to-attack",
    ),
    pytest.param(
        "The coach, who took to Facebook to criticise the league, was fined.",
        "criticise",
        "who",
        id="relative-clause-took-to-facebook",
    ),
    # Reporting nouns with their agent after "by" and their content after it.
    pytest.param(
        "The claim by the ministry that prices fell was false.",
        "claim",
        "the ministry",
        id="the-claim-by-x-that",
    ),
    pytest.param(
        "Warnings by scientists that the dam could fail were ignored.",
        "Warnings",
        "scientists",
        id="plural-warnings-by-x-that",
    ),
    # Verbs mostly of other senses report with a "that"-clause.
    pytest.param(
        "The minister has long maintained that the tax is fair.",
        "has long maintained",
        "The minister",
        id="maintained-that",
    ),
    pytest.param(
        "The senator posted on Twitter that the vote was rigged.",
        "posted",
        "The senator",
        id="posted-on-twitter-that",
    ),
    pytest.param(
        "The company answered that the fault had been fixed.",
        "answered",
        "The company",
        id="answered-that",
    ),
    # Passive and participial frames.
    pytest.param(
        "The minister was quoted by the Times as saying the deal was dead.",
        "was quoted by the Times as saying",
        "The minister",
        id="quoted-by-x-as-saying-names-the-speaker",
    ),
    pytest.param(
        "The minister was quoted as saying the talks had failed.",
        "was quoted as saying",
        "The minister",
        id="quoted-as-saying",
    ),
    pytest.param(
        "The deal is off, as reported by Reuters.", "reported", "Reuters", id="as-reported-by"
    ),
    pytest.param(
        "The figures, cited by the minister, are wrong.",
        "cited",
        "the minister",
        id="cited-by",
    ),
    pytest.param(
        "Research published in Nature shows that sleep matters.",
        "shows",
        "Research published in Nature",
        id="subject-keeps-its-reduced-relative-with-a-place",
    ),
    pytest.param(
        "Smith, speaking to reporters, said the vote was rigged.",
        "said",
        "Smith",
        id="participle-of-speech-in-commas-is-no-appositive",
    ),
    pytest.param(
        "Smith said at a campaign stop that taxes would fall.",
        "said",
        "Smith",
        id="said-at-a-campaign-stop-is-the-main-verb",
    ),
    # Nominal cues.
    pytest.param(
        "The plant will close, according to a company memo.",
        "according to",
        "a company memo",
        id="according-to-a-memo",
    ),
    pytest.param(
        "The bank will cut 500 jobs, according to people familiar with the matter.",
        "according to",
        "people familiar with the matter",
        id="according-to-people-familiar",
    ),
    pytest.param(
        "According to the plan, taxes will rise in May.",
        "According to",
        "the plan",
        id="according-to-a-plan-with-determiner-is-a-document",
    ),
    pytest.param(
        "In remarks to reporters, the general defended the strike.",
        "defended",
        "the general",
        id="in-remarks-to-reporters",
    ),
    pytest.param(
        "A spokesman for the ministry said the talks would resume.",
        "said",
        "A spokesman for the ministry",
        id="a-spokesman-for-x-said",
    ),
    pytest.param(
        "The governor's office said the bill would be signed.",
        "said",
        "The governor's office",
        id="x-office-said",
    ),
    pytest.param(
        "A report by the audit office found that costs doubled.",
        "found",
        "A report by the audit office",
        id="a-report-by-x-found",
    ),
    # Predicates without a reporting verb, and headline styles.
    pytest.param(
        "The mayor is adamant that the bridge is safe.",
        "is adamant that",
        "The mayor",
        id="is-adamant-that",
    ),
    pytest.param(
        "The union's position is that wages must rise.",
        "position is",
        "The union's",
        id="position-is-that",
    ),
    pytest.param("Merkel: Europe must stand together", ":", "Merkel", id="headline-colon"),
    pytest.param(
        "Taxes will rise next year, the minister says.",
        "says",
        "the minister",
        id="trailing-says",
    ),
    pytest.param('"We will win" -- Smith', "--", "Smith", id="dash-signature"),
]

# (sentence, a cue text that must not be found): literal senses and near misses.
LANGUAGE_NOT_CUES = [
    pytest.param("The striker took aim at the goal.", "took aim", id="took-aim-at-a-goal"),
    pytest.param("The sniper took aim at the soldiers.", "took aim", id="took-aim-at-soldiers"),
    pytest.param("The batsman took a swipe at the ball.", "took", id="took-a-swipe-at-a-ball"),
    pytest.param("The car came out against the wall.", "came out", id="came-out-against-a-wall"),
    pytest.param("The cat came out from under the bed.", "came", id="came-out-from-under"),
    pytest.param("The family came out for dinner.", "came out", id="came-out-for-dinner"),
    pytest.param(
        "The climbers stopped short of the summit.", "stopped", id="stopped-short-of-a-summit"
    ),
    pytest.param(
        "The car stopped short of reaching the barrier.",
        "stopped",
        id="stopped-short-of-a-gerund-of-motion",
    ),
    pytest.param("Jones took to the stage to sing.", "sing", id="purpose-without-content"),
    pytest.param(
        "The band went on tour to promote the album.", "promote", id="purpose-without-a-channel"
    ),
    pytest.param("She went on radio to find out more.", "find", id="purpose-verb-is-no-speech"),
    pytest.param("The team won thanks to a late goal.", "thanks", id="thanks-to-is-a-preposition"),
    pytest.param("Everything went according to plan.", "according to", id="according-to-plan"),
    pytest.param(
        "The trains ran according to schedule.", "according to", id="according-to-schedule"
    ),
    pytest.param("Pay is set according to age.", "according to", id="according-to-age"),
    pytest.param(
        "The claim by a farmer for damages was rejected.", "claim", id="claim-by-without-content"
    ),
    pytest.param(
        "A statement by the ministry that was issued Monday angered farmers.",
        "statement",
        id="statement-by-x-with-a-relative-clause",
    ),
    pytest.param("His warnings about the dam were ignored.", "warnings", id="owned-plural-noun"),
    pytest.param(
        "If the Immigration Service order that she must leave stands, she will appeal.",
        "order",
        id="order-after-a-name-is-a-noun",
    ),
    pytest.param(
        "The mayor said officials should consider that the bridge is old.",
        "should consider",
        id="that-clause-verb-nested-in-reported-content-is-weak",
    ),
    pytest.param("The council maintained the roads.", "maintained", id="maintained-roads"),
    pytest.param("The firm posted a loss.", "posted", id="posted-a-loss"),
    pytest.param(
        "The trial proved that the drug works.", "proved", id="proved-that-is-the-writer's"
    ),
    pytest.param("Assuming that the deal holds, prices will fall.", "Assuming", id="assuming-that"),
    pytest.param(
        "In remarks to reporters, the general defended the strike.",
        "remarks",
        id="capitalised-preposition-is-no-source",
    ),
]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    LANGUAGE_CUES + STYLE_CUES + SPAN_CUES + NEWS_STYLE_CUES + STRUCTURE_CUES,
)
def test_constructions_find_their_cue_and_source(text: str, cue: str, source: str) -> None:
    found = find_attributions(text)
    matching = [a for a in found if a.cue.text == cue]
    assert len(matching) == 1, [(a.source, a.cue.text) for a in found]
    assert matching[0].source is not None
    assert matching[0].source.text == source


@pytest.mark.parametrize(
    ("text", "not_cue"),
    LANGUAGE_NOT_CUES + STYLE_NOT_CUES + SPAN_NOT_CUES + NEWS_STYLE_NOT_CUES + STRUCTURE_NOT_CUES,
)
def test_literal_senses_and_near_misses_report_nothing(text: str, not_cue: str) -> None:
    cues = [a.cue.text for a in find_attributions(text)]
    assert not any(cue.startswith(not_cue) for cue in cues), cues


def test_quoted_by_an_outlet_gives_the_speaker_and_what_was_said() -> None:
    found = find_attributions("The minister was quoted by the Times as saying the deal was dead.")
    assert len(found) == 1
    assert found[0].content is not None
    assert found[0].content.text == "the deal was dead"
