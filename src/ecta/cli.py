"""The `ecta` command: a thin layer over the library. Errors become one `Error: ...` line, exit 1."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from . import formats
from .errors import EctaError
from .parsing import parse as parse_transcript

app = typer.Typer(
    name="ecta",
    help="Earnings Call Transcript Analyzer: structure, facts and a report from earnings-call transcripts.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class _Console:
    """rich's Console, made on first use: JSON output never needs rich, whose import is a good part of start-up."""

    def __init__(self, **options) -> None:
        self._options, self._console = options, None

    def get(self):
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str):
        return getattr(self.get(), name)


out = _Console(highlight=False, soft_wrap=False)
err = _Console(stderr=True, highlight=False)

PROGRESS_THRESHOLD = 5
"""More input files than this get a progress bar."""

FormatOption = Annotated[
    Optional[str], typer.Option("--format", "-f", help="Source format (see `ecta formats`); detected when omitted.")
]


def fail(message: str) -> NoReturn:
    err.print(f"Error: {message}", markup=False, soft_wrap=True)
    raise typer.Exit(1)


@contextmanager
def reported() -> Iterator[None]:
    """Turn any failure into one `Error:` line: ecta's own errors as they are, bugs with a hint."""
    try:
        yield
    except EctaError as e:
        fail(str(e))
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except BrokenPipeError:
        raise  # the reader went away (`ecta facts x | head`): click ends quietly, as Unix tools do
    except Exception as e:  # a bug: still one line, never a traceback
        fail(f"internal error ({type(e).__name__}: {e}). Please report it with the input file.")


STDIN = Path("-")
"""`-` as the file: the transcript is read from standard input, its format detected from the content."""


def _read(path: Path, format: str | None):
    """Parse one transcript from a file, or from stdin when the path is `-`."""
    if path != STDIN:
        return parse_transcript(path, format=format)
    from .source import MAX_BYTES, Source

    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if not data.strip():
        fail("no transcript on standard input (nothing was piped in).")
    if len(data) > MAX_BYTES:
        fail(f"standard input is too large for one transcript (limit {MAX_BYTES // 2**20} MiB).")
    return parse_transcript(Source(data=data, name="<stdin>"), format=format)


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given; directories expanded to the files inside them (sorted, hidden skipped)."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found += sorted(
                f for f in p.rglob("*")
                if f.is_file() and not any(part.startswith((".", "_")) for part in f.relative_to(p).parts)
            )
        else:
            found.append(p)
    return found


def input_files(paths: list[Path], format: str | None) -> list[Path]:
    """The files a multi-file command works on; a bad --format or an empty selection fails first."""
    if format is not None:
        formats.get(format)
    files = expand_paths(paths)
    if not files:
        fail("no files found in " + ", ".join(map(str, paths)))
    return files


@app.command()
def parse(
    paths: Annotated[list[Path], typer.Argument(help="Transcript files or directories, or - to read one from stdin.")],
    format: FormatOption = None,
    json: Annotated[bool, typer.Option("--json", help="Write the whole model as JSON (JSON lines for several files).")] = False,
) -> None:
    """Parse transcripts into speakers, sections and Q&A exchanges.

    Example: ecta parse call.txt --json > call.json
    """
    with reported():
        if STDIN in paths and len(paths) > 1:
            fail("`-` (standard input) cannot be combined with other files.")
        files = [STDIN] if paths == [STDIN] else input_files(paths, format)
        if len(files) == 1:
            t = _read(files[0], format)
            if json:
                sys.stdout.write(t.to_json() + "\n")
            else:
                from .render import transcript_summary

                out.print(transcript_summary(t))
            return
    _parse_many(files, format, json)


def _parse_many(files: list[Path], format: str | None, json: bool) -> None:
    from rich.progress import Progress
    from rich.table import Table

    table = Table(title=f"{len(files)} files")
    for col in ("File", "Format", "Turns", "Exchanges", "Problem"):
        # fold, never elide: a cut-off path or message cannot tell the user which file failed or why
        table.add_column(col, overflow="fold")
    failed = 0
    with Progress(console=err.get(), transient=True, disable=len(files) <= PROGRESS_THRESHOLD) as progress:
        task = progress.add_task("Parsing", total=len(files))
        for f in files:
            try:
                t = parse_transcript(f, format=format)
            except EctaError as e:
                failed += 1
                table.add_row(str(f), "-", "-", "-", str(e))
            except Exception as e:  # noqa: BLE001 - one bad file must not stop the batch
                failed += 1
                table.add_row(str(f), "-", "-", "-", f"internal error ({type(e).__name__}: {e})")
            else:
                if json:
                    sys.stdout.write(t.to_json(indent=None) + "\n")
                table.add_row(str(f), t.meta.source_format, str(len(t.turns)), str(len(t.exchanges)), "; ".join(t.warnings))
            progress.advance(task)
    (err if json else out).print(table)
    if failed:
        err.print(f"Error: {failed} of {len(files)} files could not be parsed (see the table above).")
        raise typer.Exit(1)


