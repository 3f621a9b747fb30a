"""What a sentence is read with: its call and speaker (`Context`) and the paragraph's figures before it (`State`)."""

from __future__ import annotations

from .. import lazy_re as re  # compiles each pattern on first use: start-up
from dataclasses import dataclass
from decimal import Decimal

from ..model import Basis, FactKind, Period, Role, Section


@dataclass
class Context:
    """What a sentence needs to know about its call and speaker."""

    fiscal_year: int | None = None
    fiscal_quarter: int | None = None
    fiscal_half: int | None = None
    """Set for a half-year call (interim results), whose figures default to that half."""
    grain: Period | None = None
    """The span a quarterly call reports its results over when it names it far more often than the quarter (the first
    half in a second-quarter call of a company that reports by halves, the year in a fourth-quarter call that gives the
    full-year results; `grain.reporting_grain`): a result that names no period, and takes none from the figures before
    it, is that span's."""
    section: Section | None = None
    role: Role = Role.CORPORATE
    basis: Basis | None = None
    """A call-level basis statement ("all figures are non-GAAP unless noted")."""
    basis_scope: frozenset[str] | None = None
    """The metrics that statement covers ("all margins and earnings figures"); None for every P&L figure."""
    currency: str = "USD"
    speaker: str | None = None
    turn: int | None = None
    segments: re.Pattern[str] | None = None
    """Segment names the call uses ("Technical Textiles revenue"), so "Technical Textiles grew 18%" is segment revenue."""
    asked_outlook: bool = False
    """An answer to an analyst's question about the outlook: "For the first quarter, gross margin in the 44% range"."""
    asked_period: Period | None = None
    """The period ahead that question named, for an answer that names none."""
    quarter_end: int | None = None
    """The month (1-12) the call's quarter ends, where the call says it ("for the quarter ended September 30")."""
    call_month: int | None = None
    """The month the call is held in: a month named as a period that is this one lies after the call's quarter."""
    call_year: int | None = None
    """The year the call is held in: with `quarter_end`, the calendar year the call's quarter or half closed in."""
    call_day: int | None = None
    """The day of that month: a call held in its first half reports no quarter that ended the month before."""
    question: str = ""
    """That question's text, whose one metric is read only when an answer's figure names none."""
    asked_metric: tuple[str, str] | None = None
    """The one metric that question named ("What are you assuming for the tax rate?"), for an answer's first figure
    that names none ("Think of it as 21% to 22%.")."""
    ranges: dict | None = None
    """The ranges of percentages, points, multiples and counts in millions the call has said so far, (low, high) -> (unit, metric, phrase)
    (a single count in millions keyed (value, None)):
    "we're comfortable with 75 to 100" after "75 to 100 basis points" is that range again, its unit said once."""

    @property
    def year_open(self) -> bool:
        """Does the call report a part of its fiscal year (a first to third quarter, or a first half)? Then the year is
        not over, and what is said of it is expected."""
        return self.fiscal_quarter in (1, 2, 3) or self.fiscal_quarter is None and self.fiscal_half == 1


@dataclass
class State:
    """What the previous figures of the paragraph said, for figures that say nothing themselves."""

    period: Period | None = None
    future: bool = False
    metric: str | None = None
    kind: FactKind | None = None
    had_period: bool = False
    unit: str | None = None
    phrase: str = ""
    basis: Basis | None = None
    """The basis of the last figure whose metric a later sentence may carry on."""
    loss: bool = False
    """The last figure was a result below zero ("of EBITDA loss"): the same measure carried on is the loss again."""
    lead_basis: Basis | None = None
    """"On a non-GAAP basis, ..." opening a paragraph's sentence: the basis of the P&L figures that follow."""
    count_ref: Decimal | None = None
    """The size of the paragraph's last count, for a bare number said of it again ("The Street is at 845,000")."""
    heading: Period | None = None
    """A quarter ahead named by a heading sentence ("Now to the fourth quarter."): "the quarter" after it is that one."""
    announced: bool = False
    """`kind` was set by a sentence without figures that gives an outlook ("Our outlook assumes today's tariff rates."),
    for the figures of the sentences right after it."""
    part: str | None = None
    """The part of the business a sentence without figures was about ("Our brokerage arm had a tough quarter."), whose
    sales the paragraph's next "Revenue was ..." gives."""
    by_part: bool = False
    """The paragraph reviews the parts of the business ("Turning to the segments, ..."): its margins are theirs."""
    by_orders: bool = False
    """The paragraph reviews orders by region or customer market ("Here are product orders by region."):
    its regions' and markets' moves are orders, not sales."""
    amount_before: tuple[str, Basis | None] | None = None
    """In a file read one sentence a line, the metric of the amount the line before ended on ("Adjusted EBITDA was $128
    million."), for a bare margin that follows ("The margin was 21%.")."""
    ranged: Period | None = None
    """The period of the paragraph's last guided range, which "At the midpoint, that is EBITDA of $350 million." points at
    (an outlook figure said between, "hold in the fourth quarter near 10.5%", is not the range)."""
    under_way_named: bool = False
    """A sentence without figures just named a span after the call's quarter ("In the first week of January, storms hit
    our hubs."): the next sentence's figures are of it ("We cancelled about 2,900 flights."), to date, as are later ones
    only where they say so ("in that period")."""
    cut_after_quarter: bool = False
    """The paragraph is a reader's cut in a word-per-line file (no paragraphs of its own), and the one before it in the
    turn gave the call's quarter's figures: its opening is not where the speaker began anew."""
    review: Period | None = None
    """The closed period whose results a sentence without figures opened ("First, a review of the full-year
    results."): the figures after it are of that period, in the turn's next paragraphs too, until another opens."""
    outlook: Period | None = None
    """The period of the paragraph's last outlook figure: "We are raising our full-year outlook ... At current rates,
    currency should add 0.5 points, so we now expect revenue of ..." is still the full year."""
    span_said: str | None = None
    """A sentence without figures that may name the span of the call's results ("These were our best first nine months."):
    read (`dating.span_named`) only once a sentence with figures follows it in the paragraph, whose figures that name no
    period are that span's."""
    client: bool = False
    """The sentence just read told a client's case as an example ("For example, Marlow Foods, a grocer, moved ..."):
    a next sentence that goes on about "they" or "their" is still the client's."""
