"""Gradient-boosted trees evaluated in plain Python: the summary ranker, read from JSON.

The ranker is trained with LightGBM (`scripts/train_summarizer.py`, the `[train]` extra) and exported to a small
JSON file, so neither the library nor numpy is needed to run it. A model is::

    {"features": ["bias", "metric=eps", ...],
     "trees": [[[0, 0.5, 1, 2], -0.3, 0.8], ...]}

Each tree is a list of nodes, its root first. A split is `[feature, threshold, left, right]` (indices into the
feature list and into the tree's nodes): a value at or below the threshold goes left. A leaf is a bare number,
and the raw score is the sum of one leaf per tree. A feature a candidate lacks is 0, as in the sparse matrix the
trees were fitted on.

Walking 300 trees node by node is most of the summary's own work, so the trees also ship as Python code, one
`if`/`else` per split (`ranker.marshal` beside the JSON, written by `scripts/store_ranker.py`): the same comparisons
and the same sum in the same order, so the same float, in half the time. Compiling that code takes longer than a
whole report, so it is stored compiled, for one Python; a store written for another Python or from another JSON
is passed over and the trees are walked as before.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping


STORE = "ranker.marshal"


class Forest:
    def __init__(self, model: Mapping, compiled: Callable[[list[float]], float] | None = None) -> None:
        self.features: list[str] = list(model["features"])
        self.index = {name: i for i, name in enumerate(self.features)}
        self.trees: list[list] = [list(t) for t in model.get("trees", ())]
        self.compiled = compiled
        """The trees as code (`stored`), taking the feature vector: what `raw` computes, computed faster."""

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
        if self.compiled is not None:
            return self.compiled(x)
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


def source(model: Mapping) -> str:
    """Python code of `raw(x)`: the trees of `model` as nested `if`/`else`, summed in their order. The features a
    split reads are unpacked into local names first (`x12 <= 0.5` instead of `x[12] <= 0.5`: a sixth faster)."""
    width = len(model["features"])
    lines = ["def raw(x):", f"    {', '.join(f'x{i}' for i in range(width))}{',' if width == 1 else ''} = x",
             "    total = 0.0"]

    def emit(tree: list, node, indent: str) -> None:
        if type(node) is not list:
            lines.append(f"{indent}total += {_literal(node)}")
            return
        lines.append(f"{indent}if x{int(node[0])} <= {_literal(node[1])}:")
        emit(tree, tree[node[2]], indent + "    ")
        lines.append(f"{indent}else:")
        emit(tree, tree[node[3]], indent + "    ")

    for tree in model["trees"]:
        emit(tree, tree[0], "    ")
    lines.append("    return total")
    return "\n".join(lines) + "\n"


def _literal(value) -> str:
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"no literal for {value}")
    return repr(value)  # the shortest text that reads back as the very same float


def store_bytes(model_json: bytes) -> bytes:
    """What `scripts/store_ranker.py` writes: the JSON's digest, this Python's bytecode tag, the compiled `raw`, and
    the rest of the model (features, threshold, discount), so that a summary need not read the JSON's trees at all."""
    import hashlib
    import json
    import marshal
    import sys

    model = json.loads(model_json)
    code = compile(source(model), "<ranker trees>", "exec")
    head = {k: v for k, v in model.items() if k != "trees"}
    return marshal.dumps((hashlib.sha256(model_json).hexdigest(), sys.implementation.cache_tag, marshal.dumps(code),
                          head))


def stored(json_path) -> Callable[[list[float]], float] | None:
    """The compiled trees stored beside `json_path`, when they were written from this very JSON for this Python's
    bytecode; else None."""
    found = stored_model(json_path)
    return found[0] if found else None


def stored_model(json_path) -> tuple[Callable[[list[float]], float], dict] | None:
    """The compiled trees stored beside `json_path` and the model without its trees, when they were written from this
    very JSON for this Python's bytecode; else None. The code is read only once its tag is this Python's (the
    marshal of code differs by version)."""
    import hashlib
    import marshal
    import sys
    from pathlib import Path

    try:
        json_path = Path(json_path)
        digest, tag, code, head = marshal.loads(json_path.with_name(STORE).read_bytes())
        if tag != sys.implementation.cache_tag or digest != hashlib.sha256(json_path.read_bytes()).hexdigest():
            return None
        namespace: dict = {}
        exec(marshal.loads(code), namespace)  # noqa: S102 - code ecta wrote from its own trees, as a .pyc is
        return namespace["raw"], head
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return None
