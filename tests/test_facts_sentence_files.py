"""Files with one sentence a line (ECTSum, MAEC): a sentence led by a span of the year heads the figure-only sentences
after it as a paragraph would, until a new topic or two sentences without figures."""

from __future__ import annotations

import ecta
from ecta.facts import extract_facts

# A fictional call, one sentence a line, no header: its quarter and year come from speech.
_CALL = """Good morning and welcome to the Tidewell Instruments third quarter 2025 earnings call.
I'm here with our chief executive officer and our chief financial officer.
Before we begin, please note that our remarks include forward-looking statements.
Third quarter 2025 revenue was $412 million, up 6% compared with the third quarter of 2024.
Gross margin in the third quarter of 2025 was 41.2%.
Our teams executed well through a busy season.
For the first nine months of 2025, Sensors revenue was $905 million, up 4%.
Volume was up 3%.
Segment profit was $121 million, down 2%.
In Controls, revenue was $143 million in the quarter, up 9%.
Price was up 2%.
Our customers remained cautious about new projects.
We continued to invest in our plants.
Operating cash flow was $58 million.
Our balance sheet remains strong.
Inventory improved through the quarter.
We opened a new service center in the quarter.
We appreciate the work of our people.
We will now take your questions.
Thank you for joining the third quarter 2025 call.
Third quarter 2025 results reflect steady demand.
Please limit yourself to one question.
"""


def _facts(tmp_path, call: str = _CALL, name: str = "TWI_q3_2025.txt"):
    """Facts of a sentence file, by (first word of the sentence, figure)."""
    path = tmp_path / name
    path.write_text(call, encoding="utf-8")
    transcript = ecta.parse(path)
    assert (transcript.meta.fiscal_year, transcript.meta.fiscal_quarter) == (2025, 3)
    return {(f.sentence.split()[0], f.text): f for f in extract_facts(transcript)}


def test_span_lead_heads_the_sentences_after_it(tmp_path):
    facts = _facts(tmp_path)
    assert facts["For", "$905 million"].period.label == "YTD 2025"
    assert facts["Volume", "3%"].period.label == "YTD 2025"  # right after the year-to-date lead
    assert facts["Segment", "$121 million"].period.label == "YTD 2025"


def test_new_topic_and_quiet_sentences_end_the_span(tmp_path):
    facts = _facts(tmp_path)
    assert facts["In", "$143 million"].period.label == "Q3 2025"  # "In Controls, ..." is a new topic
    assert facts["Price", "2%"].period.label == "Q3 2025"
    assert facts["Operating", "$58 million"].period.label == "Q3 2025"  # two sentences without figures came between


_CALL2 = """Good morning and welcome to the Orrin Cruise Lines third quarter 2025 earnings call.
Third quarter 2025 revenue was $1.92 billion, up 5% compared with the third quarter of 2024.
For the first half of 2026, booked prices are running up 4%.
We have also opened sales for the new season.
Dana?
Thanks, Lee.
Net cruise costs rose 1.2%.
Year-to-date, revenue was $5.61 billion, up 4%.
Fuel cost was 6% below the same quarter of 2024.
Fuel consumption fell 2.1%.
Our teams did great work.
Our guests noticed.
We appreciate everyone on board.
Our ships sailed full.
We look forward to next year.
We will now take your questions.
Please limit yourself to one question.
Our next question comes from the line of a bank analyst.
Thank you for the question.
That concludes our call.
"""


def _facts2(tmp_path):
    return _facts(tmp_path, _CALL2, "ORR_q3_2025.txt")


def test_sentences_without_numbers_end_the_span(tmp_path):
    # "Dana?" and "Thanks, Lee." hold no figures: the first half's span does not reach the costs of the quarter
    assert _facts2(tmp_path)["Net", "1.2%"].period.label == "Q3 2025"


def test_a_period_named_between_does_not_carry(tmp_path):
    # the span is the year to date; "the same quarter of 2024" dated only its own sentence
    assert _facts2(tmp_path)["Fuel", "2.1%"].period.label == "YTD 2025"


_CALL3 = """Good morning and welcome to the Tidewell Instruments third quarter 2025 earnings call.
I'm here with our chief executive officer and our chief financial officer.
Before we begin, please note that our remarks include forward-looking statements.
Third quarter 2025 revenue was $412 million, up 6% compared with the third quarter of 2024.
Gross margin in the third quarter of 2025 was 41.2%.
Our teams executed well through a busy season.
Turning to the outlook, we now expect the full year tax rate to be at the low end of our range of 22% to 24%.
And the operating margin to be at the higher end of the 14.5% to 15.5% range.
Backlog was $1.1 billion at the end of the quarter.
And customers remained cautious in the quarter.
And capital spending of $40 million.
Our balance sheet remains strong.
We will now take your questions.
Thank you for joining the third quarter 2025 call.
Third quarter 2025 results reflect steady demand.
Please limit yourself to one question.
We opened a new service center in the quarter.
We appreciate the work of our people.
Our customers remained cautious about new projects.
We continued to invest in our plants.
Inventory improved through the quarter.
"""


def test_a_verbless_and_sentence_goes_on_with_the_one_before(tmp_path):
    facts = _facts(tmp_path, _CALL3)
    assert facts["Turning", "22% to 24%"].period.label == "FY2025"
    margin = facts["And", "14.5% to 15.5%"]
    assert (margin.period.label, margin.kind.value) == ("FY2025", "guidance")  # the same outlook statement
    # a sentence between without figures ends the statement: the later verbless "And ..." is read on its own
    assert facts["And", "$40 million"].kind.value == "actual"
