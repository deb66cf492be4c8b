"""Split one run of capitalised words into mentions: a title prefix becomes a role, known
phrases (countries, capitals, organisations, regions) are looked up, the rest are names.

The general path, for runs the fast paths of ``mentions`` do not cover."""

from __future__ import annotations

import re
from typing import NamedTuple

from .connectors import split_parts
from .lexicon import (
    NON_ACTOR_ACRONYMS,
    NON_ACTOR_WORDS,
    ORG_HEADS,
    ORG_LEADS,
    PLACE_HEADS,
    STATE_BODY_HEADS,
    TITLE_MODIFIERS,
)
from .names import EVENT_HEADS, EVENT_LEADS, org_headed
from .phrases import CAPITAL_KEYS, COUNTRY_KEYS, Segment, norm, segments
from .tokens import Token

ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&+]+$")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")


# "D-Mont.", "R-Texas": party and state tags after a US legislator's name.
PARTY_TAG = re.compile(r"^[DRI]-[A-Z]")

_ORG_WORDS = ORG_LEADS | ORG_HEADS
# Segment kinds that, alone, are no mention.
_PLACE_KINDS = frozenset({"country", "capital", "region"})
_ALONE_NOTHING = frozenset({"title", "honorific", "demonym", "nonactor"})
_EVENT_PLACES = frozenset({"country", "capital", "region", "demonym"})


class RawMention(NamedTuple):
    """One occurrence of a would-be actor, before mentions are grouped into actors."""

    start: int
    end: int
    text: str
    kind: str  # country | capital | org | group | region | place (a dateline's) | name | event
    key: str  # canonical country name for countries and capitals, else the text
    words: tuple[str, ...]
    initial: bool  # the mention's first word opens a sentence
    headline: bool  # it stands in a Headline Case Sentence
    run_start: int  # the whole capitalised run, for context look-ups
    run_end: int
    possessive: bool
    role: str | None = None
    role_score: int = 0
    title_form: str | None = None  # "President Goita"
    titled: bool = False  # a person title or honorific stood before it
    lead: bool = False  # the words before a title ("Wells Fargo" in "Wells Fargo CEO")


def run_mentions(text: str, run: list[Token]) -> list[RawMention]:
    """The mentions in a capitalised run of two or more words, opening with no common word
    and no particle, which the fast paths (see ``mentions``) leave to the general one."""
    segs = segments(run)
    if all(seg.kind != "connector" for seg in segs):
        return part_mentions(text, segs)  # nothing splits it (see ``connectors``)
    mentions: list[RawMention] = []
    for part in split_parts(segs):
        mentions.extend(part_mentions(text, part))
    return mentions


