"""Motley Fool (JSON, HTML) and earningscall.biz parsers: the real files in ../shared, and the
edge cases the fixtures do not show (bad input, odd layouts, warnings)."""

from __future__ import annotations

import json

import pytest

import ecta
from ecta import formats, run_on
from ecta.errors import EctaError, ParseError
from ecta.model import ParagraphKind, Role, Section
from ecta.source import Source

from .conftest import DATA, shared_files

FOOL_JSON = shared_files("formats", "motley-fool-json")
FOOL_HTML = shared_files("formats", "motley-fool-html", pattern="*.html")
EARNINGSCALL = shared_files("formats", "earningscall-api-json", pattern="*.json")
# Page furniture that must never be read as speech.
CHROME = ["googletag", "Related Articles", "All earnings call transcripts", "Image source", "AlphaStreet",
          "Motley Fool Returns", "analysis</a>", "dfp-ads", "<p>", "&amp;", "Duration:"]


def _speech(t: ecta.Transcript) -> str:
    return "\n".join(p.text for tr in t.turns for p in tr.paragraphs if p.kind is ParagraphKind.SPEECH)


def _common_checks(t: ecta.Transcript, fmt: str) -> None:
    assert t.meta.source_format == fmt
    assert t.turns, "no turns"
    assert not any(tr.speaker.name.lower().startswith("duration") for tr in t.turns)
    assert not any(p.name.lower().startswith(("duration", "call participants", "questions")) for p in t.participants)
    speech = _speech(t)
    for needle in CHROME:
        assert needle not in speech
    starts = [tr.line_start for tr in t.turns]
    assert starts == sorted(starts), "turns out of source order"
    assert all(tr.line_start <= tr.line_end for tr in t.turns)


@pytest.mark.parametrize("path", FOOL_JSON, ids=[p.name for p in FOOL_JSON])
def test_shared_motley_fool_json(path):
    t = ecta.parse(path)
    _common_checks(t, "motley-fool-json")
    lines = Source.from_path(path).lines
    for tr in t.turns:
        # Each turn points at its "speaker" line and ends on its "speech" line; an answer the source left inside
        # the analyst's speech starts on that speech line.
        assert '"speaker"' in lines[tr.line_start - 1] or tr.speaker.name == run_on.SPEAKER
        assert '"speech"' in lines[tr.line_end - 1]
    assert t.turns[0].section is Section.PRESENTATION
    analysts = [p for p in t.participants if p.role is Role.ANALYST]
    if Section.QA in t.sections:
        assert t.exchanges and analysts
        assert all(ex.analyst.role is Role.ANALYST for ex in t.exchanges)
    else:
        # Calls without analyst questions: the operator's sign-off is not a Q&A.
        assert not t.exchanges
    assert t.meta.fiscal_year is not None


@pytest.mark.parametrize("path", FOOL_HTML, ids=[p.name[:40] for p in FOOL_HTML])
def test_shared_motley_fool_html(path):
    t = ecta.parse(path)
    _common_checks(t, "motley-fool-html")
    assert t.meta.company and t.meta.ticker and t.meta.event_date is not None
    assert t.meta.fiscal_year and t.meta.fiscal_quarter
    assert t.sections == [Section.PRESENTATION, Section.QA]
    assert t.turns[0].speaker.role is Role.OPERATOR
    listed = [p for p in t.participants if p.listed]
    assert listed and all(p.role in (Role.CORPORATE, Role.ANALYST) for p in listed)
    assert len(t.exchanges) >= 3
    for ex in t.exchanges:
        assert ex.analyst.role is Role.ANALYST and ex.answer_turns
    # A private investor may come on the line without a firm; analysts otherwise name one.
    assert sum(1 for ex in t.exchanges if ex.firm) >= len(t.exchanges) - 1
    lines = Source.from_path(path).lines
    for tr in t.turns[1:]:
        assert tr.speaker.name.split()[0] in lines[tr.line_start - 1]


@pytest.mark.parametrize("path", EARNINGSCALL, ids=[p.name for p in EARNINGSCALL])
def test_shared_earningscall(path):
    t = ecta.parse(path)
    _common_checks(t, "earningscall-json")
    doc = json.loads(path.read_text("utf-8"))
    assert (t.meta.fiscal_year, t.meta.fiscal_quarter) == (doc["event"]["year"], doc["event"]["quarter"])
    assert t.meta.event_date is not None and t.meta.event_date.utcoffset().total_seconds() == 0
    assert t.sections == [Section.PRESENTATION, Section.QA]
    assert len(t.exchanges) >= 5
    operator_turns = [tr for tr in t.turns if tr.speaker.role is Role.OPERATOR]
    # The operator calls the questions, whatever a machine-made name map claims.
    assert sum("question" in tr.text.lower() for tr in operator_turns) >= len(t.exchanges) // 2
    if "speakers" not in doc:
        assert any("no speakers" in w or "names no speakers" in w for w in t.warnings)


