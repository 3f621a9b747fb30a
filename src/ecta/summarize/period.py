"""The call's own quarter when no title names it: a title opening the text, else what its speech reports."""

from __future__ import annotations

from collections.abc import Iterable

from ..callinfo import period_from_speech, period_from_text


def call_period(sentences: Iterable[str]) -> tuple[int | None, int | None]:
    """(fiscal_year, fiscal_quarter) of the call, from a title if one opens the text, else from its speech."""
    everything = list(sentences)
    for s in everything[:3]:
        year, quarter = period_from_text(s)
        if quarter:
            return year, quarter
    return period_from_speech(everything)
