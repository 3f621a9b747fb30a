"""Properties of the odd ways a figure is written: a scale word in capitals or hyphened, a position on one whole percent."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ecta.facts.numbers import find_quantities

SETTINGS = settings(deadline=None, derandomize=True, max_examples=150)
AMOUNTS = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999.9"), places=1)
SCALES = st.sampled_from([("million", 6), ("Million", 6), ("MILLION", 6), ("billion", 9), ("Billion", 9), ("thousand", 3)])


@SETTINGS
@given(AMOUNTS, SCALES, st.sampled_from([" ", "-"]), st.sampled_from(["charge", "gain", "payment"]))
def test_a_scale_word_in_any_case_or_hyphened_scales_the_figure(amount, scale, joint, noun) -> None:
    word, power = scale
    qs = find_quantities(f"We recorded a ${amount}{joint}{word} {noun} at the Dunmere site.")
    assert [(q.value, q.unit) for q in qs] == [(amount * Decimal(10) ** power, "USD")]


@SETTINGS
@given(AMOUNTS, st.sampled_from(["quarter", "year", "month"]))
def test_a_hyphened_scale_naming_a_milestone_is_no_figure(amount, noun) -> None:
    assert find_quantities(f"It was our first ${amount}-billion-{noun}.") == []


@SETTINGS
@given(st.integers(min_value=1, max_value=99).filter(lambda n: n % 10), st.sampled_from(["low", "mid", "high", "upper"]),
       st.sampled_from(["-", " "]), st.sampled_from(["%", " percent"]))
def test_a_position_on_one_whole_percent_stays_inside_that_percent(n, pos, joint, unit) -> None:
    qs = find_quantities(f"We expect the rate in the {pos}{joint}{n}{unit} range.")
    assert len(qs) == 1
    q = qs[0]
    assert q.unit == "%" and q.approx and n <= q.low < q.high < n + 1


@SETTINGS
@given(st.sampled_from([("two-thirds", "66.7"), ("two thirds", "66.7"), ("one-third", "33.3"), ("three quarters", "75"),
                        ("three-quarters", "75"), ("3/4", "75"), ("2/3", "66.7"), ("1/4", "25")]),
       st.sampled_from(["our revenue", "the loan book", "free cash flow", "our customers", "total sales"]))
def test_a_fraction_of_a_whole_is_a_share(frac, whole) -> None:
    word, share = frac
    qs = find_quantities(f"About {word} of {whole} came from the Lisle region.")
    assert [(q.value, q.unit) for q in qs] == [(Decimal(share), "%")]


@SETTINGS
@given(st.sampled_from(["two-thirds", "three quarters", "3/4", "one third"]),
       st.sampled_from(["the year", "this year", "fiscal 2027", "2026", "the way", "which", "the growth", "the increase"]))
def test_a_fraction_of_time_or_of_a_pronoun_is_no_share(word, whole) -> None:
    assert [q for q in find_quantities(f"We were {word} of {whole} done.") if q.unit == "%"] == []
