"""A call's date, ticker and period from its file name, for sources that carry no header (MAEC
"YYYYMMDD_TICKER.txt", ECTSum "TICKER_qN_YYYY.txt"). Fictional calls written to tmp_path."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

import ecta
from ecta.callinfo import call_from_name, period_from_date
from ecta.facts import extract_facts

# Q&A only, as MAEC files are: the quarter is named, the year never.
_NO_YEAR = """Thanks for the question.
Our third quarter revenue was $512 million, up 4% from a year ago.
Segment margin in the quarter was 18.5%, a record for us.
We expect full year earnings per share of $6.10 to $6.20.
Next question please.
We added about 40 new distributors in the third quarter.
"""
# Neither quarter nor year.
_NO_PERIOD = """Thanks for the question.
Revenue was $512 million, up 4% from a year ago.
Margin was 18.5%, a record for us.
We are pleased with how the business performed for our customers.
We added about 40 new distributors, more than we planned.
"""


def _parse(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ecta.parse(path)


def test_dated_name_gives_the_year_the_speech_never_says(tmp_path):
    t = _parse(tmp_path, "20251023_QRLX.txt", _NO_YEAR)
    assert t.meta.source_format == "sentences"
    assert t.meta.event_date == datetime(2025, 10, 23, tzinfo=timezone.utc)
    assert t.meta.ticker == "QRLX"
    assert (t.meta.fiscal_year, t.meta.fiscal_quarter) == (2025, 3)
    revenue = [f for f in extract_facts(t) if f.value == 512_000_000]
    assert revenue and revenue[0].period is not None and revenue[0].period.label == "Q3 2025"


def test_undated_name_leaves_the_year_open(tmp_path):
    t = _parse(tmp_path, "qrlx_call.txt", _NO_YEAR)
    assert (t.meta.fiscal_year, t.meta.fiscal_quarter) == (None, 3)
    assert t.meta.event_date is None and t.meta.ticker is None


def test_date_alone_gives_the_quarter_last_ended(tmp_path):
    # A February call reports the fourth quarter of the year before.
    t = _parse(tmp_path, "2026-02-11-QRLX.txt", _NO_PERIOD)
    assert (t.meta.fiscal_year, t.meta.fiscal_quarter) == (2025, 4)


def test_period_in_the_name_beats_an_outlook_the_speech_repeats(tmp_path):
    # The speech names the next quarter's outlook more than the reported one.
    text = _NO_PERIOD + "Looking ahead to our fiscal 2026 third quarter, we see sales of $530 million.\n" \
        + "Our outlook for the third quarter of fiscal 2026 is unchanged.\n"
    t = _parse(tmp_path, "QRLX_q2_2026.txt", text)
    assert (t.meta.ticker, t.meta.fiscal_year, t.meta.fiscal_quarter) == ("QRLX", 2026, 2)


@pytest.mark.parametrize("name", ["2025-13-02_QRLX.txt", "20250231_QRLX.txt", "Q3 2025 notes.txt", "12345678.txt"])
def test_names_that_are_no_call(name):
    assert call_from_name(name).date is None and call_from_name(name).fiscal_quarter is None


@pytest.mark.parametrize("when, quarter, year, expected", [
    (datetime(2025, 10, 23), None, None, (2025, 3)),
    (datetime(2025, 4, 30), None, None, (2025, 1)),
    (datetime(2026, 1, 28), 4, None, (2025, 4)),
    (datetime(2025, 10, 23), 1, 2026, (2026, 1)),   # a fiscal year named by the calendar year it ends in
    (datetime(2025, 10, 23), 3, 2023, (2025, 3)),   # a year the date rules out
])
def test_period_from_date(when, quarter, year, expected):
    assert period_from_date(when.replace(tzinfo=timezone.utc), quarter, year) == expected


# A half-year call in sentences: its speech names quarters of the half and its date falls after a quarter end,
# yet the welcome says it reports a half.
_HALF_YEAR = """Good morning and welcome to Ombrella Freight's interim results presentation for the six months to 31 December 2026.
Revenue for the half was $640 million, up 7% on the first half of last year.
Volumes grew faster in the December quarter than in the September quarter.
We expect second half revenue of about $700 million.
Next question please.
Thanks for the question.
Margin in the half was 12.5%, and we opened 14 new depots.
Our drivers kept every depot running through the holiday rush.
"""


@pytest.mark.parametrize("name, expected", [("20270219_OMBF.txt", (2027, None)), ("ombf_interim.txt", (2027, None))])
def test_half_year_welcome_keeps_the_call_a_half(tmp_path, name, expected):
    t = _parse(tmp_path, name, _HALF_YEAR)
    assert (t.meta.fiscal_year, t.meta.fiscal_quarter) == expected
    periods = {f.value: f.period.label for f in extract_facts(t) if f.period is not None}
    assert periods[640_000_000] == "H1 2027" and periods[700_000_000] == "H2 2027"


def test_quarter_and_half_welcome_stays_a_quarter(tmp_path):
    text = _HALF_YEAR.replace("interim results presentation for the six months", "results for the second quarter and six months")
    t = _parse(tmp_path, "20260805_OMBF.txt", text.replace("31 December 2026", "30 June 2026"))
    assert t.meta.fiscal_quarter == 2


def test_the_parser_keeps_the_half_it_read_for_the_facts(tmp_path):
    t = _parse(tmp_path, "20270219_OMBF.txt", _HALF_YEAR)
    assert t.meta.fiscal_half == 1
    quarter = _parse(tmp_path, "20260805_OMBF.txt", _HALF_YEAR.replace(
        "interim results presentation for the six months to 31 December 2026", "results for the second quarter of 2026"))
    assert quarter.meta.fiscal_quarter == 2 and quarter.meta.fiscal_half is None


_TITLED_HALF = """Refinitiv StreetEvents Event Transcript
E D I T E D   V E R S I O N

H2 2031 Quorran Freight Lines PLC Earnings Call
FEBRUARY 26, 2032 / 9:00AM GMT

Corporate Participants

 * Tamsin Orrell
   Quorran Freight Lines PLC - CFO

Presentation
Operator    [1]

          Good morning, and welcome to the Quorran Freight Lines results call.

Tamsin Orrell, Quorran Freight Lines PLC - CFO    [2]

          Revenue for the half was GBP 410 million, and margin in the period was 9.5%.
"""


def test_a_half_named_by_the_title_alone(tmp_path):
    t = _parse(tmp_path, "quorran.txt", _TITLED_HALF)
    assert (t.meta.fiscal_year, t.meta.fiscal_quarter, t.meta.fiscal_half) == (2031, None, 2)
    periods = {f.value: f.period.label for f in extract_facts(t) if f.period is not None}
    assert periods[410_000_000] == "H2 2031"


@pytest.mark.parametrize("title, expected", [
    ("1H FY2031 Quorran Freight Lines PLC Earnings Call", (2031, None, 1)),
    ("2H 2031 Quorran Freight Lines PLC Earnings Call", (2031, None, 2)),
    ("Quorran Freight Lines PLC 6M 2031 Results Call", (2031, None, 1)),
    ("Q2 and Six Months 2031 Quorran Freight Lines PLC Earnings Call", (2031, 2, None)),
])
def test_other_spellings_of_a_half_in_the_title(tmp_path, title, expected):
    t = _parse(tmp_path, "quorran.txt", _TITLED_HALF.replace("H2 2031 Quorran Freight Lines PLC Earnings Call", title))
    assert (t.meta.fiscal_year, t.meta.fiscal_quarter, t.meta.fiscal_half) == expected
