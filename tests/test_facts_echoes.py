"""An analyst who quotes management's guided range and then gives the Street's or their own number for it means
the guided period, not the quarter ahead."""

from __future__ import annotations

from decimal import Decimal

from ecta.facts import extract_facts
from ecta.model import FactKind, Meta, Paragraph, Participant, Role, Section, Transcript, Turn


def _call(cfo_text: str, analyst_text: str) -> Transcript:
    cfo = Participant(id="cfo", name="Ann Example", role=Role.CORPORATE)
    analyst = Participant(id="an", name="Bob Sample", role=Role.ANALYST, firm="Fictional Securities")
    turns = [
        Turn(index=0, speaker=cfo, section=Section.PRESENTATION,
             paragraphs=[Paragraph(text=cfo_text, line_start=1, line_end=1)], line_start=1, line_end=1),
        Turn(index=1, speaker=analyst, section=Section.QA,
             paragraphs=[Paragraph(text=analyst_text, line_start=2, line_end=2)], line_start=2, line_end=2),
    ]
    return Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2025, fiscal_quarter=2),
                      participants=[cfo, analyst], turns=turns)


def test_street_number_for_a_quoted_full_year_guide_takes_its_period() -> None:
    t = _call("For the full year 2025, we now expect shipments of 410,000 to 440,000 units.",
              "On the shipment guide of 410,000 to 440,000 units, the Street is at 431,000, and I have 436,000.")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["431,000"].period.label == "FY2025"
    assert by_text["436,000"].period.label == "FY2025"


def test_a_number_far_from_the_quoted_range_keeps_its_own_period() -> None:
    t = _call("For the full year 2025, we now expect shipments of 410,000 to 440,000 units.",
              "On the shipment guide of 410,000 to 440,000 units, for the third quarter the Street is at 118,000 units.")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["118,000"].period.label == "Q3 2025"


def test_a_number_for_a_year_it_names_keeps_that_year() -> None:
    t = _call("For the full year 2025, we now expect shipments of 410,000 to 440,000 units.",
              "You guide shipments of 410,000 to 440,000 units. The Street is at 452,000 units for 2026 shipments.")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["452,000"].period.label == "FY2026"


def test_an_analyst_figure_with_its_own_metric_is_not_another_metrics_guide() -> None:
    t = _call("We now see capital spending of about $300 million, down from 5% of sales in our March outlook.",
              "Thank you. Retail was up 5% organically, which is better than I had modelled.")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["5%"].metric != "capex"
    assert by_text["5%"].kind is not FactKind.PRIOR_GUIDANCE


def test_an_analyst_quoting_the_margin_keeps_its_metric() -> None:
    t = _call("Net interest margin was 2.71% in the quarter.", "On the margin, you were at 2.71% this quarter.")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["2.71%"].metric == "net_interest_margin"


def test_management_naming_an_earlier_guide_means_that_guides_period() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "Now the third quarter. We expect operating expenses of around $515 million."),
                ("an", Section.QA, "What drives the step up in spending?"),
                ("cfo", Section.QA, "The opex guide of around $515 million already holds our yearly pay rises.")], fiscal_quarter=2)
    guides = [f for f in extract_facts(t) if f.value == 515000000]
    assert [f.period.label for f in guides] == ["Q3 2025", "Q3 2025"]


def _turns(texts: list[tuple[str, Section, str]], fiscal_quarter: int = 1) -> Transcript:
    people = {"cfo": Participant(id="cfo", name="Ann Example", role=Role.CORPORATE),
              "an": Participant(id="an", name="Bob Sample", role=Role.ANALYST, firm="Fictional Securities")}
    turns = [Turn(index=i, speaker=people[who], section=sec, paragraphs=[Paragraph(text=text, line_start=i + 1, line_end=i + 1)],
                  line_start=i + 1, line_end=i + 1) for i, (who, sec, text) in enumerate(texts)]
    return Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2025, fiscal_quarter=fiscal_quarter),
                      participants=list(people.values()), turns=turns)


def test_a_repeated_range_said_for_the_full_year_keeps_the_full_year() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "For the second quarter, we expect gross margin in the range of 61% to 62%."),
                ("an", Section.QA, "How do you see gross margin through the year?"),
                ("cfo", Section.QA, "I would expect gross margin to settle into this range of 61% to 62% for the full year.")])
    ranges = [f for f in extract_facts(t) if f.low == 61]
    assert [(f.period.label, f.kind) for f in ranges] == [("Q2 2025", FactKind.GUIDANCE), ("FY2025", FactKind.GUIDANCE)]


