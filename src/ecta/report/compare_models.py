"""The types of a comparison of two calls (`ecta compare`), apart from the report's: `ecta analyze` never makes them.

No `from __future__ import annotations`, as in `ecta.model`: pydantic would evaluate every field's string.
"""

from pydantic import ConfigDict, Field

from ..model import Meta, new_list
from .models import Citation, _Model


class _ForCompare(_Model):
    """A model only `compare` makes: its schema is built when first used."""

    model_config = ConfigDict(extra="forbid", defer_build=True)


class GuidanceOutcome(_ForCompare):
    metric: str
    period: str
    basis: str | None = None
    guided: str
    actual: str | None = None
    outcome: str
    """met, beat, missed (guidance in the old call against the actual in the new; for a cost, coming in below
    the outlook is a beat); outside (a figure planned rather than earned, capital spending, depreciation and
    amortization or the share count, landed above or below its outlook: neither a beat nor a miss);
    raised, reaffirmed, lowered (the same period's outlook in both calls); withdrawn (the new call says it
    withdraws or suspends guidance); not_repeated (a later period's outlook the new call simply does not
    restate: silence is not a withdrawal); no_actual, not_held (see `Comparison.no_result`)."""
    old_lines: list[int] = Field(default_factory=new_list)
    new_lines: list[int] = Field(default_factory=new_list)
    old_turns: list[int | None] = Field(default_factory=new_list)
    new_turns: list[int | None] = Field(default_factory=new_list)
    """For a call whose lines do not find the words (see `Report.cited_by`, and `Comparison.old_cited_by`): the turn
    (`Transcript.turns` index) of each of `old_lines` (`new_lines`), in the same order; empty for a call whose lines do."""
    position: str | None = None
    """For met, beat or missed: where the actual landed, "inside", "above" or "below" the outlook. For a cost
    (operating expenses, provisions, an efficiency ratio) below is the beat and above the miss."""
    cost: bool = False
    """The metric is a cost, where less is better (see `position`)."""


class CategoryShift(_ForCompare):
    """One Loughran-McDonald category's rate in one scope, old call against new, with a two-proportion
    z-test on the word counts (category words / all words)."""

    category: str
    old_per_1000: float
    new_per_1000: float
    z: float
    p_value: float
    significant: bool
    """p_value below `SIGNIFICANCE` (see compare.py): a shift, not noise."""


class ToneShift(_ForCompare):
    scope: str
    old_net: float
    new_net: float
    change: float
    old_readable: bool = True
    new_readable: bool = True
    """Whether each net rests on enough words (see ToneRow.readable); the change is read only when both do."""
    old_uncertainty_per_1000: float
    new_uncertainty_per_1000: float
    categories: list[CategoryShift] = Field(default_factory=new_list)
    significant: bool = False
    """True when at least one category's rate moved significantly."""


class Comparison(_ForCompare):
    old: Meta
    new: Meta
    old_cited_by: Citation = Citation.LINE
    new_cited_by: Citation = Citation.LINE
    """What each call's citations name (see `Report.cited_by`): lines only, or turns too (`old_turns`, `new_turns`)."""
    outcomes: list[GuidanceOutcome] = Field(default_factory=new_list)
    revisions: list[GuidanceOutcome] = Field(default_factory=new_list)
    no_result: list[GuidanceOutcome] = Field(default_factory=new_list)
    """Old outlooks for a period the new call closes that get no verdict: `no_actual` (the new call states no
    result of the metric for the period) or `not_held` (it states figures of the metric for the period, none of
    which the outlook can be held to: another basis or measure, a change against a level, a count; `actual`
    gives them and `new_lines` their lines, for the reader to judge)."""
    metrics_appeared: list[str] = Field(default_factory=new_list)
    metrics_disappeared: list[str] = Field(default_factory=new_list)
    tone: list[ToneShift] = Field(default_factory=new_list)
    notes: list[str] = Field(default_factory=new_list)
