"""What the report refuses to show or to verify because the figures under one name are plainly not one thing, and what
a finding quotes so its reader can check it. Invented figures; each case beside the nearby one that must not change."""

from __future__ import annotations

from decimal import Decimal

from ecta.model import Change, Fact, FactKind, Section
from ecta.report import checks, guidance

from .test_report import ANALYST, CFO, call, period


def said(metric: str, value, sentence: str, line: int, *, p: str = "Q3 2026", kind=FactKind.ACTUAL, unit: str = "USD",
         change=None, phrase: str | None = None, low=None, high=None, speaker: str = "cfo", text: str | None = None,
         basis=None) -> Fact:
    """A fact whose figure `text` sits in `sentence` (so checks that read the words around it see them)."""
    text = text or sentence.split()[0]
    return Fact(metric=metric, phrase=phrase or metric.replace("_", " "), unit=unit, kind=kind, change=change,
                value=None if value is None else Decimal(str(value)), low=None if low is None else Decimal(str(low)),
                high=None if high is None else Decimal(str(high)), period=period(p) if p else None, line=line,
                speaker=speaker, sentence=sentence, text=text, basis=basis)


# Growth against levels.

_LIFE = "In Protection, operating income was $87 million, compared with $112 million in the third quarter of last year."
_FUNDS = "Pension Solutions had its best quarter, with operating income of $121 million, up 8%."


def test_an_earlier_level_said_beside_another_level_is_that_levels_base_and_verifies_nothing_else():
    facts = [said("operating_income", 87, _LIFE, 20, text="$87 million"),
             said("operating_income", 112, _LIFE, 20, p="Q3 2025", text="$112 million"),
             said("operating_income", 121, _FUNDS, 21, text="$121 million"),
             said("operating_income", 8, _FUNDS, 21, unit="%", change=Change.YOY, text="8%")]
    # $121 million against $112 million is 8.0%: a coincidence of two segments, not a verified growth.
    assert not [c for c in checks.growth(facts) if c.name == "growth_consistency"]


_PARTS = ("Equipment sales were $1.46 billion. That was 11% more than a year ago, and it includes service contracts of "
          "$84 million, down from $97 million last year.")


def test_a_level_said_as_a_part_of_what_grew_is_not_the_level_of_the_growth():
    facts = [said("segment_revenue", 1_460_000_000, _PARTS.split(". ")[0] + ".", 30, phrase="Equipment sales", text="$1.46 billion"),
             said("segment_revenue", 11, _PARTS.split(". ")[1], 30, unit="%", change=Change.YOY, phrase="Equipment sales", text="11%"),
             said("segment_revenue", 84_000_000, _PARTS.split(". ")[1], 30, phrase="service contracts", text="$84 million"),
             said("segment_revenue", 97_000_000, _PARTS.split(". ")[1], 30, p="Q3 2025", phrase="service contracts", text="$97 million")]
    assert not [c for c in checks.growth(facts) if c.severity.value == "warning"]


def test_the_nearby_case_a_level_the_change_is_said_of_in_its_sentence_still_warns():
    s = "Equipment sales rose 11% to $1.46 billion, from $1.12 billion a year ago."
    facts = [said("segment_revenue", 1_460_000_000, s, 31, phrase="Equipment sales", text="$1.46 billion"),
             said("segment_revenue", 11, s, 31, unit="%", change=Change.YOY, phrase="Equipment sales", text="11%"),
             said("segment_revenue", 1_120_000_000, s, 31, p="Q3 2025", phrase="Equipment sales", text="$1.12 billion")]
    (c,) = checks.growth(facts)
    assert c.severity.value == "warning"


def test_an_earlier_level_said_alone_still_verifies_the_growth():
    alone = "In the third quarter of last year, operating income was $112 million."
    facts = [said("operating_income", 112, alone, 20, p="Q3 2025", text="$112 million"),
             said("operating_income", 121, _FUNDS, 21, text="$121 million"),
             said("operating_income", 8, _FUNDS, 21, unit="%", change=Change.YOY, text="8%")]
    (c,) = checks.growth(facts)
    assert c.severity.value == "verified" and c.lines == [20, 21]


