"""Find the actors of an article: capitalised runs -> mentions -> actors, deterministically."""

from __future__ import annotations

import logging

from .context import Neighbours
from .model import ActorCandidate
from .resolve import Cluster, Resolver
from .segment import RawMention, run_mentions
from .tokens import capitalised_runs, tokenize

logger = logging.getLogger(__name__)


def find_actors(text: str, *, max_actors: int = 20) -> list[ActorCandidate]:
    """Actor candidates named in ``text``, ordered by first mention.

    When more than ``max_actors`` are found, the most mentioned are kept (known types before
    "other", earlier before later on ties), then put back in order of first mention.
    """
    if max_actors <= 0 or not text.strip():
        return []
    tokens = tokenize(text)
    lowercase = frozenset([t.text.lower() for t in tokens if t.lower])
    mentions: list[RawMention] = []
    for run in capitalised_runs(text, tokens):
        mentions.extend(run_mentions(text, run, lowercase=lowercase))
    resolver = Resolver(text, Neighbours(text, tokens), lowercase)
    resolver.add_all(mentions)
    resolver.merge_short_forms()
    resolver.merge_acronyms()
    resolver.decide_types()
    found = resolver.candidates()
    kept = sorted(found, key=_salience)[:max_actors]
    kept.sort(key=lambda pair: (pair[0].first, pair[1].name))
    logger.debug("found %d actor candidates, kept %d", len(found), len(kept))
    return [candidate for _, candidate in kept]


def _salience(pair: tuple[Cluster, ActorCandidate]) -> tuple[int, int, int, str]:
    cluster, candidate = pair
    return (-len(candidate.mentions), candidate.type == "other", cluster.first, candidate.name)
