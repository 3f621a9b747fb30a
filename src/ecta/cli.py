"""The `ecta` command: a thin layer over the library. Errors become one `Error: ...` line, exit 1.

What each command does is here (`run_*`); `ecta.commands` declares them to typer (arguments, options, help, usage
errors). `main` runs the plain forms of `analyze`, `facts` and `parse` without typer (`direct`): importing typer and
building the CLI was about a tenth of an `ecta analyze --json`; every other command line goes to typer.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

# Importing pydantic and building ecta's models makes some 40,000 container objects that live as long as the process:
# the collector would scan them again and again (about 15 ms of a 0.7 s `ecta analyze`). It pauses while this module
# loads, and `main` freezes what the imports made out of its later passes. `ecta` itself imports nothing, so this runs
# first.
_COLLECTING = gc.isenabled()
gc.disable()
# pydantic looks for plugins among every installed package's entry points when it builds the first model (8 ms in a
# small environment, more in a large one); no plugin has a part in what this command prints. Set the variable
# (even empty) to choose otherwise.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def _plugins_off_loader() -> None:
    """pydantic's plugin loader imports `importlib.metadata` (and with it `email`, `zipfile`, `csv`: about 30 ms)
    when the first model is built, only to return no plugin when they are disabled. Its place holds a loader that
    answers the same without that import and brings in pydantic's own the first time plugins are wanted."""
    name = "pydantic.plugin._loader"
    if name in sys.modules:
        return
    import types

    def _real():
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        import importlib

        return importlib.import_module(name)

    def get_plugins():
        if os.getenv("PYDANTIC_DISABLE_PLUGINS") in ("__all__", "1", "true"):
            return ()  # what pydantic's loader answers for these values, before it looks anything up
        return _real().get_plugins()

    stand_in = types.ModuleType(name, "pydantic's plugin loader, while plugins are disabled (see ecta.cli).")
    stand_in.get_plugins = get_plugins

    def __getattr__(attr: str):
        if attr.startswith("__"):  # the import system asking whether it is a package, or the like
            raise AttributeError(attr)
        return getattr(_real(), attr)

    stand_in.__getattr__ = __getattr__
    sys.modules[name] = stand_in


_plugins_off_loader()

from . import formats  # noqa: E402
from .errors import EctaError  # noqa: E402
from .parsing import parse as parse_transcript  # noqa: E402


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

def fail(message: str) -> NoReturn:
    err.print(f"Error: {message}", markup=False, soft_wrap=True)
    raise SystemExit(1)  # what typer.Exit(1) ends in, without importing typer


@contextmanager
def reported() -> Iterator[None]:
    """Turn any failure into one `Error:` line: ecta's own errors as they are, bugs with a hint."""
    try:
        yield
    except EctaError as e:
        fail(str(e))
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
    from .source import MAX_BYTES, Source, size_limit

    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if not data.strip():
        fail("no transcript on standard input (nothing was piped in).")
    if len(data) > (limit := size_limit(data)):
        fail(f"standard input is too large for one transcript (limit {limit // 2**20} MiB).")
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


def run_parse(paths: list[Path], format: str | None, json: bool) -> None:
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
        raise SystemExit(1)


def run_formats() -> None:
    from rich.table import Table

    table = Table()
    table.add_column("Name")
    table.add_column("Description")
    for p in formats.all_parsers():
        table.add_row(p.name, p.description)
    out.print(table)


def run_facts(path: Path, format: str | None, json: bool, csv: bool) -> None:
    with reported():
        from .facts import extract_facts
        from .facts.table import to_csv, to_json, to_table

        from .limits import check_length

        t = _read(path, format)
        check_length(t)
        found = extract_facts(t)
        if json:
            sys.stdout.write(to_json(found) + "\n")
        elif csv:
            sys.stdout.write(to_csv(found))
        else:
            table = to_table(found, title=f"{len(found)} facts in {'standard input' if path == STDIN else path.name}")
            cited = _turn_citation(t)
            if cited:
                from .render import with_citations

                table = with_citations(table, [cited([f.line], [f.turn]) for f in found])
            out.print(table)


def run_analyze(path: Path, format: str | None, json: bool, markdown: bool, html: bool, output: Path | None) -> None:
    with reported():
        from .report import analyze as analyze_call

        t = _read(path, format)
        report = analyze_call(t)
        # the renderers (and rich) are imported only for the form asked for
        _render(report, "json" if json else "markdown" if markdown else "html" if html else None, output,
                markdown=lambda r: _text().markdown(r), html=lambda r: _html().html(r, t), terminal=lambda r: _text().terminal(r))


def run_compare(old: Path, new: Path, format: str | None, json: bool, markdown: bool, html: bool,
                output: Path | None) -> None:
    with reported():
        from .report import compare_calls

        result = compare_calls(_read(old, format), _read(new, format))
        _render(result, "json" if json else "markdown" if markdown else "html" if html else None, output,
                markdown=lambda r: _text().comparison_markdown(r), html=lambda r: _html().comparison_html(r),
                terminal=lambda r: _text().comparison_terminal(r))


