"""What an analyst checking every number found wrong in the report, as cases on fictional figures:
references of another kind of figure, implied levels, recalled results, corrections, restatements."""

from __future__ import annotations

import json

import pytest

from ecta.model import Basis, Change, Direction, FactKind, Section
from ecta.report import checks, guidance
from ecta.report.models import Severity
from ecta.report.recalled import as_reported

from .conftest import DATA
from .test_report import CEO, CFO, call, fact

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
    rows = guidance.table([_fact(d) for d in case["facts"]])
    if "rows" in case:
        assert len(rows) == case["rows"]
    if "row" in case:
        want = case["row"]
        row = next(r for r in rows if r.period == want["period"])
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
])
def test_corrections_are_a_speaker_fixing_their_own_words(sentence, corrects):
    t = call([(CFO, Section.QA, sentence)])
    assert bool(checks.corrections(t)) is corrects


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


def test_the_same_recalled_outlook_twice_is_one_finding():
    g1 = fact("eps", None, low="0.55", high="0.60", kind=FactKind.PRIOR_GUIDANCE, line=5)
    g2 = fact("eps", None, low="0.55", high="0.60", kind=FactKind.PRIOR_GUIDANCE, line=50)
    a = fact("eps", "0.58", line=6)
    (c,) = checks.against_prior_guidance([g1, g2, a])
    assert c.lines == [5, 6, 50] and "inside" in c.message
