"""The text layer of a PDF, page by page, as lines: PDFium (pypdfium2) first, pypdf as the fallback.

PDFium reads a transcript some twenty times faster than pypdf's pure-Python extractor and splits
words more faithfully, but it gives bare lines: no blank line between paragraphs, letter-spaced
display text spaced unevenly, and now and then a word space the PDF draws as a gap rather than a
space character left out. A few looks at the glyph boxes restore what the parser reads as layout:

* a blank line where the gap above a line is clearly wider than the page's usual leading;
* a space where two glyphs of a run such as `Quarter2025` or `Results,Acme` stand a gap apart;
* letter-spaced lines (`T R A N S C R I P T`, `PARTICIPANT S`) rebuilt from the glyph gaps, one
  space where a word ends;
* a line-end hyphen PDFium folds into the next line (a soft-hyphen mark) becomes `-` and a break,
  so every printed line stays a line.

pypdf reads the file when pypdfium2 is missing or cannot open it, so a damaged PDF that pypdf can
still read is still read.
"""

from __future__ import annotations

import io
from statistics import median

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..errors import ParseError
from ..source import Source

# Where a glyph run may hide a word space (after the match): a case or digit change, or a letter after
# punctuation. Each branch opens with its character, not a lookbehind: the scan runs over every character.
_GLUE = re.compile(r"[a-z](?=[A-Z\d])|[A-Z](?=\d)|\d(?=[A-Za-z])|[.,;:!?)](?=[A-Za-z(])")
# A one-character token other than `a`, `A` and `I`: a letter-spaced word, or a split figure.
_SPACED = re.compile(r"[B-HJ-Zb-z0-9](?<!\S[B-HJ-Zb-z0-9])(?!\S)")
_SOFT_HYPHENS = ("\x02", "\ufffe")
_GAP = 0.08
"""A glyph gap wider than this share of the line's height is a word space (letters touch: ~0.01)."""
_LETTER_SPACED = 0.04
"""A line whose letters stand apart by more than this share of its height, as a rule, is letter-spaced."""
_PARAGRAPH = 0.45
"""A gap above a line wider than the page's usual one by this share of a line's height opens a paragraph."""


def read_pages(source: Source) -> list[list[str]]:
    pages = _pdfium_pages(source)
    if pages is None or _too_little(pages):
        pages = _pypdf_pages(source)
    if _too_little(pages):
        raise ParseError(
            f"{source.label}: the PDF has no text layer (a scanned image?); run OCR on it first."
        )
    return pages


def _too_little(pages: list[list[str]]) -> bool:
    return sum(len(ln.strip()) for page in pages for ln in page) < 200


