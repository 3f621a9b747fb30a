"""Documents that wrap a transcript's text: Word files (.docx) and web pages from any site.

A container is read into plain text, and the text layouts (`Name: text`, StreetEvents, Seeking Alpha ...) read that
text as they read a text file: the container says where the paragraphs are, the layout says who speaks. Imported only
when the bytes are one of these, as PDFs import their reader.

* Word: the main document part's body, one line per paragraph (a soft line break, Shift+Enter, starts a line too),
  one line per table row with its cells joined by ` | `. Headers, footers, footnotes, comments, deleted text and
  drawings are not read. Read with the standard library's zip reader and `defusedxml`, whose parser refuses the
  entity tricks an XML file can carry; the document part may unpack to at most `MAX_XML_BYTES`.
* Web page: the text of the main content (`<main>`, else the longest `<article>`, else the body), one line per block
  (`p`, `div`, `li`, `h1`-`h6`, a table row, a `<br>`); scripts, styles, navigation, the site's header and footer,
  asides, forms and hidden elements are dropped and entities decoded. Each line keeps the line of the HTML file where it starts, which is the
  line a transcript read from the page cites, as for fool.com pages.

Both keep a bold speaker visible: a line that opens in bold and goes on in plain text opens with `**bold**`
(`**Jane Roe:** Thank you`, `**Jane Roe** – Chief Executive Officer`), the markdown the layout parsers read; a line
that is bold throughout (a heading, a name on its own line) is given as plain text, as a text copy shows it.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from .errors import InputError, ParseError
from .source import OLE_MAGIC, Source

if TYPE_CHECKING:
    from .formats.base import Draft

MAX_XML_BYTES = 64 * 1024 * 1024
"""The document part of the longest real call is a few MB; past this a zip is a bomb, not a transcript."""
MAX_PARTS = 10_000
"""A Word file has a few dozen parts."""

_WS = re.compile(r"[ \t\r\n\f\v\xa0\u200b]+")
_CELL = " | "


# --- one line of text, from runs of plain and bold text ------------------------------------------


@dataclass
class _Line:
    runs: list[tuple[str, bool]] = field(default_factory=list)
    at: int = 1
    """The line of the HTML file where this line starts (Word: unused)."""

    def add(self, text: str, bold: bool) -> None:
        if text:
            self.runs.append((text, bold))

    @property
    def bold(self) -> bool:
        """Bold throughout: every run that prints something is bold."""
        printed = [b for t, b in self.runs if t.strip()]
        return bool(printed) and all(printed)

    def render(self, collapse: bool = True) -> str:
        """The line's text, a leading bold run that plain text follows as `**bold**`. `collapse` closes up runs of
        blanks (HTML's rule); a Word line keeps its spaces, which text layouts such as StreetEvents' indent with."""
        k, lead = 0, ""
        while k < len(self.runs) and (self.runs[k][1] or not self.runs[k][0].strip()):
            lead += self.runs[k][0]
            k += 1
        bold = _WS.sub(" ", lead).strip()
        if 0 < k < len(self.runs) and bold and "*" not in bold and len(bold) <= 100:
            indent, gap = lead[: len(lead) - len(lead.lstrip())], lead[len(lead.rstrip()):]
            text = f"{indent}**{bold}**{gap}" + "".join(t for t, _ in self.runs[k:])
        else:
            text = "".join(t for t, _ in self.runs)  # no bold lead, or bold throughout: as a text copy shows it
        return _WS.sub(" ", text).strip() if collapse else text.rstrip()


# --- Word --------------------------------------------------------------------------------------------


def docx_text(data: bytes, label: str) -> tuple[str, frozenset[int]]:
    """The body of a Word document as lines, and the lines bold throughout. Raises InputError for anything that is
    not a readable .docx."""
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError(f"{label}: the Word document is encrypted (password-protected); save an unencrypted copy.")
        raise InputError(f"{label}: a Word 97-2003 .doc (or another Office compound file); save it as .docx.")
    archive, names = _open(data, label)
    xml = _read_part(archive, _document_part(archive, names, label), label)
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.fromstring(xml)
    except DefusedXmlException:
        raise InputError(f"{label}: the Word document declares XML entities, which ecta does not read.") from None
    except Exception as e:  # noqa: BLE001 - ParseError and kin from a damaged part: one message
        raise InputError(f"{label}: the Word document's text is damaged ({type(e).__name__}); re-save it.") from None
    body = next((el for el in root if _local(el.tag) == "body"), None)
    lines: list[_Line] = []
    if body is not None:
        _Word(lines, _bold_styles(archive, names, label)).blocks(body)
    text = "\n".join(line.render(collapse=False) for line in lines)
    if not text.strip():
        raise InputError(f"{label}: the Word document has no text.")
    return text, frozenset(n for n, line in enumerate(lines, start=1) if line.bold)


def _open(data: bytes, label: str) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise InputError(f"{label}: a damaged zip archive, not a readable Word document; re-save it as .docx.") from None
    if len(infos) > MAX_PARTS:
        raise InputError(f"{label}: a zip of {len(infos):,} files is not a Word document.")
    return archive, {i.filename: i for i in infos}


def _document_part(archive: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], label: str) -> zipfile.ZipInfo:
    info = names.get(_main_part_name(archive, names, label) or "") or names.get("word/document.xml")
    if info is None:
        raise InputError(f"{label}: a zip archive without word/document.xml, not a Word document; give a .docx.")
    if info.flag_bits & 0x1:
        raise InputError(f"{label}: the Word document is encrypted (password-protected); save an unencrypted copy.")
    return info


def _bold_styles(archive: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], label: str) -> frozenset[str]:
    """The paragraph and character styles that set text bold, through the styles they are based on: a speaker's
    name is often a style ("Speaker"), not bold set by hand. A styles part that cannot be read sets none."""
    info = names.get("word/styles.xml")
    if info is None or info.flag_bits & 0x1:
        return frozenset()
    from defusedxml import ElementTree

    try:
        root = ElementTree.fromstring(_read_part(archive, info, label))
    except Exception:  # noqa: BLE001 - the text reads without its styles, only less well
        return frozenset()
    own: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    for style in (el for el in root if _local(el.tag) == "style"):
        sid = _attr(style, "styleId") or ""
        own[sid] = None
        for child in style:
            tag = _local(child.tag)
            if tag == "basedOn":
                based[sid] = _attr(child, "val") or ""
            elif tag == "rPr":
                own[sid] = _is_bold(child, frozenset())

    def bold(sid: str) -> bool:
        for _ in range(20):  # a chain longer than this is a loop
            if own.get(sid) is not None:
                return bool(own[sid])
            if sid not in based:
                return False
            sid = based[sid]
        return False

    return frozenset(sid for sid in own if bold(sid))


def _main_part_name(archive: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], label: str) -> str | None:
    """The part `_rels/.rels` names as the office document (some writers do not call it word/document.xml)."""
    rels = names.get("_rels/.rels")
    if rels is None or rels.file_size > 1024 * 1024 or rels.flag_bits & 0x1:
        return None
    from defusedxml import ElementTree

    try:
        root = ElementTree.fromstring(_read_part(archive, rels, label))
    except Exception:  # noqa: BLE001 - a damaged index still leaves word/document.xml to try
        return None
    for rel in root:
        if rel.get("Type", "").endswith("/officeDocument"):
            target = rel.get("Target", "").lstrip("/")
            return target or None
    return None


def _read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> bytes:
    # The size the zip declares can lie: count what actually comes out.
    if info.file_size > MAX_XML_BYTES:
        raise _bomb(label)
    try:
        with archive.open(info) as part:
            data = part.read(MAX_XML_BYTES + 1)
    except RuntimeError as e:  # zipfile's "encrypted, password required"
        if "encrypted" in str(e):
            raise InputError(f"{label}: the Word document is encrypted (password-protected); save an unencrypted copy.") from None
        raise InputError(f"{label}: cannot unpack the Word document ({e}); re-save it.") from None
    except Exception as e:  # noqa: BLE001 - zlib.error, a bad CRC, an unknown compression: damaged either way
        raise InputError(f"{label}: cannot unpack the Word document ({type(e).__name__}); re-save it.") from None
    if len(data) > MAX_XML_BYTES:
        raise _bomb(label)
    return data


def _bomb(label: str) -> InputError:
    return InputError(f"{label}: the Word document unpacks to more than {MAX_XML_BYTES // 2**20} MiB; "
                      "that is not one transcript.")


def _local(tag: object) -> str:
    """`{namespace}p` -> `p`: Word's transitional and strict flavours name the same elements in two namespaces."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _attr(el, name: str) -> str | None:
    for key, value in el.attrib.items():
        if _local(key) == name:
            return value
    return None


_SKIP = {"del", "moveFrom", "drawing", "pict", "object", "AlternateContent", "instrText", "delText", "sectPr",
         "pPr", "tblPr", "tblGrid", "trPr", "tcPr", "footnoteReference", "endnoteReference", "commentReference"}
"""Deleted text, drawings (text boxes repeat in their fallback), field codes and layout properties: none is text."""
_OFF = {"0", "false", "off", "none"}


class _Word:
    def __init__(self, lines: list[_Line], bold_styles: frozenset[str] = frozenset()) -> None:
        self.lines = lines
        self.bold_styles = bold_styles

    def blocks(self, parent) -> None:
        for el in parent:
            tag = _local(el.tag)
            if tag == "p":
                self.paragraph(el)
            elif tag == "tbl":
                self.table(el)
            elif tag not in _SKIP:
                self.blocks(el)  # content controls, custom XML, tracked insertions: their contents are the body's

    def paragraph(self, p) -> None:
        self.lines.append(_Line())
        style = next((_attr(s, "val") for props in p if _local(props.tag) == "pPr"
                      for s in props if _local(s.tag) == "pStyle"), None)
        self._inline(p, style in self.bold_styles)

    def _inline(self, el, bold: bool) -> None:
        for child in el:
            tag = _local(child.tag)
            if tag == "r":
                self._run(child, bold)
            elif tag not in _SKIP:
                self._inline(child, bold)  # hyperlinks, fields, smart tags, insertions

    def _run(self, run, bold: bool) -> None:
        for child in run:
            tag = _local(child.tag)
            if tag == "rPr":
                own = _is_bold(child, self.bold_styles)
                bold = bold if own is None else own
            elif tag == "t":
                self.lines[-1].add(child.text or "", bold)
            elif tag == "tab":
                self.lines[-1].add("\t", bold)
            elif tag in ("br", "cr"):
                self.lines.append(_Line())  # a soft line break: a line of its own, as a text copy has it
            elif tag == "noBreakHyphen":
                self.lines[-1].add("-", bold)

    def table(self, tbl) -> None:
        for row in (el for el in tbl if _local(el.tag) == "tr"):
            cells = []
            bold = []
            for cell in (el for el in row if _local(el.tag) == "tc"):
                inner: list[_Line] = []
                _Word(inner, self.bold_styles).blocks(cell)
                text = " ".join(t for line in inner if (t := line.render()))
                if text:
                    cells.append(text)
                    bold.append(all(line.bold for line in inner if line.render()))
            line = _Line()
            if len(cells) == 2 and bold == [True, False] and len(cells[0]) <= 80:
                # A transcript kept as a table, the speaker's bold name beside the speech: the name a line of its own
                # over the speech, as the layout sets a bold header.
                line.add(cells[0], True)
                self.lines.append(line)
                line = _Line()
                line.add(cells[1], False)
            else:
                line.add(_CELL.join(cells), False)
            self.lines.append(line)


def _is_bold(rpr, bold_styles: frozenset[str]) -> bool | None:
    """What run properties say of bold: set by hand (`w:b`, on or off), by a character style, or nothing (None)."""
    styled = None
    for child in rpr:
        tag = _local(child.tag)
        if tag == "b":
            return (_attr(child, "val") or "true").lower() not in _OFF
        if tag == "rStyle":
            sid = _attr(child, "val") or ""
            styled = True if sid in bold_styles or re.search(r"strong|bold", sid, re.I) else None
    return styled


# --- web pages ----------------------------------------------------------------------------------------

@dataclass
class Page:
    """A web page's text as a source of its own (one block a line), and the HTML line each text line starts on."""

    source: Source
    html_lines: list[int]

    def html_line(self, n: int) -> int:
        """The HTML line of text line `n` (1-based)."""
        return self.html_lines[min(max(n, 1), len(self.html_lines)) - 1]

    def relined(self, draft: Draft) -> Draft:
        """`draft`, read from the text, citing the page's lines instead."""
        for turn in draft.turns:
            if turn.header_line is not None:
                turn.header_line = self.html_line(turn.header_line)
            for p in turn.paragraphs:
                p.line_start, p.line_end = self.html_line(p.line_start), self.html_line(p.line_end)
                if p.word_lines is not None:
                    p.word_lines = [self.html_line(n) for n in p.word_lines]
        draft.format = f"html/{draft.format}"
        return draft


def read_page(source: Source) -> Page:
    """The text of a web page `source`. Raises ParseError when the page holds no text."""
    reader = _PageReader()
    try:
        reader.feed(source.text)
        reader.close()
    except Exception as e:  # noqa: BLE001 - html.parser is lenient; what it does raise means unusable input
        raise ParseError(f"{source.label}: cannot read the HTML ({type(e).__name__}).") from None
    kept = [(text, line) for line in reader.content() if (text := line.render())]
    if not kept:
        raise ParseError(f"{source.label}: the HTML page has no text to read.")
    text = Source(data=source.data, name=source.name, encoding=source.encoding,
                  _text="\n".join(t for t, _ in kept),
                  _bold_lines=frozenset(n for n, (_, line) in enumerate(kept, start=1) if line.bold))
    return Page(source=text, html_lines=[line.at for _, line in kept])


_DROP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "select", "button",
         "textarea", "iframe", "svg", "math", "head", "object", "canvas", "dialog"}
