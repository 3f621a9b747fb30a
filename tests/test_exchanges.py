"""Q&A structure on small fictional calls: who is the analyst, who answers, where a slot ends.

Each fixture in tests/data/exchanges holds one failure class seen in real calls."""

from __future__ import annotations

import pytest

import ecta
from ecta.assemble import build_exchanges, parse_announcement
from ecta.model import Participant, Paragraph, Role, Section, Turn

from .conftest import DATA


def _parse(name: str):
    return ecta.parse(DATA / "exchanges" / name)


def _slots(t):
    return [(e.analyst.name, e.firm, e.question_turns, e.answer_turns, e.answered_by) for e in t.exchanges]


def test_operator_call_slots():
    t = _parse("operator_slots.txt")
    assert _slots(t) == [
        # The IR head asking for a second question and handing back to the operator answers nothing.
        ("Andrew Pell", "Copperfield Securities", [6, 9], [7, 10], ["arlo-vance", "priya-nandakumar"]),
        # Two analysts called to one line share the slot and the firm.
        ("Lena Marsh", "Halvard Capital", [13, 15], [14, 16], ["priya-nandakumar", "arlo-vance"]),
        # The same analyst back in the queue opens a new slot.
        ("Andrew Pell", "Copperfield Securities", [18], [19], ["arlo-vance"]),
    ]
    # The moderation lines stay inside the slot's span.
    assert t.exchanges[0].line_end == 12
    # The closing remarks after the operator's last call belong to no slot.
    assert 21 not in {i for e in t.exchanges for i in e.answer_turns}
    roles = {p.name: p.role for p in t.participants}
    assert roles["Tom Quigley"] is Role.ANALYST
    assert roles["Michelle Okafor"] is Role.CORPORATE


def test_ir_moderated_call_without_operator():
    t = _parse("ir_moderated.txt")
    assert [x.section for x in t.turns[:4]] == [Section.PRESENTATION] * 3 + [Section.QA]
    assert _slots(t) == [
        # An answer that says "move to X with Y" late in a long turn hands over nothing.
        ("Nadia Brook", "Ellery Partners", [4, 7], [5, 6, 8], ["owen-hartley", "tariq-bell"]),
        # An executive first heard in the Q&A, not called by anyone, answers for the company;
        # the sign-off closes the last slot.
        ("Victor Salas", "Dunmore Securities", [10], [11, 12], ["owen-hartley", "andrea-kim"]),
    ]
    roles = {p.name: p.role for p in t.participants}
    assert roles["Andrea Kim"] is Role.CORPORATE
    assert roles["Rosa Delgado"] is Role.CORPORATE


@pytest.mark.parametrize(
    "text, name, firm, also",
    [
        ("Our next question comes from Lena Marsh and Tom Quigley with Halvard Capital.", "Lena Marsh", "Halvard Capital", "Tom Quigley"),
        ("Your next question comes from the line of Ken Oduya with Marlow Brothers. Please go ahead.", "Ken Oduya", "Marlow Brothers", None),
        ("Thank you for the question.", None, None, None),
    ],
)
def test_parse_announcement(text, name, firm, also):
    ann = parse_announcement(text)
    got = (ann.name, ann.firm, ann.also) if ann else (None, None, None)
    assert got == (name, firm, also)


def _turn(i: int, who: Participant, text: str) -> Turn:
    return Turn(index=i, speaker=who, section=Section.QA, line_start=i + 1, line_end=i + 1,
                paragraphs=[Paragraph(text=text, line_start=i + 1, line_end=i + 1)])


def test_same_firm_colleague_after_an_answer_shares_the_slot():
    op = Participant(id="operator", name="Operator", role=Role.OPERATOR)
    a = Participant(id="ana", name="Ana Ruiz", role=Role.ANALYST, firm="Pellam Research")
    b = Participant(id="ben", name="Ben Cho", role=Role.ANALYST, firm="Pellam Research")
    c = Participant(id="cfo", name="Dee Vos", role=Role.CORPORATE)
    turns = [
        _turn(0, op, "Next question comes from Ana Ruiz with Pellam Research."),
        _turn(1, a, "How much of the growth was price?"),
        _turn(2, c, "About half of it."),
        _turn(3, b, "Ben here, a follow-up on volumes?"),
        _turn(4, c, "Volumes were up 3%."),
    ]
    ex = build_exchanges(turns)
    assert [(e.analyst.id, e.question_turns, e.answer_turns) for e in ex] == [("ana", [1, 3], [2, 4])]