def run_summarize(paths: list[Path], out_dir: Path | None, format: str | None) -> None:
    with reported():
        if STDIN in paths and len(paths) > 1:
            fail("`-` (standard input) cannot be combined with other files.")
        files = [STDIN] if paths == [STDIN] else input_files(paths, format)
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
                t = _read(f, format)
                summary = summarize_call(t)
                if out_dir is not None:
                    (out_dir / (f.name if f != STDIN else "stdin.txt")).write_text(summary.text(), "utf-8")
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
                if not summary.bullets:  # say so, rather than leave an empty output to puzzle over
                    err.print(f"{f}: no bullet: the call states no figure a summary could rest on.", markup=False, soft_wrap=True)
                if out_dir is None:
                    if len(files) > 1:
                        out.print(f"\n{f}", markup=False)
                    cited = _turn_citation(t) if any(b.turns for b in summary.bullets) else None
                    for b in summary.bullets:
                        where = cited(b.lines, b.turns) if cited else f"{'line' if len(b.lines) == 1 else 'lines'} {', '.join(map(str, b.lines))}"
                        out.print(f"- {b.text} ({where})", markup=False, soft_wrap=True)
            progress.advance(task)
    if failed:
        if len(files) > 1:  # one file's own error line is the whole story
            err.print(f"Error: {failed} of {len(files)} files could not be summarized.", markup=False)
        raise SystemExit(1)


def _turn_citation(t):
    """Where the source's lines do not find the words (see `ecta.report.pages.citation`), the report's way of citing
    a turn ("T7", or "T7 L19" where each turn has lines of its own), as a function of lines and turns; else None."""
    from .report.models import Citation
    from .report.pages import citation

    cited = citation(t)
    if cited is Citation.LINE:
        return None
    from .report.render_text import cite_lines

    return lambda lines, turns: cite_lines(lines, None, turns, cited)


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


DIRECT = {
    # command: (what runs it, its argument, its flags, its options); an argument named "paths" takes one or more
    "analyze": (run_analyze, "path", {"--json": "json", "--markdown": "markdown", "--html": "html"},
                {"--format": "format", "-f": "format", "--output": "output", "-o": "output"}),
    "facts": (run_facts, "path", {"--json": "json", "--csv": "csv"}, {"--format": "format", "-f": "format"}),
    "parse": (run_parse, "paths", {"--json": "json"}, {"--format": "format", "-f": "format"}),
}
"""The commands `direct` runs without typer, as `ecta.commands` declares them (a test holds the two together)."""


def direct(argv: list[str]):
    """The call of a `run_*` function that `argv` asks for when it is one of the plain forms typer reads the same
    way: a command of DIRECT, its argument, at most one flag, each option once and with a value; else None.
    Anything else (help, a usage error, `--opt=value`, `--`, flags that exclude each other, a path typer would
    refuse) is left to typer, which reads and reports it as always."""
    if not argv or argv[0] not in DIRECT or "_ECTA_COMPLETE" in os.environ:
        return None
    run, argument, flags, options = DIRECT[argv[0]]
    given: dict = {}
    args: list[str] = []
    rest = iter(argv[1:])
    for arg in rest:
        if arg in flags and flags[arg] not in given:
            given[flags[arg]] = True
        elif arg in options and options[arg] not in given:
            value = next(rest, None)
            if value is None or (value.startswith("-") and value != "-"):
                return None
            given[options[arg]] = value
        elif arg == "-" or (arg and not arg.startswith("-")):
            args.append(arg)
        else:
            return None
    if len(given) - ("format" in given) - ("output" in given) > 1 or not args or (len(args) > 1 and argument != "paths"):
        return None
    paths = args + ([given["output"]] if "output" in given else [])
    # typer reads a path as a Path, and refuses one that exists but cannot be read
    if any(not p or "\0" in p or (p != "-" and os.path.exists(p) and not os.access(p, os.R_OK)) for p in paths):
        return None
    kwargs = {"format": None, **{f: False for f in flags.values()}, **given}
    if argument == "paths":
        kwargs["paths"] = [Path(a) for a in args]
    else:
        kwargs[argument] = Path(args[0])
    if "output" in options.values():
        kwargs["output"] = Path(given["output"]) if "output" in given else None
    return lambda: run(**kwargs)


def main() -> None:
    gc.freeze()  # what the imports made stays: see the top of this module
    call = direct(sys.argv[1:])
    if call is None:
        from .commands import app

        app()
        return
    collecting = gc.isenabled()
    if sys.argv[1] in ("analyze", "facts"):
        # One call read and reported: the few cycles it leaves cost less memory than collecting them costs time
        # (about 8 ms). `parse` can read a whole folder, so it keeps collecting.
        gc.disable()
    try:
        call()
    except KeyboardInterrupt:
        raise SystemExit(130) from None  # as typer ends on Ctrl-C
    except BrokenPipeError:
        # The reader went away (`ecta facts x | head`): typer ends quietly with status 1; what is still buffered for
        # stdout goes nowhere, so that Python's flush at exit does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1) from None
    finally:
        if collecting:
            gc.enable()


def __getattr__(name: str):
    if name == "app":  # the typer app, for tests and embedding: built on first use
        from .commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if _COLLECTING:
    gc.enable()  # only now: defining this module's functions would start a pass over all that the imports made

if __name__ == "__main__":
    main()
