"""A Transcript from one-sentence-per-line text (ECTSum's preprocessed calls), for sources no parser claims.

Such files have no speakers and no section markers: one turn, one paragraph per non-empty line, with the
true line numbers so that every bullet can cite the line it rests on.
"""

from __future__ import annotations

import hashlib

from ..errors import InputError
from ..model import Meta, Paragraph, Participant, Section, Transcript, Turn
from .period import call_period

_MIN_LINES = 5
_MAX_MEAN_WORDS = 80
"""A sentence per line runs well under this; longer lines mean paragraphs of some layout we do not know."""


def looks_like_sentences(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < _MIN_LINES:
        return False
    return sum(len(ln.split()) for ln in lines) / len(lines) <= _MAX_MEAN_WORDS


def sentences_transcript(text: str, name: str | None = None) -> Transcript:
    if not text.strip():
        raise InputError(f"{name or 'input'}: the file is empty.")
    paragraphs = [
        Paragraph(text=line.strip(), line_start=n, line_end=n)
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip()
    ]
    year, quarter = call_period(p.text for p in paragraphs)
    meta = Meta(fiscal_year=year, fiscal_quarter=quarter, source_format="sentences", source_name=name,
                sha256=hashlib.sha256(text.encode()).hexdigest())
    speaker = Participant(id="unknown", name="Unknown")
    turn = Turn(index=0, speaker=speaker, section=Section.PRESENTATION, paragraphs=paragraphs,
                line_start=paragraphs[0].line_start, line_end=paragraphs[-1].line_end)
    return Transcript(meta=meta, participants=[speaker], turns=[turn])


def load(path, format: str | None = None) -> Transcript:
    """`ecta.parse(path)`, or a sentence-per-line Transcript when no format claims the file."""
    from pathlib import Path

    from ..errors import UnknownFormatError
    from ..parsing import parse

    if format is not None:
        return parse(path, format=format)
    try:
        return parse(path)
    except UnknownFormatError as unknown:
        try:
            text = Path(path).read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            raise unknown from None
        if not looks_like_sentences(text):
            raise
        return sentences_transcript(text, Path(path).name)