def test_a_bare_thanks_under_another_analysts_label_stays_in_the_slot():
    op = Participant(id="operator", name="Operator", role=Role.OPERATOR)
    a = Participant(id="ana", name="Ana Ruiz", role=Role.ANALYST, firm="Pellam Research")
    b = Participant(id="ben", name="Ben Cho", role=Role.ANALYST, firm="Tollard & Co")
    c = Participant(id="cfo", name="Dee Vos", role=Role.CORPORATE)
    turns = [
        _turn(0, op, "Next question comes from Ana Ruiz with Pellam Research."),
        _turn(1, a, "How much of the growth was price?"),
        _turn(2, c, "About half of it."),
        _turn(3, b, "Great, thank you."),
        _turn(4, c, "Sure."),
        _turn(5, op, "Next question comes from Ben Cho with Tollard & Co."),
        _turn(6, b, "On margins, what changed?"),
        _turn(7, c, "Mostly freight."),
        # Without a hand-over, a real question from another firm still opens its own slot.
        _turn(8, a, "Sorry, one more on pricing: is the increase holding in Europe?"),
        _turn(9, c, "Yes."),
    ]
    ex = build_exchanges(turns)
    assert [(e.analyst.id, e.question_turns, e.answer_turns) for e in ex] == [
        ("ana", [1, 3], [2, 4]), ("ben", [6], [7]), ("ana", [8], [9])]


@pytest.mark.parametrize(
    "text, name, firm",
    [
        # The moderator moves on from a caller who is not there to the next one.
        ("The next question comes from Ines at Varo Bank. All right. While Ines sorts that out, we will go to "
         "the next question, which is going to come from Pavel Ostrov at Larchmont.", "Pavel Ostrov", "Larchmont"),
        ("Our next question comes from the line of Mae Lin from JP\u00a0Brandt. Your line is now open.", "Mae Lin", "JP Brandt"),
        ("And we'll move on to our next question, and that will be from Rui Okada of Fenwell.", "Rui Okada", "Fenwell"),
        ("Now, we go back to a follow-up from Dana Pryce of Osgood Bank.", "Dana Pryce", "Osgood Bank"),
    ],
)
def test_parse_announcement_last_caller_and_odd_spaces(text, name, firm):
    ann = parse_announcement(text)
    assert (ann.name, ann.firm) == (name, firm)


def test_unlisted_unidentified_participants_are_read_by_position():
    t = _parse("unidentified.md")
    assert _slots(t) == [
        ("Cole Avery", "Brackwater Capital", [4], [5], ["unidentified-company-representative"]),
        # One label for two callers: each slot takes the firm its hand-over names.
        ("Unidentified Participant", "Seaton Partners", [7, 9], [8, 10], ["marta-sokol", "idris-fenn"]),
        ("Unidentified Participant", "Olwen Securities", [12], [13], ["marta-sokol"]),
    ]
    roles = {p.id: (p.role, p.firm) for p in t.participants}
    assert roles["unidentified-company-representative"] == (Role.CORPORATE, None)
    assert roles["unidentified-participant"] == (Role.UNKNOWN, None)


def test_a_bare_unidentified_participant_after_an_answer_asks():
    t = _parse("unidentified_after_answer.md")
    assert _slots(t) == [
        # After the answer in a slot the operator called by name: the caller's follow-up, though no "?" ends it.
        ("Cole Avery", "Brackwater Capital", [4, 6], [5, 7], ["marta-sokol", "idris-fenn"]),
        # In a slot called by no name, as a `Q - Unidentified Participant` line reads: a new caller's question.
        ("Wren Iles", "Tamsin Equity", [9], [10], ["marta-sokol"]),
        ("Unidentified Participant", None, [11], [12], ["marta-sokol"]),
    ]


