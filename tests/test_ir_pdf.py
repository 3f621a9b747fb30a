"""The ir-pdf parser on PDFs this suite writes itself, in three issuer layouts (fictional calls).

A: upper-case inline labels, letter-spaced running header, copyright footer, Host/Speakers lists.
B: cover page, bare page numbers, dotted leaders, name line + title line with Q/A flags, trailing
   disclaimer.
C: `Page N of M` running header, all-caps disclaimer cover, CORPORATE/CONFERENCE CALL PARTICIPANTS,
   en-dash `Name – Firm – Title` turn lines, a bare `Operator` line.
Every layout has a sentence broken by a page break.
"""

from __future__ import annotations

import pytest

from ecta import parse
from ecta.errors import ParseError
from ecta.formats import detect
from ecta.model import ParagraphKind, Role, Section, Transcript
from ecta.source import Source

fpdf = pytest.importorskip("fpdf")
pypdf = pytest.importorskip("pypdf")

LOREM = (
    "We continued to invest in the network while keeping costs in line with our plan for the year. "
    "Customers responded well to the new service levels, and retention improved in every region we serve. "
)


class _Doc:
    """A small fpdf2 writer: one line per `line()`, wrapped paragraphs via `para()`."""

    def __init__(self, header=None, footer=None) -> None:
        outer = self

        class _PDF(fpdf.FPDF):
            def header(self) -> None:
                if outer.header_fn:
                    outer.header_fn(self)

            def footer(self) -> None:
                if outer.footer_fn:
                    outer.footer_fn(self)

        self.header_fn, self.footer_fn = header, footer
        self.pdf = _PDF()
        self.pdf.core_fonts_encoding = "windows-1252"
        self.pdf.set_auto_page_break(True, margin=20)
        self.pdf.set_font("helvetica", size=10)
        self.pdf.add_page()

    def line(self, text: str) -> None:
        self.pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    def para(self, text: str) -> None:
        self.pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(3)

    def page(self) -> None:
        self.pdf.add_page()

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


def _running_header_a(pdf) -> None:
    pdf.set_font("helvetica", size=8)
    for text in ("T R A N S C R I P T", "Halvorsen Freight Second Quarter 2025 Earnings Call", "July 24, 2025"):
        pdf.cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", size=10)


def _footer_a(pdf) -> None:
    pdf.set_y(-15)
    pdf.set_font("helvetica", size=8)
    pdf.cell(0, 4, f"Copyright \u00a9 2025 Halvorsen Freight Inc.   {pdf.page_no()}")
    pdf.set_font("helvetica", size=10)


def layout_a() -> bytes:
    d = _Doc(_running_header_a, _footer_a)
    d.line("Host")
    d.line("Lena Ortiz, Head of Investor Relations")
    d.line("Speakers")
    d.line("Marcus Hale, Chief Executive Officer")
    d.line("Priya Shah, Chief Financial Officer")
    d.pdf.ln(3)
    d.line("PRESENTATION")
    d.para("OPERATOR: Hello and welcome to Halvorsen Freight's Second Quarter 2025 Earnings Call. "
           "This call is being recorded. Ms. Ortiz, you may begin.")
    d.para("LENA ORTIZ: Thank you, operator. Good morning and thank you all for joining us. "
           "With that, I'll turn it over to Marcus.")
    d.para("MARCUS HALE: Thank you, Lena, and good morning to everyone. " + LOREM * 3)
    d.para(LOREM * 4)
    d.pdf.multi_cell(0, 5, "Freight revenue rose 7% to $2.4 billion as volumes", new_x="LMARGIN", new_y="NEXT")
    d.page()
    d.para("recovered in every region. Margins held at 11.2%.")
    d.para("PRIYA SHAH: Thanks, Marcus. Operating cash flow was $310 million in the quarter. " + LOREM)
    d.line("QUESTION AND ANSWER")
    d.para("OPERATOR: Our first question will come from Tom Becker with Northgate Securities. Your line is open.")
    d.para("TOM BECKER: Good morning. How should we think about pricing in the second half?")
    d.para("PRIYA SHAH: Good morning, Tom. We expect pricing to stay firm through the year.")
    d.para("OPERATOR: Our next question is from Ana Silva at Crestline Partners. Your line is open.")
    d.para("ANA SILVA: Thanks. Can you talk about fleet capital spending for next year?")
    d.para("MARCUS HALE: Sure, Ana. We plan to keep fleet spending close to this year's level.")
    d.para("OPERATOR: There are no further questions. This concludes today's call. You may now disconnect.")
    return d.bytes()


