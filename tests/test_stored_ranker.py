"""The summary ranker's trees stored as compiled code (ecta.summarize.trees) score as the trees themselves do."""

from __future__ import annotations

import random
import sys
from importlib import resources
from pathlib import Path

import pytest

from ecta.summarize import trees
from ecta.summarize.trees import Forest

JSON = Path(str(resources.files("ecta.summarize").joinpath("ranker.json")))


def test_the_store_is_written_from_the_shipped_ranker():
    compiled = trees.stored(JSON)
    if compiled is None and not JSON.with_name(trees.STORE).exists():
        pytest.fail("no ranker.marshal: run scripts/store_ranker.py")
    import marshal

    tag = marshal.loads(JSON.with_name(trees.STORE).read_bytes())[1]
    if tag != sys.implementation.cache_tag:
        pytest.skip(f"the store was written for {tag}")
    assert compiled is not None, "ranker.marshal was written from another ranker.json: run scripts/store_ranker.py"


def test_compiled_trees_give_the_very_floats_of_the_walked_ones():
    import json

    model = json.loads(JSON.read_text("utf-8"))
    walked = Forest(model)
    namespace: dict = {}
    exec(compile(trees.source(model), "<test>", "exec"), namespace)
    fast = Forest(model, compiled=namespace["raw"])
    rng = random.Random(7)
    names = walked.features
    for _ in range(300):
        features = {name: rng.choice((0.0, 1.0, rng.random(), rng.uniform(-5, 50))) for name in rng.sample(names, 40)}
        assert fast.raw(features) == walked.raw(features)  # equal, not approximately: the summary's order rests on it
    # each threshold itself, where the comparison turns
    for tree in model["trees"][:50]:
        for node in tree:
            if type(node) is list:
                features = {names[node[0]]: node[1]}
                assert fast.raw(features) == walked.raw(features)


def test_a_store_of_another_ranker_is_passed_over(tmp_path):
    shipped = JSON.read_bytes()
    (tmp_path / "ranker.json").write_bytes(shipped)
    (tmp_path / trees.STORE).write_bytes(trees.store_bytes(shipped))
    assert trees.stored(tmp_path / "ranker.json") is not None
    (tmp_path / "ranker.json").write_bytes(shipped.replace(b'"trees"', b'"trees" ', 1))
    assert trees.stored(tmp_path / "ranker.json") is None
    (tmp_path / trees.STORE).write_bytes(b"\x00 damaged")
    assert trees.stored(tmp_path / "ranker.json") is None
    assert trees.stored(tmp_path / "absent.json") is None


def test_the_store_keeps_the_rest_of_the_model(tmp_path):
    """A summary reads the features and the stopping rule from the store, not the JSON's trees."""
    import json

    shipped = JSON.read_bytes()
    (tmp_path / "ranker.json").write_bytes(shipped)
    (tmp_path / trees.STORE).write_bytes(trees.store_bytes(shipped))
    raw, head = trees.stored_model(tmp_path / "ranker.json")
    model = json.loads(shipped)
    assert head == {k: v for k, v in model.items() if k != "trees"}
    assert Forest(head, compiled=raw).raw({model["features"][1]: 1.0}) == Forest(model).raw({model["features"][1]: 1.0})
