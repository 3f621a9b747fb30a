"""How sure each format is that a source is its own: every parser's `sniff`, kept apart from the parsers.

Detecting the format asks each of them, and importing all eleven parsers to do so was a good part of reading one call;
this way only the parser that wins is imported. A parser's `sniff` method is the function named after its format.
The patterns a parser also reads its source with live here, and the parser imports them.
"""

from __future__ import annotations

from functools import wraps

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from ..model import Role
from ..source import Source
from ..speakers import name_key
from . import _speaker_lines as _lines
from .base import Draft, json_head


def _once(sniffer):
    """A sniffer whose score other sniffers ask for too (a layout that gives way to the vendors' own): worked out once
    per source, whichever asks first (detection asks every sniffer in turn)."""
    @wraps(sniffer)
    def once(source: Source) -> float:
        scores = source.sniffed
        if sniffer.__name__ not in scores:
            scores[sniffer.__name__] = sniffer(source)
        return scores[sniffer.__name__]
    return once

STREETEVENTS_BRAND = re.compile(r"(?:thomson\s+reuters|refinitiv|lseg)\s+streetevents", re.I)

SEEKING_ALPHA_TICKER = re.compile(r"\((?P<exch>[A-Za-z][A-Za-z .]{0,15}):\s*(?P<ticker>[A-Za-z0-9.\-]{1,10})\)")
SEEKING_ALPHA_LISTS = {
    "executives": Role.CORPORATE,
    "company participants": Role.CORPORATE,
    "corporate participants": Role.CORPORATE,
    "company representatives": Role.CORPORATE,
    "analysts": Role.ANALYST,
    "conference call participants": Role.ANALYST,
}
SEEKING_ALPHA_QA = re.compile(
    r"^\W*(?:questions?[\s-]*(?:and|&)[\s-]*answers?|q\s*&\s*[a,])(?:[\s-]+session)?\W*$", re.I
)

FMP_TITLE = re.compile(r"^#\s+(?P<title>.+?)\s*#*\s*$")
FMP_FIELD = re.compile(r"^\s*\*\*(?P<key>[A-Za-z ]{2,20}):?\*\*:?\s*(?P<value>.*?)\s*$")
FMP_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")

REV_HEADER = re.compile(r"^\ufeff?token\|speaker\|", re.I)

SENTENCES_SCORE = 0.3
SENTENCES_CSV_HEADER = re.compile(r"^\ufeff?\s*\"?person\"?\s*,\s*\"?sentence\"?\s*$", re.I)
_ENDS_SENTENCE = re.compile(r"[.?!…:;\"'”’)\]]\s*$")
_MARKUP = re.compile(r"^\s*(?:[{\[<#|>=*]|-{3,}|\d+\s*$)")


def streetevents_md(source: Source) -> float:
    if source.is_pdf or streetevents_xml(source):
        return 0.0  # the XML export's body is this layout; the XML parser reads it
    head = source.text[:3000]
    score = 0.0
    if STREETEVENTS_BRAND.search(head):
        score += 0.5
    if re.search(r"^#+\s*(?:CORPORATE PARTICIPANTS|PRESENTATION|EDITED TRANSCRIPT)", head, re.M | re.I):
        score += 0.4
    if re.search(r"^\*\*[^*\n]+\*\*\s*[-–]?\s*\*[^*\n]+\*\s*$", source.text[:20000], re.M):
        score += 0.2
    return min(score, 1.0)


@_once
def streetevents_txt(source: Source) -> float:
    if source.is_pdf or streetevents_xml(source):
        return 0.0  # the XML export's body is this layout; the XML parser reads it
    head = source.text[:4000]
    if re.search(r"^\s*(?:#{1,4}\s|\*\*\w)", head, re.M):
        # Markdown headings or bold names: the markdown export of the same vendor.
        return 0.3 if STREETEVENTS_BRAND.search(head) else 0.0
    score = 0.0
    if STREETEVENTS_BRAND.search(head):
        score += 0.5
    if re.search(r"^\s*E\s{1,3}D\s{1,3}I\s{1,3}T\s{1,3}E\s{1,3}D\s", head, re.M):
        score += 0.2
    if re.search(r"^(?:corporate participants|conference call particip\w*|presentation)\s*$", head, re.M | re.I):
        score += 0.2
    if re.search(r"^\S[^\n]{0,200}?\s\[\d{1,4}\]\s*$", source.text[:30000], re.M):
        score += 0.3
    if score <= 0.2:
        # A "Presentation" heading alone is any vendor's (Bloomberg's too): the brand, the spaced-out
        # banner or the `[N]` turn headers make a file this export.
        return 0.0
    return min(score, 1.0)


