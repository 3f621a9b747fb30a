"""The `ecta` command as a user meets it: output, exit codes, and one-line errors on bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ecta.cli import app
from ecta.model import Role, Transcript

from .conftest import DATA, REPO

EXAMPLE = REPO / "examples" / "northwind-q4-2024.md"
FIXTURES = DATA / "formats" / "streetevents-md"

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def assert_one_error_line(result, *needles: str) -> None:
    assert result.exit_code == 1, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.output + result.stderr
    for needle in needles:
        assert needle in lines[0]


# --- the main job --------------------------------------------------------------------------


def test_summary_shows_participants_sections_and_exchanges():
    result = run("parse", EXAMPLE)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Northwind Fabrics, Inc." in out
    assert "Q4 FY2024" in out
    for name in ("Thomas Okafor", "Priya Raman", "Ingrid Sorensen", "Hannah Brooks"):
        assert name in out
    assert "presentation" in out and "qa" in out
    assert "Q&A exchanges" in out
    assert "Kestrel Capital" in out


def test_json_round_trips_through_the_model():
    result = run("parse", EXAMPLE, "--json")
    assert result.exit_code == 0, result.stderr
    t = Transcript.from_json(result.stdout)
    assert t.meta.ticker == "NWF"
    assert t.meta.source_format == "streetevents-md"
    assert len(t.exchanges) == 6
    assert Transcript.from_json(t.to_json()) == t
    assert all(ex.analyst.role is Role.ANALYST for ex in t.exchanges)


def test_its_own_json_is_read_back_by_every_command(tmp_path):
    saved = tmp_path / "call.json"
    saved.write_text(run("parse", EXAMPLE, "--json").stdout, "utf-8")
    assert Transcript.from_json(run("parse", saved, "--json").stdout) == Transcript.from_json(saved.read_text("utf-8"))
    assert run("facts", saved, "--csv").stdout == run("facts", EXAMPLE, "--csv").stdout
    report = run("analyze", saved, "--markdown")
    assert report.exit_code == 0, report.stderr
    assert report.stdout == run("analyze", EXAMPLE, "--markdown").stdout


@pytest.mark.parametrize("command", ["parse", "facts", "analyze"])
def test_json_of_another_major_schema_is_one_error_line(tmp_path, command):
    doc = json.loads(run("parse", EXAMPLE, "--json").stdout)
    doc["schema_version"] = "2.0"
    (tmp_path / "call.json").write_text(json.dumps(doc, indent=2), "utf-8")
    assert_one_error_line(run(command, tmp_path / "call.json"), "call.json", "schema_version '2.0'", "1.x")


def test_format_override_is_used(tmp_path):
    # A file the detector would give to streetevents-md, read as the generic "Name: text" layout.
    generic = tmp_path / "call.txt"
    generic.write_text(
        "Operator: Welcome to the Acme Widgets first quarter call.\n\n"
        "Jane Roe: Thank you. Revenue was $10 million.\n\n"
        "Operator: Our first question comes from Sam Poe with Zed Bank.\n\n"
        "Sam Poe: How was demand?\n\n"
        "Jane Roe: Demand was strong.\n",
        "utf-8",
    )
    result = run("parse", generic, "--format", "generic", "--json")
    assert result.exit_code == 0, result.stderr
    assert Transcript.from_json(result.stdout).meta.source_format == "generic"


def test_forcing_the_wrong_format_is_one_error_line(tmp_path):
    generic = tmp_path / "call.txt"
    generic.write_text("Operator: Welcome.\n\nJane Roe: Thank you, everyone.\n", "utf-8")
    result = run("parse", generic, "--format", "streetevents-md")
    assert_one_error_line(result, "call.txt")


def test_formats_lists_every_registered_parser():
    from ecta import formats

    result = run("formats")
    assert result.exit_code == 0
    for name in formats.names():
        assert name in result.stdout


def test_several_files_are_tabled(tmp_path, monkeypatch):
    for f in (EXAMPLE, FIXTURES / "mixed_headers.md", FIXTURES / "queue_and_aliases.md"):
        shutil.copy(f, tmp_path / f.name)
    monkeypatch.chdir(tmp_path)  # short relative paths, so the 80-column table does not elide them
    result = run("parse", "northwind-q4-2024.md", "mixed_headers.md", "queue_and_aliases.md")
    assert result.exit_code == 0, result.stderr
    assert "3 files" in result.stdout
    for name in ("northwind-q4-2024.md", "mixed_headers.md", "queue_and_aliases.md"):
        assert name in result.stdout
    assert "streetevents-md" in result.stdout


def test_directory_with_one_bad_file_reports_it_and_parses_the_rest(tmp_path, monkeypatch):
    folder = tmp_path / "calls"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "good.md")
    shutil.copy(FIXTURES / "mixed_headers.md", folder / "also_good.md")
    (folder / "notes.txt").write_text("Shopping list\nmilk\neggs\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("parse", "calls", "--json")
    assert result.exit_code == 1
    parsed = [Transcript.from_json(line) for line in result.stdout.splitlines() if line.strip()]
    assert sorted(Path(t.meta.source_name).name for t in parsed) == ["also_good.md", "good.md"]
    assert "notes.txt" in result.stderr
    assert "Error: 1 of 3 files could not be parsed" in result.stderr
    assert "Traceback" not in result.stderr


# --- bad input: exit 1, exactly one `Error:` line with a hint --------------------------------


def test_missing_file(tmp_path):
    assert_one_error_line(run("parse", tmp_path / "nope.txt"), "nope.txt", "no such file")


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert_one_error_line(run("parse", tmp_path / "empty.txt"), "empty")


def test_whitespace_only_file(tmp_path):
    (tmp_path / "blank.txt").write_bytes(b" \n\r\n\t\n")
    assert_one_error_line(run("parse", tmp_path / "blank.txt"))


def test_binary_file(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert_one_error_line(run("parse", tmp_path / "image.png"), "binary")


def test_unknown_format_name():
    assert_one_error_line(run("parse", EXAMPLE, "--format", "nosuch"), "nosuch", "ecta formats")


def test_not_a_transcript(tmp_path):
    (tmp_path / "notes.txt").write_text("Shopping list\nmilk\neggs\nbread for the week\n", "utf-8")
    assert_one_error_line(run("parse", tmp_path / "notes.txt"), "--format")


def test_empty_directory(tmp_path):
    assert_one_error_line(run("parse", tmp_path), "no files")


# --- usage errors: exit 2 ------------------------------------------------------------------


@pytest.mark.parametrize("args", [["parse"], ["parse", "--bogus", "x"], ["no-such-command"]])
def test_usage_errors_exit_2(args):
    result = run(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output + result.stderr


# --- the installed entry point -------------------------------------------------------------


def test_installed_entry_point_runs():
    exe = Path(sys.executable).with_name("ecta")
    if not exe.exists():
        found = shutil.which("ecta")
        if found is None:
            pytest.skip("the ecta entry point is not installed in this environment")
        exe = Path(found)
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1"}
    ok = subprocess.run([str(exe), "parse", str(EXAMPLE)], capture_output=True, text=True, env=env, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert "Thomas Okafor" in ok.stdout
    bad = subprocess.run([str(exe), "parse", "/no/such/file.txt"], capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 1
    assert bad.stderr.startswith("Error: ") and len(bad.stderr.strip().splitlines()) == 1
    assert "Traceback" not in bad.stderr


def test_batch_table_never_elides_a_path(tmp_path):
    deep = tmp_path / "a-rather-long-folder-name" / "and-another-long-one"
    deep.mkdir(parents=True)
    shutil.copy(FIXTURES / "mixed_headers.md", deep / "first_call_with_a_long_name.md")
    (deep / "not_a_transcript_either.txt").write_text("milk\neggs\nbread\n", "utf-8")
    result = run("parse", deep)
    assert result.exit_code == 1
    shown = result.stdout + result.stderr
    assert "…" not in shown  # folded over several lines, every character still there
    # Read the File column back: its folded pieces, top to bottom, spell the whole path.
    first_column = "".join(
        line.split("│")[1].strip() for line in shown.splitlines() if line.startswith("│") and line.count("│") > 2
    )
    assert str(deep / "not_a_transcript_either.txt") in first_column


def test_a_reader_that_goes_away_ends_the_command_quietly():
    """`ecta facts call.txt --json | head -1`: the pipe closes early; no "internal error" line, no traceback."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "COLUMNS": "120", "NO_COLOR": "1"}
    proc = subprocess.Popen([sys.executable, "-c", "from ecta.cli import main; main()", "facts", "--json",
                             str(EXAMPLE)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    proc.stdout.close()  # nothing is read: the first write of the JSON meets a closed pipe
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "internal error" not in stderr and "Traceback" not in stderr


@pytest.mark.parametrize("command", [["analyze", str(EXAMPLE)], ["compare", str(EXAMPLE), str(REPO / "examples" / "northwind-q1-2025.md")]])
def test_a_narrow_terminal_never_cuts_a_figure(command, monkeypatch):
    """Cells fold onto more lines in a narrow terminal: a figure cut to "27…" would be a wrong figure."""
    monkeypatch.setenv("COLUMNS", "60")
    result = run(*command)
    assert result.exit_code == 0, result.stderr
    assert "…" not in result.stdout
