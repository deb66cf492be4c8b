"""Every knob of a summarisation run, in one validated model (instead of long argument lists)."""

from __future__ import annotations

import datetime as dt
import os
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

LOCAL_MODEL = "local"


class Settings(BaseModel):
    """How to summarise: which model, where, and within which limits."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str = Field(
        default=LOCAL_MODEL,
        description="'local' (embedded llama.cpp), 'openai/<name>', or a model name served at "
        "--base-url",
    )
    base_url: str | None = Field(default=None, description="OpenAI-compatible endpoint URL.")
    api_key: str | None = Field(default=None, description="API key; else $OPENAI_API_KEY.")
    published: dt.date | None = Field(
        default=None, description="Publication date; else the article's dateline, if any."
    )
    mode: str = Field(
        default="auto",
        description="Instructor mode for remote backends: auto, tools, json_schema, json.",
    )
    constrained: bool | None = Field(
        default=None,
        description="Source-constrained decoding (evidence and names as enums of article spans). "
        "None = on for the embedded model and OpenAI, off for other servers.",
    )
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    max_claims: int = Field(default=6, ge=1, le=50)
    max_output_tokens: int = Field(default=1024, ge=16)
    timeout: float = Field(default=120.0, gt=0, description="Seconds per request.")
    max_retries: int = Field(default=3, ge=0, description="Re-asks after invalid output.")
    max_transient_retries: int = Field(
        default=4,
        ge=0,
        description="Retries after a timeout, a dropped connection, HTTP 429 or 5xx (a refused "
        "connection is retried once).",
    )
    total_timeout: float = Field(default=600.0, gt=0, description="Cap on all attempts together.")
    model_path: str | None = Field(default=None, description="GGUF file for the local backend.")
    n_threads: int | None = Field(default=None, ge=1)
    n_ctx: int = Field(default=4096, ge=512)
    check: bool = Field(default=True, description="Attach the deterministic check report.")

    @field_validator("model")
    @classmethod
    def _check_model(cls, value: str) -> str:
        if not value.strip() or not value.removeprefix("openai/").strip():
            raise ValueError("a model name is needed, e.g. 'local' or 'openai/gpt-4o-mini'")
        return value

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"{value!r} is not an http(s) URL like http://localhost:11434/v1")
        return value.strip()

    @field_validator("published", mode="before")
    @classmethod
    def _parse_date(cls, value: object) -> object:
        if isinstance(value, str):
            return dt.date.fromisoformat(value.strip())
        return value

    @property
    def is_local(self) -> bool:
        return self.model == LOCAL_MODEL and self.base_url is None

    @property
    def remote_model_name(self) -> str:
        """The model name to send to an OpenAI-compatible server."""
        return self.model.removeprefix("openai/")

    def resolved_api_key(self) -> str | None:
        return self.api_key or os.environ.get("OPENAI_API_KEY")
