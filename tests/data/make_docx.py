"""Write the Word fixtures in tests/data/formats/docx/ (fictional calls), and build .docx bytes for tests.

    python tests/data/make_docx.py

A paragraph is a string: `**...**` marks a bold run, `\\n` a soft line break (Shift+Enter), `\\t` a tab, `~~...~~` text
deleted with tracked changes, a leading `[StyleId] ` the paragraph's style (defined in `styles`); a tuple of strings is a
table row. The zip is written with fixed dates, so the same
paragraphs give the same bytes (tests/test_containers.py checks the committed files against this script).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS_NS = f'xmlns:w="{W}" xmlns:r="{R}"'

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def _runs(text: str) -> str:
    out = []
    for piece in re.split(r"(\*\*.+?\*\*|~~.+?~~)", text):
        if not piece:
            continue
        bold = piece.startswith("**")
        deleted = piece.startswith("~~")
        body = piece[2:-2] if bold or deleted else piece
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        lines = body.split("\n")
        inner = "<w:br/>".join("<w:tab/>".join(f'<w:t xml:space="preserve">{escape(piece)}</w:t>' for piece in ln.split("\t"))
                               for ln in lines)
        if deleted:
            inner = f'<w:delText xml:space="preserve">{escape(body)}</w:delText>'
            out.append(f'<w:del w:id="9" w:author="Editor"><w:r>{inner}</w:r></w:del>')
        else:
            out.append(f"<w:r>{props}{inner}</w:r>")
    return "".join(out)


def _block(item: str | tuple[str, ...]) -> str:
    if isinstance(item, tuple):
        cells = "".join(f"<w:tc><w:p>{_runs(c)}</w:p></w:tc>" for c in item)
        return f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>"
    style = re.match(r"\[(\w+)\] ", item)
    if style:
        return f'<w:p><w:pPr><w:pStyle w:val="{style.group(1)}"/></w:pPr>{_runs(item[style.end():])}</w:p>'
    return f"<w:p>{_runs(item)}</w:p>"


def docx(paragraphs: list, *, header: str = "", footer: str = "", footnote: str = "", comment: str = "",
         styles: str = "") -> bytes:
    """A minimal Word document; header, footer, footnote and comment parts hold text ecta must not read."""
    body = "".join(_block(p) for p in paragraphs)
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                             f"<w:document {PARTS_NS}><w:body>{body}<w:sectPr/></w:body></w:document>",
    }
    if styles:
        parts["word/styles.xml"] = styles
    for name, text in (("header1", header), ("footer1", footer)):
        if text:
            tag = "hdr" if name.startswith("header") else "ftr"
            parts[f"word/{name}.xml"] = f"<w:{tag} {PARTS_NS}><w:p>{_runs(text)}</w:p></w:{tag}>"
    if footnote:
        parts["word/footnotes.xml"] = f'<w:footnotes {PARTS_NS}><w:footnote w:id="1"><w:p>{_runs(footnote)}</w:p></w:footnote></w:footnotes>'
    if comment:
        parts["word/comments.xml"] = f'<w:comments {PARTS_NS}><w:comment w:id="0"><w:p>{_runs(comment)}</w:p></w:comment></w:comments>'
    return zip_parts(parts)


def zip_parts(parts: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


# --- the fixtures: fictional companies, people and figures ------------------------------------------------

COLON_CALL = dict(
    paragraphs=[
        "Lindenmoor Textiles Fourth Quarter 2026 Earnings Call",
        "February 11, 2027",
        "**Operator:** Good morning, and welcome to the Lindenmoor Textiles fourth quarter 2026 earnings call. "
        "I will now turn the call over to Sunniva Pettersen, Chief Executive Officer.",
        "**Sunniva Pettersen:** Thank you. Net sales for the quarter were $286 million, up 7% from last year.\n"
        "Our technical fabrics business grew 15%, its ~~fifth~~ sixth quarter of double-digit growth.",
        "**Ravi Donnelly:** Thanks, Sunniva. Here are the quarter's headline figures.",
        ("Net sales", "$286 million", "$267 million"),
        ("Gross margin", "34.2%", "32.9%"),
        "Adjusted earnings per share were $0.74, and we expect 2027 net sales of $1.15 billion to $1.19 billion.",
        "Questions and Answers",
        "**Operator:** Our first question comes from Keiko Marchetti with Drumlin Capital.",
        "**Keiko Marchetti:** Good morning. Is the gross margin gain from pricing or from the new looms?",
        "**Ravi Donnelly:** Mostly from the looms, Keiko. Pricing added about 30 basis points.",
        "**Keiko Marchetti:** Thank you.",
        "**Operator:** There are no further questions. I will hand the call back to Ms. Pettersen.",
        "**Sunniva Pettersen:** Thank you all for joining us this morning.",
    ],
    header="Lindenmoor Textiles confidential draft header",
    footer="Page footer text that is not speech",
    footnote="A footnote the speakers never said",
    comment="Reviewer comment: check the margin figure",
)

BOLD_CALL = dict(
    paragraphs=[
        "Quarry Point Logistics Q1 2027 Earnings Conference Call",
        "April 29, 2027, 8:30 a.m. ET",
        "Presentation",
        "**Operator**",
        "Welcome to the Quarry Point Logistics first quarter 2027 conference call. Please go ahead, Mr. Adeyemi.",
        "**Tobias Adeyemi** \u2013 Chief Executive Officer",
        "Thank you. Revenue was $731 million, up 5%, and operating ratio improved to 88.6%.",
        "We opened two cross-dock terminals during the quarter.",
        "**Freya Lundqvist** \u2013 Chief Financial Officer",
        "Free cash flow was $64 million. We still expect full-year capital spending of about $240 million.",
        "Questions and Answers",
        "**Operator**",
        "Our first question is from Caspian Mehta of Wexford Row Securities.",
        "**Caspian Mehta** \u2013 Wexford Row Securities",
        "How much of the operating ratio gain will hold through the summer?",
        "**Freya Lundqvist** \u2013 Chief Financial Officer",
        "Most of it. Fuel is the one swing factor.",
        "**Caspian Mehta** \u2013 Wexford Row Securities",
        "Thanks, Freya.",
        "**Tobias Adeyemi** \u2013 Chief Executive Officer",
        "Thank you all for your time today.",
    ],
    footer="Quarry Point Logistics investor relations footer",
)

WHOLE_BOLD_CALL = dict(
    paragraphs=[
        "**Ormsby Quarry Holdings**",
        "Full Year and Fourth Quarter 2026 Results Call, March 4, 2027",
        "**OPERATOR**",
        "Good afternoon and welcome. I will now hand over to Delphine Achterberg.",
        "**DELPHINE ACHTERBERG, CHIEF EXECUTIVE OFFICER**",
        "Thank you. Aggregates volumes rose 3% and full-year revenue reached $1.48 billion.",
        "**MATTIAS FERREIRA, CHIEF FINANCIAL OFFICER**",
        "Fourth quarter EBITDA was $96 million, and we plan capital spending of $180 million in 2027.",
        "**OPERATOR**",
        "Our first question is from Noor Vasquez of Tidewell Partners.",
        "**NOOR VASQUEZ**",
        "Are price increases holding into the spring?",
        "**DELPHINE ACHTERBERG, CHIEF EXECUTIVE OFFICER**",
        "Yes, and we announced a further increase of mid single digits for April.",
        "**NOOR VASQUEZ**",
        "Thank you.",
    ],
    header="Ormsby Quarry Holdings page header",
)

# As Google Docs and LibreOffice save a transcript: the speakers' lines in a heading style that is bold, not bold set by
# hand, under a title style that is not.
HEADING_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {PARTS_NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:rPr><w:b w:val="1"/><w:bCs w:val="1"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="52"/></w:rPr></w:style>
</w:styles>"""

