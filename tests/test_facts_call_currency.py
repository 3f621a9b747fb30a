"""A call-level currency statement ("All amounts are in Canadian dollars unless we say otherwise") makes a bare "$"
that dollar for the whole call; "US$" stays U.S. dollars."""

from __future__ import annotations

import ecta
from ecta.facts import extract_facts

_LINES = [
    "Good morning and welcome to the Marlowe Harbour Bank third quarter 2025 results call.",
    "Our remarks may contain forward-looking statements.",
    "All amounts are in Canadian dollars unless we say otherwise.",
    "Third quarter 2025 net income was $2.41 billion, up 6%.",
    "U.S. Banking earned US$318 million, or $437 million in Canadian dollars.",
    "Total revenue was $9.8 billion.",
] + [f"We thank our team in region {n} for a good quarter." for n in range(1, 19)]


def _facts_by_text(tmp_path, name: str, lines: list[str]) -> dict:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {f.text: f for f in extract_facts(ecta.parse(path))}


def test_bare_dollar_takes_the_stated_currency(tmp_path):
    facts = _facts_by_text(tmp_path, "MHB_q3_2025.txt", _LINES)
    assert facts["$2.41 billion"].unit == "CAD"
    assert facts["$9.8 billion"].unit == "CAD"
    assert facts["$437 million"].unit == "CAD"
    assert facts["US$318 million"].unit == "USD"


def test_without_a_statement_a_bare_dollar_is_usd(tmp_path):
    facts = _facts_by_text(tmp_path, "MHB_q3_2025.txt", [line for line in _LINES if "Canadian dollars unless" not in line])
    assert facts["$9.8 billion"].unit == "USD"


def test_new_taiwan_dollars_stated_once(tmp_path):
    lines = [line.replace("Canadian dollars", "New Taiwan dollars").replace("Marlowe Harbour Bank", "Jinhua Wafer Works")
             for line in _LINES if not line.startswith("U.S. Banking")]
    lines.insert(4, "Overseas revenue was US$1.2 billion, or NT$38 billion.")
    facts = _facts_by_text(tmp_path, "JWW_q3_2025.txt", lines)
    assert facts["NT$38 billion"].unit == "TWD"
    assert facts["US$1.2 billion"].unit == "USD"
    assert facts["$9.8 billion"].unit == "TWD"
