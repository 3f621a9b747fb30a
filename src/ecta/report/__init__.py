"""The call report: summary, guidance, checks, tone, Q&A behaviour, and comparison of calls."""

from __future__ import annotations

from .. import stored_re as re  # re, with its patterns built from stored engine code: start-up
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from ..limits import check_length
from ..model import Fact, Transcript
from .models import Bullet, Report

if TYPE_CHECKING:
    from .compare_models import Comparison

T = TypeVar("T")


def analyze(t: Transcript, facts: list[Fact] | None = None) -> Report:
    """Everything `ecta analyze` shows, computed from one parsed call. Timings are per stage, in ms."""
    from . import checks, guidance, qa, tone
    from .lexicon import LexiconMissing
    from .recalled import as_reported, respectively

    check_length(t)
    timings: dict[str, float] = {}

    def timed(stage: str, fn: Callable[[], T]) -> T:
        start = time.perf_counter()
        try:
            return fn()
        finally:
            timings[stage] = round((time.perf_counter() - start) * 1000, 2)

    if facts is None:
        from ..facts import extract_facts

        facts = timed("facts", lambda: extract_facts(t))
    summary = timed("summary", lambda: _summary(t, facts))
    # The report reads results told against guidance as results, and outlooks for periods already over
    # as guidance recalled; tables and checks then agree on what each figure is.
    from .figures import call_period as period_of_call

    from .models import Citation
    from .pages import citation, keyed, place, unkeyed

    call_period = period_of_call(t.meta)
    # A PDF numbers lines per page: the stages below cite and order facts by a line that holds the page too. A source
    # whose lines hold several paragraphs (a turn's text on one JSON line) is keyed by turn the same way.
    paged = any(f.page for f in facts)
    cited_by = citation(t)
    by_turn = cited_by is not Citation.LINE
    read, claims = as_reported(guidance.as_of(respectively(keyed(facts, by_turn) if paged or by_turn else facts), call_period))
    report = Report(meta=t.meta, facts=read, summary=summary, cited_by=cited_by)
    report.guidance = timed("guidance", lambda: guidance.table(read, analyst_ids(t), call_period))
    report.checks = timed("checks", lambda: checks.run(t, read, claims))
    if paged or by_turn:
        report.facts = unkeyed(read)
        place(report.guidance, by_turn)
        place(report.checks, by_turn)
    try:
        report.tone = timed("tone", lambda: tone.tone(t))
    except LexiconMissing as e:
        report.notes.append(f"tone not computed: {e}")
    report.qa = timed("qa", lambda: qa.review(t))
    report.notes.extend(reading_notes(t, report))
    report.timings_ms = timings
    return report


def reading_notes(t: Transcript, report: Report) -> list[str]:
    """What the reader must know about the source to read the report right: the parser's warnings (an event
    brief whose presentation is left out, speakers the source does not name), and a Q&A in which no answer
    is told apart from its question, where who answered, directness and the analyst tone say nothing."""
    notes = [f"source: {w}" for w in t.warnings if not w.startswith("no Q&A section")]
    from .tone import unmarked

    if unmarked(t):
        notes.append("Q&A: the source names no speakers and marks no questions, so no exchange is shown, and the tone "
                     "reads the whole text as one voice")
    elif not report.qa and any(w.startswith("no Q&A section") for w in t.warnings):
        notes.append("Q&A: no question-and-answer section was found in the source, so no exchange is shown")
    if report.qa and not any(q.answered_by for q in report.qa):
        notes.append("Q&A: no answer is told apart from its question in this source, so who answered, answer "
                     "lengths and directness are not known, and the analysts' tone counts the answers too")
    return notes


def analyst_ids(t: Transcript) -> frozenset[str]:
    from ..model import Role

    return frozenset(p.id for p in t.participants if p.role is Role.ANALYST)