HEADING_STYLE_CALL = dict(
    paragraphs=[
        "[Title] Fallowfield Orchards Inc. Q2 2026 Earnings Call",
        "August 4, 2026",
        "[Heading3] Operator",
        "Good morning, and welcome to the Fallowfield Orchards second quarter 2026 earnings call.",
        "[Heading3] Hester Quaid, Chief Executive Officer",
        "Thank you. Net sales were $318 million, up 4% from a year ago, and gross margin was 27.9%.",
        "We continue to expect full year net sales of $1.25 billion to $1.3 billion.",
        "[Heading3] Question-and-Answer Session",
        "[Heading3] Operator",
        "Our first question comes from Silas Brenner with Oakhurst Securities.",
        "[Heading3] Silas Brenner, Oakhurst Securities",
        "Good morning. How was the harvest?",
        "[Heading3] Hester Quaid, Chief Executive Officer",
        "Yields were up about 6%, so we expect lower fruit costs next quarter.",
    ],
    header="Fallowfield Orchards investor relations",
    styles=HEADING_STYLES,
)

# A transcript kept as a table: a bold header row, then the speaker's bold name beside each passage.
TABLE_CALL = dict(
    paragraphs=[
        "**Cobalt Ridge Mining Q3 2026 Earnings Call Transcript**",
        "October 29, 2026",
        ("**Speaker**", "**Text**"),
        ("**Operator**", "Good morning and welcome to the Cobalt Ridge Mining third quarter 2026 results call."),
        ("**Imre Kovacs, CEO**", "Thank you. Copper production was 41,000 tonnes, up 8%, and revenue was $402 million."),
        ("**Imre Kovacs, CEO**", "We expect full year production of 160,000 to 165,000 tonnes."),
        ("**Operator**", "Our first question comes from Dara Flint with Westmoor Capital."),
        ("**Dara Flint, Westmoor Capital**", "Thanks. What is the cash cost outlook?"),
        ("**Imre Kovacs, CEO**", "We expect cash costs of $2.10 per pound for the year."),
        ("Net cash", "$215 million", "$188 million"),
    ],
)

