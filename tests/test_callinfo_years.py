"""The fiscal year a call's speech places it in, when the source gives no title (ECTSum, MAEC): cases on
fictional sentences."""

from __future__ import annotations

import json

import pytest

from ecta.callinfo import period_from_opening, period_from_speech

from .conftest import DATA

CASES = json.loads((DATA / "callinfo" / "spoken_years.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"][:60] for c in CASES])
def test_year_from_speech(case):
    assert period_from_speech(case["sentences"]) == (case["year"], case["quarter"])


OPENINGS = json.loads((DATA / "callinfo" / "openings.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", OPENINGS, ids=[c["name"][:60] for c in OPENINGS])
def test_period_from_opening(case):
    assert period_from_opening(case["text"]) == (case["year"], case["quarter"])
