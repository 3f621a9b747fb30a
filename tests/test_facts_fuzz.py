"""Property tests of the fact rules on sentences from an invented grammar of finance phrases.

Whatever a call says, `extract_sentence` returns facts and never raises, and each fact keeps the promises of
docs/facts.md: a range runs low to high, a value is not also a range, the figure's text is in its sentence, and a
fact of a whole call points to a line of the paragraph that says it. The grammar is our own wording (company,
segments and figures invented); bench/fuzz_pipeline.py hunts the same way over perturbed real calls.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecta.facts import Context, extract_facts, extract_sentence
from ecta.facts.state import State
from ecta.model import Meta, Paragraph, Participant, Role, Section, Transcript, Turn

SETTINGS = settings(deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])

LEADS = ["", "For the full year, ", "Looking ahead, ", "Over the long term, ", "Over the longer run, we think ", "In the third quarter, ", "On a non-GAAP basis, ",
         "At Tidewell Instruments, ", "Turning to Harbor Systems, ", "So ", "And just to be clear, ", "Year-to-date, ",
         "For fiscal 2027, ", "In October, ", "Compared with the prior year quarter, ", "Excluding the divestiture, "]
SUBJECTS = ["revenue", "gross margin", "adjusted EPS", "operating expenses", "free cash flow", "net income", "subscribers",
            "backlog", "the tax rate", "capex", "Harbor Systems sales", "organic growth", "the operating ratio", "net debt",
            "leverage", "the dividend", "same-store sales", "EBITDA margin", "bookings", "headcount", "DSO"]
VERBS = ["was", "came in at", "grew", "rose", "fell", "declined", "is expected to be", "should be", "will be in the range of",
         "increased by", "was down", "was up", "improved", "we now see", "of", "reached", "totaled", "is targeted at",
         "we had guided to", "I have you at", "we think can earn", "to reach about", "can get to", "ended the quarter at", "expanded", "contracted by", "was flat at"]
FIGURES = ["$12.4 million", "$1.2 billion to $1.4 billion", "14 to 16 cents", "(0.05)", "$(0.03)", "2x", "3.5 times", "-3%",
           "negative 2%", "a loss of $3 million", "low-to-mid teens", "mid-single digits", "high single to low double digits",
           "double digits", "high to low teens", "42%", "42.5% to 43%", "150 basis points", "twelve percent",
           "eight cents", "$0.61 a share", "2.1 million", "about 4,300", "€85 million", "C$40 million", "£2.2bn",
           "$3.60 and to $3.66", "plus 2% to plus 3%", "$2.3 billion plus or minus $60 million", "62%, plus or minus 50 basis points",
           "41 days", "zero", "breakeven", "$1", "0%", "100%", "7%-8%", "between 5% and 6%", "roughly flat", "a third",
           "5 to 4%", "$9 to $7 million", "the low 40s", "$4 billion by 2031", "1,000", "12,5%", "3.", "$."]
TAILS = ["", " year over year", " sequentially", " compared with $10.1 million a year ago", ", up from 38% last year",
         ", or 6%", " at the midpoint", " for the quarter", " in the fourth quarter", " for the full year",
         " next year", " by 2030", " over time", " on a constant currency basis", ", excluding items",
         ", driven by pricing", " versus our guidance of 5%", ", respectively", " per share", " annually",
         ", down 4% year-on-year, 2% quarter-on-quarter", " from the end of September", " through the cycle"]
JOINS = [", and ", "; ", ", while ", " and ", ", but ", ". ", ", of which ", " -- ", " – ", ", which is "]
ENDS = [".", "", "?", "..", " .", "!"]
CONTEXTS = [
    Context(),
    Context(fiscal_year=2026, fiscal_quarter=4, role=Role.CORPORATE, section=Section.PRESENTATION),
    Context(fiscal_year=2026, fiscal_quarter=2, role=Role.ANALYST, section=Section.QA),
    Context(fiscal_year=2026, fiscal_quarter=1, role=Role.CORPORATE, section=Section.QA, asked_outlook=True, currency="EUR",
            quarter_end=3, call_month=4),
    Context(fiscal_year=2026, fiscal_half=1, role=Role.CORPORATE, currency="GBP"),
]

clause = st.builds(lambda lead, subj, verb, fig, tail: f"{lead}{subj} {verb} {fig}{tail}",
                   st.sampled_from(LEADS), st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(FIGURES),
                   st.sampled_from(TAILS))


@st.composite
def sentences(draw) -> str:
    parts = draw(st.lists(clause, min_size=1, max_size=4))
    s = parts[0]
    for p in parts[1:]:
        s += draw(st.sampled_from(JOINS)) + p[:1].lower() + p[1:]
    if draw(st.booleans()) and len(s) > 10:  # cut short mid-clause, as a garbled line is
        s = s[:draw(st.integers(5, len(s)))]
    return s[:1].upper() + s[1:] + draw(st.sampled_from(ENDS))


def _consistent(facts, sentence: str) -> None:
    for f in facts:
        assert f.value is None or (f.low is None and f.high is None), f
        assert f.low is None or f.high is None or f.low <= f.high, f
        assert f.text in f.sentence, f
        assert f.sentence == sentence.strip(), f


@settings(SETTINGS, max_examples=300)
@given(st.lists(sentences(), min_size=1, max_size=3), st.integers(0, len(CONTEXTS) - 1))
def test_extract_sentence_never_raises_and_keeps_the_contract(paragraph, which) -> None:
    state = State()
    for i, s in enumerate(paragraph, 1):
        _consistent(extract_sentence(s, CONTEXTS[which], line=i, state=state), s)


@settings(SETTINGS, max_examples=40)
@given(st.lists(st.lists(st.lists(sentences(), min_size=1, max_size=3), min_size=1, max_size=3), min_size=1, max_size=4))
def test_a_call_facts_point_into_their_paragraphs(turns) -> None:
    speakers = [Participant(id="p1", name="Dana Reyes", role=Role.CORPORATE, title="CFO"),
                Participant(id="p2", name="Sam Ortiz", role=Role.ANALYST, firm="Lantern Research")]
    built, line = [], 1
    for i, paragraphs in enumerate(turns):
        paras = []
        for sents in paragraphs:
            text = "\n".join(sents)  # one sentence a line: a paragraph over several lines
            paras.append(Paragraph(text=text, line_start=line, line_end=line + len(sents) - 1))
            line += len(sents) + 1
        built.append(Turn(index=i, speaker=speakers[i % 2], section=Section.QA if i else Section.PRESENTATION,
                          paragraphs=paras, line_start=paras[0].line_start, line_end=paras[-1].line_end))
    t = Transcript(meta=Meta(fiscal_year=2026, fiscal_quarter=3, event_date=datetime(2026, 10, 28), source_format="test",
                             sha256="0" * 64), participants=speakers, turns=built)
    for f in extract_facts(t):
        owners = [p for turn in built for p in turn.paragraphs if p.line_start <= f.line <= p.line_end]
        assert owners, f
        assert f.text in f.sentence and f.sentence in " ".join(owners[0].text.split("\n")) or f.sentence in owners[0].text, f
        assert f.low is None or f.high is None or f.low <= f.high, f