def test_an_analyst_echo_keeps_the_period_said_with_it() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "For the second quarter, we expect sales to be up mid-single digits year over year."),
                ("an", Section.QA, "You said content growth would land near the top of the 3% to 5% guided range for fiscal 2026.")])
    echo = next(f for f in extract_facts(t) if f.turn == 1 and f.low == 3)
    assert echo.period.label == "FY2026"


def test_a_repeated_range_with_a_metric_of_its_own_is_not_the_echo() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "For the second quarter, we expect gross margin in the range of 61% to 62%."),
                ("an", Section.QA, "What about tax?"),
                ("cfo", Section.QA, "We see the tax rate in a range of 61% to 62% of the statutory rate, roughly.")])
    second = [f for f in extract_facts(t) if f.low == 61][-1]
    assert second.metric != "gross_margin"


def test_a_range_in_digits_does_not_echo_a_band_said_in_words() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "Our medium-term goal is organic revenue growth of 11% to 13% a year."),
                ("cfo", Section.PRESENTATION, "For the second quarter, we expect organic revenue growth in the low teens."),
                ("an", Section.QA, "On the medium-term goal of 11% to 13% organic growth: why not raise it?")])
    quoted = [f for f in extract_facts(t) if f.turn == 2 and f.low == 11]
    assert [(f.period, f.kind) for f in quoted] == [(None, FactKind.TARGET)]


def test_a_goal_pointed_back_at_with_its_year_stays_the_goal() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "Our goal is cash profit per unit of $8.40 by 2029."),
                ("an", Section.QA, "Is the goal still realistic?"),
                ("cfo", Section.QA, "If operating costs rise mid-single digits, the $8.40 for 2029 is well within reach.")])
    goals = [f for f in extract_facts(t) if f.value == Decimal("8.40")]
    assert [(f.period.label, f.kind) for f in goals] == [("FY2029", FactKind.TARGET), ("FY2029", FactKind.TARGET)]


def test_a_band_said_again_for_next_year_keeps_the_year() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "For the second quarter, we expect fixed operations to grow in the low teens."),
                ("an", Section.QA, "How should we think about service beyond this year?"),
                ("cfo", Section.QA, "We would expect fixed operations to keep growing in the low teens next year.")])
    bands = [f for f in extract_facts(t) if f.low == 11]
    assert [(f.period.label, f.kind) for f in bands] == [("Q2 2025", FactKind.GUIDANCE), ("FY2026", FactKind.GUIDANCE)]


def test_a_band_said_anew_in_an_outlook_keeps_its_own_kind() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "In October so far, active members are up in the high teens."),
                ("an", Section.QA, "And members for the fourth quarter. Should we expect more growth?"),
                ("cfo", Section.QA, "Yes, we'd expect active members up sequentially, and up in the high teens on last year.")],
               fiscal_quarter=3)
    answer = [f for f in extract_facts(t) if f.turn == 2 and f.text == "high teens"]
    assert answer and answer[0].kind is FactKind.GUIDANCE and answer[0].period.label == "Q4 2025"


def test_an_analyst_recalling_a_result_means_the_quarter() -> None:
    t = _call("Outcomes took about $40 million off revenue in the quarter.",
              "First, you said about $40 million of revenue from outcomes. What was it in the prior year?")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["about $40 million"].kind is FactKind.ACTUAL
    assert by_text["about $40 million"].period.label == "Q2 2025"


def test_a_range_said_again_without_its_unit_is_that_range() -> None:
    # the unit is said once, with the guide; the analyst and the answer then say the two ends alone
    t = _turns([("cfo", Section.PRESENTATION, "For the full year, we expect operating margin to widen 40 to 60 basis points."),
                ("an", Section.QA, "Operating margin was up 60 basis points in the quarter, and your guide for the year is 40 to 60. "
                                   "Is that conservative?"),
                ("cfo", Section.QA, "The merit cycle starts next quarter. So we're comfortable with 40 to 60.")])
    ranges = [f for f in extract_facts(t) if f.low == 40 and f.high == 60]
    assert [(f.turn, f.unit, f.metric, f.kind, f.period.label) for f in ranges] == [
        (i, "bps", "operating_margin", FactKind.GUIDANCE, "FY2025") for i in range(3)]