def _header_b(pdf) -> None:
    if pdf.page_no() > 1:
        pdf.cell(0, 5, str(pdf.page_no()), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


LEADER = "." * 140


def layout_b() -> bytes:
    d = _Doc(_header_b)
    d.line("2Q 2 5  F I N A N C I A L  R E S U L T S")
    d.line("EARNINGS CALL TRANSCRIPT")
    d.line("July 15, 2025")
    d.page()
    d.line("MANAGEMENT DISCUSSION SECTION")
    d.line(LEADER)
    d.para("Operator: Good morning, ladies and gentlemen. Welcome to Brookfield Mercantile's Second Quarter "
           "2025 Earnings Call. This call is being recorded. Please go ahead.")
    d.line(LEADER)
    d.line("Dana Whitfield")
    d.line("Chief Financial Officer, Brookfield Mercantile Corp.")
    d.para("Thank you, operator. Net revenue was $4.1 billion, up 5% from a year ago. " + LOREM * 5)
    d.para(LOREM * 3)
    d.pdf.multi_cell(0, 5, "Deposits grew 3% and the loan book", new_x="LMARGIN", new_y="NEXT")
    d.page()
    d.para("expanded in commercial lending. With that, let's open the line for Q&A.")
    d.line("QUESTION AND ANSWER SECTION")
    d.para("Operator: Thank you. Our first question comes from Rahul Menon with Tidewater Research.")
    d.line(LEADER)
    d.line("Rahul Menon")
    d.line("Analyst, Tidewater Research Q")
    d.para("Hi, good morning. Could you give more color on deposit pricing this quarter?")
    d.line(LEADER)
    d.line("Dana Whitfield")
    d.line("Chief Financial Officer, Brookfield Mercantile Corp. A")
    d.para("Sure. Thanks, Rahul. Deposit costs rose modestly and we expect them to level off.")
    d.line(LEADER)
    d.line("Rahul Menon")
    d.line("Analyst, Tidewater Research Q")
    d.para("Okay, thanks.")
    d.line(LEADER)
    d.para("Operator: Thank you for participating in today's conference. You may disconnect at this time.")
    d.line(LEADER)
    d.line("Disclaimer")
    d.para("This document contains forward-looking statements within the meaning of the securities laws. "
           "Actual results may differ from those set forth in the forward-looking statements.")
    return d.bytes()


def _header_c(pdf) -> None:
    pdf.set_font("helvetica", size=8)
    pdf.cell(0, 4, f"Kestrel Bank Group \u2013 Q2 2025 Earnings Call Transcript \u2013 August 21, 2025 "
                   f"Page {pdf.page_no()} of {{nb}}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", size=10)


def layout_c() -> bytes:
    d = _Doc(_header_c)
    d.pdf.alias_nb_pages()
    d.line("Q 2  202 5  EARNINGS CONFERENCE CALL")
    d.line("AUGUST 2 1 ,  202 5")
    d.line("DISCLAIMER")
    d.para("THE INFORMATION CONTAINED IN THIS TRANSCRIPT IS A TEXTUAL REPRESENTATION OF THE BANK'S CONFERENCE "
           "CALL AND THERE MAY BE MATERIAL ERRORS, OMISSIONS, OR INACCURACIES IN THE REPORTING.")
    d.page()
    d.line("CORPORATE PARTICIPANTS")
    for name, title in (("Helen Voss", "President and CEO"), ("Omar Farouk", "Chief Financial Officer")):
        d.line(name)
        d.line(f"Kestrel Bank Group \u2013 {title}")
    d.pdf.ln(3)
    d.line("CONFERENCE CALL PARTICIPANTS")
    for name, firm in (("Grace Liu", "Harbourview Capital"), ("Sam Okafor", "Westmark Securities")):
        d.line(name)
        d.line(f"{firm} \u2013 Analyst")
    d.pdf.ln(3)
    d.line("PRESENTATION")
    d.line("Helen Voss \u2013 Kestrel \u2013 President and CEO")
    d.para("Thank you, and good afternoon. Earnings were $3.1 billion and EPS was $1.62. " + LOREM * 2)
    d.line("Omar Farouk \u2013 Kestrel \u2013 Chief Financial Officer")
    d.para("Thank you, Helen. Revenue grew 9% year over year. " + LOREM * 4)
    d.pdf.multi_cell(0, 5, "Provisions for credit losses were $410 million, reflecting", new_x="LMARGIN",
                     new_y="NEXT")
    d.page()
    d.para("normalization in the consumer portfolios. Operator, we are now ready to begin the Q&A session.")
    d.line("QUESTION AND ANSWER")
    d.line("Operator")
    d.para("[Operator Instructions]. The first question is from Grace Liu with Harbourview Capital.")
    d.line("Grace Liu \u2013 Harbourview Capital \u2013 Analyst")
    d.para("Thanks. How much of the expense growth this quarter was one-time in nature?")
    d.line("Omar Farouk \u2013 Kestrel \u2013 Chief Financial Officer")
    d.para("About a third of it, Grace. We expect expense growth to slow in the second half.")
    d.line("Operator")
    d.para("The next question is from Sam Okafor with Westmark Securities.")
    d.line("Sam Okafor \u2013 Westmark Securities \u2013 Analyst")
    d.para("Good afternoon. Can you update us on the buyback?")
    d.line("Helen Voss \u2013 Kestrel \u2013 President and CEO")
    d.para("We completed half of the program and intend to finish it by year end.")
    d.line("Operator")
    d.para("There are no further questions registered at this time.")
    return d.bytes()


def _parse(data: bytes, name: str) -> Transcript:
    return parse(Source(data=data, name=name))


def _who(t: Transcript) -> list[tuple[str, Role, Section]]:
    return [(tr.speaker.name, tr.speaker.role, tr.section) for tr in t.turns]


def _speech(t: Transcript) -> str:
    return "\n".join(p.text for tr in t.turns for p in tr.paragraphs if p.kind is ParagraphKind.SPEECH)


def _page_lines(data: bytes, page: int) -> list[str]:
    from ecta.formats.ir_pdf import printed_lines

    return printed_lines(Source(data=data))[page - 1]


@pytest.fixture(scope="module")
def pdf_a() -> bytes:
    return layout_a()


@pytest.fixture(scope="module")
def pdf_b() -> bytes:
    return layout_b()


@pytest.fixture(scope="module")
def pdf_c() -> bytes:
    return layout_c()


def test_detected_as_ir_pdf(pdf_a: bytes) -> None:
    assert detect(Source(data=pdf_a)).name == "ir-pdf"


def test_layout_a_turns_roles_sections(pdf_a: bytes) -> None:
    t = _parse(pdf_a, "a.pdf")
    O, C, A = Role.OPERATOR, Role.CORPORATE, Role.ANALYST
    P, Q = Section.PRESENTATION, Section.QA
    assert _who(t) == [
        ("Operator", O, P), ("Lena Ortiz", C, P), ("Marcus Hale", C, P), ("Priya Shah", C, P),
        ("Operator", O, Q), ("Tom Becker", A, Q), ("Priya Shah", C, Q),
        ("Operator", O, Q), ("Ana Silva", A, Q), ("Marcus Hale", C, Q), ("Operator", O, Q),
    ]
    people = {p.name: p for p in t.participants}
    assert people["Priya Shah"].title == "Chief Financial Officer" and people["Priya Shah"].listed
    assert [(e.analyst.name, e.firm, e.question_turns, e.answer_turns) for e in t.exchanges] == [
        ("Tom Becker", "Northgate Securities", [5], [6]),
        ("Ana Silva", "Crestline Partners", [8], [9]),
    ]
    assert (t.meta.company, t.meta.fiscal_year, t.meta.fiscal_quarter) == ("Halvorsen Freight", 2025, 2)
    assert t.meta.event_date is not None and t.meta.event_date.date().isoformat() == "2025-07-24"


def test_layout_a_no_furniture_in_speech(pdf_a: bytes) -> None:
    speech = _speech(_parse(pdf_a, "a.pdf"))
    for furniture in ("T R A N S C R I P T", "TRANSCRIPT", "Copyright", "Earnings Call July", "Host", "Speakers"):
        assert furniture not in speech
    assert "Halvorsen Freight Second Quarter 2025 Earnings Call\n" not in speech


def test_layout_a_sentence_across_page_break_and_spans(pdf_a: bytes) -> None:
    t = _parse(pdf_a, "a.pdf")
    hale = t.turns[2]
    split = next(p for p in hale.paragraphs if "as volumes recovered in every region." in p.text)
    assert split.page_end == split.page + 1
    assert _page_lines(pdf_a, split.page_end)[split.line_end - 1].strip().startswith("recovered in every region")
    lines = _page_lines(pdf_a, hale.page)
    assert lines[hale.line_start - 1].startswith("MARCUS HALE:")
    first = t.turns[0].paragraphs[0]
    assert lines_of(pdf_a, first.page)[first.line_start - 1].startswith("OPERATOR: Hello")


def lines_of(data: bytes, page: int) -> list[str]:
    return _page_lines(data, page)


def test_layout_b_name_title_flags(pdf_b: bytes) -> None:
    t = _parse(pdf_b, "b.pdf")
    O, C, A = Role.OPERATOR, Role.CORPORATE, Role.ANALYST
    P, Q = Section.PRESENTATION, Section.QA
    assert _who(t) == [
        ("Operator", O, P), ("Dana Whitfield", C, P),
        ("Operator", O, Q), ("Rahul Menon", A, Q), ("Dana Whitfield", C, Q), ("Rahul Menon", A, Q),
        ("Operator", O, Q),
    ]
    people = {p.name: p for p in t.participants}
    assert people["Rahul Menon"].firm == "Tidewater Research"
    assert people["Dana Whitfield"].title == "Chief Financial Officer"
    assert [(e.analyst.name, e.question_turns, e.answer_turns) for e in t.exchanges] == [
        ("Rahul Menon", [3, 5], [4])
    ]
    speech = _speech(t)
    assert "Chief Financial Officer, Brookfield" not in speech  # the title line is not speech
    assert "forward-looking" not in speech and "Disclaimer" not in speech
    assert "...." not in speech
    assert "the loan book expanded in commercial lending." in speech
    # The gap the writer leaves between paragraphs ends one; the page break does not.
    assert [p.text.split()[0] for p in t.turns[1].paragraphs] == ["Thank", "We", "Deposits"]
    assert (t.meta.fiscal_year, t.meta.fiscal_quarter) == (2025, 2)
    assert t.meta.event_date is not None and t.meta.event_date.date().isoformat() == "2025-07-15"
    # Bare page numbers at the top of each page are gone.
    assert not any(p.text.strip().isdigit() for tr in t.turns for p in tr.paragraphs)


def test_layout_c_en_dash_lines_and_page_of(pdf_c: bytes) -> None:
    t = _parse(pdf_c, "c.pdf")
    O, C, A = Role.OPERATOR, Role.CORPORATE, Role.ANALYST
    P, Q = Section.PRESENTATION, Section.QA
    assert _who(t) == [
        ("Helen Voss", C, P), ("Omar Farouk", C, P),
        ("Operator", O, Q), ("Grace Liu", A, Q), ("Omar Farouk", C, Q),
        ("Operator", O, Q), ("Sam Okafor", A, Q), ("Helen Voss", C, Q), ("Operator", O, Q),
    ]
    people = {p.name: p for p in t.participants}
    assert people["Grace Liu"].listed and people["Grace Liu"].firm == "Harbourview Capital"
    assert people["Helen Voss"].role is Role.CORPORATE and people["Helen Voss"].listed
    assert [(e.analyst.name, e.firm) for e in t.exchanges] == [
        ("Grace Liu", "Harbourview Capital"), ("Sam Okafor", "Westmark Securities"),
    ]
    speech = _speech(t)
    assert "Page" not in speech and "of 3" not in speech
    assert "TEXTUAL REPRESENTATION" not in speech and "CORPORATE PARTICIPANTS" not in speech
    assert "reflecting normalization in the consumer portfolios." in speech
    assert (t.meta.company, t.meta.fiscal_year, t.meta.fiscal_quarter) == ("Kestrel Bank Group", 2025, 2)
    assert t.meta.event_date is not None and t.meta.event_date.date().isoformat() == "2025-08-21"


@pytest.mark.parametrize("cut", [0.5, 0.2])
def test_truncated_pdf_is_a_parse_error(pdf_a: bytes, cut: float) -> None:
    with pytest.raises(ParseError):
        _parse(pdf_a[: int(len(pdf_a) * cut)], "cut.pdf")


def test_garbage_pdf_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="PDF"):
        _parse(b"%PDF-1.4\n" + b"\x00\x01garbage" * 50, "junk.pdf")


