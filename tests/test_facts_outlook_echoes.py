"""An outlook said again in the Q&A ("The 50 basis points is a floor we are comfortable with") is that outlook, and the
Street's figure an analyst derives ("Consensus is at $5.4 billion, which is roughly 6% growth") stays the Street's."""

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
    t = _call(("cfo", "For fiscal 2028, we expect revenue growth of about 7% and at least 50 basis points of operating margin expansion."),
              ("an", "Is at least 50 basis points of expansion the floor?"),
              ("cfo", "The 50 basis points is a floor we are comfortable with. Marketing will run ahead of revenue early in the year."))
    answer = next(f for f in extract_facts(t) if f.turn == 2)
    assert (answer.kind, answer.metric, answer.period.label) == (FactKind.GUIDANCE, "operating_margin", "FY2028")


def test_growth_off_the_street_number_is_the_streets() -> None:
    t = _call(("cfo", "Revenue grew 6% in the quarter."),
              ("an", "Consensus has revenue at about $5.4 billion for next year, which is roughly 6% growth off your new midpoint."))
    six = next(f for f in extract_facts(t) if f.turn == 1 and f.text == "roughly 6%")
    assert six.kind is FactKind.ESTIMATE
