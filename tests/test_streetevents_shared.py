"""StreetEvents plain-text exports (framed and unframed) and the markdown seed, over ../shared.

Only structure is asserted: detection, named speakers with roles, sections, exchanges led by
analysts, no legal text in speech, true line spans. Nothing here names a company, a person or a
figure from those files.
"""

from __future__ import annotations


import pytest

import ecta
from ecta import formats
from ecta.formats.streetevents_txt import _turn_header
from ecta.model import Role, Section
from ecta.source import Source

from .conftest import shared_files

TXT = shared_files("formats", "streetevents-txt", pattern="*.txt") + shared_files(
    "formats", "refinitiv-streetevents-txt", pattern="*.txt"
)
SEED = shared_files("seeds", pattern="000_*.txt")
BOILERPLATE = ("Thomson Reuters reserves", "Refinitiv reserves", "THE INFORMATION CONTAINED", "Copyright")


def _is_brief(source: Source) -> bool:
    return "event brief" in source.text[:500].lower()


@pytest.mark.parametrize("path", TXT, ids=[p.name for p in TXT])
def test_txt_detected_over_markdown(path):
    source = Source.from_path(path)
    assert formats.detect(source).name == "streetevents-txt"
    assert formats.get("streetevents-md").sniff(source) < formats.get("streetevents-txt").sniff(source)


@pytest.mark.parametrize("path", SEED, ids=[p.name for p in SEED])
def test_markdown_seed_stays_markdown(path):
    source = Source.from_path(path)
    assert formats.detect(source).name == "streetevents-md"
    assert formats.get("streetevents-txt").sniff(source) < formats.get("streetevents-md").sniff(source)
    t = ecta.parse(path)
    assert t.sections == [Section.PRESENTATION, Section.QA]
    assert len(t.exchanges) >= 5


@pytest.mark.parametrize("path", TXT + SEED, ids=[p.name for p in TXT + SEED])
def test_structure(path):
    source = Source.from_path(path)
    t = ecta.parse(source)
    assert t.meta.fiscal_year is not None and t.meta.fiscal_quarter is not None
    assert t.meta.event_date is not None and t.meta.company

    for turn in t.turns:
        assert turn.speaker.name.strip()
        # Every speaker in these exports is either listed or named with a firm in the header,
        # or handed the line by the operator: none is left without a role.
        assert turn.speaker.role is not Role.UNKNOWN, (turn.index, turn.speaker.name)
        for phrase in BOILERPLATE:
            assert phrase not in turn.text, (turn.index, phrase)
    assert all(turn.speaker.role is not Role.ANALYST for turn in t.turns_of(Section.PRESENTATION))

    if _is_brief(source):
        # The brief's prepared remarks are an analyst's outline, left out on purpose.
        assert t.sections == [Section.QA]
        assert any("event brief" in w for w in t.warnings)
    else:
        assert t.sections == [Section.PRESENTATION, Section.QA]
    assert len(t.exchanges) >= 4
    for ex in t.exchanges:
        assert ex.analyst.role is Role.ANALYST, ex.analyst.name
        assert ex.question_turns and ex.answer_turns


@pytest.mark.parametrize("path", TXT, ids=[p.name for p in TXT])
def test_line_spans_are_true(path):
    source = Source.from_path(path)
    lines = source.lines
    t = ecta.parse(source)
    last_end = 0
    for turn in t.turns:
        assert 1 <= turn.line_start <= turn.line_end <= len(lines)
        assert turn.line_start > last_end, "turns overlap or run backwards"
        last_end = turn.line_end
        first = lines[turn.line_start - 1]
        # The span opens on the header naming the speaker (its first word is enough: headers
        # carry the full listed name, the turn may carry a merged alias).
        assert first.strip().split()[0].rstrip(",") in turn.speaker.name or turn.speaker.name.split()[0] in first
        assert first.rstrip().endswith("]")
        for p in turn.paragraphs:
            assert turn.line_start < p.line_start <= p.line_end <= turn.line_end
            # Each paragraph's first words are on its first line (entities and tags aside).
            head = p.text.split()[0]
            assert head in lines[p.line_start - 1].replace("&amp;", "&"), (turn.index, head)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Q. Doe,  Acme Corp. - CFO & Executive VP    [7]", ("Jane Q. Doe", "Acme Corp. - CFO & Executive VP")),
        ("Jane Doe, Acme Corp - Chief Financial Officer    [12]", ("Jane Doe", "Acme Corp - Chief Financial Officer")),
        ("Operator    [1]", ("Operator", "")),
        ("Operator,     [1]", ("Operator", "")),
        ("John Roe,   -     [52]", ("John Roe", "-")),
        ("Odon de Vries,  Maple Bank, Research Division - Analyst [3]", ("Odon de Vries", "Maple Bank, Research Division - Analyst")),
        ("Sam Poe, Jr.,  Birch Capital - Analyst    [9]", ("Sam Poe, Jr.", "Birch Capital - Analyst")),
        ("Unidentified Analyst    [14]", ("Unidentified Analyst", "")),
        ("Jane Doe   Acme Corp - CFO    [3]", ("Jane Doe", "Acme Corp - CFO")),
        ("Revenue grew  strongly    [2]", None),
        ("Revenue, up 12%    [3]", None),
        ("We booked a gain of [EUR1.5 million]", None),
        ("And we said so in the release [2]", None),
    ],
)
def test_turn_header(line, expected):
    assert _turn_header(line) == expected
