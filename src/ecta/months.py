"""Month names as the rules spell them: one list, so every pattern that names a month names the same twelve."""

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
MONTH_ALT = "|".join(MONTH_NAMES)  # the alternation patterns embed (most compile with re.I)
_NUMBER = {name.lower(): i for i, name in enumerate(MONTH_NAMES, start=1)}


def month_number(name: str) -> int:
    """1 for "January" (any case), ..., 12 for "December"."""
    return _NUMBER[name.lower()]
