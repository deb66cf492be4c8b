"""Attribution in styles read from the wire set's misses (tests/data/attribution): invented
sentences, none copied from the set, each with the cue and source (or content) it must give;
near misses use the same words where they report nothing, or where the source lies elsewhere."""

from __future__ import annotations

import pytest

from summariser.attribution import find_attributions


def _sources(text: str, cue: str) -> list[str | None]:
    """The source text of every find with this cue text."""
    return [
        a.source.text if a.source is not None else None
        for a in find_attributions(text)
        if a.cue.text == cue
    ]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # A lone number between commas is an age, and describes an unnamed person too.
        ("The singer, 34, wrote that the split was mutual.", "wrote", "The singer, 34"),
        ("A neighbour, 71, said the water rose fast.", "said", "A neighbour, 71"),
        ("Martin Fell, 44, said he was innocent.", "said", "Martin Fell, 44"),
        # A headline's label before a colon is the topic when a named subject and its verb
        # of speech follow: the speaker is in that clause.
        ("Heatwave: doctors warn of strain on hospitals", "warn of", "doctors"),
        ("Rail Strike: union says talks have failed", "says", "union"),
        # An owned reporting noun: a plural possessive owns it too, and its time may stand
        # before its content.
        ("The campaigners' claim that the river was clean was false.", "claim", "The campaigners'"),
        ("Vasquez's claim last year that she was happy resurfaced.", "claim", "Vasquez's"),
        ("His warning on Monday that prices would rise was ignored.", "warning", "His"),
        # A verb of nonverbal expression reports as it frames a quotation, and "continued"
        # may stand before its subject there too.
        ('"I just shut my eyes," laughed winger Tom Odell.', "laughed", "winger Tom Odell"),
        ('"Not again," she sighed.', "sighed", "she"),
        ('She smiled: "We did it."', "smiled", "She"),
        ("\"We are ready,'' continued the letter, which he read aloud.", "continued", "the letter"),
        # A message read or sent speaks for the one who read or sent it.
        (
            "Outside court, her lawyer read a statement saying that she was innocent.",
            "saying",
            "her lawyer",
        ),
        ("The firm published a letter saying that it would appeal.", "saying", "The firm"),
        # Near misses: a person or a thing that is no message says it itself.
        ("He shared footage of the mayor saying that taxes would fall.", "saying", "the mayor"),
        ("She held up a sign saying that the war must end.", "saying", "a sign"),
        # Near misses for set phrases: the same words reporting.
        ("Officials told all staff the office would close.", "told", "Officials"),
        ("Trump needs to tell the truth about his taxes, she said.", "said", "she"),
        # Near misses: a light verb's object keeps its own reading.
        ("The minister laughed off the claims that he would quit.", "laughed off", "The minister"),
        # A long phrase set off by commas stands between the subject and its verb.
        (
            "Marsh, speaking at a rally in Leeds later in the evening, said it was fine.",
            "said",
            "Marsh",
        ),
        (
            "The senator, speaking to reporters outside the chamber after the vote, said no.",
            "said",
            "The senator",
        ),
        # Near misses for indirect questions: the answer, and a report of the question.
        ("Asked whether she would apologise, Kane said no.", "said", "Kane"),
        ("She asked whether the plan would work.", "asked", "She"),
        # A base form after a relative clause in commas agrees with the head before it.
        (
            "The unions, which fought the bill, support the governor's plan.",
            "support",
            "The unions, which fought the bill",
        ),
        (
            "Voters, who have seen the ads, plan to vote no.",
            "plan",
            "Voters, who have seen the ads",
        ),
        # Near misses: a colon's speaker before a pronoun's speech, or before no speech.
        ("KERR: I said we would win.", ":", "KERR"),
        ("Sanders: Clinton needs to rethink her plan.", ":", "Sanders"),
        ("Survey: Most parents want tougher rules on homework", ":", "Survey"),
        ("Pat Caddell: Democrat Voters Worried About Health.", ":", "Pat Caddell"),
        # Near misses: the person is the object of another verb; a number after a score.
        ("He met the singer, 34, and said that she was calm.", "said", "He"),
        ("The match ended 2-1, 3, said the referee.", "said", "the referee"),
    ],
)
def test_source_is_found(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # A verb that needs an object, right before its second complement, is a passive
        # participle: the noun before it is acted on and reports nothing.
        ("A nurse accused of theft was cleared on Friday.", "accused"),
        ("Council chief grilled over missing funds", "grilled"),
        ("Coffee linked to longer life in new research", "linked"),
        ("The singer, accused of miming, left the stage.", "accused"),
        # Set phrases of sums and asides report nothing.
        ("All told, some 600 workers took part.", "told"),
        ("Truth be told, the plan was weak.", "told"),
        ("To tell the truth, the plan was weak.", "tell"),
        # Near misses for nonverbal expression: no quotation framed.
        ("He laughed at the idea that he would quit.", "laughed"),
        ("She shrugged and walked away.", "shrugged"),
        ('"Fine," he said, and smiled.', "smiled"),
        # An indirect question asserts nothing.
        ("Asked whether she would apologise, Kane said no.", "would apologise"),
        ("It was unclear whether the judges would rule that the mines were safe.", "would rule"),
        # Near misses for relative clauses: a comma after an opening phrase, before a noun.
        ("After the vote, support for the plan fell.", "support"),
        # Near misses for owned nouns: no content after the owner's noun and its time.
        ("The players' claim was rejected.", "claim"),
        ("His claim last year was rejected.", "claim"),
        ("Rents rose 4 percent compared with last year.", "compared"),
        ("It cited a study published in the Lancet.", "published"),
        # ... or ends its clause: a figure's adjective, and the report around it stands.
        ("A survey found 52 percent in favour and 40 percent opposed.", "opposed"),
        ("Floods are common, with poor drainage often blamed.", "often blamed"),
    ],
)
def test_nothing_is_reported(text: str, cue: str) -> None:
    assert _sources(text, cue) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # Near misses: the same verbs in the active, with their object, or in an object
        # relative whose subject speaks.
        ("The mayor accused the firm of lying.", "accused", "The mayor"),
        ("Critics compared the plan to a tax.", "compared", "Critics"),
        ("It was a claim Ms Varga described as nonsense.", "described as", "Ms Varga"),
        ("He rejected what critics described as a bribe.", "described as", "critics"),
        (
            "A poll shows voters split, with 47 percent in favour and 45 percent opposed.",
            "shows",
            "A poll",
        ),
        ("Critics opposed the plan.", "opposed", "Critics"),
    ],
)
def test_active_reporting_verb_keeps_its_source(text: str, cue: str, source: str) -> None:
    found = _sources(text, cue)
    assert len(found) == 1 and found[0] is not None and found[0].endswith(source)


