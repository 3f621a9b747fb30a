"""Files with one sentence a line (ECTSum, MAEC): a sentence led by a span of the year heads the figure-only sentences
after it as a paragraph would, until a new topic or two sentences without figures."""

from __future__ import annotations

from decimal import Decimal

import ecta
from ecta.facts import extract_facts

# A fictional call, one sentence a line, no header: its quarter and year come from speech.
# Figure-free closing lines: they give each made-up call the length of a one-sentence-a-line file.
_CLOSING = """We will now take your questions.
Please limit yourself to one question.
Thank you for joining the call.
We appreciate the work of our people.
Our teams did great work.
Our customers remained cautious about new projects.
We continued to invest in our plants.
"""

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


def _facts(tmp_path, call: str = _CALL, name: str = "TWI_q3_2025.txt", period: tuple = (2025, 3)):
    """Facts of a sentence file, by (first word of the sentence, figure)."""
    path = tmp_path / name
    path.write_text(call, encoding="utf-8")
    transcript = ecta.parse(path)
    assert (transcript.meta.fiscal_year, transcript.meta.fiscal_quarter) == period
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
On the outlook, the full year tax rate should now sit near the bottom of our 22% to 24% range.
And operating margin near the top of the 14.5% to 15.5% range.
Backlog was $1.1 billion as the quarter closed.
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
    assert facts["On", "22% to 24%"].period.label == "FY2025"
    margin = facts["And", "14.5% to 15.5%"]
    assert (margin.period.label, margin.kind.value) == ("FY2025", "guidance")  # the same outlook statement
    # a sentence between without figures ends the statement: the later verbless "And ..." is read on its own
    assert facts["And", "$40 million"].kind.value == "actual"


# A fourth-quarter call: a year's span ends at a sentence that names the quarter, and a sentence without figures that
# names the period of what follows ("Next, our outlook for the first quarter.") heads the sentences after it.
_CALL4 = """Good morning and welcome to the Pellworth Freight fourth quarter 2025 earnings call.
With me today is our chief financial officer.
Before we begin, please note that our remarks include forward-looking statements.
Fourth quarter net income came to $96 million.
For the full year, net income was $402 million.
Full year return on equity was 14.2%.
Average loans grew 3% on a linked-quarter basis.
Fee revenue in the quarter rose 6%.
Our customers stayed with us through a volatile year.
For 2026, we expect revenue growth of 4% to 6%.
Next, our outlook for the first quarter.
We expect revenue of $540 million to $560 million.
Operating margin should be around 12%.
Moving on to other items for the full year.
We expect a tax rate of 24% to 26%.
We will now take your questions.
Please limit yourself to one question.
Thank you for joining the call.
We appreciate the work of our people.
Our teams did great work.
That concludes our call.
"""


def test_a_sentence_naming_the_quarter_ends_the_years_span(tmp_path):
    facts = _facts(tmp_path, _CALL4, "PLW_q4_2025.txt", (2025, 4))
    assert facts["Full", "14.2%"].period.label == "FY2025"  # still the year's span
    assert facts["Average", "3%"].period.label == "Q4 2025"  # a linked-quarter change is the quarter's
    assert facts["Fee", "6%"].period.label == "Q4 2025"


def test_a_heading_without_figures_dates_the_outlook_after_it(tmp_path):
    facts = _facts(tmp_path, _CALL4, "PLW_q4_2025.txt", (2025, 4))
    revenue = facts["We", "$540 million to $560 million"]
    assert (revenue.period.label, revenue.kind.value) == ("Q1 2026", "guidance")
    assert facts["Operating", "around 12%"].period.label == "Q1 2026"
    assert facts["For", "4% to 6%"].period.label == "FY2026"  # the year's outlook before the heading keeps its own
    # amid the outlook, "the full year" of a fourth-quarter call is the next one
    assert facts["We", "24% to 26%"].period.label == "FY2026"


