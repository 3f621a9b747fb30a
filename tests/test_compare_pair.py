"""`ecta compare` read end to end on two invented calls of one company, a quarter apart: the old call's outlook
met, beaten and missed by the new call's results, and its year's outlook raised, reaffirmed, withdrawn and left unsaid."""

from __future__ import annotations

from ecta.parsing import parse
from ecta.report import analyst_ids, analyze
from ecta.report.compare import compare

from .conftest import DATA


def test_a_quarters_outlook_against_the_next_calls_results_and_revisions():
    old, new = (parse(DATA / "report" / f"oakhollow_{q}_2026.txt", format="sentences") for q in ("q2", "q3"))
    c = compare(analyze(old), analyze(new), analyst_ids(old) | analyst_ids(new), new)
    assert [(o.metric, o.period, o.guided, o.actual, o.outcome, o.position) for o in c.outcomes] == [
        ("revenue", "Q3 2026", "$410 million to $420 million", "$426 million", "beat", "above"),
        ("eps", "Q3 2026", "$0.88 to $0.92", "$0.90", "met", "inside"),
        ("gross_margin", "Q3 2026", "about 47%", "45.8%", "missed", "below")]
    assert [(o.metric, o.outcome) for o in c.revisions] == [
        ("revenue", "raised"), ("capex", "reaffirmed"), ("tax_rate", "not_repeated"), ("free_cash_flow", "withdrawn")]
    assert not c.no_result
    # A sentence file marks no speakers and no sections: its words are one tone row, the whole text.
    assert [t.scope for t in c.tone] == ["whole text"]


def test_a_quarter_that_misses_its_outlook_with_a_cost_below_plan_and_the_year_lowered():
    old, new = (parse(DATA / "report" / name, format="sentences") for name in ("brackwater_q4_2025.txt", "brackwater_q1_2026.txt"))
    c = compare(analyze(old), analyze(new), analyst_ids(old) | analyst_ids(new), new)
    assert [(o.metric, o.actual, o.outcome, o.position, o.cost) for o in c.outcomes] == [
        ("revenue", "$1.12 billion", "missed", "below", False),
        ("operating_expenses", "$204 million", "beat", "below", True),
        ("eps", "$0.66", "missed", "below", False)]
    assert [(o.metric, o.period, o.outcome) for o in c.revisions] == [("eps", "FY2026", "lowered"), ("revenue", "FY2026", "reaffirmed")]


def test_a_call_of_prepared_remarks_only_gives_one_tone_row_under_both_names():
    """Named speakers, all management, no operator and no Q&A: the section's words and management's are the same words, one row."""
    def call(quarter: str, words: str) -> str:
        return (f"Dana Hale: Welcome to the Fenwick Tools {quarter} quarter 2026 call. Revenue was $120 million. {words}\n"
                "Ravi Osei: Gross margin was 41%. We expect revenue of $125 million next quarter.\n")
    old = parse(call("second", "Demand was strong and we are pleased with our excellent progress.").encode(), format="generic")
    new = parse(call("third", "Demand was weak and we face uncertain, difficult conditions.").encode(), format="generic")
    c = compare(analyze(old), analyze(new), analyst_ids(old) | analyst_ids(new), new)
    assert [t.scope for t in c.tone] == ["prepared remarks / management"]
