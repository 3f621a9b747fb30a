"""The call report's types: what `ecta analyze` computes, serialised as its JSON output.

No `from __future__ import annotations`, as in `ecta.model`: pydantic would evaluate every field's string.
"""

from decimal import Decimal
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

from ..model import Fact, Meta, new_dict, new_list


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ToneCounts(_Model):
    """Loughran-McDonald word counts over some stretch of speech."""

    words: int = 0
    positive: int = 0
    negative: int = 0
    uncertainty: int = 0
    litigious: int = 0
    constraining: int = 0
    strong_modal: int = 0
    weak_modal: int = 0

    @property
    def net(self) -> float:
        """(positive - negative) / (positive + negative), 0 when neither occurs."""
        total = self.positive + self.negative
        return round((self.positive - self.negative) / total, 3) if total else 0.0

    def per_thousand(self, category: str) -> float:
        return round(1000 * getattr(self, category) / self.words, 2) if self.words else 0.0

    def __add__(self, other: "ToneCounts") -> "ToneCounts":
        return ToneCounts(**{k: getattr(self, k) + getattr(other, k) for k in ToneCounts.model_fields})


class ToneRow(_Model):
    key: str
    """A turn index, participant id, role or section, depending on the table."""
    label: str
    counts: ToneCounts
    net: float
    readable: bool = True
    """The net score rests on enough speech to mean something: at least `tone.MIN_WORDS` words and
    `tone.MIN_HITS` positive plus negative words. False: the score is shown as not significant (the counts
    stay); two words of 213 make a -1.00 that says nothing about the speaker."""
    role: str | None = None
    """In the table by speaker: the speaker's role (management, analyst, operator); None in the other tables."""


class ToneContrast(_Model):
    """Two scopes of one call set side by side (management against analysts, prepared remarks against Q&A):
    a two-proportion z-test on the positive share of the positive and negative words."""

    first: str
    second: str
    first_net: float
    second_net: float
    z: float = 0.0
    p_value: float = 1.0
    verdict: str
    """`<first> more positive`, `<second> more positive`, `too close to read` (p >= tone.SIGNIFICANCE) or
    `too few words to read` (either side short of tone.MIN_WORDS words or tone.MIN_HITS hits)."""


class Tone(_Model):
    by_section: list[ToneRow] = Field(default_factory=new_list)
    by_role: list[ToneRow] = Field(default_factory=new_list)
    by_speaker: list[ToneRow] = Field(default_factory=new_list)
    by_turn: list[ToneRow] = Field(default_factory=new_list)
    contrasts: list[ToneContrast] = Field(default_factory=new_list)


class NonAnswer(_Model):
    kind: str
    """refusal, inability or deferral."""
    quote: str
    turn: int
    line: int
    page: int | None = None
    """For a PDF, whose lines are numbered per page: the page of `line`."""
    partial: bool = False
    """The same sentence goes on to give something ("..., but qualitatively you're directionally right",
    or a figure): a declined detail inside an answer, not a non-answer to the whole question."""


class ExchangeReview(_Model):
    exchange: int
    analyst: str
    firm: str | None = None
    read_by: str | None = None
    """Who read the question out on the analyst's behalf (a webcast's written questions), else None."""
    topics: list[str] = Field(default_factory=new_list)
    """Up to four topics, most mentioned first, from the question turns only."""
    answered_by: list[str] = Field(default_factory=new_list)
    question_words: int = 0
    answer_words: int = 0
    directness: float = 0.0
    """How much of the question the answers take up, 0-1: the share of the question's distinct content words
    (stop words, pleasantries and participants' names removed; words compared on their first six letters, so
    "margins" meets "margin") that occur anywhere in the answers. 0 when nobody answered. A lexical measure:
    low values flag answers that talk about something else, not answers that are wrong."""
    non_answers: list[NonAnswer] = Field(default_factory=new_list)
    line_start: int
    line_end: int
    page_start: int | None = None
    page_end: int | None = None
    """For a PDF, whose lines are numbered per page: the pages of `line_start` and `line_end`."""
    turn_start: int | None = None
    turn_end: int | None = None
    """For a source whose lines do not find the words (see `Report.cited_by`): the exchange's first and last turn."""


class GuidanceStatus(str, Enum):
    INSIDE = "inside"
    ABOVE = "above"
    BELOW = "below"
    UNKNOWN = "unknown"


