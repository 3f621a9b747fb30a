"""Plain text whose turns open on a header line of their own (`header-lines`).

The whole fictional calls in tests/data/formats/header-lines/ are checked by tests/test_format_cases.py; here: which
lines read as headers, the sniff leaves every other file alone, the Seeking Alpha sniff leaves the Motley Fool text
copy, mangled input raises only ecta's errors, and the CLI reads each fixture.
"""

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
from ecta.formats import sniff
from ecta.formats._speaker_lines import parse_header
from ecta.source import Source

from .conftest import DATA, SHARED
from .test_properties import SETTINGS

FIXTURES = sorted(p for p in (DATA / "formats" / "header-lines").iterdir() if not p.name.endswith(".expected.json"))
OTHERS = sorted(p for p in (DATA / "formats").rglob("*") if p.is_file() and p.parent.name != "header-lines"
                and not p.name.endswith(".expected.json"))
SHARED_FILES = sorted(p for d in ("formats", "seeds", "ectsum/val") if (SHARED / d).exists()
                      for p in (SHARED / d).rglob("*") if p.is_file() and p.suffix != ".md" and not p.name.startswith("."))
CASES = json.loads((DATA / "header_line_cases.json").read_text("utf-8"))["cases"]
runner = CliRunner()


@pytest.mark.parametrize("case", CASES, ids=[c["line"][:40] for c in CASES])
def test_header_line_shapes(case):
    header = parse_header(case["line"])
    got = None if header is None else [header.name, header.title, header.firm]
    assert got == case["speaker"]


@pytest.mark.parametrize("path", OTHERS + SHARED_FILES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_no_steal(path):
    """Every other format's fixture and every shared transcript scores below detection."""
    assert sniff.header_lines(Source.from_path(path)) < formats.MIN_CONFIDENCE


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_seeking_alpha_leaves_these_layouts(path):
    assert sniff.seeking_alpha_txt(Source.from_path(path)) < sniff.header_lines(Source.from_path(path))


def test_fool_copy_with_an_exchange_ticker_is_not_seeking_alpha():
    """The article's header can carry `(NASDAQ: BRCV)`, which alone once made it a Seeking Alpha page."""
    text = (DATA / "formats" / "header-lines" / "fool_text.txt").read_text("utf-8")
    text = text.replace("(BRCV 1.42%)", "(NASDAQ: BRCV)")
    t = ecta.parse(text.encode("utf-8"))
    assert t.meta.source_format == "header-lines"
    assert {tr.speaker.name for tr in t.turns} == {"Operator", "Owen Tasker", "Lena Vasquez", "Devin Aldous", "Priya Menon"}


def test_unintroduced_bare_names_stay_speech():
    """A name-shaped line that speech follows once, never listed, never named: a heading, not a speaker."""
    text = ("Owen Tasker -- Chief Executive Officer\nRevenue rose 9%.\n\nMarket Conditions\nDemand held up.\n\n"
            "Lena Vasquez -- Chief Financial Officer\nCash was $220 million.\n\nOwen Tasker -- Chief Executive Officer\n"
            "Thanks, Lena.\n")
    t = ecta.parse(text.encode("utf-8"), format="header-lines")
    assert [tr.speaker.name for tr in t.turns] == ["Owen Tasker", "Lena Vasquez", "Owen Tasker"]


@pytest.mark.parametrize("command", ["parse", "facts", "analyze"])
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_cli_reads_each_layout(command, path):
    result = runner.invoke(app, [command, str(path), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    json.loads(result.stdout)


def test_text_without_headers_is_one_error(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Revenue rose.\nMargins held.\n", "utf-8")
    result = runner.invoke(app, ["parse", str(path), "--format", "header-lines"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr


@settings(SETTINGS, max_examples=60)
@given(st.sampled_from(FIXTURES), st.integers(0, 3000), st.lists(st.tuples(st.integers(0, 3000), st.sampled_from(
    ["\n", ":", " -- ", "(", ")", "Q: ", "OPERATOR:", "Operator", "\x00", "", "Duration: 5 minutes\n", "Analysts\n",
     "Owen Tasker\n", ","])), max_size=6))
def test_mangled_input_raises_only_ecta_errors(path, cut, edits):
    text = path.read_text("utf-8")
    for at, junk in edits:
        text = text[:at] + junk + text[at + 1:]
    if cut:
        text = text[: max(cut, 1)]
    try:
        t = ecta.parse(text.encode("utf-8"), format="header-lines")
    except ecta.EctaError:
        return
    ecta.extract_facts(t)


def test_a_heading_named_in_the_talk_is_not_introduced():
    """A region heading that the speech mentions is not a speaker: only a line handing over the call introduces one."""
    text = ("Operator\nWelcome. I will turn the call over to Owen Tasker.\n\nOwen Tasker\nThanks. Sales rose 4%.\n\n"
            "North America\nSales in North America rose 6%.\n\nOperator\nOur first question comes from Devin Aldous.\n\n"
            "Devin Aldous\nHow was pricing?\n\nOwen Tasker\nPricing added two points.\n")
    t = ecta.parse(text.encode("utf-8"), format="header-lines")
    assert [tr.speaker.name for tr in t.turns] == ["Operator", "Owen Tasker", "Operator", "Devin Aldous", "Owen Tasker"]
    assert t.turns[1].paragraphs[-1].text == "Sales in North America rose 6%."
