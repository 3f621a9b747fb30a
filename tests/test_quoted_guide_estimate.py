"""An analyst quoting a guide given in the remarks, then the Street's number for it: the Street's number is of the
guided measure and period, even where it names no measure of its own."""

from __future__ import annotations

from ecta.facts import extract_facts
from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn


def _call(remark: str, question: str) -> Transcript:
    cfo = Participant(id="p1", name="Ann Example", role=Role.CORPORATE)
    analyst = Participant(id="p2", name="Bo Asker", role=Role.ANALYST)
    turns = [Turn(index=0, speaker=cfo, section=Section.PRESENTATION, paragraphs=[Paragraph(text=remark, line_start=1, line_end=1)],
                  line_start=1, line_end=1),
             Turn(index=1, speaker=analyst, section=Section.QA, paragraphs=[Paragraph(text=question, line_start=3, line_end=3)],
                  line_start=3, line_end=3)]
    return Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2026, fiscal_quarter=4),
                      participants=[cfo, analyst], turns=turns)


def test_street_number_after_quoted_guide_takes_its_measure_and_period() -> None:
    t = _call("For fiscal 2027, we expect net income of $1.1 billion to $1.3 billion.",
              "Your guide of $1.1 billion to $1.3 billion compares with Street numbers closer to $1.45 billion. Where is the gap?")
    street = [f for f in extract_facts(t) if f.text == "$1.45 billion"]
    assert len(street) == 1
    assert street[0].kind.value == "estimate"
    assert street[0].metric == "net_income"
    assert street[0].period is not None and street[0].period.label == "FY2027"


def test_street_number_far_from_the_guide_is_left_alone() -> None:
    t = _call("For fiscal 2027, we expect net income of $1.1 billion to $1.3 billion.",
              "Your guide of $1.1 billion to $1.3 billion is clear. Street numbers for backlog are closer to $9 billion.")
    street = [f for f in extract_facts(t) if f.text == "$9 billion"]
    assert all(f.metric != "net_income" for f in street)


def test_quarter_the_analyst_names_after_an_implied_figure_stays() -> None:
    t = _call("For fiscal 2026 our operating margin guide is 14% to 14.5% under IAS 29.",
              "If I do the arithmetic, your operating margin range of 14% to 14.5% leaves roughly 14.9% for the fourth quarter. Is that fair?")
    implied = [f for f in extract_facts(t) if f.value is not None and str(f.value) == "14.9"]
    assert len(implied) == 1
    assert implied[0].kind.value == "estimate"
    assert implied[0].period is not None and implied[0].period.label == "Q4 2026"
