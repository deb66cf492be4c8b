"""The shared document as the attribution rules read it: tokens, sentences and quotation state
come from ``summariser.text`` (the package's one tokeniser and sentence splitter)."""

from __future__ import annotations

from summariser.text import Doc, as_doc
from summariser.text.sentences import CLOSE_QUOTES, OPEN_QUOTES, QUOTES, TOGGLE_QUOTES

__all__ = ["CLOSE_QUOTES", "OPEN_QUOTES", "QUOTES", "TOGGLE_QUOTES", "Doc", "segment"]


def segment(text: str | Doc) -> Doc:
    """``text`` read (tokens, paragraphs, sentences), or the shared ``Doc`` given."""
    return as_doc(text)
