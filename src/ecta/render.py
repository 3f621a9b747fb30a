"""Terminal renderings of the model (rich). The CLI prints these; nothing here computes."""

from __future__ import annotations

from collections import Counter

from rich.console import Group
from rich.table import Column, Table
from rich.text import Text

from .model import Role, Section, Transcript

_ROLE_STYLE = {Role.CORPORATE: "cyan", Role.ANALYST: "green", Role.OPERATOR: "dim", Role.UNKNOWN: "yellow"}


def transcript_summary(t: Transcript) -> Group:
    m = t.meta
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    period = (
        f"Q{m.fiscal_quarter} FY{m.fiscal_year}" if m.fiscal_quarter and m.fiscal_year
        else (f"FY{m.fiscal_year}" if m.fiscal_year else "unknown")
    )
    for label, value in (
        ("Company", m.company or "unknown"),
        ("Ticker", m.ticker or "-"),
        ("Event", m.title or "-"),
        ("Fiscal period", period),
        ("Date (UTC)", m.event_date.strftime("%Y-%m-%d %H:%M") if m.event_date else "unknown"),
        ("Format", m.source_format),
        ("Source", m.source_name or "-"),
    ):
        head.add_row(label, value)

    counts = Counter(turn.speaker.id for turn in t.turns)
    people = Table(title="Participants", title_justify="left")
    for col in ("Name", "Role", "Title", "Firm", "Turns"):
        people.add_column(col, justify="right" if col == "Turns" else "left")
    for p in t.participants:
        people.add_row(
            p.name + ("" if p.listed or p.role is Role.OPERATOR else " *"),
            Text(p.role.value, style=_ROLE_STYLE[p.role]),
            p.title or "",
            p.firm or "",
            str(counts.get(p.id, 0)),
        )

    sections = Table(title="Sections", title_justify="left")
    for col in ("Section", "Turns", "Lines", "Words"):
        sections.add_column(col)
    for s in (Section.PRESENTATION, Section.QA):
        turns = t.turns_of(s)
        if turns:
            sections.add_row(
                s.value, str(len(turns)), f"{turns[0].line_start}-{turns[-1].line_end}",
                str(sum(tr.words for tr in turns)),
            )

    qa = Table(title="Q&A exchanges", title_justify="left")
    for col in ("#", "Analyst", "Firm", "Questions", "Answered by", "Lines"):
        qa.add_column(col)
    for ex in t.exchanges:
        names = [t.participant(pid) for pid in ex.answered_by]
        qa.add_row(
            str(ex.index + 1), ex.analyst.name, ex.firm or "", str(len(ex.question_turns)),
            ", ".join(p.name for p in names if p), f"{ex.line_start}-{ex.line_end}",
        )
    parts: list = [head, people]
    if any(not p.listed and p.role is not Role.OPERATOR for p in t.participants):
        parts.append(Text("* not in the participant list", style="dim"))
    parts += [sections, qa]
    for w in t.warnings:
        parts.append(Text(f"warning: {w}", style="yellow"))
    return Group(*parts)


def with_citations(table: Table, cited: list[str], header: str = "Where") -> Table:
    """`table`, one row per fact with the line last (`ecta.facts.table.to_table`), its last column replaced by `cited`:
    where the source's lines do not find the words, each fact's turn as the call report cites it ("T7", "T7 L19")."""
    columns = table.columns
    out = Table(*[Column(c.header, justify=c.justify) for c in columns[:-1]], Column(header, justify=columns[-1].justify),
                title=table.title)
    for row, said in zip(zip(*(list(c.cells) for c in columns[:-1])), cited):
        out.add_row(*row, said)
    return out
