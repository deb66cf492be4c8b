"""Every engine runs in time linear in its input: the CPU time per character of a 100,000-character
text is no more than a few times that of a 10,000-character text made the same way.

The texts are what stalled the pipeline (issue 12): long runs of capitalised and all-caps words,
with quotes, numbers, colons, parentheses and newlines between them. A quadratic path is ~10 times
slower per character at 100,000 characters, a cubic one ~100 times; a linear one 1-2 times (the
larger text fits less well in the processor's caches).
CPU time (not wall time) of the best of a few runs, so a busy machine does not fail the test; a
run over its budget is interrupted rather than waited for (a cubic path takes hours).
"""

from __future__ import annotations

import contextlib
import gc
import math
import random
import signal
import time
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from summariser.actors import find_actors
from summariser.article import split_sentences
from summariser.attribution import find_attributions
from summariser.checker import check_claims, split_claims
from summariser.dates import find_dateline, find_dates
from summariser.grounding import align_quote
from summariser.textnorm import normalise

SMALL, LARGE = 10_000, 100_000
GROWTH = 4.0  # allowed rise of the CPU time per character from SMALL to LARGE
FLOOR = 0.1  # CPU seconds at LARGE under which any rise passes (too little to matter)
CEILING = 30.0  # CPU seconds after which a LARGE run is stopped and fails

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "setitimer"), reason="needs signal.setitimer to stop a runaway engine"
)


def _claims(text: str) -> list[str]:
    """A claim made of the text's own words (its first ~200 characters), and the same with a
    word the text lacks."""
    head = text[:200].rsplit(" ", 1)[0] or text[:200]
    return [*split_claims(head), f"{head} zebra"]


def _quote(text: str) -> str:
    """A quote of the text's words with a word inserted: aligned by the fuzzy path."""
    words = text.split()[:30]
    return " ".join([*words[:15], "zebra", *words[15:]])


_checked = 0


def _check(text: str) -> Any:
    # Each call on a text the checker has not seen (a number added): its article cache would
    # otherwise leave only the claims to time.
    global _checked
    _checked += 1
    return check_claims(f"{text}\n{_checked}", _claims(text))


ENGINES: dict[str, Callable[[str], Any]] = {
    "dates": lambda t: (find_dates(t, "2020-06-15"), find_dateline(t)),
    "actors": find_actors,
    "attribution": find_attributions,
    "checker": _check,
    "alignment": lambda t: align_quote(_quote(t), t),
    "sentences": split_sentences,
    "textnorm": normalise,
}

CAPITALISED = st.sampled_from(
    ["Alpha", "Beta", "Gamma", "John", "Mary", "Smith", "Jones", "President", "Minister",
     "Paris", "France", "United", "Nations", "Ministry", "Group", "Monday", "May", "Mr.", "U.S."]
) | st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True)  # fmt: skip
ALL_CAPS = st.sampled_from(["ALPHA", "BETA", "GAMMA", "SMITH", "JONES", "NATO", "UN", "SAID"]) | (
    st.from_regex(r"[A-Z]{2,8}", fullmatch=True)
)
QUOTES = st.sampled_from(['"', "“", "”", "‘", "’", "'"])
NUMBERS = st.integers(0, 10**6).map(str) | st.sampled_from(["3.5", "1,000", "2020", "15%"])
MARKS = st.sampled_from([":", "(", ")", "\n", "\n\n"])
# A few lowercase words, so that connectors ("of", "and") and reporting verbs join the runs.
LINKS = st.sampled_from(["said", "and", "of", "the"])
PIECES = st.lists(
    st.one_of(CAPITALISED, ALL_CAPS, QUOTES, NUMBERS, MARKS, LINKS), min_size=1, max_size=16
)


def _text(pieces: list[str], shuffled: bool, seed: int, size: int) -> str:
    """``size`` characters of the pieces, repeated in order or drawn at random."""
    if not shuffled:
        unit = " ".join(pieces) + " "
        return (unit * (size // len(unit) + 1))[:size]
    rng = random.Random(seed)
    out: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(pieces)
        out.append(piece)
        length += len(piece) + 1
    return " ".join(out)[:size]


class _OverBudget(Exception):
    pass


def _stop(signum: int, frame: object) -> None:
    signal.setitimer(signal.ITIMER_PROF, 0.05)  # again soon, should this one be swallowed
    raise _OverBudget


def _cpu(run: Callable[[str], Any], text: str, *, budget: float = CEILING) -> float:
    """CPU seconds of one run, stopped (``_OverBudget``) once it has used ``budget``. (The
    garbage collector waits: its pauses are noise here, and an exception raised in one of its
    callbacks would be lost.)"""
    gc.disable()
    previous = signal.signal(signal.SIGPROF, _stop)
    signal.setitimer(signal.ITIMER_PROF, budget)
    try:
        started = time.process_time()
        run(text)
        return time.process_time() - started
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        gc.enable()


@pytest.mark.parametrize("engine", list(ENGINES))
@settings(
    max_examples=4,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(pieces=PIECES, shuffled=st.booleans(), seed=st.integers(0, 2**16))
@example(pieces=["ALPHA", "BETA", "GAMMA"], shuffled=False, seed=0)  # the texts of issue 12
@example(pieces=["Alpha", "Beta", "Gamma"], shuffled=False, seed=0)
@example(pieces=["John", "SMITH", "Mary", "JONES"], shuffled=False, seed=0)
def test_engine_time_per_character_does_not_grow_with_the_text(
    engine: str, pieces: list[str], shuffled: bool, seed: int
) -> None:
    run = ENGINES[engine]
    small, large = (_text(pieces, shuffled, seed, size) for size in (SMALL, LARGE))
    run(small[:1000])  # first-use costs (caches, compiled patterns) are not the engine's pace
    per_small = min(_cpu(run, small) for _ in range(5))
    allowed = min(CEILING, max(FLOOR, per_small * (LARGE / SMALL) * GROWTH))
    budget = min(CEILING, 2 * allowed)  # a run this long fails anyway: it is not waited for
    spent = math.inf
    for _ in range(3):  # more chances for a run slowed by first-use costs or a busy cache
        with contextlib.suppress(_OverBudget):
            spent = min(spent, _cpu(run, large, budget=budget))
        if spent <= allowed:
            break
    took = f"{spent:.2f} s" if spent < math.inf else f"over {budget:.2f} s (stopped)"
    assert spent <= allowed, (
        f"{engine}: {took} of CPU for {LARGE:,} characters, {per_small:.4f} s for "
        f"{SMALL:,} (linear allows {allowed:.2f} s); text begins {large[:80]!r}"
    )
