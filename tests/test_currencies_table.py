"""The table of currencies (facts/currencies.py) read everywhere: every code, sign and word in it is read before or
after a figure, a call's statement names each currency, and the call's main currency is guessed by counting."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ecta.facts import _currency
from ecta.facts.context import call_level_currency
from ecta.facts.currencies import AMBIGUOUS_WORDS, BY_CODE, GLUED_SIGNS, SIGN_OWNERS, TABLE, WORD_OWNERS, guarded_sign, main_currency
from ecta.facts.numbers import find_quantities
from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn

_CODES = [k for c in TABLE for k in (c.code, *c.aliases)]


def _one(sentence: str, currency: str = "USD"):
    found = find_quantities(sentence, currency)
    assert len(found) == 1, [(q.text, q.unit) for q in found]
    return found[0]


@pytest.mark.parametrize("code", _CODES)
def test_every_code_is_read_before_a_scaled_figure(code: str) -> None:
    q = _one(f"Revenue was {code} 4.2 billion.")
    assert (q.unit, q.value) == (SIGN_OWNERS[code.lower()][0], Decimal("4200000000"))
    assert _one(f"Revenue was {code}4.2 billion.").unit == SIGN_OWNERS[code.lower()][0]


@pytest.mark.parametrize("code", _CODES)
def test_a_code_before_a_bare_figure_is_money_unless_it_is_also_a_word(code: str) -> None:
    q = _one(f"The figure was {code} 42 at the close.")
    ambiguous = BY_CODE[SIGN_OWNERS[code.lower()][0]].ambiguous
    assert q.unit == (None if ambiguous else SIGN_OWNERS[code.lower()][0])
    assert _one(f"The figure was {code} 42 at the close.", SIGN_OWNERS[code.lower()][0]).unit == SIGN_OWNERS[code.lower()][0]


@pytest.mark.parametrize("sign", sorted({s for c in TABLE for s in c.signs}))
def test_every_sign_is_read_before_a_scaled_figure(sign: str) -> None:
    glue = "" if sign in GLUED_SIGNS else " "
    assert _one(f"Revenue was {sign}{glue}4.2 billion.").unit == SIGN_OWNERS[sign.lower()][0]
    if guarded_sign(sign):  # a sign of letters before a bare figure names something else ("R7", "QR 2"): no money
        assert all(q.unit is None for q in find_quantities(f"Revenue was {sign}{glue}42 at the close."))


@pytest.mark.parametrize("word", sorted({w for c in TABLE for w in c.words}))
def test_every_word_is_read_after_a_figure(word: str) -> None:
    q = find_quantities(f"Revenue was 4.2 billion {word} in the quarter.")
    owner = WORD_OWNERS[word]
    if word in AMBIGUOUS_WORDS or word == "pounds":  # "9 won a place", "pounds of copper": only in a call in that
        assert q[0].unit is None and q[0].text == "4.2 billion"  # currency, or (but for pounds) before "per"
        assert find_quantities(f"Revenue was 4.2 billion {word} in the quarter.", owner[-1])[0].unit == owner[-1]
        if word not in ("pound", "pounds"):
            assert find_quantities(f"It was 4.2 billion {word} per share.")[0].unit == owner[0]
    else:
        assert (q[0].unit, q[0].value) == (owner[0], Decimal("4200000000"))
    for code in owner:  # a word several currencies share is the call's own
        assert find_quantities(f"Revenue was 4.2 billion {word} in the quarter.", code)[0].unit == code


@pytest.mark.parametrize("said", sorted({(f"{a} {w}", c.code) for c in TABLE for a in c.adjectives for w in c.words}),
                         ids=lambda s: s[0])
def test_every_word_after_its_country_is_that_country_s(said) -> None:
    phrase, code = said
    q = find_quantities(f"Revenue was 4.2 billion {phrase} in the quarter.", "EUR")
    assert (q[0].unit, q[0].value, q[0].text) == (code, Decimal("4200000000"), f"4.2 billion {phrase}")


@pytest.mark.parametrize("row", [c for c in TABLE if c.adjectives and c.words], ids=lambda c: c.code)
def test_every_currency_can_be_stated_for_the_call(row) -> None:
    said = f"{row.adjectives[0]} {row.words[0]}"
    assert call_level_currency(["Good morning.", f"All figures are in {said} unless we say otherwise."]) == row.code


@pytest.mark.parametrize(
    ("statement", "code"),
    [
        ("All figures are in Polish zloty.", "PLN"),
        ("Unless we say otherwise, every amount today is in Hungarian forints.", "HUF"),
        ("We report our results in Turkish lira.", "TRY"),
        ("All amounts are stated in ringgit.", "MYR"),
        ("Figures are in PLN unless otherwise noted.", "PLN"),
    ],
)
def test_call_level_statement_of_a_new_currency(statement: str, code: str) -> None:
    assert call_level_currency([statement]) == code


def test_a_word_in_lower_case_is_no_code_in_a_statement() -> None:
    assert call_level_currency(["All figures are all in line with the plan."]) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Revenue was PLN 4.6 billion and EBITDA PLN 1.1 billion, while our dollar notes of $300 million were repaid.", "PLN"),
        ("Revenue was 4.6 billion zlotys and EBITDA 1.1 billion zlotys.", "PLN"),
        ("Sales were HK$ 3.2 billion and HK$ 410 million of it came from retail; we hold $50 million offshore.", "HKD"),
        ("Our TOP 10 customers and ALL 3 segments grew.", "USD"),
        ("Revenue was RM 4.1 billion, and costs were RM 2.2 billion.", "MYR"),
        ("Revenue of C$ 2.2 billion, C$ 1.1 billion of it in Ontario, and US$ 400 million of notes.", "CAD"),
        ("Revenue of 5 billion and margin of 12%.", "USD"),
        # a call that marks its U.S. amounts "US$" writes its own dollar bare
        ("Our Canadian retail bank earned $1.4 billion and Canadian wealth $380 million; the U.S. bank earned "
         "US$620 million and US$95 million came from the stake.", "CAD"),
        ("The Australian mines made $2.1 billion and the Australian port $160 million; the Chilean mine made US$300 "
         "million, US$40 million of it in copper sales.", "AUD"),
        # not: a single "US$", or no other dollar's country named twice
        ("Canadian sales were $90 million, and the Canadian plant cost $12 million; the notes are US$500 million.", "USD"),
        ("Revenue was $4.2 billion and the notes are US$500 million and US$300 million.", "USD"),
    ],
)
def test_main_currency_is_counted(text: str, code: str) -> None:
    assert main_currency(text) == code


def test_a_call_in_zloty_reads_its_bare_amounts_as_zloty() -> None:
    cfo = Participant(id="cfo", name="Ola Example", role=Role.CORPORATE)
    turns = [Turn(index=0, speaker=cfo, section=Section.PRESENTATION, line_start=1, line_end=1, paragraphs=[
        Paragraph(text="Revenue rose 7% to PLN 4.6 billion, and EBITDA was PLN 1.2 billion. Net debt fell to 2.9 billion "
                       "zlotys, and capital expenditure was 610 million.", line_start=1, line_end=1)])]
    t = Transcript(meta=Meta(source_format="test", sha256="0" * 64, fiscal_year=2026, fiscal_quarter=2),
                   participants=[cfo], turns=turns)
    assert _currency(t) == "PLN"
