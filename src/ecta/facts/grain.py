"""The span a quarterly call reports its results over, decided once per call (`reporting_grain`).

A second-quarter call of a company that reports by half years (a Japanese or European company's "first half" call that is
also its second quarter), or a fourth-quarter call that is in truth the full year's results, names the longer span far more
often than the quarter: its figures that name no period are that span's, not the quarter's."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up

from ..model import ParagraphKind, Period, Role, Section
from . import periods as P
from .sentences import split_sentences

_AHEAD = re.compile(r"\b(?:expect\w*|guid\w*|outlook|forecast\w*|anticipat\w*|will|should|plan(?:s|ned)?\s+to|target\w*|project\w*|assum\w*|aim\w*|"
                    r"next\s+year|going\s+forward)\b", re.I)
"""A sentence that looks ahead: its periods are the outlook's, not the ones the results are told over."""
_NOT_OWN = ("year_ago", "prev_q", "same_q", "same_span", "q_last_year", "h_last_year", "ytd_last_year", "month", "span",
            "n_years_ago", "next_q", "next_y", "next_n_years", "qtd", "rest_y", "q_poss")
_DIGIT = re.compile(r"\d")
"""A figure's digit: one search, where a test of every character was most of the count's cost."""
_LEAST = 6
"""Results named over the longer span at least this often..."""
_TIMES = 4
"""... and this many times as often as over the quarter: the call's grain is the span."""


def reporting_grain(transcript, splits: dict | None = None) -> Period | None:
    """The span a second- to fourth-quarter call reports its results over when the prepared remarks name it far more
    often than the quarter (the first half in a second-quarter call, the nine months in a third-quarter one, the
    year in a fourth-quarter one), else None (the call reports its quarter, as most do). Counted over the company's
    prepared sentences that hold a figure and do not look ahead, the periods they name of the call's own year; a
    base ("up from the first half of last year") or an outlook's period is none of them. A call with no prepared
    remarks marked is counted over all the company's sentences. Paragraphs are split into `splits` (text -> sentences),
    which the reading that follows takes its splits from, so that no paragraph is split twice."""
    meta = transcript.meta
    fy, fq = meta.fiscal_year, meta.fiscal_quarter
    if not fy or fq not in (2, 3, 4):
        return None
    from .dating import comparison_cue  # here: dating imports this module's users, and only a quarterly call needs it

    span = P.label(fy, half=1) if fq == 2 else P.label(fy, 3, ytd=True) if fq == 3 else P.label(fy)
    quarter = P.call_period(fy, fq)
    turns = [t for t in transcript.turns if t.speaker.role is Role.CORPORATE]
    prepared = [t for t in turns if t.section is Section.PRESENTATION]
    counts = {span.label: 0, quarter.label: 0}
    for turn in prepared or turns:
        for para in turn.paragraphs:
            if para.kind is not ParagraphKind.SPEECH or not _DIGIT.search(para.text):
                continue
            sentences = None if splits is None else splits.get(para.text)
            if sentences is None:
                sentences = split_sentences(para.text)
                if splits is not None:
                    splits[para.text] = sentences
            for _, s in sentences:
                if not _DIGIT.search(s) or _AHEAD.search(s):
                    continue
                for c in P.find_cues(s):
                    if c.rel in _NOT_OWN or comparison_cue(s, c):
                        continue
                    period = P.resolve(c, fy, fq, False, meta.fiscal_half)
                    if period is not None and period.label in counts:
                        counts[period.label] += 1
    if counts[span.label] >= _LEAST and counts[span.label] >= _TIMES * counts[quarter.label]:
        return span
    return None
