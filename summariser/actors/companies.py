"""What marks a name as a company's in business copy: its legal form after it in lower case
("Marlow plc"; capitalised, "Marlow Plc" is the name's own head), its stock's ticker
("Orvex ( ORVX.O )", "Orvex <ORVX.O>", "Orvex (NYSE: ORV)"), or shares of it ("shares of
Orvex"). Only a company is listed, owned in shares or written so."""

from __future__ import annotations

import re

_GAP = r"[ \t\u00a0]"
_FORM_AFTER = re.compile(_GAP + r"+(?:plc|inc|ltd|llc)\b")
# A ticker is a symbol and its exchange's suffix ("ORVX.O", "KEL.L"), or an exchange and a
# symbol ("NYSE: ORV"); a bare bracketed acronym may be a party's letter or a short form.
_TICKER_AFTER = re.compile(
    _GAP
    + r"*[(<]"
    + _GAP
    + r"*(?:(?:NYSE|Nasdaq|NASDAQ|AMEX|LSE|TSX|ASX)"
    + _GAP
    + r"*:"
    + _GAP
    + r"*[A-Z][A-Z0-9.]{0,7}|[A-Z][A-Z0-9]{0,5}\.[A-Z]{1,2})"
    + _GAP
    + r"*[)>]"
)
_CUE_AFTER = re.compile(f"{_FORM_AFTER.pattern}|{_TICKER_AFTER.pattern}")
_SHARES_OF = re.compile(r"\b(?:shares|stock|stake)" + _GAP + "+of" + _GAP + "+$")


def company_cue(text: str, start: int, end: int) -> bool:
    """Whether a legal form or a ticker follows the name at ``start:end``, or shares of it
    come before it."""
    if _CUE_AFTER.match(text, end):
        return True
    return text.startswith(" of ", start - 4) and bool(
        _SHARES_OF.search(text, max(0, start - 16), start)
    )
