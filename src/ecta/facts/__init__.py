"""Financial facts from a transcript: `extract_facts(transcript)`; the contract is docs/facts.md."""

from __future__ import annotations

from .. import stored_re as re  # re, with its patterns built from stored engine code: start-up
import os
from bisect import bisect_right
from decimal import Decimal

from ..model import Fact, FactKind, Paragraph, ParagraphKind, Role, Section, Transcript
from .context import PAST, call_level_currency, call_level_statement
from .currencies import main_currency
from . import periods as P
from .taxonomy import segment_names
from .extract import extract_sentence, question_outlook
from .corrections import corrects, fixing_turns, misstated, same_thing, take_back
from .nonfacts import worth_reading
from .sentences import split_sentences
from .arbiter import arbitrate
from .lenders import lenders_margin
from .state import Context
from .carry import Carry
from .grain import reporting_grain
from ..months import MONTH_ALT, month_number
from .guard import plain_members
from ..fiscal_words import FISCAL

__all__ = ["Context", "extract_facts", "extract_sentence"]

# members read as plain attributes, not through the enum classes' slow attribute hook (see guard.plain_members)
FactKind, ParagraphKind, Role, Section = (plain_members(e) for e in (FactKind, ParagraphKind, Role, Section))

_STRICT = bool(os.environ.get("ECTA_STRICT"))
"""Set by the test suite, so that a sentence the rules fail on fails a test instead of being skipped."""

_BASIS_TURNS = 6
"""A call-level basis statement comes in the opening remarks; later mentions are about one figure."""


def extract_facts(transcript: Transcript) -> list[Fact]:
    """One Fact per stated figure (and per guided direction) in the order spoken."""
    meta = transcript.meta
    P.forget_cues()
    opening = [p.text for t in transcript.turns[:_BASIS_TURNS] for p in t.paragraphs if p.kind is ParagraphKind.SPEECH]
    statement = call_level_statement(opening)
    basis, scope = statement if statement else (None, None)
    currency = call_level_currency(opening) or _currency(transcript)
    half = meta.fiscal_half
    call_month = meta.event_date.month if meta.event_date else None
    quarter_end = _quarter_end(opening, meta.fiscal_quarter, call_month)
    segments = segment_names((p.text for t in transcript.turns for p in t.paragraphs if p.kind is ParagraphKind.SPEECH), meta.company)
    facts: list[Fact] = []
    splits: dict[str, list[tuple[int, str]]] = {}  # each paragraph is split once: the layout sample reuses its splits
    sentence_file = _one_sentence_paragraphs(transcript, splits)
    grain = reporting_grain(transcript, splits)
    question, asked = "", (False, None, None)
    numeric: dict[str, bool] = {}  # each paragraph's figure test, made once (see nonfacts.worth_reading)
    ranges: dict = {}  # Context.ranges
    for turn in transcript.turns:
        if turn.speaker.role is Role.OPERATOR:
            continue
        if turn.section is Section.QA and turn.speaker.role is Role.ANALYST:
            question, asked = " ".join(p.text for p in turn.paragraphs if p.kind is ParagraphKind.SPEECH), None
        answering = turn.section is Section.QA and turn.speaker.role is not Role.ANALYST
        if answering and asked is None:
            # read the question only for an answer that states figures
            if not any(worth_reading(p.text, Role.ANALYST, numeric) for p in turn.paragraphs):
                answering = False
            else:
                asked = question_outlook(question, Context(fiscal_year=meta.fiscal_year, fiscal_quarter=meta.fiscal_quarter,
                                                           fiscal_half=half), metric=False)
        if asked is None:
            answering = False
        ctx = Context(fiscal_year=meta.fiscal_year, fiscal_quarter=meta.fiscal_quarter, fiscal_half=half, grain=grain,
                      section=turn.section,
                      role=turn.speaker.role, basis=basis, basis_scope=scope, currency=currency, speaker=turn.speaker.id, turn=turn.index,
                      segments=segments, asked_outlook=answering and asked[0], asked_period=asked[1] if answering else None,
                      question=question if answering else "", quarter_end=quarter_end, call_month=call_month, ranges=ranges,
                      call_day=meta.event_date.day if meta.event_date else None, call_year=meta.event_date.year if meta.event_date else None)
        carry = Carry(ctx, sentence_file, segments)
        for para in turn.paragraphs:
            if para.kind is not ParagraphKind.SPEECH:
                continue
            text = para.text
            if not worth_reading(text, ctx.role, numeric):
                carry.figure_free(text, facts)
                continue
            state = carry.opening(text, facts, para.word_lines)
            before = len(facts)
            span = max(para.line_end - para.line_start, 0)
            multiline = "\n" in text
            starts = None  # each word's start, once per paragraph that yields facts: they find their word by bisection
            sentences = splits.pop(text, None)
            for offset, sentence in sentences if sentences is not None else split_sentences(text):
                if multiline:
                    line = para.line_start + text.count("\n", 0, offset)
                elif span:
                    line = para.line_start + round(span * offset / max(len(text), 1))
                else:
                    line = para.line_start
                try:
                    found = extract_sentence(sentence, ctx, line=line, state=state, page=para.page)
                except Exception as e:  # one unforeseen sentence must not cost the reader the whole call
                    if _STRICT:
                        raise
                    import logging  # only here: importing it costs every process a few milliseconds

                    logging.getLogger("ecta").warning("ecta: no facts read from the sentence at line %d (%s: %s)", line, type(e).__name__, e)
                    found = []
                if found and (multiline or para.word_lines):
                    if starts is None and para.word_lines:
                        starts = [m.start() for m in _WORD.finditer(text)]
                    found = _own_lines(found, para, offset, sentence, starts)
                facts += found
                for f in found:
                    # a count in millions ("2.1 million to 2.3 million tonnes") is recalled without its noun as a rate is, and
                    # so is one in grouped thousands ("215,000 to 225,000 barrels a day"): neither pair comes back by chance
                    if (f.low is not None and f.high is not None and (f.unit in ("%", "bps", "x") or f.unit == "count"
                                                                      and (f.high >= 1000000 or f.low >= 10000 and "," in f.text))
                            and _FIGURE_TOKEN.search(f.text)):
                        ranges[(f.low, f.high)] = (f.unit, f.metric, f.phrase)
                    elif f.unit == "count" and f.value is not None and f.value >= 1000000 and f.change is None and f.metric != "other":
                        ranges[(f.value, None)] = (f.unit, f.metric, f.phrase)  # "1.4 million tonnes", later "the 1.4 million"
            carry.read(text, facts, before)
    qa_turns = {t.index for t in transcript.turns if t.section is Section.QA}
    if fixing := fixing_turns(transcript.turns):
        facts = take_back(facts, fixing)
    if any(corrects(s) for s in {f.sentence: None for f in facts}):  # each sentence once: it holds several facts
        facts = misstated(facts)
    facts = _echoes(facts, {p.id for p in transcript.participants if p.role is Role.ANALYST}, qa_turns)
    facts = lenders_margin(facts)
    return arbitrate(transcript, facts)


