"""Who the article makes the subject of a verb: the words from each clause's opening to it.

Read for the subject test (subjects.py) and the patient test (patients.py). Besides a clause's
own opening words, a subject may stand away from its verb: the subject of the clause a
participle hangs from, the antecedent of "who" or "which", the conjunct that shares it ("X
followed Y and stabbed him"), the agent after the "by" of a passive (the active verb's subject).
"""

from __future__ import annotations

from .coordination import shared_subject
from .features import NUM, Tok, verb_key
from .lexicon import AUXILIARIES, PREPOSITIONS
from .participles import participle_subject
from .passive_agents import by_agent
from .relative_subjects import indefinite_antecedent, named_antecedent
from .slot_edges import MAX_ASIDE
from .verb_forms import is_passive, opens_at, surely_verb, verb_like

MAX_SUBJECT = 6  # tokens the evidence's subject may have
# Subject pronouns of a clause; "it" and "they" too, for organisations and teams.
PRONOUNS = frozenset({"he", "she", "they", "it", "we"})
OF_PLACE = frozenset({"of", "from", "in"})  # what opens an aside saying where someone is from


def subjects_of(
    ev: tuple[Tok, ...], verb: str, text: str, stop: int | None = None, *, passive: bool = False
) -> list[tuple[int, int]]:
    """Token ranges [a, b) of the subjects the evidence gives the verb ``verb`` (its verb_key)
    in the active voice (or the passive): the tokens from each clause's opening to the verb
    (before ``stop``)."""
    out: list[tuple[int, int]] = []
    for b in range(1, len(ev) if stop is None else stop):
        if verb_key(ev[b]) != verb:
            continue
        hung = None if passive else participle_subject(ev, b, text)
        if hung is not None:
            out.append(hung)
            continue
        if not passive and is_passive(ev, b):
            agent = by_agent(ev, b, text)
            if agent is not None:
                out.append(agent)  # ("Three judges, led by Okafor": Okafor led them)
            continue
        if not verb_like(ev, b) or is_passive(ev, b) is not passive:
            continue
        head = b  # where the verb group starts ("had asked")
        while head > 0 and ev[head - 1].norm in AUXILIARIES:
            head -= 1
        antecedent = named_antecedent(ev, head, text) or indefinite_antecedent(ev, head, text)
        if antecedent is not None:
            # ("Halden Water, which runs the plant"; "an online hater who accused her")
            out.append(antecedent)
            continue
        shared = shared_subject(ev, head, text, subjects=subjects_of, is_verb=surely_verb)
        if shared is not None:
            out.append(shared)  # ("X followed Y outside and stabbed him": X stabbed him)
            continue
        a = head
        while a > 0 and head - a < MAX_SUBJECT and not opens_at(ev, a, text):
            a -= 1
        if (a == 0 or opens_at(ev, a, text)) and a < head:
            # A subject pronoun right before the verb group is its subject: "Siemens said on
            # Thursday it would cut" (the clause a reporting verb opens needs no "that").
            pronoun = head - a > 1 and ev[head - 1].norm in PRONOUNS
            out.append((head - 1 if pronoun else a, b))
            continue
        if a == head:  # a comma right before the verb group may close an aside: "Lopez, 58, said"
            s = _aside_start(ev, head, text) if surely_verb(ev, b) else 0
            # An age or a place ("Daniel Price, 41, of Bramley, admitted") describes the name
            # before it: the subject is before the first such aside.
            modified = False
            while s > 0 and _describes(ev[s]):
                modified = True
                p = s - 1  # (the segment before it, from the comma that opens it)
                while (
                    p > 0 and s - p < MAX_SUBJECT and "," not in text[ev[p - 1].end : ev[p].start]
                ):
                    p -= 1
                if p == 0 or not _describes(ev[p]):
                    break
                s = p
            a = s - 1
            while a > 0 and s - a < MAX_SUBJECT and not opens_at(ev, a, text):
                a -= 1
            if s > 0 and not modified and all(t.cap for t in ev[s:head] if t.content):
                out.append((s, head))  # a name in apposition: "Her lawyer, David Chen, had"
            elif s > 0 and (a == 0 or opens_at(ev, a, text)):
                out.append((a, s))
            continue  # (the words before the comma end an aside: no subject of the verb)
        # No clause opening near (a caption run into the next: "... 2008 Bueno has scored"):
        # the name right before the verb group is its subject.
        a = b
        while a > 0 and ev[a - 1].norm in AUXILIARIES:
            a -= 1
        k = a
        while k > 0 and ev[k - 1].cap and ev[k - 1].content:
            k -= 1
        # A name after "of" or "from" says where the name before it is from ("Rachel Obi of
        # Kestrel Research said"): that name heads the subject.
        while k > 1 and k < a and ev[k - 1].norm in OF_PLACE and ev[k - 2].cap:
            k -= 1
            while k > 0 and ev[k - 1].cap and ev[k - 1].content:
                k -= 1
        if k < a and (k == 0 or ev[k - 1].norm not in PREPOSITIONS):
            out.append((k, b))  # (not a preposition's object: "journalists held in Belarus were")
    return out


def _describes(t: Tok) -> bool:
    """Whether an aside opening with this token describes the name before it: an age, or where
    someone is from ("of Bramley")."""
    return t.kind == NUM or t.norm in OF_PLACE


def _aside_start(ev: tuple[Tok, ...], b: int, text: str) -> int:
    """Where the aside closed by the comma before token ``b`` opens (the token after its
    opening comma or bracket), within MAX_ASIDE tokens; 0 if none does."""
    for k in range(b - 1, max(0, b - 1 - 2 * MAX_ASIDE), -1):
        if k > 0 and not _ASIDE_OPENS.isdisjoint(text[ev[k - 1].end : ev[k].start]):
            # (a relative clause may run longer: "X, whose husband is a descendant of ...,")
            return k if b - k <= MAX_ASIDE or ev[k].norm in _RELATIVES else 0
    return 0


_RELATIVES = frozenset({"who", "whose", "which"})


_ASIDE_OPENS = frozenset(",(—–")
