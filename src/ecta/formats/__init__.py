"""Format parsers: one module per source format, one registry, content-based detection."""

from __future__ import annotations

from importlib import import_module

from ..errors import UnknownFormatError
from ..source import Source
from .base import Draft, DraftParagraph, DraftSpeaker, DraftTurn, FormatParser

# name -> module holding PARSER. Order breaks ties in detection: specific formats first,
# the generic `Name: text` fallback last.
_MODULES: dict[str, str] = {
    "streetevents-md": "streetevents_md",
    "streetevents-txt": "streetevents_txt",
    "motley-fool-json": "motley_fool_json",
    "motley-fool-html": "motley_fool_html",
    "earningscall-json": "earningscall_json",
    "seeking-alpha-txt": "seeking_alpha",
    "fmp-markdown": "fmp_markdown",
    "ir-pdf": "ir_pdf",
    "bold-speakers": "bold_speakers",  # containers' (Word, web page) bold speaker headers
    "rev-nlp": "rev_nlp",
    "factset-txt": "factset",
    "capital-iq-txt": "capital_iq",
    "fmp-json": "fmp_json",
    "alpha-vantage-json": "alpha_vantage_json",
    "api-ninjas-json": "api_ninjas_json",
    "finnhub-json": "finnhub_json",
    "dataset-json": "dataset_json",  # a data set's row: the text in any layout above
    "streetevents-xml": "streetevents_xml",
    "header-lines": "header_lines",  # plain text, a speaker's name on a line of its own above the speech
    "sentences": "sentences",
    "bloomberg-txt": "bloomberg",
    "timestamped": "timestamped",
    "generic": "generic",
}

MIN_CONFIDENCE = 0.2

_loaded: dict[str, FormatParser] = {}


def get(name: str) -> FormatParser:
    """The parser registered under `name`; UnknownFormatError lists the valid names."""
    if name not in _MODULES:
        raise UnknownFormatError(
            f"unknown format {name!r}; choose one of: {', '.join(_MODULES)} (see `ecta formats`)"
        )
    if name not in _loaded:
        _loaded[name] = import_module(f"{__name__}.{_MODULES[name]}").PARSER
    return _loaded[name]


def names() -> list[str]:
    return list(_MODULES)


def all_parsers() -> list[FormatParser]:
    return [get(n) for n in _MODULES]


def detect(source: Source) -> FormatParser:
    """The parser most confident about `source`, or UnknownFormatError. Each format's `sniff` is asked without
    importing its parser (`sniff.py`): only the one that wins is imported."""
    from . import sniff

    best: tuple[float, str] | None = None
    for name in _MODULES:
        score = getattr(sniff, name.replace("-", "_"))(source)
        if best is None or score > best[0]:
            best = (score, name)
    if best is None or best[0] < MIN_CONFIDENCE:
        raise UnknownFormatError(
            f"{source.label}: does not look like an earnings-call transcript in any known format. "
            "Run `ecta formats` for the list, or force one with --format."
        )
    return get(best[1])


__all__ = [
    "Draft",
    "DraftParagraph",
    "DraftSpeaker",
    "DraftTurn",
    "FormatParser",
    "MIN_CONFIDENCE",
    "all_parsers",
    "detect",
    "get",
    "names",
]
