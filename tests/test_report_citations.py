"""Where a source's lines do not find the words, the report cites turns: a JSON export with the whole call on one line
cited every row "L1"."""

from __future__ import annotations

import json
import re

import pytest

from ecta import parse
from ecta.report import analyze
from ecta.report.render_text import markdown

from .conftest import DATA
from .test_report_pages import terminal_text

CASES = json.loads((DATA / "report" / "citation_cases.json").read_text("utf-8"))["cases"]
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


@pytest.fixture(scope="module", params=CASES, ids=lambda c: c["path"])
def called(request):
    case = request.param
    t = parse(DATA / case["path"])
    return case, t, analyze(t)


def _rows(r):
    return r.summary + r.guidance + r.checks


def test_cited_by(called) -> None:
    case, _, r = called
    assert r.cited_by.value == case["cited_by"]


def test_each_cited_turn_holds_its_line(called) -> None:
    case, t, r = called
    rows = _rows(r)
    assert rows, "the fixture gives the report something to cite"
    if case["cited_by"] == "line":
        assert all(row.turns == [] for row in rows)
        assert all(ex.turn_start is None for ex in r.qa)
        return
    for row in rows:
        assert len(row.turns) == len(row.lines), row
        for line, k in zip(row.lines, row.turns):
            assert k is not None, row
            assert any(p.line_start <= line <= p.line_end for p in t.turns[k].paragraphs), (row, k, line)
    for ex, exchange in zip(r.qa, t.exchanges):
        said = exchange.question_turns + exchange.answer_turns
        assert (ex.turn_start, ex.turn_end) == (min(said), max(said))


def test_a_bullets_figure_is_in_a_turn_it_cites(called) -> None:
    case, t, r = called
    if case["cited_by"] == "line":
        pytest.skip("cited by line")
    checked = 0
    for b in r.summary:
        figures = _FIGURE.findall(b.text.replace(",", ""))
        if figures:
            said = " ".join(t.turns[k].text.replace(",", "") for k in b.turns)
            assert any(f in said for f in figures), b
            checked += 1
    assert checked


def test_text_and_markdown_cite_the_turn(called) -> None:
    case, _, r = called
    shown = terminal_text(r) + markdown(r)
    if case["cited_by"] == "line":
        assert not re.search(r"\bT\d+\b", shown)
        return
    cited = {f"T{k}" for row in _rows(r) for k in row.turns}
    assert cited <= set(re.findall(r"\bT\d+\b", shown))
    if case["cited_by"] == "turn":
        # The one line every turn shares is not shown as if it found anything.
        assert not re.search(r"\bL\d+\b", markdown(r).split("## Tone")[0])


def test_html_links_each_cited_turn(called) -> None:
    from ecta.report.render_html import html

    case, t, r = called
    page = html(r, t)
    links = set(re.findall(r'href=["\']#(T\d+)["\']', page))
    cited = {f"T{k}" for row in _rows(r) for k in row.turns}
    if case["cited_by"] == "line":
        assert not cited
        return
    assert cited <= links
    # Every turn linked to is in the page.
    assert all(f"id='{k}'" in page for k in links)