# A third-quarter call: a sentence led by its own quarter ends the year's span before it; a heading raising the
# year's outlook after a quarter's guide dates the figures after it.
_CALL5 = """Good morning and welcome to the Harlow Valve third quarter 2025 earnings call.
With me today is our chief financial officer.
Before we begin, please note that our remarks include forward-looking statements.
Third quarter 2025 revenue was $288 million, up 4% compared with the third quarter of 2024.
For the year, the tax rate should now be 21% to 22%.
We now expect adjusted EPS of $3.10 to $3.20.
For the fourth quarter of 2025, we expect sales growth of 2% to 3%.
And we expect adjusted EPS of $0.85 to $0.90.
Our plants ran well.
Today we raise our outlook for the full year, helped by strong year-to-date orders.
Free cash flow should now be about $150 million.
Capital spending of $60 million to $70 million.
Our balance sheet remains strong.
""" + _CLOSING + """That concludes our call.
"""


def test_a_sentence_led_by_its_own_quarter_ends_the_span(tmp_path):
    facts = _facts(tmp_path, _CALL5, "HRV_q3_2025.txt")
    assert facts["We", "$3.10 to $3.20"].period.label == "FY2025"  # in the year's span
    assert facts["For", "2% to 3%"].period.label == "Q4 2025"
    assert facts["And", "$0.85 to $0.90"].period.label == "Q4 2025"  # goes on with the quarter's outlook, not the year's
    assert facts["Free", "about $150 million"].period.label == "FY2025"  # after "we raise our outlook for the full year"
    capex = facts["Capital", "$60 million to $70 million"]
    assert (capex.period.label, capex.kind.value) == ("FY2025", "guidance")


# A second-quarter call: a sentence without figures that names the quarter ends a span; a guidance update "for the
# remainder of the year" is the year's; a statement that only mentions a quarter on the way to "update guidance" heads
# nothing.
_CALL6 = """Good morning and welcome to the Quenby Tools second quarter 2025 earnings call.
With me today is our chief financial officer.
Before we begin, please note that our remarks include forward-looking statements.
I will say more about the quarter and the first half of the year.
Demand held firm in the second quarter.
Total revenue of $640 million was 12% ahead of last year.
Our plants ran well through the period.
Let's move on to guidance for the rest of the year.
We now expect sales growth of 5% to 7%.
Our momentum heading into the third quarter lets us update guidance on margin and EPS.
We plan to spend some of the upside in our better outlook for the back half of this year on extra marketing for new tools.
We now expect EPS of $2.40 to $2.50.
""" + _CLOSING + """That concludes our call.
"""


def test_a_quiet_sentence_naming_the_quarter_ends_a_span(tmp_path):
    facts = _facts(tmp_path, _CALL6, "QBT_q2_2025.txt", (2025, 2))
    assert facts["Total", "$640 million"].period.label == "Q2 2025"
    assert facts["Total", "12%"].period.label == "Q2 2025"


def test_guidance_for_the_rest_of_the_year_is_the_years(tmp_path):
    facts = _facts(tmp_path, _CALL6, "QBT_q2_2025.txt", (2025, 2))
    assert facts["We", "5% to 7%"].period.label == "FY2025"
    # neither the quarter on the way to "update guidance" nor a statement that mentions the outlook heads anything
    assert facts["We", "$2.40 to $2.50"].period.label == "FY2025"


_CALLK4 = """Good morning and welcome to the Tidewell Instruments third quarter 2025 earnings call.
I'm here with our chief executive officer and our chief financial officer.
Before we begin, please note that our remarks include forward-looking statements.
Third quarter 2025 revenue was $412 million, up 6% compared with the third quarter of 2024.
Gross margin in the third quarter of 2025 was 41.2%.
Our teams executed well through a busy season.
Now turning to our outlook.
Fourth-quarter revenue should be $425 million to $440 million.
That would mean growth of 5% to 9% over the fourth quarter of 2024.
Adjusted EPS between $1.15 and $1.25.
Holding company cash stood at $640 million.
Our plants ran well through the summer.
We thank our people for their work.
Net debt of $910 million.
Our customers remained cautious about new projects.
We continued to invest in our plants.
Inventory improved through the quarter.
We will now take your questions.
Thank you for joining the third quarter 2025 call.
Third quarter 2025 results reflect steady demand.
Please limit yourself to one question.
We opened a new service center in the quarter.
We appreciate the work of our people.
"""


