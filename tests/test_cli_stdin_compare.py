"""`-` reads the transcript from stdin; `ecta compare` renders like `ecta analyze`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ecta.cli import app

from .conftest import REPO
from .test_cli import assert_one_error_line

Q4 = REPO / "examples" / "northwind-q4-2024.md"
Q1 = REPO / "examples" / "northwind-q1-2025.md"
runner = CliRunner()


def run(*args, stdin: bytes | str | None = None):
    return runner.invoke(app, [str(a) for a in args], input=stdin, catch_exceptions=False)


@pytest.mark.parametrize("command,args", [("parse", ["--json"]), ("facts", ["--json"]), ("analyze", ["--json"])])
def test_stdin_gives_what_the_file_gives(command, args):
    from_file = run(command, Q4, *args)
    from_stdin = run(command, "-", *args, stdin=Q4.read_bytes())
    assert from_stdin.exit_code == 0, from_stdin.stderr
    a, b = json.loads(from_file.stdout), json.loads(from_stdin.stdout)
    if command == "analyze":
        a.pop("timings_ms"), b.pop("timings_ms")
    if command != "facts":
        # Only the name of the source differs.
        assert (a["meta"].pop("source_name"), b["meta"].pop("source_name")) == (str(Q4), "<stdin>")
    assert a == b


@pytest.mark.parametrize("command", ["parse", "facts", "analyze"])
@pytest.mark.parametrize("stdin,needle", [(b"", "standard input"), (b"   \n", "standard input"),
                                          (b"not a call at all", "does not look like"), (b"\x00\x01\x02\x03", "binary")])
def test_bad_stdin_is_one_error_line(command, stdin, needle):
    assert_one_error_line(run(command, "-", stdin=stdin), needle)


def test_stdin_with_other_files_is_refused():
    assert_one_error_line(run("parse", "-", Q4, stdin=Q4.read_bytes()), "standard input")


def test_compare_reads_one_call_from_stdin():
    result = run("compare", Q4, "-", "--json", stdin=Q1.read_bytes())
    assert result.exit_code == 0, result.stderr
    c = json.loads(result.stdout)
    assert {o["outcome"] for o in c["outcomes"]} >= {"beat", "met"}


def test_compare_markdown_has_every_section():
    result = run("compare", Q4, Q1, "--markdown")
    assert result.exit_code == 0, result.stderr
    md = result.stdout
    for heading in ("## Guidance in the old call vs actuals in the new", "## Guidance revisions", "## Metrics", "## Tone shift"):
        assert heading in md
    # The example's Q1 revenue guide of $385-395 million is beaten by $398.2 million.
    assert "| Q1 2025 | revenue, non-GAAP | $385 million to $395 million | $398.2 million | beat (above) |" in md
    assert "z-test" in md


def test_compare_html_is_self_contained(tmp_path):
    out = tmp_path / "c.html"
    result = run("compare", Q4, Q1, "--html", "-o", out)
    assert result.exit_code == 0, result.stderr
    page = out.read_text("utf-8")
    assert page.startswith("<!doctype html>") and "raised" in page and "$398.2 million" in page
    assert "http://" not in page and "https://" not in page and "<script" not in page


def test_compare_one_output_format_only():
    assert run("compare", Q4, Q1, "--json", "--html").exit_code == 2
