"""Where the source of a reporting verb lies: left of it, after it, or earlier in the sentence."""

from __future__ import annotations

import logging

from summariser.attribution.anonymity import anonymous_subject
from summariser.attribution.clause_heads import (
    RELATIVE_WORDS,
    SUBORDINATORS,
    head_phrase,
    opens_clause,
    relative_antecedent,
)
from summariser.attribution.dated import (
    DATE_ENDS,
    MAX_PHRASES,
    PLACE_PREPOSITIONS,
    TIME_DEICTICS,
    TIME_NOUNS,
    dated_before,
    dated_participle,
    participle,
    placed_before,
)
from summariser.attribution.lexicon import (
    ADVERBS,
    AUXILIARIES,
    CUE_FORMS,
    DETERMINERS,
    NP_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    words,
)
from summariser.attribution.model import Found
from summariser.attribution.phrases import (
    appositive_left,
    is_content_word,
    np_left,
    sentence_subject,
)
from summariser.attribution.reading import floating_quantifier, plural_subject
from summariser.attribution.segment import QUOTES, Doc

logger = logging.getLogger(__name__)

_PARENTHETICAL = words("however too meanwhile though instead also moreover")
_CHANNEL_NOUNS = words(
    "interview interviews statement statements speech speeches briefing conference tweet tweets "
    "post letter email op-ed column debate hearing rally appearance"
)
_ADVERBIAL_PREPOSITIONS = words("in on at during since over via through")


def participle_source(
    doc: Doc, lo: int, hi: int, found: list[Found], *, main: bool = False
) -> tuple[int, int] | None:
    """The source of a participle or coordinated cue: the sentence's subject or last source
    (with ``main``, the last of a main clause: an adjunct participle after a comma shares its
    main clause's subject, not a relative clause's: in "Trump was defensive about not paying
    an architect who said he was stiffed, saying ..." Trump is saying)."""
    # The latest source that is not itself inside another find's content: "Perdue said he
    # didn't believe ..., arguing ..." is Perdue arguing, not "he".
    number = doc.sentence_of(lo)
    same = [item for item in found if item.sentence == number and item.source is not None]
    relative = None  # (a relative clause's source, when no main clause's is found)
    for item in reversed(same):
        assert item.source is not None
        start = item.source[0]
        tokens = item.source_tokens
        if main and tokens is not None and doc.lowers[tokens[0]] in RELATIVE_PRONOUNS:
            relative = relative or tokens
            continue
        if not any(
            other.content is not None and other.content[0] <= start < other.content[1]
            for other in same
        ):
            return item.source_tokens
    subject = sentence_subject(doc, lo, hi)
    if subject is None:
        return relative
    return subject[0], subject[1] - 1


def _relative_verb(doc: Doc, k: int, lo: int) -> bool:
    """Whether token ``k`` is the verb of a subject relative ("who spoke", "that had met")."""
    first = k
    while first - 1 > lo and doc.lowers[first - 1] in AUXILIARIES:
        first -= 1
    return (
        first - 1 >= lo
        and doc.lowers[first - 1] in RELATIVE_WORDS
        and doc.words[k][0].islower()
        and (doc.lowers[k] in CUE_FORMS or doc.lowers[k].endswith("ed"))
    )


def _skip_adverbial(doc: Doc, prev: int, lo: int) -> int:
    """The token before a time or channel adverbial ending at ``prev``, else ``prev``.

    "the Supreme Court this month rejected", "McConnell, who in 2010 said", "Stumpf in a
    televised interview appeared to blame": the subject lies before the adverbial.
    """
    low = doc.lowers[prev]
    if not (low in TIME_NOUNS or low in _CHANNEL_NOUNS or low in TIME_WORDS or low.isdigit()):
        return prev
    if low in TIME_NOUNS and prev - 2 >= lo and doc.lowers[prev - 1] in TIME_DEICTICS:
        subject_end = prev - 2
        while subject_end > lo and doc.lowers[subject_end] in ADVERBS:
            subject_end -= 1  # "Wells Fargo just this month announced"
        return subject_end
    for k in range(prev - 1, max(lo, prev - 5), -1):
        word = doc.words[k]
        if doc.lowers[k] in _ADVERBIAL_PREPOSITIONS:
            before = doc.words[k - 1]
            if before[0].isalnum() or before == ",":
                return k - 1
            break
        if not (word[0].islower() or word[0].isdigit()):
            break
    return prev


