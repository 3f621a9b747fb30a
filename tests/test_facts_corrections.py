"""A speaker who corrects a figure ("I said ... rose 17%. The correct figure is 12%.") states the corrected figure, of
the same measure; the figure corrected is no fact, where it was first given nor where it is repeated."""

from __future__ import annotations

import pytest

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


def test_a_corrected_growth_leaves_a_level_of_the_same_size() -> None:
    t = _call("Podcasts were 24% of gross spend this quarter. Licensing fees rose 24% to $51 million.",
              "One fix before questions. I said licensing fees rose 24%. The right figure is 21%.")
    facts = extract_facts(t)
    assert [f.text for f in facts if f.text == "24%"] == ["24%"], [(f.text, f.change, f.line) for f in facts]
    assert next(f for f in facts if f.text == "24%").change is None  # the share of spend, a level, stays
    assert any(f.text == "21%" for f in facts)


def test_a_figure_said_again_without_a_correction_stays() -> None:
    t = _call("Subscription sales rose 17% in the quarter.", "As I said, subscription sales rose 17%. Margin was 28%.")
    assert sum(f.text == "17%" for f in extract_facts(t)) == 2


def test_a_parts_margin_corrected_under_another_margin_name() -> None:
    t = _call("Turning to the segments. Marine operating income was $61 million, or 14.8% of its revenue.",
              "One fix before the next question. I gave the marine operating margin as 14.8%. The correct figure is 13.8%.")
    facts = extract_facts(t)
    assert not any(f.text == "14.8%" for f in facts), [(f.text, f.metric, f.line) for f in facts]
    assert any(f.text == "13.8%" for f in facts)


def _turns(*said: tuple[str, str]) -> Transcript:
    """A call from (speaker, text) pairs: 'cfo' speaks for the company, 'analyst' asks in the Q&A."""
    people = {"cfo": Participant(id="cfo", name="Bea Example", role=Role.CORPORATE),
              "analyst": Participant(id="analyst", name="Cal Sample", role=Role.ANALYST)}
    turns = [Turn(index=i, speaker=people[who], section=Section.PRESENTATION if i == 0 else Section.QA,
                  paragraphs=[Paragraph(text=text, line_start=i + 1, line_end=i + 1)], line_start=i + 1, line_end=i + 1)
             for i, (who, text) in enumerate(said)]
    return Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2027, fiscal_quarter=3),
                      participants=list(people.values()), turns=turns)


def _texts(facts) -> list[str]:
    return [f.text for f in facts]


def test_a_figure_taken_back_after_not() -> None:
    t = _turns(("cfo", "Fleet spending came to $412 million for the period, with free cash flow at $150 million."),
               ("cfo", "Before the next question, let me correct one number from my remarks. Fleet spending was $421 million, "
                       "not $412 million."))
    facts = extract_facts(t)
    assert "$412 million" not in _texts(facts), _texts(facts)
    assert "$421 million" in _texts(facts) and "$150 million" in _texts(facts)


def test_the_misstated_figure_repeated_in_its_own_correction() -> None:
    t = _turns(("cfo", "Liquidity stood at $2.4 billion when the period closed."),
               ("cfo", "I said liquidity was $2.4 billion at quarter end; the correct number is $2.3 billion, not $2.4 billion."))
    facts = extract_facts(t)
    assert _texts(facts).count("$2.4 billion") == 0, _texts(facts)
    assert "$2.3 billion" in _texts(facts)


def test_right_figures_replace_a_level_and_its_change() -> None:
    t = _turns(("cfo", "Contribution margin was 41.3%, up 50 basis points from a year ago."),
               ("cfo", "First I need to correct something. I gave contribution margin as 41.3%, up 50 basis points. The right "
                       "figures are 40.8%, an improvement of 20 basis points on the third quarter of last year."))
    facts = extract_facts(t)
    assert not {"41.3%", "50 basis points"} & set(_texts(facts)), _texts(facts)
    fixed = next(f for f in facts if f.text == "40.8%")
    assert fixed.metric == next(f for f in facts if f.text == "20 basis points").metric
    assert fixed.metric == next(f for f in extract_facts(_turns(("cfo", "Contribution margin was 41.3%."))) if f.text == "41.3%").metric


def test_not_the_figure_given_and_the_analyst_quote_of_it() -> None:
    t = _turns(("cfo", "The adjusted margin on used truck sales was 38.4% in the quarter."),
               ("analyst", "You said a margin of 38.4% on those sales. Can that hold?"),
               ("cfo", "Let me correct something first. The adjusted margin on used truck sales in the quarter was 37.4%, not "
                       "the figure I gave in my remarks."))
    facts = extract_facts(t)
    assert "38.4%" not in _texts(facts), _texts(facts)
    assert "37.4%" in _texts(facts)


