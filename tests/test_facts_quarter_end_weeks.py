"""A retail quarter said in weeks ("the thirteen weeks ended August 2, 2026") tells which month its quarter ends in: one
that ends in a month's first week is the month before's, so that month's figures are the quarter's, not the next one's."""

from __future__ import annotations

from datetime import datetime, timezone

from ecta.facts import _quarter_end, extract_facts
from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn


def test_weeks_ended_in_a_months_first_days_end_the_month_before() -> None:
    assert _quarter_end(["Our second quarter covers the thirteen weeks ended August 2, 2026."], 2) == 7
    assert _quarter_end(["The fourteen weeks ended January 31, 2026 made up our fourth quarter."], 4) == 1
    assert _quarter_end(["Thanks for joining us today."], 2) is None


def test_a_month_inside_a_quarter_said_in_weeks() -> None:
    ceo = Participant(id="ceo", name="Ann Example", role=Role.CORPORATE)
    texts = ["Our second quarter of fiscal 2026 covers the thirteen weeks ended August 2, 2026.",
             "July was the best month of the quarter. Comparable sales were up about 3.4% in July."]
    turns = [Turn(index=i, speaker=ceo, section=Section.PRESENTATION, paragraphs=[Paragraph(text=t, line_start=i + 1, line_end=i + 1)],
                  line_start=i + 1, line_end=i + 1) for i, t in enumerate(texts)]
    call = Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2026, fiscal_quarter=2,
                                event_date=datetime(2026, 8, 27, tzinfo=timezone.utc)),
                      participants=[ceo], turns=turns)
    comp = next(f for f in extract_facts(call) if f.text == "about 3.4%")
    assert (comp.period.label, comp.kind.value) == ("Q2 2026", "actual")
