"""Transcript data-set rows (Hugging Face and similar): one call as a JSON object or a JSON Lines row.

Layout: `{"symbol" or "ticker", "year", "quarter", "date", "content" or "transcript" or "text"}`, the text in any
layout ecta reads (`Name: text` lines, StreetEvents, Seeking Alpha ...), which is detected and read by that layout's
parser; the format is then named `dataset-json/LAYOUT`. Text in no layout, without speaker labels, is read by its
words as earningscall.biz's one-string responses are (`dataset-json/unlabelled`). The row's fields give the ticker, period and date, and win
over what the text says. Every span cites the line of the file where the text's string starts.
"""

from __future__ import annotations

from ..errors import ParseError
from ..source import Source
from . import _api, sniff
from .base import Draft

_WHAT = "transcript data-set row"
TEXT_FIELDS = ("content", "transcript", "text")


class DatasetJson:
    name = "dataset-json"
    description = "A data-set row (JSON or JSON Lines) of `symbol`/`ticker`, `year`, `quarter`, `date` and the call's text in any layout"

    def sniff(self, source: Source) -> float:
        return sniff.dataset_json(source)

    def parse(self, source: Source) -> Draft:
        got = _api.load(source, _WHAT)
        doc = got.doc
        field = next((k for k in TEXT_FIELDS if _api.text_of(doc.get(k)).strip()), None)
        if field is None:
            raise ParseError(f"{source.label}: the {_WHAT} holds no transcript text (`content`, `transcript` or `text`).")
        if (layout := _layout(doc[field])) is not None:
            draft = _api.read_layout(doc[field], source, got.line(field), field, layout=layout)
            draft.format = f"{self.name}/{draft.format}"
        else:
            draft = _unlabelled(doc[field], got.line(field))
        _api.read_ticker(draft, doc.get("symbol", doc.get("ticker")))
        _api.read_period(draft, doc.get("year", doc.get("fiscal_year")), doc.get("quarter", doc.get("fiscal_quarter")))
        _api.read_date(draft, doc.get("date"))
        if isinstance(doc.get("company"), str) and doc["company"].strip():
            draft.company = doc["company"].strip()
        return draft


def _layout(text: str) -> str | None:
    """The text layout `text` is in, or None."""
    from . import UnknownFormatError, detect  # here: the registry imports this module

    try:
        return detect(Source.from_text(text)).name
    except UnknownFormatError:
        return None


def _unlabelled(text: str, line: int) -> Draft:
    """Text that names no speakers: read by its words, as earningscall.biz's one-string level is."""
    from .earningscall_json import INFERRED, flat, split_flat

    draft = Draft(format="dataset-json/unlabelled")
    draft.turns = split_flat(text, line, None, start=1, execs=flat.executives(text))
    draft.warnings.append("the text is one block without speakers or sections; " + INFERRED)
    if not draft.turns:
        raise ParseError("the data-set row's text holds no words.")
    return draft


PARSER = DatasetJson()