def _summary(t: Transcript, facts: list[Fact]) -> list[Bullet]:
    from ..summarize import summarize

    # The summary writes as ECTSum's gold does, the company masked as "compname" when the call does not name
    # it; a reader of the report gets plain words.
    company = t.meta.company

    def named(text: str) -> str:
        text = _COMPNAME.sub(company or "the company", text)
        if company:
            # The summary writes the name in lower case, legal suffix dropped: the longest start of the name
            # it contains gets the name's own capitals back.
            # "Northwind Fabrics, Inc." is said without its comma; a comma inside a name ("Northwind Fabrics, and
            # Northwind Partners") stays.
            words = company.split()
            for n in range(len(words), 0, -1):
                found = next(((i, said) for said in (" ".join(words[:n]).rstrip(","), " ".join(w.rstrip(",") for w in words[:n]))
                              if len(said) > 2 and (i := text.lower().find(said.lower())) >= 0), None)
                if found:
                    i, said = found
                    text = text[:i] + said + text[i + len(said):]
                    break
        text = _UPPER.sub(lambda m: m.group(0).upper().replace("NON-", "non-"), text)
        return text[:1].upper() + text[1:]

    from .models import Citation
    from .pages import citation, key, paged, split, statement_page

    # Four to eight bullets under the headline, which repeats one of them (a wire brief counts it as one).
    bullets = summarize(t, facts=facts, for_report=True, headline_apart=True).bullets
    bullets = [b.model_copy(update={"text": _as_said(b.text, [x for i in b.facts for x in (facts[i].sentence, facts[i].phrase)])}) if b.facts else b
               for b in bullets]
    by_turn = citation(t) is not Citation.LINE
    if not paged(t) and not by_turn:
        return [Bullet(text=named(b.text), lines=list(b.lines), headline=b.headline) for b in bullets]
    # A PDF's line is a line of its page: the bullet's facts give each line its page.
    out = []
    for b in bullets:
        if by_turn:  # the summary cites turns itself
            out.append(Bullet(text=named(b.text), lines=list(b.lines), turns=list(b.turns), headline=b.headline))
            continue
        keys = ([key(facts[i].line, facts[i].page) for i in b.facts] if b.facts
                else [key(n, statement_page(t, n)) for n in b.lines])
        lines, pages = split(keys)
        out.append(Bullet(text=named(b.text), lines=lines, pages=pages, headline=b.headline))
    return out


def _as_said(text: str, sentences: list[str]) -> str:
    """The summary writes in lower case; a word its sentences spell with capitals past their first word ("QuillPad",
    "Harlow Cloud", "EMEA") gets them back."""
    spelled: dict[str, str] = {}
    for s in sentences:
        words = list(_WORD.finditer(s))
        for k, m in enumerate(words):
            w = m.group(0)
            if w == w.lower() or w.lower() in _PLAIN:
                continue
            opening = m.start() == 0 or s[:m.start()].rstrip().endswith((".", "!", "?", ":"))
            # A sentence's first word is capitalised anyway: it counts only as the start of a name ("Harlow Services").
            if not opening or w[1:] != w[1:].lower() or (k + 1 < len(words) and words[k + 1].group(0)[:1].isupper()
                                                         and s[m.end():words[k + 1].start()].strip() == ""):
                spelled.setdefault(w.lower(), w)
    return _WORD.sub(lambda m: spelled.get(m.group(0), m.group(0)) if m.group(0).islower() else m.group(0), text)


_WORD = re.compile(r"[A-Za-z][A-Za-z&'-]*")
_PLAIN = frozenset("revenue revenues sales earnings income margin margins profit share shares per cash flow other total net growth "
                   "operating segment quarter year percent rose fell increased decreased sees reports the of and adjusted non-gaap gaap "
                   "core organic diluted reported comparable constant currency ffo affo eps ebitda".split())
"""Words a bullet keeps in lower case, however a heading or a name beside them spells them ("Harlow Cloud Revenues")."""
_COMPNAME = re.compile(r"\bcompname\b", re.I)
_UPPER = re.compile(r"\b(?:q[1-4]|h[12]|fy|eps|a?ffo|ebitda|ebit|(?:non-)?gaap|roe|nii|cet1"
                    r"|usd|eur|gbp|chf|jpy|cad|aud|inr|cny|sek|nok|dkk)\b")
"""Abbreviations the summary writes in lower case, as its training data does."""


def compare_calls(old: Transcript, new: Transcript) -> Comparison:
    from .compare import compare

    return compare(analyze(old), analyze(new), analyst_ids(old) | analyst_ids(new), new)


__all__ = ["Report", "Comparison", "analyze", "compare_calls"]


def __getattr__(name: str):
    if name == "Comparison":  # defined apart, as only `compare` makes one (see models)
        from .compare_models import Comparison

        return Comparison
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