def _pdfium_pages(source: Source) -> list[list[str]] | None:
    """The pages' lines, or None when pypdfium2 is missing or cannot open the file."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c
    except ImportError:
        return None
    try:
        doc = pdfium.PdfDocument(source.data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise ParseError(f"{source.label}: the PDF is encrypted; give an unencrypted copy.") from None
        return None
    try:
        pages = []
        for k in range(len(doc)):
            try:
                pages.append(_Page(doc[k].get_textpage(), pdfium_c).lines())
            except Exception:  # noqa: BLE001 - one damaged page should not lose the others
                pages.append([])
        return pages
    finally:
        doc.close()


class _Page:
    def __init__(self, textpage, pdfium_c) -> None:
        self.tp, self.c = textpage, pdfium_c
        self.rect = pdfium_c.FS_RECTF()
        # The range call's text has one character per entry of PDFium's character list, so an index
        # into it is a glyph's index; the bounded call may differ where a glyph is outside the BMP.
        self.text = textpage.get_text_range()
        self.aligned = len(self.text) == textpage.count_chars()

    def box(self, k: int) -> tuple[float, float, float, float]:
        """(left, right, bottom, top) of character k, with its font's full advance and height."""
        self.c.FPDFText_GetLooseCharBox(self.tp.raw, k, self.rect)
        return self.rect.left, self.rect.right, self.rect.bottom, self.rect.top

    def lines(self) -> list[str]:
        if not self.aligned:
            text = self.tp.get_text_bounded()
            for mark in _SOFT_HYPHENS:
                text = text.replace(mark, "-\n")
            return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        # A soft-hyphen mark ends its printed line: PDFium runs the next one on after it.
        spans = [m.span() for m in re.finditer(r"[^\r\n\x02\ufffe]+[\x02\ufffe]?", self.text)]
        out: list[str] = []
        boxes: list[tuple[float, float]] = []
        for start, end in spans:
            first = next((k for k in range(start, end) if not self.text[k].isspace()), None)
            if first is None:
                continue
            pieces = (self.respaced(start, end) if _SPACED.search(self.text, start, end)
                      else [(self.unglued(start, end), first)])
            for line, k in pieces:
                _, _, bottom, top = self.box(k)
                out.append(line)
                boxes.append((top, bottom))
        return self.paragraphs(out, boxes)

    def unglued(self, start: int, end: int) -> str:
        text, cuts = self.text, []
        for m in _GLUE.finditer(text, start, end):
            k = m.end()
            left, right = self.box(k - 1), self.box(k)
            height = left[3] - left[2]
            if height > 0 and right[0] - left[1] > _GAP * height:
                cuts.append(k)
        parts, last = [], start
        for k in cuts:
            parts.append(text[last:k])
            last = k
        parts.append(text[last:end])
        return self.hyphens(" ".join(parts).strip())

    def respaced(self, start: int, end: int) -> list[tuple[str, int]]:
        """A letter-spaced line set again from its glyph gaps, a space only where a word ends, as
        (line, index of its first glyph): a glyph that starts back at the left and lower down opens
        a line PDFium ran on."""
        tail = "-" if self.text[end - 1] in _SOFT_HYPHENS else ""
        glyphs = [(k, self.box(k)) for k in range(start, end - len(tail)) if not self.text[k].isspace()]
        heights = [b[3] - b[2] for _, b in glyphs if b[3] > b[2]]
        if len(glyphs) < 2 or not heights:
            return [(self.unglued(start, end), start)]
        height = median(heights)
        lines = [[glyphs[0]]]
        for g in glyphs[1:]:
            prev = lines[-1][-1][1]
            if g[1][0] < prev[0] - height and g[1][3] <= prev[2]:
                lines.append([g])
            else:
                lines[-1].append(g)
        out = []
        for run in lines:
            gaps = [b[0] - a[1] for (_, a), (_, b) in zip(run, run[1:])]
            spacing = median(gaps) if gaps else 0
            if spacing < _LETTER_SPACED * height:
                # Letters that touch: PDFium's own spaces stand (a narrow font's word gap can be tiny).
                out.append((self.unglued(run[0][0], run[-1][0] + 1), run[0][0]))
                continue
            text = [self.text[run[0][0]]]
            for gap, (k, _) in zip(gaps, run[1:]):
                text.append((" " if gap > spacing + _GAP * height else "") + self.text[k])
            out.append(("".join(text), run[0][0]))
        out[-1] = (out[-1][0] + tail, out[-1][1])
        return out

    @staticmethod
    def hyphens(line: str) -> str:
        for mark in _SOFT_HYPHENS:
            line = line.replace(mark, "-")
        return line

    @staticmethod
    def paragraphs(lines: list[str], boxes: list[tuple[float, float]]) -> list[str]:
        """A blank line before each line whose gap above is wider than the page's usual leading."""
        gaps: list[float | None] = [None]
        for (top0, bottom0), (top1, _) in zip(boxes, boxes[1:]):
            height = top0 - bottom0
            gaps.append((bottom0 - top1) / height if height > 0 else None)
        usual = [g for g in gaps if g is not None and -0.5 < g < 3]
        if not usual:
            return lines
        cut = median(usual) + _PARAGRAPH
        out: list[str] = []
        for line, gap in zip(lines, gaps):
            if gap is not None and gap > cut and out:
                out.append("")
            out.append(line)
        return out


def _pypdf_pages(source: Source) -> list[list[str]]:
    import logging  # here, as only PDFs need it: start-up

    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a core dependency
        raise ParseError("reading PDF transcripts needs pypdf: pip install pypdf") from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(source.data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - any failure here means we cannot open it
                ok = 0
            if not ok:
                raise ParseError(f"{source.label}: the PDF is encrypted; give an unencrypted copy.")
        pages = []
        for page in reader.pages:
            try:
                text = page.extract_text() or ""
            except Exception:  # noqa: BLE001 - one damaged page should not lose the others
                text = ""
            pages.append(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    except ParseError:
        raise
    except Exception as e:  # noqa: BLE001 - pypdf raises many types (PdfReadError and others) on broken files
        raise ParseError(
            f"{source.label}: cannot read the PDF ({type(e).__name__}: {e}); the file may be truncated."
        ) from None
    return pages