# Segments against the total.

_TOTAL = "Revenue was $900 million."


def _segments(*extra: Fact) -> list[Fact]:
    return [said("revenue", 900_000_000, _TOTAL, 10, text="$900 million"),
            said("segment_revenue", 540_000_000, "Cloud revenue was $540 million.", 11, phrase="Cloud revenue", text="$540 million"),
            said("segment_revenue", 360_000_000, "Devices revenue was $360 million.", 12, phrase="Devices revenue", text="$360 million"),
            *extra]


def test_segments_that_add_up_are_verified_whatever_else_is_said_under_the_name():
    extra = [
        # An analyst's own estimate of a segment is no segment of the company's.
        said("segment_revenue", 575_000_000, "I had Cloud at $575 million.", 30, phrase="Cloud", speaker="an", text="$575 million"),
        # One segment said again under another phrase is one segment.
        said("segment_revenue", 540_000_000, "The $540 million in Cloud was a record.", 13, phrase="other", text="$540 million"),
        # A segment's figure said with no word of revenue is its profit.
        said("segment_revenue", 61_000_000, "Devices delivered $61 million, a 17% margin.", 14, phrase="Devices", text="$61 million"),
    ]
    (c,) = checks.segments(_segments(*extra), {"an"})
    assert c.severity.value == "verified" and "$900 million" in c.message


def test_segments_short_of_the_total_stay_undecided():
    facts = _segments()
    facts[2] = said("segment_revenue", 330_000_000, "Devices revenue was $330 million.", 12, phrase="Devices revenue", text="$330 million")
    (c,) = checks.segments(facts, {"an"})
    assert c.severity.value == "undecided"


def test_a_revenue_per_unit_is_no_part_of_the_sum_but_a_segment_said_as_plain_revenue_is():
    facts = _segments()
    facts[2] = said("segment_revenue", 300_000_000, "Devices revenue was $300 million.", 12, phrase="Devices revenue", text="$300 million")
    facts += [said("revenue", 1_740, "Revenue per subscriber was about $1,740, up 2%.", 13, text="about $1,740"),
              said("revenue", 60_000_000, "Revenue rose 4% to $60 million as schools renewed.", 14, text="$60 million")]
    (c,) = checks.segments(facts)
    assert c.severity.value == "verified" and "$1,740" not in c.message and "$60 million" in c.message
    assert "$900 million = revenue" in c.message and 13 not in c.lines


def test_a_gross_measure_is_no_segment_and_a_short_sum_names_what_it_added():
    gross = said("segment_revenue", 310_000_000, "Gross gaming revenue in Casino reached $310 million.", 13,
                 phrase="gaming revenue", text="$310 million")
    facts = [said("revenue", 900_000_000, _TOTAL, 10, text="$900 million"),
             said("segment_revenue", 540_000_000, "Cloud revenue was $540 million.", 11, phrase="Cloud revenue", text="$540 million"),
             gross]
    assert not checks.segments(facts)  # one segment left: nothing to add up
    facts[2] = said("segment_revenue", 310_000_000, "Casino revenue reached $310 million.", 13, phrase="Casino revenue",
                    text="$310 million")
    (c,) = checks.segments(facts)  # the nearby case: the same figure said as a segment's revenue is counted, and named
    assert c.severity.value == "undecided" and "Cloud revenue $540 million" in c.message and "Casino revenue $310 million" in c.message


def test_one_finding_said_twice_is_one_finding_with_both_lines():
    t = call([(CFO, Section.PRESENTATION, "Revenue was $900 million, up 20% from $750 million.")])
    facts = [said("revenue", 900, "Revenue was $900 million, up 20% from $750 million.", 11, text="$900 million"),
             said("revenue", 750, "Revenue was $900 million, up 20% from $750 million.", 11, p="Q3 2025", text="$750 million"),
             said("revenue", 20, "Revenue was $900 million, up 20% from $750 million.", 11, unit="%", change=Change.YOY, text="20%"),
             said("revenue", 20, "To sum up, revenue rose 20%.", 40, unit="%", change=Change.YOY, text="20%")]
    found = [c for c in checks.run(t, facts) if c.name == "growth_consistency"]
    assert len(found) == 1 and found[0].lines == [11, 40]


