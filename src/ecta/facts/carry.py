"""What a turn's paragraphs leave in force for the ones after them: a span's period, the outlook, the line before."""

from __future__ import annotations

from ..model import Fact, FactKind, Period, Role
from .. import stored_re as re  # re, with its patterns built from stored engine code: start-up
from ..fiscal_words import FISCAL
from .dating import period_over, tensed
from .guard import plain_members
from .headings import heading_period, own_grains, results_review
from .kinds import continues_outlook, outlook_given
from .sentences import split_sentences
from .state import Context, State
from .taxonomy import part_topic
from .extract import named_part_subject
from . import periods as P

FactKind = plain_members(FactKind)  # read in every paragraph: see guard.plain_members

REVIEW, LEAD, HEADING = "review", "lead", "heading"
"""Where a span came from: a figure-free paragraph (or a paragraph's sentence, `State.review`) opening one closed
period's results ("First, the full-year results."); in a file read one sentence a line, a line led by a span of the
year ("Over the first nine months, ...") or a figure-free line naming what the next ones are about ("Turning to our
outlook for 2027.")."""


class Carry:
    """What the paragraphs of one turn read so far leave in force for the next, one event a paragraph: `figure_free`
    (one the rules do not read), else `opening` (the State its sentences are read with) and `read` (once they are).
    A paragraph's own figures are carried by its `State`; in a file read one sentence a line (`lines`) each line is a
    paragraph, and a span keeps the State its opener began for the lines it heads, as a paragraph would."""

    def __init__(self, ctx: Context, lines: bool, segments) -> None:
        self.ctx, self.lines, self.segments = ctx, lines, segments
        self.company = ctx.role is not Role.ANALYST  # a span, heading or outlook is the company's to open
        self.state: State | None = None
        """The last paragraph's."""
        self.said = False
        """The last paragraph gave figures."""
        self.outlook: Period | None = None
        """The period of the turn's last outlook figure (`State.outlook`)."""
        self.guiding: FactKind | None = None
        """In a file of lines, the outlook a line left in force for the lines after it."""
        self.unguided = 0
        """Lines in a row since one gave an outlook."""
        self.span: tuple[Period | None, bool] | None = None
        """The period in force for what follows, and whether it lies ahead; `source` says what put it in force."""
        self.source: str | None = None
        self.quiet = 0
        """Lines in a row without figures."""
        self.topic: str | None = None
        """The part of the business a figure-free line named, whose sales the next line gives."""

    def figure_free(self, text: str, facts: list[Fact]) -> None:
        """A paragraph the rules do not read: it may open a span (or, in a file of lines, end one) for what follows."""
        self.said = False
        ctx = self.ctx
        if not self.lines:
            if self.company and ctx.fiscal_year:
                # "First, the highlights of the full year's results." as a paragraph of its own
                review = next((r for _, s in split_sentences(text) if (r := results_review(s, ctx)) is not None), None)
                if review is not None:
                    self.span, self.source = (review, False), REVIEW
            return
        # "Turning to Devices." on a line of its own: the part whose sales the next line gives
        self.topic = ((part_topic(text) or (named_part_subject(text, self.segments) if self.segments is not None and text[:1].isupper() else None))
                      if self.company and text[:1].isalpha() else None)
        self.quiet += 1
        self._close(text, "figure-free")
        self._unguided(text)
        if self.company and (head := heading_period(text, ctx, _in_outlook(facts, ctx.turn))) is not None:
            self.state = State(outlook=self.outlook)
            self._heading(head, self.state)

    def opening(self, text: str, facts: list[Fact], word_lines: bool) -> State:
        """The State a paragraph that is read starts from."""
        self._close(text, "opening")
        state = self.state
        if self.lines and state is not None and self.said and _GOES_ON.match(text) and not tensed(text):
            pass  # "... the tax rate should sit near the bottom of our 22% to 24% range." "And operating margin near ...": one statement
        else:
            if not (self.lines and self.span is not None):
                # a span in a file of lines goes on with the State its opener began (there is one: see `_heading`, `read`)
                state = self.state = self._fresh(text, facts)
            if self.span is not None:
                # the span's period, not one a line between named for itself
                state.period, state.future = self.span
                if self.source is REVIEW:
                    state.review = self.span[0]
        if self.topic is not None:
            state.part, self.topic = self.topic, None
        ctx = self.ctx
        if word_lines and self.said and state.metric is None and ctx.fiscal_quarter is not None:
            cur = P.call_period(ctx.fiscal_year, ctx.fiscal_quarter)
            state.cut_after_quarter = any(f.period == cur and f.kind is FactKind.ACTUAL for f in facts[-8:] if f.turn == ctx.turn)
        return state

    def read(self, text: str, facts: list[Fact], before: int) -> None:
        """The paragraph's figures are read (`facts[before:]`): what it leaves in force for the next."""
        state, new = self.state, facts[before:]
        self.outlook = state.outlook
        self.said = bool(new)
        if not self.lines:
            # its sentences may have ended the review or opened another (headings.review_left)
            self.span, self.source = ((state.review, False), REVIEW) if state.review is not None else (None, None)
            self._close(text, "read", new)
            return
        self.quiet = 0 if new else self.quiet + 1
        if new:
            # a line's outlook goes on into the next ("We expect sales of ..." "That puts growth at 3% to 5%."), and
            # so does a guided way without a figure ("We expect margins to keep improving through 2026.")
            qualitative = all(f.kind is FactKind.GUIDANCE and f.value is None and f.low is None for f in new)
            self.unguided, self.guiding = 0, FactKind.GUIDANCE if state.kind is FactKind.GUIDANCE or qualitative else None
        else:
            self._unguided(text)
        self._close(text, "read", new)
        if _SPAN_LEAD.match(text) and not _total_aside(text, new, facts[:before], self.ctx.turn, self.ctx):
            self.span, self.source = (state.period, state.future), LEAD
        elif not new and self.company and (head := heading_period(text, self.ctx, _in_outlook(facts, self.ctx.turn))) is not None:
            # "Slide 12 has what we see for the coming quarter.": the lines after it are of that period
            self._heading(head, state)

    def _close(self, text: str, at: str, new: list[Fact] = ()) -> None:
        """End the span in force where one of its end rules says so (`at` a figure-free paragraph, a read one's
        opening, or once it is read): the one place they live.
        A review (files of paragraphs) ends where an outlook follows (a figure guided for a period not yet over): the
        speaker has moved from the results to what lies ahead. Another review replaces it.
        A lead or heading (files of lines) heads the lines after it as a paragraph heads its sentences, and ends where
        speech would have begun a new paragraph:
        - after the second line in a row without figures: the speaker has left the span's figures;
        - at a line naming its own grain of period other than the span's (a quarter's "Loan fees rose 3% in the quarter"
          after a line led by the year to date): its figures are not the span's;
        - at a line with figures opening on a new topic ("In Refrigeration, revenue was ..."); a figure-free one counts
          as a line without figures instead.
        A new span replaces the one in force (`figure_free`, `read`)."""
        if self.span is None:
            return
        if self.source is REVIEW:
            over = at == "read" and any(f.kind is FactKind.GUIDANCE and not period_over(f.period, self.ctx) for f in new)
        elif at == "read":
            over = self.quiet >= 2
        elif at == "opening" and _NEW_TOPIC.match(text):
            over = True
        else:
            period = self.span[0]
            over = ((at == "figure-free" and self.quiet >= 2)
                    or period is not None and ("y" if period.quarter and not period.ytd else "q") in own_grains(text, self.ctx))
        if over:
            self.span = self.source = None

    def _heading(self, head: tuple[Period, bool], state: State) -> None:
        """A figure-free line naming the period of the lines after it, and whether it lies ahead ("Turning to our
        outlook for 2027."): what follows is guided. Its own line does not count as one without figures."""
        self.span, self.source, self.quiet = head, HEADING, 0
        if head[1]:
            state.outlook = self.outlook = head[0]
            state.kind = FactKind.GUIDANCE

    def _unguided(self, text: str) -> None:
        """A line without figures: one giving an outlook ("Now turning to our outlook.") heads the figure-only lines
        after it; two lines without figures end it."""
        self.unguided = 0 if self.company and outlook_given(text, verbs=True) else self.unguided + 1
        self.guiding = FactKind.GUIDANCE if self.unguided == 0 else self.guiding if self.unguided < 2 else None

    def _fresh(self, text: str, facts: list[Fact]) -> State:
        """A new paragraph's State: the turn's outlook, and in a file of lines what the line before ended on."""
        state = State(outlook=self.outlook, kind=self.guiding if self.guiding is None or continues_outlook(text) else None)
        if not (self.lines and facts and facts[-1].turn == self.ctx.turn):
            return state
        last = facts[-1]
        if last.unit not in ("%", "bps", "x", "count", "days", None):
            state.amount_before = (last.metric, last.basis)  # "Adjusted EBITDA was $128 million." "The margin was 21%."
        if last.value is not None and last.change is None and last.unit not in ("%", "bps", None) and _PRONOUN_OPENS.match(text):
            # "Starts reached 31,250." "That was up 8.4%.": the line before's amount, whose move the pronoun gives
            state.metric, state.unit, state.phrase, state.basis = last.metric, last.unit, last.phrase, last.basis
        return state


