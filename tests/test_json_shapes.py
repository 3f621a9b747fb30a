"""A JSON transcript whose fields hold the wrong type (a number where a list was, null, a bare string) is parsed as
far as it goes or refused with ecta's own error, never a TypeError out of a parser."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ecta

from .conftest import DATA

DOCS = []
for p in sorted((DATA / "formats").rglob("*")):
    if p.is_file() and not p.name.endswith(".expected.json"):
        try:
            DOCS.append(json.loads(p.read_text("utf-8")))
        except ValueError:
            continue
WILD = [None, 0, -1, 1.5, True, "", "x" * 3000, [], {}, [None], [[[]]], {"a": None}, "Operator", 10**30]


def _paths(o, pre=()):
    if pre:
        yield pre
    if isinstance(o, dict):
        for k, v in o.items():
            yield from _paths(v, pre + (k,))
    elif isinstance(o, list):
        for i, v in enumerate(o[:20]):
            yield from _paths(v, pre + (i,))


def _replaced(doc, path, value):
    doc = json.loads(json.dumps(doc))
    o = doc
    for k in path[:-1]:
        o = o[k]
    o[path[-1]] = json.loads(json.dumps(value))
    return doc


def _check(doc) -> None:
    try:
        t = ecta.parse(json.dumps(doc).encode("utf-8"))
    except ecta.EctaError:
        return
    from ecta.facts import extract_facts

    extract_facts(t)


@pytest.mark.parametrize(("doc", "path", "value"), [
    ({"speakers": [{"speaker": "spk0", "words": 7}], "event": {"year": 2026, "quarter": 1}}, ("speakers", 0, "words"), 7),
    ({"prepared_remarks": [{"speaker": "Operator", "speech": "Welcome to the call."}], "q_and_a": 3}, ("q_and_a",), 3),
    ({"prepared_remarks": [{"speaker": "Operator", "speech": "Welcome to the call."}], "participants": True},
     ("participants",), True),
])
def test_found_shapes(doc, path, value) -> None:
    _check(_replaced(doc, path, value))


@settings(deadline=None, derandomize=True, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_field_of_another_type(data) -> None:
    doc = data.draw(st.sampled_from(DOCS))
    for _ in range(data.draw(st.integers(1, 3))):
        paths = list(_paths(doc))
        if not paths:
            break
        doc = _replaced(doc, data.draw(st.sampled_from(paths)), data.draw(st.sampled_from(WILD)))
    _check(doc)