# --- edge cases, on fixtures written for this file ------------------------------------------


def _fool_json(**overrides) -> str:
    doc = {
        "header_texts": ["Contents:", "Prepared Remarks:"],
        "prepared_remarks": [
            {"speaker": "Operator", "speech": "Welcome to the Alder Mills second quarter 2022 call."},
            {"speaker": "Ruth Kim", "speech": "Thanks. Sales rose 4%.\nMargins held."},
        ],
        "q_and_a": [],
        "participants": ["Ruth Kim--Chief Executive Officer"],
    }
    doc.update(overrides)
    return json.dumps(doc)


def test_fool_json_compact_layout_points_every_turn_at_line_one():
    t = ecta.parse(Source.from_text(_fool_json()))
    assert t.meta.source_format == "motley-fool-json"
    assert [(tr.line_start, tr.line_end) for tr in t.turns] == [(1, 1), (1, 1)]
    assert [len(tr.paragraphs) for tr in t.turns] == [1, 2]
    assert t.meta.company == "Alder Mills"


def test_fool_json_without_lists_is_a_parse_error():
    with pytest.raises(ParseError):
        formats.get("motley-fool-json").parse(Source.from_text('{"header_texts": [],\n "other": 1}'))
    with pytest.raises(ParseError):
        formats.get("motley-fool-json").parse(Source.from_text('{"prepared_remarks": [\n'))


def test_fool_json_with_only_empty_speech_is_a_parse_error():
    text = _fool_json(prepared_remarks=[{"speaker": "Operator", "speech": ""}, {"speaker": "Duration: 3 minutes", "speech": ""}])
    with pytest.raises(ParseError):
        formats.get("motley-fool-json").parse(Source.from_text(text))


def test_fool_html_without_speakers_is_a_parse_error():
    page = "<html><body>\n<h2>Prepared Remarks:</h2>\n<p>Just a paragraph.</p>\n</body></html>\n"
    with pytest.raises(ParseError):
        formats.get("motley-fool-html").parse(Source.from_text(page))


def test_earningscall_swapped_operator_is_reported():
    t = ecta.parse(DATA / "formats" / "earningscall-json" / "level2_swapped_operator.json")
    assert any("swapped" in w for w in t.warnings)
    assert t.turns[0].speaker.role is Role.OPERATOR
    assert t.participant("anya-petrov").role is Role.CORPORATE


def test_earningscall_without_name_map_says_so():
    t = ecta.parse(DATA / "formats" / "earningscall-json" / "level3_words_nomap.json")
    assert any("without names" in w for w in t.warnings)
    assert t.turns[1].text.startswith("Thank you. With me are")


@pytest.mark.parametrize(
    "body",
    ['{"event": {"year": 2024}}', '{"event": {"year": 2024, "quarter": 1}, "speakers": []}', "[1, 2]", '{"text": ""}'],
)
def test_earningscall_unusable_responses_raise_parse_error(body):
    with pytest.raises(ParseError):
        formats.get("earningscall-json").parse(Source.from_text(body + "\n"))


def test_earningscall_bad_date_is_a_warning_not_an_error():
    body = json.dumps({"event": {"year": 2024, "quarter": 2, "conference_date": "soon"},
                       "speakers": [{"speaker": "spk01", "text": "Welcome to the call."}]})
    t = ecta.parse(Source.from_text(body))
    assert t.meta.event_date is None
    assert any("conference_date" in w for w in t.warnings)


@pytest.mark.parametrize("name", ["motley-fool-json", "motley-fool-html", "earningscall-json"])
@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02binary", b"\xff\xfe\x00", b"{", b"<html>", b"plain words\n"])
def test_sniff_never_raises(name, data):
    score = formats.get(name).sniff(Source(data=data))
    assert 0.0 <= score <= 1.0


def test_garbage_is_an_ecta_error():
    with pytest.raises(EctaError):
        ecta.parse(Source.from_text('{"prepared_remarks": "x", "questions_and_answers": null'))


@pytest.mark.parametrize(
    ("title", "firm", "role"),
    [
        ("UBS Analyst", "UBS", Role.ANALYST),
        ("Analyst, Harbor Point Capital", "Harbor Point Capital", Role.ANALYST),
        ("Analyst at Fenwick Securities", "Fenwick Securities", Role.ANALYST),
        ("CFO", None, Role.CORPORATE),
        # No title: someone giving the prepared remarks is with the company.
        (None, None, Role.CORPORATE),
    ],
)
def test_earningscall_name_map_titles(title, firm, role):
    body = json.dumps({
        "event": {"year": 2024, "quarter": 1, "conference_date": "2024-05-01T16:30:00.000-04:00"},
        "speakers": [{"speaker": "spk01", "text": "Revenue rose 4% this quarter."}],
        "speaker_name_map_v2": {"spk01": {"name": "Jo Park", "title": title}},
    })
    person = ecta.parse(Source.from_text(body)).participant("jo-park")
    assert (person.firm, person.role) == (firm, role)