_BLOCKS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
           "section", "article", "main", "table", "thead", "tbody", "tfoot", "tr", "caption", "figure",
           "figcaption", "address", "hr", "body", "html", "center", "details", "summary", "fieldset", "legend"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr",
         "param", "keygen"}
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
_CHROME_NAMES = {"cookie-banner", "cookie-consent", "cookie-notice", "skip-link", "skip-to-content", "social-share",
                 "share-buttons", "sharing", "newsletter", "newsletter-signup", "advertisement", "ad", "ads", "ad-slot",
                 "promo", "related", "related-articles", "related-content", "breadcrumb", "breadcrumbs"}
_SITE_CHROME_NAMES = {"header", "site-header", "masthead", "footer", "site-footer", "nav", "navbar", "navigation",
                      "menu", "main-menu", "main-nav", "site-nav", "sidebar", "top-bar", "topbar", "utility-nav"}
"""Outside `<main>`/`<article>` only: an article may call its own title block a "header"."""
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
# A class or id that names the speaker ("speaker", "speaker-name", "participantName"): the site's stylesheet sets it
# apart, most often in bold, so it reads as a bold name does.
_SPEAKER_CLASS = re.compile(r"^(?:[\w-]*[-_])?(?:speaker|participant)(?:[-_]?name)?$", re.I)
# A block that names itself the transcript ("transcript", "call-transcript"): the content root on a page without
# <main> or <article>, as an article is.
_TRANSCRIPT_CLASS = re.compile(r"^(?:[\w-]*[-_])?transcript(?:[-_](?:body|content|text))?$", re.I)


