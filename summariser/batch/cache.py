"""A content-addressed cache of model results (DraftResult), so a rerun costs nothing.

The key is the sha256 of everything that shapes the model's answer: backend, model, base URL,
mode, prompt version, the exact prompt (messages or completion prompt), the response schema,
the article's sha256 and the generation parameters. The schema of a chat request enters as a
structural fingerprint of its response model (every field's name, type with its enum values,
constraints, description and default, recursively): what its JSON Schema is generated from,
at a twentieth of the cost (0.1 ms instead of 2 ms for a 600-word article's model).
Change any of them and the entry is simply not found. Entries are written to a temporary file
and renamed into place, so a reader never sees half an entry; an unreadable entry is a miss.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import typing
from collections.abc import Iterator
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..article import sha256
from ..backends.base import DraftRequest, DraftResult, Traits
from ..drafts import ConstrainedDraft
from ..prompts import prompt_version
from ..schema import Usage
from ..settings import Settings

logger = logging.getLogger(__name__)

CACHE_FORMAT = 2


def default_cache_dir() -> Path:
    """$SUMMARISER_CACHE_DIR, else ~/.cache/summariser."""
    configured = os.environ.get("SUMMARISER_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "summariser"


def cache_key(*, settings: Settings, backend: Traits, request: DraftRequest) -> str:
    """The content address of the model result this request would produce."""
    if request.messages:
        schema: Any = request_fingerprint(request)
        prompt = json.dumps(list(request.messages), ensure_ascii=False, sort_keys=True)
    else:
        schema, prompt = request.local_schema, request.prompt
    parts = {
        "format": CACHE_FORMAT,
        "backend": backend.name,
        "model": settings.model,
        "base_url": settings.base_url,
        "model_path": settings.model_path,
        "mode": settings.mode,
        "constrained": backend.constrained,
        "prompt_version": prompt_version(),
        "prompt_sha256": hashlib.sha256(prompt.encode("utf-8")).hexdigest(),
        "schema": schema,
        "article_sha256": sha256(request.article),
        # The selection's offer to a model that only chooses (its trimmed spans included).
        "offered": [request.gist_offered, request.claims_offered],
        "generation": {
            "temperature": settings.temperature,
            "max_output_tokens": settings.max_output_tokens,
            "max_claims": settings.max_claims,
            "max_retries": settings.max_retries,
        },
    }
    canonical = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def request_fingerprint(request: DraftRequest) -> str:
    """The fingerprint of a chat request's response model, without making the model."""
    if request.allowed is not None:
        return f"allowed={request.allowed!r}\n{_structure(ConstrainedDraft)}"
    return schema_fingerprint(request.response_model)


def schema_fingerprint(model: type[BaseModel]) -> str:
    """Everything a model's JSON Schema is built from, as text (nested models included)."""
    # A ConstrainedDraft subclass carries the article's allowed values instead of fields.
    return f"allowed={getattr(model, 'allowed', None)!r}\n{_structure(model)}"


@lru_cache(maxsize=64)
def _structure(model: type[BaseModel]) -> str:
    lines: list[str] = []
    seen: set[type] = set()
    todo: list[type] = [model]
    while todo:
        kind = todo.pop()
        if kind in seen:
            continue
        seen.add(kind)
        if issubclass(kind, Enum):
            lines.append(f"{kind.__name__}={[m.value for m in kind]!r}")
            continue
        assert issubclass(kind, BaseModel)
        lines.append(f"{kind.__name__}: {kind.__doc__ or ''}")
        for name, info in kind.model_fields.items():
            lines.append(
                f"  {name}: {info.annotation!r} {info.metadata!r} {info.description!r} "
                f"{info.default!r} {info.is_required()}"
            )
            todo.extend(_named_types(info.annotation))
    return "\n".join(lines)


def _named_types(annotation: Any) -> Iterator[type]:
    """Models and enums inside a type annotation (list[Claim], Literal[...] | None, ...)."""
    if isinstance(annotation, type) and issubclass(annotation, (BaseModel, Enum)):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _named_types(argument)


class DraftCache:
    """Model results on disk, one small JSON file per key (root/drafts/ab/abcd...json)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = (root or default_cache_dir()) / "drafts"
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str, *, request: DraftRequest) -> DraftResult | None:
        """The cached result for `key`, validated against this request's schema; else None."""
        path = self._path(key)
        try:
            entry = json.loads(path.read_bytes())
            result = DraftResult(
                draft=request.response_model.model_validate(entry["draft"]),
                usage=Usage.model_validate(entry["usage"]),
                attempts=int(entry["attempts"]),
                model=str(entry["model"]),
            )
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError, ValidationError) as exc:
            logger.warning("ignoring unreadable cache entry %s (%s)", path, type(exc).__name__)
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: DraftResult) -> None:
        """Store a result atomically; a cache that cannot be written only logs a warning."""
        path = self._path(key)
        entry = {
            "draft": result.draft.model_dump(mode="json"),
            "usage": result.usage.model_dump(mode="json"),
            "attempts": result.attempts,
            "model": result.model,
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, staging = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "wb") as file:
                    file.write(json.dumps(entry, ensure_ascii=False).encode("utf-8"))
                os.replace(staging, path)
            except BaseException:
                Path(staging).unlink(missing_ok=True)
                raise
        except OSError as exc:
            logger.warning("cannot write the cache entry %s: %s", path, exc)
