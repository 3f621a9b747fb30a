"""How much one call may hold: more is several calls pasted together, or not a call at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    from .model import Transcript

MAX_WORDS = 100_000
"""Ten long calls: a report on more is several calls pasted together, and its checks would take minutes."""


def check_length(t: Transcript) -> None:
    """Refuse a call longer than MAX_WORDS before its facts are read: `ecta facts` and `summarize` on a 50 MB file
    would otherwise read for an hour."""
    words = sum(len(p.text.split()) for turn in t.turns for p in turn.paragraphs)
    if words > MAX_WORDS:
        raise InputError(f"{t.meta.source_name or 'the transcript'}: {words:,} words is longer than any one call "
                         f"(limit {MAX_WORDS:,} words for a report); is it several transcripts in one file?")
