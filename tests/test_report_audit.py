"""What an analyst checking every number found wrong in the report, as cases on fictional figures:
references of another kind of figure, implied levels, recalled results, corrections, restatements."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

from ecta.model import Basis, Change, Direction, FactKind, Section
from ecta.report import checks, guidance
from ecta.report.models import Severity
from ecta.report.recalled import as_reported

from .conftest import DATA
from .test_report import ANALYST, CEO, CFO, call, fact

GUIDANCE = json.loads((DATA / "report" / "guidance_cases.json").read_text("utf-8"))["cases"]
RECALLED = json.loads((DATA / "report" / "recalled_cases.json").read_text("utf-8"))["cases"]


def _fact(d: dict):
    d = dict(d)
    metric = d.pop("metric")
    value = d.pop("value", None)
    sentence = d.pop("sentence", None)
    approx = d.pop("approx", False)
    kind = FactKind(d.pop("kind", "actual"))
    change = Change(d["change"]) if d.get("change") else None
    direction = Direction(d["direction"]) if d.get("direction") else None
    basis = Basis(d["basis"]) if d.get("basis") else None
    d.update(change=change, direction=direction, basis=basis)
    f = fact(metric, value, kind=kind, **d)
    updates = {"approx": approx}
    if sentence:
        updates["sentence"] = sentence
    return f.model_copy(update=updates)


@pytest.mark.parametrize("case", GUIDANCE, ids=[c["name"][:60] for c in GUIDANCE])
def test_guidance_table_cases(case):
    rows = guidance.table([_fact(d) for d in case["facts"]], call_period=tuple(case["call"]) if "call" in case else None)
    if "rows" in case:
        assert len(rows) == case["rows"]
    if "row" in case:
        want = case["row"]
        row = next(r for r in rows if r.period == want["period"] and r.metric == want.get("metric", r.metric)
                   and r.kind == want.get("kind", r.kind))
        for key, value in want.items():
            assert getattr(row, key) == value, key


@pytest.mark.parametrize("case", RECALLED, ids=[c["sentence"][:50] for c in RECALLED])
def test_results_told_against_guidance(case):
    f = fact("revenue", 1, kind=FactKind.PRIOR_GUIDANCE, text=case["text"]).model_copy(update={"sentence": case["sentence"]})
    (read,), claims = as_reported([f])
    assert read.kind.value == case["kind"]
    assert claims.get(0) == case["claim"]


def test_result_placed_against_guidance_is_undecided_not_verified():
    s = "Revenue came in at $48.2 million, at the high end of our guidance range."
    f = fact("revenue", 48_200_000, kind=FactKind.PRIOR_GUIDANCE, text="$48.2 million").model_copy(update={"sentence": s})
    read, claims = as_reported([f])
    t = call([(CFO, Section.PRESENTATION, s)])
    (c,) = [c for c in checks.run(t, read, claims) if c.name == "vs_prior_guidance"]
    assert c.severity is Severity.UNDECIDED and "not verified" in c.message and "$48.2 million" in c.message


def test_result_beside_the_restated_range_is_checked_against_it():
    s = "EPS was $0.61, compared with our guidance of $0.55 to $0.60."
    r = fact("eps", "0.61", kind=FactKind.PRIOR_GUIDANCE, text="$0.61").model_copy(update={"sentence": s})
    g = fact("eps", None, low="0.55", high="0.60", kind=FactKind.PRIOR_GUIDANCE, text="$0.55 to $0.60").model_copy(update={"sentence": s})
    read, _ = as_reported([r, g])
    (c,) = checks.against_prior_guidance(read)
    assert c.severity is Severity.INFO and "above" in c.message


@pytest.mark.parametrize("sentence,corrects", [
    ("Adjusted operating margin was 18.4 -- I'm sorry, 18.5%, a record.", True),
    ("I misspoke earlier on the backlog.", True),
    ("I need to correct something I said in my prepared remarks.", True),
    ("Just a correction to what I said, bookings were up 8%.", True),
    ("So as I said earlier, we are working with both foundries on 5-nanometer.", False),
    ("Customers are working through an inventory correction in the second half.", False),
    ("The error correction in our controllers is what makes 3-bit cells reliable.", False),
    ("Our assets are about $3.9 billion. I meant to say trillion.", True),
    # A question to a colleague is no correction.
    ("Isn't that what I meant to say?", False),
])
def test_corrections_are_a_speaker_fixing_their_own_words(sentence, corrects):
    t = call([(CFO, Section.QA, sentence)])
    assert bool(checks.corrections(t)) is corrects


@pytest.mark.parametrize("sentence", [
    "I actually said 4.2% on that slide.", "What I meant to say was the loan book.", "Sorry, I mis-spoke on the tax rate.",
    "Let me correct the unit count.", "To correct the record, backlog was higher.", "Correction: the rate was 12%.",
    "I should have said the third quarter.", "It was not $4 million, but $5 million.", "Margin was 31%, I mean 32%.",
    "Sales were 2.1 billion, rather 2.2 billion.", "CUSTOMERS GREW 6% -- EXCUSE ME, 7%.",
])
def test_every_wording_of_a_correction_holds_one_of_the_words_checked_first(sentence):
    """The words are a cheap test before the pattern: a wording added to the pattern needs its word in the list."""
    assert checks._CORRECTION.search(sentence)
    assert any(w in sentence.lower() for w in checks._CORRECTION_WORDS)
    assert checks.corrections(call([(CFO, Section.QA, sentence)]))


def test_speakers_agreeing_on_one_value_are_not_a_restatement():
    """Both say 18.5%; the CEO's 24.7% is a segment's margin under the same words."""
    t = call([(CFO, Section.PRESENTATION, "x"), (CEO, Section.PRESENTATION, "y")])
    facts = [fact("operating_margin", "18.5", unit="%", line=11, speaker="cfo"),
             fact("operating_margin", "18.5", unit="%", line=21, speaker="ceo"),
             fact("operating_margin", "24.7", unit="%", line=22, speaker="ceo")]
    facts = [f.model_copy(update={"sentence": f"Operating margin was {f.value}% on line {f.line}."}) for f in facts]
    assert checks.restated(facts, t) == []


def test_a_figure_in_a_sentence_that_looks_ahead_is_no_restatement():
    t = call([(CFO, Section.PRESENTATION, "x"), (CEO, Section.QA, "y")])
    a = fact("gross_margin", "45.1", unit="%", line=11, speaker="cfo").model_copy(update={"sentence": "Gross margin was 45.1%."})
    b = fact("gross_margin", "40", unit="%", line=21, speaker="ceo").model_copy(
        update={"sentence": "On the gross margin indication of 40%, we expect the cycle time to recover."})
    assert checks.restated([a, b], t) == []


def test_levels_read_under_a_name_said_only_after_them_are_not_sure_to_be_its():
    """The growth's name said only well after both levels: the levels are likely another thing's (fees, not the assets
    that grew), so a mismatch is undecided, not a warning. The nearby case, the name before the levels, still warns."""
    def growth_check(sentence: str):
        facts = [fact("aum", 48_000_000, p="Q2 2025", text="$48 million", line=4),
                 fact("aum", 30_000_000, p="Q2 2024", text="$30 million", line=4),
                 fact("aum", "22", unit="%", change=Change.YOY, p="Q2 2025", text="22%", line=4)]
        (c,) = checks.growth([f.model_copy(update={"sentence": sentence, "phrase": "client assets"}) for f in facts])
        return c.severity

    assert growth_check("Advisory fees were $48 million compared with $30 million a year ago, reflecting "
                        "client assets increasing 22%.") is Severity.UNDECIDED
    assert growth_check("Client assets were $48 million compared with $30 million a year ago, "
                        "up 22%.") is Severity.WARNING


def test_two_figures_said_with_different_growth_are_two_things():
    """"$4.6 billion, up 18%" and "$4.7 billion, up 11%" under one name are a segment and another line whose names
    were lost, not one figure said two ways. The nearby cases, one growth said twice or a figure said without one,
    are still a restatement."""
    t = call([(CFO, Section.PRESENTATION, "x"), (CEO, Section.QA, "y")])

    def said(value: str, growth: str | None, line: int, speaker: str) -> list:
        s = f"Revenue came to ${value} billion" + (f", up {growth}%." if growth else ".")
        level = fact("revenue", Decimal(value) * 10**9, line=line, speaker=speaker, text=f"${value} billion")
        out = [level.model_copy(update={"sentence": s})]
        if growth:
            g = fact("revenue", growth, unit="%", change=Change.YOY, line=line, speaker=speaker, text=f"{growth}%")
            out.append(g.model_copy(update={"sentence": s}))
        return out

    assert checks.restated(said("4.6", "18", 11, "cfo") + said("4.7", "11", 21, "ceo"), t) == []
    (c,) = checks.restated(said("4.6", "18", 11, "cfo") + said("4.8", "18", 21, "ceo"), t)
    assert c.severity is Severity.WARNING
    (c,) = checks.restated(said("4.6", "18", 11, "cfo") + said("4.8", None, 21, "ceo"), t)
    assert c.severity is Severity.WARNING


def test_the_same_recalled_outlook_twice_is_one_finding():
    g1 = fact("eps", None, low="0.55", high="0.60", kind=FactKind.PRIOR_GUIDANCE, line=5)
    g2 = fact("eps", None, low="0.55", high="0.60", kind=FactKind.PRIOR_GUIDANCE, line=50)
    a = fact("eps", "0.58", line=6)
    (c,) = checks.against_prior_guidance([g1, g2, a])
    assert c.lines == [5, 6, 50] and "inside" in c.message


def test_segments_far_above_the_total_say_nothing():
    """A "total" smaller than half its parts is another figure (a per-share amount read as revenue)."""
    segs = [fact("segment_revenue", 40_000_000, phrase="Looms revenue", line=3),
            fact("segment_revenue", 35_000_000, phrase="Yarns revenue", line=4)]
    total = fact("revenue", 4_330_000, line=5)
    assert checks.segments(segs + [total]) == []


def test_plural_and_singular_phrases_are_one_figure():
    t = call([(CFO, Section.PRESENTATION, "x"), (CEO, Section.PRESENTATION, "y")])
    facts = [fact("operating_margin", "18.5", unit="%", line=11, speaker="cfo", phrase="adjusted operating margin"),
             fact("operating_margin", "18.5", unit="%", line=21, speaker="ceo", phrase="adjusted operating margins"),
             fact("operating_margin", "18.1", unit="%", line=22, speaker="ceo", phrase="adjusted operating margins")]
    facts = [f.model_copy(update={"sentence": f"Margin was {f.value}% on line {f.line}."}) for f in facts]
    assert checks.restated(facts, t) == []


def test_compare_says_when_periods_are_unknown():
    from ecta.report.compare import compare
    from ecta.report.models import Report

    t = call([(CFO, Section.PRESENTATION, "x")])
    unknown = t.meta.model_copy(update={"fiscal_year": None, "fiscal_quarter": None})
    c = compare(Report(meta=unknown), Report(meta=t.meta))
    assert any("unknown" in n for n in c.notes) and not any("later" in n for n in c.notes)


def test_metrics_appeared_are_figures_management_gives():
    from ecta.report.compare import compare
    from ecta.report.models import Report

    t = call([(CFO, Section.PRESENTATION, "x")])
    old = Report(meta=t.meta, facts=[fact("revenue", 1)])
    new = Report(meta=t.meta, facts=[fact("revenue", 2), fact("backlog", 5), fact("backlog", 6, line=12),
                                     fact("churn", None, direction=Direction.UP, unit=None),
                                     fact("bookings", 7, speaker="an")])
    c = compare(old, new, frozenset({"an"}))
    assert c.metrics_appeared == ["backlog"] and c.metrics_disappeared == []


def test_a_single_guided_figure_is_met_by_what_rounds_to_it():
    g = fact("operating_margin", "16", unit="%", kind=FactKind.PRIOR_GUIDANCE, p="Q4 2023", line=5, text="16%")
    a = fact("operating_margin", "15.9", unit="%", p="Q4 2023", line=6, text="15.9%")
    (c,) = checks.against_prior_guidance([g, a])
    assert "inside the prior guidance 16%" in c.message and c.severity is Severity.INFO


def test_no_verdict_on_a_figure_not_said_as_an_outlook():
    s = "Excluding the pension accrual, gross profit would have been $122.6 million."
    g = fact("gross_profit", 122.6e6, kind=FactKind.PRIOR_GUIDANCE, text="$122.6 million").model_copy(update={"sentence": s})
    a = fact("gross_profit", 105.7e6, line=9, text="$105.7 million")
    assert checks.against_prior_guidance([g, a]) == []


def test_compare_keeps_each_basis_and_drops_outlooks_it_cannot_tell_apart():
    from ecta.report.compare import compare
    from ecta.report.models import Report

    t = call([(CFO, Section.PRESENTATION, "x")])
    q1 = t.meta.model_copy(update={"fiscal_year": 2024, "fiscal_quarter": 1})
    q2 = t.meta.model_copy(update={"fiscal_year": 2024, "fiscal_quarter": 2})
    old = Report(meta=q1, facts=[
        fact("eps", None, low="0.50", high="0.55", kind=FactKind.GUIDANCE, p="Q2 2024", basis=Basis.GAAP, line=3),
        fact("eps", None, low="0.70", high="0.75", kind=FactKind.GUIDANCE, p="Q2 2024", basis=Basis.NON_GAAP, line=4),
        # Two revenue outlooks for one quarter with nothing to tell them apart (a large segment read as the
        # total); one under half of the other would be a part of it.
        fact("revenue", None, low=80e6, high=82e6, kind=FactKind.GUIDANCE, p="Q2 2024", line=5),
        fact("revenue", None, low=50e6, high=51e6, kind=FactKind.GUIDANCE, p="Q2 2024", line=6)])
    new = Report(meta=q2, facts=[
        fact("eps", "0.52", p="Q2 2024", basis=Basis.GAAP, line=7),
        fact("eps", "0.78", p="Q2 2024", basis=Basis.NON_GAAP, line=8),
        fact("revenue", 81e6, p="Q2 2024", line=9)])
    c = compare(old, new)
    got = {(o.metric, o.basis, o.outcome) for o in c.outcomes}
    assert got == {("eps", "GAAP", "met"), ("eps", "non-GAAP", "beat")}


@pytest.mark.parametrize("sentence,moved,severity", [
    ("Gross margin was 42.3%, up 120 basis points from 41.1% a year ago.", ("120", Direction.UP), Severity.VERIFIED),
    ("Gross margin was 40.1%, down 100 basis points from 41.1% a year ago.", ("100", Direction.DOWN), Severity.VERIFIED),
    ("Gross margin was 42.3%, up 150 basis points from 41.1% a year ago.", ("150", Direction.UP), Severity.WARNING),
])
def test_a_margin_move_in_basis_points_against_the_levels(sentence, moved, severity):
    texts = re.findall(r"\d+\.\d%", sentence)
    a = fact("gross_margin", texts[0][:-1], unit="%", p="Q4 2023", text=texts[0])
    b = fact("gross_margin", texts[1][:-1], unit="%", p="Q4 2022", text=texts[1])
    g = fact("gross_margin", moved[0], unit="bps", p="Q4 2023", change=Change.YOY, direction=moved[1], text=f"{moved[0]} basis points")
    (c,) = checks.growth([f.model_copy(update={"sentence": sentence}) for f in (a, b, g)])
    assert c.severity is severity


def test_tone_leaves_out_the_safe_harbour_and_greetings():
    from ecta.report.tone import count

    lists = {c: frozenset() for c in ("positive", "negative", "uncertainty", "litigious", "constraining", "strong_modal", "weak_modal")}
    lists = {**lists, "positive": frozenset({"good", "great", "strong"}), "uncertainty": frozenset({"risks", "uncertainties", "may"})}
    text = ("Good morning, everyone. Statements on this call are forward-looking statements and involve risks and uncertainties; "
            "actual results may differ. Great question. Demand was strong.")
    c = count(text, lists)
    assert (c.positive, c.uncertainty) == (1, 0) and c.words == 4  # everyone, demand, was, strong


def test_tone_leaves_out_procedure_and_closed_deals():
    """"As you may recall", "closing remarks" and a deal "closed" are no negative tone; a plant closed still is."""
    from ecta.report.tone import count

    lists = {c: frozenset() for c in ("positive", "negative", "uncertainty", "litigious", "constraining", "strong_modal", "weak_modal")}
    lists = {**lists, "negative": frozenset({"recall", "closed", "closing"})}
    text = ("As you may recall, we closed the acquisition of Tarnbury in May and closed 12 tuck-in deals in the year. "
            "In my closing remarks I will come back to the two plants we closed.")
    assert count(text, lists).negative == 1


def test_an_outlook_for_a_year_long_gone_is_not_in_the_table():
    old = fact("units", 60, unit="count", kind=FactKind.GUIDANCE, p="FY1980")
    recent = fact("revenue", 80e6, kind=FactKind.GUIDANCE, p="FY2022").model_copy(
        update={"sentence": "Our outlook for 2022 was revenue of about $80 million."})
    rows = guidance.table([old, recent], call_period=(2023, 4))
    assert [r.period for r in rows] == ["FY2022"] and rows[0].kind == "prior_guidance"


def test_compare_a_single_guided_figure_is_met_by_what_rounds_to_it():
    from ecta.report.compare import compare
    from ecta.report.models import Report

    t = call([(CFO, Section.PRESENTATION, "x")])
    q3 = t.meta.model_copy(update={"fiscal_year": 2024, "fiscal_quarter": 3})
    q4 = t.meta.model_copy(update={"fiscal_year": 2024, "fiscal_quarter": 4})
    old = Report(meta=q3, facts=[fact("operating_margin", "16", unit="%", kind=FactKind.GUIDANCE, p="Q4 2024", text="16%")])
    for actual, outcome in (("15.9", "met"), ("15.4", "missed"), ("16.6", "beat")):
        new = Report(meta=q4, facts=[fact("operating_margin", actual, unit="%", p="Q4 2024", text=f"{actual}%")])
        (o,) = compare(old, new).outcomes
        assert o.outcome == outcome, actual


def test_compare_holds_an_outlook_only_to_results_of_a_period_that_is_over():
    """A Q1 call cannot report the year's result: its "FY" figure is something else."""
    from ecta.report.compare import compare
    from ecta.report.models import Report

    t = call([(CFO, Section.PRESENTATION, "x")])
    q4 = t.meta.model_copy(update={"fiscal_year": 2023, "fiscal_quarter": 4})
    q1 = t.meta.model_copy(update={"fiscal_year": 2024, "fiscal_quarter": 1})
    old = Report(meta=q4, facts=[fact("gross_margin", "50", unit="%", kind=FactKind.GUIDANCE, p="FY2024", text="50%"),
                                 fact("revenue", 100e6, kind=FactKind.GUIDANCE, p="Q1 2024", text="$100 million")])
    new = Report(meta=q1, facts=[fact("gross_margin", "49", unit="%", p="FY2024", text="49%"),
                                 fact("revenue", 4e6, p="Q1 2024", text="$4 million")])
    c = compare(old, new)
    assert c.outcomes == []
    assert {(r.metric, r.outcome) for r in c.revisions} == {("gross_margin", "not_repeated")}


