"""An outlook said again in the Q&A ("The 60 basis points is the least we would accept") is that outlook, and the Street's
figure an analyst derives ("The Street has $3.1 billion, which is roughly 5% growth") stays the Street's."""

from __future__ import annotations

from ecta.facts import extract_facts
from ecta.model import FactKind, Meta, Paragraph, Participant, Role, Section, Transcript, Turn


def _call(*turns: tuple[str, str]) -> Transcript:
    cfo = Participant(id="cfo", name="Ann Example", role=Role.CORPORATE)
    analyst = Participant(id="an", name="Bob Sample", role=Role.ANALYST, firm="Fictional Securities")
    who = {"cfo": cfo, "an": analyst}
    out = [Turn(index=i, speaker=who[sp], section=Section.PRESENTATION if i == 0 else Section.QA,
                paragraphs=[Paragraph(text=text, line_start=i + 1, line_end=i + 1)], line_start=i + 1, line_end=i + 1)
           for i, (sp, text) in enumerate(turns)]
    return Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2027, fiscal_quarter=3),
                      participants=[cfo, analyst], turns=out)


def test_an_outlook_pointed_back_at_in_an_answer_is_that_outlook() -> None:
    t = _call(("cfo", "Next fiscal year, fiscal 2028, we anticipate sales growth near 6% and at least 60 basis points of operating margin expansion."),
              ("an", "Could the 60 basis points turn out conservative?"),
              ("cfo", "The 60 basis points is the least we would accept. Launch spending lands early in the year."))
    answer = next(f for f in extract_facts(t) if f.turn == 2)
    assert (answer.kind, answer.metric, answer.period.label) == (FactKind.GUIDANCE, "operating_margin", "FY2028")


def test_growth_off_the_street_number_is_the_streets() -> None:
    t = _call(("cfo", "Sales grew 5% in the quarter."),
              ("an", "The Street has sales at about $3.1 billion next year, which is roughly 5% growth on your raised midpoint."))
    five = next(f for f in extract_facts(t) if f.turn == 1 and f.text == "roughly 5%")
    assert five.kind is FactKind.ESTIMATE