def test_an_outlook_goes_on_into_the_lines_after_it(tmp_path):
    facts = _facts(tmp_path, _CALLK4)
    assert facts["That", "5% to 9%"].kind.value == "guidance"  # "That would mean ...": the outlook of the line before
    assert facts["Adjusted", "$1.15 and $1.25"].kind.value == "guidance"  # a figure-only line of the same list
    assert facts["Holding", "$640 million"].kind.value == "actual"  # one figure with a verb of its own is read on its own
    # two lines without figures end the outlook: the next figure-only line is read on its own
    assert facts["Net", "$910 million"].kind.value == "actual"


_CALLK5 = """Good morning and welcome to the Tidewell Instruments fourth quarter 2025 earnings call.
I'm here with our chief executive officer and our chief financial officer.
Before we begin, please note that our remarks include forward-looking statements.
Fourth quarter 2025 revenue was $430 million, up 7% compared with the fourth quarter of 2024.
Gross margin in the fourth quarter of 2025 was 41.9%.
Our teams executed well through a busy season.
We expect margins to keep improving through 2026.
This translates into reported revenue between $1.70 billion and $1.76 billion.
EBITDA of $300 million to $320 million, and a tax rate of 21% to 23% for the year.
Our customers remained cautious about new projects.
We continued to invest in our plants.
Inventory improved through the quarter.
We will now take your questions.
Thank you for joining the fourth quarter 2025 call.
Fourth quarter 2025 results reflect steady demand.
Please limit yourself to one question.
We opened a new service center in the quarter.
We appreciate the work of our people.
Our balance sheet remains strong.
We thank our suppliers.
"""


def test_an_outlook_verb_heads_the_next_line_and_the_year_is_the_outlooks(tmp_path):
    path = tmp_path / "TWI_q4_2025.txt"
    path.write_text(_CALLK5, encoding="utf-8")
    facts = {(f.sentence.split()[0], f.text): f for f in extract_facts(ecta.parse(path))}
    assert facts["This", "$1.70 billion and $1.76 billion"].kind.value == "guidance"  # 'reported' names a basis here
    # "for the year" inside next year's outlook, in a fourth-quarter call, is not the year just reported
    assert facts["EBITDA", "$300 million to $320 million"].kind.value == "guidance"
    assert facts["EBITDA", "21% to 23%"].kind.value == "guidance"


# A fourth-quarter call whose speaker announces remarks on a period ("a few thoughts on the first quarter"): the
# sentences after it are of that period, the quarter ahead when it is next year's first.
_CALL_REMARKS = """Good morning and welcome to the Larkspur Tools fourth quarter 2025 earnings call.
With me today is our chief financial officer.
Before we begin, please note that our remarks include forward-looking statements.
Fourth quarter net sales came to $318 million.
For 2026, we expect adjusted EPS of $4.05 to $4.25.
Let me give you my thoughts on the first quarter.
We expect organic sales growth of 1% to 2%.
Gross margin of about 38%.
Back to the fourth quarter with some brief comments.
Inventory was $212 million.
""" + _CLOSING + """Our dealers kept their shelves full.
Our new saw line sold well.
Our service teams were busy all winter.
That concludes our call.
"""


def test_remarks_announced_on_a_period_date_the_sentences_after_them(tmp_path):
    facts = _facts(tmp_path, _CALL_REMARKS, "LKT_q4_2025.txt", (2025, 4))
    assert facts["For", "$4.05 to $4.25"].period.label == "FY2026"
    growth = facts["We", "1% to 2%"]
    assert (growth.period.label, growth.kind.value) == ("Q1 2026", "guidance")
    assert facts["Gross", "about 38%"].period.label == "Q1 2026"
    inventory = facts["Inventory", "$212 million"]  # remarks on the quarter reported: its actuals
    assert (inventory.period.label, inventory.kind.value) == ("Q4 2025", "actual")


_CALL_PARTS = """Good morning and welcome to the Halloway Systems second quarter 2025 earnings call.
Second quarter 2025 revenue was $610 million, up 7% compared with the second quarter of 2024.
Gross margin for that quarter came to 38.5%.
Our teams worked through a heavy installation season.
Turning to Field Services.
Revenue was $188 million, up 11%.
Operating margin was 14.2%.
We kept hiring technicians through the quarter.
Revenue grew in every region we serve.
Our customers placed orders earlier than usual.
Turning to the balance sheet.
Revenue recognized from prior bookings was $74 million.
We continued to pay down our revolver.
Our plants ran at high utilization.
We will now take your questions.
Thank you for joining the second quarter 2025 call.
Second quarter 2025 results reflect firm demand.
Please limit yourself to one question.
A caller is next in the queue.
Thanks for taking the question.
"""