class _PageReader(HTMLParser):
    """Blocks of a page as lines, each tagged with the content root (`main`/`article`) it sits in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[_Line, int | None, int | None]] = []
        """(line, innermost <main> open around it, innermost <article>), roots numbered by their order."""
        self._open: list[str] = []
        self._drop = 0  # depth inside dropped elements
        self._bold: list[bool] = []  # one entry per open element: does it make its text bold?
        self._roots: list[tuple[str, int]] = []
        self._count = 0
        self._row: _Line | None = None
        self._cells = 0
        self._pre = 0
        self._line: _Line | None = None

    # The tag stack tolerates the unclosed `<p>` and `<li>` of real pages: an end tag closes up to its opener.
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in ("br", "hr") and not self._drop:
                self._break()
            return
        if tag in ("p", "li", "dt", "dd", "tr") and tag in self._open:
            self.handle_endtag(tag)  # an unclosed `<p>` ends where the next one starts
        a = dict(attrs)
        self._open.append(tag)
        dropped = self._chrome(tag, a)
        if self._drop or dropped:
            self._drop += 1
            self._bold.append(False)
            return
        names = [*(a.get("class") or "").split(), a.get("id") or ""]
        self._bold.append(tag in ("strong", "b") or bool(_BOLD_STYLE.search(a.get("style") or ""))
                          or any(_SPEAKER_CLASS.match(n) for n in names))
        if tag == "main" or (a.get("role") or "") == "main":
            self._count += 1
            self._roots.append(("main", self._count))
        elif tag == "article" or tag in ("div", "section") and any(_TRANSCRIPT_CLASS.match(n) for n in names):
            self._count += 1
            self._roots.append(("article", self._count))
        else:
            self._roots.append(("", 0))
        if tag == "pre":
            self._pre += 1
        if tag == "tr":
            self._break()
            self._row, self._cells = self._new_line(), 0
        elif tag in ("td", "th") and self._row is not None:
            if self._cells:
                self._row.add(_CELL, False)
            self._cells += 1
        elif tag in _BLOCKS and self._row is None:
            self._break()

    def _chrome(self, tag: str, a: dict[str, str | None]) -> bool:
        in_content = any(kind for kind, _ in self._roots)
        if tag in _DROP:
            # An article's own <header> holds its title and date: only the site's header is chrome.
            return not (tag == "header" and in_content)
        if "hidden" in a or a.get("aria-hidden") == "true" or a.get("role") in _CHROME_ROLES:
            return True
        # Pages without <main> or <article> name their chrome in class and id: whole names only, as a class
        # such as "content-with-sidebar" may well hold the transcript.
        names = {*(a.get("class") or "").lower().split(), (a.get("id") or "").lower()}
        return bool(names & _CHROME_NAMES) or (not in_content and bool(names & _SITE_CHROME_NAMES))

    def handle_endtag(self, tag: str) -> None:
        if tag not in self._open:
            return  # a stray end tag
        while self._open:
            opened = self._open.pop()
            self._bold.pop()
            if self._drop:
                self._drop -= 1
            else:
                self._roots.pop()
                if opened == "pre":
                    self._pre -= 1
                if opened == "tr":
                    self._row = None
                    self._line = None
                elif opened in _BLOCKS and self._row is None:
                    self._line = None
            if opened == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._drop:
            return
        bold = any(self._bold)
        if self._pre:
            first, *more = data.split("\n")
            self._current(first).add(first, bold)
            for k, piece in enumerate(more, start=1):
                self._break()
                self._current("\n" * k + piece).add(piece, bold)  # `k` lines below where the data starts
            return
        if self._line is None and self._row is None and not data.strip():
            return  # white space between blocks: the next line starts at its first word
        self._current(data).add(data, bold)

    def _current(self, data: str = "") -> _Line:
        if self._row is not None:
            return self._row
        if self._line is None:
            self._line = self._new_line(data)
        return self._line

    def _new_line(self, data: str = "") -> _Line:
        # The line starts where its first word does, past the line breaks the data opens with.
        line = _Line(at=self.getpos()[0] + data[: len(data) - len(data.lstrip())].count("\n"))
        main = next((n for kind, n in reversed(self._roots) if kind == "main"), None)
        article = next((n for kind, n in reversed(self._roots) if kind == "article"), None)
        self.lines.append((line, main, article))
        return line

    def _break(self) -> None:
        if self._row is not None:
            self._row.add("\n", False)  # a `<br>` in a cell is a space once the row is one line
            return
        self._line = None

    def content(self) -> list[_Line]:
        """The lines of `<main>`, else of the `<article>` with the most text, else all of them."""
        mains = [ln for ln, main, _ in self.lines if main is not None]
        if mains:
            return mains
        sizes: dict[int, int] = {}
        for ln, _, article in self.lines:
            if article is not None:
                sizes[article] = sizes.get(article, 0) + sum(len(t) for t, _ in ln.runs)
        if sizes:
            best = max(sizes, key=lambda k: (sizes[k], -k))
            return [ln for ln, _, article in self.lines if article == best]
        return [ln for ln, _, _ in self.lines]
