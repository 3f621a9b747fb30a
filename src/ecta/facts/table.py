"""Facts as a terminal table, JSON or CSV: the shapes `ecta facts` writes."""

from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

from ..model import Fact

if TYPE_CHECKING:
    from rich.table import Table

CSV_COLUMNS = ("metric", "phrase", "value", "low", "high", "unit", "approx", "change", "direction", "period", "kind",
               "basis", "speaker", "turn", "line", "page", "text", "sentence")
"""Stable column order: scripts may rely on it."""


def row(f: Fact) -> dict[str, str]:
    def s(v: object) -> str:
        if v is None:
            return ""
        if hasattr(v, "value"):
            return str(v.value)
        if isinstance(v, bool):
            return "true" if v else "false"
        return str(v)

    data = {c: s(getattr(f, c)) for c in CSV_COLUMNS if c != "period"}
    data["period"] = f.period.label if f.period else ""
    return {c: data[c] for c in CSV_COLUMNS}


def to_csv(facts: list[Fact]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for f in facts:
        w.writerow(row(f))
    return buf.getvalue()


def to_json(facts: list[Fact]) -> str:
    return json.dumps([f.model_dump(mode="json") for f in facts], indent=2, ensure_ascii=False)


def to_table(facts: list[Fact], title: str | None = None) -> Table:
    from rich.table import Table

    from ..report.figures import fmt_fact

    t = Table(title=title)
    for col in ("Metric", "Value", "Change", "Period", "Kind", "Basis", "Speaker", "Line"):
        t.add_column(col, justify="right" if col in ("Line",) else "left")
    for f in facts:
        value = fmt_fact(f)
        if f.approx:
            value = "~" + value
        t.add_row(f.metric, value, f.change.value if f.change else "", f.period.label if f.period else "",
                  f.kind.value, f.basis.value if f.basis else "", f.speaker or "", str(f.line))
    return t
