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


def test_a_review_of_the_closed_year_dates_the_paragraphs_after_it() -> None:
    facts = _turn(["Good morning. I'll take the full year first, then the quarter, then 2027. First, a review of the "
                   "full-year 2026 results. Net bookings reached $2.73 billion, up 12%.",
                   "Service revenue grew 9%, and gross margin was 41.6%.",
                   "Let me now give some color on our fourth-quarter performance. Net bookings rose 7% to $704 million.",
                   "Gross margin was 40.9%."], 2026, 4)
    for text in ("$2.73 billion", "12%", "9%", "41.6%"):
        assert facts[text].period.label == "FY2026", text
    for text in ("7%", "$704 million", "40.9%"):
        assert facts[text].period.label == "Q4 2026", text


def test_a_review_opened_in_a_paragraph_without_figures_dates_the_next_one() -> None:
    facts = _turn(["I will open with the highlights of the full year 2026 statement of earnings.",
                   "Adjusted earnings per share were $4.46, up 8.3%."], 2026, 4)
    assert facts["$4.46"].period.label == "FY2026"
    assert facts["8.3%"].period.label == "FY2026"


def test_a_plan_of_the_remarks_naming_several_periods_dates_nothing() -> None:
    facts = _turn(["My plan is to cover the full-year results, then the fourth-quarter results in brief.",
                   "Net bookings rose 7% to $704 million."], 2026, 4)
    assert facts["$704 million"].period.label == "Q4 2026"


def test_the_outlook_after_a_review_is_not_of_the_reviewed_year() -> None:
    facts = _turn(["Here are the full-year 2026 results. Net bookings reached $2.73 billion, up 12%. Turning to our "
                   "outlook for 2027, we expect net bookings of $2.9 billion to $3.0 billion.",
                   "We expect gross margin of about 42%."], 2026, 4)
    assert facts["$2.73 billion"].period.label == "FY2026"
    assert facts["about 42%"].period.label == "FY2027"
    assert facts["about 42%"].kind.value == "guidance"


def test_a_review_announced_for_later_or_left_for_the_quarter_dates_nothing_after_it() -> None:
    facts = _turn(["I'll open with the third quarter. After that, we cover the results for the nine months.",
                   "In the third quarter, orders from fleet buyers held firm. Net bookings rose 6% and we earned "
                   "$1.42 a share."], 2026, 3)
    assert facts["6%"].period.label == "Q3 2026"
    assert facts["$1.42"].period.label == "Q3 2026"


def test_a_paragraph_opening_on_the_quarter_leaves_the_review_of_the_year() -> None:
    facts = _turn(["First, a review of the full-year 2026 results. Net bookings reached $2.73 billion.",
                   "In the fourth quarter, demand from fleet customers held steady. Net bookings rose 6% and we earned "
                   "$1.42 a share.", "Gross margin was 40.9%."], 2026, 4)
    assert facts["$2.73 billion"].period.label == "FY2026"
    for text in ("6%", "$1.42", "40.9%"):
        assert facts[text].period.label == "Q4 2026", text
