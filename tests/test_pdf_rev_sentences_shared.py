"""ir-pdf, rev-nlp and sentences over the real files in ../shared (skipped when absent).

Structure only: detection, turns and sections, roles where the layout gives them, no page
furniture in PDF speech, true line numbers. Nothing here names a company, person or figure
from those files.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

import ecta
from ecta import formats
from ecta.model import ParagraphKind, Role, Section
from ecta.source import Source

from .conftest import SHARED, shared_files

PDFS = shared_files("formats", "ir-pdf", pattern="*.pdf")
NLP = shared_files("formats", "rev-earnings-nlp", pattern="*.nlp")
MAEC = shared_files("formats", "maec-sentences", pattern="*.txt")
ECTS = shared_files("ectsum", "val", "ects", pattern="*.txt")[::12][:21]
_VARIANTS = SHARED / "formats" / "maec-sentences" / "_variants"
MAEC_CSV = sorted(_VARIANTS.glob("*.person.csv")) if _VARIANTS.exists() else []


@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_ir_pdf_parses_with_speakers_sections_and_no_furniture(path):
    from ecta.formats import ir_pdf

    source = Source.from_path(path)
    assert formats.detect(source).name == "ir-pdf"
    t = ecta.parse(source)
    assert len(t.turns) >= 20
    assert {Section.PRESENTATION, Section.QA} <= set(t.sections)
    roles = Counter(tr.speaker.role for tr in t.turns)
    assert roles[Role.CORPORATE] >= 5 and roles[Role.ANALYST] >= 5
    assert len(t.exchanges) >= 5
    assert all(ex.analyst.role is Role.ANALYST for ex in t.exchanges)
    assert t.meta.fiscal_year is not None and t.meta.event_date is not None

    # Running headers and footers: lines that open or close most pages of the raw text layer.
    pages = ir_pdf._read_pages(source)
    edges: Counter[str] = Counter()
    for lines in pages:
        body = [re.sub(r"\s+", " ", ln).strip() for ln in lines if ln.strip()]
        edges.update({re.sub(r"\d+", "#", ln) for ln in body[:3] + body[-2:] if len(ln) > 15})
    furniture = {k for k, c in edges.items() if c >= len(pages) * 0.6}
    for tr in t.turns:
        for p in tr.paragraphs:
            masked = re.sub(r"\d+", "#", p.text)
            assert not any(f in masked for f in furniture), (tr.index, p.text[:120])
            assert not re.search(r"\bPage \d+ of \d+\b", p.text)
            assert not re.search(r"\.{10,}", p.text)
            assert p.page is not None and 1 <= p.page <= len(pages)
            assert 1 <= p.line_start <= len(pages[p.page - 1])


def test_ir_pdf_turn_spans_point_at_the_speaker():
    """A turn's page and line_start name the line where the speaker's label stands."""
    if not PDFS:
        pytest.skip("no shared PDFs")
    from ecta.formats import ir_pdf

    checked = 0
    for path in PDFS:
        source = Source.from_path(path)
        pages = ir_pdf.printed_lines(source)
        t = ecta.parse(source)
        for tr in t.turns[:15]:
            line = pages[tr.page - 1][tr.line_start - 1]
            last = tr.speaker.name.split()[-1].lower()
            if tr.speaker.name != "Operator":
                assert last in line.lower(), (path.name, tr.index, line)
                checked += 1
    assert checked >= 30


@pytest.mark.parametrize("path", NLP, ids=[p.name for p in NLP])
def test_rev_nlp_rebuilds_turns(path):
    source = Source.from_path(path)
    assert formats.detect(source).name == "rev-nlp"
    t = ecta.parse(source)
    assert len(t.turns) >= 10
    # Every voice is a speaker id; a questioner whose written question a moderator reads out is named, and never speaks.
    read_for = {e.analyst.id for e in t.exchanges if e.read_by}
    assert all(re.fullmatch(r"Speaker \d+", p.name) for p in t.participants if p.id not in read_for)
    assert all(re.fullmatch(r"Speaker \d+", tr.speaker.name) for tr in t.turns)
    lines = source.lines
    for tr in t.turns:
        # Consecutive turns never share a speaker: a turn is a whole run of one speaker id.
        assert tr.index == 0 or t.turns[tr.index - 1].speaker.id != tr.speaker.id
        first_token = lines[tr.line_start - 1].split("|")[0]
        assert first_token and (tr.text.startswith(first_token) or tr.paragraphs[0].kind is ParagraphKind.STAGE
                                or first_token.startswith("<"))
        assert "<inaudible>" not in tr.text and "|" not in tr.text


def test_rev_nlp_finds_operator_and_qa_in_most_calls():
    if not NLP:
        pytest.skip("no shared .nlp files")
    parsed = [ecta.parse(p) for p in NLP]
    with_qa = [t for t in parsed if Section.QA in t.sections]
    assert len(with_qa) >= len(parsed) - 1
    assert sum(1 for t in parsed if any(p.role is Role.OPERATOR for p in t.participants)) >= len(parsed) - 1
    assert sum(len(t.exchanges) for t in parsed) >= 30


@pytest.mark.parametrize("path", MAEC + MAEC_CSV + ECTS, ids=[p.name for p in MAEC + MAEC_CSV + ECTS])
def test_sentences_keep_one_paragraph_per_line(path):
    source = Source.from_path(path)
    assert formats.detect(source).name == "sentences"
    t = ecta.parse(source)
    assert t.turns
    paragraphs = [p for tr in t.turns for p in tr.paragraphs]
    if path.suffix == ".txt":
        # a paragraph over two lines is a figure ECTSum cut at its decimal point ("17." then "8% of sales")
        body = [n for n, ln in enumerate(source.lines, start=1) if ln.strip()]
        assert [n for p in paragraphs for n in range(p.line_start, p.line_end + 1)] == body
        assert all(p.text == "".join(ln.strip() for ln in source.lines[p.line_start - 1:p.line_end]) for p in paragraphs)
    else:
        assert all(source.lines[p.line_start - 1].split(",", 1)[1].strip('"').strip() in p.text for p in paragraphs)
