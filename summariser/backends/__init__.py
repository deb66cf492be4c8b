"""Model backends: the embedded llama.cpp default and any OpenAI-compatible endpoint."""

from __future__ import annotations

from ..settings import Settings
from .base import Backend, DraftRequest, DraftResult


def make_backend(settings: Settings) -> Backend:
    """The backend the settings ask for ('local' unless a model or base URL says otherwise)."""
    if settings.is_local:
        from .local import LocalBackend

        return LocalBackend(settings=settings)
    from .openai_compat import OpenAIBackend

    return OpenAIBackend(settings=settings)


__all__ = ["Backend", "DraftRequest", "DraftResult", "make_backend"]