def test_pdf_without_text_layer_is_a_parse_error() -> None:
    d = _Doc()
    d.pdf.rect(20, 20, 50, 50)
    with pytest.raises(ParseError, match="no text layer"):
        _parse(d.bytes(), "scan.pdf")


def test_encrypted_pdf_is_a_parse_error() -> None:
    d = _Doc()
    d.para("OPERATOR: Hello and welcome. " * 20)
    d.pdf.set_encryption(owner_password="owner", user_password="secret")
    with pytest.raises(ParseError, match="encrypted"):
        _parse(d.bytes(), "locked.pdf")


def layout_qa_only() -> bytes:
    """A Q&A-only file: mixed-case `Name: text` labels nobody lists, bullet fragments, no headers."""
    d = _Doc()
    d.line("Northbay Utilities - Q3 2025 Analyst Q&A")
    d.line("October 30, 2025")
    d.line("Questions and Answers")
    d.para("Operator: Our first question comes from Lucia Moreno with Baytree Capital. Please go ahead.")
    d.para("Lucia Moreno: Thanks. What drove the rate base growth this year?")
    d.para("Henrik Dahl: Thanks, Lucia. Three things:")
    d.line("- Grid hardening spending of $1.2 billion")
    d.line("- Two new substations in the northern region")
    d.para("Lucia Moreno: Very helpful. Thank you.")
    d.para("Operator: Our next question comes from Ken Ito with Farrow Research. Please go ahead.")
    d.para("Ken Ito: Good morning. Can you update us on the storm cost recovery?")
    d.para("Henrik Dahl: We filed for recovery in September and expect a decision next year.")
    return d.bytes()


