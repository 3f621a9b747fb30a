"""Figures as ECTSum's scorer reads them: the numbers left after masking years, dates, times and q2/fy21 tokens."""

from __future__ import annotations

from .. import stored_re as re  # re, with its patterns built from stored engine code: start-up

# Each is written to start with what its first character can be (a class or a lookahead of it), so the engine skips
# or refuses most positions of a whole call's text at once; the lookbehind after a first letter or digit says what the
# plain form said before it ("[A-Za-z]+" starts at a letter after no letter, "\b\d" at a digit after no word character).
_MASKS = [
    re.compile(r"covid[-\s']?19", re.I),
    re.compile(r"(?=[+(\d])(?:(?:\+\d{1,2}\s)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4})"),     # phone numbers
    re.compile(r"(?=\d)(?:\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?)", re.I),      # times
    re.compile(r"[A-Za-z](?<![A-Za-z].)[A-Za-z]*\d+[A-Za-z\d]*"),                       # q2, fy21, h1
    re.compile(r"\d(?<![\w.,].)\d*-?[A-Za-z]\w*"),                                     # 10-k, 2q, 1h
    re.compile(r"'\d{2}\b"),                                                          # '21
    re.compile(r"(?:19|20)(?<!\w..)[0-3]\d\b"),                                       # years
    # Whole month names only: a bare "dec" prefix would swallow "decreased 26%".
    re.compile(r"(?=[jfmasondJFMASOND])(?:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b)", re.I),
]
_NUMBER = re.compile(r"(?<![A-Za-z\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d)")


def mask(text: str) -> str:
    for rx in _MASKS:
        text = rx.sub(" # ", text)
    return text


def figures(text: str) -> list[str]:
    """The numbers a reader would check against the source, commas dropped ("1,234.5" -> "1234.5")."""
    if len(text) > _LONG:
        text = near_digits(text)
    return [m.group(1).replace(",", "") for m in _NUMBER.finditer(mask(text))]


_LONG = 2000
# What a mask can reach from a digit: the rest of its word, the word before it (a month, "covid"), the digit words
# right after it and the next word ("a.m."). Every mask matches a digit and none crosses the " # " an earlier one left.
_DIGIT = re.compile(r"\d")
_BACK = re.compile(r"\S*(?:\s+\S+)?")  # read on the reversed text
_AHEAD = re.compile(r"\S*(?:\s+\S*\d\S*)*(?:\s+\S+)?")


def near_digits(text: str) -> str:
    """`text` with each stretch no mask or number can reach cut to a line break: the same figures in the same order,
    found in a tenth of a call's text. A blank between two kept stretches stays as it was; what the masks and the
    number pattern see just outside a stretch is a blank either way."""
    back = text[::-1]
    n = len(text)
    parts: list[str] = []
    end = 0
    while (m := _DIGIT.search(text, end)) is not None:
        start = max(n - _BACK.match(back, n - m.start()).end(), end)
        gap = text[end:start]
        parts.append(gap if gap.isspace() or not gap else "\n")
        end = _AHEAD.match(text, m.start()).end()
        parts.append(text[start:end])
    return "".join(parts)
