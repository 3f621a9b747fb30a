"""A PDF numbers its lines within each page: the report's rows cite a page beside each line (a fictional call)."""

from __future__ import annotations

import json
import re

import pytest

from ecta import parse
from ecta.report import analyze
from ecta.report.render_html import html
from ecta.report.render_text import markdown, terminal
from ecta.source import Source

from .test_ir_pdf import LOREM, _Doc, _footer_a, _running_header_a

pytest.importorskip("fpdf")


def _call() -> bytes:
    d = _Doc(_running_header_a, _footer_a)
    d.line("PRESENTATION")
    d.para("OPERATOR: Welcome to the Tarnwood Logistics Third Quarter 2025 Earnings Call. Please go ahead.")
    d.para("ELSA BRANDT: Thank you. Third quarter revenue was $812 million, up 9% from $745 million a year ago. "
           "Earnings per share were $1.14. " + LOREM)
    d.para("For the fourth quarter, we expect revenue of $830 million to $850 million. " + LOREM)
    d.page()
    # The second page's first lines carry the same numbers as the first page's: the page tells them apart.
    d.para("ELSA BRANDT: For the full year 2026, we expect adjusted EBITDA of $410 million to $430 million. "
           "Third quarter adjusted EBITDA was $96 million. " + LOREM)
    d.line("QUESTION AND ANSWER")
    d.para("OPERATOR: Our first question comes from Rui Costa with Bellhaven Capital. Your line is open.")
    d.para("RUI COSTA: Thanks. How do you think about pricing next year?")
    d.para("ELSA BRANDT: We don't guide on pricing by lane, but we expect it to hold.")
    return d.bytes()


@pytest.fixture(scope="module")
def paged():
    t = parse(Source(data=_call(), name="tarnwood.pdf"))
    return t, analyze(t)


def _said_at(t, page: int, line: int) -> str:
    """The text of the paragraphs that hold (page, line)."""
    out = []
    for turn in t.turns:
        for p in turn.paragraphs:
            if p.word_lines and p.word_pages:
                if (page, line) in set(zip(p.word_pages, p.word_lines)):
                    out.append(p.text)
            elif p.page == page and p.line_start <= line <= p.line_end:
                out.append(p.text)
    return " ".join(out)


def test_rows_carry_a_page_for_each_line(paged) -> None:
    t, r = paged
    rows = r.guidance + r.checks + r.summary
    assert rows
    for row in rows:
        assert len(row.pages) == len(row.lines) and all(row.pages), row
    ebitda = next(g for g in r.guidance if g.metric == "ebitda")
    assert ebitda.pages == [2]
    assert "$410 million" in _said_at(t, ebitda.pages[0], ebitda.lines[0])
    revenue = next(g for g in r.guidance if g.metric == "revenue")
    assert revenue.pages == [1]
    assert "$830 million" in _said_at(t, 1, revenue.lines[0])
    # Facts keep their own line within the page.
    assert all(f.line < 1000 and f.page for f in r.facts)


def test_every_format_shows_the_page(paged) -> None:
    t, r = paged
    row = next(g for g in r.guidance if g.metric == "ebitda")
    data = json.loads(r.model_dump_json())
    assert next(g for g in data["guidance"] if g["metric"] == "ebitda")["pages"] == [2]
    assert f"p2 L{row.lines[0]}" in markdown(r)
    page = html(r, t)
    assert f"href=\"#P2L{row.lines[0]}\"" in page
    # Every page link opens a place the transcript holds.
    links = re.findall(r"""href=["']#P(\d+)L(\d+)["']""", page)
    assert len(links) > len(r.guidance)
    for pg, n in links:
        assert f"id='P{pg}L{n}'" in page
    # The exchange starts on the page its question is asked on.
    (ex,) = r.qa
    assert ex.page_start == 2 and f"p2 L{ex.line_start}-" in terminal_text(r)


def test_a_source_without_pages_shows_none() -> None:
    text = ("Third quarter revenue was $812 million, up 9% from $745 million a year ago.\n"
            "For the fourth quarter, we expect revenue of $830 million to $850 million.\n")
    r = analyze(parse(text, format="sentences"))
    assert r.guidance
    assert all(row.pages == [] for row in r.guidance + r.checks + r.summary)


def terminal_text(r) -> str:
    from rich.console import Console

    console = Console(record=True, width=200)
    console.print(terminal(r))
    return console.export_text()


def test_a_statement_bullet_takes_the_page_whose_paragraph_acts_on_the_outlook() -> None:
    """Line 3 of every page may speak of an outlook; the one that raises it is the bullet's."""
    from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn
    from ecta.report.pages import statement_page

    cfo = Participant(id="cfo", name="Maren Tolle", role=Role.CORPORATE, listed=True)
    said = {2: "Our outlook for the region depends on rates, as it always has.",
            5: "Given the quarter, we raised our full-year guidance for fee income.",
            7: "The forecast for deposits is on the next slide."}
    turns = [Turn(index=i, speaker=cfo, section=Section.PRESENTATION, line_start=3, line_end=3, page=pg,
                  paragraphs=[Paragraph(text=text, line_start=3, line_end=3, page=pg)])
             for i, (pg, text) in enumerate(said.items())]
    meta = Meta(company="Fernhaven Bank", fiscal_year=2031, fiscal_quarter=2, source_format="ir-pdf", sha256="0" * 64)
    t = Transcript(meta=meta, participants=[cfo], turns=turns)
    assert statement_page(t, 3) == 5
