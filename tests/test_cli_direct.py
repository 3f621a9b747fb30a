"""`ecta.cli.main` runs the plain forms of analyze, facts and parse without typer: it must read them as typer does,
and leave every other command line to typer."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import typer.main
from typer.testing import CliRunner

from ecta import cli
from ecta.cli import DIRECT, app, direct

from .conftest import REPO

EXAMPLE = REPO / "examples" / "northwind-q1-2025.md"
COMMANDS = typer.main.get_command(app).commands  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(DIRECT))
def test_direct_reads_the_options_typer_declares(name):
    run, argument, flags, options = DIRECT[name]
    params = COMMANDS[name].params
    declared_flags = {opt: p.name for p in params if getattr(p, "is_flag", False) for opt in p.opts if opt != "--help"}
    declared_options = {opt: p.name for p in params if p.param_type_name == "option" and not p.is_flag for opt in p.opts}
    arguments = [p for p in params if p.param_type_name == "argument"]
    assert declared_flags == flags
    assert declared_options == options
    assert [p.name for p in arguments] == [argument]
    assert (arguments[0].nargs == -1) == (argument == "paths")
    assert run.__name__ == f"run_{name}"


@pytest.mark.parametrize("argv", [
    [], ["--help"], ["analyze"], ["analyze", "-h"], ["analyze", "a.txt", "--help"], ["analyze", "a.txt", "b.txt"],
    ["analyze", "a.txt", "--json", "--json"], ["analyze", "a.txt", "--json", "--html"], ["facts", "a.txt", "--json", "--csv"],
    ["analyze", "a.txt", "--format=fool-json"], ["analyze", "a.txt", "-f"], ["analyze", "a.txt", "-f", "--json"],
    ["analyze", "a.txt", "-f", "x", "-f", "y"], ["analyze", "--", "a.txt"], ["analyze", "a.txt", "--jsonl"], ["analyze", ""],
    ["facts", "a.txt", "-o", "out.txt"], ["compare", "a.txt", "b.txt"], ["summarize", "a.txt"], ["formats"],
])
def test_everything_else_is_left_to_typer(argv):
    assert direct(argv) is None


def _direct(argv, capsys):
    call = direct([str(a) for a in argv])
    assert call is not None
    try:
        call()
        code = 0
    except SystemExit as e:
        code = e.code
    out = capsys.readouterr()
    return code, out.out, out.err


def _typer(argv):
    result = CliRunner().invoke(app, [str(a) for a in argv], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("argv", [
    ["facts", EXAMPLE, "--json"], ["facts", "--csv", EXAMPLE], ["parse", EXAMPLE, "--json"],
    ["parse", EXAMPLE, EXAMPLE, "--json", "-f", "streetevents-md"], ["analyze", EXAMPLE, "--markdown"],
    ["analyze", "-f", "streetevents-md", EXAMPLE, "--html"], ["analyze", REPO / "no-such-call.txt", "--json"],
    ["facts", EXAMPLE, "--format", "no-such-format"],
])
def test_direct_does_what_typer_does(argv, capsys):
    assert _direct(argv, capsys) == _typer(argv)


def test_direct_writes_the_file_typer_writes(tmp_path, capsys):
    ours, theirs = tmp_path / "direct.md", tmp_path / "typer.md"
    assert _direct(["analyze", EXAMPLE, "--markdown", "-o", ours], capsys) == _typer(["analyze", EXAMPLE, "--markdown", "-o", theirs])
    assert ours.read_text("utf-8") == theirs.read_text("utf-8")


def test_analyze_json_runs_without_typer():
    code = ("import sys; sys.argv = ['ecta', 'analyze', sys.argv[1], '--json']; "
            "from ecta.cli import main; main(); print(sorted(m for m in ('typer', 'click', 'rich') if m in sys.modules), file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, str(EXAMPLE)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(REPO / "src")}, check=True)
    assert proc.stderr.strip() == "[]"
    assert '"summary"' in proc.stdout


def test_the_typer_app_is_the_one_commands_declares():
    from ecta import commands

    assert cli.app is commands.app