def motley_fool_json(source: Source) -> float:
    head = json_head(source)
    if head is None:
        return 0.0
    score = 0.0
    if '"header_texts"' in head:
        score += 0.5
    if re.search(r'"prepared_remarks"\s*:\s*\[', head):
        score += 0.3
    if '"speech"' in head and '"speaker"' in head:
        score += 0.3
    return min(score, 0.95)


def motley_fool_html(source: Source) -> float:
    if source.is_pdf:
        return 0.0
    try:
        head = source.text[:400000]
    except Exception:  # undecodable input: not ours, and sniff must not raise
        return 0.0
    if "<" not in head[:2000]:
        return 0.0
    score = 0.0
    if re.search(r"fool\.com|motley\s*fool", head, re.I):
        score += 0.3
    if re.search(r"<h2[^>]*>\s*Prepared Remarks:?\s*</h2>", head, re.I):
        score += 0.4
    if re.search(r"<strong>[^<]{2,80}</strong>\s*(?:--|&#8212;|—)\s*<em>", head):
        score += 0.3
    return min(score, 0.95)


def earningscall_json(source: Source) -> float:
    head = json_head(source)
    if head is None:
        return 0.0
    score = 0.0
    if re.search(r'"event"\s*:\s*\{[^{}]*"conference_date"', head) or re.search(r'"event"\s*:\s*\{\s*"year"', head):
        score += 0.5
    if re.search(r'"speakers"\s*:\s*\[\s*\{\s*"speaker"\s*:\s*"spk', head):
        score += 0.4
    if re.search(r'"prepared_remarks"\s*:\s*"', head) or '"questions_and_answers"' in head:
        score += 0.4
    if '"speaker_name_map' in head:
        score += 0.3
    if score == 0.0 and re.match(r'\s*\{\s*"text"\s*:\s*"', head):
        # Level 1 is only {"text": ...}: plausible, but nothing else says so.
        score = 0.5
    return min(score, 0.95)


@_once
def seeking_alpha_txt(source: Source) -> float:
    if source.is_pdf:
        return 0.0
    try:
        head = [ln.strip() for ln in source.lines[:60]]
    except Exception:  # sniffing must never raise, whatever the bytes
        return 0.0
    head_text = "\n".join(head[:6])
    score = 0.0
    header = bool(SEEKING_ALPHA_TICKER.search(head_text)) and bool(
        re.search(r"\b(?:call|earnings|results|conference)\b", head_text, re.I)
    )
    if header:
        score += 0.5
    # The page's headings are in title case; other vendors shout theirs ("CORPORATE PARTICIPANTS").
    if any(ln.lower() in SEEKING_ALPHA_LISTS and not ln.isupper() for ln in head[:40]):
        score += 0.3
    if "Operator" in head or any(SEEKING_ALPHA_QA.match(ln) for ln in source.lines[:2000] if ln.strip()):
        score += 0.2
    if not header:
        # Without the `(EXCH:TICK)` header, lists and bare names alone are not this page.
        score = min(score, 0.2)
    if any(_fool_markers(ln) for ln in source.lines[:3000] if ln.strip()):
        # "Prepared Remarks:" and "Duration: 42 minutes": a Motley Fool article copied as text, the header-line layout.
        score = min(score, 0.1)
    if head and head[0].startswith(("#", "{", "<")):
        score = 0.0
    return min(score, 1.0)


