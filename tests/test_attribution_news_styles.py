"""Invented sentences for find_attributions in styles the political dev set lacks: court reports,
wire copy with party affiliations, live blogs and social posts, sports quotes. Each row holds
its exact cue and source (or content); the near misses use the same words in other senses.
These tables are run by the table tests of test_attribution_language.py (cues, near misses)
and test_attribution_styles.py (contents)."""

from __future__ import annotations

import pytest

# (sentence, cue text, source text): the sentence holds exactly one find with that cue.
NEWS_STYLE_CUES = [
    # Court reports: what a court holds and rules, and its decisions and findings as predicates.
    pytest.param(
        "The panel held that the agency had exceeded its authority.",
        "held",
        "The panel",
        id="court-held-that",
    ),
    pytest.param(
        "The 2-1 decision held that the statute was unconstitutional.",
        "held",
        "The 2-1 decision",
        id="decision-held-that",
    ),
    pytest.param(
        "A federal appeals court ruled against the state's voter purge.",
        "ruled against",
        "A federal appeals court",
        id="court-ruled-against",
    ),
    pytest.param(
        "Federal court rules against Ohio's purges of voter rolls.",
        "rules against",
        "Federal court",
        id="headline-court-rules-against",
    ),
    pytest.param(
        "The judge's ruling was that the search had been illegal.",
        "ruling was",
        "The judge's",
        id="owned-ruling-was-that",
    ),
    pytest.param(
        "The jury's finding was that the company had misled investors.",
        "finding was",
        "The jury's",
        id="owned-finding-was-that",
    ),
    pytest.param(
        "Her testimony was that she never saw the memo.",
        "testimony was",
        "Her",
        id="owned-testimony-was-that",
    ),
    # Wire copy: a party and a state of two initials after the name belong to the source.
    pytest.param(
        '"We will fight this," said Sen. Charles Schumer, D-N.Y.',
        "said",
        "Sen. Charles Schumer, D-N.Y.",
        id="inverted-source-with-affiliation-ending-the-sentence",
    ),
    pytest.param(
        '"It is over," said Sen. Joe Manchin, D-W.Va. Republicans disagreed.',
        "said",
        "Sen. Joe Manchin, D-W.Va.",
        id="affiliation-before-the-next-sentence",
    ),
    pytest.param(
        "Officials termed the attack an act of terror.",
        "termed",
        "Officials",
        id="termed-a-past-form-of-a-noun-first-verb",
    ),
    pytest.param(
        "Critics judged the speech a failure.",
        "judged",
        "Critics",
        id="judged-a-past-form-of-a-noun-first-verb",
    ),
    pytest.param(
        "Two senators broke with the president over tariffs.",
        "broke with",
        "Two senators",
        id="broke-with-a-party-over-an-issue",
    ),
    pytest.param(
        "Clinton breaks with Obama on trade.",
        "breaks with",
        "Clinton",
        id="breaks-with-a-named-party",
    ),
    pytest.param(
        "Senators Break With Trump Over Tariffs",
        "Break With",
        "Senators",
        id="title-breaks-with-a-party-over-an-issue",
    ),
    pytest.param(
        "The union threw its support behind the nominee.",
        "threw its support behind",
        "The union",
        id="threw-its-support-behind",
    ),
    # Sources the clause reader must reach: a phrasal verb's reduced relative with its agent,
    # and the pronoun subject of a verb coordinated with the cue.
    pytest.param(
        "A statement put out by the club said the manager had resigned.",
        "said",
        "A statement put out by the club",
        id="subject-keeps-a-phrasal-participle-and-its-agent",
    ),
    pytest.param(
        "Christie called Clinton a disgrace after she attacked the police and blamed bias.",
        "blamed",
        "she",
        id="coordinated-verb-takes-the-pronoun-subject-before-it",
    ),
    pytest.param(
        "The governor criticised the mayor after she visited the station and said it was safe.",
        "said",
        "she",
        id="coordinated-said-in-an-adverbial-clause",
    ),
    pytest.param(
        "Trump said he would order a review and warned against hackers.",
        "warned against",
        "Trump",
        id="coordinated-past-verb-skips-a-modal-clause",
    ),
    pytest.param(
        "He turned to Kennedy, who was sitting behind him, and said the vote was lost.",
        "said",
        "He",
        id="relative-clause-closed-by-a-comma-before-the-conjunction",
    ),
    pytest.param(
        "The coach took offence at the referee's remarks.",
        "took offence at",
        "The coach",
        id="took-offence-at",
    ),
    pytest.param(
        "The hearing forced the chief executive to admit that no one had been fired.",
        "admit",
        "the chief executive",
        id="causative-object-does-the-reporting",
    ),
    # Live blogs and social posts: a speaker line with where it was said in brackets.
    pytest.param(
        'Trump (in a tweet): "The election is rigged."',
        ":",
        "Trump",
        id="speaker-line-with-a-channel-aside",
    ),
    pytest.param(
        'Pelosi (via Twitter): "This is a dark day."',
        ":",
        "Pelosi",
        id="speaker-line-via-a-platform",
    ),
    pytest.param(
        'Pelosi (D-Calif.): "This is a dark day."',
        ":",
        "Pelosi (D-Calif.)",
        id="speaker-line-with-a-bracketed-affiliation",
    ),
    # Sports quotes.
    pytest.param(
        'Klopp (at his pre-match press conference): "We are ready."',
        ":",
        "Klopp",
        id="manager-line-with-a-place-aside",
    ),
    pytest.param(
        "The quarterback will miss Sunday's game, per ESPN's Adam Schefter.",
        "per",
        "ESPN's Adam Schefter",
        id="per-a-reporter",
    ),
    pytest.param(
        "The company lost $2 million, per a statement from the board.",
        "per",
        "a statement from the board",
        id="per-a-statement",
    ),
    pytest.param(
        "'Come on, guys,' Rosberg moaned over the team radio.",
        "moaned",
        "Rosberg",
        id="driver-moaned-over-the-radio",
    ),
]

