"""The sentences a reader of a ``Doc`` takes: the splitter's, with the rules its text needs
(see ``sentences.Rules``)."""

from __future__ import annotations

from .doc import Doc
from .sentences import CASED, Rules, split


def sentences_of(doc: Doc, *, touching: bool = True) -> list[tuple[int, int, int]]:
    """(first token, one past the last token, paragraph number) of each sentence of ``doc``:
    its ``sentences``, or for a text without capitals (or with ``touching`` False: no sentence
    starts right after a full stop, without a space) those split by these rules, kept on it."""
    rules = Rules(cased=doc.text != doc.text.lower(), touching=touching)
    if rules == CASED:
        return doc.sentences
    return doc.view(
        f"text.sentences{tuple(rules)}",
        lambda d: split(d.text, d.starts, d.words, d.lowers, rules=rules).sentences,
    )
