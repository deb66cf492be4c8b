"""What a claim sentence states beyond its names and values: its polarity, its modality and the
frame it may drop (denied, in doubt, unsaid), the direction and result it gives, the facts it
links, what it repeats. Each test is its own module; this runs them in the order open mode
reports them."""

from __future__ import annotations

from .denied_alternatives import denied_findings
from .directions import direction_findings
from .flags import ClaimView, Finding
from .frames import frame_findings
from .hedged_statements import hedge_cue_findings
from .links import link_findings
from .modality import modality_findings
from .negation import negation_findings
from .one_of import one_of_findings
from .plans import plan_findings
from .prepare import PreparedArticle
from .repeats import repeat_findings
from .results import result_findings
from .support import Support


def statement_findings(
    view: ClaimView, art: PreparedArticle, sup: Support, *, numbers: int
) -> list[Finding]:
    """The findings of the statement tests (``numbers``: how many numbers the claim has)."""
    found = result_findings(view, art) if numbers >= 2 else []  # (a score is two numbers)
    found += negation_findings(view, art, sup)
    found += denied_findings(view, art, sup)
    found += (
        modality_findings(view, art, sup)
        or plan_findings(view, art, sup)
        or frame_findings(view, art, sup)
        or hedge_cue_findings(view, art, sup)
    )
    found += one_of_findings(view, art, sup)
    found += direction_findings(view, art, sup)
    found += link_findings(view, art)
    found += repeat_findings(view, art)
    return found
