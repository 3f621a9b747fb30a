"""Bloomberg text transcripts and timestamped speech-to-text exports: labels, detection, mangled input.

The whole-call projections live in tests/data/formats/{bloomberg-txt,timestamped}; these tests pin the
pieces the fixtures cannot show one at a time, and probe both parsers with broken copies of them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import ecta
from ecta.cli import app
from ecta.formats import sniff
from ecta.source import Source

from .conftest import DATA
from .test_cli import assert_one_error_line
from .test_properties import SETTINGS, check

OURS = {
    "bloomberg-txt": sorted(p for p in (DATA / "formats" / "bloomberg-txt").iterdir() if not p.name.endswith(".json")),
    "timestamped": sorted(p for p in (DATA / "formats" / "timestamped").iterdir() if not p.name.endswith(".json")),
}
FIXTURES = [(fmt, p) for fmt, paths in OURS.items() for p in paths]
OTHERS = sorted(
    p for p in (DATA / "formats").rglob("*")
    if p.is_file() and not p.name.endswith(".expected.json") and p.parent.name not in OURS
)


# (label line, speaker, title, firm, text on the line)
LABELS = [
    ("Owen Tasker (00:01:23):", "Owen Tasker", None, None, ""),
    ("Owen Tasker (01:23): Thanks, everyone.", "Owen Tasker", None, None, "Thanks, everyone."),
    ("Owen Tasker: (01:23)", "Owen Tasker", None, None, ""),
    ("Owen Tasker  0:03", "Owen Tasker", None, None, ""),
    ("Owen Tasker - CEO (00:01:23):", "Owen Tasker", "CEO", None, ""),
    ("Ada Sorensen, Chief Financial Officer: (00:14)", "Ada Sorensen", "Chief Financial Officer", None, ""),
    ("Rosa Lindgren - Harrowgate Securities (00:07:10):", "Rosa Lindgren", None, "Harrowgate Securities", ""),
    ("Speaker 1 (00:00):", "Speaker 1", None, None, ""),
    ("[00:04:10] Pim de Groot: What was the book-to-bill?", "Pim de Groot", None, None, "What was the book-to-bill?"),
    ("[Pim de Groot] 10:15:32", "Pim de Groot", None, None, ""),
]
NOT_LABELS = [
    "Revenue grew 9% in the quarter (see slide 4).",
    "We expect margins near 12:30 levels.",
    "the call started at 9:00",
    "Thank you.",
]


@pytest.mark.parametrize("line,name,title,firm,text", LABELS, ids=[c[0] for c in LABELS])
def test_timestamped_labels(line, name, title, firm, text):
    from ecta.formats.timestamped import _label

    m = sniff.TIMESTAMPED_LABEL.match(line)
    assert m and sniff.timestamp_of(m)
    assert _label(m.group("label")) == (name, title, firm)
    assert m.group("text") == text


@pytest.mark.parametrize("line", NOT_LABELS)
def test_speech_is_no_label(line):
    from ecta.formats.timestamped import _label

    m = sniff.TIMESTAMPED_LABEL.match(line)
    assert not (m and sniff.timestamp_of(m) and _label(m.group("label")))


# (Bloomberg turn header, speaker, role hint)
HEADERS = [
    ("Jane Roe {BIO 1234567 <GO>}", "Jane Roe", None),
    ("Q - Raj Iyer {BIO 7654321 <GO>}", "Raj Iyer", "analyst"),
    ("A - Jane Roe", "Jane Roe", "corporate"),
    ("Operator", "Operator", "operator"),
]


@pytest.mark.parametrize("line,name,role", HEADERS, ids=[c[0] for c in HEADERS])
def test_bloomberg_turn_headers(line, name, role):
    from ecta.formats.bloomberg import _speaker

    speaker = _speaker(line, "Some words of speech, as said.", {}, fresh=True, tagged=True)
    assert speaker is not None and speaker.name == name
    assert (speaker.role.value if speaker.role else None) == role


@pytest.mark.parametrize("tagged", [True, False])
@pytest.mark.parametrize("line", ["Thank You", "Good Morning Everyone", "Revenue was up 9%.", "A - thanks a lot", "A - Yes"])
def test_bloomberg_speech_is_no_header(line, tagged):
    from ecta.formats.bloomberg import _speaker

    assert _speaker(line, "More words, as said.", {}, fresh=True, tagged=tagged) is None


def test_bloomberg_bare_name_needs_an_untagged_file_or_a_known_speaker():
    from ecta.formats.bloomberg import _speaker
    from ecta.formats.base import DraftSpeaker

    assert _speaker("Net Sales Growth", "It was 4%, as said.", {}, fresh=True, tagged=True) is None
    assert _speaker("Jane Roe", "It was 4%, as said.", {}, fresh=True, tagged=False).name == "Jane Roe"
    assert _speaker("Jane Roe", "It was 4%, as said.", {}, fresh=False, tagged=False) is None
    known = {"jane roe": DraftSpeaker(name="Jane Roe", title="Chief Financial Officer")}
    assert _speaker("Jane Roe", "It was 4%, as said.", known, fresh=True, tagged=True).title == "Chief Financial Officer"


def test_bloomberg_list_entries():
    from ecta.formats.bloomberg import _listed
    from ecta.model import Role

    jane = _listed("Jane Roe, Vice President, Investor Relations", Role.CORPORATE)
    assert (jane.name, jane.title, jane.firm) == ("Jane Roe", "Vice President, Investor Relations", None)
    raj = _listed("Raj Iyer, Analyst, Acme Securities", Role.ANALYST)
    assert (raj.name, raj.title, raj.firm) == ("Raj Iyer", "Analyst", "Acme Securities")
    kim = _listed("Kim Ode, Acme Securities", Role.ANALYST)
    assert (kim.name, kim.title, kim.firm) == ("Kim Ode", None, "Acme Securities")


@pytest.mark.parametrize("path", OTHERS, ids=[p.name for p in OTHERS])
def test_other_formats_are_not_claimed(path):
    source = Source.from_path(path)
    assert sniff.bloomberg_txt(source) < 0.5 and sniff.timestamped(source) < 0.5


def test_bloomberg_without_tags_or_brand_is_still_detected():
    call = "\n".join([
        "Q4 2025 Lindqvist Rail AB Earnings Call", "", "Company Participants", "", "* Siv Norberg, Chief Executive Officer",
        "", "Other Participants", "", "* Ake Holm, Analyst, Vasa Securities", "", "Presentation", "", "Siv Norberg", "",
        "Traffic grew 4% in the quarter.", "", "Questions And Answers", "", "Q - Ake Holm", "", "What about fares?", "",
        "A - Siv Norberg", "", "Fares rose 2%, as planned.", "", "Q - Ake Holm", "", "And costs?", "", "A - Siv Norberg", "",
        "Flat, as we said.", "",
    ])
    t = ecta.parse(call)
    assert t.meta.source_format == "bloomberg-txt"
    assert [ex.analyst.name for ex in t.exchanges] == ["Ake Holm"]


def test_a_tag_wrapped_onto_the_next_line_still_opens_the_turn():
    call = "\n".join([
        "Q1 2026 Orlan Tools Inc Earnings Call", "", "Presentation", "", "Operator", "", "Welcome to the call.", "",
        "Mira Solberg {BIO 4455667", "<GO>}", "", "Sales rose 5% to $310 million.", "", "Questions And Answers", "",
        "Q - Tor Henning {BIO 1122334 <GO>}", "", "What about margins?", "", "A - Mira Solberg {BIO 4455667 <GO>}", "",
        "They held at 21%, as planned.", "", "©2026 Bloomberg L.P.",
    ])
    t = ecta.parse(call)
    assert [(tr.speaker.name, tr.line_start) for tr in t.turns] == [
        ("Operator", 5), ("Mira Solberg", 9), ("Tor Henning", 16), ("Mira Solberg", 20)]
    assert all("GO" not in p.text for tr in t.turns for p in tr.paragraphs)


def test_bloomberg_is_not_streetevents():
    for path in OURS["bloomberg-txt"]:
        assert sniff.streetevents_txt(Source.from_path(path)) == 0.0, path.name


def test_pdf_page_break_is_joined_and_words_keep_their_lines():
    t = ecta.parse(DATA / "formats" / "bloomberg-txt" / "halden_pdf_copy.txt")
    cfo = next(tr for tr in t.turns if tr.section.value == "presentation" and tr.speaker.name == "Tobias Brandt")
    (para,) = cfo.paragraphs
    assert "raising our full year outlook" in para.text
    assert "FINAL" not in para.text and "Equity" not in para.text
    assert para.line_end > para.line_start + 5  # the halves lie on both sides of the page furniture


def test_captions_keep_each_words_line():
    path = DATA / "formats" / "timestamped" / "meridale_zoom.vtt"
    lines = Source.from_path(path).lines
    t = ecta.parse(path)
    for turn in t.turns:
        for p in turn.paragraphs:
            for word, n in zip(p.text.split(), p.word_lines or []):
                assert word in lines[n - 1], (word, n)


def test_no_turns_is_one_error_line(tmp_path):
    f = tmp_path / "empty_bloomberg.txt"
    f.write_text("Q1 2026 Acme Corp Earnings Call\n\nCompany Participants\n\n* Jane Roe, Chief Executive Officer\n\n"
                 "©2026 Bloomberg L.P.\n", "utf-8")
    result = CliRunner().invoke(app, ["parse", str(f), "--format", "bloomberg-txt"])
    assert_one_error_line(result)
    result = CliRunner().invoke(app, ["parse", str(f), "--format", "timestamped"])
    assert_one_error_line(result)


@st.composite
def mangled(draw):
    fmt, path = draw(st.sampled_from(FIXTURES))
    lines = path.read_bytes().splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "insert", "duplicate", "truncate"]))
        if op == "delete" and lines:
            del lines[draw(st.integers(0, len(lines) - 1))]
        elif op == "insert":
            junk = draw(st.sampled_from([
                "", "Operator", "Q - ", "A - {BIO <GO>}", "{BIO 12 <GO>}", "FINAL", "(ACME US Equity)", "3",
                "Speaker 1 (00:00):", "00:00:01.000 --> 00:00:02.000", "-->", "WEBVTT", ">>", "<v >", "Name: (1:2)",
                "Company Participants", "* ", "* ,", "Questions And Answers", "\x00", "\ufeff",
            ])) + "\n"
            lines.insert(draw(st.integers(0, len(lines))), junk.encode("utf-8"))
        elif op == "duplicate" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
        elif op == "truncate":
            lines = lines[:draw(st.integers(0, len(lines)))]
    return fmt, b"".join(lines)


@settings(SETTINGS, max_examples=80)
@given(mangled())
def test_mangled_input_raises_only_ectas_errors(case):
    fmt, data = case
    check(data)  # detected: a Transcript with spans inside the file, or EctaError
    try:
        ecta.parse(data, format=fmt)
    except ecta.EctaError:
        pass


def test_an_anonymous_label_heard_in_several_slots_keeps_its_label():
    call = "\n".join([
        "Speaker 1 (00:00):", "Our first question comes from Ana Ruiz with Dunmore Capital.",
        "Speaker 2 (00:10):", "What drove the margin?",
        "Speaker 3 (00:20):", "Mostly pricing.",
        "Speaker 1 (00:30):", "Our next question comes from Beto Lang with Kelso Partners.",
        "Speaker 2 (00:40):", "How is demand?",
        "Speaker 3 (00:50):", "Steady.",
        "Speaker 1 (01:00):", "Our next question comes from Cleo Marr with Hatch Securities.",
        "Speaker 4 (01:10):", "What about the dividend?",
        "Speaker 3 (01:20):", "Unchanged.",
    ]) + "\n"
    t = ecta.parse(call)
    askers = [tr.speaker.name for tr in t.turns if tr.speaker.role.value == "analyst"]
    assert askers == ["Speaker 2", "Speaker 2", "Cleo Marr"]
    assert any("Speaker 4" in w and "Cleo Marr" in w for w in t.warnings)
