"""Where sentences end: abbreviations that take a period mid-sentence."""

from __future__ import annotations

import pytest

from ecta.facts.sentences import split_sentences


@pytest.mark.parametrize("text", [
    "We now expect net interest income ex. Trading to be about $61 billion for the year.",
    "Operating costs excl. Restructuring should be near $2.1 billion.",
    "Revenue incl. Freight was $412 million, up 6%.",
    "Mr. Osei joined us in May.",
])
def test_an_abbreviation_does_not_end_the_sentence(text):
    assert [s for _, s in split_sentences(text)] == [text]


def test_sentences_still_end_at_a_full_stop():
    parts = [s.strip() for _, s in split_sentences("Sales rose 4%. Margins were flat. We expect more in Q3.")]
    assert parts == ["Sales rose 4%.", "Margins were flat.", "We expect more in Q3."]


def test_a_run_on_paragraph_is_read_in_pieces() -> None:
    # speech-to-text with no full stops: one "sentence" of 30,000 characters, whose figures would take seconds to read
    text = "orders at the Brindle mill rose 4% and margin was 31%, then freight costs eased " * 375
    pieces = split_sentences(text)
    assert len(pieces) > 10 and all(len(p) <= 3000 for _, p in pieces)
    assert all(text[o:o + len(p)] == p for o, p in pieces) and "".join(p for _, p in pieces) == text
    digits = "7" * 9000  # no comma, no space: cut at 2,000 characters all the same
    assert [len(p) for _, p in split_sentences(digits)] == [2000, 2000, 2000, 3000]
