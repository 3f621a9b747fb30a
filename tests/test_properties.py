"""Whatever it is given, `ecta.parse` returns a Transcript or raises ecta's own error.

Random text and bytes probe detection and decoding; mutations of real fixtures (cut short,
lines dropped, junk lines inserted) probe the parsers on inputs that are almost right, which
is where index arithmetic breaks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ecta
from ecta.model import Transcript

from .conftest import DATA, REPO

FIXTURES = sorted(
    p for p in (DATA / "formats").rglob("*")
    if p.is_file() and not p.name.endswith(".expected.json")
) + [REPO / "examples" / "northwind-q4-2024.md"]
FIXTURE_BYTES = [p.read_bytes() for p in FIXTURES]

SETTINGS = settings(
    deadline=None,
    derandomize=True,  # the same examples on every run: a failure here is reproducible in CI
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

JUNK_LINES = st.sampled_from([
    "", "---", "**", "**Operator**", "### ", "## PRESENTATION", "## QUESTIONS AND ANSWERS",
    "**DISCLAIMER**", "(Operator Instructions)", "[inaudible]", "Operator:", ":", "====",
    "**Someone** - *Firm - Analyst*", "Q:", "{", "}", "<html>", "</p>", "\x00", "\ufeff", "\t \t",
    "Our next question comes from the line of A B from C.",
])


def check(data: str | bytes) -> None:
    try:
        t = ecta.parse(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    except ecta.EctaError:
        return
    assert isinstance(t, Transcript)
    source_lines = _line_count(data)
    for turn in t.turns:
        assert turn.line_start >= 1
        if turn.page is None:
            assert turn.line_start <= turn.line_end <= source_lines, (turn.line_start, turn.line_end, source_lines)
        for p in turn.paragraphs:
            assert 1 <= p.line_start
            if p.page is None:
                assert p.line_start <= p.line_end <= source_lines
            elif (p.page_end or p.page) == p.page:  # PDF lines count within a page
                assert p.line_start <= p.line_end
    Transcript.from_json(t.to_json())


def _line_count(data: str | bytes) -> int:
    """Lines as the model counts them (`Source.lines`): what a turn's span must stay inside."""
    from ecta.source import Source

    return len(Source(data=data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data).lines)


@settings(SETTINGS, max_examples=50)
@given(st.text(max_size=2000))
def test_random_text(text):
    if "\n" not in text:
        text += "\n"  # a one-line string is read as a path, which is not what this probes
    check(text.encode("utf-8", "surrogatepass"))


@settings(SETTINGS, max_examples=30)
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    check(data)


@st.composite
def mutated_fixture(draw):
    data = draw(st.sampled_from(FIXTURE_BYTES))
    lines = data.splitlines(keepends=True)
    op = draw(st.sampled_from(["truncate", "delete", "insert", "all"]))
    if op in ("truncate", "all"):
        cut = draw(st.integers(0, len(data)))
        lines = data[:cut].splitlines(keepends=True)
    if op in ("delete", "all") and lines:
        for _ in range(draw(st.integers(1, 8))):
            if lines:
                del lines[draw(st.integers(0, len(lines) - 1))]
    if op in ("insert", "all"):
        for _ in range(draw(st.integers(1, 8))):
            junk = draw(JUNK_LINES).encode("utf-8") + b"\n"
            lines.insert(draw(st.integers(0, len(lines))), junk)
    return b"".join(lines)


@settings(SETTINGS, max_examples=70)
@given(mutated_fixture())
def test_mutated_fixtures(data):
    check(data)


@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_fixture_spans_lie_inside_the_file(path: Path):
    check(path.read_bytes())
