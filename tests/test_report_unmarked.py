"""A source that names no speakers and marks no Q&A (a sentence file of a call's fragment): the report says so
instead of showing an empty Q&A, and the tone calls its one section what it is."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

import ecta
from ecta.report import analyze, render_text

DATA = Path(__file__).parent / "data" / "report"


def _report():
    return analyze(ecta.parse(DATA / "sentences_fragment.txt", format="sentences"))


def test_no_speakers_no_exchanges_is_said_plainly():
    r = _report()
    assert r.qa == []
    assert any(n.startswith("Q&A: the source names no speakers") for n in r.notes), r.notes


def test_the_tone_of_an_unmarked_source_is_the_whole_text_not_prepared_remarks():
    r = _report()
    assert [row.label for row in r.tone.by_section] == ["whole text"]
    assert r.tone.by_role == [] and r.tone.by_speaker == [] and r.tone.contrasts == []


def test_the_terminal_says_when_there_is_no_summary_bullet():
    r = _report()
    r.summary = []
    out = io.StringIO()
    Console(file=out, width=80).print(render_text.terminal(r))
    shown = out.getvalue()
    assert "No summary bullets." in shown and "prepared remarks" not in shown


def test_a_call_with_speakers_but_no_qa_section_says_none_was_found():
    from ecta.model import Section

    from .test_report import CFO, call

    t = call([(CFO, Section.PRESENTATION, "Revenue was $212 million, up 4%. Thank you all for joining.")])
    r = analyze(t.model_copy(update={"warnings": ["no Q&A section found"]}))
    assert r.qa == []
    assert any(n.startswith("Q&A: no question-and-answer section was found") for n in r.notes), r.notes
    assert not any(n.startswith("Q&A: no question-and-answer") for n in analyze(t).notes)


def test_the_markdown_says_when_there_is_no_exchange():
    md = render_text.markdown(_report())
    qa = md[md.index("## Q&A"):]
    assert "_No Q&A exchanges found._" in qa and "note: Q&A: the source names no speakers" in qa