def _one_sentence_paragraphs(transcript: Transcript, splits: dict[str, list[tuple[int, str]]]) -> bool:
    """Does the source hold one sentence a line (ECTSum, MAEC), so that its paragraphs are sentences, not paragraphs?
    The sample's splits are left in `splits` for the reading that follows."""
    paras = [p.text for t in transcript.turns for p in t.paragraphs if p.kind is ParagraphKind.SPEECH]
    if len(paras) < 20:
        return False
    paras = paras[:60]  # a sample decides: the layout is the same throughout
    for text in paras:
        splits[text] = split_sentences(text)
    single = sum(1 for text in paras if len(splits[text]) == 1)
    return single >= 0.9 * len(paras)


_FIGURE_TOKEN = re.compile(r"\S*\d")
_BAND_WORD = re.compile(r"(?:low|mid|high|upper)(?:\s+to\s+(?:mid|high|upper))?\s+\d", re.I)
""""low 40s", "high 20s": the band word is the figure's first token, as in "low single digits" (no hedge to skip)."""
_WORD = re.compile(r"\S+")
_QUAL_HEDGE = re.compile(r"(?:(?:roughly|about|approximately|broadly|around|essentially|largely|fairly|relatively|somewhat|slightly|"
                         r"a\s+little|a\s+bit|more\s+or\s+less)\s+)+(?=[a-z])", re.I)
""""roughly flat", "broadly stable": the hedge before a way said without a figure, skipped to the way itself."""


def _own_lines(facts: list[Fact], para: Paragraph, offset: int, sentence: str, starts: list[int] | None) -> list[Fact]:
    """Each fact at the source line of its own figure (the first token with a digit), not its sentence's:
    the line (and, over a PDF page break, the page) of its word where the parser kept each word's line
    (`Paragraph.word_lines`, whose words start at `starts`), else the line within a multi-line paragraph."""
    out = []
    cursor = 0
    for f in facts:
        pos = _own_place(sentence, f.text, cursor) if f.text else -1
        if pos < 0:
            out.append(f)
            continue
        cursor = pos
        # "flat to down 1%" starts at "flat"; "about $412 million" at its figure
        digit = None if f.text[:4].lower() == "flat" or _BAND_WORD.match(f.text) else _FIGURE_TOKEN.search(f.text)
        skip = digit.start() if digit else 0
        if digit is None and f.value is None and f.low is None and f.high is None and (hedge := _QUAL_HEDGE.match(f.text)):
            skip = hedge.end()  # "roughly flat" at its way, as "about $412 million" is at its figure
        at = offset + pos + skip
        page = f.page
        if para.word_lines and starts:
            word = min(max(bisect_right(starts, at) - 1, 0), len(para.word_lines) - 1)
            line = para.word_lines[word]
            if para.word_pages:
                page = para.word_pages[word]
        else:
            line = para.line_start + para.text.count("\n", 0, at)
        out.append(f if (line, page) == (f.line, f.page) else f.model_copy(update={"line": line, "page": page}))
    return out


def _figure_starts(sentence: str, text: str, start: int = 0):
    """Where the fact's text starts as a figure of its own: "4%" after "up 14%" is not the tail of "14%"."""
    pos = sentence.find(text, start)
    while pos >= 0:
        if not (pos > 0 and text[:1].isdigit() and (sentence[pos - 1].isalnum() or sentence[pos - 1] in ".,")):
            yield pos
        pos = sentence.find(text, pos + 1)