def test_a_part_named_on_its_own_line_owns_the_sales_of_the_next(tmp_path):
    facts = _facts(tmp_path, _CALL_PARTS, "HWS_q2_2025.txt", (2025, 2))
    assert facts["Revenue", "$188 million"].metric == "segment_revenue"  # right after "Turning to Field Services."
    assert facts["Revenue", "11%"].metric == "segment_revenue"
    assert facts["Second", "$610 million"].metric == "revenue"
    assert facts["Revenue", "$74 million"].metric != "segment_revenue"  # "the balance sheet" is no part


# Figure-free lines after the last figure of the calls below (two of them end a span), as _CLOSING pads the file.
_PADDING = """Our plants ran well.
Our dealers stayed busy.
Demand held up in every region.
We kept hiring engineers.
Our service teams were responsive.
Our suppliers delivered on time.
"""


# A call read one sentence a line whose pronoun lines and bare margins lean on the amount of the line before.
_CALL_BEFORE = """Good morning and welcome to the Quillbarrow Tools third quarter 2025 earnings call.
I'm here with our chief financial officer.
Before we begin, please note that our remarks include forward-looking statements.
New subscribers reached 48,200 in the quarter.
That was up 7.5%, our best third quarter yet.
Adjusted EBITDA was $61.3 million.
The margin of 18.4% compares with 17.9% a year ago.
""" + _PADDING + """We thank our shareholders.
""" + _CLOSING


def test_a_pronoun_line_and_a_bare_margin_take_the_amount_before(tmp_path):
    facts = _facts(tmp_path, _CALL_BEFORE, name="QBT_q3_2025.txt")
    assert facts["That", "7.5%"].metric == "subscribers"
    margin = facts["The", "18.4%"]
    assert (margin.metric, margin.basis.value if margin.basis else None) == ("ebitda_margin", "adjusted")


_CALL_TOPICS = """Good morning and welcome to the Fernhollow Learning third quarter 2025 earnings call.
I'm here with our chief financial officer.
Before we begin, please note that our remarks include forward-looking statements.
Campus Programs revenue rose 5% to $210 million.
Turning to Skills and Licensing, our certification business.
Revenue was $64.5 million, up 3.2%.
Our people did strong work.
Campus Programs had a steady quarter.
Revenue was $88.1 million.
""" + _PADDING + _CLOSING


def test_a_heading_with_an_appositive_and_a_named_part_head_the_next_line(tmp_path):
    facts = _facts(tmp_path, _CALL_TOPICS, name="FHL_q3_2025.txt")
    assert facts["Revenue", "$64.5 million"].metric == "segment_revenue"
    assert facts["Revenue", "$88.1 million"].metric == "segment_revenue"


_CALL_TOTAL_ASIDE = """Good morning and welcome to the Kestrel Ports third quarter 2025 earnings call.
Before we begin, please note that our remarks include forward-looking statements.
Our finance chief will now go through the third quarter financials.
Thanks, and good morning.
Adjusted EBITDA was $412 million, up 9% from a year earlier.
The adjusted EBITDA margin was 58.1%, 60 basis points above the third quarter of 2024.
Year to date, adjusted EBITDA totals $1,170 million, with a margin of 57.4%.
Operating income was $305 million.
Net income rose 7% to $198 million.
""" + _CLOSING + _CLOSING  # twenty lines or more: a one-sentence-a-line file


def test_a_running_total_said_beside_the_quarter_heads_no_span(tmp_path):
    # "Year to date, ..." restating the measures the lines just before gave for the quarter is an aside: the lines after
    # it go on with the quarter (the nine-month Sensors line of _CALL, a measure of its own, still heads its span)
    facts = _facts(tmp_path, _CALL_TOTAL_ASIDE, "KPT_q3_2025.txt")
    assert facts["Year", "$1,170 million"].period.label == "YTD 2025"
    assert facts["Operating", "$305 million"].period.label == "Q3 2025"
    assert facts["Net", "$198 million"].period.label == "Q3 2025"


