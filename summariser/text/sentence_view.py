"""The sentences a reader of a ``Doc`` takes: the splitter's, with the rules its text needs
(see ``sentences.Rules``)."""

from __future__ import annotations

from .doc import Doc
from .sentences import CASED, Rules, split


def sentences_of(doc: Doc, *, touching: bool = True) -> list[tuple[int, int, int]]:
    """(first token, one past the last token, paragraph number) of each sentence of ``doc``:
    its ``sentences``, or for a text without capitals (or with ``touching`` False: no sentence
    starts right after a full stop, without a space) those split by these rules, kept on it."""
    rules = Rules(cased=doc.cased, touching=touching)
    if rules == CASED or (rules.cased and doc.split_made and not _touching_starts(doc)):
        # (The rules differ only where a sentence starts touching the one before: with none
        # such, the Doc's sentences are theirs, and the text is split once. A Doc no engine
        # has split yet is split by these rules alone.)
        return doc.sentences
    return doc.view(
        f"text.sentences{tuple(rules)}",
        lambda d: split(d.text, d.starts, d.words, rules=rules).sentences,
    )


def _touching_starts(doc: Doc) -> bool:
    """Whether a sentence of ``doc`` starts right where the one before it ends (no space)."""
    starts, ends = doc.starts, doc.ends
    return any(ends[lo - 1] == starts[lo] for lo, _, _ in doc.sentences[1:])
