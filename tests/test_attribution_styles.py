"""find_attributions on invented sentences in the styles of wire, broadcast, court and police
reporting: documents and organisations as sources, chained and nested attributions, each with
its exact cue and source, and near misses that report nothing."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions
from tests.test_attribution_news_styles import NEWS_STYLE_CONTENTS
from tests.test_attribution_spans import SPAN_CONTENTS
from tests.test_attribution_structures import STRUCTURE_CONTENTS

# (sentence, cue text, source text): the sentence holds exactly one find with that cue. These
# tables are run by the tests of test_attribution_language.py, with its own.
STYLE_CUES = [
    # A verb of evidence whose content ends in a clause with a sentence-final reporting verb:
    # the inner verb's subject follows "that", so the outer clause is no content of its own.
    pytest.param(
        "The study found that most voters disagree.",
        "found",
        "The study",
        id="evidence-verb-over-a-nested-intransitive-cue",
    ),
    pytest.param(
        "Court documents show that the banker knew.",
        "show",
        "Court documents",
        id="court-documents-show-over-a-nested-cue",
    ),
    pytest.param(
        "The memo shows that the agency knew.",
        "shows",
        "The memo",
        id="memo-shows-over-a-nested-cue",
    ),
    pytest.param(
        "Polls suggest that most voters agree.",
        "suggest",
        "Polls",
        id="polls-suggest-over-a-nested-cue",
    ),
    pytest.param(
        "Emails seen by the broadcaster suggest the minister knew.",
        "suggest",
        "Emails seen by the broadcaster",
        id="nested-cue-right-after-a-reporting-verb",
    ),
    # Anonymous sources: the whole noun phrase, with how they know.
    pytest.param(
        "Two people with knowledge of the talks said the deal was close.",
        "said",
        "Two people with knowledge of the talks",
        id="people-with-knowledge-of",
    ),
    pytest.param(
        "A source with direct knowledge of the negotiations said talks were over.",
        "said",
        "A source with direct knowledge of the negotiations",
        id="a-source-with-direct-knowledge",
    ),
    pytest.param(
        "The deal is close, said two people with knowledge of the talks.",
        "said",
        "two people with knowledge of the talks",
        id="inverted-people-with-knowledge",
    ),
    pytest.param(
        "Officials with ties to the army said the coup had failed.",
        "said",
        "Officials with ties to the army",
        id="officials-with-ties-to",
    ),
    pytest.param(
        "The deal is close, a source with access to the files told the paper.",
        "told",
        "a source with access to the files",
        id="a-source-with-access-to",
    ),
    # A document described by a reduced relative in commas speaks itself.
    pytest.param(
        "The letter, signed by 40 scientists, warns that the dam is unsafe.",
        "warns",
        "The letter",
        id="document-with-a-participle-and-agent-in-commas",
    ),
    pytest.param(
        "The memo, obtained by the newspaper, shows that the agency was told.",
        "shows",
        "The memo",
        id="memo-obtained-by-in-commas",
    ),
    pytest.param(
        "The lawsuit, filed in federal court on Monday, alleges that the firm lied.",
        "alleges",
        "The lawsuit",
        id="lawsuit-filed-in-court-alleges",
    ),
    pytest.param(
        "The suit, filed Tuesday, claims that the drug is unsafe.",
        "claims",
        "The suit",
        id="suit-filed-on-a-day-claims",
    ),
    # A message posted to a platform speaks for whoever posted it.
    pytest.param(
        "The minister posted a video on Facebook saying the war was over.",
        "saying",
        "The minister",
        id="video-on-a-platform-saying",
    ),
    # Speech that goes on after a quotation.
    pytest.param(
        'Smith said the deal was off. "We tried," he went on.',
        "went on",
        "he",
        id="went-on-after-a-quotation",
    ),
    pytest.param('He went on: "We tried."', "went on", "He", id="went-on-before-a-colon"),
    pytest.param(
        'She continued, "For us, the fight is not over."',
        "continued",
        "She",
        id="continued-before-a-quotation",
    ),
    # Institutions with their seat, and a report with its date and its author.
    pytest.param(
        "The Foreign Ministry in Moscow said the talks had failed.",
        "said",
        "The Foreign Ministry in Moscow",
        id="ministry-in-its-capital",
    ),
    pytest.param(
        "The U.S. Embassy in Kabul said the road was closed.",
        "said",
        "The U.S. Embassy in Kabul",
        id="embassy-in-its-city",
    ),
    pytest.param(
        "A report released on Monday by the United Nations found that hunger rose.",
        "found",
        "A report released on Monday by the United Nations",
        id="report-released-on-a-day-by-its-author",
    ),
    # 'according to' a document keeps who issued it and when.
    pytest.param(
        "The plant will close, according to a statement released by the company on Monday.",
        "according to",
        "a statement released by the company on Monday",
        id="according-to-a-statement-released-by",
    ),
    pytest.param(
        "Smith lied to investigators, according to the indictment unsealed on Thursday.",
        "according to",
        "the indictment unsealed on Thursday",
        id="according-to-an-indictment-unsealed-on-a-day",
    ),
    pytest.param(
        "According to police, the man fled.", "According to", "police", id="according-to-police"
    ),
    # A reduced relative's time belongs to the subject: the participle is no main verb.
    pytest.param(
        "Government figures published on Thursday show that exports fell.",
        "show",
        "Government figures published on Thursday",
        id="figures-published-on-a-day-show",
    ),
    pytest.param(
        "The report released on Monday found that exports fell.",
        "found",
        "The report released on Monday",
        id="report-released-on-a-day-found",
    ),
]

# (sentence, a cue text that must not be found): literal senses and near misses.
STYLE_NOT_CUES = [
    pytest.param(
        "The savings plans that the state offers are cheap.",
        "plans",
        id="plans-before-that-is-a-noun",
    ),
    pytest.param(
        "The job offers that she received were poor.",
        "offers",
        id="offers-before-that-is-a-noun",
    ),
    pytest.param(
        "The figures came from a Reuters report, and they were wrong.",
        "report",
        id="a-name-and-report-is-a-noun",
    ),
    pytest.param(
        "Wages fell, according to an AP report, and prices rose.",
        "report",
        id="an-acronym-and-report-is-a-noun",
    ),
    pytest.param(
        "The school said it was wrong to cancel the film and that the show will go on.",
        "will go on",
        id="go-on-in-a-that-clause-after-a-quotation-free-clause",
    ),
    pytest.param(
        "The father said on Wednesday he wants to meet his son.",
        "wants",
        id="speech-verb-before-a-time-is-no-participle",
    ),
    pytest.param("The rain continued.", "continued", id="continued-without-speech"),
    pytest.param("The trial continues.", "continues", id="trial-continues"),
    pytest.param("The party went on.", "went", id="went-on-without-speech"),
    pytest.param(
        "The show went on, despite the rain.", "went", id="went-on-with-a-comma-and-no-quotation"
    ),
    pytest.param(
        '"Help is coming," he said, but fighting is still going on.',
        "is still going",
        id="going-on-as-a-progressive",
    ),
    pytest.param("Smith went on holiday to Spain.", "went", id="went-on-holiday"),
]


def test_trailing_cue_after_a_comma_keeps_the_content_before_it() -> None:
    found = find_attributions("The deal is off, the agency said.")
    assert len(found) == 1
    assert found[0].content is not None
    assert found[0].content.text == "The deal is off"


# (sentence, cue text, content text): wire copy puts the reporting clause after its content,
# with a channel, place or time phrase and a participle or conjunction after it.
TRAILING_CONTENTS = [
    pytest.param(
        "The talks failed, the ministry said in a statement, adding that talks were planned.",
        "said",
        "The talks failed",
        id="said-in-a-statement-adding",
    ),
    pytest.param(
        "The talks failed, the ministry said on Tuesday, and new talks were planned.",
        "said",
        "The talks failed",
        id="said-on-a-day-and",
    ),
    pytest.param(
        "The talks failed, the minister told reporters in Geneva, adding that talks would resume.",
        "told",
        "The talks failed",
        id="told-reporters-in-a-place-adding",
    ),
    pytest.param(
        "The father said in a letter published Wednesday that he wants to meet his son.",
        "said",
        "that he wants to meet his son",
        id="letter-published-on-a-day-is-the-channel",
    ),
    pytest.param(
        "` i do n't believe it , ' rubio continued .",
        "continued",
        "` i do n't believe it , '",
        id="continued-after-a-plain-quotation",
    ),
    pytest.param(
        'Ritter said she shouted, "If I had a gun I would kill him!"',
        "shouted",
        '"If I had a gun I would kill him!"',
        id="nested-cue-keeps-a-quotation-after-its-comma",
    ),
    pytest.param(
        "Prices rose 2 percent, the agency said in a June report, and wages fell.",
        "said",
        "Prices rose 2 percent",
        id="said-in-a-named-report-and",
    ),
    pytest.param(
        '"The talks failed," the minister said at a rally, "but we will try again."',
        "said",
        '"but we will try again."',
        id="split-quotation-keeps-its-second-part",
    ),
    pytest.param(
        "The difference now, he told me on Friday, is that the talks have failed.",
        "told",
        "on Friday, is that the talks have failed",
        id="parenthetical-clause-takes-what-follows",
    ),
    pytest.param(
        "The minister said in an interview, which aired Sunday, that the talks failed.",
        "said",
        "in an interview, which aired Sunday, that the talks failed",
        id="subject-first-clause-keeps-its-content-after",
    ),
]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    TRAILING_CONTENTS + SPAN_CONTENTS + NEWS_STYLE_CONTENTS + STRUCTURE_CONTENTS,
)
def test_trailing_reporting_clause_finds_its_content(text: str, cue: str, content: str) -> None:
    matching = [a for a in find_attributions(text) if a.cue.text == cue]
    assert len(matching) == 1
    assert matching[0].content is not None
    assert matching[0].content.text == content


def test_nested_trailing_cue_has_no_content_of_its_own() -> None:
    found = find_attributions("The study found that most voters disagree.")
    contents = {a.cue.text: a.content.text if a.content else None for a in found}
    assert contents["found"] == "that most voters disagree"
    assert contents.get("disagree") is None, contents