def test_a_count_range_in_millions_said_again_without_its_noun_is_that_count() -> None:
    # tonnes said once with the guide; the analyst then gives the two ends alone, and what they imply for the half
    t = _turns([("cfo", Section.PRESENTATION, "Our plan for the year is to ship 3.4 million to 3.6 million tonnes of ore."),
                ("an", Section.QA, "Your guide is 3.4 million to 3.6 million. Where in that range do you land?"),
                ("an", Section.QA, "And 3.4 million to 3.6 million implies a second half of 1.8 million to 2.0 million, right?")])
    facts = extract_facts(t)
    ranges = [(f.turn, f.unit, f.metric) for f in facts if f.low == Decimal(3400000)]
    assert ranges == [(i, "count", "units") for i in range(3)], ranges
    assert [(f.unit, f.metric) for f in facts if f.low == Decimal(1800000)] == [("count", "units")]


def test_a_count_range_in_grouped_thousands_said_again_without_its_noun_is_that_count() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "Our northern mill should run 64,000 to 68,000 tonnes a week over the second quarter."),
                ("an", Section.QA, "What does the northern range assume?"),
                ("cfo", Section.QA, "We have no outage there, so the 64,000 to 68,000 is simply what the mill does on a normal week.")])
    ranges = [(f.turn, f.unit, f.metric) for f in extract_facts(t) if f.low == Decimal(64000)]
    assert ranges == [(0, "count", "units"), (2, "count", "units")], ranges


def test_an_ungrouped_range_said_again_is_not_recalled_as_a_count() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "We expect to hire 20 to 30 engineers this year."),
                ("cfo", Section.QA, "The 20 to 30 is a good range for the team.")])
    assert [f.turn for f in extract_facts(t) if f.low == 20] == [0]


def test_a_count_in_millions_said_again_without_its_noun_is_that_count() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "We hauled 4.7 million tonnes in the quarter, up 3%."),
                ("an", Section.QA, "On haulage, the quarter came in at 4.7 million, which annualises to about 18.8 million. Is that the run rate?")])
    facts = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert (facts["4.7 million"].unit, facts["4.7 million"].metric) == ("count", "units")
    assert facts["about 18.8 million"].unit == "count"


def test_bare_ends_of_another_noun_are_not_the_range_said_before() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "For the full year, we expect revenue growth of 2% to 3%."),
                ("an", Section.QA, "How long does the ramp take?"),
                ("cfo", Section.QA, "We think it takes 2 to 3 quarters to reach full speed.")])
    assert [f.turn for f in extract_facts(t) if f.low == 2] == [0]


def test_a_result_restated_in_the_past_tense_takes_no_outlook_kind() -> None:
    t = _call("For the second half, we expect freight rates to rise about 6%.",
              "You said freight rates were up about 6% in the quarter. How much of that did you pass on?")
    recalled = next(f for f in extract_facts(t) if f.turn == 1 and f.value == 6)
    assert (recalled.kind, recalled.period.label) == (FactKind.ACTUAL, "Q2 2025")


def test_an_outlook_restated_with_would_keeps_its_kind() -> None:
    t = _call("For the second half, we expect freight rates to rise about 6%.",
              "You said freight rates would be up about 6%. How much of that can you pass on?")
    recalled = next(f for f in extract_facts(t) if f.turn == 1 and f.value == 6)
    assert (recalled.kind, recalled.period.label) == (FactKind.GUIDANCE, "H2 2025")


def test_an_analysts_growth_echoes_the_growth_not_a_later_level_of_the_same_size() -> None:
    t = _call("Web orders rose 31% on last year. For the year, we still see a tax rate of about 31%.",
              "Thanks. The web channel, up 31% - was that helped by the later holiday?")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["31%"].metric != "tax_rate"
    assert (by_text["31%"].kind, by_text["31%"].period.label) == (FactKind.ACTUAL, "Q2 2025")  # the growth said before


def test_a_figure_said_of_last_quarter_is_not_the_same_figure_said_of_this_one() -> None:
    t = _call("In the second quarter, orders from utilities were up 3%.",
              "Data center orders grew 31%, and last quarter, it was only 3%. What changed?")
    echoed = [f for f in extract_facts(t) if f.turn == 1 and f.value == Decimal("3")]
    assert [f.period.label for f in echoed] == ["Q1 2025"]