@app.command("formats")
def list_formats() -> None:
    """List the source formats ecta reads."""
    from rich.table import Table

    table = Table()
    table.add_column("Name")
    table.add_column("Description")
    for p in formats.all_parsers():
        table.add_row(p.name, p.description)
    out.print(table)


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
    with reported():
        from .facts import extract_facts
        from .facts.table import to_csv, to_json, to_table

        found = extract_facts(_read(path, format))
        if json:
            sys.stdout.write(to_json(found) + "\n")
        elif csv:
            sys.stdout.write(to_csv(found))
        else:
            out.print(to_table(found, title=f"{len(found)} facts in {'standard input' if path == STDIN else path.name}"))


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
    with reported():
        from .report import analyze as analyze_call

        t = _read(path, format)
        report = analyze_call(t)
        # the renderers (and rich) are imported only for the form asked for
        _render(report, "json" if json else "markdown" if markdown else "html" if html else None, output,
                markdown=lambda r: _text().markdown(r), html=lambda r: _html().html(r, t), terminal=lambda r: _text().terminal(r))


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
    if old == STDIN and new == STDIN:
        raise typer.BadParameter("only one of OLD and NEW can be read from stdin")
    with reported():
        from .report import compare_calls

        result = compare_calls(_read(old, format), _read(new, format))
        _render(result, "json" if json else "markdown" if markdown else "html" if html else None, output,
                markdown=lambda r: _text().comparison_markdown(r), html=lambda r: _html().comparison_html(r),
                terminal=lambda r: _text().comparison_terminal(r))


@app.command()
def summarize(
    paths: Annotated[list[Path], typer.Argument(help="Transcript files or directories.")],
    out_dir: Annotated[
        Optional[Path], typer.Option("--out", help="Write one plain-text summary per input here, under the input's name.")
    ] = None,
    format: FormatOption = None,
) -> None:
    """Reuters-style bullet summary: four to eight bullets, each citing the source lines it rests on.

    Example: ecta summarize calls/ --out summaries/
    """
    with reported():
        files = input_files(paths, format)
        if out_dir is not None:
            try:
                out_dir.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                fail(f"cannot create {out_dir} ({e.strerror}).")
    from rich.progress import Progress

    from .summarize import summarize as summarize_call

    failed = 0
    with Progress(console=err.get(), transient=True, disable=len(files) <= PROGRESS_THRESHOLD) as progress:
        task = progress.add_task("Summarizing", total=len(files))
        for f in files:
            try:
                summary = summarize_call(parse_transcript(f, format=format))
                if out_dir is not None:
                    (out_dir / f.name).write_text(summary.text(), "utf-8")
            except EctaError as e:
                failed += 1
                err.print(f"Error: {e}", markup=False, soft_wrap=True)
            except OSError as e:
                failed += 1
                err.print(f"Error: {f}: cannot write the summary ({e.strerror}).", markup=False, soft_wrap=True)
            except Exception as e:  # noqa: BLE001 - one bad file must not stop the batch
                failed += 1
                err.print(f"Error: {f}: internal error ({type(e).__name__}: {e}).", markup=False, soft_wrap=True)
            else:
                if out_dir is None:
                    if len(files) > 1:
                        out.print(f"\n{f}", markup=False)
                    for b in summary.bullets:
                        where = "line" if len(b.lines) == 1 else "lines"
                        out.print(f"- {b.text} ({where} {', '.join(map(str, b.lines))})", markup=False, soft_wrap=True)
            progress.advance(task)
    if failed:
        err.print(f"Error: {failed} of {len(files)} files could not be summarized.", markup=False)
        raise typer.Exit(1)


def _text():
    from .report import render_text

    return render_text


def _html():
    from .report import render_html

    return render_html


def _render(result, form: str | None, output: Path | None, *, markdown, html, terminal) -> None:
    """One result in the form asked for: JSON, markdown, HTML, or the terminal view (to a file with -o)."""
    if form is None:
        if output is None:
            out.print(terminal(result))
            return
        from rich.console import Console

        try:
            with output.open("w", encoding="utf-8") as fh:
                Console(file=fh, width=140).print(terminal(result))
        except OSError as e:
            fail(f"cannot write {output} ({e.strerror}).")
        return
    renderer = {"json": lambda r: r.model_dump_json(indent=2), "markdown": markdown, "html": html}[form]
    _emit(renderer(result), output)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        output.write_text(text, "utf-8")
    except OSError as e:
        fail(f"cannot write {output} ({e.strerror}).")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
