"""A word-per-line file (Rev .nlp) has no paragraphs of its own: the reader cuts a turn every few sentences, so a
paragraph's opening there is not where the speaker began anew."""

from __future__ import annotations

import ecta

_HEADER = "token|speaker|ts|endTs|punctuation|prepunctuation|case|tags"


_WELCOME = ("Good afternoon and welcome to the Quillon Media third quarter 2026 earnings conference call. "
            "Our finance chief, Ann, takes it from here.")


def _nlp(text: str) -> bytes:
    rows = [_HEADER]
    for speaker, said in ((0, _WELCOME), (1, text)):
        for word in said.split():
            punct = word[-1] if word[-1] in ",.?" else ""
            rows.append(f"{word[:-1] if punct else word}|{speaker}|||{punct}||LC|[]")
    return ("\n".join(rows) + "\n").encode()


def test_to_date_line_opening_a_cut_after_the_quarter_is_an_aside() -> None:
    # four sentences a paragraph: the year-to-date sentence opens the reader's second paragraph
    text = ("Thank you, and good afternoon. "
            "Revenue for the quarter was $310 million, up 14%. "
            "Gross profit was $190 million. "
            "Segment profit was $128 million, against the $101 million we posted in the third quarter of 2025. "
            "Year to date, segment profit stands at $350 million. "
            "Hosting costs were $61 million, or 12.1% of revenue. "
            "Capital spending was $20 million.")
    facts = ecta.extract_facts(ecta.parse(_nlp(text), format="rev-nlp"))
    periods = {f.text: f.period.label if f.period else None for f in facts}
    assert periods["$350 million"] == "YTD 2026"
    assert periods["$61 million"] == "Q3 2026"
    assert periods["12.1%"] == "Q3 2026"
    assert periods["$20 million"] == "Q3 2026"


def test_to_date_line_opening_a_turn_keeps_the_running_total() -> None:
    text = ("Year to date, segment profit stands at $350 million. "
            "Hosting costs were $61 million.")
    facts = ecta.extract_facts(ecta.parse(_nlp(text), format="rev-nlp"))
    periods = {f.text: f.period.label if f.period else None for f in facts}
    assert periods["$350 million"] == "YTD 2026"
    assert periods["$61 million"] == "YTD 2026"