def test_the_same_range_for_another_year_named_before_it_keeps_that_year() -> None:
    cfo = Participant(id="cfo", name="Ann Example", role=Role.CORPORATE)
    ceo = Participant(id="ceo", name="Cy Example", role=Role.CORPORATE)
    analyst = Participant(id="an", name="Bob Sample", role=Role.ANALYST, firm="Fictional Securities")
    said = [(cfo, Section.PRESENTATION, "We opened 9 branches in the quarter, and we still plan to open 30 to 35 branches in fiscal 2025."),
            (analyst, Section.QA, "How should we think about openings into next year?"),
            (ceo, Section.QA, "For fiscal 2026 we'd expect a similar number of openings, around 30 to 35 branches.")]
    turns = [Turn(index=i, speaker=who, section=sec, paragraphs=[Paragraph(text=text, line_start=i + 1, line_end=i + 1)],
                  line_start=i + 1, line_end=i + 1) for i, (who, sec, text) in enumerate(said)]
    t = Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2025, fiscal_quarter=2),
                   participants=[cfo, ceo, analyst], turns=turns)
    ranges = [(f.turn, f.period.label, f.kind.value) for f in extract_facts(t) if f.low == Decimal(30)]
    assert (2, "FY2026", "guidance") in ranges, ranges
    assert (0, "FY2025", "guidance") in ranges, ranges


def test_an_analysts_what_if_sum_is_no_echo_of_an_equal_figure_said_before() -> None:
    t = _turns([("cfo", Section.PRESENTATION, "Net charge-offs were $16 million in the quarter."),
                ("an", Section.QA, "On the hedges, if it's $4 million a quarter, that's $16 million a year at that pace?")],
               fiscal_quarter=2)
    total = next(f for f in extract_facts(t) if f.turn == 1 and f.value == 16000000)
    assert total.kind is FactKind.ESTIMATE
    assert total.metric != "charge_offs"


def _exchange(*turns: tuple[Role, str]) -> Transcript:
    people = {Role.CORPORATE: Participant(id="cfo", name="Ann Example", role=Role.CORPORATE),
              Role.ANALYST: Participant(id="an", name="Bob Sample", role=Role.ANALYST, firm="Fictional Securities")}
    made = [Turn(index=i, speaker=people[role], section=Section.PRESENTATION if i == 0 else Section.QA,
                 paragraphs=[Paragraph(text=text, line_start=i + 1, line_end=i + 1)], line_start=i + 1, line_end=i + 1)
            for i, (role, text) in enumerate(turns)]
    return Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2027, fiscal_quarter=1),
                      participants=list(people.values()), turns=made)


def test_a_years_figure_the_question_named_said_again_in_the_answer_keeps_that_year() -> None:
    t = _exchange((Role.CORPORATE, "Service sales came in at EUR 810 million in the quarter."),
                  (Role.ANALYST, "Your plan called for EUR 3.6 billion of service revenue in 2027. Does it stand?"),
                  (Role.CORPORATE, "Right, the EUR 3.6 billion is what we gave you in January, and we still see it."),
                  (Role.CORPORATE, "So the EUR 3.6 billion of service revenue holds."))
    answers = [f for f in extract_facts(t) if f.turn in (2, 3) and f.text.endswith("3.6 billion")]
    assert len(answers) == 2
    assert all(f.period.label == "FY2027" for f in answers)


def test_an_outlook_named_before_its_figure_is_that_outlook() -> None:
    t = _exchange((Role.CORPORATE, "We still expect a gross margin of about 46% for the full year 2027."),
                  (Role.ANALYST, "Will the plant shutdown dent your margin?"),
                  (Role.CORPORATE, "On the gross margin guide of 46%, the shutdown has not changed our view."))
    said = [f for f in extract_facts(t) if f.turn == 2 and f.text == "46%"]
    assert said and said[0].period.label == "FY2027" and said[0].kind is FactKind.GUIDANCE


def test_a_quarters_figure_of_the_same_size_keeps_its_quarter() -> None:
    t = _exchange((Role.CORPORATE, "For the full year 2027 we expect service revenue of EUR 3.6 billion."),
                  (Role.ANALYST, "How did services do?"),
                  (Role.CORPORATE, "In the first quarter, service revenue was EUR 900 million, and the EUR 3.6 billion "
                                   "stands."),
                  (Role.CORPORATE, "We booked EUR 900 million of service orders in the first quarter."))
    q = [f for f in extract_facts(t) if f.turn == 3 and f.text == "EUR 900 million"]
    assert q and q[0].period.label == "Q1 2027"


