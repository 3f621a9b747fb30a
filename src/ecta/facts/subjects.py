"""The subject of an outlook's way when the sentence names no metric for it: "we expect maintenance expense to decline
next year", "fee income should be roughly flat in the fourth quarter", "we think it can drift lower". The measure is
one the metric table has no name for (or a pronoun for one said before), and the way is still the company's outlook
of it. Only two strict frames are read, so a noun is taken as a subject only where the grammar says it is one: an
outlook verb with the subject and "to" ("expect X to ..."), or the subject opening its clause before a modal
("..., and X should be ..."). Not frames: hopes ("we'd like to see X grow"), a conditional "could" or "might", past
expectations ("we expected X to be lower"), and the company itself ("expect us to grow")."""

from __future__ import annotations

from .. import lazy_re as re
from .taxonomy import COUNT_METRICS

# A word of the subject: never a verb, a conjunction or the speaker, so the subject cannot reach across clauses.
_WORD = (r"(?!(?:to|be|been|is|are|was|were|will|would|should|could|can|may|might|we|I|you|us|our\s+own|and|or|but|as|if|"
         r"which|who|because|while|than|then|not|also|do|does|did|have|has|had|so|when|where|once|though|although|since|"
         r"expect\w*|think|see|believe|assum\w*|guid\w*|plan\w*)\b)[\w'’&/-]+")
_SUBJECT = rf"(?P<np>{_WORD}(?:\s+{_WORD}){{0,6}}?)"
_HOW = (r"(?:(?:be|stay|remain|keep|continue\s+to|come(?:\s+in)?|go|move|edge|tick|inch|drift|trend|get|end\s+up|turn)\s+)?"
        r"(?:(?:\w+ly|a\s+(?:bit|little|touch)|somewhat|even|still|again|much|far)\s+){0,2}")
_TO_FRAME = re.compile(rf"\b(?:expect|expects|expecting|see|sees|think|assume|assumes|assuming|anticipate|anticipates|model|forecast)\s+"
                       rf"{_SUBJECT}\s+to\s+{_HOW}$", re.I)
""""we expect maintenance expense to decline", "we'd expect leverage to drift a bit higher"."""
_MODAL_FRAME = re.compile(rf"(?:^|[,;:–—]\s*(?:(?:and|so|but|then)\s+)?|\b(?:that|think|believe)\s+"
                          rf"|^(?:in|for|during|over|through)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}(?:quarter|half|year|[QH][1-4]|20\d\d)\s+(?=(?:it|they)\s)){_SUBJECT}\s+"
                          rf"(?:should|will|can|may|['’]ll)\s+(?:(?:probably|likely|still|also|then|again|clearly|now)\s+){{0,2}}{_HOW}$", re.I)
""""Offshore intake should come in lower", "..., and fee income should be roughly flat": the subject opens its clause
(not "the need for cleaning and EnhancedClean will grow": a noun inside a list)."""
_PRONOUN_FRAME = re.compile(
    rf"\b(?:(?:see|sees|expect|expects|think\s+of)\s+(?P<obj>it|them)\s+(?:\w+ing\s+)?"
    rf"|(?:assum\w*|expect\w*|think|believe|guess)\s+(?:that\s+)?(?P<subj>it|they)(?:['’]re|['’]s|['’]ll\s+be|\s+(?:are|is|will\s+be|would\s+be|should\s+be))?\s+){_HOW}$", re.I)
