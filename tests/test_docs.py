"""Every command and option of the CLI is documented in docs/cli.md (sqlite-utils style)."""

from __future__ import annotations

import pytest
import typer.main

from ecta.cli import app

from .conftest import REPO

DOC = (REPO / "docs" / "cli.md").read_text("utf-8")
COMMANDS = typer.main.get_command(app).commands  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_documented(name):
    assert f"## ecta {name}" in DOC


@pytest.mark.parametrize(
    "name,option",
    [(n, opt) for n, cmd in sorted(COMMANDS.items()) for p in cmd.params for opt in p.opts if opt.startswith("--") and opt != "--help"],
)
def test_option_is_documented(name, option):
    section = DOC.split(f"## ecta {name}", 1)[1].split("\n## ", 1)[0]
    assert option in section, f"{option} of `ecta {name}` missing from docs/cli.md"


def test_readme_commands_are_real():
    readme = (REPO / "README.md").read_text("utf-8")
    for line in readme.splitlines():
        if line.startswith("$ ecta "):
            assert line.split()[2] in COMMANDS


def test_readme_summary_example_is_the_real_output():
    """The bullets the README shows for the bundled example are what `ecta summarize` prints for it today."""
    from typer.testing import CliRunner

    readme = (REPO / "README.md").read_text("utf-8")
    command = "ecta summarize examples/northwind-q4-2024.md"
    assert f"(`{command}`)" in readme
    shown = readme.split(f"(`{command}`):", 1)[1].split("```", 2)[1].strip()
    result = CliRunner().invoke(app, ["summarize", str(REPO / "examples" / "northwind-q4-2024.md")])
    assert result.exit_code == 0, result.output
    assert shown == result.output.strip()
