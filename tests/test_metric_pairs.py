"""The metric cue finder's two-character tables (`taxonomy._BY_PAIR_LOW`) find what the first-letter tables find."""

from __future__ import annotations

import pytest

from ecta.facts import taxonomy

SENTENCES = [
    "Net revenue rose 8% to $412 million, and adjusted EBITDA margin reached 21.4%.",
    "Remaining performance obligations were $3.1 billion; free cash flow was $88 million and capex $40 million.",
    "Same-store sales grew 3.2%, gross margin expanded 60 basis points and SG&A was 18% of sales.",
    "Our net debt to EBITDA ratio ended at 2.4 times, with days sales outstanding of 52 and DSO flat.",
    "Operating expenses, R&D and sales and marketing together came to $96 million; headcount is 4,100 people.",
    "Bookings of $1.2 billion gave a book-to-bill of 1.1, backlog stood at $6 billion and ARR at $300 million.",
    "a b c & ab x",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_pair_tables_find_the_cues_the_letter_tables_find(sentence, monkeypatch):
    assert taxonomy._BY_PAIR_LOW  # built: the lower-cased copy is read through them
    with_pairs = taxonomy.metric_cues(sentence)
    monkeypatch.setattr(taxonomy, "_BY_PAIR_LOW", {})
    assert taxonomy.metric_cues(sentence) == with_pairs


def test_a_pair_table_keeps_its_letters_phrases_in_order():
    for key, (rx, metrics) in taxonomy._BY_PAIR_LOW.items():
        letter_rx, letter_metrics = taxonomy._BY_LETTER[key[0]]
        phrases = [p for _, p in taxonomy._LETTER_ITEMS[letter_rx.pattern]]
        assert len(metrics) <= len(letter_metrics)
        # each of its alternatives is one of the letter's, in the letter's order
        at = [phrases.index(p) for p in _alternatives(rx.pattern, phrases, key)]
        assert at == sorted(at) and [letter_metrics[i] for i in at] == metrics


def _alternatives(source: str, phrases: list[str], key: str) -> list[str]:
    folded = {taxonomy.folded_source(f"({p})", 2) or "": p for p in phrases}
    body = source[len("(?:"):-len(")(?![\\w])")]
    out, rest = [], body
    while rest:
        hit = next(f for f in sorted(folded, key=len, reverse=True) if f and rest.startswith(f) and rest[len(f):len(f) + 1] in ("", "|"))
        out.append(folded[hit])
        rest = rest[len(hit) + 1:]
    return out
