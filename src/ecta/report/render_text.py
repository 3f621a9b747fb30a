"""The report in the terminal (rich) and as markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

import re

from rich.box import SIMPLE_HEAD
from rich.console import Group
from rich.table import Table
from rich.text import Text

from ..model import Meta
from .models import Citation, Report, Severity
from .tone import NOTE as TONE_NOTE
from .tone import contrast_text, net_text, speakers_shown

if TYPE_CHECKING:
    from .compare_models import Comparison

_SEVERITY_STYLE = {Severity.WARNING: "bold red", Severity.UNDECIDED: "yellow", Severity.INFO: "cyan", Severity.VERIFIED: "green"}


def _period(r: Report) -> str:
    return period_of(r.meta)


def call_label(m: Meta) -> str:
    """What names a call in a comparison: its title, else its period and file."""
    if m.title:
        return m.title
    name = (m.source_name or "").replace("\\", "/").rsplit("/", 1)[-1]
    return period_of(m) + (f" ({name})" if name and name != "-" else "")


def period_of(m: Meta) -> str:
    from .figures import call_period

    if m.fiscal_year and not m.fiscal_quarter and call_period(m) == (m.fiscal_year, 2):
        return f"H1 FY{m.fiscal_year}"
    if m.fiscal_quarter and m.fiscal_year:
        return f"Q{m.fiscal_quarter} FY{m.fiscal_year}"
    if m.fiscal_quarter:
        return f"Q{m.fiscal_quarter} (year not stated)"
    return f"FY{m.fiscal_year}" if m.fiscal_year else "period unknown"


def cite_lines(lines: list[int], pages: list[int | None] | None = None, turns: list[int | None] | None = None,
           cited: Citation = Citation.LINE) -> str:
    """"L12, L40"; with pages (a PDF, whose lines are numbered per page) "p3 L12, p4 L2", in the call's order; where
    lines do not find the words, with turns: "T4 L12" (`Citation.TURN_LINE`), or "T4" where every turn shares its line."""
    if turns and cited is not Citation.LINE:
        said = [f"T{k}" if cited is Citation.TURN else f"T{k} L{n}" if k is not None else f"L{n}" for n, k in zip(lines, turns)]
        return ", ".join(list(dict.fromkeys(said))[:6])
    if pages:
        return ", ".join(f"p{p} L{n}" if p else f"L{n}" for n, p in list(zip(lines, pages))[:6])
    return ", ".join(f"L{n}" for n in sorted(set(lines))[:6])


def _span(ex, cited: Citation = Citation.LINE) -> str:
    """An exchange's lines; in a PDF with their pages ("p3 L40-p4 L12"); where lines do not find the words, its
    turns ("T12-T15", or "T12-T15 L40-44" where the lines say something too)."""
    if ex.turn_start is not None and cited is not Citation.LINE:
        turns = f"T{ex.turn_start}-T{ex.turn_end}"
        return turns if cited is Citation.TURN else f"{turns} L{ex.line_start}-{ex.line_end}"
    if ex.page_start:
        return f"p{ex.page_start} L{ex.line_start}-" + (f"p{ex.page_end} " if ex.page_end != ex.page_start else "") + f"L{ex.line_end}"
    return f"L{ex.line_start}-{ex.line_end}"


def _title(r: Report) -> str:
    m = r.meta
    when = m.event_date.strftime("%Y-%m-%d") if m.event_date else "date unknown"
    return f"{m.company or 'Unknown company'}{f' ({m.ticker})' if m.ticker else ''} · {_period(r)} · {when}"


_GLUE = re.compile(
    r"""(?<=\d)\x20(?=(?:bps|basis\x20points?|(?:percentage\x20)?points?|pts|million|billion|trillion|thousand|percent|cents?)\b)
        |(?<=\b[A-Z]{3})\x20(?=[-+]?\d)        # a currency code and its amount: "EUR 1.9 billion"
        |(?<=\b[QH][1-4])\x20(?=(?:FY)?\d{4}\b)  # a period: "Q2 2027"
        |(?<=\bbasis)\x20(?=points?\b)
        |(?<=\bp)\x20(?==)|(?<=\bp\x20=)\x20(?=\d)  # a test's p-value: p = 0.041""",
    re.X)