class GuidanceRow(_Model):
    metric: str
    period: str | None
    kind: str
    """guidance, prior_guidance or target."""
    basis: str | None = None
    text: str
    """The outlook as stated (a figure, a range, or the qualitative words)."""
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    direction: str | None = None
    reference: str | None = None
    """The latest actual it is set against, as text ("Q4 2011: $91.6 million")."""
    implied_change_low: float | None = None
    implied_change_high: float | None = None
    """Percent change of the guided range against the reference actual."""
    implied_level: str | None = None
    """For an outlook given only as a change ("up 3% to 5%"): the level it implies on the base the call
    states (the `reference`), e.g. "$103 million to $105 million"."""
    status: GuidanceStatus | None = None
    """For prior guidance: where the actual landed."""
    reading: str | None = None
    """For a cost (less is better) landed outside its guidance: "favourable for a cost" below it, "unfavourable
    for a cost" above it. None for everything else, where above is read as better."""
    lines: list[int] = Field(default_factory=new_list)
    pages: list[int | None] = Field(default_factory=new_list)
    """For a source with pages (a PDF, whose lines are numbered within each page): the page of each of `lines`, in
    the same order; empty for a source without pages."""
    turns: list[int | None] = Field(default_factory=new_list)
    """For a source whose lines do not find the words (see `Report.cited_by`): the turn (`Transcript.turns` index)
    of each of `lines`, in the same order; empty for a source whose lines do."""


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    VERIFIED = "verified"
    UNDECIDED = "undecided"


class Check(_Model):
    name: str
    severity: Severity
    message: str
    lines: list[int] = Field(default_factory=new_list)
    pages: list[int | None] = Field(default_factory=new_list)
    """For a source with pages (a PDF, whose lines are numbered within each page): the page of each of `lines`, in
    the same order; empty for a source without pages."""
    turns: list[int | None] = Field(default_factory=new_list)
    """For a source whose lines do not find the words (see `Report.cited_by`): the turn (`Transcript.turns` index)
    of each of `lines`, in the same order; empty for a source whose lines do."""


class Bullet(_Model):
    text: str
    lines: list[int] = Field(default_factory=new_list)
    pages: list[int | None] = Field(default_factory=new_list)
    """For a source with pages (a PDF, whose lines are numbered within each page): the page of each of `lines`, in
    the same order; empty for a source without pages."""
    turns: list[int | None] = Field(default_factory=new_list)
    """For a source whose lines do not find the words (see `Report.cited_by`): the turn (`Transcript.turns` index)
    of each of `lines`, in the same order; empty for a source whose lines do."""
    headline: bool = False
    """The brief's headline; its figure is also one of the bullets below it, as on the wire."""


class Citation(str, Enum):
    """How the report's rows point at the words they rest on."""

    LINE = "line"
    """By the source's line (with its page, for a PDF)."""
    TURN_LINE = "turn_line"
    """By turn and line: a line holds several paragraphs (a JSON export with each turn's text on one line, a caption
    line with two voices), so the line alone leaves the reader a whole turn to search, or the wrong one."""
    TURN = "turn"
    """By turn alone: most turns share their line (the whole call on one line), so the line says nothing."""


class Report(_Model):
    meta: Meta
    cited_by: Citation = Citation.LINE
    """What the rows' citations name: lines only, or turns too (`turns`, `turn_start`/`turn_end` and a non-answer's
    `turn`), where the source's lines do not find the words."""
    summary: list[Bullet] = Field(default_factory=new_list)
    facts: list[Fact] = Field(default_factory=new_list)
    guidance: list[GuidanceRow] = Field(default_factory=new_list)
    checks: list[Check] = Field(default_factory=new_list)
    tone: Tone = Field(default_factory=Tone)
    qa: list[ExchangeReview] = Field(default_factory=new_list)
    timings_ms: dict[str, float] = Field(default_factory=new_dict)
    notes: list[str] = Field(default_factory=new_list)
    """What could not be computed and why (e.g. a missing dictionary)."""


_COMPARISON = ("GuidanceOutcome", "CategoryShift", "ToneShift", "Comparison")


def __getattr__(name: str):
    # The types only `compare` makes live in `compare_models`: defining them, even with their schemas deferred,
    # took 3 ms of every `ecta analyze`.
    if name in _COMPARISON:
        from . import compare_models

        return getattr(compare_models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