def _own_place(sentence: str, text: str, cursor: int) -> int:
    return next(_figure_starts(sentence, text, cursor), sentence.find(text, cursor))


def _echoes(facts: list[Fact], analysts: set[str], qa_turns: set[int]) -> list[Fact]:
    """An analyst quoting a figure management gave earlier ("does the $150 to $170 million assume...") quotes
    that fact: same metric, kind, period and basis, not a new estimate."""
    said: dict[tuple, Fact] = {}
    said_before: dict[tuple, list[Fact]] = {}  # every figure of that size management gave, oldest first
    moved: dict[tuple, Fact] = {}  # the moves among them: an analyst's move echoes a move
    planned: dict[tuple, Fact] = {}  # management's outlooks and goals among them
    asked: dict[tuple, Fact] = {}
    reported: list[Fact] = []  # management's results said with decimals, which an analyst may round
    guided: list[Fact] = []  # management's outlook ranges, whose midpoint an analyst may name
    asked_turn = None
    quoted: Fact | None = None
    out = []
    for f in facts:
        # a band said in words ("high single digits") is not the same statement as the digits it spans ("7% to 9%")
        key = (f.value, f.low, f.high, f.unit, f.low is not None and not _FIGURE_TOKEN.search(f.text or ""))
        if (f.value is not None and f.value > 0 and key not in said and (-f.value, None, None, f.unit, False) in said and _money_or_range(f)
                and _refers_back(f, said[(-f.value, None, None, f.unit, False)])):
            # "the $38 million" after "a negative profit adjustment of $38 million": the same loss, with its sign
            f = f.model_copy(update={"value": -f.value})
            key = (f.value, f.low, f.high, f.unit, False)
        if f.speaker in analysts:
            if f.turn != asked_turn:
                asked, asked_turn, quoted = {}, f.turn, None
            elif quoted is not None and _estimate_of_quoted(f, quoted):
                # "On the production guide of 800,000 to 860,000 ounces ... The Street is at 845,000": the guide's period
                # (and its measure, where the Street's number names none: "compares with Street numbers closer to $4.9 billion")
                f = f.model_copy(update={"period": quoted.period, "metric": quoted.metric, "phrase": quoted.phrase})
            if f.metric != "other":
                asked[key] = f
            earlier = said.get(key)
            if earlier is None and f.kind is FactKind.ESTIMATE:
                earlier = _rounded_from(f, reported) or _midpoint_of(f, guided)
            if (earlier is not None and earlier.change is None and f.change is not None and key in moved
                    and moved[key].metric != "other" and same_thing(f.metric, moved[key].metric)):
                earlier = moved[key]  # "the digital business, up 26%": the 26% growth said before, not a 26% tax rate said since
            if earlier is not None and not same_thing(f.metric, earlier.metric):
                # "Volumes grew 1%" then "sales 1% above last year": the question's "volume growth of 1%" echoes the
                # one of its own measure, not the last figure of that size; "Foodservice was up 4% organically" is
                # not the capex guide of 4% said before
                earlier = _latest_of_measure(said_before.get(key, ()), f.metric)
            elif earlier is not None and f.kind is FactKind.ESTIMATE and f.low is None and (
                    f.unit == "%" or f.period != earlier.period and earlier.kind is FactKind.ACTUAL) and (street := _STREET.search(
                    f.sentence, max(0, f.sentence.find(f.text) - 100), max(f.sentence.find(f.text), 0))) and not _SO_AND.search(
                    f.sentence, street.end(), max(f.sentence.find(f.text), 0)):
                # "Consensus has bookings at $7.9 billion, which is roughly 8% growth": the Street's, not a reported 8%; and
                # "consensus for the year was around $3.05 billion" is no nine months' amount of that size said before
                earlier = None
            elif earlier is not None and f.kind is FactKind.ESTIMATE and "if" in f.sentence and _what_if(f):
                earlier = None  # "if it's $4 million a quarter, that's $16 million for the year": the analyst's own sum, not a figure said before
            elif earlier is not None and earlier.kind in (FactKind.GUIDANCE, FactKind.TARGET) and _done_restated(f):
                # "You said wages were up about 4%": what was done, not the guide of the same figure (a bare "margin" is
                # the one the guide named, though)
                if f.metric != "other" and earlier.metric != f.metric and earlier.metric.endswith("_" + f.metric):
                    f = f.model_copy(update={"metric": earlier.metric, "phrase": earlier.phrase, "basis": earlier.basis})
                earlier = None
            elif (earlier is not None and earlier.kind is FactKind.ACTUAL and f.kind in (FactKind.GUIDANCE, FactKind.TARGET)
                  and f.period is not None and f.period != earlier.period and _period_ahead_after(f)):
                earlier = None  # "so the guide is $2 billion for the first quarter": the guide, not a level of that size reached before
            kin = False  # matched only as a kin measure of the same period: the analyst's name for it may be the narrower one
            if earlier is not None and f.unit is not None and (
                    f.low is not None or f.unit not in ("%", "bps", "days") or earlier.kind is not FactKind.ACTUAL
                    or earlier.metric == f.metric or f.metric == "other" or "." in f.text
                    or (kin := _one_measure(earlier.metric, f.metric) and f.period == earlier.period)):
                f = f.model_copy(update={"metric": _kin_name(f.metric, earlier.metric) if kin else earlier.metric, "kind": earlier.kind,
                                         "basis": earlier.basis, "change": earlier.change,
                                         "period": f.period if _own_period(f, earlier) else earlier.period})
                if f.low is not None and f.high is not None and f.kind is FactKind.GUIDANCE:
                    quoted = f
        else:
            earlier = said.get(key)
            if (earlier is not None and f.kind is FactKind.ACTUAL and key in planned
                    and f.unit is not None and _goal_echo(f, planned[key])
                    and _THE_BEFORE.search(f.sentence[:max(f.sentence.find(f.text), 0)]) and not PAST.search(f.sentence)
                    and not _REACHED_NOW.search(f.sentence) and not P.find_cues(f.sentence)):
                # "so that gets us to the $9 billion": the goal named before, said again in the present with no
                # period of its own, is that goal as first given, not a level of that size said since (which may itself
                # be the goal misread)
                earlier = planned[key]
            repeated_range = (earlier is not None and f.low is not None and earlier.kind is not FactKind.ACTUAL
                              and f.turn in qa_turns and any(ch.isdigit() for ch in f.text) and same_thing(f.metric, earlier.metric)
                              and not _year_of_its_own(f, earlier)
                              # (a goal said with the same range as a year's outlook, "that is our medium-term view", is its own)
                              and not (f.kind is FactKind.TARGET and earlier.kind is FactKind.GUIDANCE))
            pointed = earlier is not None and f.unit is not None and bool(_THE_BEFORE.search(f.sentence[:max(f.sentence.find(f.text), 0)]))
            if (pointed and not repeated_range and f.metric == "other" and not _FIGURE_TOKEN.search(f.text or "")
                    and _BAND_IDIOM.search(f.sentence[:max(f.sentence.find(f.text), 0)])
                    and not _NAMED_AFTER.match(f.sentence, max(f.sentence.find(f.text), 0) + len(f.text))):
                # "up in the mid-teens": a band said anew, of the measure named with it before; its period and kind are its own
                f = f.model_copy(update={"metric": earlier.metric, "phrase": earlier.phrase})
            elif repeated_range or (pointed and f.metric == "other" and _money_or_range(f)) or (
                    # "The 100 basis points is a floor we are comfortable with": the outlook named before, said again as the subject
                    pointed and f.unit in ("%", "bps") and f.kind is FactKind.ACTUAL and earlier.kind in (FactKind.GUIDANCE, FactKind.TARGET)
                    and f.turn in qa_turns and (f.metric == "other" or same_thing(f.metric, earlier.metric))
                    and _THE_LEAD.fullmatch(f.sentence, 0, max(f.sentence.find(f.text), 0)) and not PAST.search(f.sentence)):
                # "The EUR 500 million is a floor": the amount named before, said again without its metric; a period said
                # with it ("this range of 61% to 62% for the full year") is its own
                # ("to keep growing in the high single digits next year" after the quarter's band: the year it names)
                own = (repeated_range or pointed) and _own_period(f, earlier)
                f = f.model_copy(update={"metric": earlier.metric, "kind": earlier.kind, "period": f.period if own else earlier.period,
                                         "basis": earlier.basis, "change": earlier.change})
            elif (pointed and earlier.kind is FactKind.TARGET and f.kind in (FactKind.GUIDANCE, FactKind.ACTUAL) and _money_or_range(f)
                  and f.period == earlier.period and f.period is not None):
                # "the $13.50 for 2028 is well within reach" after a goal of $13.50 by 2028: that goal, said again
                f = f.model_copy(update={"metric": earlier.metric, "phrase": earlier.phrase, "kind": FactKind.TARGET})
            elif (earlier is not None and f.kind is FactKind.GUIDANCE and earlier.kind is FactKind.GUIDANCE and earlier.metric == f.metric
                  and f.period != earlier.period and f.value is not None
                  and _GUIDE_OF.search(f.sentence, 0, max(f.sentence.find(f.text), 0))):
                f = f.model_copy(update={"period": earlier.period})  # "The opex guide of around $515 million ...": that guide's period
            elif (f.kind is FactKind.ACTUAL and (goal := planned.get(key)) is not None and f.unit is not None
                  and _goal_echo(f, goal)
                  and _THE_BEFORE.search(f.sentence[:max(f.sentence.find(f.text), 0)]) and not PAST.search(f.sentence)
                  and not _REACHED_NOW.search(f.sentence) and not P.find_cues(f.sentence)):
                # "so that gets us to the $9 billion", "we can phase the spending of the $6 billion in synergies": the
                # goal named before, said again in the present with no period of its own, is that goal, not a level reached
                f = f.model_copy(update={"metric": goal.metric, "phrase": goal.phrase, "kind": goal.kind, "period": goal.period,
                                         "basis": goal.basis, "change": goal.change})
            elif ((ref := earlier if earlier is not None else asked.get(key)) is not None and f.unit is not None
                  and (_money_or_range(f) or f.unit == "%" and f.metric != "other" and same_thing(f.metric, ref.metric))
                  and (f.kind in (FactKind.PRIOR_GUIDANCE, FactKind.GUIDANCE) or f.kind is FactKind.ACTUAL and not PAST.search(f.sentence))
                  and (_THE_BEFORE.search(lead := f.sentence[:max(f.sentence.find(f.text), 0)]) or _PLAN_OF.search(lead))
                  and _year_echo(f, ref)):
                # "your plan had EUR 2.8 billion of parts sales in 2027?" "Yes, the EUR 2.8 billion still holds, as we said in
                # January": that year's figure said again, not one of the quarter just reported
                f = f.model_copy(update={"period": ref.period, "metric": ref.metric if f.metric == "other" else f.metric,
                                         "phrase": ref.phrase if f.metric == "other" else f.phrase,
                                         "kind": ref.kind if f.kind is FactKind.ACTUAL else f.kind})
            if f.metric == "other" and key in asked and f.unit is not None:
                # "... assumes the same 21% tax rate?" "About 21% for the first quarter": the figure the question named
                f = f.model_copy(update={"metric": asked[key].metric, "phrase": asked[key].phrase})
            if f.value is not None or f.low is not None:
                said[key] = f
                said_before.setdefault(key, []).append(f)
                if f.kind is FactKind.ACTUAL and f.low is None and f.value is not None and f.value.as_tuple().exponent < 0:
                    reported.append(f)
                if f.kind in (FactKind.GUIDANCE, FactKind.TARGET) and f.low is not None and f.high is not None:
                    guided.append(f)
                if f.kind in (FactKind.GUIDANCE, FactKind.TARGET) and f.change is None:
                    planned.setdefault(key, f)
                if f.change is not None:
                    moved[key] = f
                if f.low is not None and f.high is not None and _TOLERANCE.search(f.text):
                    said[((f.low + f.high) / 2, None, None, f.unit, False)] = f  # "62%, plus or minus 50 basis points" is 62% too
        out.append(f)
    return out


