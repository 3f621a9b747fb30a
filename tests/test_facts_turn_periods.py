"""Periods a turn carries from one paragraph to the next: a topic sentence names the period of the paragraphs after
it, until another period is named (fictional calls)."""

from __future__ import annotations

from ecta.facts import extract_facts
from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn


def _turn(paragraphs: list[str], fiscal_year: int, fiscal_quarter: int) -> dict:
    cfo = Participant(id="cfo", name="Ann Example", role=Role.CORPORATE)
    paras = [Paragraph(text=text, line_start=i + 1, line_end=i + 1) for i, text in enumerate(paragraphs)]
    turn = Turn(index=0, speaker=cfo, section=Section.PRESENTATION, paragraphs=paras, line_start=1, line_end=len(paras))
    t = Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=fiscal_year, fiscal_quarter=fiscal_quarter),
                   participants=[cfo], turns=[turn])
    return {f.text: f for f in extract_facts(t)}


def test_a_topic_sentence_dates_the_next_paragraphs_of_the_outlook() -> None:
    facts = _turn(["Now to 2027. We expect sales of $4.1 billion to $4.2 billion.",
                   "We expect operating income of $610 million to $630 million, and the stores we opened in 2026 should "
                   "add about 1.5 points of growth.",
                   "Below the line, we expect earnings per share of $3.05 to $3.15."], 2026, 4)
    for text in ("$610 million to $630 million", "about 1.5 points", "$3.05 to $3.15"):
        assert facts[text].period.label == "FY2027", text


def test_a_first_look_at_the_next_fiscal_year_dates_its_own_paragraph() -> None:
    facts = _turn(["For the fourth quarter, we expect sales of $1.2 billion to $1.3 billion.",
                   "Finally, a first look at fiscal 2028, which begins in April. We expect sales growth in the mid "
                   "single digits and at least 50 basis points of operating margin expansion."], 2027, 3)
    assert facts["$1.2 billion to $1.3 billion"].period.label == "Q4 2027"
    assert facts["at least 50 basis points"].period.label == "FY2028"


def test_a_topic_paragraph_of_its_own_dates_the_outlook_after_it() -> None:
    facts = _turn(["Now to 2027.", "We expect sales of $4.1 billion to $4.2 billion.",
                   "Capital spending should be about $300 million."], 2026, 4)
    assert facts["$4.1 billion to $4.2 billion"].period.label == "FY2027"
    assert facts["about $300 million"].period.label == "FY2027"


def test_a_quarter_that_ended_in_an_off_calendar_month_dates_the_month_after_it() -> None:
    from datetime import datetime

    cfo = Participant(id="cfo", name="Ann Example", role=Role.CORPORATE)
    texts = ["Our results are for the second quarter of fiscal 2027, the quarter that ended July 31, 2026.",
             "In August, new signings rose about 11% on August of last year.",
             "In July, new signings rose about 7%."]
    paras = [Paragraph(text=text, line_start=i + 1, line_end=i + 1) for i, text in enumerate(texts)]
    turn = Turn(index=0, speaker=cfo, section=Section.PRESENTATION, paragraphs=paras, line_start=1, line_end=len(paras))
    meta = Meta(source_format="test", sha256="0" * 64, fiscal_year=2027, fiscal_quarter=2, event_date=datetime(2026, 9, 2))
    facts = {f.text: f for f in extract_facts(Transcript(meta=meta, participants=[cfo], turns=[turn]))}
    assert facts["about 11%"].period.label == "Q3 2027"  # the month after the quarter is the quarter under way
    assert facts["about 7%"].period.label == "Q2 2027"  # the quarter's own last month
