"""One row of a checker table test: a flag raised or not, a clean claim kept, a verdict given."""

from __future__ import annotations

from summariser.checker import check_claims
from summariser.report import FlagCode, Verdict


def assert_flagged(article: str, claim: str, code: FlagCode, flagged: bool) -> None:
    """The claim's flags hold ``code`` exactly when ``flagged``; without it, it is supported."""
    result = check_claims(article, [claim])[0]
    assert (code in {f.code for f in result.flags}) == flagged, result.flags
    if not flagged:
        assert result.verdict is Verdict.SUPPORTED, result.flags


def assert_contradicted(article: str, claim: str, codes: set[FlagCode], kept: bool) -> None:
    """A kept claim is supported; any other is contradicted with one of ``codes``."""
    result = check_claims(article, [claim])[0]
    if kept:
        assert result.verdict is Verdict.SUPPORTED, result.flags
    else:
        assert result.verdict is Verdict.CONTRADICTED, (result.score, result.flags)
        assert codes & {f.code for f in result.flags}, result.flags


def assert_verdict(article: str, claim: str, verdict: Verdict, code: FlagCode | None) -> None:
    """The claim gets ``verdict``, and ``code`` among its flags when one is given."""
    check = check_claims(article, [claim])[0]
    assert check.verdict is verdict, (check.score, check.flags)
    if code is not None:
        assert code in {f.code for f in check.flags}, check.flags