def fmp_markdown(source: Source) -> float:
    if source.is_pdf:
        return 0.0
    try:
        lines = [ln for ln in source.lines[:300] if ln.strip()]
    except Exception:  # sniffing must never raise, whatever the bytes
        return 0.0
    if not lines:
        return 0.0
    score = 0.0
    title = FMP_TITLE.match(lines[0])
    if title and re.search(r"\bearnings\s+call\s+transcript\b", title.group("title"), re.I):
        score += 0.5
    fields = {m.group("key").lower() for ln in lines[:10] if (m := FMP_FIELD.match(ln))}
    if fields & {"date", "company", "quarter", "symbol", "year"}:
        score += 0.3
    body = [ln for ln in lines if not FMP_TITLE.match(ln) and not FMP_FIELD.match(ln) and not FMP_RULE.match(ln)]
    labelled = sum(1 for ln in body[:200] if _lines.parse_label(ln))
    if body and labelled >= 3 and labelled / min(len(body), 200) >= 0.9:
        # Every line a whole turn: the API's shape even without a header. The generic
        # fallback, which also reads these lines, never scores above 0.5.
        score += 0.25 if score else 0.55
    return min(score, 1.0)


def ir_pdf(source: Source) -> float:
    return 0.9 if source.is_pdf else 0.0


# Bold speaker headers (issuers' web pages and Word files, read through ecta.containers) -------------------------

BOLD_SPEAKER = re.compile(
    r"""^\s*\*\*(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w.'’\-]*)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w.'’\-]*|de|van|von|der|da|del|la|le|bin|al)){0,5})\*\*
        (?:\s*(?:--|[-–—|,])\s*(?P<aff>[^*]{1,120}?))?\s*$""",
    re.X,
)


PLAIN_SPEAKER = re.compile(
    r"""^\s*(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w.'’\-]*)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w.'’\-]*|de|van|von|der|da|del|la|le|bin|al)){0,5})
        (?:\s*(?:--|[-–—|,])\s*(?P<aff>[^:]{1,120}?))?\s*:?\s*$""",
    re.X,
)
"""The same header set bold throughout in a Word file or a web page, which the text shows plain (`Source.bold_lines`)."""


def bold_speaker_names(source: Source) -> list[str]:
    """The name of each bold speaker header in the first 3,000 lines."""
    bold = source.bold_lines
    names = []
    for n, line in enumerate(source.lines[:3000], start=1):
        if (m := BOLD_SPEAKER.match(line)) or (n in bold and (m := PLAIN_SPEAKER.match(line))):
            names.append(m.group("name"))
        elif (t := re.match(r"^\s*\*\*(?P<head>[^*]{2,100})\*\*\t", line)) and (m := PLAIN_SPEAKER.match(t.group("head"))):
            names.append(m.group("name"))  # a Word file's bold name, a tab, the speech: "**Jane Roe**<tab>Thank you"
    return names


@_once
def bold_speakers(source: Source) -> float:
    """Several `**Name** – Title` lines, a name among them more than once: a call. Italic titles are StreetEvents'."""
    try:
        if source.is_pdf:
            return 0.0
        names = bold_speaker_names(source)
    except Exception:  # noqa: BLE001 - sniff must never raise (undecodable input is not ours)
        return 0.0
    if len(names) < 2:
        return 0.0
    return 0.45 if len(names) >= 3 and len(set(names)) < len(names) else 0.3


def rev_nlp(source: Source) -> float:
    if source.is_pdf:
        return 0.0
    head = source.data[:200].decode("utf-8", "replace")
    return 0.98 if REV_HEADER.match(head) else 0.0


def sentences(source: Source) -> float:
    try:
        if source.is_pdf:
            return 0.0
        lines = source.lines
        if lines and SENTENCES_CSV_HEADER.match(lines[0]):
            return 0.6
        body = [ln.strip() for ln in lines[:400] if ln.strip()]
        if len(body) < 5:
            return 0.0
        if sum(1 for ln in body if _MARKUP.match(ln)) > len(body) * 0.05:
            return 0.0
        if sum(1 for ln in body if _lines.parse_label(ln)) > max(1, len(body) * 0.02):
            return 0.0
        ending = sum(1 for ln in body if _ENDS_SENTENCE.search(ln))
        if ending < len(body) * 0.8 or sum(len(ln) for ln in body) / len(body) < 25:
            return 0.0
        # A sentence per line means short lines that never wrap mid-sentence.
        if any(len(ln) > 2000 for ln in body):
            return 0.0
        return SENTENCES_SCORE
    except Exception:  # noqa: BLE001 - sniff must never raise (undecodable input is not ours)
        return 0.0


