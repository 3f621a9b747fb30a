"""The PDF text layer: PDFium's lines, repaired from glyph boxes where the parser reads layout, and pypdf
as the fallback. The PDFs here are written by hand (a content stream of text operators), so each one
shows one way a publisher's file sets its text: kerning gaps for word spaces, letter-spaced headings
with a stray gap, paragraph gaps, a hyphen at a line's end."""

from __future__ import annotations

import pytest

import ecta
from ecta.errors import ParseError
from ecta.formats import pdf_text
from ecta.source import Source

pdfium = pytest.importorskip("pypdfium2")

BODY = "BT /F1 11 Tf 72 500 Td " + "(A line of body text, long enough to pass the text-layer check.) Tj 0 -14 Td " * 4 + "ET "


def raw_pdf(ops: str) -> bytes:
    """A one-page PDF whose content stream is `ops` (Helvetica as /F1), with a correct xref table."""
    stream = ops.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _lines(ops: str) -> list[str]:
    return pdf_text.read_pages(Source(data=raw_pdf(ops + BODY), name="hand.pdf"))[0]


def test_a_word_space_drawn_as_a_kerning_gap_is_a_space() -> None:
    ops = ("BT /F1 11 Tf 72 700 Td [(Osterley Quarter) -110 (2025) -110 (Results) -110 (Call)] TJ "
           "0 -14 Td [(Q3 FY2025 at W) 60 (averly)] TJ ET ")
    raw = pdfium.PdfDocument(raw_pdf(ops + BODY))[0].get_textpage().get_text_range()
    assert "Quarter2025ResultsCall" in raw  # PDFium alone runs the words together
    lines = _lines(ops)
    assert lines[0] == "Osterley Quarter 2025 Results Call"
    # Kerning that draws letters closer, and a figure that runs on, stay one word.
    assert lines[1] == "Q3 FY2025 at Waverly"


def test_a_letter_spaced_heading_with_a_stray_gap_is_one_word() -> None:
    ops = ("BT /F1 14 Tf 2 Tc 1 0 0 1 72 700 Tm (CONFERENCE CALL PARTICIPANT) Tj ET "
           "BT /F1 14 Tf 2 Tc 1 0 0 1 312.9 700 Tm (S) Tj ET ")
    raw = pdfium.PdfDocument(raw_pdf(ops + BODY))[0].get_textpage().get_text_range()
    assert "PARTICIPANT S" in raw  # PDFium alone reads the last letter as a word
    assert _lines(ops)[0] == "CONFERENCE CALL PARTICIPANTS"


def test_a_wider_gap_than_the_leading_is_a_blank_line() -> None:
    ops = ("BT /F1 11 Tf 72 700 Td (First paragraph, line one) Tj 0 -13 Td (and its second line.) Tj "
           "0 -26 Td (Second paragraph after a gap.) Tj 0 -13 Td (Its next line.) Tj ET ")
    assert _lines(ops)[:5] == [
        "First paragraph, line one", "and its second line.", "", "Second paragraph after a gap.", "Its next line.",
    ]


def test_a_hyphen_at_a_line_end_keeps_both_lines() -> None:
    ops = "BT /F1 11 Tf 72 700 Td (We lifted the loan-to-) Tj 0 -13 Td (deposit ratio again.) Tj ET "
    raw = pdfium.PdfDocument(raw_pdf(ops + BODY))[0].get_textpage().get_text_range()
    assert "\r" not in raw.split("deposit")[0]  # PDFium alone runs the second line on after a mark
    lines = _lines(ops)
    assert lines[:2] == ["We lifted the loan-to-", "deposit ratio again."]


def test_pypdf_reads_what_pdfium_cannot_open(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise pdfium.PdfiumError("Failed to load document (PDFium: Data format error).")

    monkeypatch.setattr(pdfium, "PdfDocument", refuse)
    lines = _lines("BT /F1 11 Tf 72 700 Td (Heading for a damaged file) Tj ET ")
    assert lines[0].strip() == "Heading for a damaged file"


def test_pypdf_reads_when_pypdfium2_is_missing(monkeypatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # `import pypdfium2` raises ImportError
    assert pdf_text._pdfium_pages(Source(data=raw_pdf(BODY))) is None
    lines = _lines("BT /F1 11 Tf 72 700 Td (Heading read by the fallback) Tj ET ")
    assert lines[0].strip() == "Heading read by the fallback"


def test_a_password_pdfium_cannot_open_is_the_encrypted_error(monkeypatch) -> None:
    def locked(*args, **kwargs):
        raise pdfium.PdfiumError("Failed to load document (PDFium: Incorrect password error).")

    monkeypatch.setattr(pdfium, "PdfDocument", locked)
    with pytest.raises(ParseError, match="encrypted"):
        ecta.parse(Source(data=raw_pdf(BODY), name="locked.pdf"))
