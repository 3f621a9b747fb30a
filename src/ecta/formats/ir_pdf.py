"""Work in progress."""

from __future__ import annotations

from ..errors import ParseError
from ..source import Source
from .base import Draft


class IrPdf:
    name = "ir-pdf"
    description = "work in progress"

    def sniff(self, source: Source) -> float:
        return 0.0

    def parse(self, source: Source) -> Draft:
        raise ParseError(f"{source.label}: the ir-pdf parser is not finished.")


PARSER = IrPdf()