def _rounded_from(f: Fact, reported: list[Fact]) -> Fact | None:
    """The result management gave with decimals that an analyst's figure rounds ("book value up almost 16%" after "grew
    15.6% over the last year", "whether the $118 is sustainable" after "$118.40 a visitor"): same measure, unit, move and
    period."""
    if (f.value is None or f.low is not None or f.unit is None or (places := -min(f.value.as_tuple().exponent, 0)) >= 2
            or _owns_model(f.sentence)):
        return None
    half = Decimal(1).scaleb(-places) / 2
    for e in reversed(reported):
        if (e.unit == f.unit and e.period == f.period and e.change == f.change and e.metric == f.metric
                and (e.metric != "other" or (e.phrase or "").lower() == (f.phrase or "").lower())
                and e.value.as_tuple().exponent < -places and abs(e.value - f.value) < half):
            return e
    return None


def _midpoint_of(f: Fact, guided: list[Fact]) -> Fact | None:
    """The outlook range management gave whose midpoint an analyst names ("is 40,000 units at the midpoint the right number",
    "the $1.50 midpoint of your range"): that outlook, not the analyst's own number."""
    if f.value is None or f.low is not None or "mid" not in f.sentence or (at := f.sentence.find(f.text)) < 0:
        return None
    if not _MIDPOINT_NEAR.search(f.sentence, max(0, at - 40), at + len(f.text) + 40):
        return None
    for g in reversed(guided):
        if (g.unit == f.unit and g.period == f.period and (g.low + g.high) / 2 == f.value
                and (f.metric == "other" or same_thing(f.metric, g.metric))):
            return g
    return None


