"""A lender's bare margin. A bank speaks of its net interest margin as "the margin" once the measure is known ("we see
the margin roughly stable next quarter"); whether a call is a lender's is read from its own facts, at no cost of text:
net interest income said beside the loan book (an insurer's spread on annuity deposits makes no lender of it)."""

from __future__ import annotations

from ..model import Fact

# words that leave the margin the whole bank's; any other ("wealth margin", "pre-tax margin") names another margin
_WHOLE = frozenset({"the", "our", "its", "this", "that", "all-bank", "bank", "bank-wide", "total", "overall", "core", "reported", "consolidated"})
_LINKS = frozenset({"and", "or", "of", "in", "on", "to", "with", "see", "expect", "that", "as", "for", "our", "said", "think"})


def _bare(f: Fact) -> bool:
    """Is the margin said with no word that names another one, in the phrase or just before it ("the wealth margin")?"""
    words = f.phrase.lower().split()
    if not words or words[-1] not in ("margin", "margins") or not all(w in _WHOLE for w in words[:-1]):
        return False
    s = f.sentence or ""
    at = s.find(f.text) if f.text else -1
    i = s.rfind(f.phrase, 0, at) if at > 0 else -1
    i = i if i >= 0 else s.find(f.phrase)
    before = s[:i].split()[-1:] if i > 0 else []
    return not before or before[0].lower().strip(",;:") in _WHOLE or not before[0][:1].isalpha() or before[0].lower() in _LINKS


def lenders_margin(facts: list[Fact]) -> list[Fact]:
    metrics = {f.metric for f in facts}
    if not ("net_interest_income" in metrics and "loans" in metrics):
        return facts
    return [f.model_copy(update={"metric": "net_interest_margin"}) if f.metric == "margin" and _bare(f) else f
            for f in facts]
