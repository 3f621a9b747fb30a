"""The bundled example's fact table, reviewed figure by figure against the transcript.

Regenerate with `pytest tests/test_facts_golden.py --update-golden`, then review the diff line by line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import ecta
from ecta.facts import extract_facts
from ecta.model import Fact

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "northwind-q4-2024.md"
GOLDEN = REPO / "tests" / "data" / "facts" / "golden" / "northwind-q4-2024.facts.json"
FIELDS = ("line", "text", "metric", "value", "low", "high", "unit", "approx", "change", "direction", "period", "kind", "basis")


def project(f: Fact) -> dict:
    d = f.model_dump(mode="json", include=set(FIELDS))
    d["period"] = f.period.label if f.period else None
    return {k: d[k] for k in FIELDS}


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the bundled example is not in this checkout")
def test_northwind_fact_table(update_golden: bool) -> None:
    got = [project(f) for f in extract_facts(ecta.parse(EXAMPLE))]
    if update_golden:
        GOLDEN.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert got == want


KNOWN_WRONG = GOLDEN.with_name("northwind-q4-2024.known-wrong.json")


def _known_wrong() -> list:
    rows = json.loads(KNOWN_WRONG.read_text(encoding="utf-8"))["rows"]
    return [pytest.param(r, id=f"line{r['line']}-{r['text']}", marks=pytest.mark.xfail(strict=True, reason=r["why"])) for r in rows]


@pytest.mark.skipif(not EXAMPLE.exists(), reason="the bundled example is not in this checkout")
@pytest.mark.parametrize("row", _known_wrong())
def test_northwind_known_wrong_rows(row: dict) -> None:
    facts = [project(f) for f in extract_facts(ecta.parse(EXAMPLE))]
    (fact,) = [f for f in facts if f["line"] == row["line"] and f["text"] == row["text"]]
    assert {k: fact[k] for k in row["expect"]} == row["expect"]