def test_qa_only_mixed_case_labels_and_bullets() -> None:
    t = _parse(layout_qa_only(), "qa.pdf")
    O, C, A = Role.OPERATOR, Role.CORPORATE, Role.ANALYST
    assert [(n, r) for n, r, _ in _who(t)] == [
        ("Operator", O), ("Lucia Moreno", A), ("Henrik Dahl", C), ("Lucia Moreno", A),
        ("Operator", O), ("Ken Ito", A), ("Henrik Dahl", C),
    ]
    assert set(t.sections) == {Section.QA}
    dahl = t.turns[2]
    assert [p.text for p in dahl.paragraphs] == [
        "Thanks, Lucia. Three things:",
        "Grid hardening spending of $1.2 billion",
        "Two new substations in the northern region",
    ]
    assert [(e.analyst.name, e.firm) for e in t.exchanges] == [
        ("Lucia Moreno", "Baytree Capital"), ("Ken Ito", "Farrow Research"),
    ]
    assert (t.meta.company, t.meta.fiscal_year, t.meta.fiscal_quarter) == ("Northbay Utilities", 2025, 3)


def test_each_figure_points_to_the_page_and_line_that_print_it(pdf_a: bytes) -> None:
    """Wrapped lines are joined into one paragraph, also over a page break: a fact still points to its own
    figure's page and line, not to one interpolated inside the paragraph."""
    import re

    from ecta.facts import extract_facts

    facts = extract_facts(_parse(pdf_a, "a.pdf"))
    seen = {}
    for f in facts:
        token = re.search(r"\d[\d,.]*", f.text).group(0).rstrip(".,")
        assert token in _page_lines(pdf_a, f.page)[f.line - 1].replace(" ", ""), (f.text, f.page, f.line)
        seen[f.text] = f.page
    assert seen["11.2%"] == seen["$2.4 billion"] + 1  # the sentence's second half is on the next page