def test_consensus_for_the_year_is_no_earlier_amount_of_that_size() -> None:
    t = _call("For the first half, service fees were $1.72 billion, and net profit reached $2.46 billion.",
              "The Street has been sitting on a low number. Consensus for the year was around $1.72 billion of net profit.")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["around $1.72 billion"].kind is FactKind.ESTIMATE
    assert by_text["around $1.72 billion"].period.label == "FY2025"


def test_an_analysts_figure_echoes_the_one_of_its_own_measure_not_the_last_of_that_size() -> None:
    t = _call("Unit volumes grew 2% in the quarter. Services revenue was $400 million, 2% above last year.",
              "Is the volume growth of 2% coming from share gains, or from restocking?")
    echoed = next(f for f in extract_facts(t) if f.turn == 1 and f.value == Decimal("2"))
    assert (echoed.kind, echoed.period.label) == (FactKind.ACTUAL, "Q2 2025")


def test_an_analyst_naming_the_segment_restates_its_revenue_move() -> None:
    t = _call("Timber revenue was $250 million, down 11%, on weaker lumber demand in the south.",
              "Thanks. On the timber business, down 11% in revenue. Is there a floor there?")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["11%"].kind is FactKind.ACTUAL
    assert by_text["11%"].metric == "segment_revenue"
    assert by_text["11%"].period.label == "Q2 2025"


def test_a_bare_margin_restates_the_named_margin_of_that_size() -> None:
    t = _call("Service gross profit was $40 million, a margin of 25%, down from 27%, because of a planned shutdown.",
              "On services, the margin slipped to 25%. When does it recover?")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["25%"].kind is FactKind.ACTUAL
    assert by_text["25%"].metric == "margin"


def test_two_named_margins_of_one_size_stay_two_measures() -> None:
    t = _call("Gross margin was 31% in the quarter.", "Your operating margin of 31% looks high against peers. Is that sustainable?")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["31%"].metric == "operating_margin"
    assert by_text["31%"].kind is not FactKind.ACTUAL


def test_a_kin_measure_of_a_year_ahead_is_the_analysts_own() -> None:
    t = _call("Equipment revenue was down 12% in the quarter.", "For next year, I have revenue down about 12%. Is that too low?")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["about 12%"].kind is FactKind.ESTIMATE
    assert by_text["about 12%"].period.label == "FY2026"


def test_an_analyst_rounding_a_reported_move_restates_it() -> None:
    t = _call("Including dividends, tangible book value per share grew 3.2% in the quarter and 17.4% over the last year.",
              "With tangible book value up about 17% including dividends, why not return more capital?")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["about 17%"].kind is FactKind.ACTUAL


def test_an_analyst_rounding_a_reported_amount_per_unit_restates_it() -> None:
    t = _call("Retail revenue per visitor reached $23.60, up 5% from a year ago.",
              "Can you talk about retail revenue per visitor, and whether the $24 holds as the mix shifts?")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["$24"].kind is FactKind.ACTUAL


def test_an_analysts_model_near_a_result_stays_the_analysts() -> None:
    t = _call("Our take rate was 41.6 basis points in the quarter.", "On the take rate, I had you at 42 basis points for the quarter.")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["42 basis points"].kind is FactKind.ESTIMATE


def test_a_rounded_figure_of_another_measure_is_not_the_result() -> None:
    t = _call("Tangible book value per share grew 17.4% over the last year.",
              "With fee revenue up about 17% next year, why not return more capital?")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["about 17%"].kind is not FactKind.ACTUAL


def test_an_analyst_naming_the_midpoint_of_the_guide_quotes_the_guide() -> None:
    t = _call("For the fourth quarter, we expect adjusted EPS of $1.40 to $1.60.",
              "For the fourth quarter, consensus is at $1.58, above the $1.50 midpoint of your range. What gets you there?")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["$1.50"].kind is FactKind.GUIDANCE
    assert by_text["$1.58"].kind is FactKind.ESTIMATE


def test_a_midpoint_of_the_analysts_own_is_no_guide() -> None:
    t = _call("For the fourth quarter, we expect adjusted EPS of $1.40 to $1.60.",
              "For the fourth quarter, my own range is higher, with $1.70 at the midpoint. What would get you there?")
    by_text = {f.text: f for f in extract_facts(t) if f.turn == 1}
    assert by_text["$1.70"].kind is not FactKind.GUIDANCE
