"""Golden cases for parsers: `<case>.expected.json` beside an input file.

The expected file holds a hand-reviewable projection of the Transcript (one line per
participant, turn and exchange) plus optional hand-written keys that --update-golden keeps:
  "input":   the input file name in the same folder (required)
  "format":  the format detection must pick (checked, not projected)
  "absent":  strings that must not appear in any turn's text (boilerplate, ads, headers)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ecta.model import ParagraphKind, Transcript

KEPT_KEYS = ("input", "format", "absent", "note")


def project(t: Transcript) -> dict[str, Any]:
    m = t.meta
    return {
        "meta": {
            "company": m.company,
            "ticker": m.ticker,
            "fiscal_year": m.fiscal_year,
            "fiscal_quarter": m.fiscal_quarter,
            "event_date": m.event_date.isoformat() if m.event_date else None,
        },
        "participants": [[p.name, p.role.value, p.title, p.firm, p.listed] for p in t.participants],
        "turns": [
            [
                tr.speaker.name,
                tr.speaker.role.value,
                tr.section.value,
                tr.line_start,
                tr.line_end,
                sum(1 for p in tr.paragraphs if p.kind is ParagraphKind.SPEECH),
                sum(1 for p in tr.paragraphs if p.kind is ParagraphKind.STAGE),
            ]
            for tr in t.turns
        ],
        "exchanges": [
            [ex.analyst.name, ex.firm, ex.question_turns, ex.answer_turns, ex.answered_by] for ex in t.exchanges
        ],
    }


def dumps(doc: dict[str, Any]) -> str:
    """JSON with one list item per line, so a diff shows exactly which turn changed."""
    lines = ["{"]
    items = list(doc.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if isinstance(value, list) and value and key != "absent":
            lines.append(f"  {json.dumps(key)}: [")
            for j, item in enumerate(value):
                lines.append("    " + json.dumps(item, ensure_ascii=False) + ("," if j < len(value) - 1 else ""))
            lines.append("  ]" + comma)
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def cases(root: Path) -> list[Path]:
    return sorted(root.rglob("*.expected.json"))


def load(expected_path: Path) -> dict[str, Any]:
    return json.loads(expected_path.read_text("utf-8"))


def write(expected_path: Path, old: dict[str, Any], t: Transcript) -> None:
    doc = {k: old[k] for k in KEPT_KEYS if k in old}
    doc.update(project(t))
    expected_path.write_text(dumps(doc), "utf-8")