_MIDPOINT_NEAR = re.compile(r"\bmid-?point\b", re.I)


_MODEL_WORDS = ("i had ", "i have ", "my model", "my number", "my estimate", "had you at", "have you at", "i'm at ", "i am at ")


def _owns_model(sentence: str) -> bool:
    """The analyst's own model ("On the take rate, I had you at 56 basis points"): a number near a result, not that result
    rounded."""
    low = sentence.lower()
    return any(w in low for w in _MODEL_WORDS)


def _one_measure(a: str, b: str) -> bool:
    """Metrics an analyst's percentage can restate management's under, said of the same period: a generic name of it
    ("On the timber business, down 11% in revenue" for the segment's revenue down 11%; "the margin slipped to 25%" for
    a business's gross margin of 25%). Two named kinds of margin (gross, operating) stay two measures; a period of the
    analyst's own ("For next year, I have revenue down about 12%") makes it the analyst's number."""
    if {a, b} <= _REVENUE_FAMILY:
        return True
    return "margin" in (a, b) and a.endswith("margin") and b.endswith("margin")


_REVENUE_FAMILY = frozenset({"revenue", "segment_revenue", "growth"})


def _kin_name(asked: str, said: str) -> str:
    """The metric of an analyst's restatement under a kin name: a segment's revenue is the segment's whichever side named
    the segment ("On the timber business, down 11% in revenue"; "Managed freight grew 14%" after "its revenue grew
    14%"); a margin keeps the analyst's name for it."""
    return "segment_revenue" if "segment_revenue" in (asked, said) else asked