def test_a_bare_count_taken_back() -> None:
    t = _turns(("cfo", "We ended the quarter with 212 depots and 9,400 trucks."),
               ("cfo", "And I need to correct something I said earlier. We ended the quarter with 210 depots, not 212."))
    facts = extract_facts(t)
    assert "212" not in _texts(facts), _texts(facts)
    assert "210" in _texts(facts) and "9,400" in _texts(facts)


def test_a_figure_taken_back_without_its_scale_word() -> None:
    t = _turns(("cfo", "Large-frame units sold at $2.35 million each, and small-frame units at $0.84 million each."),
               ("analyst", "You said $2.35 million for the large frames. Is that a fair comparison with last year?"),
               ("cfo", "Let me correct myself. The large-frame figure I gave in the remarks should have been $2.25 million "
                       "each, not 2.35."))
    facts = extract_facts(t)
    assert "$2.35 million" not in _texts(facts), _texts(facts)
    assert "$2.25 million" in _texts(facts) and "$0.84 million" in _texts(facts)


def test_a_contrast_without_a_correction_takes_nothing_back() -> None:
    t = _turns(("analyst", "Is the fleet budget still $500 million for the year?"),
               ("cfo", "That's correct on the range. The budget is $520 million, not $500 million, after the two tuck-ins."))
    assert "$500 million" in _texts(extract_facts(t)[:1])


def test_said_in_the_remarks_then_a_typo_then_the_right_number() -> None:
    t = _turns(("cfo", "Agency staffing cost $48 million, or 3.7% of total labor cost, against 4.9% a year earlier."),
               ("cfo", "Let me fix something first. In my remarks I said agency staffing was 3.7% of labor cost. That was a typo. "
                       "The right number is 3.4% for the quarter."))
    facts = extract_facts(t)
    assert "3.7%" not in _texts(facts), _texts(facts)
    assert "3.4%" in _texts(facts) and "4.9%" in _texts(facts)


def test_a_fall_taken_back_in_plain_words_keeps_its_way() -> None:
    # first said as a fall ("reduced ... by"), taken back as a bare percentage: the first is dropped, the right one falls
    t = _call("Since we began the program in 2022, we have reduced our share count by a little over 14%.",
              "I need to correct something I said earlier. I gave the share count reduction since the program began as "
              "a little over 14%. The correct figure is a little over 12%.")
    facts = extract_facts(t)
    assert not any(f.text.endswith("14%") for f in facts), [(f.text, f.value, f.line) for f in facts]
    twelve = next(f for f in facts if f.text.endswith("12%"))
    assert (twelve.metric, twelve.value) == ("share_count", -12)


def test_a_figure_asked_back_and_admitted_misread() -> None:
    # an analyst asks back a figure of the remarks; the answer gives the right one and admits the slip ("I misread"):
    # the figure asked about is no fact, in the remarks nor in the question, and the right one is of its measure
    t = _turns(("cfo", "Distribution costs were 9.4% of sales, 30 basis points better than last year. Gross margin was 27.1%."),
               ("analyst", "Bea, did you say distribution costs improved 30 basis points? The deck looks different to me."),
               ("cfo", "Thanks for flagging it. Distribution costs as a share of sales improved by 20 basis points from last "
                       "year. I misread the page."))
    facts = extract_facts(t)
    assert "30 basis points" not in _texts(facts), [(f.text, f.metric, f.value, f.line) for f in facts]
    twenty = next(f for f in facts if f.text == "20 basis points")
    first = next(f for f in extract_facts(_call("Distribution costs were 9.4% of sales, 30 basis points better than last year."))
                 if f.text == "30 basis points")
    assert (twenty.metric, twenty.value) == (first.metric, -20)
    assert "27.1%" in _texts(facts)


def test_a_figure_asked_back_without_an_admission_stays() -> None:
    t = _turns(("cfo", "Distribution costs were 9.4% of sales, 30 basis points better than last year."),
               ("analyst", "Bea, did you say distribution costs improved 30 basis points?"),
               ("cfo", "Yes, and the mix helped by another 20 basis points."))
    assert "30 basis points" in _texts(extract_facts(t))