# Corrections.

def test_a_correction_announced_before_its_figures_quotes_the_figures():
    text = ("Before the next question, let me fix something first. Earlier I said freight costs were 6.1% of sales. "
            "That was a typo in my notes. The right number is 5.7%, against 6.0% a year ago. Now, on pricing.")
    (c,) = checks.corrections(call([(CFO, Section.QA, text)]))
    assert "5.7%" in c.message and "6.1%" in c.message and "pricing" not in c.message


def test_a_number_fixed_from_a_colleagues_remarks_is_a_correction_but_a_fixed_price_is_not():
    text = ("Before Hana takes that, let me fix one number from the prepared remarks. Hana said bookings grew 9%. "
            "The correct figure is 11%. Now, to your question.")
    (c,) = checks.corrections(call([(CFO, Section.QA, text)]))
    assert "9%" in c.message and "11%" in c.message and "your question" not in c.message
    fixed = "We fix one number in the contract each spring, the price per ton, and it was $41 this year."
    assert not checks.corrections(call([(CFO, Section.QA, fixed)]))


def test_a_correction_that_gives_its_figure_quotes_that_sentence_alone():
    text = "Gross margin was 41.2%, I'm sorry, 41.4% for the quarter. Next, cash flow was strong."
    (c,) = checks.corrections(call([(CFO, Section.QA, text)]))
    assert "41.4%" in c.message and "cash flow" not in c.message


def test_a_correction_asked_leave_for_or_of_one_number_quotes_the_figures():
    """Announced as a request ("can I ... correct something?") or as fixing "one number": a correction all the same."""
    asked = ("Priya, may I take a second to correct something from my remarks? I said churn was 2.4%. "
             "The correct figure is 2.1%. On your question, pricing held.")
    (c,) = checks.corrections(call([(CFO, Section.QA, asked)]))
    assert "2.1%" in c.message and "pricing" not in c.message
    one = "Before I answer, let me fix one number from my remarks. I said backlog grew 9%. The right figure is 7%."
    (c,) = checks.corrections(call([(CFO, Section.QA, one)]))
    assert "7%" in c.message


def test_a_question_about_correcting_is_still_a_question():
    """The nearby case: a question that is not a request to correct one's own words stays a question."""
    assert not checks.corrections(call([(CFO, Section.QA, "Did we need to correct something in the 10-Q after the audit?")]))
    assert not checks.corrections(call([(CFO, Section.QA, "Isn't that what I meant to say?")]))


def test_fixing_a_business_is_no_correction():
    assert not checks.corrections(call([(CFO, Section.QA, "We need to fix something in our European plants, and we will.")]))


# Guidance rows.

def _outlook(metric: str, value=None, *, unit: str = "USD", low=None, high=None, line: int = 50, p: str = "FY2026",
             sentence: str = "we expect this for the year", phrase: str | None = None) -> Fact:
    return said(metric, value, sentence, line, p=p, kind=FactKind.GUIDANCE, unit=unit, low=low, high=high, phrase=phrase,
                text=str(value if value is not None else low))


def test_a_figure_in_a_unit_its_metric_never_has_is_no_row():
    facts = [_outlook("roe", 450_000_000), _outlook("free_cash_flow", 2, unit="x"), _outlook("roe", 13, unit="%")]
    rows = guidance.table(facts)
    assert [(r.metric, r.text) for r in rows] == [("roe", "13%")]


def test_an_amount_dwarfed_by_the_metrics_outlook_is_no_row():
    facts = [_outlook("ebitda", low=2_360_000_000, high=2_460_000_000), _outlook("ebitda", 30_000_000, line=51),
             _outlook("other_income", 25_000_000, p="Q4 2026"), _outlook("other_income", Decimal("1.07"), p="Q4 2026", line=52)]
    rows = guidance.table(facts)
    assert sorted(r.text for r in rows) == ["$2.36 billion to $2.46 billion", "$25 million"]