def generic(source: Source) -> float:
    if source.is_pdf:
        return 0.0
    lines = [ln for ln in source.lines[:400] if ln.strip()]
    if not lines:
        return 0.0
    labels = [_lines.parse_label(ln) for ln in lines]
    names = [lb[0] for lb in labels if lb]
    if len(names) < 3:
        return 0.0
    distinct = set(names)
    repeated = sum(1 for n in distinct if names.count(n) > 1)
    if repeated < 1 or len(distinct) > len(names) * 0.8:
        return 0.1
    share = len(names) / len(lines)
    return 0.25 + min(share, 1.0) * 0.25


# FactSet CallStreet, S&P Capital IQ

FACTSET_FOOTER = re.compile(
    r"1-877-FACTSET|www\.callstreet\.com|factset\s*:\s*callstreet|total\s+pages\s*:\s*\d+"
    r"|copyright\s*(?:©|\(c\)|@)?\s*(?:\d{4}\s*[-–]\s*)?\d{4}\s+factset\s+callstreet,?\s*(?:llc\.?)?",
    re.I,
)
FACTSET_SECTIONS = {
    "corporate participants": "corporate",
    "other participants": "analysts",
    "management discussion section": "presentation",
    "question and answer section": "qa",
    "question & answer section": "qa",
    "q&a": "qa",
}
_FACTSET_BODY = re.compile(r"^\s*(?:MANAGEMENT DISCUSSION SECTION|QUESTION AND ANSWER SECTION)\s*$", re.M)

CAPITAL_IQ_COMPANY = re.compile(r"^(?P<company>[^()|]{2,120}?)\s+(?P<exch>[A-Za-z]{2,12}):(?P<ticker>[A-Z0-9][A-Za-z0-9.\-]{0,11})\s*$")
CAPITAL_IQ_BRAND = re.compile(r"S&P\s+Global\s+Market\s+Intelligence|S&P\s+Capital\s+IQ", re.I)
CAPITAL_IQ_SECTIONS = {
    "call participants": "participants",
    "executives": "corporate",
    "analysts": "analysts",
    "attendees": "attendees",
    "shareholders": "attendees",
    "presentation": "presentation",
    "question and answer": "qa",
    "questions and answers": "qa",
}


@_once
def factset_txt(source: Source) -> float:
    if source.is_pdf:
        return 0.0
    try:
        text = source.text[:60000]
    except Exception:  # undecodable input: not ours, and sniff must not raise
        return 0.0
    if BLOOMBERG_BIO.search(text):
        return 0.0  # Bloomberg's older exports use the same two section headings; their `{BIO n <GO>}` tags are its own
    score = 0.0
    if re.search(r"1-877-FACTSET|callstreet\.com|FactSet\s+CallStreet", text, re.I):
        score += 0.5
    if _FACTSET_BODY.search(text):
        score += 0.4
    if re.search(r"^\s*(?:CORPORATE|OTHER) PARTICIPANTS\s*$", text[:20000], re.M):
        score += 0.1
    head = text[:3000]
    if re.search(r"\b(?:corrected|raw)\s+transcript\b", head, re.I) and re.search(r"\b\d{1,2}-[A-Z][a-z]{2,8}-\d{4}\b", head):
        score += 0.2
    return min(score, 0.95)


