"""A speaker who corrects a figure ("I said ... rose 17%. The correct figure is 12%.") states the corrected figure, of
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
    t = _call("Subscription sales in the software unit rose 17% in the quarter, and operating margin was 28%.",
              "One fix before questions. I said subscription sales rose 17%. The correct figure is 12% year over year. My "
              "mistake.")
    facts = extract_facts(t)
    assert not any(f.text == "17%" for f in facts), [(f.text, f.line) for f in facts]
    twelve = next(f for f in facts if f.text == "12%")
    assert (twelve.change.value, twelve.period.label) == ("yoy", "Q3 2027")
    assert twelve.metric == next(f for f in extract_facts(_call("Subscription sales rose 17%.")) if f.text == "17%").metric
    assert any(f.text == "28%" for f in facts)


def test_a_figure_said_again_without_a_correction_stays() -> None:
    t = _call("Subscription sales rose 17% in the quarter.", "As I said, subscription sales rose 17%. Margin was 28%.")
    assert sum(f.text == "17%" for f in extract_facts(t)) == 2


def test_a_parts_margin_corrected_under_another_margin_name() -> None:
    t = _call("Turning to the segments. Marine operating income was $61 million, or 14.8% of its revenue.",
              "One fix before the next question. I gave the marine operating margin as 14.8%. The correct figure is 13.8%.")
    facts = extract_facts(t)
    assert not any(f.text == "14.8%" for f in facts), [(f.text, f.metric, f.line) for f in facts]
    assert any(f.text == "13.8%" for f in facts)