def test_a_smaller_outlook_within_twenty_times_stays():
    facts = [_outlook("capex", 900_000_000), _outlook("capex", 120_000_000, line=51, p="Q4 2026")]
    assert len(guidance.table(facts)) == 2


def _margins(*values: float) -> list[Fact]:
    facts = [_outlook("margin", low=41, high=46, unit="%", p="Q4 2026")]
    for i, v in enumerate(values):
        facts.append(said("margin", v, f"The margin was {v}%.", 20 + i, unit="%", text=f"{v}%"))
    return facts


def test_a_bare_margin_said_at_several_values_gives_no_reference():
    (row,) = guidance.table(_margins(45.2, 44.8))
    assert row.reference is None


def test_a_bare_margin_said_at_one_value_is_the_reference():
    (row,) = guidance.table(_margins(45.2, 45.2))
    assert row.reference == "Q3 2026: 45.2%"


def test_a_rate_per_unit_stays_beside_a_total_under_the_same_name():
    rate = "Opex should run at $5,900 to $6,100 per vessel per day next year."
    facts = [_outlook("operating_expenses", low=5_900, high=6_100, sentence=rate), _outlook("operating_expenses", low=40_000_000, high=44_000_000, line=51)]
    facts[0] = facts[0].model_copy(update={"text": "$5,900 to $6,100"})
    assert len(guidance.table(facts)) == 2


def test_a_correction_in_a_sentence_file_quotes_the_next_lines():
    from ecta.parsing import parse

    lines = ["Revenue for the third quarter of 2026 was $640 million.",
             "Before I take the next question, I need to correct a figure from my prepared remarks.",
             "I said backlog was $2.2 billion; the correct number is $2.1 billion.",
             "Now, on margins, we saw steady progress."]
    (c,) = checks.corrections(parse("\n".join(lines) + "\n", format="sentences"))
    assert "$2.1 billion" in c.message and "margins" not in c.message


def test_an_amount_said_in_basis_points_is_no_row():
    facts = [_outlook("revenue", 30, unit="bps", sentence="the pricing change should lift our growth by roughly 30 basis points"),
             _outlook("revenue", low=1_200_000_000, high=1_250_000_000, line=51)]
    assert [r.text for r in guidance.table(facts)] == ["$1.2 billion to $1.25 billion"]


def test_a_yearly_rate_dated_a_quarter_has_no_period():
    rate = "we hope to build 40,000 units a year as soon as the line is ready"
    quarter = "we expect to build 9,000 units in the fourth quarter"
    facts = [_outlook("units", 40_000, unit="count", p="Q4 2026", sentence=rate),
             _outlook("units", 9_000, unit="count", p="Q4 2026", sentence=quarter, line=51)]
    facts = [f.model_copy(update={"text": t}) for f, t in zip(facts, ("40,000", "9,000"))]
    rows = {r.text: r for r in guidance.table(facts)}
    assert rows["40,000"].period is None and "period unclear" in rows["40,000"].metric
    assert rows["9,000"].period == "Q4 2026"


def test_an_oi_or_ebit_margin_is_the_operating_margin_and_a_segments_is_not():
    from ecta.report.figures import qualifier

    def margin(phrase: str, sentence: str) -> Fact:
        return said("operating_margin", None, sentence, 30, kind=FactKind.GUIDANCE, unit="%", low=9, high=9.4, phrase=phrase,
                    p="FY2026", text="9% to 9.4%")

    assert not qualifier(margin("OI margin", "We now see our adjusted OI margin at 9% to 9.4% for the year."))
    assert not qualifier(margin("EBIT margin", "We now see our EBIT margin at 9% to 9.4% for the year."))
    assert qualifier(margin("Marine operating margin", "We now see our Marine operating margin at 9% to 9.4%.")) == {"marine"}
    # a verb bringing the figure about names no part: "that gets operating margin to around 9%" is the company's margin
    assert not qualifier(margin("operating margin", "On that revenue outlook, that gets operating margin to 9% to 9.4% for the year."))
    assert not qualifier(margin("operating margin", "The savings take operating margin to 9% to 9.4% for the year."))


