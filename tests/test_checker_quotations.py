"""Words a claim puts between quotation marks are the article's own words: a quotation changed
or added to is not supported, whatever the words around it; a quotation trimmed, cut by an
ellipsis or an editor's bracket, or written in another tokenisation, is."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.checker.quotations import quoted_spans
from summariser.report import FlagCode, Verdict

ARTICLE = """The former prime minister said that Nicola Sturgeon's answers on the oil price \
are 'all evasion'. He spoke in Glasgow, where off-shore jobs are at risk.
"I think we're going to have strong indications of life beyond Earth within a decade," NASA \
chief scientist Ellen Stofan said on Tuesday.
The owners said they were "dismayed" by the ruling, and would appeal.
"We came here for vacation, just tourists," said one of the friends, who asked not to be named.
Copeland told the man to back off, and the suspect allegedly pulled out a knife."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # Changed words inside the quotation (both words are in the article, elsewhere).
        ("He said Sturgeon's answers on the oil price are 'all off-shore'.", Verdict.UNVERIFIED),
        ("He said Sturgeon's answers on the oil price are 'all evasion'.", Verdict.SUPPORTED),
        ('The owners said they were "confident" about the ruling.', Verdict.UNVERIFIED),
        ('The owners said they were "dismayed" by the ruling.', Verdict.SUPPORTED),
        # Narration put in quotation marks: the article never says these words together.
        ("The suspect 'pulled out a knife and stabbed Copeland'.", Verdict.UNVERIFIED),
        ("The suspect allegedly 'pulled out a knife'.", Verdict.SUPPORTED),
        # Words dropped from a quotation, with or without an ellipsis, or replaced by an
        # editor's bracket: the article's words, in its order.
        (
            '"I think we\'re going to have strong indications of life within a decade," Stofan '
            "said.",
            Verdict.SUPPORTED,
        ),
        ('Stofan said: "I think ... we\'re going to have strong indications".', Verdict.SUPPORTED),
        ('"[We] came here for vacation, just tourists," one friend said.', Verdict.SUPPORTED),
        # Tokenised, lowercased text (a model's or a corpus's), contractions split.
        (
            "stofan said : `` i think we 're going to have strong indications of life beyond "
            "earth within a decade , '' on tuesday .",
            Verdict.SUPPORTED,
        ),
        ("stofan said : `` i think we 're going to find life within a decade '' .", None),
    ],
)
def test_a_claims_quotation_must_be_the_articles_words(claim: str, verdict: Verdict | None) -> None:
    check = check_claims(ARTICLE, [claim])[0]
    codes = {f.code for f in check.flags}
    if verdict is None:  # words added inside a quotation: never supported
        assert check.verdict is not Verdict.SUPPORTED
        assert FlagCode.QUOTE_NOT_FOUND in codes
        return
    assert check.verdict is verdict, (check.verdict, check.flags)
    assert (FlagCode.QUOTE_NOT_FOUND in codes) is (verdict is not Verdict.SUPPORTED)


def test_a_misquote_flag_points_at_the_quotation() -> None:
    claim = "Sturgeon's answers are 'all off-shore', he said."
    flag = next(
        f for f in check_claims(ARTICLE, [claim])[0].flags if f.code is FlagCode.QUOTE_NOT_FOUND
    )
    assert flag.span is not None and flag.span.text == "all off-shore"


@pytest.mark.parametrize(
    ("claim", "quoted"),
    [
        ("He called it 'a disgrace'.", ["a disgrace"]),
        ('He said "it\'s over," and left.', ["it's over,"]),
        ("‘We will win,’ she said. “Never,” he said.", ["We will win,", "Never,"]),
        ("mchenry : `` i 'm on television , '' she said .", ["i 'm on television ,"]),
        ("he said ' we will win ' and left", ["we will win"]),
        # Not quotation marks: apostrophes, clitics, a plural possessive, decades.
        ("it's the players' union in the '90s, rock'n'roll", []),
        ("it 's the players ' union , he said", []),
        # A mark that closes a quotation opened before the claim opens nothing.
        ("We are scared ! ' Two players were also arrested .", []),
        # A quotation does not open inside itself: nickname marks before a quotation.
        (
            "corry ` corey ` campbell led a gang dubbed the ` tattoo terrorists '",
            ["tattoo terrorists"],
        ),
        # Left open at the end: its extent is unknown.
        ("He said 'we will", []),
    ],
)
def test_quotation_marks_are_told_from_apostrophes(claim: str, quoted: list[str]) -> None:
    assert [claim[a:b] for a, b in quoted_spans(claim)] == quoted