def test_a_colleagues_figure_corrected_by_name_with_its_move() -> None:
    # the CFO takes back a level a colleague gave ("Ann gave ... as"), and the move said beside it goes with it
    t = _call("Our marine unit had a strong quarter: operating income was $58 million, a margin of 12.4%, 70 basis points "
              "better than a year ago.",
              "Let me correct one number from the prepared remarks. Ann gave the marine margin as 12.4%. The right number "
              "is 12.1%, 40 basis points better than a year ago. The $58 million is right.")
    facts = extract_facts(t)
    texts = _texts(facts)
    assert "12.4%" not in texts and "70 basis points" not in texts, [(f.text, f.line) for f in facts]
    assert "12.1%" in texts and "40 basis points" in texts and "$58 million" in texts


def test_a_figure_said_by_he_and_half_right() -> None:
    t = _call("We bought 9 sites this year for $214 million, and revenue rose 4%.",
              "I need to correct a number from the remarks. He said we had bought 9 sites for $214 million. The site count "
              "is right, but the dollar figure is $241 million.")
    facts = extract_facts(t)
    texts = _texts(facts)
    assert "$214 million" not in texts, [(f.text, f.line) for f in facts]
    assert "$241 million" in texts and "4%" in texts


def test_a_correction_after_a_lead_in_and_a_colon() -> None:
    # "One more fix, before I lose it: earlier I gave ... as X; the right figure is Y": the lead-in before the colon
    t = _call("Freight expense was $73 million, and rent was $41 million.",
              "One more fix, before I lose it: earlier I gave freight expense as $73 million; the right figure is $71 "
              "million.")
    facts = extract_facts(t)
    assert not any(f.text == "$73 million" for f in facts), [(f.text, f.line) for f in facts]
    assert any(f.text == "$71 million" for f in facts) and any(f.text == "$41 million" for f in facts)


def test_a_figure_set_right_after_an_apology() -> None:
    # an apology owns the slip before "X, not Y" sets the figure right, with no word of correction
    t = _turns(("cfo", "Licensing fees were $44 million, or 9% of revenue."),
               ("analyst", "You said licensing fees were $44 million, but the filing shows less. Which is it?"),
               ("cfo", "My apologies. Licensing fees were $41 million, not 44 million; the share of revenue is right."))
    facts = extract_facts(t)
    assert not any(f.value == 44000000 for f in facts), [(f.text, f.line) for f in facts]
    assert any(f.text == "$41 million" for f in facts) and any(f.text == "9%" for f in facts)


def _two_officers(*said: tuple[str, str]) -> Transcript:
    people = {"ceo": Participant(id="ceo", name="Dana Example", role=Role.CORPORATE),
              "cfo": Participant(id="cfo", name="Eli Sample", role=Role.CORPORATE)}
    turns = [Turn(index=i, speaker=people[who], section=Section.PRESENTATION if i < 2 else Section.QA,
                  paragraphs=[Paragraph(text=text, line_start=i + 1, line_end=i + 1)], line_start=i + 1, line_end=i + 1)
             for i, (who, text) in enumerate(said)]
    return Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2027, fiscal_quarter=3),
                      participants=list(people.values()), turns=turns)


def test_a_colleagues_figure_taken_back_as_the_one_read_out() -> None:
    # the CFO sets right what the CEO read: "not the number that was read out", "not the figure Dana read out"; the
    # figure taken back is the near one of that measure, not another line's of the same kind
    t = _two_officers(("ceo", "We shipped 61,000 trailers in the quarter. In parts, we shipped 418,000 units, 5% more than a year ago."),
                      ("cfo", "Thanks, Dana. Operating income was $88 million."),
                      ("cfo", "Let me correct a figure from the remarks. Parts shipments in the quarter were 481,000 units, not "
                              "the number that was read out, still 5% more than a year ago."))
    texts = _texts(extract_facts(t))
    assert "418,000" not in texts, texts
    assert "481,000" in texts and "61,000" in texts
    t = _two_officers(("ceo", "Europe grew 4% as reported and 9% in constant currency."),
                      ("cfo", "Thanks, Dana. Operating income was $88 million."),
                      ("cfo", "Let me fix one number first. Europe grew 8% in constant currency, not the figure Dana read out."))
    texts = _texts(extract_facts(t))
    assert "9%" not in texts and "8%" in texts and "4%" in texts, texts


def test_a_move_taken_back_after_rather_than() -> None:
    t = _turns(("cfo", "For the half, the segment margin was 9.6%, 30 basis points better than a year earlier, and freight "
                       "costs were $18 million."),
               ("cfo", "I have to correct something from my remarks: the half's segment margin was 9.4%, not 9.6%, so the "
                       "gain on last year is 10 basis points rather than 30."))
    facts = extract_facts(t)
    assert "30 basis points" not in _texts(facts) and "9.6%" not in _texts(facts), _texts(facts)
    assert "10 basis points" in _texts(facts) and "$18 million" in _texts(facts)