_CALL_NINE_MONTH_ASIDE = """Good morning and welcome to the Tarnvik Seafood third quarter 2025 earnings call.
Before we begin, please note that our remarks include forward-looking statements.
Our finance chief will now go through the third quarter.
Thanks, and good morning.
We harvested 31,800 tonnes in the quarter, 7% more than in the third quarter last year.
Over the first nine months we have harvested 88,600 tonnes, up from 84,100 tonnes in the same period of 2024.
Revenue landed at NOK 3.9 billion, against NOK 3.6 billion a year ago.
Operating EBIT was NOK 610 million.
""" + _CLOSING + _CLOSING


def test_a_nine_month_line_beside_the_quarter_heads_no_span(tmp_path):
    # "Over the first nine months ..." giving the running total of the measure the line before gave for the quarter is an
    # aside, as "Year to date, ..." is: the revenue after it is the quarter's again
    facts = _facts(tmp_path, _CALL_NINE_MONTH_ASIDE, "TSF_q3_2025.txt")
    assert facts["Over", "88,600"].period.label == "YTD 2025"
    assert facts["Revenue", "NOK 3.9 billion"].period.label == "Q3 2025"
    assert facts["Operating", "NOK 610 million"].period.label == "Q3 2025"


_CUT_DECIMALS = """Good morning and welcome to the Brantley Tile first quarter 2025 earnings call.
First quarter net sales came to $1.4 billion, up 8%.
Selling and administrative expenses were 18.
4% of sales, against 19.3% a year earlier.
Receivables ended at just over $2.
3 billion.
Our outlook for adjusted EPS in the coming quarter is $2.41 to $2.
55 before any restructuring charges.
Turning to Slide 6.
12% of our sales came from new products.
We opened the plant on March 3.
14 lines started in April.
"""


def test_a_figure_cut_at_its_decimal_point_is_read_whole(tmp_path):
    path = tmp_path / "BTL_q1_2025.txt"
    path.write_text(_CUT_DECIMALS + _CLOSING, encoding="utf-8")
    transcript = ecta.parse(path)
    paragraphs = [p for tr in transcript.turns for p in tr.paragraphs]
    assert [(p.line_start, p.line_end) for p in paragraphs if p.line_end != p.line_start] == [(3, 4), (5, 6), (7, 8)]
    facts = {f.text: f for f in extract_facts(transcript)}
    assert facts["18.4%"].value == Decimal("18.4") and facts["18.4%"].line == 3
    assert facts["just over $2.3 billion"].value == Decimal("2300000000")
    guide = facts["$2.41 to $2.55"]
    assert (guide.low, guide.high, guide.kind.value) == (Decimal("2.41"), Decimal("2.55"), "guidance")
    # a slide number, a month's day and a sentence opening on a figure keep their own lines
    assert "12%" in facts and "12.12%" not in facts and "3.14" not in facts


# A second-quarter call whose half-year review opens on the span as the subject's first words, then repeats the
# quarter's measures one line each.
_CALL_SPAN_SUBJECT = """Good morning and welcome to the Fernlow Services second quarter 2025 earnings call.
Second quarter sales of $634 million grew 6% over the prior year's second quarter sales of $598 million.
Pretax income was $88 million, up 9% compared to last year.
Our crews did great work through a hot summer.
The first six months sales of $1.24 billion rose 8% over the prior year's first six months sales of $1.15 billion.
Pretax income was $160 million or 8% above last year.
Net income was $121 million, up 8% compared to 2024.
We opened two new branches.
Our people stayed safe.
Capital spending was $14 million in the quarter.
We thank our branch teams.
Demand stayed healthy into July.
Our service trucks are all back on the road.
We remain focused on our customers.
"""


def test_a_span_as_the_subjects_first_words_heads_the_lines_after_it(tmp_path):
    facts = {f.text: f for f in extract_facts(ecta.parse(_write(tmp_path, _CALL_SPAN_SUBJECT + _CLOSING, "FNS_q2_2025.txt")))}
    assert facts["$88 million"].period.label == "Q2 2025"
    assert facts["$1.24 billion"].period.label == "YTD 2025"
    assert facts["$1.15 billion"].period.label == "YTD 2024"  # the prior year's span, said before its measure
    assert facts["$160 million"].period.label == "YTD 2025"
    assert facts["$121 million"].period.label == "YTD 2025"
    assert facts["$14 million"].period.label == "Q2 2025"  # two lines without figures, and the quarter named


def _write(tmp_path, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
