"""Speakerless calls (earningscall levels 1/4, sentence files): who is called, where the answer
starts, and that a split never loses, repeats or reorders a word."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ecta
from ecta.formats import _flat as flat
from ecta.model import Role

from .conftest import shared_files, shared_path

SETTINGS = settings(deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

# Sentences a call is made of, cues and non-cues alike, so the splitter meets every branch.
SENTENCES = st.sampled_from([
    "Thanks for taking my question.", "Priya, how is demand in Europe?", "Thank you.", "Thanks.",
    "Thanks, Grace.", "Yeah, thanks, Grace.", "Sure.", "Yes, so demand held up.", "Great question.",
    "Let me take that one.", "Tomas, do you want to add?", "I'll let Tomas answer that.",
    "And just a follow-up on pricing, is it holding?", "Great, thanks.", "This is Tomas.",
    "Revenue was $12 million.", "We expect margins near 40%.", "hi what is the tax rate",
    "I will now turn the call back over to Priya Natarajan for closing remarks.",
    "With that, I'll hand it over to our CFO, Tomas Reyes.", "Okay.", "?", "Grace.",
    "Thanks, <UNK>.", "Can you tell us which customer it was with?", "And has any client asked to switch so far?",
    "I'm afraid we can't say.", "Okay, and one last one on costs.", "It is, but small.", "Fair enough.",
])
EXECS = [flat.Executive("Priya Natarajan", "Chief Executive Officer"), flat.Executive("Tomas Reyes", "CFO")]


def _covers(parts: list[flat.Part], n: int) -> bool:
    return [i for p in parts for i in range(p.start, p.end)] == list(range(n))


@settings(SETTINGS, max_examples=300)
@given(st.lists(SENTENCES, max_size=25), st.sampled_from([None, "Grace Whitfield", "grace"]))
def test_slot_split_keeps_every_unit_once_in_order(units, analyst):
    parts = flat.split_slot(units, analyst, EXECS)
    assert _covers(parts, len(units))
    assert all(p.end > p.start for p in parts)


@settings(SETTINGS, max_examples=200)
@given(st.lists(SENTENCES, max_size=25))
def test_remarks_split_keeps_every_unit_once_in_order(units):
    assert _covers(flat.split_remarks(units, EXECS), len(units))


@settings(SETTINGS, max_examples=60)
@given(st.lists(SENTENCES, min_size=1, max_size=30))
def test_level4_parse_keeps_every_word(sentences):
    qa = "Our first question comes from the line of Grace Whitfield with Larkspur Capital. " + " ".join(sentences)
    doc = {"prepared_remarks": "Welcome to the call. With me today is Tomas Reyes, our CFO. Revenue grew.",
           "questions_and_answers": qa}
    t = ecta.parse(json.dumps(doc).encode())
    said = " ".join(tr.text for tr in t.turns).split()
    assert said == (doc["prepared_remarks"] + " " + qa).split()


@settings(SETTINGS, max_examples=40)
@given(st.lists(SENTENCES, min_size=1, max_size=30))
def test_sentence_file_keeps_every_line(sentences):
    lines = ["Revenue was $12 million in the quarter.", "Our first question comes from Paul Ndiaye with Stanmore.",
             *sentences, "We expect margins near 40% next year."]
    t = ecta.parse(("\n".join(lines) + "\n").encode(), format="sentences")
    got = [(p.line_start, p.text) for tr in t.turns for p in tr.paragraphs]
    assert got == [(n, s) for n, s in enumerate(lines, start=1) if s.strip()]


@pytest.mark.parametrize("text, name, firm", [
    ("And your next question comes from the line of Jane Roe with Acme Securities. Your line is open.", "Jane Roe", "Acme Securities"),
    ("and your next question comes from the line of jane roe with acme research your line is open", "Jane Roe", "Acme Research"),
    ("Our next question is from Omar Haddad of Birchline Partners. Please go ahead.", "Omar Haddad", "Birchline Partners"),
    ("The first question comes from Li Wei at Kite Bank.", "Li Wei", "Kite Bank"),
    ("We have a question from the line of Ana Cruz. Please go ahead.", "Ana Cruz", None),
])
def test_called_reads_name_and_firm(text, name, firm):
    assert flat.called(text) == (name, firm)


def test_called_is_none_without_a_name():
    assert flat.called("Our next question comes from the line of.") is None


def test_executives_from_introduction_and_hand_over():
    text = ("With me today are Jane Roe, our Chief Executive Officer, and Sam Ode, Senior Vice President and Treasurer. "
            "I'll now turn the call over to our CFO, Li Park.")
    assert [(e.name, e.title) for e in flat.executives(text)] == [
        ("Jane Roe", "Chief Executive Officer"), ("Sam Ode", "Senior Vice President and Treasurer"), ("Li Park", "CFO")]


def _kinds(units, analyst="Grace Whitfield"):
    return [(p.kind, p.start, p.speaker.name if p.speaker else None) for p in flat.split_slot(units, analyst, EXECS)]


def test_question_then_named_answer_and_hand_off():
    units = ["Hi.", "Priya, how is demand?", "Thanks, Grace.", "Demand is strong.", "Tomas, do you want to add?",
             "Margins rose."]
    assert _kinds(units) == [("question", 0, None), ("answer", 2, "Priya Natarajan"), ("answer", 5, "Tomas Reyes")]


def test_follow_up_takes_the_thanks_before_it():
    units = ["How is demand?", "Sure.", "It is strong.", "Great, thanks.", "And just a follow-up, is pricing holding?",
             "Yes, it is."]
    assert _kinds(units) == [("question", 0, None), ("answer", 1, None), ("question", 3, None), ("answer", 5, None)]


def test_no_cue_keeps_the_slot_whole():
    assert _kinds(["Hi, on hiring, we remain on plan.", "We expect to add 200 engineers."]) == [("question", 0, None)]
    # A caller's own thanks after the ask is not an answer.
    assert _kinds(["What is the tax rate?", "Thanks."]) == [("question", 0, None)]


def test_caller_thanked_first_is_an_answer_only_source():
    assert _kinds(["Thanks for the question, Grace.", "Demand is strong."]) == [("answer", 0, None)]


def test_unnamed_answers_are_one_corporate_participant():
    doc = {"text": "Good morning. Revenue grew 5%. Our first question comes from Ana Cruz with Kite Bank. Please go ahead. What is the outlook? "
                   "Great question. We expect growth. Our next question comes from Bo Li with Acme. Please go ahead. "
                   "How is pricing? Thanks, Bo. Pricing held."}
    t = ecta.parse(json.dumps(doc).encode())
    unnamed = [p for p in t.participants if p.name == flat.UNNAMED]
    assert len(unnamed) == 1 and unnamed[0].role is Role.CORPORATE and not unnamed[0].listed
    assert [ex.answered_by for ex in t.exchanges] == [[unnamed[0].id], [unnamed[0].id]]
    assert any(flat.UNNAMED in w for w in t.warnings)


def _sections(lines):
    t = ecta.parse(("\n".join(lines) + "\n").encode(), format="sentences")
    return [(tr.line_start, tr.section.value) for tr in t.turns]


def test_executive_opening_questions_now_starts_the_qa_but_not_when_announced_for_later():
    body = ["Revenue was $12 million in the quarter.", "Margins were 40%.", "Cash was $3 million."]
    later = ["After Sam's remarks, we'll open the call to questions.", *body, "Demand held up well."]
    assert {s for _, s in _sections(later)} == {"presentation"}
    now = [*body, "With that, we will now open the call to questions.", "Demand held up well in Europe."]
    assert _sections(now) == [(1, "presentation"), (5, "qa")]


def test_fragment_opening_with_a_reply_is_qa_by_the_company():
    lines = ["Thanks for the question.", "Demand held up well.", "Margins were 40%.", "Cash was $3 million.",
             "We expect more next year."]
    t = ecta.parse(("\n".join(lines) + "\n").encode(), format="sentences")
    assert {(tr.section.value, tr.speaker.role) for tr in t.turns} == {("qa", Role.CORPORATE)}
    assert t.exchanges == []


def test_a_misheard_surname_is_the_executive_introduced():
    text = ("With me today are Jane Roe, Chief Executive Officer, and Sam Ode, Chief Financial Officer. "
            "I will now turn the call back over to Jane Rowe for closing remarks.")
    assert [e.name for e in flat.executives(text)] == ["Jane Roe", "Sam Ode"]
    units = ["What is the outlook?", "Sure.", "Growth.", "I will now turn the call back over to Jane Rowe for closing remarks.",
             "Thank you all."]
    execs = flat.executives(text)
    assert [(p.kind, p.start, p.speaker.name if p.speaker else None) for p in flat.split_slot(units, None, execs)] == [
        ("question", 0, None), ("answer", 1, None), ("operator", 3, None), ("remarks", 4, "Jane Roe")]


def test_shared_level4_call_keeps_every_word_and_names_who_answered():
    path = shared_path("formats", "earningscall-api-json", "NVDA_FY2025Q2_level4_sections_qa_null.json")
    doc = json.loads(path.read_text("utf-8"))
    t = ecta.parse(path)
    assert " ".join(tr.text for tr in t.turns).split() == doc["prepared_remarks"].split()
    assert t.exchanges and all(ex.analyst.firm and ex.analyst.role is Role.ANALYST for ex in t.exchanges)
    assert not any(ex.analyst.name.startswith("Unidentified") for ex in t.exchanges)
    answered = [ex for ex in t.exchanges if ex.answer_turns]
    assert len(answered) >= len(t.exchanges) - 1
    # Where the text names the answerer, the answer is theirs, with the title from the introduction.
    named = {t.participant(pid).name for ex in answered for pid in ex.answered_by} - {flat.UNNAMED}
    assert named and all(t.participant(pid).title for ex in answered for pid in ex.answered_by
                         if t.participant(pid).name in named)


@pytest.mark.parametrize("path", shared_files("formats", "maec-sentences", pattern="*.txt"), ids=lambda p: p.name)
def test_shared_maec_files_keep_every_line(path):
    t = ecta.parse(path)
    lines = path.read_text("utf-8").splitlines()
    got = [(p.line_start, p.text) for tr in t.turns for p in tr.paragraphs]
    assert got == [(n, s.strip()) for n, s in enumerate(lines, start=1) if s.strip()]


@pytest.mark.parametrize("hand_over", [
    "I'll turn it over to Jane.",
    "Jane will walk you through the numbers.",
    "Now Jane will take you through the quarter in more detail.",
    "With that, let me hand the call to our CFO, Jane Doe.",
    "Over to you, Jane.",
    "With that, Jane?",
    "Jane, please take it away.",
    "Jane?",
])
def test_remarks_hand_over_phrasings_give_the_next_unit_to_the_named_executive(hand_over):
    units = ["Thanks, Nadia, and good morning.", "Volumes grew 6%.", hand_over, "Thank you, Bob.", "Revenue was $318 million."]
    execs = [flat.Executive("Bob Kettering", "CEO"), flat.Executive("Jane Doe", "CFO")]
    got = [(p.start, p.speaker.name if p.speaker else None) for p in flat.split_remarks(units, execs)]
    # The next voice's thanks names who spoke before the hand-over.
    assert got == [(0, "Bob Kettering"), (3, "Jane Doe")]


def test_a_later_mention_is_not_a_hand_over_and_a_thanks_to_someone_addressed_names_nobody():
    units = ["Jane will review the segments later in the call.", "Volumes grew 6%.", "Margins rose."]
    assert [(p.start, p.speaker) for p in flat.split_remarks(units, [])] == [(0, None)]
    # The thanked one was spoken to, so is not who spoke before.
    units = ["And for what it's worth, Jeff, we are patient.", "Thanks, Jeff.", "Margins rose."]
    assert [(p.start, p.speaker) for p in flat.split_remarks(units, [])] == [(0, None), (1, None)]
    # A bare "Thanks, Mark." may thank a caller whose words the source dropped: a new voice, no name.
    units = ["Demand rose.", "Thanks, Mark.", "Margins rose."]
    assert [(p.start, p.speaker) for p in flat.split_remarks(units, [])] == [(0, None), (1, None)]
    parts = flat.split_remarks(units, [flat.Executive("Mark Tull")])
    assert [(p.start, p.speaker and p.speaker.name) for p in parts] == [(0, "Mark Tull"), (1, None)]


def test_answer_opens_after_an_ask_closed_by_a_thanks_and_an_and_follow_up_is_the_callers():
    units = ["What are you assuming for fuel next year, thank you.", "So, we assume it stays flat.", "Okay.",
             "And on terminals, when do they break even?", "Yes, by mid-year."]
    assert _kinds(units) == [("question", 0, None), ("answer", 1, None), ("question", 2, None), ("answer", 4, None)]
    # A rhetorical "And why?" inside an answer, with no acknowledgement before it, stays the answer's.
    units = ["How is demand?", "Sure.", "Demand rose.", "And why is that?", "Because pricing held."]
    assert _kinds(units) == [("question", 0, None), ("answer", 1, None)]


def test_the_executive_a_question_opens_on_answers_first():
    units = ["Hi.", "Tomas, how is the margin, and a follow-up for Priya on demand?", "Thanks, Grace.", "Margins rose."]
    assert _kinds(units) == [("question", 0, None), ("answer", 2, "Tomas Reyes")]
    # Both named, neither opened on: nobody is the first answerer.
    units = ["Hi.", "A question for Tomas on margins and one for Priya on demand?", "Thanks, Grace.", "Demand held."]
    assert _kinds(units) == [("question", 0, None), ("answer", 2, None)]


def test_a_caller_going_on_after_a_question_mark_is_not_answered_yet():
    # A machine transcript drops a "?" ("What's on your dashboard ..."); the real ask comes later.
    units = ["How is demand?", "What's on your dashboard as you gauge returns.", "And a follow-up for Priya.",
             "I think the outlook went up.", "What drives it?", "Thanks, Grace.", "Demand is strong."]
    assert _kinds(units) == [("question", 0, None), ("answer", 5, "Priya Natarajan")]


def test_an_operator_opening_a_callers_line_names_no_executive():
    text = "Our next question comes from Ana Cruz. Ana, please go ahead. Hi. How is demand? Thanks, Ana. Demand rose."
    assert flat.executives(text) == []


def test_a_caller_whose_name_the_source_masks_is_still_the_analyst_of_the_slot():
    lines = ["Good morning, and welcome to the call.", "Revenue grew 6% in the quarter.",
             "Our first question comes from <UNK> with Fenmoor Capital.", "Good morning.", "How is pricing holding up?",
             "It's a fair question, and we get it often.", "Pricing held, and we expect it to hold next year.",
             "Our next question comes from <UNK> with Dovecot Partners.", "What about the new plant?",
             "We don't have anything to announce today."]
    t = ecta.parse(("\n".join(lines) + "\n").encode(), format="sentences")
    assert [(ex.analyst.name, ex.firm) for ex in t.exchanges] == [
        ("Unnamed questioner (Fenmoor Capital)", "Fenmoor Capital"), ("Unnamed questioner (Dovecot Partners)", "Dovecot Partners")]
    assert all(ex.analyst.role is Role.ANALYST and ex.answered_by for ex in t.exchanges)
    # The answer opens at the courtesy, not after it: the question is the caller's two lines only.
    first = [tr for tr in t.turns if tr.speaker.role is Role.ANALYST][0]
    assert (first.line_start, first.line_end) == (4, 5)


SLOTS = json.loads((Path(__file__).parent / "data" / "flat_slots.json").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c["xfail"])) if "xfail" in c else c
                                  for c in SLOTS], ids=[c["id"] for c in SLOTS])
def test_masked_slot_splits_question_and_answers(case):
    parts = flat.split_slot(case["units"], None, [])
    said = "".join(("Q" if p.kind == flat.QUESTION else "A") * (p.end - p.start) for p in parts)
    assert said == case["split"]
