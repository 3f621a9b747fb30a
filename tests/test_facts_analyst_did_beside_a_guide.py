"""An analyst's figure after a past verb ("you did 14% this quarter, and the second-half guide is 14% to 15%") restates the
quarter's result, not the outlook of the same size given earlier, even where the range after it starts at that figure."""

from __future__ import annotations

from datetime import datetime, timezone

from ecta.facts import extract_facts
from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn


def test_you_did_this_quarter_beside_a_range_starting_there() -> None:
    cfo = Participant(id="cfo", name="Ann Example", role=Role.CORPORATE)
    analyst = Participant(id="an", name="Bo Sample", role=Role.ANALYST, firm="Example Securities")
    said = [(cfo, Section.PRESENTATION, "Operating margin was 14.0% in the quarter. We expect operating margin for the second half "
                                        "to be 14% to 15%, so for the full year roughly 14%."),
            (analyst, Section.QA, "On margins: you did 14% this quarter, and the second-half guide is 14% to 15%. What gets you "
                                  "to the top end?")]
    turns = [Turn(index=i, speaker=p, section=sec, paragraphs=[Paragraph(text=t, line_start=i + 1, line_end=i + 1)],
                  line_start=i + 1, line_end=i + 1) for i, (p, sec, t) in enumerate(said)]
    call = Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2026, fiscal_quarter=2,
                                event_date=datetime(2026, 7, 28, tzinfo=timezone.utc)),
                      participants=[cfo, analyst], turns=turns)
    did = next(f for f in extract_facts(call) if f.line == 2 and f.text == "14%")
    assert (did.period.label, did.kind.value) == ("Q2 2026", "actual")