def test_a_move_taken_back_after_rather_than_in_a_sentence_that_takes_a_level_back() -> None:
    # the correction is announced in a sentence of its own; the sentence that sets the level right with ", not" corrects too
    t = _turns(("cfo", "Our blended borrowing cost was 5.12% at the end of the quarter, 8 basis points higher than in June."),
               ("cfo", "Before the questions, I need to fix a figure from my remarks. The borrowing cost at quarter end was "
                       "5.17%, not 5.12%, so it rose 13 basis points from June rather than 8."))
    texts = _texts(extract_facts(t))
    assert "8 basis points" not in texts and "5.12%" not in texts, texts
    assert "13 basis points" in texts and "5.17%" in texts, texts


def test_rather_than_without_a_correction_weighs_a_choice() -> None:
    t = _turns(("cfo", "Group margin improved 30 basis points in the period."),
               ("cfo", "Apologies for the noise on the line. We chose to invest the 20 basis points rather than 30 of last "
                       "year in price."))
    assert "30 basis points" in _texts(extract_facts(t))


def test_days_corrected_and_a_figure_confirmed_before_is_right() -> None:
    t = _call("Receivable days closed the period at 61, against 66 days in June.",
              "One fix from my remarks. I said receivable days were 61. The right number is 64 days.")
    facts = extract_facts(t)
    assert not any(f.text.startswith("61") for f in facts), [(f.text, f.metric, f.line) for f in facts]
    assert any(f.text == "64 days" and f.metric == "dso" for f in facts), [(f.text, f.metric) for f in facts]
    t = _call("Receivable days closed the period at 61.",
              "Let me correct myself. I said receivable days were 61 days, down from 66 days in the second quarter. "
              "The 61 days is right, but the second quarter figure was 68 days, not 66.")
    facts = extract_facts(t)
    assert sum(f.text.startswith("61") for f in facts) >= 2, [(f.text, f.metric, f.line) for f in facts]


def test_a_slip_owned_after_a_listener_points_it_out() -> None:
    t = _turns(("cfo", "Premiums in the marine unit were $140 million, up 31%, and the group margin was 9.2%."),
               ("analyst", "You said marine premiums grew 31%. The filing looks lower to me."),
               ("cfo", "You're right, thanks. Marine premiums were $140 million, and growth was 13%, not 31%. The digits got swapped."))
    facts = extract_facts(t)
    assert "31%" not in _texts(facts), [(f.text, f.line) for f in facts]
    assert "13%" in _texts(facts) and "9.2%" in _texts(facts)


def test_you_are_right_without_a_figure_taken_back_keeps_the_figures() -> None:
    t = _turns(("cfo", "Premiums in the marine unit were $140 million, up 31%."),
               ("analyst", "Is most of the marine growth from new clients?"),
               ("cfo", "You're right, most of the 31% came from new clients, not renewals."))
    assert _texts(extract_facts(t)).count("31%") >= 1


def test_an_analyst_quoting_the_slip_back_before_the_fix_is_no_fact() -> None:
    cfo = Participant(id="cfo", name="Ann Example", role=Role.CORPORATE)
    analyst = Participant(id="an", name="Bob Sample", role=Role.ANALYST, firm="Fictional Securities")
    texts = [(cfo, "Let me take the segments. Production EBITDA was EUR 2.3 billion this quarter. Distribution delivered "
                   "EUR 1.4 billion, which compares with EUR 1.3 billion last year."),
             (analyst, "On distribution: I thought I heard EUR 1.4 billion for the quarter, but the slide differs."),
             (cfo, "Thanks for catching that, I misspoke earlier: third-quarter distribution EBITDA was EUR 1.5 "
                   "billion, not 1.4.")]
    turns = [Turn(index=i, speaker=who, section=Section.PRESENTATION if i == 0 else Section.QA,
                  paragraphs=[Paragraph(text=text, line_start=i + 1, line_end=i + 1)], line_start=i + 1, line_end=i + 1)
             for i, (who, text) in enumerate(texts)]
    t = Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2027, fiscal_quarter=3),
                   participants=[cfo, analyst], turns=turns)
    facts = extract_facts(t)
    assert not any(f.value == 1400000000 for f in facts), [(f.text, f.metric, f.line) for f in facts]
    assert any(f.value == 1500000000 and f.line == 3 for f in facts)