@_once
def capital_iq_txt(source: Source) -> float:
    if source.is_pdf:
        return 0.0
    try:
        head = [ln.strip() for ln in source.lines[:12] if ln.strip()]
        text = source.text[:60000]
    except Exception:  # undecodable input: not ours, and sniff must not raise
        return 0.0
    score = 0.0
    listing = any(CAPITAL_IQ_COMPANY.match(ln) for ln in head[:3])
    if listing:
        score += 0.4
    if any(re.search(r"\bearnings\s+call\s+transcripts?\b|^F[QY][1-4]?\s+\d{4}\b", ln, re.I) for ln in head[:6]):
        # Many pages title themselves "... Earnings Call Transcript": only beside the `EXCH:TICK` line is it this one.
        score += 0.2 if listing else 0.05
    if CAPITAL_IQ_BRAND.search(text):
        score += 0.2
    if re.search(r"^\s*Call Participants\s*$", text, re.M) and re.search(r"^\s*(?:EXECUTIVES|ANALYSTS)\s*$", text, re.M):
        score += 0.3
    if re.search(r"^\s*Question and Answer\s*$", text, re.M):
        score += 0.1
    return min(score, 0.95)


# Bloomberg, timestamped speech-to-text

BLOOMBERG_BIO = re.compile(r"\{\s*BIO\s+\d+\s*<\s*GO\s*>\s*\}", re.I)
# The turn header: "Jane Roe {BIO 1234567 <GO>}", "Q - Jane Roe {BIO ...}", "A - Jane Roe", or a bare name.
BLOOMBERG_TURN = re.compile(
    r"^(?:(?P<side>[QA])\s*[-–—]\s+)?(?P<name>[^{}\s][^{}]{0,79}?)\s*(?P<bio>\{\s*BIO\s+\d+\s*<\s*GO\s*>\s*\})?\s*$"
)
BLOOMBERG_LISTS = {"company participants": Role.CORPORATE, "other participants": Role.ANALYST}
BLOOMBERG_TAIL = re.compile(
    r"^\W*(?:this\s+transcript\s+may\s+not\s+be\s+\d+\s+percent\s+accurate|(?:©|\(c\)|copyright)\s*\d{4}\s+bloomberg)", re.I
)
# A PDF copy's page header or footer: "Acme Corp (ACME US Equity)".
BLOOMBERG_EQUITY = re.compile(r"^(?P<company>\S.{0,100}?)\s*\((?P<ticker>[A-Z0-9./\-]{1,12})\s+[A-Z]{2}\s+Equity\)\s*$")
_BLOOMBERG_QA_SIDE = re.compile(r"^[QA]\s*[-–—]\s+[A-Z][^{}\n]{1,80}$", re.M)

_CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
# "Jane Roe (00:01:23):", "Jane Roe - CEO (01:23): words", "Jane Roe: (01:23)", "Jane Roe  0:03", "[00:01:23] Jane Roe: words",
# "[Jane Roe] 10:15:32" (Zoom's saved transcript).
TIMESTAMPED_LABEL = re.compile(
    rf"""^\s*(?:\[(?P<lead>{_CLOCK})\]\s+)?
        (?P<open>\[)?(?P<label>[A-Z][^():\[\]\n]{{0,90}}?)(?(open)\])
        (?:\s*\((?P<paren>{_CLOCK})\)\s*:?|:\s*\((?P<after>{_CLOCK})\)|\s{{1,}}(?P<bare>{_CLOCK})(?=\s*$)|(?(lead):|(?!)))
        \s*(?P<text>.*?)\s*$""",
    re.X,
)
# A line of a transcript panel copied with its times: "0:03" alone, or "0:03 good morning and welcome".
TIMESTAMPED_LINE = re.compile(rf"^\s*[\[(]?(?:{_CLOCK})[\])]?(?:\s+(?P<text>\S.*?))?\s*$")
CAPTION_CUE = re.compile(rf"^\s*(?P<start>{_CLOCK})\s*-->\s*(?P<end>{_CLOCK})(?:\s+.*)?$")


