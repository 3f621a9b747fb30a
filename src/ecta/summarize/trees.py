"""Gradient-boosted trees evaluated in plain Python: the summary ranker, read from JSON.

The ranker is trained with LightGBM (`scripts/train_summarizer.py`, the `[train]` extra) and exported to a small
JSON file, so neither the library nor numpy is needed to run it. A model is::

    {"features": ["bias", "metric=eps", ...],
     "trees": [[[0, 0.5, 1, 2], -0.3, 0.8], ...]}

Each tree is a list of nodes, its root first. A split is `[feature, threshold, left, right]` (indices into the
feature list and into the tree's nodes): a value at or below the threshold goes left. A leaf is a bare number,
and the raw score is the sum of one leaf per tree. A feature a candidate lacks is 0, as in the sparse matrix the
trees were fitted on.
"""

from __future__ import annotations

import math
from collections.abc import Mapping


class Forest:
    def __init__(self, model: Mapping) -> None:
        self.features: list[str] = list(model["features"])
        self.index = {name: i for i, name in enumerate(self.features)}
        self.trees: list[list] = [list(t) for t in model["trees"]]

    def vector(self, features: Mapping[str, float]) -> list[float]:
        x = [0.0] * len(self.features)
        index = self.index
        for name, value in features.items():
            i = index.get(name)
            if i is not None:
                x[i] = value
        return x

    def raw(self, features: Mapping[str, float]) -> float:
        x = self.vector(features)
        total = 0.0
        for tree in self.trees:
            node = tree[0]
            while type(node) is list:  # a split; leaves are numbers (type(): 3x cheaper than isinstance here)
                node = tree[node[2] if x[node[0]] <= node[1] else node[3]]
            total += node
        return total

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.raw(features)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
