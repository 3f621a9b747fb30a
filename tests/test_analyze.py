"""End to end: `ecta analyze` and `ecta compare` on the bundled Northwind examples.

The expectations are written by reading the example texts, not by running the code."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from ecta import parse
from ecta.model import Role
from ecta.report import analyze, compare_calls
from ecta.report.models import Report
from ecta.report.render_html import html
from ecta.report.render_text import markdown

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
Q4 = EXAMPLES / "northwind-q4-2024.md"
Q1 = EXAMPLES / "northwind-q1-2025.md"


@pytest.fixture(scope="module")
def q4():
    t = parse(Q4)
    return t, analyze(t)


def _numbers(text: str) -> set[Decimal]:
    """Every figure in a line of text, as written ("$1.66 billion" -> 1.66, "0.6" -> 0.6)."""
    return {Decimal(n.replace(",", "")).normalize() for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


def _source_numbers(lines: list[str], cited: list[int]) -> set[Decimal]:
    found: set[Decimal] = set()
    for n in cited:
        found |= _numbers(lines[n - 1])
    return found


def test_summary_numbers_appear_in_the_lines_they_cite(q4):
    t, report = q4
    lines = Q4.read_text(encoding="utf-8").splitlines()
    assert report.summary
    for bullet in report.summary:
        assert bullet.lines, bullet.text
        # Years and quarter numbers come from the call's period, not a figure.
        figures = {n for n in _numbers(bullet.text) if not (n >= 1990 and n == n.to_integral()) and n not in (1, 2, 3, 4)}
        missing = figures - _source_numbers(lines, bullet.lines)
        assert not missing, (bullet.text, bullet.lines, missing)


def test_the_headline_names_the_company_as_it_is_written(q4):
    t, report = q4
    assert t.meta.company and "," in t.meta.company  # a legal suffix after a comma: "... Fabrics, Inc."
    headline = next(b.text for b in report.summary if b.headline)
    name = t.meta.company.split(",")[0]
    assert headline.startswith(name + " reports"), headline


def test_guidance_figures_appear_in_the_lines_they_cite(q4):
    _, report = q4
    lines = Q4.read_text(encoding="utf-8").splitlines()
    assert report.guidance
    # Figures spoken in words ("mid-teens", "half a point") have no numerals to find.
    worded = {(f.line, f.low, f.high, f.value) for f in report.facts if not re.search(r"\d", f.text)}
    for row in report.guidance:
        if any((n, row.low, row.high) in {(w[0], w[1], w[2]) for w in worded} or (n, None, None, row.low) in worded
               for n in row.lines):
            continue
        cited = _source_numbers(lines, row.lines)
        for v in (row.low, row.high):
            if v is None:
                continue
            scaled = row.unit in ("USD", "count")
            shown = v / Decimal(10) ** 6 if scaled and abs(v) >= 10 ** 6 else v
            if scaled and abs(v) >= 10 ** 9:
                shown = v / Decimal(10) ** 9
            # A decline may be spoken as a positive figure ("down 5%").
            assert abs(shown).normalize() in cited, (row.metric, row.period, v, row.lines)


def test_guidance_table_reads_like_the_call(q4):
    _, report = q4
    rows = {(r.period, r.metric, r.kind): r for r in report.guidance}
    # "For the first quarter ... revenue of $385 million to $395 million" against Q4 revenue of $412.6 million.
    rev = rows[("Q1 2025", "revenue", "guidance")]
    assert (rev.low, rev.high) == (Decimal(385_000_000), Decimal(395_000_000))
    assert rev.reference == "Q4 2024: $412.6 million"
    assert (rev.implied_change_low, rev.implied_change_high) == (-6.7, -4.3)
    # Prior guidance recalled: Q4 revenue $412.6 million against $395-405 million is above the range,
    # and a status row carries no percent change (it is not an outlook against a later actual).
    prior = rows[("Q4 2024", "revenue", "prior_guidance")]
    assert prior.status is not None and prior.status.value == "above"
    assert prior.implied_change_low is None
    # Capex for 2025 against the 2024 level stated in the same sentence.
    capex = rows[("FY2025", "capex", "guidance")]
    assert capex.reference == "FY2024: $68.3 million"
    # No duplicate rows: one row per (period, metric, kind, figures).
    keys = [(r.period, r.metric, r.kind, r.low, r.high, r.direction) for r in report.guidance]
    assert len(keys) == len(set(keys))
    # Outlook before recalled prior guidance; the coming quarter before the year.
    kinds = [r.kind for r in report.guidance]
    assert kinds.index("prior_guidance") > max(i for i, k in enumerate(kinds) if k == "guidance")
    periods = [r.period for r in report.guidance if r.kind == "guidance"]
    assert periods.index("Q1 2025") < periods.index("FY2025")


def test_no_guidance_from_analysts(q4):
    t, report = q4
    analysts = {p.id for p in t.participants if p.role is Role.ANALYST}
    analyst_lines = {turn.line_start for turn in t.turns if turn.speaker.id in analysts}
    for row in report.guidance:
        assert row.lines[0] not in analyst_lines, row


def test_checks_are_not_false_alarms(q4):
    _, report = q4
    warnings = [c for c in report.checks if c.severity.value == "warning"]
    # The example call's figures are consistent: every growth rate matches its levels.
    assert not [c for c in warnings if c.name == "growth_consistency"]
    verified = {c.name for c in report.checks if c.severity.value == "verified"}
    assert {"growth_consistency", "segments_add_up"} <= verified
    assert any(c.name == "correction" for c in report.checks)


def test_json_round_trips_into_report(q4):
    _, report = q4
    again = Report.model_validate(json.loads(report.model_dump_json()))
    assert again.guidance == report.guidance and again.checks == report.checks


def test_markdown_has_every_section(q4):
    _, report = q4
    md = markdown(report)
    for section in ("## Summary", "## Guidance", "## Checks", "## Tone", "## Q&A"):
        assert section in md


def test_html_is_self_contained_and_links_resolve(q4):
    t, report = q4
    page = html(report, t)
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page)
    assert "<svg" in page
    ids = set(re.findall(r"\bid=[\"']([^\"']+)[\"']", page))
    targets = re.findall(r"href=[\"']#([^\"']+)[\"']", page)
    assert targets
    assert not [x for x in targets if x not in ids]
    # Every extracted fact is highlighted in the transcript.
    assert sum(1 for x in ids if x.startswith("F")) >= len(report.facts) // 2
    # ... and the facts table links to each of them.
    assert {x for x in targets if x.startswith("F")} == {x for x in ids if x.startswith("F")}


def test_non_answer_flagged_with_its_quote(q4):
    _, report = q4
    quotes = [n.quote for e in report.qa for n in e.non_answers]
    assert any("break that out" in q for q in quotes)
    for e in report.qa:
        assert 0.0 <= e.directness <= 1.0
        assert e.answered_by


def test_compare_the_two_examples_as_a_reader_would():
    c = compare_calls(parse(Q4), parse(Q1))
    outcomes = {(o.metric, o.period): (o.outcome, o.actual) for o in c.outcomes}
    # Q4 call guided Q1 2025; the Q1 call reports the results.
    assert outcomes[("revenue", "Q1 2025")] == ("beat", "$398.2 million")       # $385-395 million
    assert outcomes[("gross_margin", "Q1 2025")] == ("met", "42%")              # 41.5%-42.5%
    assert outcomes[("operating_expenses", "Q1 2025")] == ("met", "$118.1 million")  # $116-119 million
    assert outcomes[("eps", "Q1 2025")] == ("beat", "$0.61")                    # $0.55-0.60
    revisions = {(o.metric, o.period): o.outcome for o in c.revisions}
    assert revisions[("revenue", "FY2025")] == "raised"      # $1.66-1.69 billion -> $1.68-1.71 billion
    assert revisions[("capex", "FY2025")] == "reaffirmed"    # "continue to expect" $55-60 million
    # Nothing in the Q1 call withdraws guidance: what it does not restate is not_repeated, never withdrawn.
    assert "withdrawn" not in revisions.values()
    assert "backlog" in c.metrics_appeared
    assert {s.scope for s in c.tone} >= {"prepared remarks", "Q&A"}


def test_compare_says_withdrawn_only_when_the_call_does():
    old = Q4.read_text(encoding="utf-8")
    new = Q1.read_text(encoding="utf-8").replace(
        "We continue to expect capital expenditures of $55 million to $60 million.",
        "Given the uncertainty, we are withdrawing our capital expenditure guidance for the year.")
    c = compare_calls(parse(old), parse(new))
    revisions = {(o.metric, o.period): o.outcome for o in c.revisions}
    assert revisions[("capex", "FY2025")] == "withdrawn"
