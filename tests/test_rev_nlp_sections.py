"""Where the Q&A of a Rev `.nlp` call starts (fictional calls written here, one token a line)."""

from __future__ import annotations

import ecta
from ecta.model import Role, Section, Transcript
from ecta.source import Source

HEADER = "token|speaker|ts|endTs|punctuation|prepunctuation|case|tags"
FILLER = ("Our fleet of cold storage sites ran close to capacity through the season and we kept costs in check. "
          "Orders from grocery partners grew in every region we serve. ")


def _nlp(turns: list[tuple[int, str]]) -> bytes:
    rows = [HEADER]
    for speaker, text in turns:
        for word in text.split():
            punct = word[-1] if word[-1] in ".,?!" else ""
            rows.append(f"{word.rstrip('.,?!')}|{speaker}|0.0|0.1|{punct}||LC|[]")
    return ("\n".join(rows) + "\n").encode()


OPERATOR_OPENS = (0, "Good morning and welcome to the Larkspur Cold Chain third quarter earnings call. "
                     "This call is being recorded. I would now like to turn the call over to Nadia Brandt.")
HOST = (1, "Thank you. With me today are our chief executive and our chief financial officer.")
CEO = (2, "Thanks, Nadia. " + FILLER * 12)
OPERATOR_CALLS = (0, "Thank you. Our first question comes from Tobias Rand with Fenwick Partners. "
                     "Your line is open.")
ANALYST = (4, "Thanks for taking my question. How much of the growth came from new sites?")
CFO_ANSWERS = (3, "About a third of it came from the two sites we opened in the spring.")


def _sections(data: bytes) -> tuple[list[tuple[str, Section]], Transcript]:
    t = ecta.parse(Source(data=data, name="call.nlp"))
    return [(tr.speaker.name, tr.section) for tr in t.turns], t


def test_a_first_turn_of_remarks_ending_in_the_hand_over_stays_in_the_presentation() -> None:
    cfo = (3, "Thank you. " + FILLER * 10 + "With that, operator, we'll take questions.")
    turns, t = _sections(_nlp([OPERATOR_OPENS, HOST, CEO, cfo, OPERATOR_CALLS, ANALYST, CFO_ANSWERS]))
    P, Q = Section.PRESENTATION, Section.QA
    assert [s for _, s in turns] == [P, P, P, P, Q, Q, Q]
    assert [ex.analyst.name for ex in t.exchanges] == ["Speaker 5"]
    assert t.turns[3].speaker.role is Role.CORPORATE


def test_a_host_moving_the_call_to_questions_opens_the_qa_with_that_turn() -> None:
    cfo = (3, "Thank you. " + FILLER * 10)
    host = (5, "Thanks. We'll now take questions. Our first question comes from Tobias Rand. Go ahead.")
    turns, _ = _sections(_nlp([OPERATOR_OPENS, HOST, CEO, cfo, host, ANALYST, CFO_ANSWERS]))
    P, Q = Section.PRESENTATION, Section.QA
    assert [s for _, s in turns] == [P, P, P, P, Q, Q, Q]


def test_a_caller_introduced_as_next_we_have_is_an_analyst() -> None:
    cfo = (3, "Thank you. " + FILLER * 10 + "With that, operator, we'll take questions.")
    answer = (2, "We see the new sites filling by the summer.")
    next_caller = (0, "Next, we have Ilse Moreau from Quayside Research.")
    caller = (5, "Thanks. Can you talk about pricing into the winter? I had you at a little more than that.")
    turns, t = _sections(_nlp([OPERATOR_OPENS, HOST, CEO, cfo, OPERATOR_CALLS, ANALYST, answer, next_caller, caller, CFO_ANSWERS]))
    assert t.turns[8].speaker.role is Role.ANALYST
    assert [ex.analyst.name for ex in t.exchanges] == ["Speaker 5", "Speaker 6"]