"""Spaces a line must not break at: a figure read without its unit ("120" at a line's end, "bps" on the next) or a
p-value split from its number is misread by someone checking the figures."""
_KEEP = "\ue000"
"""Stands in for a glued space while rich divides a line (it divides at any whitespace, a no-break space too)."""


class Glued(Text):
    """Plain text that wraps between words but never between a figure and its unit (see `_GLUE`)."""

    def __init__(self, text: str = "", *args, **kwargs) -> None:
        super().__init__(_GLUE.sub(_KEEP, text), *args, **kwargs)

    def wrap(self, *args, **kwargs):  # type: ignore[override]
        lines = super().wrap(*args, **kwargs)
        for line in lines:
            line.plain = line.plain.replace(_KEEP, " ")
        return lines


class _Table(Table):
    """A table whose text cells are shown as written, and whose columns fold between words, not inside them.

    Cells are plain text, not rich markup: a row named "ebitda_margin [strip]" would otherwise lose its qualifier
    to the markup reader. And rich shares out a narrow terminal by narrowing the widest columns evenly, folding
    any word wider than its column ("managemen" over "t"): here a column gives up width only down to its longest
    word (up to a cap, so one long token cannot starve the rest), and rich's own sharing is the last resort."""

    _LONGEST_KEPT = 24

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._longest: dict[int, int] = {}

    def add_row(self, *cells, **kwargs) -> None:  # type: ignore[override]
        for i, c in enumerate(cells):
            text = _GLUE.sub(_KEEP, c if isinstance(c, str) else c.plain if isinstance(c, Text) else "")
            longest = min(max((len(w) for w in text.split()), default=0), self._LONGEST_KEPT)
            self._longest[i] = max(self._longest.get(i, 0), longest)
        super().add_row(*(Glued(c) if isinstance(c, str) else c for c in cells), **kwargs)

    def _floors(self) -> list[int]:
        """Each column's width at its longest word (or header word), padding included."""
        heads = [max((len(w) for w in str(c.header).split()), default=0) for c in self.columns]
        return [max(self._longest.get(i, 0), heads[i]) + self._get_padding_width(i) for i in range(len(self.columns))]

    def __rich_console__(self, console, options):  # type: ignore[override]
        # Seven columns of names at 80 characters: one space between cells, not two, keeps every word whole
        # ("Representative" over "Representati" and "ve") where the padding alone would fold one.
        if not self.collapse_padding and sum(self._floors()) > options.max_width - self._extra_width:
            self.collapse_padding = True
            try:
                yield from super().__rich_console__(console, options)
            finally:
                self.collapse_padding = False
            return
        yield from super().__rich_console__(console, options)

    def _collapse_widths(self, widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:  # type: ignore[override]
        floors = self._floors()
        widths = list(widths)
        excess = sum(widths) - max_width
        while excess > 0:
            room = [(w, i) for i, (w, floor, ok) in enumerate(zip(widths, floors, wrapable)) if ok and w > floor]
            if not room:
                return Table._collapse_widths(widths, wrapable, max_width)
            widths[max(room)[1]] -= 1
            excess -= 1
        return widths


def _table(title: str, columns: tuple[str, ...]) -> Table:
    """A light table: a rule under the header only, so 100-120 columns hold six columns of text."""
    t = _Table(title=title, title_justify="left", title_style="bold", box=SIMPLE_HEAD, pad_edge=False)
    for col in columns:
        # A narrow terminal folds a cell onto more lines, never cuts it: "27…" for 27.4 is a wrong number.
        t.add_column(col, no_wrap=col in ("Period", "#", "Severity", "Words", "Net"), overflow="fold")
    return t


def _metric(row, narrow: bool = False) -> str:
    """`narrow` (the terminal): a metric's name longer than a column keeps whole ("depreciation_and_amortization") is
    shown with spaces for its underscores, so a narrow column folds it between words, not inside one."""
    name = row.metric + (f", {row.basis}" if row.basis else "") + (" (target)" if row.kind == "target" else "")
    return _narrow(name) if narrow else name


def _narrow(name: str) -> str:
    return " ".join(w.replace("_", " ") if len(w) > _Table._LONGEST_KEPT else w for w in name.split(" "))


def _implied(row) -> str:
    if not row.reference:
        return ""
    text = row.reference
    if row.implied_level:
        return f"{text} → implies {row.implied_level}"
    if row.implied_change_low is not None:
        rng = f"{row.implied_change_low:+.1f}%"
        if row.implied_change_high is not None and row.implied_change_high != row.implied_change_low:
            rng += f" to {row.implied_change_high:+.1f}%"
        text += f" ({rng})"
    return text


def terminal(r: Report) -> Group:
    parts: list = [Text(_title(r), style="bold"), Text(r.meta.title or "", style="dim")]
    summary = Table(title="Summary", title_justify="left", show_header=False, box=None)
    summary.add_column()
    summary.add_column(style="dim")
    for b in r.summary:
        summary.add_row(Glued(b.text, style="bold") if b.headline else Glued(f"• {b.text}"), cite_lines(b.lines, b.pages, b.turns, r.cited_by))
    if not r.summary:
        summary.add_row(Text("No summary bullets.", style="dim"), "")
    parts.append(summary)

    if r.guidance:
        outlook = [row for row in r.guidance if row.kind != "prior_guidance"]
        prior = [row for row in r.guidance if row.kind == "prior_guidance"]
        if outlook:
            g = _table("Guidance", ("Period", "Metric", "Outlook", "vs latest actual", "Lines"))
            for row in outlook:
                g.add_row(row.period or "-", _metric(row, narrow=True), row.text, _implied(row), cite_lines(row.lines, row.pages, row.turns, r.cited_by))
            parts.append(g)
        if prior:
            g = _table("Prior guidance recalled", ("Period", "Metric", "Guided", "Actual", "Lines"))
            for row in prior:
                g.add_row(row.period or "-", _metric(row, narrow=True), row.text,
                          (row.reference or "not stated") + (f" → {row.status.value}" + (f" ({row.reading})" if row.reading else "") if row.status else ""), cite_lines(row.lines, row.pages, row.turns, r.cited_by))
            parts.append(g)

    if r.checks:
        c = _table("Checks", ("Severity", "Finding", "Lines"))
        for ch in r.checks:
            c.add_row(Text(ch.severity.value, style=_SEVERITY_STYLE[ch.severity]), f"{ch.name}: {ch.message}", cite_lines(ch.lines, ch.pages, ch.turns, r.cited_by))
        parts.append(c)

    if r.tone.by_section:
        tt = _table("Tone (Loughran-McDonald words per 1,000)",
                    ("Scope", "Words", "Net", "Pos", "Neg", "Uncert", "Litig", "Strong", "Weak"))
        for col in list(tt.columns)[1:]:
            col.justify = "right"
        tt.collapse_padding = True  # nine columns of figures: one space between them keeps "management" whole at 80
        for row in r.tone.by_section + [x for x in r.tone.by_role if x.key != "operator"]:
            k = row.counts
            tt.add_row(row.label, str(k.words), net_text(row), *(f"{k.per_thousand(c):.1f}" for c in (
                "positive", "negative", "uncertainty", "litigious", "strong_modal", "weak_modal")))
        parts.append(tt)
        if r.tone.contrasts:
            # A grid indents the whole finding, its folded lines too, under the table it reads.
            notes = Table.grid(padding=(0, 0, 0, 2), pad_edge=True)
            notes.add_column()
            for ct in r.tone.contrasts:
                notes.add_row(Glued(contrast_text(ct)))
            parts.append(notes)
        if speakers_shown(r.tone):
            ts = _table("Tone by speaker", ("Speaker", "Role", "Words", "Net", "Pos", "Neg", "Uncert"))
            for col in list(ts.columns)[2:]:
                col.justify = "right"
            for row in speakers_shown(r.tone):
                k = row.counts
                ts.add_row(row.label, row.role or "", str(k.words), net_text(row),
                           *(f"{k.per_thousand(c):.1f}" for c in ("positive", "negative", "uncertainty")))
            parts.append(ts)
        parts.append(Text(TONE_NOTE, style="dim"))

    if r.qa:
        q = _table("Q&A", ("#", "Analyst", "Topics", "Answered by", "Q/A words", "Direct", "Lines"))
        for ex in r.qa:
            q.add_row(str(ex.exchange + 1), f"{ex.analyst}" + (f" ({ex.firm})" if ex.firm else "") + (f", read by {ex.read_by}" if ex.read_by else ""),
                      ", ".join(ex.topics),
                      ", ".join(ex.answered_by), f"{ex.question_words}/{ex.answer_words}", f"{ex.directness:.2f}",
                      _span(ex, r.cited_by))
        parts.append(q)
        # Quotes read badly folded into a narrow column: one each under the table, its folded lines indented with it.
        quotes = Table.grid(padding=(0, 0, 0, 2), pad_edge=True)
        quotes.add_column()
        for ex in r.qa:
            for n in ex.non_answers:
                quotes.add_row(Glued(f"#{ex.exchange + 1} {n.kind}{' (partial: goes on to answer)' if n.partial else ''} ({cite_lines([n.line], [n.page], [n.turn], r.cited_by)}): \u201c{n.quote}\u201d",
                                     style="dim" if n.partial else "yellow"))
        if quotes.row_count:
            parts.append(quotes)
    parts.append(Text(f"{len(r.facts)} facts extracted; `ecta facts` lists them.", style="dim"))
    for note in r.notes:
        parts.append(Text(f"note: {note}", style="yellow"))
    return Group(*parts)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(r: Report) -> str:
    out = [f"# {_title(r)}", ""]
    if r.meta.title:
        out += [f"_{r.meta.title}_", ""]
    out += ["## Summary", ""]
    out += [f"**{b.text}** ({cite_lines(b.lines, b.pages, b.turns, r.cited_by)})\n" if b.headline else f"- {b.text} ({cite_lines(b.lines, b.pages, b.turns, r.cited_by)})"
            for b in r.summary] or ["_No summary bullets._"]
    out += ["", "## Guidance", ""]
    outlook = [row for row in r.guidance if row.kind != "prior_guidance"]
    prior = [row for row in r.guidance if row.kind == "prior_guidance"]
    if r.guidance:
        if outlook:
            out += ["| Period | Metric | Outlook | vs latest actual | Lines |", "|---|---|---|---|---|"]
            out += [f"| {row.period or '-'} | {_metric(row)} | {_md_escape(row.text)} "
                    f"| {_implied(row)} | {cite_lines(row.lines, row.pages, row.turns, r.cited_by)} |" for row in outlook]
        if prior:
            out += ["", "### Prior guidance recalled", "", "| Period | Metric | Guided | Actual | Lines |", "|---|---|---|---|---|"]
            out += [f"| {row.period or '-'} | {_metric(row)} | {_md_escape(row.text)} | "
                    f"{(row.reference or 'not stated') + (f' → {row.status.value}' + (f' ({row.reading})' if row.reading else '') if row.status else '')} | {cite_lines(row.lines, row.pages, row.turns, r.cited_by)} |"
                    for row in prior]
    else:
        out.append("_No outlook given in the call._")
    out += ["", "## Checks", ""]
    out += [f"- **{c.severity.value}** `{c.name}`: {_md_escape(c.message)} ({cite_lines(c.lines, c.pages, c.turns, r.cited_by)})" for c in r.checks] or ["_Nothing to flag._"]
    out += ["", "## Tone", ""]
    if r.tone.by_section:
        out += ["| Scope | Words | Net | Positive/1k | Negative/1k | Uncertainty/1k | Weak modal/1k |", "|---|---|---|---|---|---|---|"]
        for row in r.tone.by_section + [x for x in r.tone.by_role if x.key != "operator"]:
            k = row.counts
            out.append(f"| {row.label} | {k.words} | {net_text(row)} | {k.per_thousand('positive')} | {k.per_thousand('negative')} | "
                       f"{k.per_thousand('uncertainty')} | {k.per_thousand('weak_modal')} |")
        out += [""] + [f"- {contrast_text(ct)}" for ct in r.tone.contrasts] if r.tone.contrasts else []
        if speakers_shown(r.tone):
            out += ["", "### Tone by speaker", "", "| Speaker | Role | Words | Net | Positive/1k | Negative/1k | Uncertainty/1k |",
                    "|---|---|---|---|---|---|---|"]
            out += [f"| {_md_escape(row.label)} | {row.role or ''} | {row.counts.words} | {net_text(row)} | "
                    f"{row.counts.per_thousand('positive')} | {row.counts.per_thousand('negative')} | "
                    f"{row.counts.per_thousand('uncertainty')} |" for row in speakers_shown(r.tone)]
        out += ["", f"_{TONE_NOTE}_"]
    out += ["", "## Q&A", ""]
    if not r.qa:
        out.append("_No Q&A exchanges found._")
    for ex in r.qa:
        out.append(f"{ex.exchange + 1}. **{ex.analyst}**{f' ({ex.firm})' if ex.firm else ''}{f', read by {ex.read_by}' if ex.read_by else ''}: "
                   f"{', '.join(ex.topics) or 'general'}; "
                   f"answered by {', '.join(ex.answered_by) or 'nobody'}; {ex.question_words}/{ex.answer_words} words; directness {ex.directness:.2f}")
        for n in ex.non_answers:
            out.append(f"   - non-answer ({n.kind}{', partial: goes on to answer' if n.partial else ''}, {cite_lines([n.line], [n.page], [n.turn], r.cited_by)}): “{_md_escape(n.quote)}”")
    for note in r.notes:
        out += ["", f"> note: {note}"]
    return "\n".join(out) + "\n"


def comparison_terminal(c: Comparison) -> Group:
    parts: list = [Text(f"{c.old.company or c.new.company or 'Unknown company'}: {call_label(c.old)} → {call_label(c.new)}", style="bold")]
    for title, rows in _outcome_tables(c):
        t = _table(title, ("Period", "Metric", "Old outlook", "New", "Outcome", "Old lines", "New lines"))
        for o in rows:
            t.add_row(o.period, _narrow(o.metric + (f", {o.basis}" if o.basis else "")), o.guided, o.actual or "-", outcome_text(o),
                      cite_lines(o.old_lines, None, o.old_turns, c.old_cited_by), cite_lines(o.new_lines, None, o.new_turns, c.new_cited_by) or "-")
        parts.append(t if rows else Text(f"{title}: none found", style="dim"))
    parts.append(Text(f"Metrics with figures in the new call only (the old gave none): {', '.join(c.metrics_appeared) or 'none'}"))
    parts.append(Text(f"Metrics with figures in the old call only (the new gives none): {', '.join(c.metrics_disappeared) or 'none'}"))
    t = _table("Tone shift (net = (positive - negative) / (positive + negative))",
               ("Scope", "Old net", "New net", "Change", "Uncertainty/1k old → new", "Significant shifts (p < 0.01)"))
    for s in c.tone:
        t.add_row(s.scope, *shift_nets(s),
                  f"{s.old_uncertainty_per_1000:.1f} → {s.new_uncertainty_per_1000:.1f}", tone_shifts(s) or "none")
    parts.append(t)
    parts.append(Text(TONE_TEST, style="dim"))
    for note in c.notes:
        parts.append(Text(f"note: {note}", style="yellow"))
    return Group(*parts)


TONE_TEST = ("A shift is a Loughran-McDonald category whose share of the words moved between the calls with a two-sided "
             "two-proportion z-test p < 0.01 (pooled), on at least 300 words each side; other moves are within noise.")


def shift_nets(s) -> tuple[str, str, str]:
    """Old net, new net and change; a net on too few words is n.s., and so is a change resting on one."""
    old = f"{s.old_net:+.2f}" if s.old_readable else "n.s."
    new = f"{s.new_net:+.2f}" if s.new_readable else "n.s."
    # The change of the nets as shown (+0.74 against +0.65 is +0.09), so the row adds up for the reader.
    change = float(f"{s.new_net:.2f}") - float(f"{s.old_net:.2f}")
    return old, new, f"{change:+.2f}" if s.old_readable and s.new_readable else "n.s."


def tone_shifts(s) -> str:
    """"negative 8.1 → 14.2/1k (p=0.002)" for each category that moved significantly."""
    return "; ".join(f"{x.category.replace('_', ' ')} {x.old_per_1000:.1f} → {x.new_per_1000:.1f}/1k (p={x.p_value:.3g})"
                     for x in s.categories if x.significant)


NO_RESULT = "Guidance for a period now over with no result to hold it to"


def _outcome_tables(c: Comparison) -> list[tuple[str, list]]:
    return [("Guidance in the old call vs actuals in the new", c.outcomes), ("Guidance revisions", c.revisions),
            (NO_RESULT, c.no_result)]


_OUTCOME_WORDS = {"no_actual": "no result stated", "not_held": "not held", "outside": "outside the outlook"}


def outcome_text(o) -> str:
    """"beat (below: a cost)": where a result landed is said beside the verdict, so a cost's beat reads right."""
    text = _OUTCOME_WORDS.get(o.outcome) or o.outcome.replace("_", " ")
    if o.position in ("above", "below"):
        text += f" ({o.position}{': a cost' if o.cost else ': planned spending, no beat or miss' if o.outcome == 'outside' else ''})"
    return text


def _outcome_rows(rows, c: Comparison) -> list[str]:
    out = ["| Period | Metric | Old outlook | New | Outcome | Old lines | New lines |", "|---|---|---|---|---|---|---|"]
    out += [f"| {o.period} | {_md_escape(o.metric + (f', {o.basis}' if o.basis else ''))} | {_md_escape(o.guided)} | {_md_escape(o.actual or '-')} | "
            f"{outcome_text(o)} | {cite_lines(o.old_lines, None, o.old_turns, c.old_cited_by)} | {cite_lines(o.new_lines, None, o.new_turns, c.new_cited_by) or '-'} |" for o in rows]
    return out


def comparison_markdown(c: Comparison) -> str:
    out = [f"# {c.old.company or 'Unknown company'}: what changed", "",
           f"_Old: {_md_escape(call_label(c.old))} · New: {_md_escape(call_label(c.new))}_ (lines: Lnn in the old call for old lines, in the new for new)", ""]
    for title, rows in _outcome_tables(c):
        out += [f"## {title}", ""]
        out += _outcome_rows(rows, c) if rows else ["_None found._"]
        out.append("")
    out += ["## Metrics", "", f"- With figures in the new call only (the old gave none): {', '.join(c.metrics_appeared) or 'none'}",
            f"- With figures in the old call only (the new gives none): {', '.join(c.metrics_disappeared) or 'none'}", "", "## Tone shift", ""]
    if c.tone:
        out += ["| Scope | Old net | New net | Change | Uncertainty/1k old → new | Significant shifts (p < 0.01) |", "|---|---|---|---|---|---|"]
        out += [f"| {s.scope} | {' | '.join(shift_nets(s))} | "
                f"{s.old_uncertainty_per_1000:.1f} → {s.new_uncertainty_per_1000:.1f} | {tone_shifts(s) or 'none'} |" for s in c.tone]
        out += ["", f"_{TONE_TEST}_"]
    else:
        out.append("_Tone not computed._")
    for note in c.notes:
        out += ["", f"> note: {note}"]
    return "\n".join(out) + "\n"