def part_mentions(text: str, segs: list[Segment]) -> list[RawMention]:
    """Mentions in a run of segments that holds at most one title prefix."""
    context = {"run_start": segs[0].start, "run_end": segs[-1].end}
    if len(segs) == 1:
        # Most parts are one segment: what the general path below yields for it, without
        # its bookkeeping. One plain word is at most one name; a known entity ("United
        # States", "Human Rights Watch", "West Africa") is one mention; a title, an
        # honorific, a demonym or a non-actor phrase alone is none.
        seg = segs[0]
        if seg.kind == "word" and len(seg.tokens) == 1:
            if seg.tokens[0].lower or _all_non_names(seg):
                return []
            return [_mention(text, seg, "name", context=context)]
        if _is_entity(seg):
            return [_mention(text, seg, seg.kind, context=context)]
        if seg.kind in _ALONE_NOTHING:
            return []
    tokens = [t for s in segs for t in s.tokens]
    if (tokens[-1].text in EVENT_HEADS or tokens[0].text in EVENT_LEADS) and _event(segs):
        return [_mention(text, Segment("word", tuple(tokens)), "event", context=context)]
    if _place_of(segs):
        return [_mention(text, Segment("place", tuple(tokens)), "place", context=context)]
    if len(segs) > 1 and all(s.kind == "word" for s in segs) and not any(t.lower for t in tokens):
        # Plain words only, no title, no connector: one organisation or name, as in
        # ``mentions._plain_mentions`` (what the general path below yields for them).
        org = tokens[-1].text in ORG_HEADS and org_headed([t.text for t in tokens])
        seg = Segment("org" if org else "word", tuple(tokens))
        if seg.kind == "org":
            return [_mention(text, seg, "org", context=context)]
        return [] if _all_non_names(seg) else [_mention(text, seg, "name", context=context)]
    if len(segs) > 1 and segs[0].kind == "country" and _state_body(tokens[len(segs[0].tokens) :]):
        # "U.S. Agriculture Department", "U.S. Senate": a state's body, named after the
        # state, which is named too ("Kenya Airways", "Pakistan Muslim League" are one name).
        country = _mention(text, segs[0], "country", context=context)
        if all(s.kind in ("word", "modifier") for s in segs[1:]):  # ("Treasury" alone too)
            body = Segment("org", tuple(t for s in segs[1:] for t in s.tokens))
            return [country, _mention(text, body, "org", context=context)]
        return [country, *part_mentions(text, segs[1:])]
    if len(segs) > 1 and _is_org_name(tokens):
        return [_mention(text, Segment("org", tuple(tokens)), "org", context=context)]
    best = _role_prefix_end(segs)
    prefix, rest = segs[:best], segs[best:]
    mentions = [_mention(text, s, s.kind, context=context) for s in prefix if _is_entity(s)]
    lead = [t for s in prefix[: _first_title(prefix)] if s.kind == "word" for t in s.tokens]
    if lead:  # the words before a title name its organisation or place: "Wells Fargo CEO"
        seg = Segment("word", tuple(lead))
        mentions.append(_mention(text, seg, "name", context=context, lead=True))
    role, score, title_form = _role_of(text, prefix)
    first_name = True
    for seg in _name_parts(rest):
        if seg.kind == "word":
            if _all_non_names(seg):
                continue
            holder = first_name and bool(prefix)  # the title belongs to the first name after it
            mentions.append(
                _mention(
                    text,
                    seg,
                    "name",
                    context=context,
                    role=role if holder else None,
                    role_score=score if holder else 0,
                    title_form=f"{title_form} {seg_text(text, seg)}"
                    if holder and title_form
                    else None,
                    titled=holder and any(s.kind in ("title", "honorific") for s in prefix),
                )
            )
            first_name = False
        elif _is_entity(seg):
            mentions.append(_mention(text, seg, seg.kind, context=context))
            first_name = False
    return mentions


def _state_body(rest: list[Token]) -> bool:
    """Whether the words after a state's name name a body of its own: one its head ends
    ("Agriculture Department") or opens before "of" ("Department of Transportation"), or one
    "Federal" opens ("Federal Trade Commission": the federation's own)."""
    return (
        rest[-1].text in STATE_BODY_HEADS
        or (len(rest) > 2 and rest[0].text in STATE_BODY_HEADS and rest[1].text == "of")
        or (len(rest) > 1 and rest[0].text == "Federal")
    )


def _place_of(segs: list[Segment]) -> bool:
    """ "Gulf of Thailand", "Isle of Man", "Bay of Biscay": a kind of place "of" a name is one
    place, not the kind and a country."""
    return (
        len(segs) == 3
        and segs[0].kind in ("word", "region")  # ("the Gulf" is a region)
        and len(segs[0].tokens) == 1
        and segs[0].tokens[0].text in PLACE_HEADS
        and segs[1].tokens[0].text == "of"
        and (segs[2].kind == "word" or segs[2].kind in _PLACE_KINDS)
    )


def _event(segs: list[Segment]) -> bool:
    """ "the London Marathon", "the Australian Open", "the Tour de France": a contest named
    by its place is one event, not the place and a word."""
    first, last = segs[0], segs[-1]
    if first.kind in _EVENT_PLACES:
        return last.tokens[-1].text in EVENT_HEADS and all(
            s.kind in ("word", "modifier", "nonactor") for s in segs[1:]
        )
    return (
        len(segs) == 3
        and first.kind == "word"
        and len(first.tokens) == 1
        and first.tokens[0].text in EVENT_LEADS
        and segs[1].kind == "connector"
        and (last.kind in _EVENT_PLACES or last.kind == "word")
    )


def seg_text(text: str, seg: Segment) -> str:
    return text[seg.start : seg.end]


def _is_entity(seg: Segment) -> bool:
    return seg.kind in ("country", "capital", "org", "group", "region")


def _is_org_name(run: list[Token]) -> bool:
    """ "Defence Ministry", "Wagner Group", "Ministry of Defence", "Bank of England"."""
    if run[-1].text in ORG_HEADS and org_headed([t.text for t in run]):
        return True
    return any(
        run[i + 1].text in ("of", "on", "for") and run[i].text in _ORG_WORDS
        for i in range(len(run) - 2)
    )


