"""A quarter reported with the span it closes ("the quarter and half year ended September 30", "the quarter and nine
months ended December 31", as Indian and Australian companies say it) tells which month the quarter ends in."""

from __future__ import annotations

from ecta.facts import _quarter_end


def test_quarter_said_with_its_half_or_nine_months() -> None:
    assert _quarter_end(["Welcome to our call for the quarter and half year ended September 30, 2026."], 2) == 9
    assert _quarter_end(["These are the results for the quarter and nine months ended December 31."], 3) == 12
    assert _quarter_end(["We report the quarter and the first half ended June 30 today."], 2) == 6
    assert _quarter_end(["Thanks for joining our quarterly call."], 2) is None
