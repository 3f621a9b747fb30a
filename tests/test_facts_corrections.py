"""A speaker who corrects a figure ("I said ... grew 14%. The right number is 11%.") states the corrected figure, of
the same measure; the figure corrected is no fact, where it was first given nor where it is repeated."""

from __future__ import annotations

from ecta.facts import extract_facts
from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn


def _call(*texts: str) -> Transcript:
    cfo = Participant(id="ceo", name="Ann Example", role=Role.CORPORATE)
    turns = [Turn(index=i, speaker=cfo, section=Section.PRESENTATION if i == 0 else Section.QA,
                  paragraphs=[Paragraph(text=text, line_start=i + 1, line_end=i + 1)], line_start=i + 1, line_end=i + 1)
             for i, text in enumerate(texts)]
    return Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2027, fiscal_quarter=3),
                      participants=[cfo], turns=turns)


def test_the_corrected_figure_replaces_the_misstated_one() -> None:
    t = _call("Net bookings in the games segment grew 14% in the quarter, and operating margin was 31%.",
              "Before we go on, I need to correct one figure. I said net bookings grew 14%. The right number is 9% year over "
              "year. I apologize for that.")
    facts = extract_facts(t)
    assert not any(f.text == "14%" for f in facts), [(f.text, f.line) for f in facts]
    nine = next(f for f in facts if f.text == "9%")
    assert (nine.metric, nine.change.value, nine.period.label) == ("bookings", "yoy", "Q3 2027")
    assert any(f.text == "31%" for f in facts)


def test_a_figure_said_again_without_a_correction_stays() -> None:
    t = _call("Net bookings grew 14% in the quarter.", "As I said, net bookings grew 14%. Margin was 31%.")
    assert sum(f.text == "14%" for f in extract_facts(t)) == 2
