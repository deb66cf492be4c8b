"""The checker's alignment gives difflib's matching blocks and opcodes (no junk)."""

from __future__ import annotations

import random
from difflib import SequenceMatcher

import pytest

from summariser.checker.align import Alignment

CASES = [
    ([], []),
    (["a"], []),
    ([], ["a"]),
    (["a", "b"], ["a", "c", "a", "b"]),  # the longest block wins over the first
    (["x", "a", "b", "y", "a"], ["a", "b", "a", "x"]),  # ties: earliest in a, then in b
    (["the", "man", "said", "the", "man"], ["the", "man", "the", "man", "said"]),
    (["a", "a", "a"], ["a", "a"]),
]


@pytest.mark.parametrize(("a", "b"), CASES)
def test_alignment_gives_difflibs_blocks_and_opcodes(a, b):
    want = SequenceMatcher(None, a, b, autojunk=False)
    got = Alignment(a, b)
    assert got.get_matching_blocks() == want.get_matching_blocks()
    assert got.get_opcodes() == want.get_opcodes()


def test_alignment_agrees_with_difflib_on_random_word_sequences():
    rnd = random.Random(7)
    for _ in range(3000):
        words = rnd.choice(["ab", "abc", "abcdef", "abcdefghij"])
        a = [rnd.choice(words) for _ in range(rnd.randint(0, 30))]
        b = [rnd.choice(words) for _ in range(rnd.randint(0, 40))]
        want = SequenceMatcher(None, a, b, autojunk=False)
        got = Alignment(a, b)
        assert got.get_matching_blocks() == want.get_matching_blocks(), (a, b)
        assert got.get_opcodes() == want.get_opcodes(), (a, b)