_LAND = "Land EBITDA was $64 million, up from $22 million, as we closed a $38 million ranch sale and a $25 million lot sale."


def test_an_amount_not_said_as_a_change_warns_of_nothing():
    facts = [said("ebitda", 64_000_000, _LAND, 40, text="$64 million"), said("ebitda", 22_000_000, _LAND, 40, p="Q3 2025", text="$22 million"),
             said("ebitda", 38_000_000, _LAND, 40, text="$38 million"),
             said("ebitda", 25_000_000, _LAND, 40, change=Change.YOY, text="$25 million")]
    assert not [c for c in checks.growth(facts) if c.severity.value == "warning"]


def test_a_change_said_as_such_that_does_not_add_up_warns():
    s = "EBITDA was $90 million, up $12 million from $70 million a year ago."
    facts = [said("ebitda", 90_000_000, s, 40, text="$90 million"), said("ebitda", 70_000_000, s, 40, p="Q3 2025", text="$70 million"),
             said("ebitda", 12_000_000, s, 40, change=Change.YOY, text="$12 million")]
    assert [c.severity.value for c in checks.growth(facts)] == ["warning"]


def _margin_move(sentence: str) -> list[Fact]:
    return [said("gross_margin", 46, sentence, 50, unit="%", text="46%"), said("gross_margin", 47.9, sentence, 50, unit="%", p="Q3 2025", text="47.9%"),
            said("gross_margin", 70, sentence, 50, unit="bps", change=Change.YOY, text="70 basis points")]


def test_a_causes_basis_points_are_not_the_margins_move():
    s = "Gross margin fell to 46% from 47.9% a year earlier, on a softer mix and 70 basis points of currency headwind."
    assert not checks.growth(_margin_move(s))


def test_a_margins_move_that_does_not_fit_its_levels_warns():
    s = "Gross margin of 46% was down 70 basis points from 47.9% last year."
    assert [c.severity.value for c in checks.growth(_margin_move(s))] == ["warning"]


def test_a_percentage_whose_base_is_said_before_it_names_the_base():
    from ecta.report.guidance import share_of

    def pct(sentence: str, text: str) -> Fact:
        return said("operating_expenses", None, sentence, 60, kind=FactKind.GUIDANCE, unit="%", low=61, high=62, p="FY2026", text=text)

    assert share_of(pct("We expect SG&A as a percentage of gross profit of 61% to 62% for the year.", "61% to 62%")) == "gross profit"
    assert share_of(pct("We expect SG&A of 61% to 62% of net sales for the year.", "61% to 62%")) == "revenue"
    assert share_of(pct("We expect SG&A growth of 61% to 62% for the year.", "61% to 62%")) is None


def test_a_recalled_share_without_its_base_is_set_beside_the_share_now_guided():
    now = said("operating_expenses", None, "We now expect SG&A as a percentage of gross profit of 61% to 62%.", 60,
               kind=FactKind.GUIDANCE, unit="%", low=61, high=62, p="FY2026", text="61% to 62%")
    then = said("operating_expenses", None, "In May we had guided 60.5% to 61.5%.", 61, kind=FactKind.PRIOR_GUIDANCE, unit="%",
                low=60.5, high=61.5, p="FY2026", text="60.5% to 61.5%")
    rows = {r.kind: r for r in guidance.table([now, then])}
    assert "% of gross profit" in rows["guidance"].metric
    assert rows["prior_guidance"].reference == "now 61% to 62% (raised)"


