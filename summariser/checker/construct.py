"""Report models made from values the checker built itself, at the cost of setting four slots.

``model_construct`` skips validation but still walks every field of the model, asking each for
aliases and defaults (3-5 us a model; a claim makes three or four: its check, its flags, their
spans). Given every field by name in the model's order, of a model with no aliases, no extra
fields kept, no post-init hook and no root, it sets exactly what ``built`` sets: the values in
that order, all field names as set, no extra and no private values. Any other call goes to
``model_construct``.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)

_PLAIN: dict[type[BaseModel], tuple[str, ...] | None] = {}  # model -> its field names, if plain
_set = object.__setattr__


def built(cls: type[M], **values: Any) -> M:
    """``cls.model_construct(**values)``."""
    names = _PLAIN.get(cls, ())
    if names == ():
        names = _PLAIN[cls] = _plain_fields(cls)
    if names is None or tuple(values) != names:  # (every field, in the model's order)
        return cls.model_construct(**values)
    m = cls.__new__(cls)
    _set(m, "__dict__", values)
    _set(m, "__pydantic_fields_set__", set(names))
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


def _plain_fields(cls: type[BaseModel]) -> tuple[str, ...] | None:
    """The model's field names, in order, when ``built`` may set its slots itself; else None."""
    fields = cls.__pydantic_fields__
    plain = (
        cls.model_config.get("extra") != "allow"
        and not cls.__pydantic_post_init__
        and not cls.__pydantic_root_model__
        and all(f.alias is None and f.validation_alias is None for f in fields.values())
    )
    return tuple(fields) if plain else None