@pytest.mark.parametrize("said", ["Rhea, we have time for one more question.", "We have time for two more questions, operator.",
                                  "Let's take one more question.", "Ana, do you have a follow-up?"])
def test_investor_relations_keeping_time_answers_nothing(said):
    op = Participant(id="operator", name="Operator", role=Role.OPERATOR)
    a = Participant(id="ana", name="Ana Ruiz", role=Role.ANALYST, firm="Pellam Research")
    ceo = Participant(id="ceo", name="Rhea Stone", role=Role.CORPORATE)
    ir = Participant(id="ir", name="Tom Wade", role=Role.CORPORATE)
    turns = [
        _turn(0, op, "Next question comes from Ana Ruiz with Pellam Research."),
        _turn(1, a, "How is pricing holding up in the spring?"),
        _turn(2, ceo, "Pricing is holding, up about 2%."),
        _turn(3, ir, said),
    ]
    (ex,) = build_exchanges(turns)
    assert ex.answer_turns == [2] and ex.answered_by == ["ceo"]


def test_an_executive_going_back_to_the_last_callers_question_answers_in_that_slot():
    op = Participant(id="operator", name="Operator", role=Role.OPERATOR)
    a = Participant(id="ana", name="Ana Ruiz", role=Role.ANALYST, firm="Pellam Research")
    b = Participant(id="ben", name="Ben Cho", role=Role.ANALYST, firm="Tollard & Co")
    ceo = Participant(id="ceo", name="Rhea Stone", role=Role.CORPORATE)
    cfo = Participant(id="cfo", name="Dee Vos", role=Role.CORPORATE)
    turns = [
        _turn(0, op, "Next question comes from Ana Ruiz with Pellam Research."),
        _turn(1, a, "Two questions: pricing, and inventory?"),
        _turn(2, ceo, "Pricing is holding."),
        _turn(3, op, "Next question comes from Ben Cho with Tollard & Co."),
        _turn(4, ceo, "Dee, I think we missed Ana's second question on inventory. Can you take it?"),
        _turn(5, cfo, "Sure. Inventory will come down by year end."),
        _turn(6, ceo, "Good morning, Ben."),
        _turn(7, b, "On margins, what changed?"),
        _turn(8, cfo, "Mostly freight."),
    ]
    ex = build_exchanges(turns)
    assert [(e.analyst.id, e.question_turns, e.answer_turns) for e in ex] == [
        ("ana", [1], [2, 4, 5]), ("ben", [7], [8])]


def test_a_new_voice_after_the_operator_is_a_caller_only_when_asking():
    t = _parse("late_executive.txt")
    roles = {p.name: p.role for p in t.participants}
    # First heard in the Q&A, after the operator, but correcting the release: an executive.
    assert roles["Joanna Pike"] is Role.CORPORATE
    # Let on by "Your line is open." without a name, and asking: a caller.
    assert roles["Greta Nils"] is Role.ANALYST
    # First heard greeting the caller just called: an executive, and the line stays the caller's.
    assert roles["Bea Lorne"] is Role.CORPORATE
    assert _slots(t) == [
        ("Elliot Park", "Rowan Securities", [7], [8], ["ravi-mehta"]),
        ("Greta Nils", None, [10], [11], ["joanna-pike"]),
    ]


@pytest.mark.parametrize(
    "text, called",
    [
        ("Our next question comes from the line of Ada Wynn with J.P. Harlan. Your line is open.", ("Ada Wynn", "J.P. Harlan", None)),
        ("The first question comes from Mr. Ivo Chan with Larchmont. Please go ahead.", ("Mr. Ivo Chan", "Larchmont", None)),
    ],
)
def test_call_shape_announcement_keeps_initials_in_firms(text, called):
    from ecta.call_shape import announcement

    assert announcement(text) == called


