"""What a claim reads of its article: a test reads an article sentence's words only where its
text can hold what the test looks for, and the verdicts are those of a full read."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.checker.prepare import prepared
from summariser.report import Verdict
from summariser.text import Doc

ARTICLE = (
    "Arsenal beat Tottenham 3-1 at the Emirates Stadium on Sunday. "
    "The win lifted Arsenal to the top of the table. "
    "The manager praised the defence after the game. "
    "Tickets for the next match went on sale on Monday. "
    "The club sold 40,000 tickets and 300 season passes within two hours. "
    "Other clubs in the league reported 12 sell-outs this season."
)


@pytest.mark.parametrize(
    ("claim", "verdict", "numbers_unread", "columns_unbuilt"),
    [
        # A score in the claim: the article is read for results only in its sentences with a
        # score (the numbers of the others, away from the evidence, are not read).
        ("Tottenham beat Arsenal 3-1.", Verdict.CONTRADICTED, (2, 3, 4, 5), (2, 3, 4, 5)),
        ("Arsenal beat Tottenham 3-1.", Verdict.SUPPORTED, (2, 3, 4, 5), (2, 3, 4, 5)),
        # near miss: numbers apart from their dash are no score; nothing is read for one
        ("Arsenal won 3 - 1 at the Emirates.", None, (2, 3, 4, 5), ()),
        # A number beside a sentence without "other": that sentence's words are not read to
        # look for it, nor its columns built to read its numbers and dates.
        ("The club sold 40,000 tickets.", Verdict.SUPPORTED, (), (3,)),
        # near miss: "Other clubs" - that sentence is read word by word; its neighbour is not
        ("Other clubs in the league reported 12 sell-outs.", Verdict.SUPPORTED, (), (4,)),
    ],
)
def test_a_claim_reads_only_the_sentences_that_can_answer_it(
    claim: str,
    verdict: Verdict | None,
    numbers_unread: tuple[int, ...],
    columns_unbuilt: tuple[int, ...],
) -> None:
    # A text of its own (prepared articles are cached by their text), its prepared article kept
    # on its Doc to be read after the check.
    doc = Doc(f"{ARTICLE} Filed at {len(claim)}:{claim[0]}.")
    check = check_claims(doc, [claim])[0]
    if verdict is not None:
        assert check.verdict is verdict, check.flags
    sentences = prepared(doc).sentences
    assert [k for k in numbers_unread if sentences[k]._mentions is not None] == []
    assert [k for k in columns_unbuilt if sentences[k]._cols is not None] == []


def test_a_sentences_numbers_are_read_without_its_columns() -> None:
    sent = prepared(Doc(f"{ARTICLE} Unread.")).sentences[4]
    assert [v for v, _ in sent.numbers] == [40000.0, 300.0, 2.0]
    assert sent._cols is None
    assert [t.norm for t in sent.toks[2:8:2]] == ["sold", "tickets", "300"]


SUBJECT_ARTICLE = (
    "The Belgian team Veloce-Nord won the stage on Sunday. "
    "The team was not sanctioned after the race. "
    "Police did not release the rider's name. "
    "Organisers said the race would go ahead."
)


@pytest.mark.parametrize(
    ("claim", "kind", "read"),
    [
        # A name opening the claim: the sentences that open with "the", a noun and a negation
        # are read for the noun the article puts before that name ("The team was not ...").
        ("Veloce-Nord was sanctioned after the race.", "described openings", True),
        # near miss: a subject that is no name has no such noun; those sentences stay unread
        ("the team was sanctioned after the race.", "described openings", False),
        # An act whose stem a framing sentence holds ("named" / "did not release ... name"):
        # that sentence's nouns under a frame are read.
        ("Police named the rider.", "denied nouns", True),
        # near miss: an act no framing sentence holds the stem of; no sentence's nouns are read
        ("Police cancelled the race.", "denied nouns", False),
    ],
)
def test_the_subject_and_noun_tests_read_what_can_deny_the_claim(
    claim: str, kind: str, read: bool
) -> None:
    doc = Doc(f"{SUBJECT_ARTICLE} Filed at {len(claim)}:{claim[0]}.")
    check_claims(doc, [claim])
    keys = prepared(doc)._derived
    assert any(k == kind or (isinstance(k, tuple) and k[0] == kind) for k in keys) is read
