"""Every command meets bad input the same way: exit 1 and exactly one `Error:` line, never a traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from ecta.cli import app

from .conftest import DATA, REPO
from .data import make_docx
from .test_cli import assert_one_error_line

GOOD = REPO / "examples" / "northwind-q4-2024.md"
LONG = DATA / "formats" / "seeking-alpha-txt" / "harbor_2018.txt"
runner = CliRunner()


def _pdf_without_text(path):
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(612, 792)
    with open(path, "wb") as fh:
        w.write(fh)


BAD = {
    "empty": lambda p: p.write_bytes(b""),
    "binary": lambda p: p.write_bytes(bytes(range(256)) * 16),
    "not utf-8": lambda p: p.write_bytes(b"Opening remarks \xff\xfe\xe9 a caf\xe9 list\nnothing else\n"),
    "truncated json": lambda p: p.write_text('{"symbol": "ZZZ", "transcript": [{"speaker": "Oper', "utf-8"),
    "truncated pdf": lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n"),
    "pdf without text": _pdf_without_text,
    "unknown format": lambda p: p.write_text("Things to pack\nsocks\na torch\nthe map\n", "utf-8"),
    # A plain-text call pasted 300 times over: past the words of any one call.
    "several calls in one": lambda p: p.write_bytes(LONG.read_bytes() * 300),
    # Three whole calls of a layout whose parser stops at the first call's end: refused, not read as the first alone.
    "calls pasted one after another": lambda p: p.write_bytes(GOOD.read_bytes() * 3),
    # Past any text transcript's size: refused before it is read or parsed (a PDF may weigh more: its images).
    "too large for text": lambda p: p.write_bytes(b"revenue grew " * (700 * 1024)),
    "directory": lambda p: (p.mkdir(), (p / "notes.txt").write_text("nothing here\n", "utf-8")),
    "missing": lambda p: None,
}
WORD = DATA / "formats" / "docx" / "lindenmoor_colon_labels.docx"
_BOMB: list[bytes] = []


def _zip_bomb(path):
    # 65 MiB of one character packs into some 60 KB: refused by what comes out, whatever the zip declares.
    if not _BOMB:
        _BOMB.append(make_docx.zip_parts({"word/document.xml": b"<w:document>" + b" " * (65 * 2**20) + b"</w:document>"}))
    path.write_bytes(_BOMB[0])


CONTAINERS = {
    "truncated word file": lambda p: p.write_bytes(WORD.read_bytes()[:400]),
    "zip without word/document.xml": lambda p: p.write_bytes(make_docx.zip_parts({"content.xml": "<office/>"})),
    "encrypted word file": lambda p: p.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptedPackage".encode("utf-16-le") + bytes(500)),
    "word 97-2003 file": lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000)),
    "word file declaring entities": lambda p: p.write_bytes(make_docx.zip_parts({"word/document.xml": (
        '<!DOCTYPE d [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        f'<w:document {make_docx.PARTS_NS}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')})),
    "word file without text": lambda p: p.write_bytes(make_docx.docx(["", ""])),
    "zip bomb": _zip_bomb,
    "web page without text": lambda p: p.write_text(
        "<!DOCTYPE html><html><head><title>Call</title></head><body><nav>Home</nav><script>x()</script></body></html>",
        "utf-8"),
}
BAD.update(CONTAINERS)
COMMANDS = ["parse", "facts", "analyze", "summarize", "compare"]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_file_is_one_error_line(tmp_path, command, kind):
    if kind == "several calls in one" and command == "parse":
        pytest.skip("a long file is parsed: only reading its figures (facts, report, summary) is refused")
    bad = tmp_path / "call.txt"
    BAD[kind](bad)
    args = [command, str(bad)] + ([str(GOOD)] if command == "compare" else [])
    assert_one_error_line(runner.invoke(app, args, catch_exceptions=False))
    if command == "compare":  # either side
        assert_one_error_line(runner.invoke(app, [command, str(GOOD), str(bad)], catch_exceptions=False))


@pytest.mark.parametrize("command", COMMANDS)
def test_empty_stdin_is_one_error_line(command):
    args = [command, "-"] + ([str(GOOD)] if command == "compare" else [])
    assert_one_error_line(runner.invoke(app, args, input=b"", catch_exceptions=False), "standard input")


def test_summarize_reads_one_call_from_stdin():
    result = runner.invoke(app, ["summarize", "-"], input=GOOD.read_bytes(), catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("- ") and "(line" in result.stdout


def test_size_limit_spares_pdfs_their_images():
    from ecta.source import MAX_BYTES, MAX_TEXT_BYTES, size_limit

    assert size_limit(b"%PDF-1.7\n%binary") == MAX_BYTES
    assert size_limit(b"\n  %PDF-1.4") == MAX_BYTES
    assert size_limit(b"Operator: Good morning") == MAX_TEXT_BYTES < MAX_BYTES


def test_summarize_says_when_a_call_gives_no_bullet(tmp_path):
    call = tmp_path / "call.txt"
    # a call in the one-sentence-a-line layout with no figure in it
    call.write_text("\n".join(["Thank you all for joining us today.", "Our teams did good work this quarter.",
                               "We remain confident in our plans.", "We will now take your questions."] * 5) + "\n", "utf-8")
    result = runner.invoke(app, ["summarize", str(call), "--format", "sentences"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "no bullet" in result.stderr and "Traceback" not in result.stderr