def _role_prefix_end(segs: list[Segment]) -> int:
    """How many leading segments form a title ("Russian President", "Secretary of State")."""
    best, after_of, titled = 0, False, False
    for i, seg in enumerate(segs):
        # "Wells Fargo CEO John Stumpf", "Massachusetts Sen. Elizabeth Warren"
        if seg.kind == "word" and not titled and i < 3 and _title_follows(segs, i):
            continue
        if seg.kind in ("title", "honorific"):
            titled = True
            best = i + 1
        elif seg.kind in ("demonym", "country", "org", "modifier", "nonactor"):
            if after_of and seg.kind != "demonym":
                best = i + 1
        elif seg.kind == "connector" and seg.tokens[0].text in ("of", "for", "the"):
            after_of = True
        else:
            break
    # A title needs a name after it; "Prime Minister" alone is a role without a holder, and
    # "Foreign Affairs" is no title at all.
    if best and not any(s.kind == "word" for s in segs[best:]):
        return len(segs) if any(s.kind in ("title", "honorific") for s in segs[:best]) else 0
    return best


def _first_title(segs: list[Segment]) -> int:
    return next((i for i, s in enumerate(segs) if s.kind in ("title", "honorific")), len(segs))


def _title_follows(segs: list[Segment], i: int) -> bool:
    """Whether a title comes after segment ``i`` with only unknown words between."""
    for seg in segs[i + 1 : i + 4]:
        if seg.kind in ("title", "honorific"):
            return True
        if seg.kind != "word":
            return False
    return False


def _role_of(text: str, prefix: list[Segment]) -> tuple[str | None, int, str | None]:
    """Role text, its strength, and the bare title for a "President Goita" alias."""
    titled = [s for s in prefix if s.kind != "honorific"]
    while titled and titled[0].kind == "connector":
        titled = titled[1:]
    bare = all(s.kind in ("title", "honorific", "modifier", "connector") for s in prefix)
    title_form = text[prefix[0].start : prefix[-1].end] if prefix and bare else None
    if not titled:
        return None, 0, title_form
    role = text[titled[0].start : titled[-1].end]
    words = sum(len(s.tokens) for s in titled)
    return role, 3 if words >= 2 else 1, title_form


def _name_parts(segs: list[Segment]) -> list[Segment]:
    """Merge consecutive unknown words (and inner particles) into one "word" segment each."""
    out: list[Segment] = []
    pending: list[Token] = []

    def flush() -> None:
        while pending and pending[-1].lower:
            pending.pop()
        if pending:
            out.append(Segment("word", tuple(pending)))
        pending.clear()

    for seg in segs:
        if seg.kind in ("word", "modifier") or (
            seg.kind == "connector" and pending and seg.tokens[0].text != "and"
        ):
            pending.extend(seg.tokens)
        else:
            flush()
            out.append(seg)
    flush()
    return out


def _all_non_names(seg: Segment) -> bool:
    """Words that together name no actor: "Foreign Affairs", "NGOs", "CEO"."""
    words = [t.text for t in seg.tokens if not t.lower]
    if PARTY_TAG.match(words[0]):
        return True
    if all(w in TITLE_MODIFIERS or w in NON_ACTOR_WORDS for w in words):
        return True
    return len(words) == 1 and (
        words[0] in NON_ACTOR_ACRONYMS or bool(_PLURAL_ACRONYM.match(words[0]))
    )


def _mention(
    text: str,
    seg: Segment,
    kind: str,
    *,
    context: dict[str, int],
    role: str | None = None,
    role_score: int = 0,
    title_form: str | None = None,
    titled: bool = False,
    lead: bool = False,
) -> RawMention:
    tokens = seg.tokens
    first, last = tokens[0], tokens[-1]
    surface = text[first.start : last.end]
    words = tuple([t.text for t in tokens])
    key = surface
    if kind == "country":
        key = COUNTRY_KEYS.get(norm(" ".join(words)), surface)
    elif kind == "capital":
        key = CAPITAL_KEYS.get(norm(" ".join(words)), surface)
    # From a tuple of all fields: the Python-level constructor of a named tuple costs more,
    # and this runs for every mention.
    fields = (
        first.start, last.end, surface, kind, key, words, first.initial, first.headline,
        context["run_start"], context["run_end"], last.possessive, role, role_score,
        title_form, titled, lead,
    )  # fmt: skip
    return tuple.__new__(RawMention, fields)