def test_a_level_quoted_back_as_i_think_you_said_with_its_move() -> None:
    # "I think you said" quotes a figure back as plainly as "did you say"; the answer owns the slip and gives the right
    # level with its move: the level and the move first said with it are no facts, the right ones take their measure
    t = _turns(("cfo", "Freight was $64 million, or 5.3% of sales, 20 basis points better than a year ago. Rent was $18 million."),
               ("analyst", "On freight, I think you said 5.3% of sales. That looked high to me."),
               ("cfo", "Good that you raised it, I misread my notes. Freight was 5.1% of sales, 40 basis points better than a "
                       "year ago. The $64 million stands."))
    facts = extract_facts(t)
    texts = _texts(facts)
    assert "5.3%" not in texts and "20 basis points" not in texts, [(f.text, f.metric, f.line) for f in facts]
    assert "5.1%" in texts and "40 basis points" in texts and "$18 million" in texts
    assert texts.count("$64 million") == 2


def test_a_slip_owned_as_a_mistake_on_my_part() -> None:
    t = _turns(("cfo", "Card balances were $12.4 billion, up 3.6% year over year, and deposits grew 7%."),
               ("analyst", "And the card book, you said it grew 3.6%?"),
               ("cfo", "Good point, that is a mistake on my part. Card balances grew 6.3% year over year, not 3.6%."))
    facts = extract_facts(t)
    assert "3.6%" not in _texts(facts), [(f.text, f.line) for f in facts]
    assert "6.3%" in _texts(facts) and "7%" in _texts(facts)


@pytest.mark.parametrize("taken_back", ["not up", "and not up"])
def test_a_move_taken_back_with_not_goes_where_first_given_and_quoted(taken_back: str) -> None:
    t = _turns(("cfo", "Warehouse cost as a share of sales was 7.9%, up 15 basis points from last year, as we added night shifts."),
               ("analyst", "Warehouse cost was up 15 basis points. What drove the night shifts?"),
               ("cfo", "Let me correct one thing first. I said warehouse cost as a share of sales was 7.9%. The correct figure is "
                       f"7.7%, which is flat to last year, {taken_back} 15 basis points."))
    facts = extract_facts(t)
    assert not any(f.unit == "bps" for f in facts), [(f.text, f.metric, f.line) for f in facts]
    assert any(f.text == "7.7%" for f in facts) and not any(f.text == "7.9%" for f in facts)


def test_a_bare_corrected_amount_keeps_the_way_of_the_one_it_replaces() -> None:
    # "took ... out of" said a fall; the right figure, said bare, is that fall's size (not "It was up $0.02", a way said anew)
    t = _call("Free cash flow was $3.1 billion, and we took $0.9 billion out of our own inventories during the year.",
              "Let me correct something from my remarks. I said we took $0.9 billion out of our inventories. The right figure "
              "is $1.1 billion. Apologies for that.")
    facts = extract_facts(t)
    fixed = next(f for f in facts if f.text == "$1.1 billion")
    assert fixed.value == -1100000000, [(f.text, f.value, f.line) for f in facts]
    assert not any(f.text == "$0.9 billion" for f in facts)


def test_a_move_taken_back_after_its_level_is_set_right() -> None:
    # "..., which is flat to last year, not up 15 basis points": the move is taken back where first given, and a fall of
    # the same size said elsewhere stays
    t = _call("Store expense as a rate of sales was 22.1%, up 15 basis points from last year, as we invested in wages. "
              "Freight was a headwind of roughly 15 basis points on gross margin.",
              "I should also correct something I said earlier. I said store expense as a rate of sales was 22.1%. The correct "
              "figure is 21.9%, which is flat to last year, not up 15 basis points. My apologies.")
    facts = extract_facts(t)
    assert not any(f.text == "15 basis points" for f in facts), [(f.text, f.value, f.line) for f in facts]
    assert any(f.text == "roughly 15 basis points" for f in facts)
    assert any(f.text == "21.9%" for f in facts)


def test_a_band_set_against_a_figure_takes_nothing_back() -> None:
    # a turn that corrects one figure and then weighs next year's band against this year's growth ("not 9%")
    t = _turns(("cfo", "Rail freight sales were $312.5 million, up 9%, helped by two new haulage contracts."),
               ("analyst", "On rail freight: up 9% to $321.5 million, can that pace last?"),
               ("cfo", "To correct the figure, rail freight sales were $312.5 million, not $321.5 million. The growth was 9%. "
                       "We'd expect rail freight to grow mid single digits next year, not 9%."))
    facts = extract_facts(t)
    assert _texts(facts).count("9%") == 3, _texts(facts)
    assert "$321.5 million" not in _texts(facts)

