"""StreetEvents plain text: what the golden projections do not show (paragraph text, warnings, errors)."""

from __future__ import annotations

import pytest

import ecta
from ecta.errors import ParseError
from ecta.model import ParagraphKind, Section

from .conftest import DATA

CASES = DATA / "formats" / "streetevents-txt"


def _turn(t, name, section=None):
    return next(tr for tr in t.turns if tr.speaker.name == name and (section is None or tr.section is section))


def test_wrapped_line_is_one_paragraph_and_stage_directions_stand_apart():
    t = ecta.parse(CASES / "framed_in_for.txt")
    ir = _turn(t, "Rachel Odum")
    wrapped = ir.paragraphs[1]
    assert (wrapped.line_start, wrapped.line_end) == (49, 50)
    assert "filings we make with the regulators" in wrapped.text
    opening = t.turns[0]
    assert [p.kind for p in opening.paragraphs] == [ParagraphKind.SPEECH, ParagraphKind.STAGE, ParagraphKind.SPEECH]
    assert "Operator Instructions" not in opening.text


def test_entities_pilcrows_and_uncertain_brackets():
    t = ecta.parse(CASES / "unframed_2012.txt")
    assert t.meta.title.startswith("Q4 & Full Year 2012")
    assert any(p.firm == "Lindqvist & Roe" for p in t.participants)
    ceo = _turn(t, "Pieter Vandersloot")
    assert "lens module business" in ceo.text
    assert "(technical difficulty)" in ceo.text
    cfo = _turn(t, "Marit Hoekstra", Section.PRESENTATION)
    assert "[EUR1.5 million]" in cfo.text
    # Two-space sentences and the single leading space of later paragraphs are gone.
    assert "  " not in cfo.text and all(p.text == p.text.strip() for p in cfo.paragraphs)


def test_event_brief_keeps_only_the_verbatim_qa():
    t = ecta.parse(CASES / "event_brief.txt")
    assert t.sections == [Section.QA]
    assert any("event brief" in w for w in t.warnings)
    assert "<Sync" not in "".join(p.text for tr in t.turns for p in tr.paragraphs)
    assert _turn(t, "Anton Grieve").text.endswith("And is supply keeping up?")


def test_no_qa_header_is_found_from_the_operator():
    t = ecta.parse(CASES / "lseg_2025_no_qa_header.txt")
    first_qa = t.turns_of(Section.QA)[0]
    assert first_qa.speaker.name == "Operator"
    assert t.turns[first_qa.index - 1].speaker.name == "Harriet Quaye"


def test_forced_on_other_text_is_a_parse_error():
    with pytest.raises(ParseError):
        ecta.parse("Jane: hello there.\nJohn: hi.\n", format="streetevents-txt")
