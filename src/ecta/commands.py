"""The `ecta` command as typer declares it: each command's arguments, options, help and usage errors.

What a command does is in `ecta.cli` (`run_*`), which `ecta.cli.main` can also reach without typer for the
plain forms of the commands run most (see `cli.direct`). No `from __future__ import annotations` here: typer reads
every command's annotations when it builds the CLI, and evaluating them from strings took three quarters of that.
"""

from pathlib import Path
from typing import Annotated, Optional

import typer

from . import cli

app = typer.Typer(
    name="ecta",
    help="Earnings Call Transcript Analyzer: structure, facts and a report from earnings-call transcripts.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FormatOption = Annotated[
    Optional[str], typer.Option("--format", "-f", help="Source format (see `ecta formats`); detected when omitted.")
]


@app.command()
def parse(
    paths: Annotated[list[Path], typer.Argument(help="Transcript files or directories, or - to read one from stdin.")],
    format: FormatOption = None,
    json: Annotated[bool, typer.Option("--json", help="Write the whole model as JSON (JSON lines for several files).")] = False,
) -> None:
    """Parse transcripts into speakers, sections and Q&A exchanges.

    Example: ecta parse call.txt --json > call.json
    """
    cli.run_parse(paths, format, json)


@app.command("formats")
def list_formats() -> None:
    """List the source formats ecta reads."""
    cli.run_formats()


@app.command()
def facts(
    path: Annotated[Path, typer.Argument(help="One transcript file, or - to read it from stdin.")],
    format: FormatOption = None,
    json: Annotated[bool, typer.Option("--json", help="The facts as a JSON list.")] = False,
    csv: Annotated[bool, typer.Option("--csv", help="The facts as CSV (header + one row per fact).")] = False,
) -> None:
    """Every stated figure with its metric, period, kind and basis (see docs/facts.md).

    Example: ecta facts call.txt --csv > facts.csv
    """
    if json and csv:
        raise typer.BadParameter("choose one of --json, --csv")
    cli.run_facts(path, format, json, csv)


@app.command()
def analyze(
    path: Annotated[Path, typer.Argument(help="One transcript file, or - to read it from stdin.")],
    format: FormatOption = None,
    json: Annotated[bool, typer.Option("--json", help="Everything, as JSON.")] = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="The report as markdown.")] = False,
    html: Annotated[bool, typer.Option("--html", help="One self-contained HTML page with the transcript.")] = False,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """The call report: summary bullets, guidance, checks, tone and Q&A behaviour.

    Example: ecta analyze call.txt --html -o call.html
    """
    if sum((json, markdown, html)) > 1:
        raise typer.BadParameter("choose one of --json, --markdown, --html")
    cli.run_analyze(path, format, json, markdown, html, output)


@app.command()
def compare(
    old: Annotated[Path, typer.Argument(help="The earlier call (or - for stdin).")],
    new: Annotated[Path, typer.Argument(help="The later call (or - for stdin).")],
    format: FormatOption = None,
    json: Annotated[bool, typer.Option("--json", help="The comparison as JSON.")] = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="The comparison as markdown.")] = False,
    html: Annotated[bool, typer.Option("--html", help="The comparison as one self-contained HTML page.")] = False,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
) -> None:
    """What changed since the last call: guidance met/beat/missed, revisions, metrics, tone shifts with a significance test.

    Example: ecta compare q3.txt q4.txt --markdown
    """
    if sum((json, markdown, html)) > 1:
        raise typer.BadParameter("choose one of --json, --markdown, --html")
    if old == cli.STDIN and new == cli.STDIN:
        raise typer.BadParameter("only one of OLD and NEW can be read from stdin")
    cli.run_compare(old, new, format, json, markdown, html, output)


@app.command()
def summarize(
    paths: Annotated[list[Path], typer.Argument(help="Transcript files or directories, or - to read one from stdin.")],
    out_dir: Annotated[
        Optional[Path], typer.Option("--out", help="Write one plain-text summary per input here, under the input's name.")
    ] = None,
    format: FormatOption = None,
) -> None:
    """Reuters-style bullet summary: four to eight bullets, each citing the source lines it rests on.

    Example: ecta summarize calls/ --out summaries/
    """
    cli.run_summarize(paths, out_dir, format)