@pytest.mark.parametrize(
    "closing",
    [
        "Well, let me wrap up. We had a strong quarter, our backlog is at a record and the new plant is on "
        "schedule for the second half. We remain focused on margins and on cash.",
        "Before we close, I want to thank our teams in every region for a strong quarter. The backlog is at a "
        "record and the new plant is on schedule.",
        "In closing, the quarter was strong and the backlog is at a record. The new plant is on schedule.",
    ],
)
def test_company_closing_remarks_end_the_last_slot(closing):
    a = Participant(id="ana", name="Ana Ruiz", role=Role.ANALYST, firm="Pellam Research")
    ceo = Participant(id="ceo", name="Rhea Stone", role=Role.CORPORATE)
    turns = [
        _turn(0, a, "How much of the growth was price?"),
        _turn(1, ceo, "About half of it."),
        _turn(2, a, "Thanks."),
        _turn(3, ceo, closing),
    ]
    ex = build_exchanges(turns)
    assert [(e.analyst.id, e.question_turns, e.answer_turns) for e in ex] == [("ana", [0, 2], [1])]


@pytest.mark.parametrize(
    "steer, answers",
    [
        ("Thanks, Ana. Can we have the next question, please?", False),
        ("Perfect. Thank you. Thanks, Ana. Operator, next question.", False),
        ("Sure, go ahead, Dee.", False),
        ("Thanks, Ana. That is a good question on the next quarter: we expect more.", True),
        ("Yes, the operator of that plant is our partner.", True),
    ],
)
def test_company_steering_is_no_answer(steer, answers):
    a = Participant(id="ana", name="Ana Ruiz", role=Role.ANALYST, firm="Pellam Research")
    ir = Participant(id="ir", name="Lou Hart", role=Role.CORPORATE)
    cfo = Participant(id="cfo", name="Dee Vos", role=Role.CORPORATE)
    turns = [_turn(0, a, "How much of the growth was price?"), _turn(1, cfo, "About half of it."), _turn(2, ir, steer)]
    (ex,) = build_exchanges(turns)
    assert ex.answer_turns == ([1, 2] if answers else [1])
    assert ex.line_end == 3


def test_questions_read_out_by_the_moderator():
    # A webcast's written questions: the operator reads each one, and no analyst speaks.
    t = _parse("read_questions.txt")
    assert [(e.analyst.name, e.firm, e.question_turns, e.answer_turns, e.answered_by, e.read_by) for e in t.exchanges] == [
        ("Dana Lee", "Example Securities", [3], [4], ["hana-ito"], "operator"),
        ("Omar Reyes", "Tallis Capital", [5], [6, 7], ["marco-lind", "hana-ito"], "operator"),
        # A question read without a name is still a question the company answers.
        ("Unnamed questioner", None, [8], [9], ["hana-ito"], "operator"),
    ]
    roles = {p.name: p.role for p in t.participants}
    assert roles["Dana Lee"] is Role.ANALYST and roles["Operator"] is Role.OPERATOR
    from ecta.report.qa import review

    first = review(t)[0]
    assert first.read_by == "Operator" and first.analyst == "Dana Lee"
    assert first.question_words < 20  # the reading, not the call for it


def test_questions_sent_in_writing_are_read_out_without_a_reading_cue():
    """The moderator says the questions come through the chat: a turn that calls a question and goes on is its reading
    (no "she asks"), one that reads on without calling a new one is the same questioner's, and an answer that opens by
    thanking the audience still answers."""
    t = _parse("chat_questions.txt")
    assert [(e.analyst.name, e.firm, e.question_turns, e.answer_turns, e.read_by) for e in t.exchanges] == [
        ("Talia Brandt", "Oakmere Capital", [2, 4], [3, 5], "operator"),
        ("Wells Adair", None, [6], [7], "operator"),
        # "from from Harbor Capital": the questioner's name was lost, and the firm's first word is none.
        ("Unnamed questioner", None, [8], [9], "operator"),
    ]
    from ecta.report.qa import review

    first = review(t)[0]
    assert first.question_words == len("How much of next year's output is already hedged?".split()) + len(
        t.turns[4].text.split())


def test_operator_calling_analysts_reads_nothing():
    # The nearby case: the operator hands the line over (even asking "Are you there?"), the analyst asks, and an
    # executive's "the question is, ...?" inside an answer reads out nothing.
    t = _parse("operator_calls_analysts.txt")
    assert [(e.analyst.name, e.question_turns, e.answer_turns, e.read_by) for e in t.exchanges] == [
        ("Dana Lee", [3], [4], None),
        ("Omar Reyes", [6], [7], None),
    ]