@_once
def bloomberg_txt(source: Source) -> float:
    if source.is_pdf:
        return 0.0
    try:
        head = source.text[:40000]
        tail = source.text[-4000:]
    except Exception:  # sniffing must never raise, whatever the bytes
        return 0.0
    score = 0.0
    if BLOOMBERG_BIO.search(head):
        score += 0.6
    if re.search(r"^\s*(?:company\s+participants|other\s+participants)\s*$", head[:6000], re.M | re.I):
        score += 0.2
    if re.search(r"^\s*questions?\s+and\s+answers?(?:\s+section)?\s*$", head, re.M | re.I):
        score += 0.2
    if len(_BLOOMBERG_QA_SIDE.findall(head)) >= 3:
        # "Q - Jane Roe" / "A - Raj Iyer" turn headers: this vendor's mark even where the tags were stripped.
        score += 0.3
    if re.search(r"bloomberg\s+l\.?\s*p\.?", tail, re.I) or BLOOMBERG_EQUITY.search(head[:3000]):
        score += 0.4
    if score < 0.5:
        return 0.0  # lists and headings alone are any vendor's
    return min(score, 0.95)


def timestamped(source: Source) -> float:
    if source.is_pdf:
        return 0.0
    try:
        lines = [ln for ln in source.lines[:600] if ln.strip()]
    except Exception:  # sniffing must never raise, whatever the bytes
        return 0.0
    if not lines:
        return 0.0
    cues = sum(1 for ln in lines if "-->" in ln and CAPTION_CUE.match(ln))
    if cues >= 2 or lines[0].lstrip("\ufeff").startswith("WEBVTT") and cues:
        return 0.9
    labels = [m.group("label") for ln in lines if (m := TIMESTAMPED_LABEL.match(ln)) and timestamp_of(m)]
    if len(labels) >= 3 and len(set(labels)) < len(labels):
        return 0.85
    stamped = sum(1 for ln in lines if ln.lstrip()[:1].isdigit() and TIMESTAMPED_LINE.match(ln))
    if stamped >= 5 and stamped * 4 >= len(lines):
        return 0.6
    return 0.0


def timestamp_of(m: re.Match) -> str | None:
    """The time a `TIMESTAMPED_LABEL` match carries: without one, "Jane Roe: words" is any transcript's line."""
    return m.group("paren") or m.group("after") or m.group("bare") or m.group("lead")


# data-API JSON, StreetEvents XML

_API_FIELD = r'"(?:symbol|ticker|year|quarter|date|time)"\s*:'
_STRING_WITH_BREAK = r'"(?:[^"\\]|\\[^n])*\\n'
"""The rest of a JSON string up to its first escaped line break."""


def fmp_json(source: Source) -> float:
    """FMP's keys, and `content` opening with a `Name: ` label (a data set with the same keys holds other layouts)."""
    head = json_head(source, opening="{[")
    if head is None or not re.search(r'"symbol"\s*:', head) or not re.search(r'"(?:quarter|year)"\s*:', head):
        return 0.0
    if re.search(r'"content"\s*:\s*"[A-Z][^"\\:\n]{0,60}:\s', head):
        return 0.9
    # No text at all: still this API's answer (an empty call), so that its parser says what is missing.
    return 0.6 if re.search(r'"content"\s*:\s*"(?:\s|\\[nrt])*"', head) else 0.0


def alpha_vantage_json(source: Source) -> float:
    head = json_head(source, opening="{[")
    if head is None or not re.search(r'"transcript"\s*:\s*\[\s*\{', head):
        return 0.0
    score = 0.5 if re.search(r'"speaker"\s*:', head) and re.search(r'"content"\s*:', head) else 0.0
    if re.search(r'"sentiment"\s*:', head) or re.search(r'"quarter"\s*:\s*"\d{4}Q[1-4]"', head):
        score += 0.4
    return score


def api_ninjas_json(source: Source) -> float:
    """`transcript_split`, or a `transcript` string with no line break in its first thousands of characters."""
    head = json_head(source, opening="{[")
    if head is None:
        return 0.0
    if re.search(r'"transcript_split"\s*:\s*\[', source.text[:400000]) and re.search(r'"transcript"\s*:\s*"', head):
        return 0.95
    m = re.search(r'"transcript"\s*:\s*"', head)
    if m is None:
        return 0.0
    rest = source.text[m.end():m.end() + 3000]
    return 0.0 if "\\n" in rest or not re.match(r"[A-Z][^:\"\\]{0,60}:\s", rest) else 0.8


