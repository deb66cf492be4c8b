"""What marks a name as a company's in business copy: its legal form after it in lower case
("Marlow plc"; capitalised, "Marlow Plc" is the name's own head), its stock's ticker
("Orvex ( ORVX.O )", "Orvex <ORVX.O>", "Orvex (NYSE: ORV)"), shares of it ("shares of
Orvex"), a deal with it ("a deal with Ford"), a bid for it ("a takeover of Orvex"), its
analysts ("analysts at Orvex") or its share price's move ("Orvex rose 1-1/8"). Only a
company is listed, owned in shares, bought or written so; deals and mergers are made with
bodies. Shares traded on a name make it an exchange, a body too ("listed on Nasdaq").
(With a result's side and a win by a margin, ``results``, the trading bodies' cues read in
one call: they are asked of most names.)"""

from __future__ import annotations

import re

from .results import margin_sides, result_sides, standing_sides, versus_sides

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
_SCORE = re.compile(r"\d-\d")
_SHARES_OF = re.compile(r"\b(?:shares|stock|stake)" + _GAP + "+of" + _GAP + "+$")
# What is made with a body, a company or a club: "a deal with Ford", "a merger with Orvex",
# "a two-year contract with Lazio". (A person is named in full, and typed by the given name.)
# The noun, not the verb: "trying to deal with Donald J. Trump" is no deal.
_DEAL_WITH = re.compile(
    r"(?<!\bto )(?<!\bwill )(?<!\bcan )(?<!\bmust )(?<!\bwould )(?<!\bcould )(?<!\bshould )"
    r"\b(?:deal|deals|merger|contract|venture|partnership|alliance)" + _GAP + "+with" + _GAP + "+$"
)

# What is bought of a company, and who bids: "a takeover of Orvex", "its bid for Orvex",
# "the acquisition of Orvex", "an offer from Placer", "a proposal from Newmont". (A bid for a
# contest is a place's: "a bid for Athens" names a known place, typed before this is asked.)
_BOUGHT = re.compile(
    r"\b(?:takeover|acquisition|buyout|purchase)" + _GAP + "+of" + _GAP + "+$"
    r"|\b(?:bid|offer|proposal)" + _GAP + "+(?:for|from)" + _GAP + "+$"
)
# Who work at a firm of the markets, and only there: "analysts at SBC Warburg", "an economist
# at Orvex" (a town has residents, a ground players: "at" alone says nothing).
_MARKET_HANDS_AT = re.compile(
    r"\b(?i:analysts?|economists?|strategists?|traders?|dealers?|brokers?)"
    + _GAP
    + "+at"
    + _GAP
    + "+$"
)

# A share price's move right after a name, in a fraction of a point or in a currency's small
# units ("Kelmont rose 1-1/8", "slipped 1/2", "fell 11 pence", "lost 1.20 marks"): only a
# listed company's stock moves so (an index moves in points, a person not at all).
_PRICE_MOVE = re.compile(
    _GAP
    + r"+(?:rose|fell|gained|lost|eased|slipped|jumped|climbed|added|dropped|firmed|slid|shed)"
    + _GAP
    + r"+(?:\d+-)?\d+(?:/\d+\b|(?:\.\d+)?"
    + _GAP
    + r"+(?:cents?|pence|pfennigs?|marks|yen|francs|crowns|lire|rand)\b)"
)

_VERSUS_NEAR = re.compile(r" (?:v|vs\.?|versus) ")
# Where shares trade: "listed on Nasdaq", "traded on the Kelmont exchange", or a price in a
# fraction of a point then "on" ("fell 1/4 to 30-3/8 on Nasdaq"): an exchange, a body.
_TRADED_ON = re.compile(
    r"(?:\b(?:listed|traded|trading|trades|quoted)|\d/\d{1,2})"
    + _GAP
    + "+on"
    + _GAP
    + "+(?:the"
    + _GAP
    + "+)?$"
)


def trade_cue(text: str, start: int, end: int) -> bool:
    """Whether a legal form or a ticker follows the name at ``start:end``, shares of it or a
    deal with it come before it, or it is a side of a result in prose (a town's team: "Leeds
    beat Chelsea 2-0", "won by six wickets"), a rival in a table ("two points behind
    Newcastle") or a side of a match ("Surrey v Kent")."""
    if _CUE_AFTER.match(text, end) or _PRICE_MOVE.match(text, end):
        return True
    if text.startswith(" of ", start - 4) and _SHARES_OF.search(text, max(0, start - 16), start):
        return True
    if text.startswith(" with ", start - 6) and _DEAL_WITH.search(text, max(0, start - 28), start):
        return True
    if text.startswith((" of ", "for ", "rom "), start - 4) and _BOUGHT.search(
        text, max(0, start - 20), start
    ):
        return True
    if _TRADED_ON.search(text, max(0, start - 24), start):
        return True
    if text.startswith(" at ", start - 4) and _MARKET_HANDS_AT.search(
        text, max(0, start - 20), start
    ):
        return True
    if start in margin_sides(text):
        return True  # "Kent beat Somerset by an innings", "won by six wickets"
    if text.find(" point", max(0, start - 32), start) != -1 and start in standing_sides(text):
        return True  # "two points behind Newcastle"
    if _VERSUS_NEAR.search(text, max(0, start - 64), end + 64) and start in versus_sides(text):
        return True  # "Surrey 320 ( A. Brown 120 ) v Warwickshire"
    # (A result's score stands within a few words of its sides: the text is read for
    # results only when a score is that near.)
    low, high = max(0, start - 24), end + 64
    return (
        text.find("-", low, high) != -1
        and _SCORE.search(text, low, high) is not None
        and start in result_sides(text)
    )