# Each turn one paragraph: the speaker's name in bold, a tab, the speech (a layout word processors' templates use).
TAB_CALL = dict(
    paragraphs=[
        "Harrowgate Steel Q2 2026 Earnings Call",
        "July 30, 2026",
        "**Operator**\tGood morning, and welcome to the Harrowgate Steel second quarter 2026 call.",
        "**Colm Brady, Chief Executive Officer**\tThank you. Shipments were 1.8 million tons and revenue was $1.6 billion.",
        "**Operator**\tOur first question comes from Ines Vidal with Drayton Securities.",
        "**Ines Vidal**\tWhat is the outlook for the third quarter?",
        "**Colm Brady, Chief Executive Officer**\tWe expect shipments to be flat.",
    ],
)

FIXTURES = {
    "lindenmoor_colon_labels.docx": COLON_CALL,
    "quarry_point_bold_headers.docx": BOLD_CALL,
    "ormsby_whole_bold_headers.docx": WHOLE_BOLD_CALL,
    "fallowfield_heading_styles.docx": HEADING_STYLE_CALL,
    "cobalt_ridge_speaker_table.docx": TABLE_CALL,
    "harrowgate_tab_after_name.docx": TAB_CALL,
}
FOLDER = Path(__file__).resolve().parent / "formats" / "docx"


def build(name: str) -> bytes:
    spec = dict(FIXTURES[name])
    return docx(spec.pop("paragraphs"), **spec)


if __name__ == "__main__":
    FOLDER.mkdir(parents=True, exist_ok=True)
    for fixture in FIXTURES:
        (FOLDER / fixture).write_bytes(build(fixture))
        print(FOLDER / fixture)
