"""fool.com earnings-call transcript pages, saved whole (site chrome, scripts and ads included).

The transcript sits in the article body (`<span class="article-content">` in 2020 pages):
a header paragraph `<strong>Company</strong> (<a>NYSE:TICK</a>) Q3 2020 Earnings Call
<span id="date">Jul 10, 2020</span>, <em id="time">5:30 p.m. ET</em>`, `<h2>` headings
("Prepared Remarks:", "Questions and Answers:", "Call participants:"), turns opened by
`<p><strong>Name</strong> -- <em>Title</em></p>` (analysts: `<em>Firm -- Analyst</em>`, the
operator: a bare `<strong>Operator</strong>`), and `<p><strong>Duration: N minutes</strong></p>`
at the end of the talk. Ad blocks (`<div class="interad">` with scripts) interrupt the
article; "Stocks" and "Related Articles" blocks follow it. Lines of the HTML file are the
line numbers: several paragraphs often share one long line.
"""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser

from .. import callinfo
from ..errors import ParseError
from ..model import Section
from ..source import Source
from . import _fool
from .base import Draft, DraftParagraph, DraftTurn
from . import sniff

_SKIP_TAGS = {"script", "style", "noscript", "template", "iframe", "svg", "button", "form", "select", "nav"}
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote"}
# Containers whose contents are never the transcript: ads, promos. Matched by whole class
# token, so a layout class that merely contains "ad" never hides the article.
_CHROME_TOKENS = {"ad", "ads", "interad", "dfp-ads", "ad-container", "ad-slot", "ad-unit", "advertisement", "pitch", "promo"}
_CHROME_PREFIXES = ("interad", "dfp-", "advert", "promo-", "related-article")
_ARTICLE_CLASS = re.compile(r"\barticle-(?:content|body)\b|\btranscript\b", re.I)
_DASH_AFFILIATION = re.compile(r"^\s*(?:-{1,3}|–|—)\s*(?P<aff>.+)$")
_EXCHANGE_TICKER = re.compile(r"\(?\s*(?:[A-Za-z]+\s*:\s*)?(?P<t>[A-Z][A-Z0-9.\-]{0,9})\s*\)?")


@dataclass
class _Block:
    tag: str
    line_start: int
    line_end: int = 0
    parts: list[str] = field(default_factory=list)
    strong: list[str] = field(default_factory=list)
    em: list[str] = field(default_factory=list)
    in_article: bool = False
    has_ticker: bool = False
    ticker_text: str = ""
    link_text: list[str] = field(default_factory=list)

    @property
    def only_link(self) -> bool:
        """A paragraph that is nothing but a hyperlink ("More XYZ analysis") is page furniture."""
        return bool(self.link_text) and _norm(" ".join(self.link_text)) == self.text.replace("\n", " ")

    @property
    def text(self) -> str:
        return _norm("".join(self.parts))

    @property
    def strong_text(self) -> str:
        return _norm(" ".join(self.strong))


def _norm(text: str) -> str:
    text = text.replace("\xa0", " ")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)


