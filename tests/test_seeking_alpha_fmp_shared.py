"""Seeking Alpha page text and FMP markdown over the real files in ../shared/formats.

Only structure is asserted (format, sections, roles, exchanges, no boilerplate in speech);
nothing here names a company, a person or a figure from those files.
"""

from __future__ import annotations

import re

import pytest

import ecta
from ecta import formats
from ecta.model import ParagraphKind, Role, Section
from ecta.source import Source

from .conftest import shared_files

SA_FILES = shared_files("formats", "seeking-alpha-txt", pattern="*.txt")
FMP_FILES = shared_files("formats", "fmp-markdown", pattern="*.md")
ALL = [("seeking-alpha-txt", f) for f in SA_FILES] + [("fmp-markdown", f) for f in FMP_FILES]

# Lines of the page around the call that must never be read as speech.
_BOILERPLATE = re.compile(
    r"^(?:Executives|Analysts|Company Participants|Conference Call Participants|Question-and-Answer Session"
    r"|Call Start:|\*\*(?:Date|Company|Quarter):\*\*|# .*Earnings Call Transcript)",
)


def _ids(cases):
    return [f.name for _, f in cases]


@pytest.mark.parametrize(("fmt", "path"), ALL, ids=_ids(ALL))
def test_detected_and_generic_scores_lower(fmt, path):
    source = Source.from_path(path)
    assert formats.detect(source).name == fmt
    assert formats.get("generic").sniff(source) < formats.get(fmt).sniff(source)


@pytest.mark.parametrize(("fmt", "path"), ALL, ids=_ids(ALL))
def test_structure(fmt, path):
    t = ecta.parse(path)
    assert t.meta.source_format == fmt
    assert t.meta.fiscal_year is not None and t.meta.fiscal_quarter is not None
    assert t.meta.event_date is not None
    assert t.meta.company and t.meta.ticker
    assert t.sections == [Section.PRESENTATION, Section.QA]

    roles = {p.role for p in t.participants}
    assert {Role.CORPORATE, Role.ANALYST} <= roles
    unknown = [p.name for p in t.participants if p.role is Role.UNKNOWN]
    assert not unknown, f"speakers without a role: {unknown}"
    # The prepared remarks are the company's (and the operator's), never an analyst's.
    assert all(tr.speaker.role is not Role.ANALYST for tr in t.turns_of(Section.PRESENTATION))

    assert len(t.exchanges) >= 4
    for ex in t.exchanges:
        assert ex.analyst.role is Role.ANALYST
        # A shareholder's question read out by the moderator names no firm.
        assert ex.firm or ex.read_by and ex.analyst.name == "Unnamed questioner", f"exchange {ex.index} without a firm"
        assert ex.question_turns and ex.answer_turns
        assert all(t.participant(pid).role is Role.CORPORATE for pid in ex.answered_by)


@pytest.mark.parametrize(("fmt", "path"), ALL, ids=_ids(ALL))
def test_speech_is_clean_and_spans_are_true(fmt, path):
    t = ecta.parse(path)
    lines = Source.from_path(path).lines
    names = {p.name for p in t.participants}
    for tr in t.turns:
        assert 1 <= tr.line_start <= tr.line_end <= len(lines)
        for p in tr.paragraphs:
            assert not _BOILERPLATE.match(p.text), p.text[:60]
            if p.kind is ParagraphKind.SPEECH:
                assert p.text not in names, f"a speaker's name read as speech at line {p.line_start}"
                # Each paragraph is its source line(s): the text starts on the line it claims.
                assert p.text[:20] in lines[p.line_start - 1]
        if fmt == "seeking-alpha-txt":
            # The turn opens on the line that names its speaker.
            assert lines[tr.line_start - 1].strip().rstrip(".") in {tr.speaker.name, *tr.speaker.aliases}


@pytest.mark.parametrize("path", SA_FILES, ids=[f.name for f in SA_FILES])
def test_seeking_alpha_cp1252_and_lists(path):
    t = ecta.parse(path)
    raw = path.read_bytes()
    # Windows-1252 bytes decoded as such: 0x85 is an ellipsis inside a line, never a line break.
    assert len(Source.from_path(path).lines) == raw.count(b"\n") + 1
    text = "\n".join(tr.text for tr in t.turns)
    assert "\x85" not in text and "\x92" not in text
    if b"\x85" in raw:
        assert "…" in text
    if b"\x92" in raw:
        assert "’" in text
    listed = [p for p in t.participants if p.listed]
    assert any(p.role is Role.CORPORATE and p.title for p in listed)
    assert any(p.role is Role.ANALYST and p.firm for p in listed)
    # Speakers in the Q&A are the listed people, the operator, or rare unlisted voices.
    unlisted = [p for p in t.participants if not p.listed and p.role is not Role.OPERATOR]
    assert len(unlisted) <= 2


def test_seeking_alpha_wrong_year_in_header_is_corrected_with_a_warning():
    broken = [f for f in SA_FILES if Source.from_path(f).lines[0].lower().startswith("call start")]
    if not broken:
        pytest.skip("no page with the broken three-line header here")
    for path in broken:
        t = ecta.parse(path)
        assert t.meta.event_date is not None and t.meta.fiscal_year is not None
        assert t.meta.event_date.year > t.meta.fiscal_year or t.meta.fiscal_quarter != 4
        assert any("header date" in w for w in t.warnings)


@pytest.mark.parametrize("path", FMP_FILES, ids=[f.name for f in FMP_FILES])
def test_fmp_header_beats_file_name(path):
    t = ecta.parse(path)
    head = path.read_text("utf-8").splitlines()[0]
    m = re.search(r"Q([1-4]) (\d{4})", head)
    assert m is not None
    assert (t.meta.fiscal_quarter, t.meta.fiscal_year) == (int(m.group(1)), int(m.group(2)))
    assert t.meta.ticker and t.meta.ticker in head
    # One line per turn: no turn spans a second source line unless a label sat alone.
    assert sum(1 for tr in t.turns if tr.line_end > tr.line_start) <= 1


OTHER_FOLDERS = ["streetevents-txt", "refinitiv-streetevents-txt", "motley-fool-json", "motley-fool-html",
                 "earningscall-api-json", "rev-earnings-nlp", "maec-sentences"]
OTHERS = [f for folder in OTHER_FOLDERS for f in shared_files("formats", folder)]


@pytest.mark.parametrize("path", OTHERS, ids=[f"{f.parent.name}/{f.name}" for f in OTHERS])
def test_other_formats_are_not_taken_for_these(path):
    source = Source.from_path(path)
    for name in ("seeking-alpha-txt", "fmp-markdown"):
        assert formats.get(name).sniff(source) < 0.5
