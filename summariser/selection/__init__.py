"""Deterministic content selection: which article sentences become the claims and the gist."""

from .boilerplate import is_caption, trim
from .select import Selection, Unit, select_content

__all__ = ["Selection", "Unit", "is_caption", "select_content", "trim"]
