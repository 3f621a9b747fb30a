"""`parse`: a path, text or bytes in, a Transcript out."""

from __future__ import annotations

from pathlib import Path

from . import formats
from .assemble import assemble
from .errors import InputError, UnknownFormatError
from .model import Transcript
from .source import Source


def load(path_or_text: str | bytes | Path | Source) -> Source:
    """A Source from a path, raw bytes, or transcript text.

    A one-line string is taken as a path: a transcript is never one line long, and a
    mistyped path should say "no such file", not "unknown format".
    """
    if isinstance(path_or_text, Source):
        return path_or_text
    if isinstance(path_or_text, Path):
        return Source.from_path(path_or_text)
    if isinstance(path_or_text, bytes):
        return Source(data=path_or_text)
    if isinstance(path_or_text, str):
        if "\n" not in path_or_text and len(path_or_text) < 4096:
            return Source.from_path(path_or_text)
        return Source.from_text(path_or_text)
    raise InputError(f"cannot read a transcript from {type(path_or_text).__name__}; give a path, text or bytes")


def parse(path_or_text: str | bytes | Path | Source, format: str | None = None) -> Transcript:
    """Parse one transcript. The format is detected from the content unless `format` names one.

    Raises InputError, UnknownFormatError or ParseError (all EctaError) on bad input.
    """
    source = load(path_or_text)
    parser = formats.get(format) if format else None
    if source.is_web_page and _read_as_text(source, parser):
        from .containers import read_page  # here, as only web pages need it: start-up

        page = read_page(source)
        parser = parser or formats.detect(page.source)
        return assemble(page.relined(parser.parse(page.source)), source)
    parser = parser or formats.detect(source)
    draft = parser.parse(source)
    if source.is_word:
        draft.format = f"docx/{draft.format}"
    return assemble(draft, source)


_FOOL = "motley-fool-html"


def _read_as_text(page: Source, parser: formats.FormatParser | None) -> bool:
    """Whether a web page is read through its text: every page but those the fool.com parser, which reads the markup
    itself, is asked for or detected on."""
    if parser is not None:
        return parser.name != _FOOL
    try:
        return formats.detect(page).name != _FOOL
    except UnknownFormatError:
        return True
