"""A call whose date is unknown (a sentence file without one) still tells where its quarter ends when the opening gives a
balance at the end of the calendar quarter's last month ("occupancy was 88% at the end of September" in a third-quarter
call): a month after it said with figures ("In October, ...") is the quarter under way, to date."""

from __future__ import annotations

from ecta.facts import _quarter_end, extract_facts
from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn


def test_a_balance_at_the_calendar_quarters_end_says_where_the_quarter_ends() -> None:
    assert _quarter_end(["Occupancy was 88% at the end of September."], 3) == 9
    assert _quarter_end(["We closed June with 412 clinics."], 2) == 6
    # the same said with other verbs of a count closed at that month's end
    assert _quarter_end(["We finished September with 2,204 branches, against 2,110 a year ago."], 3) == 9
    assert _quarter_end(["We exited June with 58 vessels on the water."], 2) == 6
    # a month that is no calendar quarter's end of the call's quarter says nothing
    assert _quarter_end(["Backlog reached $2.7 billion at the end of October."], 3) is None
    # a call with a known date reads its months from that date
    assert _quarter_end(["Occupancy was 88% at the end of September."], 3, 11) is None


def _call(texts: list[str]) -> Transcript:
    ceo = Participant(id="ceo", name="Ann Example", role=Role.CORPORATE)
    turns = [Turn(index=i, speaker=ceo, section=Section.PRESENTATION, paragraphs=[Paragraph(text=t, line_start=i + 1, line_end=i + 1)],
                  line_start=i + 1, line_end=i + 1) for i, t in enumerate(texts)]
    return Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2026, fiscal_quarter=3),
                      participants=[ceo], turns=turns)


def test_a_month_after_that_quarter_is_the_quarter_under_way() -> None:
    call = _call(["Third-quarter revenue was $310 million, up 6%.",
                  "The quarter closed with 64 terminals in service, and utilization was 91% at the end of September.",
                  "In October, freight volumes were up 3.5% on last October."])
    october = next(f for f in extract_facts(call) if f.text.startswith("3.5%"))
    assert (october.period.label, october.kind.value) == ("Q4 2026", "actual")


def test_without_such_a_balance_the_month_keeps_the_calls_quarter() -> None:
    call = _call(["Third-quarter revenue was $310 million, up 6%.",
                  "In October, freight volumes were up 3.5% on last October."])
    october = next(f for f in extract_facts(call) if f.text.startswith("3.5%"))
    assert october.period.label == "Q3 2026"
