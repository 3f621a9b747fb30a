"""The currency of a bare "$" or a bare amount: a call-level statement ("All amounts are in Canadian dollars unless
we say otherwise") sets it for the whole call; a figure's own "US$", "C$" or "in U.S. dollars" still wins."""

from __future__ import annotations

import pytest

from ecta.facts import Context, extract_facts, extract_sentence
from ecta.facts.context import call_level_currency
from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn


@pytest.mark.parametrize(
    ("statement", "code"),
    [
        ("All amounts are in Canadian dollars unless we say otherwise.", "CAD"),
        ("Figures are in euros unless otherwise stated.", "EUR"),
        ("Unless otherwise stated, all figures are in euros.", "EUR"),
        ("Our results are reported in Australian dollars.", "AUD"),
        ("All dollar amounts are Canadian unless we note otherwise.", "CAD"),
        ("We report in Swiss francs, and growth rates are at constant exchange rates.", "CHF"),
        ("Unless we say otherwise, all figures today are in pounds sterling.", "GBP"),
        ("All amounts are in U.S. dollars unless we say otherwise.", "USD"),
        ("As usual, the numbers we discuss are expressed in Japanese yen.", "JPY"),
        # a year is no figure: the statement still covers the call
        ("Growth is measured against the first half of 2025, and all amounts are in rand.", "ZAR"),
        ("Every amount on this call is stated in Indonesian rupiah.", "IDR"),
    ],
)
def test_call_level_currency_statement(statement: str, code: str) -> None:
    assert call_level_currency(["Good morning, everyone.", statement]) == code


@pytest.mark.parametrize(
    "text",
    [
        "Sales grew 34% in U.S. dollars and 30% in local currencies.",  # about one figure
        "Our results in Canadian dollars were hurt by the weaker currency.",
        "The figures are adjusted, and the reconciliation is in the release.",
        "The Canadian dollar weakened against the euro during the quarter.",
        "We now have customers in Australia and Singapore.",
    ],
)
def test_no_call_level_currency_from_a_mention(text: str) -> None:
    assert call_level_currency([text]) is None


def _ctx(currency: str) -> Context:
    return Context(fiscal_year=2026, fiscal_quarter=3, currency=currency)


def test_a_bare_dollar_takes_the_call_currency_and_an_explicit_one_wins() -> None:
    s = "In U.S. Banking, earnings were US$412 million, or $566 million in Canadian dollars, and revenue was $1.9 billion."
    units = {f.text: f.unit for f in extract_sentence(s, _ctx("CAD"))}
    assert units == {"US$412 million": "USD", "$566 million": "CAD", "$1.9 billion": "CAD"}
    units = {f.text: f.unit for f in extract_sentence(s, _ctx("USD"))}
    assert units["$566 million"] == "CAD" and units["$1.9 billion"] == "USD"


def test_a_dollar_named_after_the_figure_wins_over_the_call() -> None:
    facts = extract_sentence("Net income at the U.S. unit was $300 million in U.S. dollars.", _ctx("CAD"))
    assert [(f.text, f.unit) for f in facts] == [("$300 million", "USD")]


def test_dollars_in_words_are_the_call_dollar() -> None:
    facts = extract_sentence("Revenue was 500 million dollars.", _ctx("AUD"))
    assert [f.unit for f in facts] == ["AUD"]
    facts = extract_sentence("Revenue was 500 million dollars.", _ctx("EUR"))
    assert [f.unit for f in facts] == ["USD"]  # a euro call's "dollars" are not euros


def test_extract_facts_reads_the_statement_in_the_opening() -> None:
    ir = Participant(id="ir", name="Ann Example", role=Role.CORPORATE)
    cfo = Participant(id="cfo", name="Carl Sample", role=Role.CORPORATE)
    turns = [
        Turn(index=0, speaker=ir, section=Section.PRESENTATION, line_start=1, line_end=1, paragraphs=[
            Paragraph(text="Thank you. All amounts are in Canadian dollars unless we say otherwise.", line_start=1, line_end=1)]),
        Turn(index=1, speaker=cfo, section=Section.PRESENTATION, line_start=2, line_end=2, paragraphs=[
            Paragraph(text="Net income was $1.2 billion, and our U.S. unit earned US$210 million.", line_start=2, line_end=2)]),
    ]
    t = Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2026, fiscal_quarter=3),
                   participants=[ir, cfo], turns=turns)
    assert {f.text: f.unit for f in extract_facts(t)} == {"$1.2 billion": "CAD", "US$210 million": "USD"}


def test_a_call_written_in_rand_signs_reads_its_cents_as_rand() -> None:
    cfo = Participant(id="cfo", name="Carl Sample", role=Role.CORPORATE)
    turns = [Turn(index=0, speaker=cfo, section=Section.PRESENTATION, line_start=1, line_end=1, paragraphs=[
        Paragraph(text="Revenue rose 9% to R12.5 billion and operating profit was R3.1 billion. "
                       "Headline earnings per share were 1,480 cents.", line_start=1, line_end=1)])]
    t = Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2026, fiscal_quarter=2),
                   participants=[cfo], turns=turns)
    units = {f.text: f.unit for f in extract_facts(t)}
    assert units["R12.5 billion"] == "ZAR" and units["1,480 cents"] == "ZAR"
