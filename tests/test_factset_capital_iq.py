"""FactSet CallStreet (`factset-txt`) and S&P Capital IQ (`capital-iq-txt`) beyond their golden fixtures:
mangled copies never raise anything but ecta's errors, detection leaves the other formats' files alone, facts
cite the line that holds the figure after a page break is joined, and the CLI commands read both layouts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import ecta
from ecta import formats
from ecta.cli import app
from ecta.formats import _paired
from ecta.model import Transcript
from ecta.source import Source

from .conftest import DATA
from .test_properties import SETTINGS

OURS = ("factset-txt", "capital-iq-txt")
FIXTURES = sorted(p for name in OURS for p in (DATA / "formats" / name).glob("*.txt"))
FIXTURE_BYTES = [p.read_bytes() for p in FIXTURES]
CASES = json.loads((DATA / "paired" / "affiliations.json").read_text("utf-8"))

# Lines these layouts are made of: a parser that trusts its structure meets them in the wrong place.
VENDOR_JUNK = st.sampled_from([
    "Q", "A", "Operator", "Operator:", "MANAGEMENT DISCUSSION SECTION", "QUESTION AND ANSWER SECTION",
    "CORPORATE PARTICIPANTS", "OTHER PARTICIPANTS", "Call Participants", "EXECUTIVES", "ANALYSTS", "Presentation",
    "Question and Answer", "." * 120, "1-877-FACTSET www.callstreet.com", "3",
    "Copyright © 2001-2026 FactSet CallStreet, LLC", "Copyright © 2026 S&P Global Market Intelligence",
    "ACME CORP. FQ2 2026 EARNINGS CALL | AUG 05, 2026", "Disclaimer", "Jane Roe", "Analyst, Birch & Co.",
    "Birch & Co., Research Division", "Jane Roe      Q", "Chief Financial Officer, Acme Corp.   A", "", "\r",
    "Jane Roe          John Doe", "Unknown Analyst", "Acme Corp. (ACME) Q2 2026 Earnings Call",
])


@st.composite
def mangled(draw):
    data = draw(st.sampled_from(FIXTURE_BYTES))
    lines = data.splitlines(keepends=True)
    if draw(st.booleans()):
        lines = data[: draw(st.integers(0, len(data)))].splitlines(keepends=True)
    for _ in range(draw(st.integers(0, 6))):
        if lines:
            del lines[draw(st.integers(0, len(lines) - 1))]
    for _ in range(draw(st.integers(0, 8))):
        lines.insert(draw(st.integers(0, len(lines))), draw(VENDOR_JUNK).encode("utf-8") + b"\n")
    if draw(st.booleans()) and lines:
        i = draw(st.integers(0, len(lines) - 1))
        lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))] + b"\n"
    return b"".join(lines)


def _check(data: bytes, fmt: str | None) -> None:
    try:
        t = ecta.parse(data, format=fmt)
    except ecta.EctaError:
        return
    assert isinstance(t, Transcript)
    n_lines = len(Source(data=data).lines)
    for turn in t.turns:
        assert 1 <= turn.line_start <= turn.line_end <= n_lines, (turn.line_start, turn.line_end, n_lines)
        for p in turn.paragraphs:
            assert 1 <= p.line_start <= p.line_end <= n_lines
            assert p.text.strip()
    Transcript.from_json(t.to_json())


@settings(SETTINGS, max_examples=80)
@given(mangled(), st.sampled_from([*OURS, None]))
def test_mangled_copies_raise_only_ectas_errors(data, fmt):
    _check(data, fmt)


@settings(SETTINGS, max_examples=30)
@given(st.lists(VENDOR_JUNK, max_size=40), st.sampled_from(OURS))
def test_layout_lines_alone_raise_only_ectas_errors(lines, fmt):
    _check(("\n".join(lines) + "\n").encode("utf-8"), fmt)


OTHER_FIXTURES = sorted(
    p for p in (DATA / "formats").rglob("*")
    if p.is_file() and not p.name.endswith(".expected.json") and p.parent.name not in OURS
)


@pytest.mark.parametrize("path", OTHER_FIXTURES, ids=[f"{p.parent.name}/{p.name}" for p in OTHER_FIXTURES])
def test_other_formats_files_are_not_claimed(path: Path):
    source = Source.from_path(path)
    for name in OURS:
        assert formats.get(name).sniff(source) < formats.MIN_CONFIDENCE, name


@pytest.mark.parametrize("line, company, title, firm", CASES["split"], ids=[c[0][:40] for c in CASES["split"]])
def test_title_and_firm(line, company, title, firm):
    assert _paired.split_title_firm(line, company) == (title, firm)


@pytest.mark.parametrize("text, expected", CASES["names"], ids=[c[0] for c in CASES["names"]])
def test_name_lines(text, expected):
    assert _paired.name_shaped(text) is expected


@pytest.mark.parametrize("path", FIXTURES, ids=[f"{p.parent.name}/{p.name}" for p in FIXTURES])
def test_facts_cite_the_line_holding_the_figure(path: Path):
    """Page breaks joined into one sentence keep each word's own line: a figure after the footer is cited there."""
    lines = Source.from_path(path).lines
    facts = ecta.extract_facts(ecta.parse(path))
    assert facts
    for f in facts:
        assert f.text.split()[0] in lines[f.line - 1], (f.text, f.line)


