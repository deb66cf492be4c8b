"""Turning lexical fit and findings into one score in [0, 1].

A logistic combination: lexical support raises the logit, every finding lowers it by its
penalty. The weights are few, hand-set for the phenomena (a name or number absent from the
article costs more than a paraphrased word), then checked on the development data.

Tried and left out, because each lowered dev ROC-AUC: penalties from aligning the claim with its
evidence (LCS of stems) for words inserted or substituted inside a copied stretch, for joins of
pieces the evidence has far apart, and for a changed subject before a copied predicate (FRANK
CNN/DM -0.004 to -0.02, FRANK XSum up to -0.09), and half credit for words sharing a 5-letter
prefix with the evidence (QAGS +0.004, FRANK XSum -0.004).

Combining a claim's sentence scores (dev AUC FRANK CNN/DM / Polytope): the product to the power
1/sqrt(n) (0.802 / 0.601) beats the minimum (0.792 / 0.569), the mean (0.793 / 0.570), soft-min
at any temperature (0.794-0.795 / 0.569) and the geometric mean (0.795 / 0.569); the plain
product (0.798 / 0.609) and powers 1/n^0.25-0.4 gain on Polytope only by ranking longer claims
lower, and lose on one half of its rows. A pronoun opening a claim sentence whose article
antecedent is not the previous claim sentence's subject (lexically: that subject absent from the
supporting sentence and the two before it, or a different name in the sentence before it)
lowered FRANK CNN/DM to 0.788-0.796: without coreference the antecedent is too often guessed wrong.

Capping a claim at the score of a sentence below the threshold (so a claim is supported only when
each of its sentences is) leaves dev ROC-AUC within noise (FRANK CNN/DM 0.8161 -> 0.8153, FRANK
XSum 0.7560, Polytope 0.5998 -> 0.5997, QAGS 0.7229); capping only at sentences with a
contradiction-sized finding gave the same (0.8152 / 0.5996-0.5998).
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

# Chosen on the development data: `python benchmarks/factuality.py --sweep` scores all three dev
# files (FRANK valid, Polytope val, QAGS-XSum; 1,544 rows) together and takes the threshold with
# the highest balanced accuracy: 0.44 (BA 0.629), on a flat curve (0.28: 0.620, 0.30: 0.624,
# 0.36: 0.628, 0.40: 0.625, 0.46: 0.625, 0.50: 0.625). Within it, 0.30 keeps abstractive
# (XSum-style) claims, which paraphrase and so score lower, from being flagged wholesale (FRANK
# XSum BA 0.689 at 0.30 vs 0.642 at 0.40, QAGS 0.658 vs 0.648), at a small cost on near-extractive
# CNN/DM-style claims (FRANK CNN/DM 0.579 vs 0.598). A single contradiction (P_CONTRADICTION in
# flags.py) takes a fully supported claim (about 0.95) to about 0.27.
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
