"""Summaries of sources whose lines do not find the words: bullets cite turns as the call report does, and the
ranker's place of a figure in the call counts sentences, so that it means what it meant on ECTSum (one sentence a
line) in every source, where a one-line export put every figure at the call's end."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from ecta import parse
from ecta.commands import app
from ecta.facts import extract_facts
from ecta.summarize import summarize
from ecta.summarize.position import Positions

from .conftest import DATA

CITED = json.loads((DATA / "report" / "citation_cases.json").read_text("utf-8"))["cases"]
PRINTED = json.loads((DATA / "summarize" / "citation_cases.json").read_text("utf-8"))["cases"]
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_PERIOD = re.compile(r"\b(?:q[1-4]|h[12]|fy\s?\d+)\b")
"""The bullet's own period ("q4" of "the fourth quarter"), no figure the turn says."""


@pytest.mark.parametrize("case", CITED, ids=lambda c: c["path"])
def test_bullets_cite_the_turns_that_say_them(case: dict) -> None:
    t = parse(DATA / case["path"])
    bullets = summarize(t).bullets
    assert bullets
    if case["cited_by"] == "line":
        assert all(b.turns == [] for b in bullets)
        return
    for b in bullets:
        assert len(b.turns) == len(b.lines) and None not in b.turns, b
        assert all(any(p.line_start <= n <= p.line_end for p in t.turns[k].paragraphs) for n, k in zip(b.lines, b.turns)), b
        said = " ".join(t.turns[k].text.replace(",", "") for k in b.turns)
        figures = _FIGURE.findall(_PERIOD.sub("", b.text.replace(",", "")))
        assert all(f in said for f in figures) if figures else re.search(r"guidance|outlook", said, re.I), b


@pytest.mark.parametrize("case", PRINTED, ids=lambda c: c["path"])
def test_summarize_prints_the_turn(case: dict) -> None:
    result = CliRunner().invoke(app, ["summarize", str(DATA / case["path"])], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == case["printed"]


@pytest.mark.parametrize("case", CITED, ids=lambda c: c["path"])
def test_a_figures_place_follows_the_call(case: dict) -> None:
    """Later turns' figures stand later in the call, and a one-line source's figures are not all in one place."""
    t = parse(DATA / case["path"])
    place = Positions(t)
    facts = sorted(extract_facts(t), key=lambda f: (f.turn, f.sentence not in t.turns[f.turn].text, t.turns[f.turn].text.find(f.sentence)))
    said = [place.of(f) for f in facts]
    assert said == sorted(said)
    assert all(0 < p <= 1 for p in said)
    assert len(set(said)) > 1


def test_one_sentence_a_line_keeps_the_line_over_the_last_line() -> None:
    """ECTSum, which the ranker was fitted on, has a sentence a line: there the place is the line over the last line."""
    t = parse(DATA / "summarize" / "larkspur_q2.txt", format="sentences")
    facts = extract_facts(t)
    assert facts
    last = t.turns[-1].line_end
    assert [Positions(t).of(f) for f in facts] == [f.line / last for f in facts]


@pytest.mark.parametrize("case", CITED, ids=lambda c: c["path"])
def test_the_facts_table_cites_turns_where_lines_do_not(case: dict) -> None:
    t = parse(DATA / case["path"])
    found = extract_facts(t)
    result = CliRunner().invoke(app, ["facts", str(DATA / case["path"])], catch_exceptions=False, env={"COLUMNS": "240"})
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith("│")]
    last = [row.rstrip("│ ").rsplit("│", 1)[-1].strip() for row in rows]
    if case["cited_by"] == "line":
        assert "Line" in result.output and last == [str(f.line) for f in found]
    elif case["cited_by"] == "turn":
        assert "Where" in result.output and last == [f"T{f.turn}" for f in found]
    else:
        assert last == [f"T{f.turn} L{f.line}" for f in found]


COMPARED = json.loads((DATA / "report" / "compare_citation_cases.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", COMPARED, ids=lambda c: c["new"])
def test_compare_cites_each_calls_turns(case: dict) -> None:
    from ecta.report import compare_calls
    from ecta.report.render_text import comparison_markdown

    old, new = parse(DATA / case["old"]), parse(DATA / case["new"])
    c = compare_calls(old, new)
    rows = [line for line in comparison_markdown(c).splitlines() if line.startswith("| Q") and " T" in line]
    assert rows == case["markdown_rows"]
    for o in c.outcomes + c.revisions + c.no_result:
        assert len(o.old_turns) == len(o.old_lines) and len(o.new_turns) == len(o.new_lines), o
        assert all(o.guided.split()[0] in old.turns[k].text for k in o.old_turns), o
    result = CliRunner().invoke(app, ["compare", str(DATA / case["old"]), str(DATA / case["new"])], catch_exceptions=False,
                                env={"COLUMNS": "240"})
    assert result.exit_code == 0, result.output
    assert re.search(r"\bmet\s+T3\s+T2\b", result.output)
    page = CliRunner().invoke(app, ["compare", str(DATA / case["old"]), str(DATA / case["new"]), "--html"], catch_exceptions=False)
    assert page.exit_code == 0, page.output
    assert "<td>T3</td><td>T2</td>" in page.output and "<td>L1</td>" not in page.output
