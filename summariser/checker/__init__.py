"""The deterministic grounding checker: open mode (any claims) and evidence mode (a Summary)."""

from __future__ import annotations

from .evidence_mode import check
from .open_mode import check_claims, split_claims
from .score import SUPPORT_THRESHOLD

__all__ = ["SUPPORT_THRESHOLD", "check", "check_claims", "split_claims"]