def finnhub_json(source: Source) -> float:
    head = json_head(source, opening="{[")
    if head is None:
        return 0.0
    score = 0.0
    if re.search(r'"participant"\s*:\s*\[', head):
        score += 0.4
    if re.search(r'"speech"\s*:\s*\[', head):
        score += 0.4
    if re.search(r'"session"\s*:\s*"(?:management_discussion|question_answer)"', source.text[:400000]):
        score += 0.3
    return min(score, 0.95) if score >= 0.4 else 0.0


def dataset_json(source: Source) -> float:
    """A row naming its call (`symbol`, `year` ...) with the text in a string that has line breaks: some text layout."""
    head = json_head(source, opening="{[")
    if head is None or not re.search(_API_FIELD, head):
        return 0.0
    return 0.7 if re.search(r'"(?:content|transcript|text)"\s*:\s*' + _STRING_WITH_BREAK, head) else 0.0


_EVENT_XML = re.compile(r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:[\w.\-]+:)?Event\b", re.S)


@_once
def streetevents_xml(source: Source) -> float:
    if source.is_pdf:
        return 0.0
    try:
        head = source.text[:8000]
    except Exception:  # noqa: BLE001 - sniff must never raise (undecodable input is not ours)
        return 0.0
    if not _EVENT_XML.match(head):
        return 0.0
    return 0.98 if re.search(r"<(?:[\w.\-]+:)?(?:EventStory|Headline|Body)\b", source.text[:400000]) else 0.4


# plain header-line layouts

def header_lines(source: Source) -> float:
    """Several turns headed by a name line of their own (`Jane Roe -- CEO`, `JANE ROE, CFO:`), a name among them
    more than once or the people listed: a call pasted as plain text."""
    try:
        if source.is_pdf:
            return 0.0
        lines = source.lines[:3000]
        body = [ln.strip() for ln in lines if ln.strip()]
        if len(body) < 6 or body[0].startswith(("#", "{", "<", "\ufeff{")) or any("**" in ln for ln in body[:400]):
            return 0.0
        if STREETEVENTS_BRAND.search("\n".join(body[:60])):
            return 0.0
        # Vendors whose bare name lines are their own layout: their parsers read them, with the vendor's details.
        # Seeking Alpha's lists and bare names without its `(EXCH:TICK)` header score 0.2 there: this layout's.
        if seeking_alpha_txt(source) > 0.2 or any(other(source) >= 0.2 for other in (
                factset_txt, capital_iq_txt, bloomberg_txt, bold_speakers, streetevents_txt)):
            return 0.0
        listed_draft = Draft(format="header-lines")
        _lines.read_lists(lines, listed_draft)
        listed = {p.name for p in listed_draft.participants}
        headers = _lines.find_headers(lines, {})
        names = [name_key(h.name) for h in headers.values()]
        # `JANE ROE: words` lines count for a name the page also heads with a line of its own, and against it otherwise.
        inline = [name_key(lb[0]) for ln in body[:400] if (lb := _lines.parse_label(ln))]
        own = [n for n in inline if n in names]
        if len(inline) - len(own) > len(names):
            return 0.0
        if len(names) < 3 or len(set(names)) < 2:
            # A Q&A whose turns are all unnamed `Q:` / `A:` lines has next to no header lines.
            return 0.45 if _lines.first_qa_marker(lines) is not None else 0.0
        repeated = sum(1 for n in set(names) if (names + own).count(n) > 1)
        if not repeated and not listed:
            return 0.0
        # Speech runs for lines under each header; a header every line or two is a list or a table, not a call.
        if len(body) < len(names) * 2:
            return 0.0
        score = 0.45
        if any(_fool_markers(ln) for ln in body):
            score += 0.2
        return min(score, 1.0)
    except Exception:  # noqa: BLE001 - sniff must never raise (undecodable input is not ours)
        return 0.0


def _fool_markers(line: str) -> bool:
    return bool(re.match(r"^(?:prepared\s+remarks|questions\s*(?:and|&)\s*answers|call\s+participants)\s*:$|"
                         r"^duration\s*:\s*\d+\s*min", line, re.I))