# (sentence, a cue text that must not be found): the same words in other senses.
NEWS_STYLE_NOT_CUES = [
    pytest.param("He held that position for a decade.", "held", id="held-a-position"),
    pytest.param("The striker took a shot at goal.", "took", id="took-a-shot-at-goal"),
    pytest.param("Ticket prices rose 5 per cent.", "per", id="per-cent"),
    pytest.param("The club paid $5 per share.", "per", id="per-share"),
    pytest.param(
        "Candidates are chosen per the party's bylaws.", "per", id="per-a-rule-is-conformity"
    ),
    pytest.param(
        "The pitcher threw the ball behind the runner.", "threw", id="threw-a-ball-behind"
    ),
    pytest.param("The queen broke with tradition.", "broke", id="broke-with-tradition"),
    pytest.param(
        "Queen Breaks With Tradition Over Christmas Speech",
        "Breaks",
        id="title-breaks-with-tradition",
    ),
    pytest.param(
        "Window Breaks With Loud Crack During Storm Tests",
        "Breaks",
        id="title-breaks-with-a-sound",
    ),
    pytest.param(
        "The country broke with the past on Monday.", "broke", id="broke-with-the-past-on-a-day"
    ),
    pytest.param("The glass broke with a loud crack on impact.", "broke", id="broke-with-a-sound"),
    pytest.param("Smith (pictured): a life in politics", ":", id="caption-label-in-brackets"),
    pytest.param(
        "The senator urged the president to condemn the attack.",
        "condemn",
        id="urged-object-has-not-yet-spoken",
    ),
    pytest.param("In the long term, prices will rise.", "term", id="term-as-a-noun"),
    pytest.param(
        "The reason was clear to everyone.", "reason", id="reason-as-a-noun-before-a-copula"
    ),
    pytest.param(
        "The pair discovering that they had both lost touched viewers.",
        "discovering",
        id="participle-after-a-noun-is-no-speaker-unless-of-speech",
    ),
]

# (sentence, cue text, content text): a prepositional phrase before the "that"-clause is where
# it was said, not what.
NEWS_STYLE_CONTENTS = [
    pytest.param(
        "Prosecutors argued in court papers that the defendant was a flight risk.",
        "argued",
        "that the defendant was a flight risk",
        id="argued-in-court-papers-that",
    ),
    pytest.param(
        "Judge Smith wrote in a 40-page opinion that the rule was arbitrary.",
        "wrote",
        "that the rule was arbitrary",
        id="wrote-in-an-opinion-that",
    ),
    pytest.param(
        "She said in an interview with the BBC that she would run.",
        "said",
        "that she would run",
        id="said-in-an-interview-with-an-outlet-that",
    ),
    pytest.param(
        "The agency said in a report that was released Monday that costs rose.",
        "said",
        "in a report that was released Monday that costs rose",
        id="a-relative-that-after-the-phrase-opens-no-content",
    ),
]
