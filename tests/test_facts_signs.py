"""Signs that come from what a figure is said of, not from its own words: an answer's "helped by 40 basis points"
about the cost ratio the question named is a fall in that ratio."""

from __future__ import annotations

from decimal import Decimal

from ecta.facts import extract_facts
from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn


def _qa(question: str, answer: str) -> Transcript:
    analyst = Participant(id="an", name="Bob Sample", role=Role.ANALYST, firm="Fictional Securities")
    cfo = Participant(id="cfo", name="Ann Example", role=Role.CORPORATE)
    turns = [
        Turn(index=0, speaker=analyst, section=Section.QA, line_start=1, line_end=1,
             paragraphs=[Paragraph(text=question, line_start=1, line_end=1)]),
        Turn(index=1, speaker=cfo, section=Section.QA, line_start=2, line_end=2,
             paragraphs=[Paragraph(text=answer, line_start=2, line_end=2)]),
    ]
    return Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2026, fiscal_quarter=2),
                      participants=[analyst, cfo], turns=turns)


def test_an_answer_about_a_cost_ratio_improvement_is_a_fall() -> None:
    t = _qa("How much of the improvement in the operating ratio came from fuel?",
            "Fuel helped by about 30 basis points, and productivity did the rest.")
    (fact,) = [f for f in extract_facts(t) if f.turn == 1]
    assert fact.value == -30 and fact.unit == "bps"


def test_an_answer_about_a_margin_improvement_stays_a_rise() -> None:
    t = _qa("How much of the improvement in gross margin came from pricing?",
            "Pricing helped by about 30 basis points, and mix did the rest.")
    (fact,) = [f for f in extract_facts(t) if f.turn == 1]
    assert fact.value == 30


def _talk(*paragraphs: str) -> Transcript:
    cfo = Participant(id="cfo", name="Ann Example", role=Role.CORPORATE)
    turns = [Turn(index=0, speaker=cfo, section=Section.PRESENTATION, line_start=1, line_end=len(paragraphs),
                  paragraphs=[Paragraph(text=p, line_start=i + 1, line_end=i + 1) for i, p in enumerate(paragraphs)])]
    return Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2026, fiscal_quarter=2),
                      participants=[cfo], turns=turns)


def test_the_same_amount_pointed_back_at_keeps_its_loss_sign() -> None:
    t = _talk("The coatings unit took a negative profit adjustment of $18 million on a fixed-price contract.",
              "Excluding the $18 million, segment margin would have been 9.1%.")
    values = [f.value for f in extract_facts(t) if f.text.endswith("$18 million")]
    assert values == [-18000000, -18000000]


def test_another_metric_of_the_same_size_does_not_take_the_loss_sign() -> None:
    t = _talk("The coatings unit took a negative profit adjustment of $18 million on a fixed-price contract.",
              "Net income was $18 million higher than last year, and capital spending was $18 million for the quarter.")
    later = [f for f in extract_facts(t) if f.line == 2 and f.text.endswith("$18 million")]
    assert len(later) == 2 and all(f.value == 18000000 for f in later)


def test_a_level_of_another_metric_does_not_take_a_moves_sign() -> None:
    t = _talk("Our processing margin was $0.40 a bushel lower than in the first quarter.",
              "The board raised the quarterly dividend to $0.44 per share, 10% higher than the $0.40 we paid a year ago.")
    later = [f for f in extract_facts(t) if f.line == 2 and f.text == "$0.40"]
    assert len(later) == 1 and later[0].value == Decimal("0.40") and later[0].metric == "dividend", later


def test_a_shortfall_said_again_as_the_one_mentioned_keeps_its_sign() -> None:
    t = _talk("Against our long-term expectation, the weak quarter in private equity cost us about $0.05 a share year over year.",
              "Had those funds earned their usual return, earnings would have been $20 million higher, which is the $0.05 I mentioned.")
    later = [f for f in extract_facts(t) if f.line == 2 and f.text == "$0.05"]
    assert len(later) == 1 and later[0].value == Decimal("-0.05"), later
