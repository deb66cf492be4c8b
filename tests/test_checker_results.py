"""A match result binds its score to its two sides and to who won: a score moved to another
match, or a winner made the loser, is contradicted; a side the article gives no result for
(another name for a team) is left alone."""

from __future__ import annotations

import pytest

from summariser.checker import check_claims
from summariser.checker.features import name_spans, tokenize
from summariser.checker.results import read_results
from summariser.report import FlagCode, Verdict

REPORT = """Arsenal moved three points clear at the top of the Premier League with a 3-1 win \
over Tottenham at the Emirates Stadium on Sunday.
Son Heung-min pulled one back for Spurs in the 64th minute.
Liverpool, who drew 1-1 at Brighton on Saturday, are second, with Manchester City a further \
point behind after losing 2-0 to Aston Villa.
Spain's 2-0 defeat by Holland last year still hurts.
Manchester City beat Manchester United 2-1 in the derby."""


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        ("Arsenal beat Tottenham 3-1 at the Emirates Stadium.", Verdict.SUPPORTED),
        ("Tottenham lost 3-1 to Arsenal.", Verdict.SUPPORTED),
        ("Liverpool drew 1-1 at Brighton.", Verdict.SUPPORTED),
        ("Manchester City lost 2-0 to Aston Villa.", Verdict.SUPPORTED),
        # The loser made the winner.
        ("Tottenham beat Arsenal 3-1.", Verdict.CONTRADICTED),
        # A score moved to another match of the article.
        ("Arsenal beat Tottenham 2-0.", Verdict.CONTRADICTED),
        ("Liverpool lost 2-0 to Aston Villa.", Verdict.CONTRADICTED),
        ("Manchester City drew 1-1 at Brighton.", Verdict.CONTRADICTED),
        # Two sides that share a word are still two ("Manchester").
        ("Manchester United lost 2-1 to Manchester City.", Verdict.SUPPORTED),
        ("Manchester United beat Manchester City 2-1.", Verdict.CONTRADICTED),
        # Another name for a side the article gives no result for: left alone.
        ("Spurs lost 3-1 to Arsenal.", Verdict.SUPPORTED),
    ],
)
def test_a_result_keeps_its_score_its_sides_and_its_winner(claim: str, verdict: Verdict) -> None:
    check = check_claims(REPORT, [claim])[0]
    assert check.verdict is verdict, (check.verdict, check.flags)
    swapped = FlagCode.NUMBER_SWAPPED in {f.code for f in check.flags}
    assert swapped is (verdict is Verdict.CONTRADICTED)


@pytest.mark.parametrize(
    ("sentence", "winner", "loser", "drawn"),
    [
        ("Leeds beat Chelsea 2-0 on Sunday.", "leeds", "chelsea", []),
        ("Chelsea lost 2-0 to Leeds.", "leeds", "chelsea", []),
        ("Villa were beaten 2-1 by Manchester United.", "manchester united", "villa", []),
        ("Spain's 2-0 defeat by Holland hurt.", "holland", "spain", []),
        ("It was a 3-1 win over Tottenham.", None, "tottenham", []),
        ("Celtic drew 1-1 with Rangers.", None, None, ["celtic", "rangers"]),
        # Not results: a range, a year span, a ratio with no result word.
        ("The 1939-45 war changed Europe.", None, None, None),
        ("Profits rose 10-15 percent.", None, None, None),
    ],
)
def test_a_result_is_read_from_the_words_beside_its_score(sentence, winner, loser, drawn):
    toks = tokenize(sentence)
    results = read_results(toks, sentence, name_spans(toks, frozenset({toks[0].start})))
    if drawn is None:
        assert results == []
        return
    (result,) = results

    def words(side):
        return " ".join(t.norm for t in side) if side else None

    assert (words(result.winner), words(result.loser)) == (winner, loser)
    assert [words(s) for s in result.drawn] == drawn
