"""Data-driven fact cases: tests/data/facts/<phenomenon>.json, one sentence + call context + expected facts.

Each expected fact lists only the fields that matter; some extracted fact must match all of them.
`count` (optional) pins the number of facts. A case with `xfail` is a known failure, kept visible.
A context may hold the analyst's `question` the sentence answers, the call's opening basis `statement`
(read for its basis and scope in place of `basis` / `basis_scope`), and the `grain` the call reports over ("H1", "YTD"
or "FY": `Context.grain`).
A case with `"paragraph": true` holds several sentences read in order with one paragraph state, for what
one sentence carries to the next (a metric or basis named only in an earlier sentence).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from ecta.facts import Context, extract_sentence
from ecta.facts import periods as P
from ecta.facts.context import call_level_statement
from ecta.facts.extract import question_outlook
from ecta.facts.sentences import split_sentences
from ecta.facts.state import State
from ecta.facts.taxonomy import PNL_METRICS, segment_names
from ecta.model import Basis, Fact, Role

DATA = Path(__file__).parent / "data" / "facts"


def _cases() -> list:
    params = []
    for path in sorted(DATA.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for case in doc["cases"]:
            marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
            params.append(pytest.param(case, id=f"{doc['phenomenon']}-{case['id']}", marks=marks))
    return params


def _context(raw: dict) -> Context:
    ctx = Context(
        fiscal_year=raw.get("fiscal_year"), fiscal_quarter=raw.get("fiscal_quarter"), fiscal_half=raw.get("fiscal_half"),
        role=Role(raw.get("role", "corporate")), basis=Basis(raw["basis"]) if raw.get("basis") else None,
        currency=raw.get("currency", "USD"), quarter_end=raw.get("quarter_end"), call_month=raw.get("call_month"), call_day=raw.get("call_day"), call_year=raw.get("call_year"), basis_scope=frozenset(raw["basis_scope"]) if raw.get("basis_scope") else None,
        segments=segment_names(f"{name} revenue" for name in raw["segments"]) if raw.get("segments") else None,
    )
    if raw.get("grain"):  # the span the call reports over (Context.grain): "H1", "YTD" or "FY" of its fiscal year
        fy = raw["fiscal_year"]
        ctx.grain = {"H1": P.label(fy, half=1), "YTD": P.label(fy, 3, ytd=True), "FY": P.label(fy)}[raw["grain"]]
    if raw.get("statement"):  # the call's opening basis statement, read as extract_facts reads it
        found = call_level_statement([raw["statement"]])
        ctx.basis, ctx.basis_scope = found if found else (None, None)
    if raw.get("speaker"):  # an unnamed voice ("unknown-speaker") is read more warily than a named one
        ctx.speaker = raw["speaker"]
    if raw.get("question"):  # the analyst's question this sentence answers
        ctx.question = raw["question"]
        ctx.asked_outlook, ctx.asked_period, ctx.asked_metric = question_outlook(raw["question"], ctx)
    return ctx


def _field(f: Fact, name: str):
    v = getattr(f, name)
    if name == "period":
        return v.label if v else None
    if hasattr(v, "value") and not isinstance(v, Decimal):
        return v.value
    return v


def _matches(f: Fact, want: dict) -> bool:
    for k, v in want.items():
        got = _field(f, k)
        if k in ("value", "low", "high"):
            if (got is None) != (v is None) or (v is not None and Decimal(v) != got):
                return False
        elif got != v:
            return False
    return True


@pytest.mark.parametrize("case", _cases())
def test_fact_case(case: dict) -> None:
    ctx = _context(case["context"])
    if case.get("paragraph"):
        state = State()
        facts = [f for _, s in split_sentences(case["sentence"]) for f in extract_sentence(s, ctx, state=state)]
    else:
        facts = extract_sentence(case["sentence"], ctx)
    shown = [{k: _field(f, k) for k in ("metric", "value", "low", "high", "unit", "change", "period", "kind", "basis", "text")}
             for f in facts]
    for want in case["expect"]:
        assert any(_matches(f, want) for f in facts), f"no fact matches {want}; got {shown}"
    if "count" in case:
        assert len(facts) == case["count"], shown


def test_case_files_cover_the_phenomena() -> None:
    names = {json.loads(p.read_text(encoding="utf-8"))["phenomenon"] for p in DATA.glob("*.json")}
    assert {"scales", "ranges", "negatives", "periods", "kinds", "basis", "currencies", "non_facts", "changes",
            "qualitative"} <= names
    assert sum(len(json.loads(p.read_text(encoding="utf-8"))["cases"]) for p in DATA.glob("*.json")) >= 150


@pytest.mark.parametrize(
    ("statement", "basis", "covers", "not_covers"),
    [
        ("Except where we say otherwise, every figure we discuss today is non-GAAP.", "non-GAAP", "revenue", None),
        ("Unless stated otherwise, all margins and earnings figures we mention today are on an adjusted basis.",
         "adjusted", "operating_margin", "revenue"),
        ("All numbers discussed today are non-GAAP unless otherwise noted.", "non-GAAP", "eps", None),
        ("Our cost figures are adjusted, and reconciliations are in the release.", "adjusted", "operating_expenses", "revenue"),
        ("As a reminder, EBITDA and margin figures are adjusted.", "adjusted", "ebitda_margin", "revenue"),
        ("Margins are non-GAAP unless we say otherwise.", "non-GAAP", "gross_margin", "eps"),
        ("Unless we say otherwise, margins and earnings are adjusted.", "adjusted", "eps", "operating_expenses"),
        ("Unless noted, the earnings figures we give this morning are core earnings, a non-GAAP measure that leaves out "
         "one-off items.", "non-GAAP", "eps", "revenue"),
        ("Our unit cost metrics, including cash costs per tonne and sustaining costs, are non-GAAP measures.",
         "non-GAAP", "operating_expenses", "eps"),
        ("Unless we say otherwise, the per-share earnings figures in today's remarks are adjusted.", "adjusted", "eps",
         "operating_income"),
        ("Unless we say otherwise, the EBITDA figures we discuss are adjusted.", "adjusted", "ebitda_margin", "revenue"),
        ("Unless we say otherwise, EBITDA and EBITDA margin figures today are before special items, and growth rates "
         "compare with the second quarter of 2024.", "adjusted", "ebitda_margin", "revenue"),
        ("All amounts are in New Zealand dollars, and unless we say otherwise, EBIT and NPAT figures are before significant "
         "items.", "adjusted", "net_income", "revenue"),
        ("As a reminder, EBITDA and free cash flow figures are adjusted.", "adjusted", "free_cash_flow", "revenue"),
        ("Unless we say otherwise, the EBITDA, EBITDA margin and per-share earnings figures we cover this morning are "
         "adjusted, and the bridges to GAAP begin on slide 14.", "adjusted", "ebitda_margin", "gross_margin"),
        ("Unless we say otherwise, the EBITA, EBITA margin and earnings per share figures on this call are adjusted, "
         "which means they leave out integration costs.", "adjusted", "margin", "revenue"),
        ("Unless we say otherwise, the gross margin, operating expense, operating margin, tax rate and earnings per share "
         "figures we discuss today are non-GAAP.", "non-GAAP", "tax_rate", "revenue"),
        ("Unless we say otherwise, the gross margin, operating income and earnings per share figures on this call are "
         "underlying, which means they leave out one-off items.", "adjusted", "gross_margin", "revenue"),
        ("Unless we say otherwise, sales growth is at constant exchange rates, and operating income, margin and earnings "
         "per share figures are core, which leaves out amortization.", "adjusted", "operating_margin", "revenue"),
        ("When we say EBITDA this morning, we mean adjusted EBITDA, and the reconciliation is in the release.", "adjusted",
         "ebitda_margin", "eps"),
        ("When we refer to operating margin or EPS today, we are referring to non-GAAP operating margin and EPS.", "non-GAAP",
         "eps", "revenue"),
        ("In reviewing our results, we will be presenting adjusted EBITDA, net earnings and EPS, which leave out "
         "restructuring costs.", "adjusted", "ebitda", "gross_margin"),
        ("When we go through the results of our business, we will be giving adjusted earnings before interest, taxes, depreciation and "
         "amortization and per-share amounts that exclude pension settlement costs.", "adjusted", "ebitda", "operating_expenses"),
        ("In going over our results, we will be covering adjusted earnings before interest, taxes, depreciation and "
         "amortization, bottom-line net income and per-share earnings, all leaving out pension settlement charges.",
         "adjusted", "ebitda", "gross_margin"),
        ("In going over our results, we will be giving adjusted EBITDA, net income and EPS amounts that leave out "
         "store closing costs.", "adjusted", "net_income", "revenue"),
        ("In going over our results, we will be giving adjusted EBITDA, net income and EPS amounts that leave out "
         "store closing costs.", "adjusted", "eps", "operating_expenses"),
        ("Today we will speak mostly to non-GAAP financial measures, other than sales, gross margin and the "
         "segments' results, all of which are on a GAAP basis.", "non-GAAP", "operating_income", "revenue"),
        ("Today we will speak mostly to non-GAAP financial measures, other than sales, gross margin and the "
         "segments' results, all of which are on a GAAP basis.", "non-GAAP", "net_income", "gross_margin"),
        ("Every figure in these remarks is non-GAAP, except for sales.", "non-GAAP", "eps", "revenue"),
        ("Unless we say otherwise, the net profit, net margin and per-share earnings figures we give are adjusted.",
         "adjusted", "net_income", "gross_margin"),
        ("Unless we say otherwise, the net profit, net margin and per-share earnings figures we give are adjusted.",
         "adjusted", "margin", "operating_income"),
    ],
    ids=["every-figure", "margins-and-earnings-only", "all-numbers", "cost-figures", "ebitda-and-margins",
         "margins-only", "unless-we-say-otherwise", "named-measure-after-comma", "our-cost-metrics",
         "per-share-earnings-only", "ebitda-and-its-margin", "before-special-items", "before-significant-items-npat",
         "ebitda-and-free-cash-flow", "named-margin-only-slide-number", "on-this-call", "tax-rate-and-singular-expense",
         "underlying-figures", "core-figures", "when-we-say-we-mean", "when-we-refer-to",
         "measures-listed-after-the-word", "ebitda-spelled-out-after-the-word",
         "adjusted-before-a-list-ebitda-spelled-out", "adjusted-before-a-list-net-income", "adjusted-before-a-list-not-costs",
         "non-gaap-except-listed", "non-gaap-except-gross-margin", "every-figure-except-sales",
         "net-margin-not-gross-margin", "net-profit-not-operating-income"],
)
def test_call_level_basis_statement(statement: str, basis: str, covers: str, not_covers: str | None) -> None:
    found = call_level_statement([statement])
    assert found is not None and found[0].value == basis
    scope = found[1] or PNL_METRICS
    assert covers in scope
    if not_covers:
        assert not_covers not in scope


def test_no_call_level_basis_from_a_mention_of_non_gaap_measures() -> None:
    assert call_level_statement(["We will refer to both GAAP and non-GAAP measures, and we label each one as we go."]) is None
    assert call_level_statement(["We will discuss adjusted EBITDA, which is a non-GAAP measure."]) is None
    assert call_level_statement(["Some of the figures we discuss today are non-GAAP."]) is None
    assert call_level_statement(["Our results this quarter are adjusted for the divestiture."]) is None
    assert call_level_statement(["Our results are adjusted for the sale of the coatings unit in May."]) is None
    assert call_level_statement(["The charges we booked are before special items were split out."]) is None
    assert call_level_statement(["We will also refer to non-GAAP measures such as segment margin and free cash flow, "
                                 "which are reconciled in the appendix."]) is None
