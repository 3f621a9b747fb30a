"""The summary counts a call's figures on the stretches of text near its digits (`numbers.near_digits`): the
same figures, in the same order, as reading the whole text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ecta.summarize import numbers

# Words that the masks read across a blank (a month before a day, "covid" before "19", "a.m." after a time), the
# figures they mask or keep, and plain words between them.
_WORDS = ["march", "Sept.", "june", "covid", "covid-", "19", "2025", "'24", "q3", "fy2026", "3q", "10-q", "7:45",
          "a.m.", "pm", "+1", "(555)", "555", "010-4477", "4,250.5", "12.5%", "$3", "-8", "1h", "the", "of", "sales",
          "rose", "to", "x", "#", ".", ",", "(", ")", "-", "'", "a", "m"]
_BLANKS = [" ", "  ", "\n", "\n\n", " \n ", "\t", ""]


def _whole(text: str) -> list[str]:
    return [m.group(1).replace(",", "") for m in numbers._NUMBER.finditer(numbers.mask(text))]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_BLANKS)), max_size=60))
def test_near_digits_keeps_every_figure(pairs):
    text = "".join(w + b for w, b in pairs)
    assert _whole(numbers.near_digits(text)) == _whole(text)


def test_long_text_is_read_near_its_digits():
    filler = "the outlook stays as it was " * 100
    text = f"{filler}revenue of $4,250.5 million on march\n\n12, up 12.5% in q3 at 7:45 a.m.{filler}covid\n19 {filler}"
    assert len(numbers.near_digits(text)) < len(text) // 10
    assert numbers.figures(text) == _whole(text) == ["4250.5", "12.5"]