class _PageReader(HTMLParser):
    """Flattens a page into text blocks with their source lines, skipping chrome."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self.fields: dict[str, str] = {}
        """Text of the header's `id="date"` and `id="time"` elements (the first of each)."""
        self._done: set[str] = set()
        self._block: _Block | None = None
        self._skip: list[tuple[str, int]] = []  # (tag, nesting) of the chrome being skipped
        self._article: tuple[str, int] | None = None
        self._article_done = False
        self._inline: list[str] = []  # open strong/em tags inside the block
        self._links = 0  # open <a> tags inside the block
        self._capture: list[tuple[str, str, int]] = []  # (field, tag, nesting) being captured

    # --- structure -------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if self._skip:
            name, depth = self._skip[-1]
            if tag == name:
                self._skip[-1] = (name, depth + 1)
            return
        cls = a.get("class", "")
        chrome = tag in {"div", "aside", "section", "span"} and _is_chrome(cls) and not _ARTICLE_CLASS.search(cls)
        if tag in _SKIP_TAGS or chrome:
            self._close_block()
            self._skip.append((tag, 1))
            return
        if self._article is not None and tag == self._article[0]:
            self._article = (tag, self._article[1] + 1)
        elif self._article is None and not self._article_done and _ARTICLE_CLASS.search(a.get("class", "")):
            self._article = (tag, 1)
        for fname, tag_name, depth in list(self._capture):
            if tag == tag_name:
                self._capture[self._capture.index((fname, tag_name, depth))] = (fname, tag_name, depth + 1)
        if tag in _BLOCK_TAGS or tag in {"div", "section", "article", "ul", "ol", "table"}:
            self._close_block()
        if tag in _BLOCK_TAGS:
            self._block = _Block(tag=tag, line_start=self.getpos()[0], in_article=self._article is not None)
            self._inline = []
            self._links = 0
        elif tag == "br" and self._block is not None:
            self._block.parts.append("\n")
        elif tag == "a" and self._block is not None:
            self._links += 1
            self._block.link_text.append("")
        elif tag in {"strong", "b", "em", "i"} and self._block is not None:
            self._inline.append(tag)
            (self._block.strong if tag in {"strong", "b"} else self._block.em).append("")
        if a.get("id") in {"date", "time"}:
            if a["id"] not in self._done:
                self._capture.append((a["id"], tag, 1))
                self.fields.setdefault(a["id"], "")
        elif "ticker" in a.get("class", "").split():
            self._capture.append(("ticker", tag, 1))
            if self._block is not None:
                self._block.has_ticker = True

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            name, depth = self._skip[-1]
            if tag == name:
                if depth > 1:
                    self._skip[-1] = (name, depth - 1)
                else:
                    self._skip.pop()
            return
        for i in range(len(self._capture) - 1, -1, -1):
            fname, tag_name, depth = self._capture[i]
            if tag == tag_name:
                if depth > 1:
                    self._capture[i] = (fname, tag_name, depth - 1)
                else:
                    self._capture.pop(i)
                    self._done.add(fname)
                break
        if tag in {"strong", "b", "em", "i"} and tag in self._inline:
            self._inline.remove(tag)
        if tag == "a" and self._links:
            self._links -= 1
        if self._block is not None and tag == self._block.tag:
            self._close_block()
        if self._article is not None and tag == self._article[0]:
            depth = self._article[1] - 1
            if depth == 0:
                self._close_block()
                self._article, self._article_done = None, True
            else:
                self._article = (tag, depth)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and self._block is not None and not self._skip:
            self._block.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        for fname, _, _ in self._capture:
            if fname == "ticker":
                # Tickers appear all over a page (quotes, related stocks): keep the header's own.
                if self._block is not None:
                    self._block.ticker_text += data
            elif fname not in self._done:
                self.fields[fname] += data
        if self._block is None:
            return
        # A line break in the HTML source is only white space; <br> makes the real breaks.
        data = data.replace("\r", " ").replace("\n", " ")
        self._block.parts.append(data)
        if self._links and self._block.link_text:
            self._block.link_text[-1] += data
        for tag in self._inline:
            bucket = self._block.strong if tag in {"strong", "b"} else self._block.em
            if bucket:
                bucket[-1] += data

    def _close_block(self) -> None:
        if self._block is not None:
            self._block.line_end = self.getpos()[0]
            if self._block.text:
                self.blocks.append(self._block)
        self._block = None
        self._inline = []
        self._links = 0

    def close(self) -> None:
        super().close()
        self._close_block()


def _is_chrome(cls: str) -> bool:
    tokens = cls.lower().split()
    return any(t in _CHROME_TOKENS or t.startswith(_CHROME_PREFIXES) for t in tokens)


def _speaker(block: _Block) -> tuple[str, str | None] | None:
    """(name, affiliation) when the block is a `<strong>Name</strong> -- <em>Title</em>` line."""
    if block.tag != "p":
        return None
    name = block.strong_text
    text = block.text.replace("\n", " ")
    if not name or not text.startswith(name):
        return None
    rest = text[len(name):].strip()
    affiliation = None
    if not rest and (parts := re.split(r"\s+(?:--|–|—)\s+", name, maxsplit=1))[1:]:
        # Title inside the bold: <strong>Name -- Title</strong>
        name, rest = parts[0].strip(), "-- " + parts[1]
    if rest:
        m = _DASH_AFFILIATION.match(rest)
        if not m:
            return None
        affiliation = m.group("aff").strip()
    if _fool.DURATION.match(name) or not re.match(r"^[^\W\d_]", name) or len(name.split()) > 8 or name.endswith((".", "?", "!", ":")):
        return None
    return name, affiliation