_PRONOUN_OPENS = re.compile(r"(?:It|That|This|They)(?:['’]s)?\s")


def _in_outlook(facts: list[Fact], turn: int) -> bool:
    """Were the turn's last figures guided? A heading then goes on with the outlook."""
    return bool(facts) and facts[-1].turn == turn and facts[-1].kind is FactKind.GUIDANCE


def _total_aside(text: str, new: list, earlier: list, turn: int, ctx: Context) -> bool:
    """"Year to date, EBITDA totals ..." right after the quarter's EBITDA and margin: the running total of what the
    lines just before gave for the quarter, said beside them; it heads no lines after it (they go on with the quarter).
    A span that opens a section ("For the first nine months, ...") or names a measure of its own still heads them."""
    if not new or ctx.fiscal_quarter is None or not _YTD_ASIDE.match(text) or not all(f.period is not None and f.period.ytd for f in new):
        return False
    cur = P.call_period(ctx.fiscal_year, ctx.fiscal_quarter)
    last = new[0].line
    given = {f.metric for f in earlier[-12:] if f.turn == turn and f.period == cur and last - 3 <= f.line < last}
    return all(f.metric in given and f.metric != "other" for f in new)


_YTD_ASIDE = re.compile(r"\W*(?i:year[-\s]to[-\s]date\s*,|so\s+far\s+this\s+year\s*,|(?:over|for|in|during|through)\s+the\s+(?:first\s+)?(?:nine|six|9|6)\s+months\b)")
_SPAN_LEAD = re.compile(
    rf"\W*(?:(?:and|so|now|turning\s+to|looking\s+at)\s*,?\s+)?(?:(?:for|in|during|over|through)\s+(?:the\s+)?(?:change\s+)?(?:(?:full|{FISCAL}|whole|entire)[-\s]+(?:{FISCAL}\s+)?year"
    rf"|year\b|(?:{FISCAL}\s+(?:year\s+)?)?20\d\d\b(?!\s+(?:first|second|third|fourth)\s+quarter)|first\s+(?:half|nine|six|three|9|6|3)\b|second\s+half|year[-\s]to[-\s]date)"
    r"|year[-\s]to[-\s]date\b|full[-\s]year\b"
    # "The first six months revenue of $1.04 billion was ...": the span as the subject's first words
    r"|(?:the\s+)?first\s+(?:half|(?:nine|six|9|6)\s+months)\b(?!\s+(?:of|in)\s+(?:last|the\s+prior|the\s+previous|20\d\d)\b)(?=\s+[a-z]))", re.I)
"""A sentence opening on a span of the year, whose period the figure-only sentences after it share."""
_GOES_ON = re.compile(r"\W*(?:and|or|plus|also)\s+(?:lastly\s*,?\s+|finally\s*,?\s+|also\s+)?(?!we\b|I\b|you\b|they\b|in\b|for\b|on\b|turning\b|looking\b|now\b)", re.I)
"""A sentence file's sentence that goes on with the one before ("And EPS of $1.40 to $1.50."), with no verb of
its own: the same statement, its period and outlook."""
_NEW_TOPIC = re.compile(r"\W*(?:[Aa]nd\s+|[Nn]ow\s+|[Ss]o\s+)?(?:[Ii]n|[Tt]urning\s+to|[Mm]oving\s+(?:on\s+)?to|[Ff]or|[Ww]ithin|[Aa]t)\s+(?:our\s+|the\s+)?"
                        r"(?!Q[1-4]\b|H[12]\b|FY|F[1-4]Q)[A-Z][A-Za-z&]")
