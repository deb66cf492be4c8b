"""The base of the library's string-valued enums."""

from __future__ import annotations

from enum import Enum


class ValueEnum(str, Enum):
    """A str-valued enum that prints as its value, alone or inside a list: ``['low_support']``,
    not ``[<FlagCode.LOW_SUPPORT: 'low_support'>]``. Members still compare equal to their value
    and pydantic serialises and describes them exactly as a plain (str, Enum)."""

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)
