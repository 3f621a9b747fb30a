"""Financial facts from a transcript: `extract_facts(transcript)`; the contract is docs/facts.md."""

from __future__ import annotations

import re

from ..model import Fact, FactKind, ParagraphKind, Role, Section, Transcript
from .context import call_level_statement
from .periods import half_of_title
from .taxonomy import segment_names
from .extract import Context, State, extract_sentence, split_sentences, worth_reading

__all__ = ["Context", "extract_facts", "extract_sentence"]

_BASIS_TURNS = 6
"""A call-level basis statement comes in the opening remarks; later mentions are about one figure."""


def extract_facts(transcript: Transcript) -> list[Fact]:
    """One Fact per stated figure (and per guided direction) in the order spoken."""
    meta = transcript.meta
    opening = [p.text for t in transcript.turns[:_BASIS_TURNS] for p in t.paragraphs if p.kind is ParagraphKind.SPEECH]
    statement = call_level_statement(opening)
    basis, scope = statement if statement else (None, None)
    currency = _currency(transcript)
    half = None if meta.fiscal_quarter else half_of_title(meta.title)
    segments = segment_names(p.text for t in transcript.turns for p in t.paragraphs if p.kind is ParagraphKind.SPEECH)
    facts: list[Fact] = []
    for turn in transcript.turns:
        if turn.speaker.role is Role.OPERATOR:
            continue
        ctx = Context(fiscal_year=meta.fiscal_year, fiscal_quarter=meta.fiscal_quarter, fiscal_half=half,
                      section=turn.section,
                      role=turn.speaker.role, basis=basis, basis_scope=scope, currency=currency, speaker=turn.speaker.id, turn=turn.index,
                      segments=segments)
        for para in turn.paragraphs:
            if para.kind is not ParagraphKind.SPEECH:
                continue
            text = para.text
            if not worth_reading(text, ctx.role):
                continue
            state = State()
            span = max(para.line_end - para.line_start, 0)
            multiline = "\n" in text
            for offset, sentence in split_sentences(text):
                if multiline:
                    line = para.line_start + text.count("\n", 0, offset)
                elif span:
                    line = para.line_start + round(span * offset / max(len(text), 1))
                else:
                    line = para.line_start
                found = extract_sentence(sentence, ctx, line=line, state=state, page=para.page)
                if para.word_lines:
                    found = [_on_word_line(f, text, offset, para.word_lines) for f in found]
                facts += found
    qa_turns = {t.index for t in transcript.turns if t.section is Section.QA}
    return _echoes(facts, {p.id for p in transcript.participants if p.role is Role.ANALYST}, qa_turns)


_FIRST_DIGIT = re.compile(r"\d")


def _on_word_line(fact: Fact, text: str, offset: int, word_lines: list[int]) -> Fact:
    """In a one-word-per-line source the figure's own word gives its line, not the sentence's start (the
    number's word, not a hedge before it: "about $900 million" is on the line of "$900")."""
    at = text.find(fact.text, offset) if fact.text else -1
    if at < 0:
        return fact
    digit = _FIRST_DIGIT.search(fact.text)
    at += digit.start() if digit else 0
    before = text[:at]
    word = len(before.split()) - (1 if before and not before[-1].isspace() else 0)
    return fact.model_copy(update={"line": word_lines[min(max(word, 0), len(word_lines) - 1)]})


def _echoes(facts: list[Fact], analysts: set[str], qa_turns: set[int]) -> list[Fact]:
    """An analyst quoting a figure management gave earlier ("does the $150 to $170 million assume...") quotes
    that fact: same metric, kind, period and basis, not a new estimate."""
    said: dict[tuple, Fact] = {}
    out = []
    for f in facts:
        key = (f.value, f.low, f.high, f.unit)
        if f.speaker in analysts:
            earlier = said.get(key)
            if earlier is not None and f.unit is not None and (
                    f.low is not None or f.unit not in ("%", "bps", "days") or earlier.kind is not FactKind.ACTUAL
                    or earlier.metric == f.metric):
                f = f.model_copy(update={"metric": earlier.metric, "kind": earlier.kind, "period": earlier.period,
                                         "basis": earlier.basis, "change": earlier.change})
        else:
            earlier = said.get(key)
            repeated_range = (earlier is not None and f.low is not None and earlier.kind is not FactKind.ACTUAL
                              and f.turn in qa_turns and any(ch.isdigit() for ch in f.text))
            if repeated_range or (earlier is not None and f.metric == "other" and f.unit is not None and _money_or_range(f)
                                  and _THE_BEFORE.search(f.sentence[:max(f.sentence.find(f.text), 0)])):
                # "The EUR 500 million is a floor": the amount named before, said again without its metric
                f = f.model_copy(update={"metric": earlier.metric, "kind": earlier.kind, "period": earlier.period,
                                         "basis": earlier.basis, "change": earlier.change})
            if f.value is not None or f.low is not None:
                said[key] = f
        out.append(f)
    return out


def _currency(t: Transcript) -> str:
    """The call's own currency, for a bare "$" or an amount with only a scale word."""
    sample = " ".join(p.text for turn in t.turns[:12] for p in turn.paragraphs)[:60000]
    counts = {
        "USD": sample.count("$") - sample.count("C$") - sample.count("A$"),
        "CAD": sample.count("C$") + sample.count("CAD"),
        "AUD": sample.count("A$") + sample.count("AUD"),
        "EUR": sample.count("€") + sample.count("EUR") + sample.count(" euro"),
        "GBP": sample.count("£") + sample.count("GBP"),
        "INR": sample.count("₹") + sample.count("crore") + sample.count("Rs"),
    }
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] > 0 else "USD"


_THE_BEFORE = re.compile(r"\b(?:the|that|this)\s+$", re.I)
"""A definite article before an amount points back at one named earlier ("the EUR 500 million")."""


def _money_or_range(f: Fact) -> bool:
    return f.low is not None or (f.unit is not None and len(f.unit) == 3 and f.unit.isupper())
