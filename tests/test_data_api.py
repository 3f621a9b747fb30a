"""Transcript data-API JSON (FMP, Alpha Vantage, API Ninjas, Finnhub, data-set rows) and StreetEvents XML.

The whole fictional calls in tests/data/formats/<format>/ are checked by tests/test_format_cases.py; here: the sniffs
leave every other file alone, several calls in one file are refused, bad input is one error, facts cite the line
docs/cli.md promises, the fields win over the text, and the CLI reads each fixture.
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
from ecta.formats.api_ninjas_json import split_labelled
from ecta.source import Source

from .conftest import DATA, SHARED
from .test_properties import SETTINGS

OURS = ["fmp-json", "alpha-vantage-json", "api-ninjas-json", "finnhub-json", "dataset-json", "streetevents-xml"]
FIXTURES = sorted(p for name in OURS for p in (DATA / "formats" / name).iterdir() if not p.name.endswith(".expected.json"))
OTHERS = sorted(p for p in (DATA / "formats").rglob("*") if p.is_file() and p.parent.name not in OURS
                and not p.name.endswith(".expected.json"))
SHARED_FILES = sorted(p for d in ("formats", "ectsum/val") if (SHARED / d).exists()
                      for p in (SHARED / d).rglob("*") if p.is_file() and p.suffix != ".md" and not p.name.startswith("."))
LABELS = json.loads((DATA / "api_ninjas_labels.json").read_text("utf-8"))["cases"]
runner = CliRunner()


def _sniffs(path: Path) -> dict[str, float]:
    source = Source.from_path(path)
    return {name: getattr(sniff, name.replace("-", "_"))(source) for name in OURS}


@pytest.mark.parametrize("path", OTHERS + SHARED_FILES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_no_steal(path):
    """Every other format's fixture and every shared transcript scores below detection with each of our sniffs."""
    scores = _sniffs(path)
    assert all(s < formats.MIN_CONFIDENCE for s in scores.values()), scores


@pytest.mark.parametrize("command", ["parse", "facts", "analyze"])
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_cli_reads_each_shape(command, path):
    result = runner.invoke(app, [command, str(path), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    json.loads(result.stdout)


def _row(**fields) -> dict:
    text = ("Operator: Welcome to the Quenby Foods first quarter 2025 call. Over to Hal Brisco.\n"
            "Hal Brisco: Thanks. Sales rose 6% to $41 million.\n"
            "Operator: Our first question comes from Ada Lunt with Fenwick Partners.\n"
            "Ada Lunt: How was pricing?\nHal Brisco: Pricing added two points.\n")
    return {"symbol": "QNBY", "year": 2026, "quarter": 2, "date": "2026-05-06", "content": text} | fields


@pytest.mark.parametrize(("name", "text", "message"), [
    ("list_of_two.json", json.dumps([_row(), _row(quarter=3)]), "holds 2 calls"),
    ("rows.jsonl", json.dumps(_row()) + "\n" + json.dumps(_row(quarter=3)) + "\n", "holds 2 calls"),
    ("truncated.json", json.dumps(_row(), indent=2)[:300], "not valid JSON"),
    ("empty_content.json", json.dumps([{"symbol": "QNBY", "year": 2026, "quarter": 2, "content": " \n"}]), "no transcript text"),
    ("empty_av.json", json.dumps({"symbol": "QNBY", "quarter": "2026Q2", "transcript": [{"speaker": "Operator",
                                   "title": "", "content": "", "sentiment": "0.1"}]}), "no transcript turns"),
    ("finnhub_types.json", json.dumps({"symbol": "QNBY", "participant": [{"name": 3}], "transcript": [{"name": "Ada",
                                        "speech": 7, "session": "question_answer"}]}), "no transcript turns"),
    ("bad.xml", '<?xml version="1.0"?>\n<Event Id="1"><EventStory><Headline>Q2</Headline><Body>Operator', "not well-formed XML"),
    ("empty.xml", '<Event Id="1"><EventStory><Headline>Q2 2026 Call</Headline><Body>  </Body></EventStory></Event>', "no transcript text"),
])
def test_bad_input_is_one_error(tmp_path, name, text, message):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], result.stderr


def test_fields_win_over_the_text():
    """The row says fiscal 2026 Q2; the operator's welcome says the first quarter of 2025."""
    t = ecta.parse(json.dumps(_row()).encode("utf-8"))
    assert (t.meta.ticker, t.meta.fiscal_year, t.meta.fiscal_quarter) == ("QNBY", 2026, 2)
    assert t.meta.source_format == "fmp-json" and t.meta.event_date.date().isoformat() == "2026-05-06"


def test_a_list_of_one_call_is_that_call():
    t = ecta.parse(json.dumps([_row()], indent=2).encode("utf-8"))
    assert [tr.speaker.name for tr in t.turns][:2] == ["Operator", "Hal Brisco"]
    assert {tr.line_start for tr in t.turns} == {7}  # where `content` starts in the file


@pytest.mark.parametrize(("path", "metric", "line"), [
    ("alpha-vantage-json/tarrow_2026q2.json", "eps", 26),  # the line of the turn's `content`
    ("finnhub-json/tarrow_q2_2026.json", "eps", 66),  # the line of the paragraph's string
    ("api-ninjas-json/tarrow_split.json", "eps", 22),  # the line of the turn's `text`
    ("api-ninjas-json/tarrow_one_string.json", "eps", 1),  # the one string's line
    ("fmp-json/tarrow_q2_2026.json", "eps", 7),  # the line where `content` starts
    ("streetevents-xml/tarrow_q2_2026.xml", "eps", 48),  # the body's own line in the XML file
])
def test_facts_cite_the_line_of_the_file(path, metric, line):
    facts = ecta.extract_facts(ecta.parse(DATA / "formats" / path))
    assert next(f for f in facts if f.metric == metric).line == line


@pytest.mark.parametrize("case", LABELS, ids=[c["id"] for c in LABELS])
def test_one_string_is_cut_at_its_labels(case):
    assert [list(t) for t in split_labelled(case["text"])] == case["turns"]


@settings(SETTINGS, max_examples=60)
@given(st.sampled_from(FIXTURES), st.integers(0, 6000), st.lists(st.tuples(st.integers(0, 6000), st.sampled_from(
    ['"', "{", "}", "[", "]", ",", ":", "\\", "null", "7", '"x"', "<", ">", "</Body>", "&amp;", "\x00", ""])), max_size=6))
def test_mangled_responses_raise_only_ecta_errors(path, cut, edits):
    text = path.read_text("utf-8")
    for at, junk in edits:
        text = text[:at] + junk + text[at + 1:]
    if cut:
        text = text[: max(cut, 1)]
    try:
        t = ecta.parse(text.encode("utf-8"))
    except ecta.EctaError:
        return
    ecta.extract_facts(t)


def test_streetevents_body_in_cdata_cites_the_same_lines():
    """The body escaped or in a CDATA section: the same text on the same lines of the XML file."""
    path = DATA / "formats" / "streetevents-xml" / "tarrow_q2_2026.xml"
    escaped = path.read_text("utf-8")
    start, end = escaped.index("<Body>") + len("<Body>"), escaped.index("</Body>")
    body = escaped[start:end].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    cdata = escaped[:start] + "<![CDATA[" + body + "]]>" + escaped[end:]
    a, b = ecta.parse(path), ecta.parse(cdata.encode("utf-8"))
    assert b.meta.source_format == "streetevents-xml"
    assert [(t.speaker.name, t.line_start) for t in a.turns] == [(t.speaker.name, t.line_start) for t in b.turns]