def test_a_figure_after_the_page_footer_is_cited_after_it():
    path = DATA / "formats" / "factset-txt" / "copperleaf_corrected.txt"
    lines = Source.from_path(path).lines
    footer = next(i for i, ln in enumerate(lines, 1) if "1-877-FACTSET" in ln)
    eps = [f for f in ecta.extract_facts(ecta.parse(path)) if f.metric == "eps"]
    assert eps and all(f.line > footer for f in eps)


runner = CliRunner()


@pytest.mark.parametrize("command", ["parse", "facts", "analyze", "summarize"])
@pytest.mark.parametrize("path", FIXTURES, ids=[f"{p.parent.name}/{p.name}" for p in FIXTURES])
def test_cli_commands_read_both_layouts(command: str, path: Path):
    result = runner.invoke(app, [command, str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def test_formats_lists_both():
    result = runner.invoke(app, ["formats"], catch_exceptions=False)
    assert result.exit_code == 0
    for name in OURS:
        assert name in result.output


@pytest.mark.parametrize("fmt", OURS)
def test_forcing_the_layout_on_another_file_is_one_error_line(fmt: str):
    other = DATA / "formats" / "seeking-alpha-txt" / "harbor_2018.txt"
    result = runner.invoke(app, ["parse", "--format", fmt, str(other)], catch_exceptions=False)
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr


@pytest.mark.parametrize("text, expected", CASES["affiliations"], ids=[c[0][:40] for c in CASES["affiliations"]])
def test_title_lines(text, expected):
    assert _paired.looks_like_affiliation(text) is expected


def test_q_and_a_marks_open_the_q_and_a_when_its_heading_is_lost():
    path = DATA / "formats" / "factset-txt" / "copperleaf_corrected.txt"
    text = path.read_text("utf-8")
    headless = text.replace("QUESTION AND ANSWER SECTION\n\n", "")
    assert headless != text
    with_heading, without = ecta.parse(text.encode()), ecta.parse(headless.encode())
    assert [t.section for t in without.turns] == [t.section for t in with_heading.turns]
    assert len(without.exchanges) == len(with_heading.exchanges) == 2


@pytest.mark.parametrize("title, line, joined", CASES["wraps"], ids=[c[1][:30] for c in CASES["wraps"]])
def test_wrapped_title_lines(title, line, joined):
    wrapped = _paired._title_wrap(title, _paired.Row(n=2, text=" ".join(line.split()), zone="qa"))
    assert (wrapped[0] if wrapped else None) == joined


@pytest.mark.parametrize("line, expected", CASES["one_line"], ids=[c[0][:40] for c in CASES["one_line"]])
def test_one_line_headers(line, expected):
    found = _paired.one_line(line, _paired.Known([]))
    assert (list(found) if found else None) == expected


def test_the_closing_legal_text_is_cut_without_its_heading():
    path = DATA / "formats" / "factset-txt" / "copperleaf_corrected.txt"
    text = path.read_text("utf-8")
    # The vendor's legal text opens with these words where a copy lost its "Disclaimer" heading.
    headless = text.replace("Disclaimer\nThis sample", "The information herein is based on sources named below. This sample")
    assert headless != text
    speech = " ".join(p.text for t in ecta.parse(headless.encode()).turns for p in t.paragraphs)
    assert "information herein" not in speech and "fictional transcript" not in speech