def test_a_recalled_figure_revised_to_a_range_in_one_sentence_says_what_it_became():
    s = "We now plan capital spending of $610 million to $630 million, above the roughly $580 million we gave in May."
    now = said("capex", None, s, 44, kind=FactKind.GUIDANCE, low=610e6, high=630e6, p="FY2026", text="$610 million to $630 million")
    then = said("capex", 580e6, s, 44, kind=FactKind.PRIOR_GUIDANCE, p="FY2026", text="roughly $580 million")
    rows = {r.kind: r for r in guidance.table([now, then])}
    assert rows["prior_guidance"].reference == "now $610 million to $630 million (raised)"
    inside = "For the year we now expect about $600 million, the lower end of the $600 million to $640 million we gave in May."
    now = said("capex", 600e6, inside, 45, kind=FactKind.GUIDANCE, p="FY2026", text="about $600 million")
    then = said("capex", None, inside, 45, kind=FactKind.PRIOR_GUIDANCE, low=600e6, high=640e6, p="FY2026",
                text="$600 million to $640 million")
    rows = {r.kind: r for r in guidance.table([now, then])}
    assert rows["prior_guidance"].reference == "now $600 million (within the prior range)"


def test_a_recalled_range_beside_a_single_figure_on_another_line_is_left_alone():
    """The nearby case: a figure and a range said apart may be last year's actual and an outlook: no link."""
    now = said("capex", 600e6, "We expect capital spending of about $600 million for the year.", 44, kind=FactKind.GUIDANCE,
               p="FY2026", text="about $600 million")
    then = said("capex", None, "In May we guided $560 million to $580 million.", 51, kind=FactKind.PRIOR_GUIDANCE,
                low=560e6, high=580e6, p="FY2026", text="$560 million to $580 million")
    rows = {r.kind: r for r in guidance.table([now, then])}
    assert rows["prior_guidance"].reference is None


def test_a_range_narrowed_about_its_midpoint_is_neither_raised_nor_lowered():
    s = "We are narrowing the range to $1.81 billion to $1.88 billion, from $1.75 billion to $1.95 billion in May."
    now = said("ebitda", None, s, 30, kind=FactKind.GUIDANCE, low=1.81e9, high=1.88e9, p="FY2026", text="$1.81 billion to $1.88 billion")
    then = said("ebitda", None, s, 30, kind=FactKind.PRIOR_GUIDANCE, low=1.75e9, high=1.95e9, p="FY2026",
                text="$1.75 billion to $1.95 billion")
    rows = {r.kind: r for r in guidance.table([now, then])}
    assert rows["prior_guidance"].reference == "now $1.81 billion to $1.88 billion (narrowed, midpoint about kept)"
    # The low end lifted inside the old range: still a narrowing, one that moves the midpoint up.
    now = now.model_copy(update={"low": Decimal("1.85e9"), "high": Decimal("1.95e9"), "text": "$1.85 billion to $1.95 billion"})
    rows = {r.kind: r for r in guidance.table([now, then])}
    assert rows["prior_guidance"].reference.endswith("(narrowed, midpoint raised)")
    # The nearby case: the top end lifted past the old one is a raise.
    now = now.model_copy(update={"low": Decimal("1.85e9"), "high": Decimal("2.05e9"), "text": "$1.85 billion to $2.05 billion"})
    rows = {r.kind: r for r in guidance.table([now, then])}
    assert rows["prior_guidance"].reference.endswith("(raised)")


def test_a_deals_multiple_of_ebitda_is_no_outlook_but_leverage_is():
    deal = "The price is $410 million, about 11 times the EBITDA we expect the quarries to earn in their first full year."
    multiple = said("other", 11, deal, 27, kind=FactKind.GUIDANCE, unit="x", phrase="EBITDA", p="FY2026", text="about 11 times")
    assert guidance.table([multiple]) == []
    lev = "We expect leverage of about 2.5 times EBITDA at year-end."
    rows = guidance.table([multiple.model_copy(update={"sentence": lev, "text": "about 2.5 times", "value": Decimal("2.5")})])
    assert [r.metric for r in rows] == ["leverage (x EBITDA)"]


def test_what_a_cause_takes_out_of_a_metric_is_no_outlook():
    taken = "The new rebate program takes about $20 million out of first-quarter revenue."
    own = "We expect about $20 million of revenue out of the new plant in the first quarter."
    rows = guidance.table([_outlook("revenue", 20_000_000, p="Q1 2027", sentence=taken).model_copy(update={"text": "about $20 million"})])
    assert rows == []
    rows = guidance.table([_outlook("revenue", 20_000_000, p="Q1 2027", sentence=own).model_copy(update={"text": "about $20 million"})])
    assert [r.text for r in rows] == ["$20 million"]


