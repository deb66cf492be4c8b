"""Instructor's async-validator scan runs once per draft class, and still fails closed."""

from __future__ import annotations

import gc

import pytest
from instructor.v2.validation import async_validators
from instructor.v2.validation.async_validators import async_field_validator
from pydantic import BaseModel

from summariser import Settings, summarise
from summariser.backends import scan_once
from summariser.backends.openai_compat import InstructorDraft, OpenAIBackend
from summariser.drafts import Draft
from tests.fakes import seed_draft, tool_call_reply


class Other(BaseModel):
    text: str


@pytest.fixture
def counted(monkeypatch):
    """A fresh wrapper around a counting copy of Instructor's scan; the calls it passes on."""
    seen: list[object] = []
    original = async_validators.reject_async_validators
    scan = original.scan if isinstance(original, scan_once.ScanOnce) else original

    def counting(model: object) -> None:
        seen.append(model)
        scan(model)

    wrapper = scan_once.ScanOnce(counting)
    return wrapper, seen


def test_a_draft_class_is_scanned_once_however_often_asked(counted):
    wrapper, seen = counted
    model = type("PerRequest", (InstructorDraft,), {})
    for _ in range(7):  # as many times as Instructor asks in one call
        wrapper(model)
    assert seen == [model]


@pytest.mark.parametrize(
    "model",
    [Other, list[Other], Other | None],
    ids=["other-model", "generic-alias", "union"],
)
def test_other_models_go_to_instructor_every_time(counted, model):
    wrapper, seen = counted
    wrapper(model)
    wrapper(model)
    assert seen == [model, model]


def test_a_draft_with_an_async_validator_is_still_rejected_every_time(counted):
    wrapper, _ = counted

    class Bad(Draft):
        @async_field_validator("gist")
        async def _check(self, value: str) -> None:  # pragma: no cover - never run
            return None

    for _ in range(2):  # a failed scan is never remembered as passed
        with pytest.raises(ValueError, match="async validators are not supported"):
            wrapper(Bad)


def test_classes_made_per_request_are_not_kept_alive():
    original = async_validators.reject_async_validators
    wrapper = scan_once.ScanOnce(getattr(original, "scan", original))
    wrapper(type("PerRequest", (InstructorDraft,), {}))
    assert len(wrapper.passed) == 1
    gc.collect()
    assert len(wrapper.passed) == 0


def test_install_is_idempotent_and_covers_every_place_instructor_reads_it():
    from instructor.v2.core import patch

    assert scan_once.install()
    first = async_validators.reject_async_validators
    assert scan_once.install()
    assert async_validators.reject_async_validators is first
    assert isinstance(first, scan_once.ScanOnce)
    assert patch.reject_async_validators is first


def test_install_leaves_an_unknown_function_alone(monkeypatch):
    def something_else(model: object) -> None:
        return None

    monkeypatch.setattr(async_validators, "reject_async_validators", something_else)
    assert not scan_once.install()
    assert async_validators.reject_async_validators is something_else


def test_calls_through_the_backend_scan_the_draft_once(seed_text, fake_server, monkeypatch):
    seen: list[object] = []
    scan_once.install()
    wrapper = async_validators.reject_async_validators
    assert isinstance(wrapper, scan_once.ScanOnce)
    inner = wrapper.scan

    def counting(model: object) -> None:
        seen.append(model)
        inner(model)

    monkeypatch.setattr(wrapper, "scan", counting)
    fake_server.enqueue(tool_call_reply(seed_draft()))
    settings = Settings(model="openai/gpt-test", api_key="k")
    summarise(seed_text, backend=OpenAIBackend(settings=settings, client=fake_server.client()))
    drafts = [m for m in seen if isinstance(m, type) and issubclass(m, Draft)]
    assert len(drafts) == 1  # Instructor asked several times; the draft was walked once