class MotleyFoolHtml:
    name = "motley-fool-html"
    description = "fool.com earnings-call transcript page (full site HTML)"

    def sniff(self, source: Source) -> float:
        return sniff.motley_fool_html(source)

    def parse(self, source: Source) -> Draft:
        reader = _PageReader()
        try:
            reader.feed(source.text)
            reader.close()
        except Exception as e:  # html.parser is lenient; anything it raises means unusable input
            raise ParseError(f"{source.label}: cannot read the HTML ({e}).") from None
        blocks = reader.blocks
        if any(b.in_article for b in blocks):
            blocks = [b for b in blocks if b.in_article] + [b for b in blocks if not b.in_article and b.tag == "h1"]
            blocks.sort(key=lambda b: b.line_start)
        draft = Draft(format=self.name)
        self._read_header(draft, reader, blocks)
        self._read_body(draft, blocks)
        if not draft.turns:
            raise ParseError(f"{source.label}: no `<strong>Name</strong>` speaker paragraphs found in the page.")
        return draft

    def _read_header(self, draft: Draft, reader: _PageReader, blocks: list[_Block]) -> None:
        header = next((b for b in blocks if b.has_ticker), None)
        if header is not None:
            lines = [ln for ln in header.text.split("\n") if ln.strip()]
            date_text = _norm(reader.fields.get("date", ""))
            title_lines = [ln for ln in lines if not (date_text and ln.startswith(date_text))]
            draft.title = " ".join(title_lines) or None
            draft.company = header.strong_text or None
        ticker = _norm(header.ticker_text) if header is not None else ""
        if m := _EXCHANGE_TICKER.fullmatch(ticker):
            draft.ticker = m.group("t")
        if draft.title is None:
            h1 = next((b for b in reader.blocks if b.tag == "h1"), None)
            if h1 is not None:
                draft.title = re.sub(r"\s+transcript\s*$", "", h1.text, flags=re.I)
        if draft.title:
            draft.fiscal_year, draft.fiscal_quarter = callinfo.period_from_text(draft.title)
        draft.event_date = _event_date(reader.fields.get("date", ""), reader.fields.get("time", ""))

    def _read_body(self, draft: Draft, blocks: list[_Block]) -> None:
        started = any(_fool.heading(b.text)[1] is not None for b in blocks if b.tag.startswith("h"))
        mode = "before" if started else "speech"
        section: Section | None = None
        turn: DraftTurn | None = None
        for b in blocks:
            if b.tag.startswith("h") and b.tag != "h1":
                is_heading, opens = _fool.heading(b.text)
                if is_heading and opens is not None:
                    mode, section, turn = "speech", opens, None
                elif _fool.is_participants_heading(b.text) and mode != "before":
                    mode, turn = "participants", None
                elif not is_heading and mode != "before":
                    mode = "done"  # "Stocks", "Related Articles": the article is over
                continue
            if mode in ("before", "done") or b.tag == "h1":
                continue
            if b.tag == "p" and _fool.DURATION.match(b.text):
                mode, turn = "after", None
                continue
            spk = _speaker(b)
            if mode == "participants":
                if spk is None:
                    mode = "done"
                else:
                    draft.participants.append(_fool.split_name_title(*spk))
                continue
            if mode != "speech" or b.tag == "li" or b.only_link:
                continue
            if spk is not None:
                turn = DraftTurn(speaker=_fool.split_name_title(*spk), section=section, header_line=b.line_start)
                draft.turns.append(turn)
            elif turn is not None:
                for text in b.text.split("\n"):
                    turn.paragraphs.append(DraftParagraph(text=text, line_start=b.line_start, line_end=b.line_end))


def _event_date(date_text: str, time_text: str) -> datetime | None:
    """ "Jul 10, 2020" + "5:30 p.m. ET" -> UTC (callinfo knows US daylight saving)."""
    return callinfo.date_from_text(f"{_norm(date_text)}, {_norm(time_text)}".strip(" ,"))


PARSER = MotleyFoolHtml()