def _latest_of_measure(facts, metric: str) -> Fact | None:
    """The last of the figures said before that can be one of `metric`."""
    return next((e for e in reversed(facts) if e.metric != "other" and same_thing(metric, e.metric)), None)


def _estimate_of_quoted(f: Fact, quoted: Fact) -> bool:
    """The analyst's own number for the guided figure just quoted: same metric and unit, near the guided range."""
    return (f.kind is FactKind.ESTIMATE and f.value is not None and f.value > 0 and f.metric in (quoted.metric, "other")
            and f.unit == quoted.unit and f.change is None and quoted.change is None and f.period != quoted.period
            and quoted.low is not None and quoted.high is not None and quoted.low > 0
            and quoted.low * Decimal("0.8") <= f.value <= quoted.high * Decimal("1.25")
            # "the full-year range implies something like 10.8% in the fourth quarter", "the Street is at $9 billion for 2027
            # sales": the period it names is its own
            and not (f.period is not None and f.text and (at := f.sentence.find(f.text)) >= 0
                     and _PERIOD_NAMED_AFTER.match(f.sentence, at + len(f.text))))


_PERIOD_NAMED_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:in|for)\s+(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q[1-4]|"
                                 r"(?:fiscal\s+(?:year\s+)?)?20\d\d|FY\s*'?\d\d(?:\d\d)?)\b", re.I)


_QUARTER_ENDED = re.compile(r"\b(?:quarter|three\s+months|six\s+months|half[-\s]year|period)(?:\s+and\s+(?:the\s+)?(?:half[-\s]year|(?:first\s+)?half|nine\s+months|(?:full\s+)?year))?,?\s+(?:(?:that|which)\s+)?(?:end(?:ed|ing)\s+(?:on\s+)?|covers\s+\w+\s+(?:through|to)\s+)"
                            rf"(?:[1-3]?\d(?:st|nd|rd|th)?\s+)?({MONTH_ALT})\b", re.I)
"""(and a half-year call's "the six months ended 31 December 2026": the month its half closes)"""
_WEEKS_ENDED = re.compile(rf"\b(?:twelve|thirteen|fourteen|sixteen|1[2346])[-\s]weeks?,?\s+(?:(?:that|which)\s+)?end(?:ed|ing)\s+(?:on\s+)?"
                          rf"(?:(?:Saturday|Sunday|Friday),?\s+)?({MONTH_ALT})\s+(\d{{1,2}})\b", re.I)
"""A retail quarter said in weeks ("the thirteen weeks ended August 1, 2026"): one ended in a month's first week is the
month before's."""
_MONTH_CLOSED = re.compile(rf"\b(?:(?:at|as\s+of|by)\s+the\s+end\s+of|we\s+(?:closed|ended|finished|exited))\s+({MONTH_ALT})\b(?!\s+\d{{4}})", re.I)
_YEAR_ENDS = re.compile(rf"\b{FISCAL}\s+year\s+(?:ends|ended|ending)\s+(?:on\s+)?(?:in\s+)?({MONTH_ALT})\b", re.I)


def _quarter_end(opening: list[str], fiscal_quarter: int | None = None, call_month: int | None = None) -> int | None:
    """The month the call's quarter ends, where the opening says it ("results for the quarter ended September 30", "the
    third quarter covers October through December"), or says when the fiscal year ends ("Our fiscal year ends March 31");
    in a call whose date is unknown, also a balance said at the end of the calendar quarter's last month ("occupancy was
    84% at the end of September" in a third-quarter call): then "In October, ..." is the quarter under way."""
    for text in opening:
        if "nded" in text or "nding" in text or "overs" in text:
            m = _QUARTER_ENDED.search(text)
            if m:
                return month_number(m.group(1))
            m = _WEEKS_ENDED.search(text) if "weeks" in text else None
            if m:
                month = month_number(m.group(1))
                return (month - 2) % 12 + 1 if int(m.group(2)) <= 7 else month
    if fiscal_quarter:
        for text in opening:
            m = _YEAR_ENDS.search(text) if "nds" in text or "nded" in text or "nding" in text else None
            if m:
                return (month_number(m.group(1)) - 1 - 3 * (4 - fiscal_quarter)) % 12 + 1
        if call_month is None:
            for text in opening:
                m = _MONTH_CLOSED.search(text) if ("end of" in text or "losed" in text or "nded" in text or "inished" in text or "xited" in text) else None
                if m and month_number(m.group(1)) == 3 * fiscal_quarter:
                    return 3 * fiscal_quarter
    return None


def _currency(t: Transcript) -> str:
    """The currency most of the opening's amounts are in, for a call that does not say (`call_level_currency`)."""
    return main_currency(" ".join(p.text for turn in t.turns[:12] for p in turn.paragraphs)[:60000])


_GUIDE_OF = re.compile(r"\b(?:guide|guidance|outlook|forecast)\s+(?:of|at)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+)?$", re.I)
_TOLERANCE = re.compile(r"plus\s+or\s+minus|give\s+or\s+take|\+/|±", re.I)
_WHAT_IF = re.compile(r"\b(?:if|suppose|say)\s+(?:it's|it\s+is|it\s+were|that's|that\s+is)\s+(?:[^.?;]{0,60}?,\s+(?:so\s+|then\s+)?(?:that's|that\s+is|that\s+would\s+be)\s+)?"
                      r"(?:about\s+|roughly\s+|around\s+|like\s+)?$", re.I)