def described_name(doc: Doc, comma: int, lo: int) -> bool:
    """Whether a capitalised name with an appositive ends at ``comma`` ("Smith, 59, of X,")."""
    start = appositive_left(doc, comma, lo)
    return start is not None and doc.words[start][0].isupper() and doc.words[start] not in QUOTES


_PHRASE_OPENERS = _ADVERBIAL_PREPOSITIONS | words("after before during following for")
# What follows a participle of a reduced relative in commas: its agent, place or time.
_PARTICIPLE_TIES = words("by in on at last this earlier late early")


# Tokens of a phrase set off by commas between a subject and its verb ("The senator, speaking
# to reporters outside the chamber after the vote, said").
_MAX_SET_OFF = 16


def _before_adverbial_phrase(
    doc: Doc, comma: int, lo: int
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The subject before an adverbial or participial phrase set off by commas ("Clinton, at
    Monday's debate, cited ...", "An official, speaking on condition of anonymity, said ..."),
    ending at ``comma``."""
    for k in range(comma - 2, max(lo, comma - _MAX_SET_OFF), -1):
        word = doc.words[k]
        if word in {",", ";", ":"} or word in QUOTES:
            opener = doc.lowers[k + 1]
            reduced = doc.words[k + 1][0].islower() and (
                opener.endswith("ing")
                # a reduced relative with its agent, place or time: "The letter, signed by 40
                # scientists, warns", "The suit, filed Tuesday in federal court, claims"
                or (
                    k + 2 < comma
                    and (doc.lowers[k + 2] in _PARTICIPLE_TIES or doc.lowers[k + 2] in TIME_WORDS)
                    and participle(doc, k + 1)
                )
            )
            if word != "," or not (opener in _PHRASE_OPENERS or reduced) or k - 1 < lo:
                return None
            start = np_left(doc, k - 1, lo)
            return None if start is None else ((start, k - 1), None)
    return None


# Tokens before the verb in which a subject's description is looked for (who asked not to
# be named, a participle's place and time).
_MAX_DESCRIBED = 30


def left_source(
    doc: Doc, prev: int, lo: int
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Subject to the left of the verb group ending at ``prev``; with an antecedent for 'who'."""
    if floating_quantifier(doc, prev, lo):
        # "They all said", "Smith and Jones both argued": the subject is before its quantifier.
        left = left_source(doc, prev - 1, lo)
        return None if left is None else ((left[0][0], prev), left[1])
    skipped = _skip_adverbial(doc, prev, lo)
    if skipped != prev and skipped > lo and dated_participle(doc, skipped, prev):
        # "Figures published on Thursday show": the time is the participle's, in the subject.
        head = head_phrase(doc, skipped - 1, lo)
        if head is not None:
            return (head, prev), None
    dated = None
    if prev - lo >= 3:  # (room for a head, a participle or relative word, and a phrase)
        window = doc.lowers[prev - _MAX_DESCRIBED if prev - _MAX_DESCRIBED > lo else lo : prev]
        if "who" in window:
            anonymous = anonymous_subject(doc, prev, lo)
            if anonymous is not None:
                return anonymous, None
        if doc.lowers[prev] in DATE_ENDS:
            dated = dated_before(doc, prev, lo)
        near = window[-MAX_PHRASES:]
        if dated is None and not PLACE_PREPOSITIONS.isdisjoint(near) and "ed " in " ".join(near):
            dated = placed_before(doc, prev, lo)  # (a participle in "-ed" and a place)
    if dated is not None:
        # "A study published in May found", "Figures released yesterday show".
        head = head_phrase(doc, dated - 1, lo)
        if head is not None:
            return (head, prev), None
    # An adverbial after a relative clause's verb is that verb's ("Critics who spoke at the
    # hearing said"): the subject then ends with the adverbial, and keeps its relative clause.
    if skipped == prev or not _relative_verb(doc, skipped, lo):
        prev = skipped
    low = doc.lowers[prev]
    if low == "whom" and prev - 2 >= lo and doc.lowers[prev - 1] == "of":
        return (prev - 2, prev), None
    if (
        low == "that"
        and prev - 1 >= lo
        and is_content_word(doc, prev - 1)
        and doc.lowers[prev - 1] not in CUE_FORMS
    ):
        # "cities that support the rules": the source is the noun phrase with its "that".
        start = np_left(doc, prev - 1, lo)
        if start is not None:
            return (start, prev), None
    if low in RELATIVE_PRONOUNS:
        return (prev, prev), relative_antecedent(doc, prev, lo)
    if doc.words[prev][0].isupper() and low in TIME_WORDS and prev - 1 > lo:
        # "Sanders on Tuesday said": step over the time adverbial to the subject.
        before = prev - 1
        if doc.lowers[before] in {"on", "last", "this", "early", "late"}:
            before -= 1
        start = np_left(doc, before, lo)
        if start is not None:
            return (start, before), None
    if doc.words[prev] in {",", "—", "--", "–"}:
        start = appositive_left(doc, prev, lo)
        if start is not None:
            return (start, prev - 1), None
        if (
            prev - 2 >= lo
            and doc.lowers[prev - 1] in _PARENTHETICAL
            and doc.words[prev - 2] == ","
            and prev - 3 >= lo
        ):
            start = np_left(doc, prev - 3, lo)
            if start is not None:
                return (start, prev - 3), None
        return _before_adverbial_phrase(doc, prev, lo)
    start = np_left(doc, prev, lo)
    if start is None:
        return None
    return (extended_subject(doc, start, lo), prev), None


_MAX_RELATIVE = 12  # tokens of a relative clause between its head and the main verb


def _in_number(doc: Doc, i: int) -> bool:
    """Whether the comma at ``i`` sits inside a number ("2,000")."""
    return (
        0 < i < len(doc.words) - 1
        and doc.words[i - 1].isdigit()
        and doc.words[i + 1].isdigit()
        and doc.starts[i] == doc.ends[i - 1]
        and doc.starts[i + 1] == doc.ends[i]
    )


# Prepositions after a subject's reduced relative: its agent ("Figures released by the
# ministry") or its place ("Research published in Nature", "Officials based at the embassy").
_REDUCED_PREPOSITIONS = words("by in on at")
# Particles of phrasal verbs between a participle and its agent ("handed over by", "put out by").
_PHRASAL_PARTICLES = words("through over out up down off")


def extended_subject(doc: Doc, start: int, lo: int) -> int:
    """The start of the whole subject whose last phrase starts at ``start``: a subject keeps
    its reduced relative ("Figures released by the ministry") and its relative clause ("A man
    who lives next to the plant", "A study that tracked 2,000 children", "Farmers whose crops
    failed"), when its head opens the clause; else ``start``.

    A "that" or "who" must be followed by the clause's verb (a subject relative): in "The fact
    that the mayor said ..." the "that" opens a complement, and the mayor speaks."""
    if start - 3 >= lo and doc.lowers[start - 1] in _REDUCED_PREPOSITIONS:
        verb = start - 2
        while verb - 1 > lo and (
            doc.lowers[verb] in TIME_WORDS
            or doc.lowers[verb] in TIME_DEICTICS
            or (doc.lowers[verb] == "on" and doc.lowers[verb + 1] in TIME_WORDS)
        ):
            verb -= 1  # "a report released last Tuesday / on Monday by the agency"
        if doc.lowers[verb] in _PHRASAL_PARTICLES and verb - 1 > lo:
            verb -= 1  # a phrasal verb's participle: "emails combed through by Vox"
        if participle(doc, verb):
            head = head_phrase(doc, verb - 1, lo)
            if head is not None:
                return head
    if start == lo or doc.lowers[start] in SUBJECT_PRONOUNS:
        return start
    window = doc.lowers[max(lo, start - _MAX_RELATIVE) : start]
    if RELATIVE_WORDS.isdisjoint(window):
        return start  # (the usual case, tested in one pass)
    for j in range(start - 1, max(lo, start - _MAX_RELATIVE) - 1, -1):
        low = doc.lowers[j]
        if low in RELATIVE_WORDS:
            if j + 1 == start and low != "whose" and not doc.lowers[start].endswith("ed"):
                # "the gun that officers thought ...": the phrase is the relative's subject
                # (but "the judge who sentenced Spears" may be read as one phrase).
                return start
            if low != "whose" and not _verb_opens(doc, j + 1, that=low == "that"):
                return start
            verb = j + 1  # the relative's own verb, after its auxiliaries ("who had spoken")
            while verb + 1 < start and doc.lowers[verb] in AUXILIARIES:
                verb += 1
            if _verb_groups(doc, j + 1, start) > 1 or _finite_cue(doc, verb + 1, start):
                # "A man whose house was ... was arrested in ...", "A couple who married in
                # 2012 claim their photographer wrote ...": the main verb is in between.
                return start
            head = head_phrase(doc, j - 1, lo)
            return start if head is None else head
        if low in SUBORDINATORS or not (doc.words[j][0].isalnum() or _in_number(doc, j)):
            return start  # the phrase is in another clause
    return start


def _finite_cue(doc: Doc, first: int, stop: int) -> bool:
    """Whether tokens ``[first, stop)`` hold a finite reporting verb ("claim", "said")."""
    for k in range(first, stop):
        form = CUE_FORMS.get(doc.lowers[k])
        if form is not None and form[1] != "ing" and doc.lowers[k - 1] not in DETERMINERS:
            return True
    return False


def _verb_groups(doc: Doc, first: int, stop: int) -> int:
    """How many runs of auxiliaries tokens ``[first, stop)`` hold: a relative clause has one
    verb group at most, a second is the main clause's."""
    runs = 0
    inside = False
    for k in range(first, stop):
        aux = doc.lowers[k] in AUXILIARIES
        runs += aux and not inside
        inside = aux
    return runs


def _verb_opens(doc: Doc, i: int, *, that: bool) -> bool:
    """Whether a relative clause's verb opens at token ``i`` ("who lives", "that tracked"):
    after "that" a verb form, not a noun ("that gap" is a determiner's phrase)."""
    low = doc.lowers[i]
    if not doc.words[i][0].islower() or low in DETERMINERS or low in SUBJECT_PRONOUNS:
        return False
    if not that:
        return True
    return low in AUXILIARIES or low in CUE_FORMS or low.endswith(("ed", "s"))


def plural_head(doc: Doc, last: int, lo: int) -> bool:
    """Whether the clause-opening subject ending at ``last`` has a plural head before its
    modifiers ("Data from the census", "Figures released by the ministry"): it agrees with a
    base-form verb although the word before the verb is singular."""
    start = np_left(doc, last, lo)
    if start is None:
        return False
    start = extended_subject(doc, start, lo)
    if not opens_clause(doc, start, lo):
        return False
    for k in range(start + 1, last + 1):
        if doc.lowers[k] in NP_PREPOSITIONS or (doc.lowers[k] == "by" and participle(doc, k - 1)):
            head = k - 1 if doc.lowers[k] in NP_PREPOSITIONS else k - 2
            return plural_subject(doc.lowers[head])
    return False
