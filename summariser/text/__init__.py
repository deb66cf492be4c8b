"""The text layer shared by all engines: one tokeniser, one sentence splitter, one ``Doc``."""

from .doc import Doc, as_doc

__all__ = ["Doc", "as_doc"]
