"""`parse`: a path, text or bytes in, a Transcript out."""

from __future__ import annotations

from pathlib import Path

from . import formats
from .assemble import assemble
from .errors import InputError, ParseError, UnknownFormatError
from .formats.base import json_head
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

    A Word file or a web page is read through the text it holds (`ecta.containers`), in any text layout; a fool.com
    page keeps the parser that reads its markup.

    ecta's own JSON (`Transcript.to_json`, of any 1.x schema) is read back as it was written.

    Raises InputError, UnknownFormatError or ParseError (all EctaError) on bad input.
    """
    source = load(path_or_text)
    parser = formats.get(format) if format else None
    if parser is None and _ecta_json(source):
        return _read_back(source)
    if source.is_web_page and parser is None:
        fool = _fool_page(source)
        if fool is not None:
            try:
                return assemble(fool.parse(source), source)
            except ParseError:
                pass  # a page that only mentions the site ("as the Motley Fool reported") is any site's page
        return _read_page(source, None)
    if source.is_web_page and parser.name != _FOOL:
        return _read_page(source, parser)
    parser = parser or formats.detect(source)
    draft = parser.parse(source)
    if source.is_word:
        draft.format = f"docx/{draft.format}"
    return assemble(draft, source)


def _read_page(source: Source, parser: formats.FormatParser | None) -> Transcript:
    """A web page read through its text, in the layout given or detected; lines cite the HTML file."""
    from .containers import read_page  # here, as only web pages need it: start-up

    page = read_page(source)
    parser = parser or formats.detect(page.source)
    return assemble(page.relined(parser.parse(page.source)), source)


_FOOL = "motley-fool-html"
"""The one parser that reads a web page's markup itself; every other page is read through its text."""


def _fool_page(page: Source) -> formats.FormatParser | None:
    """The fool.com parser when detection on the markup picks it, as it did before other pages were read."""
    try:
        parser = formats.detect(page)
    except UnknownFormatError:
        return None
    return parser if parser.name == _FOOL else None


def _ecta_json(source: Source) -> bool:
    """ecta's own JSON, which opens on its schema version (no transcript vendor writes that key first)."""
    head = json_head(source, 200)
    return head is not None and head.lstrip("\ufeff \t\r\n")[1:].lstrip().startswith('"schema_version"')


def _read_back(source: Source) -> Transcript:
    from pydantic import ValidationError

    try:
        return Transcript.from_json(source.text)
    except ParseError as e:
        raise ParseError(f"{source.label}: {e}") from None
    except (ValidationError, ValueError) as e:
        first = e.errors()[0] if isinstance(e, ValidationError) else None
        where = ".".join(map(str, first["loc"])) if first and first["loc"] else ""
        said = f"{where}: {first['msg']}" if first else str(e)
        raise ParseError(f"{source.label}: not a transcript ecta wrote as JSON ({said}).") from None