def _what_if(f: Fact) -> bool:
    """A figure the analyst supposes ("if it's $4 million a quarter") or works out from that supposition ("..., that's $16
    million for the year"): their own arithmetic, even when it matches a figure said before."""
    at = max(f.sentence.find(f.text), 0)
    return bool(_WHAT_IF.search(f.sentence, max(0, at - 110), at))


_STREET = re.compile(r"\b(?:consensus|the\s+street|street's|I\s+ha(?:ve|d)\s+you|my\s+(?:model|estimate|numbers?))\b", re.I)
_SO_AND = re.compile(r"[,;]\s+(?:so|and|but)\s", re.I)
_AHEAD_WORDS = re.compile(r"\b(?:will|would|should|could|expect\w*|guid\w*|outlook|forecast\w*|target\w*|goal|plan\w*|next|going\s+to|to\s+be|"
                          r"assum\w*|for\s+the\s+(?:full\s+)?year)\b|'ll\b", re.I)
_DONE_VERB = re.compile(r"\b(?:was|were|grew|rose|fell|increased|decreased|declined|came\s+in|ran|ended|averaged|reported|delivered|posted|did|made|earned|generated)"
                        r"\s+(?:(?:up|down|at|by|about|around|roughly|approximately|nearly|almost|just|over|under|another)\s+){0,3}$", re.I)


_RANGE_END = re.compile(r"\s+(?:to|and)\s+[$€£¥]?\d")


def _places(s: str, text: str, start: int) -> list[int]:
    out = []
    while (j := s.find(text, start)) >= 0:
        out.append(j)
        start = j + 1
    return out


def _done_restated(f: Fact) -> bool:
    """An analyst's figure right after a past verb, with nothing looking ahead in its clause ("You said wages were up about
    4%"): a result restated, whatever outlook of the same size was given before ("you had mentioned 15% to 20%" recalls one)."""
    # (a range's low end said the same, "13% this quarter, and the guide is 13% to 13.5%", is another figure)
    places = [j for j in _places(f.sentence, f.text, 0) if not _RANGE_END.match(f.sentence, j + len(f.text))]
    if len(places) != 1:
        return False  # the figure said twice: which one this is is not known here
    at = places[0]
    start = max(0, f.sentence.rfind(",", 0, at) + 1, f.sentence.rfind(";", 0, at) + 1)
    end = min((i for i in (f.sentence.find(",", at), f.sentence.find(";", at)) if i >= 0), default=len(f.sentence))
    return _DONE_VERB.search(f.sentence, max(start, at - 40), at) is not None and _AHEAD_WORDS.search(f.sentence, start, end) is None


_THE_LEAD = re.compile(r"\W*(?:(?:and|so|but|yes|no|well)\W+)?(?:the|that|this)\s+", re.I)
_THE_BEFORE = re.compile(r"\b(?:the|that|this)\s+$", re.I)
"""A definite article before an amount points back at one named earlier ("the EUR 500 million")."""
_REACHED_NOW = re.compile(r"\b(?:now|today|already|so\s+far|to\s+date|currently|achieved|reached|delivered)\b", re.I)
"""A goal's figure said with these words is a level reached, not the goal said again."""
_BAND_IDIOM = re.compile(r"\b(?:in|to|into|at|around|within|near|toward|towards)\s+the\s+$", re.I)
""""up in the mid-teens", "to the low 20s": the article of a word band said anew, not a pointer to one said before."""
_NAMED_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:assumptions?|guid\w*|ranges?|outlook|targets?|plan|forecast|number|figure)\b", re.I)
""""it is in the mid-teens growth assumption": the band named as the outlook given before, a pointer after all."""


_OWN_PERIOD_CHARS = 45


def _own_period(f: Fact, earlier: Fact) -> bool:
    """Does a full year follow the figure, before any other figure ("this range of 61% to 62% for the full year", "the 3%
    to 5% guided range for fiscal 2026"), where the guide it echoes was a quarter's? The echo then keeps its year."""
    at = f.sentence.find(f.text)
    p = f.period
    if (p is not None and p.quarter is not None and earlier.period is not None and earlier.period.quarter is not None
            and (p.fiscal_year, p.quarter) < (earlier.period.fiscal_year, earlier.period.quarter) and "last quarter" in f.sentence.lower()):
        for start in _figure_starts(f.sentence, f.text):  # ("2%" also sits inside "22%")
            lead = f.sentence[max(0, start - 40):start]
            if "last quarter" in lead.lower() and any(c.rel == "prev_q" for c in P.find_cues(lead)):
                return True  # "up 31% now; last quarter, a mere 3%": a quarter of its own, not the 3% said of this one before
    if (at < 0 or p is None or p.quarter is not None or p.half is not None or p.ytd or earlier.period is None
            or earlier.period.quarter is None or p.fiscal_year is None):
        return False
    after = f.sentence[at + len(f.text):at + len(f.text) + _OWN_PERIOD_CHARS]
    digit = _FIGURE_AFTER.search(after)
    after = after[:digit.start()] if digit else after
    return any(c.rel not in ("year_ago", "prev_q", "month") for c in P.find_cues(after))


