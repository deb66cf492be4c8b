"""Turning lexical fit and findings into one score in [0, 1].

A logistic combination: lexical support raises the logit, every finding lowers it by its
penalty. The weights are few, hand-set for the phenomena (a name or number absent from the
article costs more than a paraphrased word), then checked on the development data; what was
tried and left out is in BENCHMARKS.md ("Checker: what was tried in the score").
"""

from __future__ import annotations

import math

from .flags import Finding
from .support import Support

BIAS = -2.5
W_COVERAGE = 3.0  # evidence coverage (IDF-weighted share of the claim's content words)
W_DOC_COVERAGE = 1.0  # the same against the whole article
W_BIGRAMS = 1.5  # adjacent content-word pairs the article also has in that order
# Per supporting sentence beyond the first: fusing facts from several sentences is where
# abstractive summaries most often go wrong (wrong subject, wrong circumstance).
P_FUSION = 0.4

# Chosen on the even half of the human-labelled dev articles (the verdict's balanced accuracy
# over the three files; the odd half reports it): a flat curve around it, and the lower end of
# it keeps abstractive claims, which paraphrase and so score lower, from being flagged
# wholesale. Figures in BENCHMARKS.md. A single contradiction (P_CONTRADICTION in flags.py)
# takes a fully supported claim (about 0.95) to about 0.27.
SUPPORT_THRESHOLD = 0.30
# A claim that copies most of its words from its evidence (NEAR_COPY of its tokens in runs of
# three or more) has no paraphrase to excuse a missing or changed word: what it adds or changes
# inside copied text is what the evidence does not say. Such a claim is supported only at
# COPY_THRESHOLD, the score a copy keeps with at most one weak finding (a copy scores about
# 0.95; a name given elsewhere in the article takes it to about 0.89, a new word to about 0.92).
NEAR_COPY = 0.7
COPY_THRESHOLD = 0.85


def sentence_score(sup: Support, findings: list[Finding], extra_penalty: float) -> float:
    """The support score of one claim sentence."""
    z = (
        BIAS
        + W_COVERAGE * sup.coverage
        + W_DOC_COVERAGE * sup.doc_coverage
        + W_BIGRAMS * sup.bigram_precision
        - P_FUSION * max(0, len(sup.sids) - 1)
        - sum(f.penalty for f in findings)
        - extra_penalty
    )
    if z < -700.0:  # thousands of findings (a claim of a whole table): exp(-z) would overflow
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def combine(scores: list[float]) -> float:
    """The score of a claim of several sentences: never supported when one sentence is not.

    Supported sentences combine as their product to the power 1/sqrt(n) (see the module
    docstring); a sentence below SUPPORT_THRESHOLD caps the claim at its own score, so one
    contradicted sentence ("the 22-year-old" for the article's 25-year-old, 0.17) is not
    averaged away by two copied ones (0.95 each: 0.34 before this cap).
    """
    if not scores:
        return 1.0
    joint = math.prod(scores) ** (1.0 / math.sqrt(len(scores)))
    weakest = min(scores)
    return min(joint, weakest) if weakest < SUPPORT_THRESHOLD else joint


def apply_penalty(score: float, penalty: float) -> float:
    """Lower a score by ``penalty`` logits."""
    if score <= 0.0:
        return 0.0
    if score >= 1.0:
        score = 1.0 - 1e-12
    z = math.log(score / (1.0 - score)) - penalty
    return 1.0 / (1.0 + math.exp(-z))
