"""Words with offsets, and the runs of capitalised words that may hold names."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .lexicon import (
    ABBREVIATIONS,
    CONTINUE_ONLY,
    DAYS,
    HEADLINE_MINOR,
    MONTHS,
    NAME_CONNECTORS,
    ORG_HEADS,
    ORG_LEADS,
    STOPWORDS,
)

# "Commission on Presidential Debates", "Centre for Strategic Studies": after an organisation
# word these join a name; elsewhere ("Biden on Putin") they separate names.
ORG_CONNECTORS = frozenset({"on", "for"})

# Dotted acronyms ("U.S."), words with inner hyphens or apostrophes ("N’Djamena", "Mali’s"),
# and numbers (which only separate runs).
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:\w|[-'’](?=\w))*|\d[\w./:-]*")
_POSSESSIVE = re.compile(r"['’]s$")
# "d'Ivoire", "al-Assad": lowercase particles glued to a capitalised name.
_GLUED_PARTICLE = re.compile(r"^[a-z]{1,3}['’-][A-Z]")
# A leading dateline ("date 2023-10-10"): the word after it opens a sentence.
_DATELINE = re.compile(r"^\s*(?:date\s*[:=]?\s*)?\d{4}-\d{2}-\d{2}\b", re.IGNORECASE)
# Web addresses, e-mail addresses, @handles and #hashtags hold no names of actors.
_NOT_PROSE = re.compile(r"\S+/\S+|www\.\S+|\S+@\S+|[@#]\w+")
_CONTRACTION = re.compile(r"['’](?:m|re|ll|ve|d|t)$")
_SENTENCE_END = re.compile(r"[.!?:;]|\n")
# Between two words of one name only spaces may stand (a hyphen is inside a token).
_JOIN = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class Token:
    """One word: ``text`` is ``source[start:end]`` without any possessive ending."""

    start: int
    end: int
    text: str
    possessive: bool  # followed by 's / ’s (excluded from end)
    initial: bool  # opens a sentence, so its capital letter says nothing
    headline: bool = False  # in a Headline Case Sentence, where no capital says anything

    @property
    def capital(self) -> bool:
        return self.text[0].isupper() or bool(_GLUED_PARTICLE.match(self.text))

    @property
    def lower(self) -> bool:
        """A lowercase word (not a glued particle like "al-Assad")."""
        return self.text[0].islower() and not self.capital


def tokenize(text: str) -> list[Token]:
    """All words of ``text`` in order, with possessives split off and sentence starts marked."""
    dateline = _DATELINE.match(text)
    dateline_end = dateline.end() if dateline else -1
    tokens: list[Token] = []
    prev_end = 0
    prev_abbrev = False
    skip = [m.span() for m in _NOT_PROSE.finditer(text)]
    k = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        while k < len(skip) and skip[k][1] <= start:
            k += 1
        if k < len(skip) and skip[k][0] <= start:
            continue
        if prev_end == 0 and not tokens:
            initial = True
        else:
            gap = text[prev_end:start]
            initial = (not prev_abbrev and bool(_SENTENCE_END.search(gap))) or "\n" in gap
        if dateline_end >= 0 and prev_end == dateline_end:
            initial = True
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 2
        if possessive:
            end -= 2
            word = word[:-2]
        # "Mr." and "Gen." keep their full stop, which then ends no sentence.
        abbrev = word in ABBREVIATIONS and text[end : end + 1] == "."
        if abbrev:
            end += 1
            word += "."
        tokens.append(Token(start, end, word, possessive, initial))
        prev_end = end + 2 if possessive else end
        prev_abbrev = abbrev or (word.endswith(".") and len(word) > 2)
    return _mark_shouting(_mark_headlines(tokens))


def _mark_shouting(tokens: list[Token]) -> list[Token]:
    """ALL-CAPS HEADERS ("TAKE A QUARTER Let's say") are headlines; the word after one opens a
    sentence. Lone acronyms ("NATO", "U.S.") are untouched."""
    out = list(tokens)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and out[j].text.isupper() and out[j].text.isalpha():
            j += 1
        if j - i >= 2 and any(len(t.text) >= 3 for t in out[i:j]):
            for k in range(i, j):
                out[k] = replace(out[k], initial=True, headline=True)
            if j < len(out) and out[j].capital:
                out[j] = replace(out[j], initial=True)
        i = max(j, i + 1)
    return out


def _mark_headlines(tokens: list[Token]) -> list[Token]:
    """In a Headline Case Sentence capitals say nothing: mark its words as sentence-initial."""
    out: list[Token] = []
    sentence: list[Token] = []
    for tok in [*tokens, None]:
        if tok is None or (tok.initial and sentence):
            capitals = sum(1 for t in sentence if t.capital and len(t.text) >= 3)
            headline = capitals >= 4 and all(t.text in HEADLINE_MINOR for t in sentence if t.lower)
            out.extend(replace(t, initial=True, headline=True) if headline else t for t in sentence)
            sentence = []
        if tok is not None:
            sentence.append(tok)
    return out


def _breaks(token: Token, *, first: bool) -> bool:
    """Whether ``token`` can never be part of a name (when ``first``, start one)."""
    if token.text in STOPWORDS or token.text in MONTHS or token.text in DAYS:
        return True
    if _CONTRACTION.sub("", token.text) in STOPWORDS:  # "I’m", "We’ll"
        return True
    if first and token.text in CONTINUE_ONLY:
        return True
    return token.text[0].isdigit()


def capitalised_runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalised words joined by spaces (and inner particles like "of").

    A run ends at punctuation, a line break, a possessive, a stop word, a month or a number.
    """
    runs: list[list[Token]] = []
    current: list[Token] = []

    def close() -> None:
        while current and current[-1].lower:  # a trailing particle belongs to no name
            current.pop()
        if current:
            runs.append(current.copy())
        current.clear()

    for i, tok in enumerate(tokens):
        joined = bool(current) and bool(_JOIN.fullmatch(text[current[-1].end : tok.start]))
        if current and (not joined or current[-1].possessive):
            close()
        starts_or_continues = tok.capital and not _breaks(tok, first=not current)
        if starts_or_continues or (
            current and _connects(current, tok) and _next_capital(tokens, i)
        ):
            current.append(tok)
        else:
            close()
    close()
    return runs


def _connects(current: list[Token], tok: Token) -> bool:
    """Whether lowercase ``tok`` may continue the name being read."""
    if not tok.lower:
        return False
    if tok.text in ORG_CONNECTORS:
        return current[-1].text in ORG_HEADS | ORG_LEADS
    return tok.text in NAME_CONNECTORS or tok.text == "and"


def _next_capital(tokens: list[Token], i: int) -> bool:
    """Whether a capitalised word follows token ``i`` (after further particles)."""
    for tok in tokens[i + 1 : i + 4]:
        if tok.capital:
            return not _breaks(tok, first=False)
        if tok.text not in NAME_CONNECTORS:
            return False
    return False
