"""Tests that read a claim's relations where the slot tests found nothing to contradict: a
judgement turned round (judgements.py), a change given to another quantity (changes.py), an
event put in another place (event_places.py), date (event_dates.py) or count (event_numbers.py),
a group's words given to a person (collective_speakers.py) or to someone it leaves unnamed
(unnamed_speakers.py), a person put with another's body (affiliations.py) or described in words
the article lacks (new_descriptions.py), a fact its evidence withholds in its own words
(withheld.py), a value given the course its evidence denies (courses.py), a thing acted on given
the opposite state (undergoers.py), an act its evidence withholds by its noun (denied_nouns.py),
what its evidence's speaker denies (denied_clauses.py), the opposite predicate of a subject the
alignment drops (dropped_subjects.py), what a sentence about the claim's subject says it did not
do (subject_sentences.py), a verb its evidence clause negates or refuses on the same two parties
(replaced_predicates.py), a link between two facts the article does not state (causes.py), an
event its evidence only requests (requested.py). A word the slot tests already contradict is not
judged twice; a weaker doubt at the same word ("the number is not in the supporting sentences")
gives way to the contradiction."""

from __future__ import annotations

from .affiliations import affiliation_findings
from .causes import cause_findings
from .changes import change_findings
from .collective_speakers import collective_findings
from .courses import course_findings
from .denied_clauses import denied_clause_findings
from .denied_nouns import denied_noun_findings
from .dropped_subjects import dropped_subject_findings
from .event_dates import date_event_findings
from .event_numbers import count_event_findings
from .event_places import place_findings
from .flags import ClaimView, Finding
from .judgements import judgement_findings
from .new_descriptions import new_description_findings
from .prepare import PreparedArticle
from .replaced_predicates import replaced_predicate_findings
from .requested import requested_findings
from .subject_sentences import subject_denial_findings
from .support import Support
from .undergoers import undergoer_findings
from .unnamed_speakers import unnamed_findings
from .withheld import withheld_findings


def with_late_findings(
    findings: list[Finding], view: ClaimView, art: PreparedArticle, sup: Support
) -> list[Finding]:
    """``findings`` with the late tests' contradictions at words no contradiction holds yet."""
    more = judgement_findings(view, art, sup) + change_findings(view, art)
    more += place_findings(view, art, sup) + collective_findings(view, art, sup)
    more += affiliation_findings(view, art) + unnamed_findings(view, art, sup)
    more += withheld_findings(view, art, sup) + new_description_findings(view, art)
    more += date_event_findings(view, art, sup) + count_event_findings(view, art, sup)
    more += course_findings(view, art, sup) + undergoer_findings(view, art, sup)
    more += denied_noun_findings(view, art, sup) + denied_clause_findings(view, art, sup)
    more += dropped_subject_findings(view, art, sup) + subject_denial_findings(view, art, sup)
    more += replaced_predicate_findings(view, art, sup)
    more += cause_findings(view, art, sup) + requested_findings(view, art, sup)
    if not more:  # (most claims)
        return findings
    held = {f.start for f in findings if f.contradicts}
    more = [f for f in more if f.start not in held]
    starts = {f.start for f in more}
    return [f for f in findings if f.start not in starts] + more
