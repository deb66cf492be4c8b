"""The checker's sentences: the shared splitter's (``summariser.text``), and the run-ons of
picture captions cut."""

from __future__ import annotations

import bisect
import re
from itertools import compress

from ..text import Doc, as_doc
from ..text.sentence_view import sentences_of
from ..text.sentences import one_sentence
from .lexicon import STOPWORDS

# Picture captions run into the text without a full stop ("... the monuments The concrete arrows
# were ..."): a capitalised pronoun, article or connective after a lower-case content word, and
# before a lower-case word, starts a sentence - not a title ("from The Spice Girls", "joined
# The Beatles"). The search looks for the word (rarer than its neighbours' conditions).
_RUN_ON_OPENERS = (
    "The", "He", "She", "They", "It", "His", "Her", "Their", "This", "These", "But", "However",
    "When", "While", "After", "Now",
)  # fmt: skip
_RUN_ON_WORD = re.compile(rf"(?:{'|'.join(_RUN_ON_OPENERS)})\s+[a-z0-9]")
_RUN_ON_WORDS = frozenset(_RUN_ON_OPENERS)  # (a run-on's first token is one of them)
_RUN_ON_NEXT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")  # (and the next one opens so)
_RUN_ON_AFTER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'’)")
_NAMING = frozenset(["called", "named", "nicknamed", "dubbed", "titled", "entitled", "starring"])


def split_sentences(text: str | Doc) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets: from the first token's start to the last token's end."""
    if isinstance(text, str):
        # Most claims are one sentence: proved so without reading the text's tokens (and no
        # caption's run-on to cut).
        one = one_sentence(text)
        if one is not None and not _RUN_ON_WORD.search(text):
            return [one]
    doc = as_doc(text)
    starts, ends = doc.starts, doc.ends
    return [(starts[lo], ends[hi - 1]) for lo, hi in sentence_tokens(doc)]


def sentence_tokens(doc: Doc) -> list[tuple[int, int]]:
    """The checker's sentences as token ranges [lo, hi), kept on the ``Doc``."""
    return doc.view("checker.sentences", _build)


def _build(doc: Doc) -> list[tuple[int, int]]:
    # No sentence starts right after a full stop without a space ("diplomats.Nikolai": text
    # whose spacing was lost): a split there shrinks the evidence windows of abstractive
    # summaries, which then lose support they have (BENCHMARKS.md, "One sentence splitter").
    sentences = [(lo, hi) for lo, hi, _ in sentences_of(doc, touching=False)]
    cuts = _run_ons(doc) if sentences and doc.cased else []
    if not cuts:
        return sentences
    firsts = [lo for lo, _ in sentences]
    for k in reversed(cuts):  # from the end: a cut leaves the sentences before it in place
        at = bisect.bisect_right(firsts, k) - 1
        lo, hi = sentences[at]
        if lo < k < hi:
            sentences[at : at + 1] = [(lo, k), (k, hi)]
            firsts[at : at + 1] = [lo, k]
    return sentences


def _run_ons(doc: Doc) -> list[int]:
    """The tokens that start a caption's run-on sentence (see ``_RUN_ON_WORD``): after a space,
    and after a stretch of touching tokens that can end a caption (``_ends_caption``).

    Found among the tokens, not by the pattern's scan of the text: a match that starts a token
    is that token whole (a token holds no white space but an affiliation's, which opens with a
    bracket), and the white space and first character after it are the gap to the next token
    and that token's first character (every other character lies in a token)."""
    text, starts, ends, words = doc.text, doc.starts, doc.ends, doc.words
    n = len(words)
    out: list[int] = []
    for k in compress(range(n), map(_RUN_ON_WORDS.__contains__, words)):
        if (
            0 < k < n - 1
            and ends[k] < starts[k + 1]
            and words[k + 1][0] in _RUN_ON_NEXT
            and ends[k - 1] < starts[k]
        ):
            first = k - 1
            while first > 0 and ends[first - 1] == starts[first]:
                first -= 1
            if _ends_caption(text[starts[first] : ends[k - 1]]):
                out.append(k)
    return out


def _ends_caption(word: str) -> bool:
    """Whether ``word`` (a stretch between spaces) can end a caption: lower-case, not a function
    word, not a word that introduces a title ("nicknamed The Invisible Man")."""
    return (
        word[0].islower()
        and word[-1] in _RUN_ON_AFTER
        and word.lower() not in STOPWORDS
        and word not in _NAMING
    )
