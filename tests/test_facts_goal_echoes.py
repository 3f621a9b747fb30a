"""A goal named in the remarks and said again later in the present ("So that takes us to the EUR 14 billion") is that goal
as first given, even where a level of the same size was misread in between; an analyst's guide for a period ahead ("the
guide is EUR 3 billion for Q1") is not a level of that size said before."""

from __future__ import annotations

from ecta.facts import extract_facts
from ecta.model import FactKind, Meta, Paragraph, Participant, Role, Section, Transcript, Turn


def _call(*turns: tuple[str, str]) -> Transcript:
    ceo = Participant(id="ceo", name="Cora Example", role=Role.CORPORATE)
    analyst = Participant(id="an", name="Dan Sample", role=Role.ANALYST, firm="Fictional Securities")
    who = {"ceo": ceo, "an": analyst}
    out = [Turn(index=i, speaker=who[sp], section=Section.PRESENTATION if i == 0 else Section.QA,
                paragraphs=[Paragraph(text=text, line_start=i + 1, line_end=i + 1)], line_start=i + 1, line_end=i + 1)
           for i, (sp, text) in enumerate(turns)]
    return Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2026, fiscal_quarter=4),
                      participants=[ceo, analyst], turns=out)


def test_a_goal_said_again_in_the_present_is_that_goal() -> None:
    t = _call(("ceo", "For 2028 we still expect total noninterest expenses of around 14 billion euros."),
              ("an", "How do you bridge from this year's costs?"),
              ("ceo", "Starting from this year's EUR 15.6 billion, we must get down to EUR 14 billion, and the run-off of one-time "
                      "charges does most of that. So that takes us to the EUR 14 billion."))
    again = [f for f in extract_facts(t) if f.turn == 2 and f.value is not None and f.value == 14_000_000_000]
    assert again[-1].kind is FactKind.GUIDANCE and again[-1].period.label == "FY2028"


def test_an_analysts_guide_for_a_quarter_is_not_an_earlier_level() -> None:
    t = _call(("ceo", "Adjusted costs ran near 3 billion euros in most quarters this year, ending at 3.1 billion euros."),
              ("an", "So your guide is EUR 3 billion for Q1, and roughly EUR 12 billion across next year?"))
    q1 = next(f for f in extract_facts(t) if f.turn == 1 and "3 billion" in f.text)
    assert (q1.kind, q1.period.label) == (FactKind.GUIDANCE, "Q1 2027")