def _year_of_its_own(f: Fact, earlier: Fact) -> bool:
    """"For fiscal 2027 we'd expect a similar number, around 55 to 60" after 55 to 60 guided for fiscal 2026: the same
    range for another year its own sentence names before it, not the earlier outlook said again."""
    p, at = f.period, f.sentence.find(f.text)
    if (at <= 0 or p is None or p.quarter is not None or p.half is not None or p.ytd or earlier.period is None
            or p.fiscal_year == earlier.period.fiscal_year):
        return False
    return any(c.year == p.fiscal_year and not c.quarter and not c.half for c in P.find_cues(f.sentence[:at]))


_FIGURE_AFTER = re.compile(r"[$€£¥]|\d+(?:\.\d+)?\s*%|\d[\d,.]*\s+(?:million|billion|thousand)")


_RECALLED = re.compile(r"\s+(?:that\s+)?(?:I|we)\s+(?:just\s+|already\s+)?(?:mentioned|said|noted|discussed|talked\s+about|referred\s+to|"
                       r"referenced|gave|flagged|called\s+out|highlighted)\b")


def _refers_back(f: Fact, earlier: Fact) -> bool:
    """Is a positive amount the negative one said before? "the $38 million" points back at it, and so does the same
    amount of the same metric; "$14 million higher than last year" or "$14 million of capex" after another line's loss of
    that size does not."""
    if f.metric == earlier.metric and f.metric != "other":
        return True
    if (earlier.change is not None and f.change is None and f.metric != "other" and f.text
            and not _RECALLED.match(f.sentence, max(f.sentence.find(f.text), 0) + len(f.text))):
        # "the $1.10 we paid a year ago" (a dividend) after a margin "$1.10 lower than in the second quarter": a level of
        # its own; a shortfall said again as one ("which is the $0.07 I mentioned") stays that shortfall
        return False
    return _THE_BEFORE.search(f.sentence[:max(f.sentence.find(f.text), 0)]) is not None


def _year_echo(f: Fact, ref: Fact) -> bool:
    """Is `f`, dated the quarter for want of period words of its own, the same figure as `ref`, given for a whole year
    as an outlook, goal or estimate? Words after it may say when it was given ("as we said in January")."""
    p, r = f.period, ref.period
    if (p is None or p.quarter is None or r is None or r.fiscal_year is None or r.quarter is not None or r.half is not None or r.ytd
            or ref.kind not in (FactKind.GUIDANCE, FactKind.TARGET, FactKind.PRIOR_GUIDANCE, FactKind.ESTIMATE)
            or not ("other" in (f.metric, ref.metric) or same_thing(f.metric, ref.metric))):
        return False
    at = f.sentence.find(f.text)
    end = at + len(f.text)
    return at >= 0 and all(c.start >= end and (c.rel in ("prev_q", "year_ago", "month") or _SAID_WHEN.search(f.sentence, end, c.start))
                           for c in P.find_cues(f.sentence))


_PLAN_OF = re.compile(r"\b(?:indication|guidance|guide|target|outlook|forecast|assumption|goal|plan|ambition)\s+of\s+"
                      r"(?:about\s+|around\s+|approximately\s+|roughly\s+)?$", re.I)
"""The outlook named before the figure ("As for the margin guide of 31%, ..."), as a definite article points back."""
_SAID_WHEN = re.compile(r"\b(?:talked|said|gave|given|mentioned|discussed|guided|told|communicated|provided|shared|laid\s+out)\b", re.I)
"""A period after the word for saying it dates the saying ("the figure we gave you at the March investor day"), not the figure."""


def _period_ahead_after(f: Fact) -> bool:
    """Is a period ahead named right after the figure ("$2 billion for the first quarter"), not the quarter just reported ("27.1% this
    quarter")?"""
    at = f.sentence.find(f.text)
    if at < 0:
        return False
    after = f.sentence[at + len(f.text):at + len(f.text) + 24]
    digit = _FIGURE_AFTER.search(after)
    after = after[:digit.start()] if digit else after
    return any(c.rel in (None, "next_q", "next_y") for c in P.find_cues(after))


def _goal_echo(f: Fact, goal: Fact) -> bool:
    """Can `f` be `goal` said again? An amount of no named measure can; a share or rate only with its measure named (a bare
    "10%" is too common a figure to be one goal)."""
    at = max(f.sentence.find(f.text), 0)
    if _IN_THE_RANGE.search(f.sentence, max(0, at - 8), at) or _RANGE_AFTER.match(f.sentence, at + len(f.text)):
        return False  # "roughly in the $300 million zone": a level put in a band said anew
    if _money_or_range(f):
        return same_thing(f.metric, goal.metric)
    return f.unit == "%" and "other" not in (f.metric, goal.metric) and same_thing(f.metric, goal.metric)


_IN_THE_RANGE = re.compile(r"\bin\s+the\s+$", re.I)
_RANGE_AFTER = re.compile(r"\s+(?:range|area|zone|ballpark)\b", re.I)


def _money_or_range(f: Fact) -> bool:
    return f.low is not None or (f.unit is not None and len(f.unit) == 3 and f.unit.isupper())