def _content(text: str, cue: str) -> str | None:
    """The content text of the one find with this cue text."""
    (found,) = [a for a in find_attributions(text) if a.cue.text == cue]
    return found.content.text if found.content is not None else None


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # A particle ends the cue: what follows it is the content, not an addressee.
        ("Forecasters warned of heavy rain on Sunday.", "warned of", "heavy rain on Sunday"),
        ("Doctors warn of strain on hospitals", "warn of", "strain on hospitals"),
        # A content ends before a coordinated cue of speech of the same source.
        (
            "Daly insisted his team would recover and refused to blame the umpire.",
            "insisted",
            "his team would recover",
        ),
        (
            "Analysts described the results as a fiasco, and said margins were thin.",
            "described",
            "the results as a fiasco",
        ),
        (
            "She told reporters the link was strong, but cautioned that it was early.",
            "told",
            "the link was strong",
        ),
        # Near misses: a verb of perception goes on with the clause; a gerund after a preposition
        # is inside the content.
        (
            "She wrote that she heard a loud blast and felt slight tremors.",
            "wrote",
            "that she heard a loud blast and felt slight tremors",
        ),
        (
            "The host asked them to discuss their ideas and refrain from attacking each other.",
            "asked",
            # (the addressee is the infinitive's subject: test_attribution_addressee_contents)
            "them to discuss their ideas and refrain from attacking each other",
        ),
        # Near misses: the verb itself before its addressee.
        ("Police warned drivers that the roads were icy.", "warned", "that the roads were icy"),
        ("She told reporters the deal was close.", "told", "the deal was close"),
    ],
)
def test_content_is_found(text: str, cue: str, content: str) -> None:
    assert _content(text, cue) == content
