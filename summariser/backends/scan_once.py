"""Instructor's scan for async validators, once per draft model rather than seven times a call.

Instructor (1.17) rejects response models that carry its async validators, and checks this at
five layers of every call: seven walks over the model and its nested models, ~0.15 ms each for
our drafts, about a third of the client's CPU per request (measured: 3.4 -> 2.2 ms a call). In
a batch that CPU is the event loop's, which caps throughput.

`install()` wraps that scan so that a subclass of our own draft model is walked once: the first
scan of each class runs in full (and still fails closed), later scans of the same class are
skipped. Every other model goes to Instructor's scan unchanged. The wrapper is installed only
where Instructor has the function under the expected name; otherwise nothing is touched.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from importlib import import_module
from typing import Any

from ..drafts import Draft

logger = logging.getLogger(__name__)

NAME = "reject_async_validators"
# Where Instructor keeps the function (its own module first), and the modules that imported
# the name at import time (the others import it inside each function, at call time).
_MODULES = ("instructor.v2.validation.async_validators", "instructor.v2.core.patch")

_lock = threading.Lock()


class ScanOnce:
    """A scan that remembers which draft classes passed (weakly: a class made per request goes
    when its request does)."""

    def __init__(self, scan: Callable[[Any], None]) -> None:
        self.scan = scan
        self.passed: weakref.WeakKeyDictionary[type, None] = weakref.WeakKeyDictionary()

    def __call__(self, model: Any) -> None:
        if not (isinstance(model, type) and issubclass(model, Draft)):
            self.scan(model)
            return
        with _lock:
            if model in self.passed:
                return
        self.scan(model)  # raises for a class with async validators: never remembered
        with _lock:
            self.passed[model] = None


def install() -> bool:
    """Wrap Instructor's scan where it lives (idempotent); False when it is not found."""
    try:
        modules = [import_module(name) for name in _MODULES]
    except ImportError:
        logger.debug("Instructor's async-validator scan not found; left as it is")
        return False
    current = getattr(modules[0], NAME, None)
    if isinstance(current, ScanOnce):
        return True
    if not callable(current) or getattr(current, "__name__", None) != NAME:
        logger.debug("Instructor's async-validator scan has changed; left as it is")
        return False
    wrapper = ScanOnce(current)
    for module in modules:
        if getattr(module, NAME, None) is current:
            setattr(module, NAME, wrapper)
    return True
