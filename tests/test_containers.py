"""Word files and web pages from any site: the text ecta reads from them, the CLI on them, and mangled copies.

The cases in tests/data/containers/ pin the text (what a layout parser sees); tests/data/formats/docx and
tests/data/formats/html hold whole fictional calls, checked by tests/test_format_cases.py.
"""

from __future__ import annotations

import html
import json
import zipfile
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import ecta
from ecta.cli import app
from ecta.containers import read_page
from ecta.source import Source

from . import golden
from .conftest import DATA, shared_files
from .data import make_docx
from .test_properties import SETTINGS, check

CASES = DATA / "containers"
HTML_CASES = json.loads((CASES / "html_cases.json").read_text("utf-8"))["cases"]
DOCX_CASES = json.loads((CASES / "docx_cases.json").read_text("utf-8"))["cases"]
FIXTURES = sorted((DATA / "formats" / "docx").glob("*.docx")) + sorted((DATA / "formats" / "html").glob("*.html"))
runner = CliRunner()


@pytest.mark.parametrize("case", HTML_CASES, ids=[c["id"] for c in HTML_CASES])
def test_web_page_text(case):
    page = read_page(Source.from_text(case["markup"]))
    assert page.source.text.split("\n") == case["lines"]
    if "html_lines" in case:
        assert page.html_lines == case["html_lines"]


def _body(case) -> bytes:
    if "body" in case:
        xml = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {make_docx.PARTS_NS}><w:body>{case["body"]}'
               "</w:body></w:document>")
        return make_docx.zip_parts({"word/document.xml": xml, **({"word/styles.xml": case["styles"]} if "styles" in case else {})})
    return make_docx.docx([tuple(p) if isinstance(p, list) else p for p in case["paragraphs"]])


@pytest.mark.parametrize("case", DOCX_CASES, ids=[c["id"] for c in DOCX_CASES])
def test_word_text(case):
    source = Source(data=_body(case))
    assert source.lines == case["lines"]
    if "bold_lines" in case:
        assert sorted(source.bold_lines) == case["bold_lines"]


@pytest.mark.parametrize("name", sorted(make_docx.FIXTURES))
def test_word_fixtures_are_what_the_script_writes(name):
    assert (make_docx.FOLDER / name).read_bytes() == make_docx.build(name), "run python tests/data/make_docx.py"


def test_main_part_named_by_the_package_index():
    rels = make_docx.PACKAGE_RELS.replace("word/document.xml", "word/body.xml")
    xml = f'<w:document {make_docx.PARTS_NS}><w:body><w:p><w:r><w:t>Moved</w:t></w:r></w:p></w:body></w:document>'
    assert Source(data=make_docx.zip_parts({"_rels/.rels": rels, "word/body.xml": xml})).text == "Moved"


def test_fool_pages_keep_their_parser():
    for page in sorted((DATA / "formats" / "motley-fool-html").glob("*.html")):
        assert ecta.parse(page).meta.source_format == "motley-fool-html"


def test_a_forced_layout_reads_the_page_text():
    t = ecta.parse(DATA / "formats" / "html" / "ir_colon_layout.html", format="generic")
    assert t.meta.source_format == "html/generic" and t.turns[0].line_start == 16


@pytest.mark.parametrize("command", ["parse", "facts", "analyze"])
@pytest.mark.parametrize("path", FIXTURES, ids=[p.name for p in FIXTURES])
def test_cli_reads_containers(command, path):
    result = runner.invoke(app, [command, str(path), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    json.loads(result.stdout)


def test_facts_cite_the_paragraph():
    facts = ecta.extract_facts(ecta.parse(DATA / "formats" / "docx" / "lindenmoor_colon_labels.docx"))
    eps = next(f for f in facts if f.metric == "eps")
    assert eps.line == 9  # the ninth paragraph of the body (a table row counts as one)


# --- mangled input: ecta's own errors only --------------------------------------------------------------------

DOCX_BYTES = [p.read_bytes() for p in FIXTURES if p.suffix == ".docx"]
XML_JUNK = st.sampled_from([
    "<w:p>", "</w:p>", "<w:r>", "<w:t>", "</w:t>", "<w:br/>", "<w:tbl><w:tr><w:tc>", "<w:b/>", "&amp;", "&bogus;",
    "<!DOCTYPE x [<!ENTITY a 'aaaa'>]>", "<![CDATA[x]]>", "Operator:", "**Jane Roe:**", "\x00", "<", ">",
])
HTML_JUNK = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<br>", "<strong>", "</strong>", "<b>", "<table><tr><td>", "</td><td>",
    "<script>", "</script>", "<main>", "<article>", "<header>", "<nav>", "&amp;", "&#x;", "&#99999999;", "<!--",
    "-->", "<![CDATA[", "<pre>", "Operator: Good morning.", "Jane Roe: Thanks.", "<p><strong>Jane Roe</strong> - CFO",
    "<!DOCTYPE html>", "\x00", "<p style='font-weight:bold'>", "<li>",
])


@settings(SETTINGS, max_examples=40)
@given(st.sampled_from(DOCX_BYTES), st.lists(st.tuples(st.integers(0, 4000), st.integers(0, 255)), max_size=12),
       st.integers(0, 4000))
def test_mangled_word_files(data, edits, cut):
    mangled = bytearray(data[: max(cut, 4)])
    for at, value in edits:
        if at < len(mangled):
            mangled[at] = value
    check(bytes(mangled))


