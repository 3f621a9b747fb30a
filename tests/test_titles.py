"""The company named in an event title, with the period in front of it stripped: cases on fictional titles."""

from __future__ import annotations

import json

import pytest

from ecta.formats._streetevents import company_from_title

from .conftest import DATA

CASES = json.loads((DATA / "callinfo" / "titles.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["title"] for c in CASES])
def test_company_from_title(case):
    assert company_from_title(case["title"]) == case["company"]