def test_an_amount_said_to_a_tenth_of_a_cent_is_shown_as_said():
    from ecta.report.figures import fmt_amount

    assert fmt_amount(Decimal("0.165"), "USD") == "$0.165" and fmt_amount(Decimal("0.0025"), "USD") == "$0.0025"
    # The nearby cases: cents keep two places, and large amounts their scale word.
    assert fmt_amount(Decimal("0.6"), "USD") == "$0.60" and fmt_amount(Decimal("2.5E+9"), "USD") == "$2.5 billion"


def test_a_nameless_amount_outlook_takes_the_words_said_before_it():
    s = "For the fourth quarter, we expect freight claims expense of about $41 million, and a tax rate of 25%."
    claims = said("other", 41e6, s, 70, kind=FactKind.GUIDANCE, p="Q4 2026", phrase="other", text="about $41 million")
    rows = guidance.table([claims])
    assert [(r.metric, r.text) for r in rows] == [("freight claims expense", "$41 million")]
    # The nearby cases stay nameless, so no row: a place in a range, and a loss whose sign the name cannot carry.
    mid = "At the midpoint of $2.2 billion, the range is unchanged."
    assert guidance.table([said("other", 2.2e9, mid, 71, kind=FactKind.GUIDANCE, p="FY2026", phrase="other", text="$2.2 billion")]) == []
    loss = "We expect a fourth-quarter loss of $3 million to $5 million in the new unit."
    assert guidance.table([said("other", None, loss, 72, kind=FactKind.GUIDANCE, p="Q4 2026", phrase="other",
                                low=-5e6, high=-3e6, text="$3 million to $5 million")]) == []


def test_a_banded_outlook_said_again_at_its_centre_is_one_outlook_with_a_reference():
    band = "Revenue is expected to be $4.0 billion, plus or minus 2%."
    again = "So we are guiding the fourth quarter to $4.0 billion in revenue."
    facts = [said("revenue", None, band, 40, kind=FactKind.GUIDANCE, low=3.92e9, high=4.08e9, p="Q4 2026", text="$4.0 billion, plus or minus 2%"),
             said("revenue", 4.0e9, again, 90, kind=FactKind.GUIDANCE, p="Q4 2026", text="$4.0 billion"),
             said("revenue", 3.8e9, "Revenue was $3.8 billion in the quarter.", 12, p="Q3 2026", text="$3.8 billion")]
    (row,) = guidance.table(facts)
    assert row.reference == "Q3 2026: $3.8 billion"
    # The nearby case: another figure for the quarter under the name is another thing; no reference.
    other = said("revenue", 4.3e9, "Another view puts the fourth quarter at $4.3 billion of revenue.", 91, kind=FactKind.GUIDANCE,
                 p="Q4 2026", text="$4.3 billion")
    assert all(r.reference is None for r in guidance.table(facts + [other]) if r.kind == "guidance")


def test_a_small_loss_outlook_is_not_set_against_the_totals_profit():
    s = "For the online unit, we expect an EBITDA loss of $5 million to $8 million in the third quarter."
    facts = [said("ebitda", None, s, 12, kind=FactKind.GUIDANCE, low=-8e6, high=-5e6, p="Q3 2026", text="$5 million to $8 million"),
             said("ebitda", 410e6, "Adjusted EBITDA was $410 million.", 11, p="Q2 2026", text="$410 million")]
    (row,) = guidance.table(facts)
    assert row.reference is None
    # The nearby case: a swing to a loss a tenth of the profit or more keeps its reference.
    swing = [said("eps", None, "We expect a loss per share between $0.12 and $0.02.", 38, kind=FactKind.GUIDANCE, low=-0.12,
                  high=-0.02, p="Q3 2026", text="$0.12 and $0.02"),
             said("eps", 0.31, "Earnings per share were $0.31.", 30, p="Q2 2026", text="$0.31")]
    (row,) = guidance.table(swing)
    assert row.reference == "Q2 2026: $0.31"
