"""Q&A behaviour on exchanges written by the team: how directly an answer takes up the question, and the
topics a question names."""

from __future__ import annotations

import json

import pytest

from ecta.model import Section
from ecta.report import qa

from .conftest import DATA
from .test_report import ANALYST, CFO, call


EXCHANGES = json.loads((DATA / "report" / "exchange_cases.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", EXCHANGES, ids=[c["name"][:60] for c in EXCHANGES])
def test_exchange_review_cases(case):
    (r,) = qa.review(call([(ANALYST, Section.QA, case["question"]), (CFO, Section.QA, case["answer"])]))
    assert r.directness >= case.get("directness_min", 0.0)
    assert r.directness <= case.get("directness_max", 1.0)
    assert set(case.get("topics_has", [])) <= set(r.topics)
    if "topics" in case:
        assert r.topics == case["topics"]

