"""The span a quarterly call reports over, decided once per call (ecta.facts.grain.reporting_grain), and what it does to
the figures that name no period. The calls are fictional."""

from __future__ import annotations

from ecta.facts import extract_facts
from ecta.facts.grain import reporting_grain
from ecta.parsing import parse

_HEAD = "# {t} {p} Earnings Call Transcript\n\n**Date:** {d}\n**Company:** {t}\n**Quarter:** {p}\n\n---\n\n"

HALF_REPORTER = _HEAD.format(t="OKAM", p="Q2 2026", d="2026-11-05") + """\
Operator: Good afternoon, and welcome to the Okamura Seiki second quarter fiscal 2026 earnings call.
Emi Kurata: Thank you. Let me start with the first half. In the first half, net sales rose 6.1% to JPY 402.5 billion. Operating income for the first half was JPY 37.3 billion, up 8.8%, and the operating margin was 9.3%.
Emi Kurata: The weak yen helped the first half. Currency added JPY 9.2 billion to net sales and JPY 2.4 billion to operating income. Excluding currency, net sales grew 3.8%.
Emi Kurata: By segment, sensors had sales of JPY 151.0 billion in the first half, up 9.4%. Drives had first-half sales of JPY 129.8 billion, down 1.2%. Free cash flow in the first half was JPY 18.6 billion.
Emi Kurata: Net income for the first half was JPY 25.1 billion, and earnings per share were JPY 88.20 in the first half. In the quarter, net sales were JPY 208.7 billion.
Emi Kurata: For the full year, we now expect net sales of JPY 820 billion. That concludes my remarks.
"""

QUARTER_REPORTER = _HEAD.format(t="OKAM", p="Q2 2026", d="2026-11-05") + """\
Operator: Good afternoon, and welcome to the Okamura Seiki second quarter fiscal 2026 earnings call.
Emi Kurata: Thank you. In the second quarter, net sales rose 6.1% to JPY 208.7 billion. Operating income for the quarter was JPY 19.3 billion, up 8.8%, and the operating margin was 9.2%.
Emi Kurata: In the quarter, currency added JPY 4.2 billion to net sales. For the first half, net sales were JPY 402.5 billion. Sensors had sales of JPY 78.0 billion in the quarter, up 9.4%. Drives had second-quarter sales of JPY 66.1 billion, down 1.2%.
Emi Kurata: Net income for the quarter was JPY 13.1 billion. In the first half, free cash flow was JPY 18.6 billion. Earnings per share were JPY 46.10 in the second quarter.
Emi Kurata: Start-up costs were JPY 3.1 billion.
"""

YEAR_REPORTER = _HEAD.format(t="VELD", p="Q4 2026", d="2027-02-18") + """\
Operator: Good morning, and welcome to the Veldhoven Chemie fourth quarter and full year 2026 results call.
Marit Dekker: Thank you. For the full year 2026, sales were EUR 8.41 billion, up 4% organically. Adjusted EBITDA for the year was EUR 1.32 billion, and the margin for the full year was 15.7%.
Marit Dekker: In 2026, coatings grew 6%, and adhesives sales for the full year were EUR 2.9 billion. Free cash flow for the year was EUR 640 million. Net income in 2026 was EUR 515 million.
Marit Dekker: Earnings per share for the full year were EUR 3.12. The dividend for 2026 is EUR 1.40. In the fourth quarter, sales rose 3%.
Marit Dekker: Headcount ended the year at 21,400. Capital expenditure was EUR 410 million.
"""

BOTH_SPANS = _HEAD.format(t="VELD", p="Q4 2026", d="2027-02-18") + """\
Operator: Good morning, and welcome to the Veldhoven Chemie fourth quarter 2026 results call.
Marit Dekker: Thank you. In the fourth quarter, sales were EUR 2.15 billion, up 3%. For the full year, sales were EUR 8.41 billion, up 4%.
Marit Dekker: Adjusted EBITDA for the quarter was EUR 331 million, and EUR 1.32 billion for the year. The fourth-quarter margin was 15.4%, and the full-year margin 15.7%.
Marit Dekker: Net income in the quarter was EUR 121 million, and EUR 515 million in 2026. Free cash flow in the fourth quarter was EUR 260 million.
Marit Dekker: Capital expenditure was EUR 118 million.
"""


def _periods(text: str) -> dict[str, str | None]:
    return {f.text: f.period.label if f.period else None for f in extract_facts(parse(text))}


def test_a_second_quarter_call_told_by_the_half_reports_the_half() -> None:
    grain = reporting_grain(parse(HALF_REPORTER))
    assert grain is not None and grain.label == "H1 2026"
    got = _periods(HALF_REPORTER)
    # a clause on the half without figures, then figures that name no period: the half's
    assert got["JPY 9.2 billion"] == got["3.8%"] == "H1 2026"
    assert got["JPY 208.7 billion"] == "Q2 2026"  # the quarter, named, is still the quarter
    assert got["JPY 820 billion"] == "FY2026"


def test_a_second_quarter_call_told_by_the_quarter_reports_the_quarter() -> None:
    assert reporting_grain(parse(QUARTER_REPORTER)) is None
    assert _periods(QUARTER_REPORTER)["JPY 3.1 billion"] == "Q2 2026"


def test_a_fourth_quarter_call_told_by_the_year_reports_the_year() -> None:
    grain = reporting_grain(parse(YEAR_REPORTER))
    assert grain is not None and grain.label == "FY2026"
    got = _periods(YEAR_REPORTER)
    assert got["21,400"] == got["EUR 410 million"] == "FY2026"
    assert got["3%"] == "Q4 2026"


def test_a_call_that_tells_both_spans_alike_reports_its_quarter() -> None:
    assert reporting_grain(parse(BOTH_SPANS)) is None
    assert _periods(BOTH_SPANS)["EUR 118 million"] == "Q4 2026"