@settings(SETTINGS, max_examples=40)
@given(st.lists(st.one_of(XML_JUNK, st.text(max_size=40)), max_size=40))
def test_word_files_with_broken_xml(pieces):
    xml = f'<w:document {make_docx.PARTS_NS}><w:body>{"".join(pieces)}</w:body></w:document>'
    check(make_docx.zip_parts({"word/document.xml": xml.encode("utf-8", "surrogatepass")}))


@settings(SETTINGS, max_examples=60)
@given(st.lists(st.one_of(HTML_JUNK, st.text(max_size=40)), max_size=60))
def test_mangled_web_pages(pieces):
    check(("<html><body>" + "\n".join(pieces)).encode("utf-8", "surrogatepass"))


def test_zip_entries_the_reader_cannot_unpack_are_one_error(tmp_path):
    # A deflated part with its compressed bytes scrambled: zlib fails inside zipfile.
    data = bytearray(make_docx.docx(["Operator: Welcome.", "Jane Roe: Thanks.", "Operator: Goodbye."]))
    with zipfile.ZipFile(__import__("io").BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(start, start + info.compress_size):
        data[k] ^= 0x5A
    with pytest.raises(ecta.EctaError):
        ecta.parse(bytes(data))


# --- every text layout read from a container ------------------------------------------------------------------

TEXT_LAYOUTS = ["fmp-markdown", "motley-fool-json", "seeking-alpha-txt", "sentences", "streetevents-md", "streetevents-txt",
                "factset-txt", "capital-iq-txt", "bloomberg-txt", "timestamped"]
"""The layouts whose fixtures are text; a new layout's folder joins the list once its fixtures pass here."""
TEXT_FIXTURES = sorted(p for layout in TEXT_LAYOUTS for p in (DATA / "formats" / layout).iterdir()
                       if not p.name.endswith(".expected.json"))


def _as_word(lines: list[str]) -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>' for ln in lines)
    return make_docx.zip_parts({"word/document.xml": f"<w:document {make_docx.PARTS_NS}><w:body>{body}</w:body></w:document>"})


def _as_page(lines: list[str]) -> bytes:
    return ("<html><body>\n" + "\n".join(f"<p>{html.escape(ln)}</p>" for ln in lines) + "\n</body></html>").encode()


CONTAINED = {  # (container's name in the format, bytes from the text's lines)
    "word, a paragraph a line": ("docx", lambda lines: _as_word(lines)),
    "word without blank paragraphs": ("docx", lambda lines: _as_word([ln for ln in lines if ln.strip()])),
    "web page, a <p> a line": ("html", lambda lines: _as_page([ln for ln in lines if ln.strip()])),
}


# Without its blank lines, a layout whose header blocks are told apart by blank lines reads a participant list
# differently (two names run together in the FactSet list, a Bloomberg Q&A-only file's first header).
BLANKS_NEEDED = {("bloomberg-txt/quollby_qa_only_crlf.txt", "web page, a <p> a line"),
                 ("bloomberg-txt/quollby_qa_only_crlf.txt", "word without blank paragraphs"),
                 ("factset-txt/pdf_copy_crlf.txt", "web page, a <p> a line"),
                 ("factset-txt/kestrel_marks_between.txt", "web page, a <p> a line")}


@pytest.mark.parametrize("container", sorted(CONTAINED))
@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=[f"{p.parent.name}/{p.name}" for p in TEXT_FIXTURES])
def test_text_layouts_read_from_containers(path, container, request):
    """The text fixtures of every layout, put in a Word file or a web page: the same layout, speakers and sections."""
    if (f"{path.parent.name}/{path.name}", container) in BLANKS_NEEDED:
        request.applymarker(pytest.mark.xfail(strict=True, reason="the layout needs the blank lines the container drops"))
    alone = ecta.parse(path.read_bytes())  # no file name to hint at the call, as the container has none
    kind, build = CONTAINED[container]
    inside = ecta.parse(build(Source.from_path(path).lines))
    assert inside.meta.source_format == f"{kind}/{alone.meta.source_format}"
    expected, actual = golden.project(alone), golden.project(inside)
    assert actual["participants"] == expected["participants"]
    assert [t[:3] for t in actual["turns"]] == [t[:3] for t in expected["turns"]]
    if container.startswith("word, "):
        assert actual == expected  # the same lines: the same projection, line numbers and all


FOOL_PAGES = shared_files("formats", "motley-fool-html", pattern="*.html")


@pytest.mark.skipif(not FOOL_PAGES, reason="../shared is not available")
@pytest.mark.parametrize("page", FOOL_PAGES, ids=[p.name[:40] for p in FOOL_PAGES])
def test_a_real_site_page_read_through_its_text_matches_its_own_parser(page):
    """fool.com pages have a parser of their own; read as any site's page (text, bold speakers), the call is the
    same: speakers, roles, sections, exchanges and the lines they cite."""
    own = ecta.parse(page)
    text = ecta.parse(page, format="bold-speakers")
    assert text.meta.source_format == "html/bold-speakers"
    turn = lambda t: (t.speaker.name, t.speaker.role, t.section, t.line_start)  # noqa: E731
    assert [turn(t) for t in text.turns] == [turn(t) for t in own.turns]
    exchange = lambda x: (x.analyst.name, x.question_turns, x.answer_turns)  # noqa: E731
    assert [exchange(x) for x in text.exchanges] == [exchange(x) for x in own.exchanges]
    assert (text.meta.fiscal_year, text.meta.fiscal_quarter) == (own.meta.fiscal_year, own.meta.fiscal_quarter)