def layout_hyphens() -> bytes:
    """Lines that end on a hyphen: a compound the line break falls in, and a word the typesetter broke."""
    d = _Doc(_running_header_a, _footer_a)
    d.line("Speakers")
    d.line("Marcus Hale, Chief Executive Officer")
    d.line("Priya Shah, Chief Financial Officer")
    d.pdf.ln(3)
    d.line("PRESENTATION")
    d.para("OPERATOR: Hello and welcome to Halvorsen Freight's Second Quarter 2025 Earnings Call.")
    d.para("MARCUS HALE: Thank you. The depot consolidation is on plan. Priya?")
    d.line("PRIYA SHAH: Thanks, Marcus. Revenue rose 6% to $1.9 billion. We expect restructuring-")
    d.line("related costs of about $35 million next year, and the consoli-")
    d.line("dation of the depots should finish by the fourth quarter. Our year-over-")
    d.line("year growth in parcels was 14%.")
    d.pdf.ln(3)
    d.line("QUESTION AND ANSWER")
    d.para("OPERATOR: There are no further questions. This concludes today's call.")
    return d.bytes()


def test_a_compound_broken_at_its_hyphen_keeps_it_and_a_broken_word_joins() -> None:
    t = _parse(layout_hyphens(), "hyphens.pdf")
    (said,) = [p.text for turn in t.turns if turn.speaker.name == "Priya Shah" for p in turn.paragraphs]
    assert "restructuring-related costs" in said and "year-over-year growth" in said
    # The call spells the word whole elsewhere and never with this hyphen: the typesetter's break.
    assert "the consolidation of the depots" in said
    # Each word still points to the line that prints it: "dation" ended on the line below "consoli-".
    para = next(p for turn in t.turns if turn.speaker.name == "Priya Shah" for p in turn.paragraphs)
    words = para.text.split()
    lines = dict(zip(words, para.word_lines))
    assert lines["consolidation"] + 1 == lines["year-over-year"] and lines["restructuring-related"] + 1 == lines["consolidation"]
