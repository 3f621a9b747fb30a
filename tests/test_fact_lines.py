"""A fact points to the line that says it, also where the source puts one word per line (Rev `.nlp`), with
non-word markers between the words."""

from __future__ import annotations

import ecta
from ecta.facts import extract_facts

_WORDS = (
    "Good morning and welcome to the Larkspur Mills third quarter 2025 call. "
    "Thank you, operator. In the third quarter revenue was about $412 million, up 6% year-over-year, "
    "and gross margin was 38.5%. For the fourth quarter we expect revenue of $420 million to $430 million. "
    "For the year we expect volume to be flat to down 1%. "
    "Next quarter the gross margin should sit in the low 40s. "
    "Next quarter we see opex staying roughly flat sequentially."
)


def _nlp(text: str) -> str:
    rows = ["token|speaker|ts|endTs|punctuation|prepunctuation|case|tags"]
    for i, word in enumerate(text.split()):
        speaker = "0" if i < 12 else "1"
        pre = "$" if word.startswith("$") else ""
        core = word.lstrip("$")
        punct = core[-1] if core[-1] in ".,?" else ""
        core = core[:-1] if punct else core
        rows.append(f"{core}|{speaker}|||{punct}|{pre}|LC|[]")
        if word == "revenue":  # a non-word marker takes a line but no word: line spans cannot tell words apart
            rows.append(f"<inaudible>|{speaker}||||||[]")
    return "\n".join(rows) + "\n"


def _line_of(source: str, token: str) -> int:
    return next(n for n, row in enumerate(source.splitlines(), start=1) if row.split("|")[0] == token)


def test_each_figure_points_to_its_own_token_line():
    source = _nlp(_WORDS)
    t = ecta.parse(source, format="rev-nlp")
    lines = {f.text: f.line for f in extract_facts(t)}
    assert lines["about $412 million"] == _line_of(source, "412")
    assert lines["6%"] == _line_of(source, "6%")
    assert lines["38.5%"] == _line_of(source, "38.5%")
    assert lines["$420 million to $430 million"] == _line_of(source, "420")
    assert lines["flat to down 1%"] == _line_of(source, "flat")  # a range that opens on a word points to that word
    assert lines["low 40s"] == _line_of(source, "low")  # so does a band whose word comes before its digits
    assert lines["roughly flat"] == _line_of(source, "roughly") + 1  # a way without a figure points to the way, past its hedge


def test_word_lines_survive_json_round_trip():
    t = ecta.parse(_nlp(_WORDS), format="rev-nlp")
    para = next(p for turn in t.turns for p in turn.paragraphs if "412" in p.text)
    assert para.word_lines is not None and len(para.word_lines) == len(para.text.split())
    again = ecta.Transcript.from_json(t.to_json())
    assert again.turns == t.turns