def test_no_verdict_on_recalled_guidance_for_a_period_not_over():
    g = fact("revenue", None, low=300e6, high=320e6, kind=FactKind.PRIOR_GUIDANCE, p="FY2024", line=5)
    a = fact("revenue", 80e6, p="FY2024", line=6)
    assert checks.against_prior_guidance([g, a], call_period=(2024, 1)) == []
    assert checks.against_prior_guidance([g, a.model_copy(update={"value": Decimal(310e6)})], call_period=(2024, 4))


def test_nothing_in_the_report_raises_on_odd_figures():
    """Zeros, negatives, empty texts, odd units and periods: the report says less, never fails."""
    from ecta.report.compare import compare
    from ecta.report.models import Report
    from ecta.report.recalled import as_reported

    odd = [fact("revenue", 0, p="Q4 2023", text=""), fact("revenue", 0, p="Q3 2023", text="0"),
           fact("revenue", 0, unit="%", p="FY2024", kind=FactKind.GUIDANCE, change=Change.YOY, text=""),
           fact("revenue", -5, unit="%", p="FY2024", kind=FactKind.GUIDANCE, change=Change.YOY, direction=Direction.DOWN),
           fact("gross_margin", 0, unit="bps", p="Q4 2023", change=Change.YOY, text="0 basis points"),
           fact("gross_margin", "0", unit="%", p="Q4 2022"), fact("gross_margin", "0", unit="%", p="Q4 2023"),
           fact("eps", None, low="-0.10", high="0", kind=FactKind.PRIOR_GUIDANCE, p="Q4 2023"),
           fact("eps", "0", kind=FactKind.PRIOR_GUIDANCE, p="Q4 2023", text="$0"),
           fact("eps", "-0.02", p="Q4 2023", text="$(0.02)"), fact("revenue", 1e6, p=None, kind=FactKind.GUIDANCE),
           fact("other", 5, unit="x", p="FY2030", kind=FactKind.TARGET, text="5x")]
    t = call([(CFO, Section.PRESENTATION, "x")])
    read, claims = as_reported(odd)
    assert isinstance(checks.run(t, read, claims), list)
    assert isinstance(guidance.table(read, call_period=(2023, 4)), list)
    c = compare(Report(meta=t.meta, facts=read), Report(meta=t.meta, facts=read))
    assert isinstance(c.outcomes, list)


