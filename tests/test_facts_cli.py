"""`ecta facts`: table, --json, --csv, and errors as one line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from ecta.cli import app
from ecta.facts.table import CSV_COLUMNS

runner = CliRunner()

CALL = """\
Operator: Good day and welcome to the Larkspur Tools fourth quarter 2024 earnings call.
Mina Okafor: Thank you. Revenue for the fourth quarter was $84.2 million, up 12% year-over-year.
Mina Okafor: GAAP net income was $6.1 million, or $0.21 per diluted share.
Mina Okafor: For the first quarter, we expect revenue of $80 million to $82 million.
Ravi Tan: Thanks. Could you talk about pricing?
Mina Okafor: Pricing was stable.
"""


def _call(tmp_path: Path) -> Path:
    p = tmp_path / "larkspur-q4-2024.txt"
    p.write_text(CALL, encoding="utf-8")
    return p


def test_json_lists_the_facts(tmp_path: Path) -> None:
    r = runner.invoke(app, ["facts", str(_call(tmp_path)), "--json"])
    assert r.exit_code == 0, r.output
    facts = json.loads(r.stdout)
    got = {(f["metric"], f["value"], f["low"], f["high"], f["change"], f["kind"]) for f in facts}
    assert ("revenue", "84200000", None, None, None, "actual") in got
    assert ("revenue", "12", None, None, "yoy", "actual") in got
    assert ("eps", "0.21", None, None, None, "actual") in got
    assert ("revenue", None, "80000000", "82000000", None, "guidance") in got
    assert all(f["line"] >= 2 for f in facts)


def test_csv_has_a_stable_header(tmp_path: Path) -> None:
    r = runner.invoke(app, ["facts", str(_call(tmp_path)), "--csv"])
    assert r.exit_code == 0, r.output
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) >= 5
    net = next(dict(zip(rows[0], row)) for row in rows[1:] if row[0] == "net_income")
    assert net["value"] == "6100000" and net["basis"] == "GAAP" and net["unit"] == "USD"


def test_table_by_default(tmp_path: Path) -> None:
    r = runner.invoke(app, ["facts", str(_call(tmp_path))])
    assert r.exit_code == 0, r.output
    assert "revenue" in r.stdout and "guidance" in r.stdout


def test_missing_file_is_one_error_line(tmp_path: Path) -> None:
    r = runner.invoke(app, ["facts", str(tmp_path / "nope.txt")])
    assert r.exit_code == 1
    assert r.output.strip().startswith("Error:") and len(r.output.strip().splitlines()) == 1


def test_json_and_csv_together_are_refused(tmp_path: Path) -> None:
    r = runner.invoke(app, ["facts", str(_call(tmp_path)), "--json", "--csv"])
    assert r.exit_code != 0