def test_a_question_read_out_counts_toward_the_questioners_tone():
    """The words a moderator reads out are the questioner's: in tone they are the analyst's (speaker, role), and only
    the call for them ("Our next question comes from ... He writes:") stays the moderator's. The nearby case: an
    analyst asking on the line, called by the operator, keeps the operator's words with the operator."""
    from ecta.report.tone import tone

    lists = {c: frozenset() for c in ("positive", "negative", "uncertainty", "litigious", "constraining",
                                      "strong_modal", "weak_modal")}
    lists.update(positive=frozenset({"improvement", "welcome"}), negative=frozenset({"slowdown"}))
    result = tone(_parse("read_questions.txt"), lists)
    speakers = {r.label: r.counts for r in result.by_speaker}
    roles = {r.key: r.counts for r in result.by_role}
    assert speakers["Omar Reyes"].positive == 1 and speakers["Unnamed questioner"].negative == 1
    assert speakers["Dana Lee"].words == len("how much of the backlog do you expect to ship in the next two quarters?".split())
    assert speakers["Operator"].positive == 1 and speakers["Operator"].negative == 0  # its welcome only
    assert roles["analyst"].positive == 1 and roles["analyst"].negative == 1
    labels = {r.key: r.label for r in result.by_turn}
    assert labels["5"] == "Omar Reyes, read by Operator" and labels["8"] == "Unnamed questioner, read by Operator"

    on_line = {r.label: r.counts for r in tone(_parse("operator_calls_analysts.txt"), lists).by_speaker}
    assert on_line["Operator"].positive == 1 and on_line["Omar Reyes"].positive == 1
    assert on_line["Dana Lee"].words == len("Thanks. How much of the backlog do you expect to ship in the next two quarters?".split())


def test_the_report_shows_tone_by_speaker_with_roles():
    """The table by speaker is in every format: the questioners whose questions were read out are in it as analysts,
    the operator is not."""
    from ecta.report import analyze
    from ecta.report.render_html import html
    from ecta.report.render_text import markdown

    t = _parse("read_questions.txt")
    r = analyze(t)
    md = markdown(r)
    assert "### Tone by speaker" in md and "| Omar Reyes | analyst |" in md and "| Hana Ito | management |" in md
    assert "| Operator |" not in md.split("### Tone by speaker")[1]
    page = html(r, t)
    assert "Tone by speaker" in page and "<td>Omar Reyes</td><td>analyst</td>" in page


def test_a_colleague_on_for_the_labelled_analyst_is_who_asked():
    """A turn labelled with the analyst called, whose speaker says "this is Marta Quell on for Tobias", is Marta's,
    as is her follow-up under the same label; she keeps Tobias's firm. The nearby cases stay: the analyst naming
    themself, and "on behalf of" a team rather than the labelled analyst."""
    t = _parse("stand_in.md")
    assert [(e.analyst.name, e.firm) for e in t.exchanges] == [
        ("Marta Quell", "Dunmore Securities"), ("Priya Lanark", "Osgood Partners"), ("Colm Ardee", "Fenwick Hale")]
    first = t.exchanges[0]
    assert {t.turns[i].speaker.name for i in first.question_turns} == {"Marta Quell"}
    assert "Tobias Reyne" not in {tr.speaker.name for tr in t.turns}


def test_she_says_is_a_reading_cue():
    """A moderator reading a written question may cue it "she says, ..." (speech-recognition transcripts, where the
    firm can be lost before it): the name before the cue is the questioner's, the firm where one is said."""
    t = _parse("chat_questions_says.txt")
    assert [(e.analyst.name, e.firm, e.question_turns, e.answer_turns, e.read_by) for e in t.exchanges] == [
        ("Noor Kessler", None, [2], [3], "operator"),
        ("Piet Alder", "Dunmore Securities", [4], [5], "operator"),
    ]
    from ecta.report.qa import review

    first = review(t)[0]
    # The reading without the words calling it.
    assert first.question_words == len("question is about, cotton prices went up again in the quarter. How much of that "
                                       "can you pass on before the winter range ships?".split())