""""we see them edging up next year", "we're assuming they're roughly flat", "we think it grows a little faster": the
measure said before, as the object of the view or the subject of what it holds (not "we'd model it lower": what a
listener models is as often their own line of the model as the measure said before)."""
_PRONOUNS = frozenset({"it", "they", "them"})
_PERIOD_SUBJECT = re.compile(r"(?:the\s+)?(?:(?:first|second|third|fourth|final|last|back|front)\s+(?:quarter|half)|[QH][1-4]|next\s+(?:quarter|year))", re.I)
_HEADS = {
    **dict.fromkeys(("shipments", "volumes", "volume", "output", "ounces", "visits", "deliveries", "production", "tons", "tonnes",
                     "demand", "attendance", "admissions", "signings"), "units"),
    **dict.fromkeys(("price", "prices", "pricing", "realization", "realisation"), "price"),
    **dict.fromkeys(("expense", "expenses"), "operating_expenses"),
    **dict.fromkeys(("category", "region", "segment", "division"), "segment_revenue"),
    **dict.fromkeys(("ratio", "rate", "rates", "share", "spread", "gain", "gains", "fees", "charge", "charges", "utilization",
                     "utilisation", "capacity", "repayments", "non-accruals", "occupancy", "contribution", "yield", "yields",
                     "cost", "costs", "leverage", "spending", "count", "margin", "distributions"), "other"),
}
"""The head nouns that name a measure though the table has no metric for the phrase: a count of goods, a price, an
expense, a part of the business said by its kind ("we expect the category to return to growth": the part's sales), or a ratio, rate or share the call tracks (`other`). Any other noun ("the machine will be down for five
months", "the tariffs to rise with inflation") is no measure the company reports, and its way is no fact."""
_BUILDING = frozenset({"development", "capital", "construction", "expansion", "extension", "growth", "project", "build-out"})
"""What spending builds: "development spending", "capital spending" is the company's capital expenditure; spending on
anything else ("technology spending") is a line the table has no name for."""
_AFTER_HEAD = re.compile(r"\s+(?:in|of|for|at|on|from|under|across|within|per)\b", re.I)
_LEAD_WORDS = frozenset({"the", "our", "its", "their", "a", "an", "some", "total", "overall"})


def unnamed_subject(s: str, at: int, held: str | None, held_phrase: str, moved: bool = False) -> tuple[int, int, str, str] | None:
    """(start, end, metric, subject) of the way at `at` when one of the two frames says it, else None. A pronoun or a
    period said as the subject ("we expect it to grow again", "the fourth quarter will be a bit lower") stands for the
    measure the paragraph was on (`held`, said as `held_phrase`)."""
    if " to " not in s and not ("should" in s or "will" in s or " can " in s or " may " in s or "ll " in s
                                or " it " in s or " them " in s or " they" in s):
        return None
    lo = max(0, at - 120)
    m = _TO_FRAME.search(s, lo, at) or _MODAL_FRAME.search(s, lo, at)
    if m is None and (" it " in s or " them " in s or " they" in s):
        p = _PRONOUN_FRAME.search(s, lo, at)
        if p is not None:
            if (p.group("obj") or p.group("subj")).lower() == "it" and (held == "bookings" or held in COUNT_METRICS):
                return None
            g = "obj" if p.group("obj") else "subj"
            return (p.start(g), p.end(g), held, held_phrase) if held and held_phrase not in ("", "other") else None
    if m is None:
        return None
    np = m.group("np")
    if s[at:at + 6].lower().startswith("expand"):
        return None  # "Mike will expand on that": only a margin expands, and the table names every margin
    if moved and held == "other" and held_phrase in ("", "other") and np.lower() == "it" and m.start("np") < 60:
        # "Property maintenance grew about 3%. We'd expect it to keep growing.": "it" right after a move of a line the
        # table has no name for (moved: the paragraph's last figure was its change) is that line, a part of the business
        # said by its name alone (a cost or a count has a head word the table names), so the part's sales
        return (m.start("np"), m.end("np"), "segment_revenue", "it")
    if np.lower() in _PRONOUNS or _PERIOD_SUBJECT.fullmatch(np):
        # a measure the paragraph named; not one it only gave a figure of ("other" with no words of its own), and "it"
        # not of orders or a count (after "orders were up 35%", "we expect it to keep growing" is as often the business)
        if np.lower() == "it" and (held == "bookings" or held in COUNT_METRICS):
            return None
        return (m.start("np"), m.end("np"), held, held_phrase) if held and held_phrase not in ("", "other") else None
    cut = _AFTER_HEAD.search(np)
    words = [w for w in (np[:cut.start()] if cut else np).split() if w.lower() not in _LEAD_WORDS]
    if not words:
        return None
    metric = _HEADS.get(words[-1].lower())
    if metric == "other" and words[-1].lower().startswith("spend") and len(words) > 1 and words[-2].lower().rsplit("-", 1)[-1] in _BUILDING:
        metric = "capex"
    if words[-1].lower() == "demand" and len(words) == 1:
        return None  # "we expect demand to soften": the market's, no measure of the company's; "box demand" is its goods'
    if metric is None and all(w[:1].isupper() and not w.isupper() or w.isupper() and len(w) > 1 for w in words) and m.start("np") > 0:
        metric = "segment_revenue"  # "we expect Commercial to grow again": a part of the business named, its sales
    return (m.start("np"), m.end("np"), metric, np) if metric else None