CHECKS = json.loads((DATA / "report" / "check_cases.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", CHECKS, ids=[c["name"][:60] for c in CHECKS])
def test_check_cases(case):
    facts = [_fact(d) for d in case["facts"]]
    t = call([(CFO, Section.PRESENTATION, "x"), (CEO, Section.PRESENTATION, "y")])
    run = {"growth": lambda: checks.growth(facts, t), "restated": lambda: checks.restated(facts, t),
           "segments": lambda: checks.segments(facts), "against_prior_guidance": lambda: checks.against_prior_guidance(facts)}
    assert [c.severity.value for c in run[case["check"]]()] == case["expect"]


DISTANCES = json.loads((DATA / "report" / "distance_cases.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", DISTANCES, ids=[c["sentence"][:50] for c in DISTANCES])
def test_results_stated_as_a_distance_from_guidance(case):
    s = case["sentence"]
    facts = [fact(m, v, unit=u, kind=FactKind(k), text=t).model_copy(update={"sentence": s}) for m, v, u, k, t in case["facts"]]
    read, claims = as_reported(facts)
    found = [c for c in checks.run(call([(CFO, Section.PRESENTATION, s)]), read, claims) if c.name == "vs_prior_guidance"]
    for severity, words in case["checks"]:
        assert any(c.severity.value == severity and words in c.message for c in found), (severity, words, found)
    assert len(found) == 1
    rows = [r for r in guidance.table(read) if r.kind == "prior_guidance"]
    if case["row"] is None:
        assert rows == []
    else:
        (row,) = rows
        for key, value in case["row"].items():
            got = getattr(row, key)
            assert (got.value if hasattr(got, "value") else got) == value, key


def test_an_impact_measured_against_expectations_is_no_result_of_guidance():
    """"The port closures hurt our sales by about $90 million, some $35 million more than we expected": the $90 million
    is what the closures took, no level of sales; no guidance end is implied from it."""
    s = "The port closures hurt our sales by about $90 million, some $35 million more than we expected in May."
    facts = [fact(m, v, unit="USD", kind=FactKind(k), text=t).model_copy(update={"sentence": s})
             for m, v, k, t in (("revenue", "90000000", "actual", "$90 million"),
                                ("revenue", "35000000", "prior_guidance", "$35 million"))]
    read, claims = as_reported(facts)
    assert not [c for c in checks.run(call([(CFO, Section.PRESENTATION, s)]), read, claims) if c.name == "vs_prior_guidance"]


COMPARES = json.loads((DATA / "report" / "compare_cases.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", COMPARES, ids=[c["name"][:60] for c in COMPARES])
def test_compare_cases(case):
    from ecta.report.compare import compare
    from ecta.report.models import Report

    meta = call([(CFO, Section.PRESENTATION, "x")]).meta

    def report(side: dict) -> Report:
        fy, q = side["period"]
        return Report(meta=meta.model_copy(update={"fiscal_year": fy, "fiscal_quarter": q}),
                      facts=[_fact(d) for d in side["facts"]])

    c = compare(report(case["old"]), report(case["new"]))
    assert [[o.metric, o.period, o.outcome] for o in c.outcomes] == case["outcomes"]
    assert [[o.metric, o.period, o.outcome] for o in c.revisions] == case["revisions"]
    if "texts" in case:
        assert [[o.guided, o.actual] for o in c.outcomes + c.revisions] == case["texts"]
    if "positions" in case:
        assert [[o.position, o.cost] for o in c.outcomes] == case["positions"]
    if "no_result" in case:
        assert [[o.metric, o.period, o.outcome, o.new_lines] for o in c.no_result] == case["no_result"]
    if "appeared" in case:
        assert c.metrics_appeared == case["appeared"] and c.metrics_disappeared == case["disappeared"]


def test_a_qa_without_answers_told_apart_is_said_so():
    """A source that runs each question and its answer into one turn under the analyst's name: the report
    says the Q&A measures and the analysts' tone cannot be read."""
    from ecta.report import analyze

    t = call([(CFO, Section.PRESENTATION, "Revenue was $10 million."),
              (ANALYST, Section.QA, "What about margins? Margins were 40%, up from 38%.")])
    t = t.model_copy(update={"warnings": ["the source names no speakers"]})
    notes = analyze(t).notes
    assert any(n.startswith("Q&A: no answer is told apart") for n in notes)
    assert "source: the source names no speakers" in notes
    answered = call([(CFO, Section.PRESENTATION, "x"), (ANALYST, Section.QA, "What about margins?"),
                     (CFO, Section.QA, "Margins were 40%.")])
    assert not any(n.startswith("Q&A:") for n in analyze(answered).notes)


def test_a_dividend_proposed_for_the_year_just_over_is_no_recalled_guidance():
    """A year-end call proposes the year's dividend after the year closes; EPS guided for that year is recalled."""
    div = fact("dividend", "0.70", p="FY2023", kind=FactKind.GUIDANCE, text="70 cents")
    eps = fact("eps", "2.10", p="FY2023", kind=FactKind.GUIDANCE, text="$2.10").model_copy(
        update={"sentence": "Our guidance for 2023 was EPS of about $2.10."})
    kinds = [f.kind for f in guidance.as_of([div, eps], (2023, 5))]
    assert kinds == [FactKind.GUIDANCE, FactKind.PRIOR_GUIDANCE]


TONES = json.loads((DATA / "report" / "tone_cases.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", TONES, ids=[c["name"][:60] for c in TONES])
def test_tone_nets_on_few_words_are_not_read(case):
    from ecta.report.models import ToneCounts
    from ecta.report.tone import contrast, net_text, row

    a = row("a", "first", ToneCounts(**case["first"]))
    b = row("b", "second", ToneCounts(**case["second"]))
    assert [a.readable, b.readable] == case["readable"]
    for r in (a, b):
        # The counts are kept either way; only the score is marked.
        assert net_text(r).startswith("n.s.") != r.readable
        assert (r.counts.positive, r.counts.negative) == (case[r.label]["positive"], case[r.label]["negative"])
    c = contrast(a, b)
    assert c.verdict == case["verdict"]
    assert (c.p_value < 0.05) == case["verdict"].endswith("more positive")


def test_the_report_marks_a_thin_net_and_says_when_groups_cannot_be_told_apart():
    from ecta.report import analyze
    from ecta.report.render_text import markdown

    t = call([(CFO, Section.PRESENTATION, "Demand was strong and margins improved. " * 40),
              (ANALYST, Section.QA, "Is the decline a concern?"),
              (CFO, Section.QA, "No. Orders were strong.")])
    r = analyze(t)
    roles = {x.key: x for x in r.tone.by_role}
    assert roles["corporate"].readable and not roles["analyst"].readable
    md = markdown(r)
    assert "| analyst | 5 | n.s. (0+/" in md
    assert "management vs analyst: too few words to read" in md


def test_a_tone_shift_on_a_thin_net_is_not_read():
    from ecta.report.compare import compare
    from ecta.report.models import Report, Tone, ToneCounts
    from ecta.report.render_text import comparison_markdown
    from ecta.report.tone import row

    meta = call([(CFO, Section.PRESENTATION, "x")]).meta

    def report(counts: ToneCounts) -> Report:
        return Report(meta=meta, tone=Tone(by_section=[row("qa", "Q&A", counts)]))

    thick = ToneCounts(words=3000, positive=40, negative=20)
    c = compare(report(thick), report(ToneCounts(words=200, positive=0, negative=3)))
    assert (c.tone[0].old_readable, c.tone[0].new_readable) == (True, False)
    assert "| Q&A | +0.33 | n.s. | n.s. |" in comparison_markdown(c)
    c = compare(report(thick), report(ToneCounts(words=2500, positive=10, negative=30)))
    assert "| Q&A | +0.33 | -0.50 | -0.83 |" in comparison_markdown(c)


@pytest.mark.parametrize("sentence, bases", [
    ("GAAP and non-GAAP gross margins should come in at 61.4% and 63%, respectively, plus or minus 40 basis points.",
     ["GAAP", "non-GAAP"]),
    ("Reported and adjusted operating expenses should be about $2.1 billion and $1.6 billion respectively.",
     ["GAAP", "adjusted"]),
    # No "respectively": which figure is which, the words do not say; the bases stay as read.
    ("GAAP and non-GAAP gross margins should both be near 61.4% and 63%.", ["non-GAAP", "non-GAAP"]),
])
def test_respectively_gives_each_figure_its_basis(sentence, bases):
    """Facts read one basis for a sentence pairing two: "GAAP and non-GAAP ... A and B, respectively" makes A the GAAP
    figure, so the guidance table sets each against the actual of its own basis."""
    from ecta.report.recalled import respectively

    metric = "operating_expenses" if "expenses" in sentence else "gross_margin"
    texts = re.findall(r"\$?\d[\d.]*(?:%| billion)", sentence)[:2]
    facts = [fact(metric, "1", unit="%" if t.endswith("%") else "USD", p="Q3 2033", kind=FactKind.GUIDANCE, text=t,
                  basis=Basis.NON_GAAP).model_copy(update={"sentence": sentence}) for t in texts]
    assert [f.basis.value for f in respectively(facts)] == bases


def test_an_outlook_on_a_basis_is_not_set_against_one_of_two_figures_without_one():
    """"Gap gross margins were 58.3%, and non-gap gross margins were 59.1%" read with no basis: a non-GAAP outlook
    cannot tell which is its own, so no reference is shown."""
    s = "Gap gross margins were 71.1%, and non-gap gross margins were 72.4%."
    actuals = [fact("gross_margin", v, unit="%", p="Q2 2033", text=t, line=5).model_copy(update={"sentence": s})
               for v, t in (("71.1", "71.1%"), ("72.4", "72.4%"))]
    outlook = fact("gross_margin", "72", unit="%", p="Q3 2033", kind=FactKind.GUIDANCE, text="72%", basis=Basis.NON_GAAP, line=9)
    (row,) = guidance.table(actuals + [outlook])
    assert row.reference is None
    plain = outlook.model_copy(update={"basis": None})
    (row,) = guidance.table(actuals[:1] + [plain])
    assert row.reference == "Q2 2033: 71.1%"


@pytest.mark.parametrize("answer, partial", [
    ("It's hard to predict the exact timing. We expect about $40 million of savings next year, most of it in the second half.", True),
    ("It's hard to predict the exact timing. We'll see how the year develops and update you as we go.", False),
])
def test_an_inability_hedge_in_an_answer_that_gives_figures_is_partial(answer, partial):
    """"Hard to predict the exact impact" in an answer that goes on to put figures on it is a hedge, not a non-answer."""
    from ecta.report.qa import non_answers

    t = call([(CFO, Section.PRESENTATION, "x"), (ANALYST, Section.QA, "What about the savings?"), (CFO, Section.QA, answer)])
    (na,) = non_answers(t.turns[2])
    assert na.kind == "inability" and na.partial is partial


def test_growth_inside_only_a_wide_rounding_span_is_undecided_not_verified():
    """$0.27 against $0.23 gives 17.4%, and anything from 12.8% to 22.2% as rounded: a stated 14% is not contradicted,
    nor shown; a stated 17% is."""
    def found(rate: str):
        s = f"Earnings per share came to $0.27 against $0.23 a year earlier, a rise of {rate}%."
        facts = [fact("eps", "0.27", p="Q2 2034", text="$0.27"), fact("eps", "0.23", p="Q2 2033", text="$0.23"),
                 fact("eps", rate, unit="%", p="Q2 2034", change=Change.YOY, text=f"{rate}%")]
        (c,) = checks.growth([f.model_copy(update={"sentence": s}) for f in facts])
        return c

    coarse = found("14")
    assert coarse.severity is Severity.UNDECIDED and "too coarse" in coarse.message
    assert found("17").severity is Severity.VERIFIED


def test_a_step_is_not_a_level_a_growth_is_checked_against():
    """A dividend raise read as the quarter's EPS would "verify" a growth rate it has nothing to do with."""
    s = "The $0.30 per share increase in the dividend matches our earnings growth of 20%."
    facts = [fact("eps", "0.30", p="Q2 2034", text="$0.30"), fact("eps", "0.25", p="Q2 2033", line=4, text="$0.25"),
             fact("eps", "20", unit="%", p="Q2 2034", change=Change.YOY, text="20%")]
    assert checks.growth([f.model_copy(update={"sentence": s}) if f.line == 10 else f for f in facts]) == []


def test_compare_planned_spending_off_its_outlook_is_no_beat_or_miss():
    """Capital spending over plan is no beat, and under it no miss; revenue beside it still beats."""
    from ecta.report.compare import compare
    from ecta.report.models import Report

    t = call([(CFO, Section.PRESENTATION, "x")])
    q3 = t.meta.model_copy(update={"fiscal_year": 2031, "fiscal_quarter": 3})
    q4 = t.meta.model_copy(update={"fiscal_year": 2031, "fiscal_quarter": 4})
    old = Report(meta=q3, facts=[
        fact("capex", 90_000_000, kind=FactKind.GUIDANCE, p="FY2031", text="$90 million", line=4)
        .model_copy(update={"sentence": "Our capital spending plan for the year is about $90 million."}),
        fact("revenue", low=400_000_000, high=410_000_000, kind=FactKind.GUIDANCE, p="FY2031", text="$400 million to $410 million", line=5)
        .model_copy(update={"sentence": "We expect revenue for the year of $400 million to $410 million."})])
    new = Report(meta=q4, facts=[fact("capex", 81_000_000, p="FY2031", text="$81 million", line=7),
                                 fact("revenue", 415_000_000, p="FY2031", text="$415 million", line=8)])
    got = {o.metric: (o.outcome, o.position) for o in compare(old, new).outcomes}
    assert got == {"capex": ("outside", "below"), "revenue": ("beat", "above")}


def test_compare_holds_no_outlook_to_what_a_cause_adds():
    """"Currency should lift sales growth by about 2 points" is no growth outlook to hold the next call to."""
    from ecta.report.compare import compare
    from ecta.report.models import Report

    t = call([(CFO, Section.PRESENTATION, "x")])
    q3 = t.meta.model_copy(update={"fiscal_year": 2031, "fiscal_quarter": 3})
    q4 = t.meta.model_copy(update={"fiscal_year": 2031, "fiscal_quarter": 4})
    s = "We expect currency to lift fourth quarter sales growth by about 2 points."
    old = Report(meta=q3, facts=[fact("revenue", "2", unit="%", change=Change.YOY, kind=FactKind.GUIDANCE, p="Q4 2031",
                                      text="about 2 points", line=4).model_copy(update={"sentence": s})])
    new = Report(meta=q4, facts=[fact("revenue", "9", unit="%", change=Change.YOY, p="Q4 2031", text="9%", line=7)
                                 .model_copy(update={"sentence": "Fourth quarter sales grew 9% from a year ago."})])
    c = compare(old, new)
    assert not c.outcomes and not c.revisions and not c.no_result


def test_a_margin_move_said_in_points_is_written_in_points():
    """"Up 1.5 percentage points" is kept by the facts as 1.5 (%): the check writes what was said, not "1.5%"."""
    s = "Gross margin rose 1.5 percentage points to 41.5% from 40% a year ago."
    facts = [fact("gross_margin", "41.5", unit="%", p="Q2 2025", text="41.5%", line=3),
             fact("gross_margin", "40", unit="%", p="Q2 2024", text="40%", line=3),
             fact("gross_margin", "1.5", unit="%", p="Q2 2025", change=Change.YOY, text="1.5 percentage points", line=3)]
    (c,) = checks.growth([f.model_copy(update={"sentence": s}) for f in facts])
    assert c.severity is Severity.VERIFIED and "stated as 1.5 points" in c.message


def test_a_result_the_call_says_missed_a_single_guided_figure_is_below_it():
    """A single guided figure stands for what rounds to it ("22%" is met by 21.7%), unless the call says the result
    landed off it ("21.7%, 30 basis points short of our 22% target"): then it is below, as said."""
    g = fact("operating_margin", "22", unit="%", p="Q4 2025", kind=FactKind.PRIOR_GUIDANCE, text="22%", line=81).model_copy(
        update={"sentence": "We are managing within the 22% operating margin guidance we gave."})

    def verdict(said: str):
        a = fact("operating_margin", "21.7", unit="%", p="Q4 2025", text="21.7%", line=19).model_copy(update={"sentence": said})
        (c,) = checks.against_prior_guidance([g, a])
        return c.severity, c.message

    sev, message = verdict("Operating margin came in at 21.7%, 30 basis points short of our 22% target.")
    assert sev is Severity.WARNING and "is below" in message
    sev, message = verdict("Operating margin was 21.7% in the quarter.")
    assert sev is Severity.INFO and "is inside" in message


@pytest.mark.parametrize("total, part", [(81_200_000, "(a part: under half the revenue of $81.2 million)"), (None, None)])
def test_a_nameless_segment_placed_against_guidance_says_it_is_a_part(total, part):
    """"Next, Harbour. Revenue was $31.4 million, ahead of expectations" beside the quarter's $81.2 million: the
    finding must not read as the company's revenue."""
    s = "Revenue was $31.4 million and grew 12%, ahead of expectations, driven by our kiosk business."
    f = fact("revenue", 31_400_000, kind=FactKind.PRIOR_GUIDANCE, text="$31.4 million").model_copy(update={"sentence": s})
    said = [fact("revenue", total, text="$81.2 million", line=4)] if total else []
    read, claims = as_reported([f] + said)
    (c,) = [c for c in checks.run(call([(CFO, Section.PRESENTATION, s)]), read, claims) if c.name == "vs_prior_guidance"]
    assert c.severity is Severity.UNDECIDED and "$31.4 million" in c.message
    assert (part in c.message) if part else "a part" not in c.message


def test_a_qa_table_of_long_names_keeps_every_word_whole_at_80_columns():
    """Seven columns at 80 characters whose longest words need more than two spaces between cells allow: the cells
    close up to one space rather than fold a name ("Representati" over "ve")."""
    import io

    from rich.console import Console

    from ecta.report import render_text
    from ecta.report.models import ExchangeReview, Report

    r = Report(meta=call([(CFO, Section.PRESENTATION, "x")]).meta)
    r.qa = [ExchangeReview(exchange=i, analyst=name, firm=firm, topics=["competition", "supply chain", "regions"],
                           answered_by=[who], question_words=193, answer_words=1187, directness=0.19,
                           line_start=140 + 10 * i, line_end=141 + 10 * i)
            for i, (name, firm, who) in enumerate([("Rosalind Whitcombe", "Oppenheimer", "Unidentified Company Representative"),
                                                   ("Tobias Kettleworth", "Harbourline Partners", "Marguerite Okonkwo-Baptiste")])]
    out = io.StringIO()
    Console(file=out, width=80).print(render_text.terminal(r))
    shown = out.getvalue()
    assert all(len(line) <= 80 for line in shown.splitlines())
    words = shown.split()
    for word in ("Representative", "(Oppenheimer)", "Okonkwo-Baptiste", "competition,", "Kettleworth", "193/1187", "L150-151"):
        assert word in words, word


@pytest.mark.parametrize("said, outcome", [
    ("We are reiterating the full-year guidance we gave in February.", "reaffirmed"),
    ("Our outlook for the year remains unchanged.", "reaffirmed"),
    ("We remain excited about the year ahead.", "not_repeated"),
    ("We are reaffirming our capital expenditures outlook of about $80 million.", "not_repeated"),
])
def test_an_outlook_the_new_call_keeps_in_words_only_is_reaffirmed_with_no_figure(said, outcome):
    from ecta.report.compare import KEPT_IN_WORDS, compare
    from ecta.report.models import Report

    old_call = call([(CFO, Section.PRESENTATION, "x")])
    g = fact("revenue", None, low=410e6, high=430e6, p="FY2031", kind=FactKind.GUIDANCE, line=40,
             text="$410 million to $430 million").model_copy(update={"sentence": "We expect revenue of $410 million to $430 million in 2031."})
    old = Report(meta=old_call.meta.model_copy(update={"fiscal_year": 2031, "fiscal_quarter": 1}), facts=[g])
    new_call = call([(CFO, Section.PRESENTATION, said), (ANALYST, Section.QA, "Are you reiterating the outlook?")])
    new = Report(meta=new_call.meta.model_copy(update={"fiscal_year": 2031, "fiscal_quarter": 2}), facts=[])
    (r,) = compare(old, new, new_call=new_call).revisions
    assert r.outcome == outcome
    assert (r.actual == KEPT_IN_WORDS and r.new_lines == [11]) if outcome == "reaffirmed" else r.actual is None
