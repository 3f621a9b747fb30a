"""A bank's bare "margin" is its net interest margin when the call's own facts show it lends: net interest income said
beside loans. In any other call the bare margin stays a margin."""

from __future__ import annotations

import ecta
from ecta.facts import extract_facts

_LINES = [
    "Hello, everyone, this is the Quarrybrook Savings Bank call on the third quarter of 2025.",
    "Our remarks may contain forward-looking statements.",
    "Net interest income came to $184 million for the third quarter, 4% above the second quarter.",
    "Average loans reached $21.3 billion, 2% higher than last year.",
    "We expect the margin to be roughly stable in the fourth quarter.",
    "We expect the wealth margin to be roughly stable in the fourth quarter.",
] + [f"We thank our team in district {n} for a good quarter." for n in range(1, 19)]


def _margin_facts(tmp_path, lines: list[str]) -> list:
    path = tmp_path / "QSB_q3_2025.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [f for f in extract_facts(ecta.parse(path)) if f.phrase and "margin" in f.phrase.lower()]


def test_a_lenders_bare_margin_is_its_net_interest_margin(tmp_path):
    by_sentence = {f.sentence: f.metric for f in _margin_facts(tmp_path, _LINES)}
    assert by_sentence[_LINES[4]] == "net_interest_margin"
    assert by_sentence[_LINES[5]] == "margin"  # another margin, named before the word


def test_without_lending_lines_the_bare_margin_stays(tmp_path):
    lines = [line for line in _LINES if "interest income" not in line]
    by_sentence = {f.sentence: f.metric for f in _margin_facts(tmp_path, lines)}
    assert by_sentence[_LINES[4]] == "margin"
